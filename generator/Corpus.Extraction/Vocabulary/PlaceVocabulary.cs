using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Vocabulary;

/// <summary>
/// The venues of <c>Vocabulary/places.tsv</c>, parsed once per process: cities and places the
/// genre's articles name, with the alpha-2 code of their country, in file order.
/// </summary>
public static class PlaceVocabulary
{
    private static readonly Lazy<Dictionary<string, string>> s_cities = new(() =>
    {
        var cities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in DataFile.Read("places.tsv")[""])
        {
            if (e.Length >= 2 && !cities.ContainsKey(e[0])) cities.Add(e[0], e[1]);
        }
        return cities;
    });

    /// <summary>The built-in places, by name.</summary>
    public static IReadOnlyDictionary<string, string> Builtin => s_cities.Value;

    private static readonly Lazy<Dictionary<string, string>> s_sameAs = new(() =>
    {
        var sameAs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in DataFile.Read("places.tsv")[""])
        {
            if (e.Length < 3 || e[2].Length == 0 || sameAs.ContainsKey(e[0])) continue;
            if (!s_cities.Value.TryGetValue(e[2], out var country) || country != e[1] || e[2] == e[0])
                throw new InvalidOperationException("places.tsv: '" + e[0] + "' is another name of '" + e[2] + "', which is no other place of the file in the same country.");
            sameAs.Add(e[0], e[2]);
        }
        return sameAs;
    });

    /// <summary>The places of the file that are other names of another place ("Preah Sihanouk" → "Sihanoukville").</summary>
    public static IReadOnlyDictionary<string, string> OtherNames => s_sameAs.Value;

    /// <summary>The one name of a place: the place an other name stands for, or the name itself.</summary>
    public static string Canonical(string name) => s_sameAs.Value.TryGetValue(name, out var city) ? city : name;

    private static readonly Lazy<Dictionary<string, string>> s_venues = new(() =>
    {
        var venues = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!DataFile.Read("places.tsv").TryGetValue("venues", out var entries)) return venues;
        foreach (var e in entries)
        {
            if (e.Length < 2 || venues.ContainsKey(e[0])) continue;
            if (!s_cities.Value.ContainsKey(e[1]))
                throw new InvalidOperationException("places.tsv [venues]: the city '" + e[1] + "' of '" + e[0] + "' is not a place of the file.");
            venues.Add(e[0], e[1]);
        }
        return venues;
    });

    /// <summary>The built-in venues (buildings, bases, sites), by name, with the city each stands in.</summary>
    public static IReadOnlyDictionary<string, string> Venues => s_venues.Value;

    // The regions and, in the same pass, the regions that are other names of another: a region's row may name, in a third
    // column, the region of the file it is another name of ("Daknong" of "Dak Nong"), as a city's row names its city; that
    // region must be held, in the same country.
    private static readonly Lazy<(Dictionary<string, string> Regions, Dictionary<string, string> SameAs)> s_regions = new(() =>
    {
        var regions = new Dictionary<string, string>(StringComparer.Ordinal);
        var sameAs = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!DataFile.Read("places.tsv").TryGetValue("regions", out var entries)) return (regions, sameAs);
        foreach (var e in entries)
        {
            if (e.Length < 2 || regions.ContainsKey(e[0])) continue;
            if (s_cities.Value.ContainsKey(e[0]))
                throw new InvalidOperationException("places.tsv [regions]: '" + e[0] + "' is also a place of the file; a name is a city or a region, not both.");
            regions.Add(e[0], e[1]);
        }
        foreach (var e in entries)
        {
            if (e.Length < 3 || e[2].Length == 0) continue;
            if (!regions.TryGetValue(e[2], out var country) || country != e[1] || e[2] == e[0])
                throw new InvalidOperationException("places.tsv [regions]: '" + e[0] + "' is another name of '" + e[2] + "', which is no other region of the file in the same country.");
            if (!sameAs.ContainsKey(e[0])) sameAs.Add(e[0], e[2]);
        }
        return (regions, sameAs);
    });

    /// <summary>The built-in regions (provinces, states, islands), by name, with the alpha-2 code of their country.</summary>
    public static IReadOnlyDictionary<string, string> Regions => s_regions.Value.Regions;

    /// <summary>The regions of the file that are other names of another region ("Daknong" → "Dak Nong"); a region places an
    /// occasion in its country only, so the name it stands for is the file's record, not the engine's output.</summary>
    public static IReadOnlyDictionary<string, string> RegionOtherNames => s_regions.Value.SameAs;
}
