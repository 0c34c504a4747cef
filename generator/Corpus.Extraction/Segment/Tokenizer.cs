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
    [MethodImpl(HotPath.Optimized)]
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IsWordChar(c))
            {
                int start = i;
                while (i < text.Length && IsWordChar(text[i])) i++;
                string word = text.Substring(start, i - start);
                tokens.Add(new Token(start, i - start, word, true) { WordId = LexiconWords.IdOf(word) });
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
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
        return tokens;
    }

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
