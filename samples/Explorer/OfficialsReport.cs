using System;
using System.IO;
using System.Linq;

namespace Corpus.Explorer;

/// <summary>
/// Writes every official with their country and the positions they were seen to hold over time: title,
/// organisation, rank, date and document. Positions whose year is known come first in date order, then the others
/// in document order.
/// </summary>
public static class OfficialsReport
{
    /// <summary>Writes the officials of the snapshot, in snapshot order.</summary>
    public static void Write(CorpusSnapshot snapshot, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        bool first = true;
        foreach (var official in snapshot.Officials)
        {
            if (!first) output.WriteLine();
            first = false;
            output.WriteLine(official.Name + " [" + official.Id + "], " + (official.Country?.Name ?? "country unknown"));
            if (official.Aliases.Count > 0) output.WriteLine("    also: " + string.Join("; ", official.Aliases));
            if (official.Positions.Count == 0) output.WriteLine("    no position recorded");
            foreach (var p in Formatting.Chronological(official.Positions, p => p.Date))
            {
                var parts = new[] { p.Title, p.Organization, p.Rank }.Where(s => !string.IsNullOrEmpty(s));
                output.WriteLine("    " + Formatting.Display(p.Date) + " | " + string.Join(", ", parts) + " | " + p.DocumentId);
            }
        }
    }
}
