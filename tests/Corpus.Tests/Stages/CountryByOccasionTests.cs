using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Stages;

/// <summary>
/// A held occasion placed nowhere takes the one country of the other held occasions of the same states that one of its
/// people from outside that country attended, their dates not conflicting (<see cref="EngagementBuilder.CountryByOccasion"/>):
/// the country only, never a city.
/// </summary>
public class CountryByOccasionTests
{
    private static Party Person(string name, string country)
        => new(new ResolvedOfficial(name, EquatableArray<string>.Empty, country, CountryBasis.Stated, EquatableArray<PositionFact>.Empty, null, null, 0));

    // Held is the status a draft starts with.
    private static EngagementDraft Held(string? country, string? city, params Party[] people)
    {
        var e = new EngagementDraft { LocationCountry = country, City = city };
        e.Countries.AddRange(new[] { "KH", "LA" });
        e.Participants.AddRange(people);
        return e;
    }

    [Fact]
    public void An_unplaced_occasion_takes_the_country_of_one_its_visitor_attended_but_not_its_city()
    {
        var visitor = Person("Orin Vessa", "KH");
        var host = Person("Tal Morrow", "LA");
        var visit = Held("LA", "Tarnvale", visitor);
        var meeting = Held(null, null, visitor, host);
        var result = new List<EngagementDraft> { visit, meeting };

        EngagementBuilder.CountryByOccasion(result);

        Assert.Equal(("LA", null), (meeting.LocationCountry, meeting.City));
        Assert.Equal(("LA", "Tarnvale"), (visit.LocationCountry, visit.City));
    }

    [Fact]
    public void A_person_of_the_host_state_ties_no_occasion_to_its_place()
    {
        var host = Person("Tal Morrow", "LA");
        var meeting = Held(null, null, host, Person("Orin Vessa", "KH"));
        var result = new List<EngagementDraft> { Held("LA", null, host), meeting };

        EngagementBuilder.CountryByOccasion(result);

        Assert.Null(meeting.LocationCountry);
    }

    [Fact]
    public void An_occasion_of_a_conflicting_date_or_of_other_states_gives_no_country()
    {
        var visitor = Person("Orin Vessa", "KH");
        var visit = Held("LA", null, visitor);
        visit.Date = new IsoDate(2023, 3, null);
        var earlier = Held(null, null, visitor);
        earlier.Date = new IsoDate(2022, 11, null);
        var other = Held("TH", null, visitor);
        other.Countries.Clear();
        other.Countries.AddRange(new[] { "KH", "TH" });
        var result = new List<EngagementDraft> { visit, earlier, other };

        EngagementBuilder.CountryByOccasion(result);

        Assert.Null(earlier.LocationCountry);
    }

    [Fact]
    public void Occasions_placed_in_two_countries_give_none()
    {
        var visitor = Person("Orin Vessa", "VN");
        var unplaced = Held(null, null, visitor);
        var result = new List<EngagementDraft> { Held("LA", null, visitor), unplaced, Held("KH", null, visitor) };

        EngagementBuilder.CountryByOccasion(result);

        Assert.Null(unplaced.LocationCountry);
    }
}
