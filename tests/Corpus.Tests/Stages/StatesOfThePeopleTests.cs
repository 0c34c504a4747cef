using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Resolve;

namespace Corpus.Tests.Stages;

/// <summary>
/// An encounter (a meeting, a visit or a signing) of three or four states whose people, each of a known state, are all of
/// exactly two of them takes those two as its parties (<see cref="EventStage.StatesOfThePeople"/>): the other states,
/// whom nobody of the occasion stands for, were named as its context. Other kinds, a bloc's occasion of five states or more,
/// people of one state only, or a person of unknown state leave the states as read.
/// </summary>
public class StatesOfThePeopleTests
{
    private static ResolvedOfficial Person(string name, string? country)
        => new(name, EquatableArray<string>.Empty, country, country is null ? CountryBasis.Default : CountryBasis.Stated, EquatableArray<PositionFact>.Empty, null, null, 0);

    private static readonly ResolvedOfficial[] s_people =
    {
        Person("Ola Berg", "NO"), Person("Lina Vask", "EE"), Person("Jon Strand", "NO"), Person("Ama Kelm", null), Person("Toma Rist", "LV"),
    };

    private static EngagementFact Fact(string kind, string[] countries, params string[] people)
        => new("a-1", kind, "held", null, null, countries.ToEquatableArray(), people.ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, null, EquatableArray<EvidenceFact>.Empty);

    private static string States(EngagementFact e)
        => string.Join(",", EventStage.StatesOfThePeople(new[] { e }.ToEquatableArray(), s_people)[0].Countries);

    [Theory]
    // The people of two states: the third (and fourth) state named in the telling is context.
    [InlineData("STP1", "meeting", "EE,NO,UA", "ola-berg,lina-vask", "EE,NO")]
    [InlineData("STP2", "agreement", "EE,LV,NO,UA", "ola-berg,jon-strand,lina-vask", "EE,NO")]
    [InlineData("STP3", "visit", "EE,NO,SE", "lina-vask,ola-berg", "EE,NO")]
    // Guards: another kind of occasion, five states, people of one state, a person of unknown state, a person of a state the
    // engagement does not hold, and people of three states leave the states as read.
    [InlineData("STP4", "exercise", "EE,NO,UA", "ola-berg,lina-vask", "EE,NO,UA")]
    [InlineData("STP5", "meeting", "DK,EE,FI,NO,SE", "ola-berg,lina-vask", "DK,EE,FI,NO,SE")]
    [InlineData("STP6", "meeting", "EE,NO,UA", "ola-berg,jon-strand", "EE,NO,UA")]
    [InlineData("STP7", "meeting", "EE,NO,UA", "ola-berg,lina-vask,ama-kelm", "EE,NO,UA")]
    [InlineData("STP8", "meeting", "EE,NO,UA", "ola-berg,lina-vask,toma-rist", "EE,NO,UA")]
    [InlineData("STP9", "meeting", "EE,LV,NO", "ola-berg,lina-vask,toma-rist", "EE,LV,NO")]
    public void An_encounter_keeps_the_states_of_its_people(string id, string kind, string countries, string people, string expected)
        => Assert.Equal((id, expected), (id, States(Fact(kind, countries.Split(','), people.Split(',')))));

    [Fact]
    public void Each_engagement_of_an_article_is_read_alone()
    {
        var engagements = new[] { Fact("meeting", new[] { "EE", "NO" }, "ola-berg"), Fact("meeting", new[] { "EE", "NO", "UA" }, "ola-berg", "lina-vask") };
        var result = EventStage.StatesOfThePeople(engagements.ToEquatableArray(), s_people);
        Assert.Equal(new[] { "EE,NO", "EE,NO" }, result.Select(e => string.Join(",", e.Countries)).ToArray());
        Assert.Equal(engagements[0], result[0]);
    }
}
