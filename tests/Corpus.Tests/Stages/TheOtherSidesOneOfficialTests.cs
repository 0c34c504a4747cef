using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Resolve;

namespace Corpus.Tests.Stages;

/// <summary>
/// A held occasion of two states told with one state's people only seats the other state's one official of the article
/// seated on no occasion (<see cref="EventStage.TheOtherSidesOneOfficial"/>). The states and people are invented stand-ins
/// (Vesk VK, Kelmland KL, Norland NL; Arlo Penn of Vesk, Ola Berg and Tam Ode of Kelmland).
/// </summary>
public class TheOtherSidesOneOfficialTests
{
    private static ResolvedOfficial Person(string name, string? country, params string[] aliases)
        => new(name, aliases.ToEquatableArray(), country, CountryBasis.Stated, EquatableArray<PositionFact>.Empty, null, null, 0);

    private static EngagementFact Fact(int n, string kind, string people, string status = "held", string states = "KL,VK")
        => new("a-" + n, kind, status, null, null, states.Split(',').ToEquatableArray(),
            (people.Length == 0 ? Array.Empty<string>() : people.Split(',')).ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, null, new[] { new EvidenceFact(n, 1, "") }.ToEquatableArray());

    private static string Seated(ResolvedOfficial[] officials, params EngagementFact[] engagements)
    {
        var states = officials.ToDictionary(o => o.Id, o => o.Country);
        return string.Join(" | ", EventStage.TheOtherSidesOneOfficial(engagements.ToEquatableArray(), officials, states)
            .Select(e => e.Id + " " + e.Kind + ":" + string.Join(",", e.Participants)));
    }

    private static readonly ResolvedOfficial s_penn = Person("Arlo Penn", "VK", "Penn");
    private static readonly ResolvedOfficial s_berg = Person("Ola Berg", "KL", "Berg");
    private static readonly ResolvedOfficial s_ode = Person("Tam Ode", "KL");

    [Fact]
    public void The_other_states_one_official_seated_nowhere_takes_a_seat()
        // "Minister Arlo Penn of Vesk arrived in Kelmland on Monday. … Kelmland's defence minister Ola Berg said the two sides
        // would train together."
        => Assert.Equal("a-1 visit:arlo-penn,ola-berg", Seated(new[] { s_penn, s_berg }, Fact(1, "visit", "arlo-penn")));

    [Theory]
    // TOS2: two officials of Kelmland seated nowhere: nobody is chosen.
    [InlineData("TOS2", "a-1 visit:arlo-penn", "visit", "arlo-penn", "held", "KL,VK", true)]
    // TOS3: a planned occasion is left.
    [InlineData("TOS3", "a-1 visit:arlo-penn", "visit", "arlo-penn", "planned")]
    // TOS4: an occasion of other states (Vesk and Norland) has no Kelmland side to seat.
    [InlineData("TOS4", "a-1 visit:arlo-penn", "visit", "arlo-penn", "held", "NL,VK")]
    // TOS5: an occasion told with nobody, or with both sides, is left.
    [InlineData("TOS5", "a-1 visit:", "visit", "", "held")]
    [InlineData("TOS6", "a-1 meeting:arlo-penn,tam-ode", "meeting", "arlo-penn,tam-ode", "held", "KL,VK", true)]
    public void Other_occasions_are_left(string id, string expected, string kind, string people, string status = "held",
        string states = "KL,VK", bool withTamOde = false)
    {
        var officials = withTamOde ? new[] { s_penn, s_berg, s_ode } : new[] { s_penn, s_berg };
        Assert.Equal((id, expected), (id, Seated(officials, Fact(1, kind, people, status, states))));
    }

    [Fact]
    public void Two_occasions_wanting_the_same_official_take_nobody()
        // A visit and a later drill, each told with Vesk's people only: which one Ola Berg stood at is not told.
        => Assert.Equal("a-1 visit:arlo-penn | a-2 exercise:arlo-penn",
            Seated(new[] { s_penn, s_berg }, Fact(1, "visit", "arlo-penn"), Fact(2, "exercise", "arlo-penn")));

    [Fact]
    public void An_official_one_of_whose_names_is_someone_seated_is_the_same_person()
        // "Berg" seated on the talks, "Ola Berg" seated nowhere: one person told under two forms.
        => Assert.Equal("a-1 visit:arlo-penn | a-2 meeting:berg,arlo-penn",
            Seated(new[] { s_penn, Person("Berg", "KL"), s_berg }, Fact(1, "visit", "arlo-penn"), Fact(2, "meeting", "berg,arlo-penn")));
}
