using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Xunit;

namespace Corpus.Tests.Stages;

/// <summary>
/// Per-stage test records in the manner of PETRARCH's validation records: a small example sentence
/// (in an article dated 27 April 2023, written from Cambodia) and the facts that stage must give.
/// Each record has an id, so a failure names the rule it guards.
/// </summary>
public class StageRecords
{
    private static readonly Gazetteer s_cambodian = Gazetteer.Default with { Home = "KH" };

    private static ArticleFacts Extract(string sentence, string? sidecar = null)
    {
        string text = "Phnom Penh, 27 April 2023 (TDI): " + sentence + "\n";
        var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text));
        var side = sidecar is null ? null : SidecarReader.Read("/c/a.yaml", "a", sidecar);
        return ArticleExtractor.Extract(article, side, s_cambodian, curation: true);
    }

    /// <summary>Resolve: who is named, with which title, rank and country.</summary>
    [Theory]
    [InlineData("RES-01", "Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.", "Ülkü Kocaefe", "Turkish Ambassador to Cambodia", null, "TR")]
    [InlineData("RES-02", "Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.", "Tea Banh", "Defence Minister", null, "KH")]
    [InlineData("RES-03", "RCAF Commander-in-Chief General Moul Tevan received Japanese Defence Attaché Colonel Kenji Sato on Monday.", "Kenji Sato", "Japanese Defence Attaché", "Colonel", "JP")]
    [InlineData("RES-04", "Lieutenant General Nguyen Van Nam, Vietnamese Deputy Minister of National Defence, visited Cambodia on Tuesday.", "Nguyen Van Nam", "Vietnamese Deputy Minister of National Defence", "Lieutenant General", "VN")]
    public void Resolve(string id, string sentence, string name, string title, string? rank, string country)
    {
        var facts = Extract(sentence);
        var official = facts.Officials.FirstOrDefault(o => o.Name == name);
        Assert.True(official is not null, id + ": no official named " + name + " in " + string.Join(", ", facts.Officials.Select(o => o.Name)));
        var position = official!.Positions.FirstOrDefault();
        Assert.Equal((id, title, rank, country), (id, position?.Title, position?.Rank, official.Country));
    }

    /// <summary>Build events: kind, status, date, countries and CAMEO code of the engagement a sentence reports.</summary>
    [Theory]
    [InlineData("EVT-01", "Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.", "meeting", "held", "2023-04-26", "KH TR", "043")]
    [InlineData("EVT-02", "Defence Minister Tea Banh will visit Turkey next month to meet Turkish officials.", "visit", "planned", "2023-05", "KH TR", "036")]
    [InlineData("EVT-03", "Cambodia and Japan signed a memorandum of understanding on demining on Tuesday.", "agreement", "held", "2023-04-25", "JP KH", "057")]
    [InlineData("EVT-04", "China donated 20 military trucks to the Royal Cambodian Armed Forces on Monday.", "aid", "held", "2023-04-24", "CN KH", "072")]
    [InlineData("EVT-05", "Vietnamese Minister of National Defence Phan Van Giang held talks with Defence Minister Tea Banh in Hanoi on Monday.", "meeting", "held", "2023-04-24", "KH VN", "043")]
    public void Events(string id, string sentence, string kind, string status, string date, string countries, string cameo)
    {
        var e = Extract(sentence).Engagements.FirstOrDefault();
        Assert.True(e is not null, id + ": no engagement");
        Assert.Equal((id, kind, status, date, countries, cameo), (id, e!.Kind, e.Status, e.Date, string.Join(" ", e.Countries), e.Cameo));
    }

    /// <summary>Curate: what a sidecar changes, and only what the article supports.</summary>
    [Theory]
    [InlineData("CUR-01", "engagements:\n  - { kind: visit, status: planned, countries: [KH, TR], participants: [Tea Banh] }\n", "visit", "planned", "tea-banh")]
    [InlineData("CUR-02", "engagements:\n  - { kind: training, countries: [KH, TR], participants: [Ülkü Kocaefe] }\n", "training", "held", "ulku-kocaefe")]
    public void Curate(string id, string sidecar, string kind, string status, string participant)
    {
        var facts = Extract("Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.", sidecar);
        var e = Assert.Single(facts.Engagements);
        Assert.Equal((id, kind, status, participant), (id, e.Kind, e.Status, string.Join(" ", e.Participants)));
        Assert.Empty(facts.Problems);
    }

    [Fact]
    public void Curate_drops_an_excluded_official_and_reports_a_participant_the_article_does_not_name()
    {
        var excluded = Extract("Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.",
            "officials:\n  - { name: Ülkü Kocaefe, exclude: true }\n");
        Assert.DoesNotContain(excluded.Officials, o => o.Name == "Ülkü Kocaefe");
        var unknown = Extract("Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.",
            "engagements:\n  - { kind: meeting, participants: [Hun Sen] }\n");
        Assert.Contains(unknown.Problems, p => p.Id == ProblemIds.ParticipantNotMentioned);
    }
}
