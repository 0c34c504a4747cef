using Corpus.Extraction.Model;
using Corpus.Extraction.Read;

namespace Corpus.Tests.Stages;

public class ReadTests
{
    [Fact]
    public void Normalize_removes_the_bom_and_turns_crlf_and_cr_into_lf()
        => Assert.Equal("a\nb\nc", ArticleReader.Normalize("\uFEFFa\r\nb\rc"));

    [Theory]
    [InlineData("a", 1)]
    [InlineData("a\n", 1)]
    [InlineData("a\n\nb", 3)]
    [InlineData("", 0)]
    public void CountLines_counts_a_last_line_without_a_break(string text, int lines)
        => Assert.Equal(lines, ArticleReader.CountLines(text));

    [Theory]
    [InlineData("Phnom Penh, 27 April 2023 (TDI): Cambodia and …", "Phnom Penh", "2023-04-27", "TDI")]
    [InlineData("Vientiane, March 3, 2024 – The two armies …", "Vientiane", "2024-03-03", null)]
    public void A_dateline_gives_place_date_and_outlet(string text, string place, string date, string? outlet)
    {
        var dateline = ArticleReader.ReadDateline(text);
        Assert.NotNull(dateline);
        Assert.Equal(place, dateline!.Place);
        Assert.Equal(date, dateline.Date);
        Assert.Equal(outlet, dateline.Outlet);
    }

    [Fact]
    public void A_first_line_that_is_no_dateline_gives_none()
        => Assert.Null(ArticleReader.ReadDateline("Prime Minister Hun Sen announced on Monday that …"));

    [Fact]
    public void A_sidecar_reads_metadata_and_curation()
    {
        var sidecar = SidecarReader.Read("/c/a.yaml", "a", """
            id: a-1
            title: A title
            published: 2023-04-27
            officials:
              - { name: Vong Pisen, country: KHM, title: Commander-in-Chief }
            engagements:
              - kind: Meeting
                date: --02-26
                countries: [KH, tr]
                participants: [Vong Pisen]
                evidence: ["met"]
            """);
        Assert.Empty(sidecar.Problems);
        Assert.Equal("a-1", sidecar.Id);
        Assert.Equal("2023-04-27", sidecar.Published);
        Assert.Equal("KH", sidecar.Officials.Single().Country);
        var e = sidecar.Engagements.Single();
        Assert.Equal("meeting", e.Kind);
        Assert.Equal("held", e.Status);
        Assert.Equal("--02-26", e.Date);
        Assert.Equal(new[] { "KH", "TR" }, e.Countries);
    }

    [Fact]
    public void Yaml_syntax_errors_are_problems_with_line_and_column()
    {
        var sidecar = SidecarReader.Read("/c/a.yaml", "a", "title: [unclosed\npublished: 2023\n");
        var problem = Assert.Single(sidecar.Problems);
        Assert.Equal(ProblemIds.YamlSyntax, problem.Id);
        Assert.True(problem.Line >= 0);
    }

    [Theory]
    [InlineData("published: 2023-02-30", ProblemIds.InvalidDate)]
    [InlineData("titel: x", ProblemIds.UnknownKey)]
    [InlineData("officials: 3", ProblemIds.WrongValueType)]
    [InlineData("engagements:\n  - { kind: meeting, countries: [XX] }", ProblemIds.UnknownCountry)]
    [InlineData("engagements:\n  - { kind: meating }", ProblemIds.InvalidValue)]
    public void Bad_values_are_problems(string yaml, string id)
        => Assert.Contains(SidecarReader.Read("/c/a.yaml", "a", yaml).Problems, p => p.Id == id);

    [Fact]
    public void An_unknown_key_suggests_the_closest()
    {
        var problem = SidecarReader.Read("/c/a.yaml", "a", "titel: x").Problems.Single();
        Assert.Contains("did you mean 'title'?", problem.Args);
        Assert.Equal(0, problem.Line);
    }

    [Fact]
    public void The_gazetteer_reads_home_officials_organisations_countries_and_topics()
    {
        var g = GazetteerReader.Read("/c/corpus.yaml", """
            home: KH
            officials: [{ name: Hun Sen, aliases: [Samdech Hun Sen], country: KH }]
            organizations: [{ name: Royal Cambodian Armed Forces, acronym: RCAF, country: KH }]
            countries: [{ code: TR, names: [Türkiye] }]
            topics:
              peacekeeping: [peacekeeping, UN PKO]
            """);
        Assert.Empty(g.Problems);
        Assert.Equal("KH", g.Home);
        Assert.Equal("Hun Sen", g.Officials.Single().Name);
        Assert.Equal("RCAF", g.Organizations.Single().Acronym);
        Assert.Equal("peacekeeping", g.Topics.Single().Name);
    }

    [Fact]
    public void The_built_in_gazetteer_has_a_topic_vocabulary()
        => Assert.NotEmpty(Gazetteer.Default.Topics);
}
