using System.Text.RegularExpressions;
using System.Xml.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Generator.Model;

namespace Corpus.Tests.Generator;

/// <summary>
/// The XML docs of the generated official members, IntelliSense's index of the data: positions
/// over time with dates, the number of engagements and the latest few with their evidence.
/// </summary>
public class MemberDocsTests
{
    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    public MemberDocsTests(Xunit.Abstractions.ITestOutputHelper output) => _output = output;

    private static EvidenceFact Evidence(int line, string text) => new(line, 1, text);

    private static OfficialPosition Position(string document, string title, string? date = null, string? rank = null)
        => new(document, new PositionFact(title, null, rank, date, Evidence(1, title + " Dara Sok spoke.")));

    private static OfficialEngagement Engagement(string document, string id, string? date)
        => new(document, new EngagementFact(id, "meeting", "held", date, new LocationFact("Peace Palace", "Phnom Penh", "KH"),
            new[] { "KH", "LA" }.ToEquatableArray(), new[] { "dara-sok" }.ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, null, new[] { Evidence(3, "Dara Sok met his Lao counterpart (" + id + ").") }.ToEquatableArray()));

    private static CorpusOfficial Official(IEnumerable<OfficialPosition> positions, IEnumerable<OfficialEngagement> engagements)
        => new("dara-sok", "Dara Sok", EquatableArray<string>.Empty, "KH", positions.ToEquatableArray(),
            new[] { "a", "b", "c" }.ToEquatableArray(), engagements.ToEquatableArray(), SourceSpan.None);

    private static readonly Dictionary<string, string?> s_published = new()
    {
        ["a"] = "2021-03-04", ["b"] = "2023-09-10", ["c"] = null, ["d"] = "2022-01-15",
    };

    [Fact]
    public void Positions_are_grouped_by_title_dated_by_their_articles_and_ordered_by_first_date()
    {
        var digest = OfficialDigest.Of(Official(new[]
        {
            Position("b", "Minister of National Defence", rank: "General"),
            Position("c", "Deputy Commander"),
            Position("a", "minister of national defence", rank: "general"),
            Position("d", "Chief of the General Staff", date: "2019-06-01"),
        }, Array.Empty<OfficialEngagement>()), s_published);

        Assert.Equal(3, digest.PositionCount);
        Assert.Collection(digest.Positions,
            p => Assert.Equal(("Chief of the General Staff", "2019-06-01", "2019-06-01"), (p.Title, p.From!, p.To!)),
            p => Assert.Equal(("Minister of National Defence", "2021-03-04", "2023-09-10"), (p.Title, p.From!, p.To!)),
            p => Assert.Equal(("Deputy Commander", (string?)null, (string?)null), (p.Title, p.From, p.To)));
        Assert.Equal(0, digest.Engagements);
        Assert.Empty(digest.Latest);
    }

    [Fact]
    public void The_latest_engagements_come_first_then_those_without_a_year_then_the_undated()
    {
        var undated = OfficialDigest.Of(Official(new[] { Position("a", "Minister") }, new[]
        {
            Engagement("a", "a-1", null),
            Engagement("a", "a-2", "--05-02"),
        }), s_published);
        Assert.Equal(new[] { "--05-02", null }, undated.Latest.Select(e => e.Date));

        var digest = OfficialDigest.Of(Official(new[] { Position("a", "Minister") }, new[]
        {
            Engagement("a", "a-1", null),
            Engagement("a", "a-2", "--05-02"),
            Engagement("b", "b-1", "2022-11"),
            Engagement("b", "b-1", "2022-11"),
            Engagement("c", "c-1", "2023-02-14"),
        }), s_published);

        Assert.Equal(4, digest.Engagements);
        Assert.Equal(new[] { "2023-02-14", "2022-11" }, digest.Latest.Select(e => e.Date));
        var first = digest.Latest[0];
        Assert.Equal(("c", 3, "Peace Palace, Phnom Penh, KH"), (first.DocumentId, first.Line, first.Place!));
        Assert.Equal(new[] { "KH", "LA" }, first.Countries);
    }

