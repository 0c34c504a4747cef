using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Corpus.Explorer;

/// <summary>
/// Writes the engagements as a readable timeline, grouped by partner country (every country taking part other
/// than the home country; an engagement with two partners appears under each). Groups are sorted by country name;
/// within a group, engagements whose year is known come first in date order, then the others in document order.
/// Engagements without any partner country are listed last, under "No partner country".
/// </summary>
public static class TimelineReport
{
    /// <summary>The heading of the group of engagements that have no partner country.</summary>
    public const string NoPartnerHeading = "No partner country";

    /// <summary>Writes the timeline of the snapshot.</summary>
    public static void Write(CorpusSnapshot snapshot, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        var groups = Formatting.PartnerGroups(snapshot);
        int partners = groups.Count(g => g.Partner is not null);
        output.WriteLine(Count(snapshot.Engagements.Count, "engagement") + " with " + Count(partners, "partner country", "partner countries"));
        foreach (var (partner, engagements) in groups)
        {
            WriteGroup(output, partner is null ? NoPartnerHeading : partner.Name + " (" + partner.Alpha2 + ")", engagements);
        }
    }

    private static void WriteGroup(TextWriter output, string heading, List<Engagement> engagements)
    {
        output.WriteLine();
        output.WriteLine(heading);
        foreach (var e in Formatting.Chronological(engagements, e => e.Date))
        {
            string status = e.Status == EngagementStatus.Planned ? "PLANNED" : "held";
            string place = e.Location?.ToString() is { Length: > 0 } where ? where : "place unknown";
            output.WriteLine("  " + Formatting.Display(e.Date) + " | " + Formatting.Name(e.Kind) + " | " + status + " | " + place);
            if (e.Participants.Count > 0)
            {
                output.WriteLine("      participants: " + string.Join("; ", e.Participants.Select(p => Participant(p, e.Document.Id))));
            }
            if (e.Topics.Count > 0)
            {
                output.WriteLine("      topics: " + string.Join(", ", e.Topics.Select(t => t.Id)));
            }
            output.WriteLine("      source: " + Source(e));
        }
    }

    private static string Count(int n, string one, string? many = null)
        => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many ?? one + "s");

    private static string Participant(Official official, string documentId)
        => Formatting.PositionIn(official, documentId) is { } position ? official.Name + " (" + position.Title + ")" : official.Name;

    private static string Source(Engagement e)
        => e.Evidence.Count > 0
            ? e.Evidence[0].DocumentId + ", line " + e.Evidence[0].Line.ToString(CultureInfo.InvariantCulture)
            : e.Document.Id;
}
