using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;
using System;
using System.Collections.Generic;
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

    public CountryRecognizer(Gazetteer gazetteer)
    {
        foreach (var c in CountryTable.Instance.All)
        {
            Add(c.Name, (c.Alpha2, CountryWordKind.Name));
            Add(c.OfficialName, (c.Alpha2, CountryWordKind.Name));
            Add("the " + c.OfficialName, (c.Alpha2, CountryWordKind.Name));
            foreach (var n in c.Names) Add(n, (c.Alpha2, CountryWordKind.Name));
            foreach (var d in c.Demonyms) Add(d, (c.Alpha2, CountryWordKind.Demonym));
            foreach (var n in c.OtherNames) Add(n, (c.Alpha2, CountryWordKind.Name));
            foreach (var d in c.OtherDemonyms)
            {
                _lowerCase.Add(d, (c.Alpha2, CountryWordKind.Demonym));
                Add(char.ToUpperInvariant(d[0]) + d.Substring(1), (c.Alpha2, CountryWordKind.Demonym));
            }
        }
        foreach (var extra in gazetteer.Countries)
        {
            foreach (var n in extra.Names) Add(n, (extra.Code, CountryWordKind.Name));
            foreach (var d in extra.Demonyms) Add(d, (extra.Code, CountryWordKind.Demonym));
        }
    }

    // A name with a typographic apostrophe ("People’s Republic of China") is found by its ASCII form: the sentences are
    // folded before they are tokenised (Segmenter, Text/Typography.cs), and PhraseMatcher.Add folds the names (a corpus.yaml
    // may write them either way).
    private void Add(string phrase, (string Code, CountryWordKind Kind) value) => _matcher.Add(phrase, value);

    [MethodImpl(HotPath.Optimized)]
    public List<CountryMention> Find(IReadOnlyList<Token> tokens)
    {
        var result = new List<CountryMention>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            var matcher = char.IsUpper(tokens[i].Text[0]) ? _matcher : char.IsLower(tokens[i].Text[0]) ? _lowerCase : null;
            if (matcher is not null && matcher.TryMatch(tokens, i, out int length, out var value))
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
