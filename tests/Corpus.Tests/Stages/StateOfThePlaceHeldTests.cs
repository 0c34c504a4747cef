using Corpus.Extraction.Events;
using Corpus.Extraction.Model;

namespace Corpus.Tests.Stages;

/// <summary>
/// An occasion placed in a state that is none of its parties, one of whose people is of that state, takes the place's state
/// as a party too (<see cref="EventStage.StateOfThePlaceHeld"/>). The people and their states are invented.
/// </summary>
public class StateOfThePlaceHeldTests
{
    private static readonly Dictionary<string, string?> s_countries = new() { ["ola-berg"] = "NO", ["lina-vask"] = "EE", ["tor-lind"] = "SE", ["ama-kelm"] = null };

    private static string States(string placed, params string[] people)
    {
        var e = new EngagementFact("a-1", "meeting", "held", null, new LocationFact(null, "Kelm", placed), new[] { "EE", "NO" }.ToEquatableArray(),
            people.ToEquatableArray(), EquatableArray<string>.Empty, EquatableArray<string>.Empty, null, EquatableArray<EvidenceFact>.Empty);
        return string.Join(",", EventStage.StateOfThePlaceHeld(new[] { e }.ToEquatableArray(), s_countries)[0].Countries);
    }

    [Theory]
    // SPH1: a meeting in Sweden with a Swede among its people is Sweden's too.
    [InlineData("SPH1", "SE", "ola-berg,lina-vask,tor-lind", "EE,NO,SE")]
    // Guards: nobody of the place's state, or a person of unknown state, or a place in one of its states.
    [InlineData("SPH2", "SE", "ola-berg,lina-vask", "EE,NO")]
    [InlineData("SPH3", "SE", "ola-berg,ama-kelm", "EE,NO")]
    [InlineData("SPH4", "NO", "ola-berg,lina-vask", "EE,NO")]
    public void An_occasion_takes_the_state_of_its_place_when_someone_of_it_is_there(string id, string placed, string people, string expected)
        => Assert.Equal((id, expected), (id, States(placed, people.Split(','))));
}
