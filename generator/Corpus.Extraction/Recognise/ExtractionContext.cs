using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Corpus.Extraction.Read;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Recognise;

/// <summary>The recognisers built from one gazetteer, shared by every article that uses it.</summary>
public sealed class ExtractionContext
{
    private static readonly ConditionalWeakTable<Gazetteer, ExtractionContext> s_cache = new();

    public Gazetteer Gazetteer { get; }
    public CountryRecognizer Countries { get; }
    public PhraseMatcher<string> Organizations { get; }
    public PersonRecognizer People { get; }

    /// <summary>The event trigger patterns: those corpus.yaml adds (<c>triggers:</c>) first, then the vocabulary's (<c>Vocabulary/events.tsv</c>).</summary>
    public IReadOnlyList<TriggerPattern> Triggers { get; }

    /// <summary>The title and rank words: the lexicon's (<c>Vocabulary/lexicon.tsv</c>) with those corpus.yaml adds.</summary>
    public TitleWords Titles { get; }

    /// <summary>The places of the vocabulary (<c>Vocabulary/places.tsv</c>) and those corpus.yaml adds, with their countries.</summary>
    public IReadOnlyDictionary<string, string> Cities { get; }
    public Dictionary<string, GazetteerOfficial> OfficialsByFoldedName { get; } = new();
    public Dictionary<string, OrganizationFactLookup> OrganizationsByName { get; } = new();

    /// <summary>The folded names and aliases of <see cref="OfficialsByFoldedName"/>, to rule a part of a sentence out without folding it.</summary>
    public FoldedNameFilter OfficialNames { get; } = new();

    private ExtractionContext(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        Countries = new CountryRecognizer(gazetteer);
        Organizations = new PhraseMatcher<string>(ignoreCase: false);
        foreach (var org in gazetteer.Organizations)
        {
            Organizations.Add(org.Name, org.Name);
            Organizations.Add("the " + org.Name, org.Name);
            if (org.Acronym is not null) Organizations.Add(org.Acronym, org.Name);
            OrganizationsByName[org.Name] = new OrganizationFactLookup(org.Id, org.Name, org.Acronym, org.Country);
        }
        var cities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var place in PlaceVocabulary.Builtin) cities.Add(place.Key, place.Value);
        foreach (var place in gazetteer.Places)
        {
            // Looked up by the words of a folded sentence: a name of corpus.yaml written with ’ is kept in its ASCII form.
            string name = Typography.Fold(place.Name);
            if (!cities.ContainsKey(name)) cities.Add(name, place.Country);
        }
        Cities = cities;
        Titles = TitleWords.With(gazetteer.Titles.Select(Typography.Fold), gazetteer.Ranks.Select(r => (Tokenizer.Tokenize(Typography.Fold(r.Form)).Select(t => t.Text).ToArray(), r.Rank)));
        Triggers = gazetteer.Triggers.Count == 0 ? EventVocabulary.Triggers
            : new TriggerPatternList(gazetteer.Triggers.Select(t => new TriggerPattern(Phrase(t.Phrase), t.Kind, t.IsVerb)).Concat(EventVocabulary.Triggers));
        People = new PersonRecognizer(Countries, Organizations, cities, Titles, OrganizationsByName);
        foreach (var o in gazetteer.Officials)
        {
            OfficialsByFoldedName[TextTools.Fold(o.Name)] = o;
            foreach (var a in o.Aliases) OfficialsByFoldedName[TextTools.Fold(a)] = o;
        }
        foreach (var folded in OfficialsByFoldedName.Keys) OfficialNames.Add(folded);
    }

    public static ExtractionContext For(Gazetteer gazetteer) => s_cache.GetValue(gazetteer, g => new ExtractionContext(g));

    /// <summary>
    /// A pattern for a word or phrase of corpus.yaml: the words in order, any space between them,
    /// ignoring case, and not inside a longer word.
    /// </summary>
    internal static HotRegex Phrase(string phrase)
    {
        var words = Typography.Fold(phrase).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape);
        return new HotRegex(@"(?<![\p{L}\p{N}])" + string.Join(@"\s+", words) + @"(?![\p{L}\p{N}])",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    }
}

public sealed record OrganizationFactLookup(string Id, string Name, string? Acronym, string? Country);
