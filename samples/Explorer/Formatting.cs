using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Explorer;

/// <summary>Shared wording and ordering of the reports and exports.</summary>
internal static class Formatting
{
    /// <summary>The ISO 8601 partial form of a date (<c>2023-04-26</c>, <c>--02-26</c>), or <see langword="null"/> when unknown.</summary>
    public static string? Iso(PartialDate? date)
        => date is { } d && d.ToString() is { Length: > 0 } text ? text : null;

    /// <summary>A date for people, as precisely as it is known, or "date unknown".</summary>
    public static string Display(PartialDate? date)
        => date is { } d && d.ToDisplayString() is { Length: > 0 } text ? text : "date unknown";

    /// <summary>The interchange name of a kind: <c>meeting</c>, <c>visit</c>, …</summary>
    public static string Name(EngagementKind kind)
        => Enum.IsDefined(kind) ? kind.ToString().ToLowerInvariant() : "other";

    /// <summary>The interchange name of a status: <c>held</c> or <c>planned</c>.</summary>
    public static string Name(EngagementStatus status)
        => Enum.IsDefined(status) ? status.ToString().ToLowerInvariant() : "held";

    /// <summary>The title an official held in a document: the first seen there, else the latest known.</summary>
    public static Position? PositionIn(Official official, string documentId)
        => official.PositionsIn(documentId).FirstOrDefault() ?? official.LatestPosition();

    /// <summary>
    /// The engagements grouped by partner country (every country taking part other than the home country; an
    /// engagement with two partners is in both groups), groups sorted by country name, each group in snapshot
    /// order. Engagements without any partner country form a last group whose country is <see langword="null"/>.
    /// </summary>
    public static List<(Country? Partner, List<Engagement> Engagements)> PartnerGroups(CorpusSnapshot snapshot)
    {
        var groups = new Dictionary<string, (Country Country, List<Engagement> Engagements)>(StringComparer.OrdinalIgnoreCase);
        var alone = new List<Engagement>();
        foreach (var engagement in snapshot.Engagements)
        {
            bool any = false;
            foreach (var country in engagement.Countries.Where(c => !snapshot.IsHome(c)))
            {
                if (!groups.TryGetValue(country.Alpha2, out var group))
                {
                    group = (country, new List<Engagement>());
                    groups.Add(country.Alpha2, group);
                }
                if (group.Engagements.Count == 0 || !ReferenceEquals(group.Engagements[^1], engagement)) group.Engagements.Add(engagement);
                any = true;
            }
            if (!any) alone.Add(engagement);
        }

        var result = groups.Values
            .OrderBy(g => g.Country.Name, StringComparer.InvariantCulture)
            .ThenBy(g => g.Country.Alpha2, StringComparer.Ordinal)
            .Select(g => ((Country?)g.Country, g.Engagements))
            .ToList();
        if (alone.Count > 0) result.Add((null, alone));
        return result;
    }

    /// <summary>
    /// Orders items by date: those with a known year first, ascending; then the rest (no date, or no year)
    /// in their original order. Ties keep their original order.
    /// </summary>
    public static List<T> Chronological<T>(IEnumerable<T> items, Func<T, PartialDate?> date)
        => items.Select((item, index) => (item, index, date: date(item)))
            .OrderBy(x => x.date?.Year is null ? 1 : 0)
            .ThenBy(x => x.date?.Year is null ? default : x.date!.Value)
            .ThenBy(x => x.index)
            .Select(x => x.item)
            .ToList();
}
