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
public sealed record CountryMention(int FirstToken, int TokenCount, string Code, CountryWordKind Kind);

/// <summary>Recognises countries by name, official name, other names, demonyms and adjectives, case-sensitively.</summary>
public sealed class CountryRecognizer
{
    private readonly PhraseMatcher<(string Code, CountryWordKind Kind)> _matcher = new(ignoreCase: false);

    // Demonyms of other languages that write them in lower case ("le ministère français"): tried only at a word in lower
    // case, where no English country word starts.
    private readonly PhraseMatcher<(string Code, CountryWordKind Kind)> _lowerCase = new(ignoreCase: false);

    // The names and capitalised demonyms of _matcher without those of other languages (OtherNames, OtherDemonyms): what
    // _matcher finds in a sentence that holds none of their first words as a word (Find(List<Token>, string)), as a
    // phrase of another language matches only at its first word.
    private readonly PhraseMatcher<(string Code, CountryWordKind Kind)> _english = new(ignoreCase: false);

    // The first words of the other languages' names and demonyms (as the matchers hold them: folded, tokenised), as one
    // requirement of the rules' one pass over a sentence (LiteralPresence): most English sentences hold none, and are read
    // by _english alone, their words in lower case by no matcher.
    private readonly RequiredText _otherFirstWords;

    public CountryRecognizer(Gazetteer gazetteer)
    {
        var otherFirstWords = new List<string>();
        foreach (var c in CountryTable.Instance.All)
        {
            Add(c.Name, (c.Alpha2, CountryWordKind.Name));
            Add(c.OfficialName, (c.Alpha2, CountryWordKind.Name));
            Add("the " + c.OfficialName, (c.Alpha2, CountryWordKind.Name));
            foreach (var n in c.Names) Add(n, (c.Alpha2, CountryWordKind.Name));
            foreach (var d in c.Demonyms) Add(d, (c.Alpha2, CountryWordKind.Demonym));
            foreach (var n in c.OtherNames) AddOther(n, (c.Alpha2, CountryWordKind.Name), otherFirstWords);
            foreach (var d in c.OtherDemonyms)
            {
                _lowerCase.Add(d, (c.Alpha2, CountryWordKind.Demonym));
                otherFirstWords.Add(FirstWord(d));
                AddOther(char.ToUpperInvariant(d[0]) + d.Substring(1), (c.Alpha2, CountryWordKind.Demonym), otherFirstWords);
            }
        }
        foreach (var extra in gazetteer.Countries)
        {
            foreach (var n in extra.Names) Add(n, (extra.Code, CountryWordKind.Name));
            foreach (var d in extra.Demonyms) Add(d, (extra.Code, CountryWordKind.Demonym));
        }
        _otherFirstWords = RequiredText.OfAny(otherFirstWords.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray());
    }

    // A name with a typographic apostrophe ("People’s Republic of China") is found by its ASCII form: the sentences are
    // folded before they are tokenised (Segmenter, Text/Typography.cs), and PhraseMatcher.Add folds the names (a corpus.yaml
    // may write them either way).
    private void Add(string phrase, (string Code, CountryWordKind Kind) value)
    {
        _matcher.Add(phrase, value);
        _english.Add(phrase, value);
    }

    private void AddOther(string phrase, (string Code, CountryWordKind Kind) value, List<string> firstWords)
    {
        _matcher.Add(phrase, value);
        firstWords.Add(FirstWord(phrase));
    }

    // The first token of a phrase as PhraseMatcher.Add keys it.
    private static string FirstWord(string phrase)
    {
        var tokens = Tokenizer.Tokenize(Typography.Fold(phrase));
        return tokens.Count == 0 ? "" : tokens[0].Text;
    }

    /// <summary>
    /// <see cref="Find(IReadOnlyList{Token})"/> of the tokens of <paramref name="sentence"/> (<see cref="Tokenizer.Tokenize"/>
    /// of it): a sentence that holds no first word of another language's name or demonym as a word is read by the English
    /// names and demonyms alone, which find there what all of them find.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public List<CountryMention> Find(List<Token> tokens, string sentence)
    {
        bool other = _otherFirstWords.AnyHeld(sentence, s_holdsAsWord);
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
                // "Korea International Cooperation Agency": a country word inside an organisation's name
                // still names the country, which is what a reader takes from it too.
                result.Add(new CountryMention(i, length, value.Code, value.Kind));
                i += length - 1;
            }
        }
        return result;
    }

    /// <summary>True when the token at <paramref name="index"/> starts a country word.</summary>
    public bool IsCountryWord(IReadOnlyList<Token> tokens, int index, out int length)
        => MatcherAt(tokens, index).TryMatch(tokens, index, out length, out _);

    // A word in lower case is read by the demonyms written in lower case ("le ministre cambodgien"), where no English country
    // word starts; any other token by the names and capitalised demonyms.
    private PhraseMatcher<(string Code, CountryWordKind Kind)> MatcherAt(IReadOnlyList<Token> tokens, int index)
        => index < tokens.Count && tokens[index].IsWord && char.IsLower(tokens[index].Text[0]) ? _lowerCase : _matcher;

    /// <summary>The country whose word starts at <paramref name="index"/>, and how many tokens it covers.</summary>
    public bool TryCountry(IReadOnlyList<Token> tokens, int index, out int length, out string code)
    {
        bool found = MatcherAt(tokens, index).TryMatch(tokens, index, out length, out var value);
        code = found ? value.Code : "";
        return found;
    }
}
