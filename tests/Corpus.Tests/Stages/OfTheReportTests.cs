using Corpus.Extraction.Events;
using Corpus.Extraction.Model;

namespace Corpus.Tests.Stages;

/// <summary>
/// An occasion none of whose states is one the report is about (the home side when the article names it, and the states of
/// the article's first occasion, the one its lede tells: <see cref="EventStage.ReportStates"/>) is a third states' occasion
/// told in passing and is no engagement of the article (<see cref="EventStage.OfTheReport"/>); so is an occasion of three or
/// more states holding fewer than two of the report's states (all of them when the report has one). An occasion of two states
/// sharing one state with the report, an occasion of no state, and every occasion of an article whose report states are
/// unknown are kept.
/// </summary>
public class OfTheReportTests
{
    private static EngagementFact Fact(int n, string kind, params string[] countries)
        => new("a-" + n, kind, "held", null, null, countries.ToEquatableArray(), EquatableArray<string>.Empty, EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, null, EquatableArray<EvidenceFact>.Empty);

    private static string Kept(string report, params EngagementFact[] engagements)
    {
        var states = new HashSet<string>(report.Length == 0 ? Array.Empty<string>() : report.Split(','), StringComparer.Ordinal);
        return string.Join(" | ", EventStage.OfTheReport(engagements.ToEquatableArray(), states)
            .Select(e => e.Id + " " + e.Kind + " " + string.Join(",", e.Countries)));
    }

    [Theory]
    // A drill of two other states told in a report on Ostria's (NO) and Eskeland's (EE) talks is left out.
    [InlineData("OTR1", "EE,NO", "a-1 meeting EE,NO")]
    // Guards: one shared state keeps the occasion, and so does an article whose report states are unknown.
    [InlineData("OTR2", "EE,JP", "a-1 meeting EE,NO | a-2 exercise CA,JP")]
    [InlineData("OTR3", "", "a-1 meeting EE,NO | a-2 exercise CA,JP")]
    public void A_third_states_occasion_is_not_the_reports(string id, string report, string expected)
        => Assert.Equal((id, expected), (id, Kept(report, Fact(1, "meeting", "EE", "NO"), Fact(2, "exercise", "CA", "JP"))));

    [Theory]
    // An occasion of three states told beside a report on Ostria's (NO) and Eskeland's (EE) talks that holds only one of them
    // (a drill of Norland with Canada and Japan) names that state among others as context: it is left out.
    [InlineData("OTR4", "EE,NO", "CA,JP,NO", "a-1 meeting EE,NO")]
    [InlineData("OTR5", "EE,NO", "CA,DK,JP,NO", "a-1 meeting EE,NO")]
    // Guards: one holding two of the report's states stays, and so does one of the only report state (a report of one state).
    [InlineData("OTR6", "EE,NO", "CA,EE,NO", "a-1 meeting EE,NO | a-2 exercise CA,EE,NO")]
    [InlineData("OTR7", "NO", "CA,JP,NO", "a-1 meeting EE,NO | a-2 exercise CA,JP,NO")]
    public void An_occasion_of_three_or_more_states_holds_two_of_the_reports(string id, string report, string states, string expected)
        => Assert.Equal((id, expected), (id, Kept(report, Fact(1, "meeting", "EE", "NO"), Fact(2, "exercise", states.Split(',')))));

    [Fact]
    public void An_occasion_of_two_states_sharing_one_with_the_report_stays_whatever_the_report()
        // The rule of two shared states is for occasions of three or more: a pair with one report state is the report's.
        => Assert.Equal("a-1 meeting EE,NO | a-2 exercise JP,NO", Kept("DK,EE,NO", Fact(1, "meeting", "EE", "NO"), Fact(2, "exercise", "JP", "NO")));

    [Fact]
    public void Before_the_narrowing_an_occasion_of_three_states_needs_one_report_state()
    {
        // The occasions the people's states may still narrow: one report state suffices, as for a pair; the same list is
        // narrowed to one occasion by the rule of two shared states. A third states' occasion goes either way.
        var engagements = new[] { Fact(1, "meeting", "EE", "NO"), Fact(2, "meeting", "CA", "JP", "NO"), Fact(3, "exercise", "CA", "JP") }.ToEquatableArray();
        var report = new HashSet<string>(new[] { "EE", "NO" }, StringComparer.Ordinal);
        Assert.Equal("a-1 EE,NO | a-2 CA,JP,NO", string.Join(" | ", EventStage.OfTheReport(engagements, report, manySided: false)
            .Select(e => e.Id + " " + string.Join(",", e.Countries))));
        Assert.Equal("a-1 EE,NO", string.Join(" | ", EventStage.OfTheReport(engagements, report)
            .Select(e => e.Id + " " + string.Join(",", e.Countries))));
    }

    [Fact]
    public void The_occasions_kept_are_numbered_again_and_an_occasion_of_no_state_stays()
    {
        // The first occasion (two other states) goes; the next two keep their order and take the numbers 1 and 2.
        Assert.Equal("a-1 visit NO,SE | a-2 meeting ",
            Kept("NO", Fact(1, "exercise", "CA", "JP"), Fact(2, "visit", "NO", "SE"), Fact(3, "meeting")));
    }

    [Fact]
    public void An_article_whose_occasions_all_share_a_report_state_keeps_them_as_they_were()
    {
        var engagements = new[] { Fact(1, "meeting", "EE", "NO"), Fact(2, "visit", "NO") }.ToEquatableArray();
        Assert.Equal(engagements, EventStage.OfTheReport(engagements, new HashSet<string> { "NO" }));
    }

    [Theory]
    // The home side named (KH) and the first occasion's states; no home side named: the first occasion's states alone.
    [InlineData("RST1", "KH", "KH,LA,NO,SE")]
    [InlineData("RST2", null, "LA,NO,SE")]
    public void The_report_states_are_the_home_side_and_the_first_occasions(string id, string? home, string expected)
    {
        // A later occasion's states (JP) are not the report's.
        var states = EventStage.ReportStates(new[] { Fact(1, "meeting", "LA", "NO", "SE"), Fact(2, "exercise", "JP", "LA") }.ToEquatableArray(), home);
        Assert.Equal((id, expected), (id, string.Join(",", states.OrderBy(c => c, StringComparer.Ordinal))));
    }

    [Fact]
    public void No_occasion_and_no_home_side_give_no_report_states()
        => Assert.Empty(EventStage.ReportStates(EquatableArray<EngagementFact>.Empty, null));
}
