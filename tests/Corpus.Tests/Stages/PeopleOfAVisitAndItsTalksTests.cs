using Corpus.Extraction.Events;
using Corpus.Extraction.Model;

namespace Corpus.Tests.Stages;

/// <summary>
/// A visit and the talks of its states told apart, one with people and the other with nobody
/// (<see cref="EventStage.PeopleOfAVisitAndItsTalks"/>), read on the article's final occasions and its officials' final
/// countries. The states and people are invented stand-ins (Vesk VK, Kelmland KL; Arlo Penn of Vesk, Ola Berg of Kelmland).
/// </summary>
public class PeopleOfAVisitAndItsTalksTests
{
    private static readonly Dictionary<string, string?> Countries = new()
    {
        ["arlo-penn"] = "VK", ["ola-berg"] = "KL", ["ida-moss"] = null, ["tam-ode"] = "KL",
    };

    // Told on line n unless another line is given.
    private static EngagementFact Fact(int n, string kind, string people, string? date = null, string? placed = null, string status = "held",
        string states = "KL,VK", int line = 0)
        => new("a-" + n, kind, status, date, placed is null ? null : new LocationFact(null, null, placed), states.Split(',').ToEquatableArray(),
            (people.Length == 0 ? Array.Empty<string>() : people.Split(',')).ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, null, new[] { new EvidenceFact(line == 0 ? n : line, 1, "") }.ToEquatableArray());

    private static string People(params EngagementFact[] engagements)
        => string.Join(" | ", EventStage.PeopleOfAVisitAndItsTalks(engagements.ToEquatableArray(), Countries)
            .Select(e => e.Id + " " + e.Kind + ":" + string.Join(",", e.Participants)));

    [Fact]
    public void A_visit_told_with_nobody_takes_the_visitors_of_its_talks()
        // "Minister Arlo Penn arrived in Kelmland on Monday. … Penn and Ola Berg held talks on border security."
        => Assert.Equal("a-1 visit:arlo-penn | a-2 meeting:arlo-penn,ola-berg",
            People(Fact(1, "visit", "", "2031-05-12", placed: "KL"), Fact(2, "meeting", "arlo-penn,ola-berg", "2031-05-12")));

    [Fact]
    public void Talks_told_with_nobody_take_the_people_of_the_one_visit()
        // "Kelmland's minister Ola Berg received Arlo Penn in Tarsk. … The talks covered a training plan."
        => Assert.Equal("a-1 visit:arlo-penn,ola-berg | a-2 meeting:arlo-penn,ola-berg",
            People(Fact(1, "visit", "arlo-penn,ola-berg", "2031-05"), Fact(2, "meeting", "", "2031-05-12")));

    [Theory]
    // Guards: a signing is not filled from a visit (an agreement of an earlier year told beside it); a visit placed nowhere, or
    // whose talks hold only its hosts or people of no known state, takes nobody; a visit is not filled from a drill or a
    // handover; dates that conflict, a meeting of a year beside a visit of a day without its year, another pair of states,
    // a planned occasion, two visits: nothing.
    [InlineData("PVT1", "agreement", "", "visit", "arlo-penn,ola-berg", "a-1 agreement: | a-2 visit:arlo-penn,ola-berg")]
    [InlineData("PVT2", "visit", "", "meeting", "arlo-penn,ola-berg", "a-1 visit: | a-2 meeting:arlo-penn,ola-berg", null)]
    [InlineData("PVT3", "visit", "", "meeting", "ola-berg,ida-moss", "a-1 visit: | a-2 meeting:ola-berg,ida-moss")]
    [InlineData("PVT4", "visit", "", "exercise", "arlo-penn,ola-berg", "a-1 visit: | a-2 exercise:arlo-penn,ola-berg")]
    [InlineData("PVT5", "visit", "", "aid", "arlo-penn", "a-1 visit: | a-2 aid:arlo-penn")]
    [InlineData("PVT6", "meeting", "", "visit", "arlo-penn", "a-1 meeting: | a-2 visit:arlo-penn", "KL", "2030-05")]
    [InlineData("PVT7", "meeting", "", "visit", "arlo-penn", "a-1 meeting: | a-2 visit:arlo-penn", "KL", null, "planned")]
    [InlineData("PVT9", "meeting", "", "visit", "arlo-penn", "a-1 meeting: | a-2 visit:arlo-penn", "KL", "--05-12", "held", "KL,VK", "2029")]
    [InlineData("PVT8", "meeting", "", "visit", "arlo-penn", "a-1 meeting: | a-2 visit:arlo-penn", "KL", null, "held", "KL,NL")]
    public void Other_occasions_are_left(string id, string kind, string people, string otherKind, string otherPeople, string expected,
        string? placed = "KL", string? otherDate = null, string status = "held", string otherStates = "KL,VK", string date = "2031-05-12")
    {
        string got = People(Fact(1, kind, people, date, placed, status), Fact(2, otherKind, otherPeople, otherDate, states: otherStates));
        Assert.Equal((id, expected), (id, got));
    }

