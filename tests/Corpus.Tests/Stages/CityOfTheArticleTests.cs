using Corpus.Extraction.Events;
using Corpus.Extraction.Model;

namespace Corpus.Tests.Stages;

/// <summary>
/// An occasion placed in a state but in no city takes the article's one city, when every placed occasion of the article lies in
/// that state and every occasion naming a city names that one, one of them of the writing's year or of no year; never an
/// occasion dated in another year (which bars nothing either), nor one dated in another month than every dated city-naming
/// occasion (<see cref="EventStage.CityOfTheArticle"/>, run after <see cref="EventStage.StateOfTheArticle"/>).
/// </summary>
public class CityOfTheArticleTests
{
    // An occasion of the article: a held meeting with its date, its place (city and state, either may be missing) and its states.
    // CityOfTheUnplacedTests builds its occasions with it too.
    internal static EngagementFact Fact(int n, string? date, string? city, string? state, params string[] countries)
        => new("a-" + n, "meeting", "held", date, city is null && state is null ? null : new LocationFact(null, city, state),
            countries.ToEquatableArray(), EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, null,
            EquatableArray<EvidenceFact>.Empty);

    private static string Places(int? year, params EngagementFact[] engagements)
        => string.Join(" | ", EventStage.CityOfTheArticle(engagements.ToEquatableArray(), year)
            .Select(e => e.Id + " " + (e.Location?.Country ?? "-") + " " + (e.Location?.City ?? "-")));

    [Fact]
    public void An_occasion_of_the_one_state_takes_the_one_city()
        // The talks in Kelm lie in Ostria: the signing placed in Ostria alone takes Kelm; an occasion placed nowhere does not
        // (the article's one state is given to it first, by StateOfTheArticle, or not at all).
        => Assert.Equal("a-1 OS Kelm | a-2 OS Kelm | a-3 - -",
            Places(2023, Fact(1, "2023-04-24", "Kelm", "OS", "OS", "VK"), Fact(2, null, null, "OS", "OS", "VK"), Fact(3, null, null, null, "OS", "VK")));

    [Fact]
    public void Two_cities_or_two_states_give_none()
    {
        Assert.Equal("a-1 OS Kelm | a-2 OS Brenn | a-3 OS -",
            Places(2023, Fact(1, null, "Kelm", "OS", "OS", "VK"), Fact(2, null, "Brenn", "OS", "OS", "VK"), Fact(3, null, null, "OS", "OS", "VK")));
        Assert.Equal("a-1 OS Kelm | a-2 VK - | a-3 OS -",
            Places(2023, Fact(1, null, "Kelm", "OS", "OS", "VK"), Fact(2, null, null, "VK", "OS", "VK"), Fact(3, null, null, "OS", "OS", "VK")));
    }

    [Fact]
    public void An_occasion_of_another_year_neither_gives_nor_takes_the_city()
    {
        // The pact signed in Kelm in 2019 is background: the talks of the writing's year take no city from it.
        Assert.Equal("a-1 OS - | a-2 OS Kelm",
            Places(2023, Fact(1, "2023-04-24", null, "OS", "OS", "VK"), Fact(2, "2019", "Kelm", "OS", "OS", "VK")));
        // A meeting dated in 2019 takes no city from the talks of the writing's year; one of no year does (one of the talks' month:
        // a meeting of another month takes none, An_occasion_of_another_month_takes_no_city).
        Assert.Equal("a-1 OS Kelm | a-2 OS - | a-3 OS Kelm",
            Places(2023, Fact(1, "2023-04-24", "Kelm", "OS", "OS", "VK"), Fact(2, "2019-05", null, "OS", "OS", "VK"), Fact(3, "--04", null, "OS", "OS", "VK")));
        // Of no known writing year the year is no background, but a year other than the dated talks' is another month's.
        Assert.Equal("a-1 OS Kelm | a-2 OS - | a-3 OS Kelm",
            Places(null, Fact(1, "2023-04-24", "Kelm", "OS", "OS", "VK"), Fact(2, "2019-05", null, "OS", "OS", "VK"), Fact(3, "2023", null, "OS", "OS", "VK")));
    }

    [Fact]
    public void An_occasion_of_another_year_bars_nothing()
    {
        // The exercise held in Vesk in 2019 is background: it does not keep the signing of the writing's year from the city of the
        // talks in Kelm (it stays where it was held, and takes nothing).
        Assert.Equal("a-1 OS Kelm | a-2 OS Kelm | a-3 VK Brenn",
            Places(2023, Fact(1, "2023-04-24", "Kelm", "OS", "OS", "VK"), Fact(2, null, null, "OS", "OS", "VK"), Fact(3, "2019-06", "Brenn", "VK", "OS", "VK")));
        // Of no known writing year, nothing is background: two states give none.
        Assert.Equal("a-1 OS Kelm | a-2 OS - | a-3 VK Brenn",
            Places(null, Fact(1, "2023-04-24", "Kelm", "OS", "OS", "VK"), Fact(2, null, null, "OS", "OS", "VK"), Fact(3, "2019-06", "Brenn", "VK", "OS", "VK")));
    }

    [Fact]
    public void An_occasion_of_another_month_takes_no_city()
    {
        // The frigate's call at Kelm is told for November; the envoy's call on the minister on 26 October was another day's
        // business and takes no city; an occasion of no date, or of the call's month, still does.
        Assert.Equal("a-1 OS Kelm | a-2 OS - | a-3 OS Kelm | a-4 OS Kelm",
            Places(2023, Fact(1, "--11", "Kelm", "OS", "OS", "VK"), Fact(2, "--10-26", null, "OS", "OS", "VK"), Fact(3, null, null, "OS", "OS", "VK"),
                Fact(4, "2023-11-02", null, "OS", "OS", "VK")));
        // Of no known writing year, a year other than the dated city-naming occasion's is another month's too.
        Assert.Equal("a-1 OS Kelm | a-2 OS -",
            Places(null, Fact(1, "2021-09-06", "Kelm", "OS", "OS", "VK"), Fact(2, "2021-08", null, "OS", "OS", "VK")));
        // No city-naming occasion told with a date: nothing is decided by months.
        Assert.Equal("a-1 OS Kelm | a-2 OS Kelm",
            Places(2023, Fact(1, null, "Kelm", "OS", "OS", "VK"), Fact(2, "--10-26", null, "OS", "OS", "VK")));
    }

    [Fact]
    public void An_occasion_not_of_the_state_takes_nothing()
        // The drill of Vesk and Tarn, placed in Ostria by a rule that gave it no city, is not an occasion of Ostria's.
        => Assert.Equal("a-1 OS Kelm | a-2 OS -",
            Places(2023, Fact(1, null, "Kelm", "OS", "OS", "VK"), Fact(2, null, null, "OS", "TN", "VK")));
}
