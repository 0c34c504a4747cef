using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;
using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Read;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Recognise;

/// <summary>Whether a country was named ("Turkey", "the Republic of Korea") or qualified something ("Turkish", "Lao").</summary>
public enum CountryWordKind { Name, Demonym }

/// <summary>A country found in a sentence, by token range.</summary>
public sealed record CountryMention(int FirstToken, int TokenCount, string Code, CountryWordKind Kind)
{
    /// <summary>The index of the mention's last token.</summary>
    public int LastToken => FirstToken + TokenCount - 1;
}

/// <summary>Recognises countries by name, official name, other names, demonyms and adjectives, case-sensitively.</summary>
public sealed class CountryRecognizer
{
    private readonly PhraseMatcher<(string Code, CountryWordKind Kind)> _matcher = new(ignoreCase: false);

    // Demonyms of other languages that write them in lower case ("le ministère français"): tried only at a word in lower
    // case, where no English country word starts.
    private readonly PhraseMatcher<(string Code, CountryWordKind Kind)> _lowerCase = new(ignoreCase: false);

    // The names and capitalised demonyms of _matcher without those of other languages (OtherNames, OtherDemonyms): what
    // _matcher finds in a sentence that holds none of their key words as a word (Find(List<Token>, string)), as a
    // phrase of another language matches only where the sentence holds each of its words.
    private readonly PhraseMatcher<(string Code, CountryWordKind Kind)> _english = new(ignoreCase: false);

    // One word of each of the other languages' names and demonyms (as the matchers hold them: folded, tokenised), its
    // longest (KeyWord), as one requirement of the rules' one pass over a sentence (LiteralPresence): a phrase matches only
    // where the sentence holds every word of it, so a sentence that holds none of these words is read by _english alone,
    // its words in lower case by no matcher. The longest word rather than the first: "est" of "est-timorais" or "cap" of
    // "cap-verdien" stand inside most English sentences ("west", "largest", "capital") and would make each of them be
    // searched word by word, where "timorais" and "verdien" stand in almost none.
    private readonly RequiredText _otherKeyWords;

    public CountryRecognizer(Gazetteer gazetteer)
    {
        var otherKeyWords = new List<string>();
        foreach (var c in CountryTable.Instance.All)
        {
            Add(c.Name, (c.Alpha2, CountryWordKind.Name));
            Add(c.OfficialName, (c.Alpha2, CountryWordKind.Name));
            Add("the " + c.OfficialName, (c.Alpha2, CountryWordKind.Name));
            foreach (var n in c.Names) Add(n, (c.Alpha2, CountryWordKind.Name));
            foreach (var d in c.Demonyms) Add(d, (c.Alpha2, CountryWordKind.Demonym));
            foreach (var n in c.OtherNames) AddOther(n, (c.Alpha2, CountryWordKind.Name), otherKeyWords);
            foreach (var d in c.OtherDemonyms)
            {
                _lowerCase.Add(d, (c.Alpha2, CountryWordKind.Demonym));
                otherKeyWords.Add(KeyWord(d));
                AddOther(char.ToUpperInvariant(d[0]) + d.Substring(1), (c.Alpha2, CountryWordKind.Demonym), otherKeyWords);
            }
        }
        foreach (var extra in gazetteer.Countries)
        {
            foreach (var n in extra.Names) Add(n, (extra.Code, CountryWordKind.Name));
            foreach (var d in extra.Demonyms) Add(d, (extra.Code, CountryWordKind.Demonym));
        }
        _otherKeyWords = RequiredText.OfAny(otherKeyWords.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray());
    }

    // A name with a typographic apostrophe ("People’s Republic of China") is found by its ASCII form: the sentences are
    // folded before they are tokenised (Segmenter, Text/Typography.cs), and PhraseMatcher.Add folds the names (a corpus.yaml
    // may write them either way).
    private void Add(string phrase, (string Code, CountryWordKind Kind) value)
    {
        _matcher.Add(phrase, value);
        _english.Add(phrase, value);
    }

    private void AddOther(string phrase, (string Code, CountryWordKind Kind) value, List<string> keyWords)
    {
        _matcher.Add(phrase, value);
        keyWords.Add(KeyWord(phrase));
    }

    /// <summary>
    /// The longest word token of a phrase as <see cref="PhraseMatcher{T}.Add"/> tokenises it (folded), the first of the
    /// longest on a tie; a phrase of no word gives its first token, one of no token "". A sentence where the phrase matches
    /// holds this token as a word.
    /// </summary>
    internal static string KeyWord(string phrase)
    {
        var tokens = Tokenizer.Tokenize(Typography.Fold(phrase));
        if (tokens.Count == 0) return "";
        string key = tokens[0].Text;
        bool word = tokens[0].IsWord;
        foreach (var t in tokens)
        {
            if (t.IsWord && (!word || t.Text.Length > key.Length)) { key = t.Text; word = true; }
        }
        return key;
    }

