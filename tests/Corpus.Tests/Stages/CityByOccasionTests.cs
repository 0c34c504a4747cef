using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Resolve;

namespace Corpus.Tests.Stages;

/// <summary>
/// A held occasion placed only in a country takes the one city of the other held occasions of the
/// same states there that one of its visitors attended (<see cref="EngagementBuilder.CityByOccasion"/>),
/// from the cities those occasions had before: a city given this way is not passed on.
/// </summary>
public class CityByOccasionTests
{
    private static Party Person(string name, string country)
        => new(new ResolvedOfficial(name, EquatableArray<string>.Empty, country, CountryBasis.Stated, EquatableArray<PositionFact>.Empty, null, null, 0));

    // Held is the status a draft starts with.
    private static EngagementDraft Held(string? city, params Party[] people)
    {
        var e = new EngagementDraft { LocationCountry = "LA", City = city };
        e.Countries.AddRange(new[] { "KH", "LA" });
        e.Participants.AddRange(people);
        return e;
    }

    [Fact]
    public void An_occasion_takes_the_city_of_one_its_visitor_attended_and_passes_it_on_to_no_other()
    {
        var first = Person("Orin Vessa", "KH");
        var second = Person("Tal Morrow", "KH");
        var placed = Held("Tarnvale", first);
        var withBoth = Held(null, first, second);
        var withSecond = Held(null, second);
        var result = new List<EngagementDraft> { placed, withBoth, withSecond };

        EngagementBuilder.CityByOccasion(result);

        Assert.Equal("Tarnvale", placed.City);
        Assert.Equal("Tarnvale", withBoth.City);
        Assert.Null(withSecond.City);
    }

    [Fact]
    public void Occasions_that_name_two_cities_give_none()
    {
        var visitor = Person("Orin Vessa", "KH");
        var unplaced = Held(null, visitor);
        var result = new List<EngagementDraft> { Held("Tarnvale", visitor), unplaced, Held("Essport", visitor) };

        EngagementBuilder.CityByOccasion(result);

        Assert.Null(unplaced.City);
    }
}
