using System;
using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;
using System.Collections.Generic;
using System.Globalization;

namespace Corpus.Extraction.Segment;

/// <summary>A word or a punctuation mark, with its offset in the sentence.</summary>
public readonly record struct Token(int Start, int Length, string Text, bool IsWord)
{
    // The id plus one, so that a token made without one (default) reads −1.
    private readonly int _wordIdPlusOne;

    /// <summary>
    /// The id of the token's text among the lexicon's words (<see cref="LexiconWords"/>, ignoring
    /// case), or −1 when no list of the lexicon holds it; given by the tokenizer, a function of <see cref="Text"/>.
    /// </summary>
    public int WordId { get => _wordIdPlusOne - 1; init => _wordIdPlusOne = value + 1; }

    public int End => Start + Length;
    // Worked out once when the token is made (a function of IsWord and Text): the recognisers ask it many times a token.
    // A `with` changing Text or IsWord would keep the old answer; tokens are only ever made by the constructor.
    private readonly bool _isCapitalized = IsWord && Text is { Length: > 0 } && char.IsUpper(Text[0]);

    public bool IsCapitalized => _isCapitalized;
    public bool IsNumber => IsWord && Text.Length > 0 && char.IsDigit(Text[0]);
}

/// <summary>Splits a sentence into words (letters, digits and combining marks) and single punctuation marks.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        TokenizeInto(text, tokens);
        return tokens;
    }

    /// <summary>
    /// <see cref="Tokenize"/>'s tokens of <paramref name="text"/> added to <paramref name="tokens"/>, after what it holds: the
    /// Recognise stage reads each sentence into one list of its own, cleared before each, instead of a new list a sentence
    /// (the sentence keeps a copy of them).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal static void TokenizeInto(string text, List<Token> tokens)
    {
        // An ASCII character's kind is read from a table (what char.IsWhiteSpace and IsWordChar answer
        // for it); any other character is asked as before.
        var kinds = s_asciiKinds;
        int n = text.Length;
        // The characters are read from a copy in an array of this thread's (one copy a sentence), not
        // through the string's indexer, which this library's target leaves a call a character.
        var chars = CharCopy.Into(ref t_chars, text);
        int i = 0;
        while (i < n)
        {
            char c = chars[i];
            byte kind = c < 128 ? kinds[c] : KindOf(c);
            if (kind == Space) { i++; continue; }
            if (kind == Word)
            {
                int start = i;
                uint hash = c;
                i++;
                while (i < n)
                {
                    char d = chars[i];
                    if (d < 128 ? kinds[d] != Word : !IsWordChar(d)) break;
                    hash = hash * 31 + d;
                    i++;
                }
                int length = i - start;
                // A word met before takes the string and id kept for it (the same characters, so the same id).
                if (length > KnownLongest)
                {
                    string longer = text.Substring(start, length);
                    tokens.Add(new Token(start, length, longer, true) { WordId = LexiconWords.IdOf(longer) });
                    continue;
                }
                int slot = (int)((hash ^ hash >> 13) & (KnownSlots - 1));
                var known = s_known[slot];
                if (known is null || known.Text.Length != length || string.CompareOrdinal(text, start, known.Text, 0, length) != 0)
                {
                    string word = text.Substring(start, length);
                    s_known[slot] = known = new KnownWord(word, LexiconWords.IdOf(word));
                }
                tokens.Add(new Token(start, length, known.Text, true) { WordId = known.WordId });
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(chars[i + 1]))
            {
                string pair = text.Substring(i, 2);
                tokens.Add(new Token(i, 2, pair, false) { WordId = LexiconWords.IdOf(pair) });
                i += 2;
                continue;
            }
            if (c < 128) tokens.Add(new Token(i, 1, s_ascii[c], false) { WordId = LexiconWords.IdOfAscii(c) });
            else
            {
                string mark = c.ToString();
                tokens.Add(new Token(i, 1, mark, false) { WordId = LexiconWords.IdOf(mark) });
            }
            i++;
        }
    }

    [ThreadStatic] private static char[]? t_chars;

    // The words met last, by a hash of their characters (a slot holds the last word whose hash names it): a sentence's word
    // found there is given the kept string and its lexicon id, not a new string and a look-up of the id, which ignores case.
    // A slot is written whole (one reference to an entry never changed), so threads may share the table.
    internal const int KnownSlots = 4096;
    // A word longer than this is not kept (a long word is rarely met again).
    internal const int KnownLongest = 24;
    private static readonly KnownWord?[] s_known = new KnownWord?[KnownSlots];

    private sealed class KnownWord
    {
        public readonly string Text;
        public readonly int WordId;

        public KnownWord(string text, int wordId)
        {
            Text = text;
            WordId = wordId;
        }
    }

    // The kinds of a character: a space (char.IsWhiteSpace), a word's (IsWordChar), any other (a mark).
    internal const byte Mark = 0, Space = 1, Word = 2;

    /// <summary>The kind of a character, as the tokenizer reads it: <see cref="Space"/>, <see cref="Word"/> or <see cref="Mark"/>.</summary>
    internal static byte KindOf(char c) => char.IsWhiteSpace(c) ? Space : IsWordChar(c) ? Word : Mark;

    // The kinds of the ASCII characters, made once from KindOf.
    private static readonly byte[] s_asciiKinds = MakeAsciiKinds();

    private static byte[] MakeAsciiKinds()
    {
        var kinds = new byte[128];
        for (int c = 0; c < 128; c++) kinds[c] = KindOf((char)c);
        return kinds;
    }

    /// <summary>The kind of an ASCII character as the tokenizer's table holds it (for tests).</summary>
    internal static byte AsciiKind(char c) => s_asciiKinds[c];

    // The punctuation marks of ASCII as strings, made once: a sentence has many, each a token.
    private static readonly string[] s_ascii = MakeAscii();

    private static string[] MakeAscii()
    {
        var strings = new string[128];
        for (int c = 0; c < 128; c++) strings[c] = ((char)c).ToString();
        return strings;
    }

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat == UnicodeCategory.NonSpacingMark || cat == UnicodeCategory.SpacingCombiningMark;
    }
}