    /// <summary>
    /// <see cref="Find(IReadOnlyList{Token})"/> of the tokens of <paramref name="sentence"/> (<see cref="Tokenizer.Tokenize"/>
    /// of it): a sentence that holds no key word (<see cref="KeyWord"/>) of another language's name or demonym as a word is read by the English
    /// names and demonyms alone, which find there what all of them find.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public List<CountryMention> Find(List<Token> tokens, string sentence)
    {
        bool other = _otherKeyWords.AnyHeld(sentence, s_holdsAsWord);
        var upper = other ? _matcher : _english;
        var lower = other ? _lowerCase : null;
        IReadOnlyList<Token> list = tokens;
        var result = new List<CountryMention>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!token.IsWord) continue;
            string text = token.Text;
            var matcher = char.IsUpper(text[0]) ? upper : char.IsLower(text[0]) ? lower : null;
            if (matcher is not null && matcher.MayStartWith(text) && matcher.TryMatch(list, i, out int length, out var value))
            {
                // "Réunion Hautement Stratégique": a bare name that is also a French noun (lexicon.tsv [article-names]) is the noun.
                if (Lexicon.IsBareArticleName(list, i, length)) continue;
                result.Add(new CountryMention(i, length, value.Code, value.Kind));
                i += length - 1;
            }
        }
        return result;
    }

    private static readonly Func<string, string, bool> s_holdsAsWord = HoldsAsWord;

    // Whether the text holds the word where a token of it could be the word: not run on into a letter or digit on either
    // side (a word token is a whole run of a word's characters, Tokenizer), "Chine" not inside "Chinese".
    private static bool HoldsAsWord(string text, string word)
    {
        bool checkBefore = char.IsLetterOrDigit(word[0]), checkAfter = char.IsLetterOrDigit(word[word.Length - 1]);
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            if (checkBefore && at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
            if (checkAfter && end < text.Length && char.IsLetterOrDigit(text[end])) continue;
            return true;
        }
        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    public List<CountryMention> Find(IReadOnlyList<Token> tokens)
    {
        var result = new List<CountryMention>();
        for (int i = 0; i < tokens.Count; i++)
        {
            // The token read once; a word no phrase can start with (PhraseMatcher.MayStartWith) is not matched.
            var token = tokens[i];
            if (!token.IsWord) continue;
            string text = token.Text;
            var matcher = char.IsUpper(text[0]) ? _matcher : char.IsLower(text[0]) ? _lowerCase : null;
            if (matcher is not null && matcher.MayStartWith(text) && matcher.TryMatch(tokens, i, out int length, out var value))
            {
                if (Lexicon.IsBareArticleName(tokens, i, length)) continue;
                // "Korea International Cooperation Agency": a country word inside an organisation's name
                // still names the country, which is what a reader takes from it too.
                result.Add(new CountryMention(i, length, value.Code, value.Kind));
                i += length - 1;
            }
        }
        return result;
    }

    /// <summary>
    /// False when no country word can start at <paramref name="token"/> (the first-character and length test the matcher
    /// <see cref="IsCountryWord(IReadOnlyList{Token}, int, out int)"/> asks makes first), so that a country word there is
    /// none without the match; true when one may.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartCountryWord(in Token token) => MatcherOf(token).MayStartWith(token.Text);

    /// <summary>True when the token at <paramref name="index"/> starts a country word.</summary>
    public bool IsCountryWord(IReadOnlyList<Token> tokens, int index, out int length)
        => MatcherAt(tokens, index).TryMatch(tokens, index, out length, out _);

    /// <summary>
    /// As <see cref="IsCountryWord(IReadOnlyList{Token}, int, out int)"/>, given the token at <paramref name="index"/> as the
    /// caller read it: the quick test of <see cref="MayStartCountryWord"/> first, the match only where a word may start.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsCountryWord(IReadOnlyList<Token> tokens, in Token token, int index, out int length)
    {
        var matcher = MatcherOf(token);
        if (matcher.MayStartWith(token.Text)) return matcher.TryMatch(tokens, index, out length, out _);
        length = 0;
        return false;
    }

    // A word in lower case is read by the demonyms written in lower case ("le ministre cambodgien"), where no English country
    // word starts; any other token by the names and capitalised demonyms.
    private PhraseMatcher<(string Code, CountryWordKind Kind)> MatcherAt(IReadOnlyList<Token> tokens, int index)
        => index < tokens.Count ? MatcherOf(tokens[index]) : _matcher;

    private PhraseMatcher<(string Code, CountryWordKind Kind)> MatcherOf(in Token token)
        => token.IsWord && char.IsLower(token.Text[0]) ? _lowerCase : _matcher;

    /// <summary>The country whose word starts at <paramref name="index"/>, and how many tokens it covers.</summary>
    public bool TryCountry(IReadOnlyList<Token> tokens, int index, out int length, out string code)
    {
        bool found = MatcherAt(tokens, index).TryMatch(tokens, index, out length, out var value);
        code = found ? value.Code : "";
        return found;
    }
}
