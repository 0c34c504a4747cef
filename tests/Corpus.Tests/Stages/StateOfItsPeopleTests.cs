using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Resolve;

namespace Corpus.Tests.Stages;

/// <summary>
/// An occasion of two states whose people are of one of them and of exactly one state outside them takes that state in place of
/// the one none of its people is of (<see cref="EventStage.StateOfItsPeople"/>). A person's state is a leader's state of record, else the article's (<see cref="EventStage.StatesOfRecord"/>);
/// the home side given by default to someone of untold country tells no outside state. The people and leaders are invented.
/// </summary>
public class StateOfItsPeopleTests
{
    private static readonly Dictionary<string, string?> s_countries = new()
    {
        ["ola-berg"] = "NO", ["lina-vask"] = "EE", ["ama-kelm"] = null, ["toma-rist"] = "LV", ["ivo-saar"] = "FI", ["eno-dahl"] = "DK",
    };

    // Everyone but Eno Dahl, whose Denmark is only the home side given by default.
    private static readonly HashSet<string> s_told = new() { "ola-berg", "lina-vask", "toma-rist", "ivo-saar" };

    private static EngagementFact Fact(string[] countries, params string[] people)
        => new("a-1", "meeting", "held", null, null, countries.ToEquatableArray(), people.ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, null, EquatableArray<EvidenceFact>.Empty);

    private static string States(string countries, string people)
        => string.Join(",", EventStage.StateOfItsPeople(new[] { Fact(countries.Split(','), people.Split(',', StringSplitOptions.RemoveEmptyEntries)) }
            .ToEquatableArray(), s_countries, s_told)[0].Countries);

    [Theory]
    // SIP1: "Minister Lina Vask met Norland's Ola Berg in Riga", read as a meeting of Estonia and Latvia (the place's state):
    // Latvia, held by nobody of the meeting, gives way to Norway, the one state of its people outside it.
    [InlineData("SIP1", "EE,LV", "lina-vask,ola-berg", "EE,NO")]
    // SIP3: a person of unknown state is not read.
    [InlineData("SIP3", "EE,LV", "lina-vask,ola-berg,ama-kelm", "EE,NO")]
    // Guards: people of its own states only; of two outside states; two states held by nobody; nobody; an outside state
    // given only by the home side's default; both states held with a third state's person beside them (no third party joins);
    // an occasion of three states.
    [InlineData("SIP5", "EE,NO", "lina-vask,ola-berg", "EE,NO")]
    [InlineData("SIP6", "EE,LV", "lina-vask,ola-berg,ivo-saar", "EE,LV")]
    [InlineData("SIP7", "LT,LV", "ola-berg", "LT,LV")]
    [InlineData("SIP8", "EE,LV", "", "EE,LV")]
    [InlineData("SIP9", "EE,LV", "lina-vask,eno-dahl", "EE,LV")]
    [InlineData("SIP2", "EE,LV", "lina-vask,toma-rist,ola-berg", "EE,LV")]
    [InlineData("SIP4", "EE,LV,SE", "lina-vask,toma-rist,ola-berg", "EE,LV,SE")]
    public void An_occasion_takes_the_one_outside_state_of_its_people(string id, string countries, string people, string expected)
        => Assert.Equal((id, expected), (id, States(countries, people)));

    private static ResolvedOfficial Person(string name, string? country, CountryBasis basis, params string[] aliases)
        => new(name, aliases.ToEquatableArray(), country, basis, EquatableArray<PositionFact>.Empty, null, null, 0);

    [Fact]
    public void A_leaders_state_of_record_is_the_persons_state()
    {
        var leaders = new Dictionary<string, string>(StringComparer.Ordinal) { ["arlo-venn"] = "NO", ["kel-tamsin"] = "FI" };
        // Of untold country in the article, of record by name; of record by a spelling the article also gives; stated; the home default.
        var people = new[]
        {
            Person("Arlo Venn", null, CountryBasis.Default),
            Person("Tamsin Kel", "EE", CountryBasis.Inferred, "Kel Tamsin"),
            Person("Lina Vask", "EE", CountryBasis.Stated),
            Person("Eno Dahl", "DK", CountryBasis.Default),
        };
        var (states, told) = EventStage.StatesOfRecord(people, leaders);
        Assert.Equal(new[] { "NO", "FI", "EE", "DK" }, people.Select(p => states[p.Id]));
        Assert.Equal(new[] { true, true, true, false }, people.Select(p => told.Contains(p.Id)));
    }

    // The sixty-third round: the Resolve stage gives an official of untold state the leader's state of record, as stated, before any
    // occasion is read (ArticleResolver.StateOfRecordIfUntold); a state the article tells is kept, and a name the table does not
    // know, or whose spellings it gives two states, stays untold.
    [Fact]
    public void A_leaders_state_of_record_is_stated_before_the_occasions_are_read()
    {
        var leaders = new Dictionary<string, string>(StringComparer.Ordinal) { ["arlo-venn"] = "NO", ["kel-tamsin"] = "FI", ["tamsin-kel"] = "EE" };
        Assert.Equal(("NO", CountryBasis.Stated), ArticleResolver.StateOfRecordIfUntold(null, CountryBasis.Inferred, "Arlo Venn", Array.Empty<string>(), leaders));
        Assert.Equal(("NO", CountryBasis.Stated), ArticleResolver.StateOfRecordIfUntold(null, CountryBasis.Inferred, "General Arlo", new[] { "Arlo Venn" }, leaders));
        Assert.Equal(("DK", CountryBasis.Stated), ArticleResolver.StateOfRecordIfUntold("DK", CountryBasis.Stated, "Arlo Venn", Array.Empty<string>(), leaders));
        Assert.Equal(((string?)null, CountryBasis.Inferred), ArticleResolver.StateOfRecordIfUntold(null, CountryBasis.Inferred, "Lina Vask", Array.Empty<string>(), leaders));
        Assert.Equal(((string?)null, CountryBasis.Inferred), ArticleResolver.StateOfRecordIfUntold(null, CountryBasis.Inferred, "Kel Tamsin", new[] { "Tamsin Kel" }, leaders));
    }
}
