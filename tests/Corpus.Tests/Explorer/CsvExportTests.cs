using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Explorer;
using Xunit;

namespace Corpus.Tests.Explorer;

public sealed class CsvExportTests
{
    private static List<string[]> Export()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvExport.Write(SampleCorpus.Create(), writer);
        return Parse(writer.ToString());
    }

    private static Dictionary<string, string> Row(List<string[]> rows, string id)
    {
        var header = rows[0];
        var row = rows.Single(r => r[0] == id);
        return header.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rlf", "\"cr\rlf\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Quote_follows_rfc_4180(string? field, string expected) => Assert.Equal(expected, CsvExport.Quote(field));

    [Fact]
    public void Writes_a_header_and_one_row_per_engagement()
    {
        var rows = Export();
        Assert.Equal(CsvExport.Columns, rows[0]);
        Assert.Equal(6, rows.Count);
        Assert.All(rows, r => Assert.Equal(CsvExport.Columns.Count, r.Length));
        Assert.Equal(["doc-a-1", "doc-b-1", "doc-b-2", "doc-b-3", "doc-b-4"], rows.Skip(1).Select(r => r[0]));
    }

    [Fact]
    public void Rows_end_with_crlf()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        CsvExport.Write(SampleCorpus.Create(), writer);
        string text = writer.ToString();
        Assert.StartsWith("event_id,document,event_date,year,month,day,date_precision,event_type,status,cameo,country_1,country_2,"
            + "other_countries,location_place,location_city,location_country,participants,participant_ids,topics,agreements,"
            + "evidence_line,evidence_text\r\n", text, System.StringComparison.Ordinal);
        Assert.EndsWith("\r\n", text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Commas_quotes_and_newlines_survive_a_round_trip()
    {
        var row = Row(Export(), "doc-b-1");
        Assert.Equal(SampleCorpus.AwkwardText, row["evidence_text"]);
        Assert.Equal(SampleCorpus.AwkwardAgreement, row["agreements"]);
        Assert.Equal("5", row["evidence_line"]);
    }

    [Fact]
    public void Columns_describe_date_countries_place_and_people()
    {
        var rows = Export();
        var meeting = Row(rows, "doc-a-1");
        Assert.Equal("2023-04-26", meeting["event_date"]);
        Assert.Equal(("2023", "4", "26", "day"), (meeting["year"], meeting["month"], meeting["day"], meeting["date_precision"]));
        Assert.Equal(("meeting", "held", "043"), (meeting["event_type"], meeting["status"], meeting["cameo"]));
        Assert.Equal(("KH", "TR", ""), (meeting["country_1"], meeting["country_2"], meeting["other_countries"]));
        Assert.Equal(("RCAF headquarters", "Phnom Penh", "KH"), (meeting["location_place"], meeting["location_city"], meeting["location_country"]));
        Assert.Equal("Vong Pisen; Ülkü Kocaefe", meeting["participants"]);
        Assert.Equal("vong-pisen; ulku-kocaefe", meeting["participant_ids"]);
        Assert.Equal("peacekeeping", meeting["topics"]);

        var yearless = Row(rows, "doc-b-1");
        Assert.Equal(("--02-26", "", "2", "26", "day"),
            (yearless["event_date"], yearless["year"], yearless["month"], yearless["day"], yearless["date_precision"]));

        var planned = Row(rows, "doc-b-2");
        Assert.Equal(("", "none", "planned"), (planned["event_date"], planned["date_precision"], planned["status"]));
        Assert.Equal(("KH", "TR", "US"), (planned["country_1"], planned["country_2"], planned["other_countries"]));
        Assert.Equal(("", "", ""), (planned["location_place"], planned["location_city"], planned["location_country"]));

        Assert.Equal("year", Row(rows, "doc-b-3")["date_precision"]);
        var domestic = Row(rows, "doc-b-4");
        Assert.Equal(("month", "KH", ""), (domestic["date_precision"], domestic["country_1"], domestic["country_2"]));
        Assert.Equal(("", ""), (domestic["evidence_line"], domestic["evidence_text"]));
    }

    /// <summary>A strict RFC 4180 reader, to check what the writer produced.</summary>
    private static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "unterminated quoted field");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    Assert.NotEqual('"', text[i]);
                    field.Append(text[i++]);
                }
            }
            row.Add(field.ToString());
            field.Clear();
            Assert.True(i < text.Length, "the last row must end with CRLF");
            if (text[i] == ',') { i++; continue; }
            Assert.Equal("\r\n", text.Substring(i, 2));
            i += 2;
            rows.Add(row.ToArray());
            row.Clear();
        }
        return rows;
    }
}
