using Corpus.Extraction.Events;
using Corpus.Extraction.Model;

namespace Corpus.Tests.Stages;

/// <summary>
/// An occasion of two states one of which none of its people is of, while exactly one of its people's states lies outside
/// them and is a party of another occasion of the article, takes that state in place of the one nobody stands for
/// (<see cref="EventStage.StateOfItsPeople"/>). The people and their states are invented.
/// </summary>
public class StateOfItsPeopleTests
{
    private static readonly Dictionary<string, string?> s_countries = new()
    {
        ["ola-berg"] = "NO", ["lina-vask"] = "EE", ["jon-strand"] = "NO", ["ama-kelm"] = null, ["toma-rist"] = "LV", ["ivo-saar"] = "FI",
    };

    private static EngagementFact Fact(int n, string[] countries, params string[] people)
        => new("a-" + n, "meeting", "held", null, null, countries.ToEquatableArray(), people.ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, null, EquatableArray<EvidenceFact>.Empty);

    private static string States(params EngagementFact[] engagements)
        => string.Join(" | ", EventStage.StateOfItsPeople(engagements.ToEquatableArray(), s_countries).Select(e => string.Join(",", e.Countries)));

    [Theory]
    // SIP1: Latvia, held by nobody of the meeting, gives way to Norway, its visitor's state and a party of the article's other occasion.
    [InlineData("SIP1", "EE,LV", "lina-vask,ola-berg", "EE,NO | EE,NO")]
    // SIP2: a person of unknown state is not read.
    [InlineData("SIP2", "EE,LV", "lina-vask,ola-berg,ama-kelm", "EE,NO | EE,NO")]
    // Guards: people of its own states only, of two outside states, of no state the occasion holds, or nobody.
    [InlineData("SIP3", "EE,NO", "lina-vask,ola-berg", "EE,NO | EE,NO")]
    [InlineData("SIP4", "EE,LV", "lina-vask,ola-berg,ivo-saar", "EE,LV | EE,NO")]
    [InlineData("SIP5", "DK,LV", "ola-berg", "DK,LV | EE,NO")]
    [InlineData("SIP6", "EE,LV", "", "EE,LV | EE,NO")]
    public void An_occasion_of_two_states_takes_the_state_of_its_people(string id, string countries, string people, string expected)
        => Assert.Equal((id, expected), (id, States(
            Fact(1, countries.Split(','), people.Split(',', StringSplitOptions.RemoveEmptyEntries)), Fact(2, new[] { "EE", "NO" }, "jon-strand"))));

    [Fact]
    public void An_outside_state_no_other_occasion_holds_is_not_taken()
        => Assert.Equal("EE,LV | DK,EE", States(Fact(1, new[] { "EE", "LV" }, "lina-vask", "ola-berg"), Fact(2, new[] { "DK", "EE" }, "lina-vask")));
}
