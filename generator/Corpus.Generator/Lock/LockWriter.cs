using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Generator.Model;

namespace Corpus.Generator.Lock;

/// <summary>
/// Builds the lock's entries from the corpus and writes the canonical text: entries sorted by id
/// (ordinal), fields in a fixed order, one value per line, LF line ends, invariant culture.
/// </summary>
internal static class LockWriter
{
    public const int Version = 1;

    public const string Header =
        "# Corpus lock: the officials and engagements the articles give, sorted by id.\n" +
        "# While it exists, a build fails where the articles give something else (CORPUS030-CORPUS034).\n" +
        "# Review the difference, then accept it with: dotnet build -p:CorpusLock=update\n";

    /// <summary>The officials' entries, from the merged corpus.</summary>
    public static EquatableArray<LockEntry> Officials(EquatableArray<OfficialModel> officials)
        => officials
            .Select(o => new LockEntry(o.Id, new EquatableArray<LockField>(new[]
            {
                LockField.Scalar("name", o.Name),
                LockField.Scalar("country", o.Country),
                LockField.Block("positions", o.Positions.Select(Position).ToEquatableArray()),
            })))
            .GroupBy(e => e.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToEquatableArray();

    private static string Position(OfficialPosition p)
    {
        var f = p.Position;
        return string.Join(" | ", new[] { f.Date ?? "undated", f.Rank ?? "-", f.Title, f.Organization ?? "-", p.DocumentId });
    }

    /// <summary>One article's engagements, unsorted; <see cref="Snapshot"/> sorts all of them.</summary>
    public static EquatableArray<LockEntry> Engagements(ArticleFacts facts)
        => facts.Engagements.Select(e => Engagement(e, facts.Document.Id)).ToEquatableArray();

    private static LockEntry Engagement(EngagementFact e, string document)
    {
        string? location = null;
        if (e.Location is { } l)
        {
            var parts = new[] { l.Place, l.City, l.Country }.Where(p => !string.IsNullOrEmpty(p)).ToList();
            if (parts.Count > 0) location = string.Join(", ", parts);
        }
        string? line = e.Evidence.Count > 0 ? e.Evidence[0].Line.ToString(CultureInfo.InvariantCulture) : null;
        return new LockEntry(e.Id, new EquatableArray<LockField>(new[]
        {
            LockField.Scalar("kind", e.Kind),
            LockField.Scalar("status", e.Status),
            LockField.Scalar("date", e.Date),
            LockField.Scalar("location", location),
            LockField.Flow("countries", e.Countries),
            LockField.Flow("participants", e.Participants),
            LockField.Flow("topics", e.Topics),
            LockField.Scalar("document", document),
            LockField.Scalar("line", line),
        }));
    }

    /// <summary>The whole lock: the officials and every article's engagements, sorted, with its text.</summary>
    public static LockSnapshot Snapshot(EquatableArray<LockEntry> officials, IEnumerable<EquatableArray<LockEntry>> engagementsPerArticle)
    {
        var engagements = engagementsPerArticle.SelectMany(a => a)
            .GroupBy(e => e.Id, StringComparer.Ordinal).Select(g => g.First())
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        var content = new LockContent(officials, engagements);
        return new LockSnapshot(content, Write(content));
    }

    public static string Write(LockContent content)
    {
        var sb = new StringBuilder(64 + 400 * (content.Officials.Count + content.Engagements.Count));
        sb.Append(Header);
        sb.Append("version: ").Append(Version.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Section(sb, LockContent.OfficialsSection, content.Officials);
        Section(sb, LockContent.EngagementsSection, content.Engagements);
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string name, EquatableArray<LockEntry> entries)
    {
        sb.Append(name).Append(':');
        if (entries.Count == 0) { sb.Append(" {}\n"); return; }
        sb.Append('\n');
        foreach (var entry in entries)
        {
            sb.Append("  ").Append(LockScalar.Write(entry.Id)).Append(":\n");
            foreach (var field in entry.Fields)
            {
                sb.Append("    ").Append(field.Name).Append(':');
                switch (field.Shape)
                {
                    case LockFieldShape.Scalar:
                        sb.Append(' ').Append(LockScalar.Write(field.Value)).Append('\n');
                        break;
                    case LockFieldShape.Flow:
                        sb.Append(' ').Append(LockScalar.WriteFlow(field.Items)).Append('\n');
                        break;
                    default:
                        if (field.Items.Count == 0) { sb.Append(" []\n"); break; }
                        sb.Append('\n');
                        foreach (var item in field.Items) sb.Append("      - ").Append(LockScalar.Write(item)).Append('\n');
                        break;
                }
            }
        }
    }

    /// <summary>A field's value as the lock file writes it, for messages.</summary>
    public static string Display(LockField field) => field.Shape switch
    {
        LockFieldShape.Scalar => LockScalar.Write(field.Value),
        _ => LockScalar.WriteFlow(field.Items),
    };
}
