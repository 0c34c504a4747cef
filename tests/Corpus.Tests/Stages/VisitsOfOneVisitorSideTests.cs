using Corpus.Extraction.Events;
using Corpus.Extraction.Model;

namespace Corpus.Tests.Stages;

/// <summary>
/// A visit is one side calling on another: a visit that names nobody and holds three or more states is two visits folded
/// into one or a visit given a state of its context, and is no engagement of the article unless it is the article's only
/// occasion (<see cref="EventStage.VisitsOfOneVisitorSide"/>). A visit naming someone, a visit of two states and every other
/// kind are kept. The states are invented stand-ins (Vesk, Kelmland, Norland).
/// </summary>
public class VisitsOfOneVisitorSideTests
{
    private static EngagementFact Fact(int n, string kind, string people, params string[] countries)
        => new("a-" + n, kind, "held", null, null, countries.ToEquatableArray(),
            (people.Length == 0 ? Array.Empty<string>() : people.Split(',')).ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, null, EquatableArray<EvidenceFact>.Empty);

    private static string Kept(params EngagementFact[] engagements)
        => string.Join(" | ", EventStage.VisitsOfOneVisitorSide(engagements.ToEquatableArray())
            .Select(e => e.Id + " " + e.Kind + " " + string.Join(",", e.Countries)));

    [Fact]
    public void A_visit_of_three_states_naming_nobody_beside_another_occasion_is_left_out()
        // Vesk's frigates docked days after a call by Norland's ships (one visit of three states), beside the drill they came for.
        => Assert.Equal("a-2 exercise KL,VK", Kept(Fact(1, "visit", "", "KL", "NL", "VK"), Fact(2, "exercise", "", "KL", "VK")));

    [Theory]
    // Guards: the article's only occasion stays (a ship on a mission led by a third state); so do a visit naming someone, a
    // visit of two states and a drill of three.
    [InlineData("VOS1", "visit", "", "KL,NL,VK", false, "a-1 visit KL,NL,VK")]
    [InlineData("VOS2", "visit", "ola-berg", "KL,NL,VK", true, "a-1 visit KL,NL,VK | a-2 meeting KL,VK")]
    [InlineData("VOS3", "visit", "", "KL,VK", true, "a-1 visit KL,VK | a-2 meeting KL,VK")]
    [InlineData("VOS4", "exercise", "", "KL,NL,VK", true, "a-1 exercise KL,NL,VK | a-2 meeting KL,VK")]
    public void Other_occasions_are_kept(string id, string kind, string people, string states, bool second, string expected)
    {
        var first = Fact(1, kind, people, states.Split(','));
        string kept = second ? Kept(first, Fact(2, "meeting", "lee-tan", "KL", "VK")) : Kept(first);
        Assert.Equal((id, expected), (id, kept));
    }
}
