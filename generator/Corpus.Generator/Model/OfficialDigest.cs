using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;

namespace Corpus.Generator.Model;

/// <summary>A position as an official's documentation shows it: one title held, with the first and last dates it is reported.</summary>
internal sealed record PositionSpan(string Title, string? Rank, string? Organization, string? From, string? To);

/// <summary>One engagement in an official's documentation: when, what, with which countries, where, and the line that says so.</summary>
internal sealed record EngagementLine(string? Date, string Kind, EquatableArray<string> Countries, string? Place, string DocumentId, int Line);

/// <summary>
/// What an official's generated member tells a reader at a glance: the positions held over time,
/// how many engagements the corpus lists them in, and the latest few (where the evidence of each is). Only this summary (not every
/// engagement) is part of the Officials file's model, so the file is emitted again only when what
/// it shows changes.
/// </summary>
internal sealed record OfficialDigest(EquatableArray<PositionSpan> Positions, int PositionCount, int Engagements, EquatableArray<EngagementLine> Latest)
{
    /// <summary>The most positions a member's documentation lists.</summary>
    public const int MaxPositions = 6;

    /// <summary>The most engagements a member's documentation lists.</summary>
    public const int MaxEngagements = 2;

    public static OfficialDigest Empty { get; } = new(EquatableArray<PositionSpan>.Empty, 0, 0, EquatableArray<EngagementLine>.Empty);

    /// <summary>
    /// Summarises an official. A position without a date of its own is dated by its article's
    /// publication date (<paramref name="published"/>, by document id); positions are grouped by
    /// title, rank and organisation and ordered by their first date (undated ones last).
    /// Engagements are ordered latest first; undated ones follow the dated in document order.
    /// </summary>
    public static OfficialDigest Of(CorpusOfficial official, IReadOnlyDictionary<string, string?> published)
    {
        var groups = new List<(string Title, string? Rank, string? Organization, string? From, string? To, int Order)>(official.Positions.Count);
        // Positions are grouped by title, rank and organisation up to case; one position is one group, with no key to make.
        var index = official.Positions.Count > 1 ? new Dictionary<(string, string, string), int>() : null;
        foreach (var p in official.Positions)
        {
            var pos = p.Position;
            string? date = pos.Date ?? (published.TryGetValue(p.DocumentId, out var d) ? d : null);
            int i = groups.Count;
            if (index is not null)
            {
                var key = (pos.Title.ToUpperInvariant(), (pos.Rank ?? "").ToUpperInvariant(), (pos.Organization ?? "").ToUpperInvariant());
                if (!index.TryGetValue(key, out i)) index.Add(key, i = groups.Count);
            }
            if (i == groups.Count) groups.Add((pos.Title, pos.Rank, pos.Organization, date, date, groups.Count));
            var g = groups[i];
            if (date is not null)
            {
                if (g.From is null || string.CompareOrdinal(date, g.From) < 0) g.From = date;
                if (g.To is null || string.CompareOrdinal(date, g.To) > 0) g.To = date;
            }
            groups[i] = g;
        }
        // By first date, undated ones last, then in the order first stated (each group's order is unique, so the sort is stable).
        var sorted = groups.ToArray();
        if (sorted.Length > 1)
        {
            Array.Sort(sorted, (x, y) =>
            {
                int c = (x.From is null ? 1 : 0) - (y.From is null ? 1 : 0);
                if (c == 0) c = string.CompareOrdinal(x.From, y.From);
                return c != 0 ? c : x.Order - y.Order;
            });
        }
        var spans = new PositionSpan[Math.Min(MaxPositions, sorted.Length)];
        for (int k = 0; k < spans.Length; k++)
        {
            var g = sorted[k];
            spans[k] = new PositionSpan(g.Title, g.Rank, g.Organization, g.From, g.To);
        }
        var positions = new EquatableArray<PositionSpan>(spans);

        // The latest engagements, one per engagement of a document: a single pass keeps the best
        // MaxEngagements so far (an engagement replaces one only when strictly later in the order,
        // so among equals the first in document order stays, as a stable sort would keep it).
        var best = new List<OfficialEngagement>(MaxEngagements + 1);
        var seen = official.Engagements.Count > 1 ? new HashSet<(string, string)>() : null;
        int count = 0;
        foreach (var e in official.Engagements)
        {
            if (seen is not null && !seen.Add((e.DocumentId, e.Engagement.Id))) continue;
            count++;
            int at = best.Count;
            while (at > 0 && Later(e.Engagement.Date, best[at - 1].Engagement.Date)) at--;
            if (at >= MaxEngagements) continue;
            best.Insert(at, e);
            if (best.Count > MaxEngagements) best.RemoveAt(MaxEngagements);
        }
        var latest = new EngagementLine[best.Count];
        for (int i = 0; i < latest.Length; i++) latest[i] = Line(best[i]);
        return new OfficialDigest(positions, groups.Count, count, new EquatableArray<EngagementLine>(latest));
    }

    // Whether an engagement of date a comes strictly before one of date b among the latest: dates
    // with a year first, then dates without one, then undated; within a rank, the later date first.
    private static bool Later(string? a, string? b)
    {
        int ra = Rank(a), rb = Rank(b);
        if (ra != rb) return ra < rb;
        return string.CompareOrdinal(a, b) > 0;
    }

    // Dates with a year first, then dates without one ("--06-12"), then undated engagements.
    private static int Rank(string? date) => date is null ? 2 : date.StartsWith("-", StringComparison.Ordinal) ? 1 : 0;

    private static readonly string[] s_months =
        { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

    /// <summary>
    /// A partial date as a reader says it: "2023-04-26", "2023-04" and "2023" stay as they are; a date
    /// without its year ("--04-26", "--04") becomes "April 26 (year not stated)".
    /// </summary>
    public static string Display(string? date)
    {
        if (date is null) return "undated";
        if (!date.StartsWith("--", StringComparison.Ordinal) || date.Length < 4) return date;
        if (!int.TryParse(date.Substring(2, 2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int month)
            || month < 1 || month > 12)
        {
            return date;
        }
        string day = date.Length >= 7 && date[4] == '-' ? " " + date.Substring(5).TrimStart('0') : "";
        return s_months[month - 1] + day + " (year not stated)";
    }

    private static EngagementLine Line(OfficialEngagement e)
    {
        var f = e.Engagement;
        var evidence = f.Evidence.Count > 0 ? f.Evidence[0] : null;
        var location = f.Location;
        string? place = location is null
            ? null
            : string.Join(", ", new[] { location.Place, location.City, location.Country }.Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal));
        return new EngagementLine(f.Date, f.Kind, f.Countries, string.IsNullOrEmpty(place) ? null : place, e.DocumentId, evidence?.Line ?? 0);
    }
}
