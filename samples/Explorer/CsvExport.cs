using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Corpus.Explorer;

/// <summary>
/// Writes the engagements as CSV (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds
/// a comma, a double quote, CR or LF, and quotes doubled inside it), one row per engagement after a header,
/// with columns in the manner of ACLED event data.
/// </summary>
/// <remarks>
/// Unknown values are empty fields. Countries are alpha-2 codes: <c>country_1</c> is the home country when it
/// takes part, <c>country_2</c> the first partner, <c>other_countries</c> the rest. <c>date_precision</c> is the
/// finest part of the date that is known (<c>day</c>, <c>month</c>, <c>year</c>) or <c>none</c>. Lists are
/// joined with "; ". The evidence columns give the first evidence sentence.
/// </remarks>
public static class CsvExport
{
    /// <summary>The header row, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "event_id", "document", "event_date", "year", "month", "day", "date_precision", "event_type", "status",
        "cameo", "country_1", "country_2", "other_countries", "location_place", "location_city", "location_country",
        "participants", "participant_ids", "topics", "agreements", "evidence_line", "evidence_text",
    ];

    /// <summary>Writes the header and one row per engagement of the snapshot, in snapshot order.</summary>
    public static void Write(CorpusSnapshot snapshot, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(output);
        WriteRow(output, Columns);
        foreach (var engagement in snapshot.Engagements) WriteRow(output, Row(snapshot, engagement));
    }

    /// <summary>Quotes a field when RFC 4180 requires it.</summary>
    public static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "";
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string?[] Row(CorpusSnapshot snapshot, Engagement e)
    {
        var countries = e.Countries.Where(snapshot.IsHome).Concat(e.Countries.Where(c => !snapshot.IsHome(c)))
            .Select(c => c.Alpha2).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var first = e.Evidence.Count > 0 ? e.Evidence[0] : null;
        return
        [
            e.Id,
            e.Document.Id,
            Formatting.Iso(e.Date),
            Number(e.Date?.Year),
            Number(e.Date?.Month),
            Number(e.Date?.Day),
            Precision(e.Date),
            Formatting.Name(e.Kind),
            Formatting.Name(e.Status),
            e.Cameo,
            countries.ElementAtOrDefault(0),
            countries.ElementAtOrDefault(1),
            Join(countries.Skip(2)),
            e.Location?.Place,
            e.Location?.City,
            e.Location?.Country?.Alpha2,
            Join(e.Participants.Select(p => p.Name)),
            Join(e.Participants.Select(p => p.Id)),
            Join(e.Topics.Select(t => t.Id)),
            Join(e.Agreements),
            Number(first?.Line),
            first?.Text,
        ];
    }

    private static string Precision(PartialDate? date) => date switch
    {
        { Day: not null } => "day",
        { Month: not null } => "month",
        { Year: not null } => "year",
        _ => "none",
    };

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Join(IEnumerable<string> values) => string.Join("; ", values);

    private static void WriteRow(TextWriter output, IEnumerable<string?> fields)
    {
        output.Write(string.Join(",", fields.Select(Quote)));
        output.Write("\r\n");
    }
}
