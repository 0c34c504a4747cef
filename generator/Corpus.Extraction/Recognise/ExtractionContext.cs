using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Corpus.Extraction.Read;
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

    /// <summary>The places of the vocabulary (<c>Vocabulary/places.tsv</c>) and those corpus.yaml adds, with their countries.</summary>
    public IReadOnlyDictionary<string, string> Cities { get; }
    public Dictionary<string, GazetteerOfficial> OfficialsByFoldedName { get; } = new();
    public Dictionary<string, OrganizationFactLookup> OrganizationsByName { get; } = new();

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
            if (!cities.ContainsKey(place.Name)) cities.Add(place.Name, place.Country);
        }
        Cities = cities;
        People = new PersonRecognizer(Countries, Organizations, cities);
        foreach (var o in gazetteer.Officials)
        {
            OfficialsByFoldedName[TextTools.Fold(o.Name)] = o;
            foreach (var a in o.Aliases) OfficialsByFoldedName[TextTools.Fold(a)] = o;
        }
    }

    public static ExtractionContext For(Gazetteer gazetteer) => s_cache.GetValue(gazetteer, g => new ExtractionContext(g));
}

public sealed record OrganizationFactLookup(string Id, string Name, string? Acronym, string? Country);