    [Fact]
    public void At_most_six_positions_and_two_engagements_are_listed_with_the_totals_kept()
    {
        var digest = OfficialDigest.Of(Official(
            Enumerable.Range(1, 8).Select(i => Position("a", "Office " + i, "2020-0" + i + "-01")),
            Enumerable.Range(1, 5).Select(i => Engagement("a", "a-" + i, "2021-0" + i + "-01"))), s_published);
        Assert.Equal((OfficialDigest.MaxPositions, 8), (digest.Positions.Count, digest.PositionCount));
        Assert.Equal("Office 1", digest.Positions[0].Title);
        Assert.Equal((OfficialDigest.MaxEngagements, 5), (digest.Latest.Count, digest.Engagements));
        Assert.Equal("2021-05-01", digest.Latest[0].Date);
    }

    [Theory]
    [InlineData(null, "undated")]
    [InlineData("2023-04-26", "2023-04-26")]
    [InlineData("2023-04", "2023-04")]
    [InlineData("--04-06", "April 6 (year not stated)")]
    [InlineData("--11", "November (year not stated)")]
    public void Partial_dates_read_as_a_reader_says_them(string? date, string expected)
        => Assert.Equal(expected, OfficialDigest.Display(date));

    [Fact]
    public void A_generated_member_documents_positions_over_time_and_engagements_as_well_formed_xml()
    {
        var harness = new GeneratorHarness();
        harness.Files[GeneratorHarness.Root + "corpus.yaml"] = "home: KH\n";
        harness.Files[GeneratorHarness.Root + "a.txt"] =
            "Minister of National Defence General Dara Sok met Lao Defence Minister Kham Vongsa in Phnom Penh on January 10, 2024 to discuss <border> & demining cooperation.\n";
        harness.Files[GeneratorHarness.Root + "c.txt"] = "Deputy Commander Kiri Vong <Navy> & Co met Thai Navy Commander Anan Boonma in Sattahip on May 9, 2024.\n";
        harness.Files[GeneratorHarness.Root + "a.yaml"] = "published: 2024-01-11\n";
        harness.Files[GeneratorHarness.Root + "b.txt"] =
            "Minister of National Defence General Dara Sok met Thai Defence Minister Anan Boonma in Bangkok on May 2, 2024.\n\nThe Cambodian minister discussed border cooperation with his host.\n";
        harness.Files[GeneratorHarness.Root + "b.yaml"] = "published: 2024-05-03\n";
        var run = harness.Run();
        Assert.Empty(run.CompileDiagnostics);

        string officials = string.Concat(run.Sources.Where(s => s.HintName.StartsWith("Corpus.Officials.", StringComparison.Ordinal)).Select(s => s.Source));
        string docs = DocsOf(officials, "DaraSok");
        var xml = XElement.Parse("<doc>" + docs + "</doc>");
        // Every official's docs are well-formed, whatever the text holds ("<Navy> & Co").
        foreach (var member in Regex.Matches(officials, @"\bOfficial (\w+) =>").Select(m => m.Groups[1].Value))
            XElement.Parse("<doc>" + DocsOf(officials, member) + "</doc>");
        string text = xml.Value;
        _output.WriteLine(docs);
        Assert.Contains("Minister of National Defence; 2 engagements, latest: 2024-05-02", xml.Element("summary")!.Value);
        Assert.Contains("Positions over time: 2024-01-10 to 2024-05-02, General, Minister of National Defence.", text);
        Assert.Contains("Engagements: 2024-05-02 meeting, KH and TH, at Bangkok, TH (b, line 1); 2024-01-10 meeting, KH and LA, at Phnom Penh, KH (a, line 1).", text);
        Assert.Contains("First named in a, line 1.", text);
    }

    // The doc comment lines above a member, without their slashes.
    private static string DocsOf(string source, string member)
    {
        var lines = source.Split('\n');
        int at = Array.FindIndex(lines, l => Regex.IsMatch(l, @"\bOfficial " + member + " =>"));
        Assert.True(at > 0, member + " is generated");
        var docs = new List<string>();
        for (int i = at - 1; i >= 0 && lines[i].TrimStart().StartsWith("///", StringComparison.Ordinal); i--)
            docs.Insert(0, lines[i].TrimStart().Substring(3));
        return string.Join("\n", docs);
    }
}