    [Fact]
    public void Talks_placed_in_another_state_than_the_visit_take_nobody()
        // "Penn arrived in Kelmland on Monday. … The two states' committee first met in Vesk's capital." (the meeting placed in Vesk)
        => Assert.Equal("a-1 meeting: | a-2 visit:arlo-penn",
            People(Fact(1, "meeting", "", placed: "VK"), Fact(2, "visit", "arlo-penn", placed: "KL")));

    [Fact]
    public void A_visit_told_far_from_the_talks_takes_nobody()
        // "Penn met Berg in Tarsk on Tuesday. … (background paragraphs) In December a Veskan ship made a port call at Kelmport."
        => Assert.Equal("a-1 meeting:arlo-penn,ola-berg | a-2 visit:",
            People(Fact(1, "meeting", "arlo-penn,ola-berg", placed: "KL"), Fact(2, "visit", "", "--12", placed: "KL", line: 11)));

    [Fact]
    public void Talks_beside_two_visits_take_nobody()
        => Assert.Equal("a-1 meeting: | a-2 visit:arlo-penn | a-3 visit:ola-berg",
            People(Fact(1, "meeting", ""), Fact(2, "visit", "arlo-penn", placed: "KL"), Fact(3, "visit", "ola-berg", placed: "VK")));

    [Fact]
    public void One_occasion_filled_here_fills_no_other()
        // The talks told with nobody take the people of the one visit told with people; the other visit, told with nobody,
        // sees the talks as the rules before left them (with nobody) and takes no one from them.
        => Assert.Equal("a-1 meeting:arlo-penn | a-2 visit: | a-3 visit:arlo-penn",
            People(Fact(1, "meeting", ""), Fact(2, "visit", "", placed: "KL"), Fact(3, "visit", "arlo-penn", placed: "KL")));

    [Fact]
    public void Talks_held_with_the_hosts_only_take_the_visitors()
        // "Arlo Penn arrived in Kelmland on Monday, received by Ola Berg. … At the talks, chief of staff Tam Ode of Kelmland
        // presented a training plan." (the talks told with the host's people only)
        => Assert.Equal("a-1 visit:arlo-penn,ola-berg | a-2 meeting:tam-ode,arlo-penn",
            People(Fact(1, "visit", "arlo-penn,ola-berg", "2031-05-12", placed: "KL"), Fact(2, "meeting", "tam-ode", "2031-05-12")));

    [Theory]
    // Guards: talks holding one of the visit's people of untold state (a visitor, maybe), or someone of the visitor's state
    // already; a visit placed nowhere, or in the visitor's state; a visit holding no visitor; planned talks; a drill; two
    // visits; talks told far from the visit; talks of no date beside a visit dated to its day: nothing.
    [InlineData("PVH1", "ida-moss,arlo-penn", "KL", "ida-moss,tam-ode", "held", "meeting")]
    [InlineData("PVH2", "arlo-penn,ola-berg", "KL", "arlo-penn,tam-ode", "held", "meeting")]
    [InlineData("PVH3", "arlo-penn,ola-berg", null, "tam-ode", "held", "meeting")]
    [InlineData("PVH4", "arlo-penn,ola-berg", "VK", "tam-ode", "held", "meeting")]
    [InlineData("PVH5", "ola-berg", "KL", "tam-ode", "held", "meeting")]
    [InlineData("PVH6", "arlo-penn,ola-berg", "KL", "tam-ode", "planned", "meeting")]
    [InlineData("PVH7", "arlo-penn,ola-berg", "KL", "tam-ode", "held", "exercise")]
    [InlineData("PVH8", "arlo-penn,ola-berg", "KL", "tam-ode", "held", "meeting", null)]
    public void Talks_of_other_forms_take_no_visitor(string id, string visitPeople, string? placed, string talksPeople, string status, string kind,
        string? talksDate = "2031-05")
    {
        string expected = "a-1 visit:" + visitPeople + " | a-2 " + kind + ":" + talksPeople;
        string got = People(Fact(1, "visit", visitPeople, "2031-05-12", placed), Fact(2, kind, talksPeople, talksDate, status: status));
        Assert.Equal((id, expected), (id, got));
    }

    [Fact]
    public void Talks_told_only_on_the_visits_lines_take_no_visitor()
        // "Arlo Penn arrived in Kelmland for talks with Tam Ode." (one occasion told as a visit and as talks)
        => Assert.Equal("a-1 visit:arlo-penn,ola-berg | a-2 meeting:tam-ode",
            People(Fact(1, "visit", "arlo-penn,ola-berg", "2031-05-12", placed: "KL"), Fact(2, "meeting", "tam-ode", "2031-05-12", line: 1)));

    [Fact]
    public void Talks_beside_two_visits_or_told_far_take_no_visitor()
        => Assert.Equal("a-1 meeting:tam-ode | a-2 visit:arlo-penn,ola-berg | a-3 visit:arlo-penn | a-4 meeting:tam-ode | a-5 visit:arlo-penn",
            string.Join(" | ", new[]
            {
                People(Fact(1, "meeting", "tam-ode"), Fact(2, "visit", "arlo-penn,ola-berg", placed: "KL"), Fact(3, "visit", "arlo-penn", placed: "KL")),
                People(Fact(4, "meeting", "tam-ode"), Fact(5, "visit", "arlo-penn", placed: "KL", line: 11)),
            }));
}
