using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus;

/// <summary>Small queries over corpus records.</summary>
public static class CorpusQueries
{
    /// <summary>The engagements in which <paramref name="country"/> takes part.</summary>
    public static IEnumerable<Engagement> Involving(this IEnumerable<Engagement> engagements, Country country)
        => engagements.Where(e => e.Countries.Contains(country));

    /// <summary>The engagements in which <paramref name="official"/> takes part.</summary>
    public static IEnumerable<Engagement> WithParticipant(this IEnumerable<Engagement> engagements, Official official)
        => engagements.Where(e => e.Participants.Contains(official));

    /// <summary>The engagements of one kind.</summary>
    public static IEnumerable<Engagement> OfKind(this IEnumerable<Engagement> engagements, EngagementKind kind)
        => engagements.Where(e => e.Kind == kind);

    /// <summary>The engagements whose date is known to fall within [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public static IEnumerable<Engagement> Between(this IEnumerable<Engagement> engagements, DateOnly from, DateOnly to)
        => engagements.Where(e => e.Date is { } d && d.Start is { } s && d.End is { } end && s >= from && end <= to);

    /// <summary>Orders engagements by date, earliest first; engagements without a known year come last, in document order.</summary>
    public static IEnumerable<Engagement> Chronological(this IEnumerable<Engagement> engagements)
        => engagements.Select((e, i) => (e, i))
            .OrderBy(x => x.e.Date?.Year is null ? 1 : 0)
            .ThenBy(x => x.e.Date?.Year is null ? default : x.e.Date!.Value)
            .ThenBy(x => x.i)
            .Select(x => x.e);

    /// <summary>The partner countries of an engagement: every country taking part other than <paramref name="home"/>.</summary>
    public static IEnumerable<Country> Partners(this Engagement engagement, Country home)
        => engagement.Countries.Where(c => !ReferenceEquals(c, home) && c != home);

    /// <summary>The position seen most recently (by date, then by document order), or <see langword="null"/>.</summary>
    public static Position? LatestPosition(this Official official)
    {
        Position? best = null;
        foreach (var p in official.Positions)
        {
            if (best is null || (p.Date ?? default).CompareTo(best.Date ?? default) >= 0) best = p;
        }
        return best;
    }

    /// <summary>The positions seen in one document.</summary>
    public static IEnumerable<Position> PositionsIn(this Official official, string documentId)
        => official.Positions.Where(p => p.DocumentId == documentId);
}
