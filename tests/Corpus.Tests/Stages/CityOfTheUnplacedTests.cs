using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Stages;

/// <summary>
/// An occasion placed nowhere (no city, no state) after every other rule of place takes the article's one city and its state,
/// when that state is one of the occasion's, the occasion is of the writing's year or of no year, and its own sentences leave it
/// open (<see cref="EventStage.CityOfTheUnplaced"/>; the city is <see cref="EngagementBuilder.OnlyCityNamed"/>'s, the openness
/// <see cref="EngagementBuilder.OpenToTheOnlyCity"/>'s).
/// </summary>
public class CityOfTheUnplacedTests
{
    private static EngagementFact Fact(int n, string? date, string? city, string? state, params string[] countries)
        => CityOfTheArticleTests.Fact(n, date, city, state, countries);

    private static string Places(int? year, Func<EngagementFact, bool> open, params EngagementFact[] engagements)
        => string.Join(" | ", EventStage.CityOfTheUnplaced(engagements.ToEquatableArray(), "Kelm", "OS", year, open)
            .Select(e => e.Id + " " + (e.Location?.Country ?? "-") + " " + (e.Location?.City ?? "-")));

    [Fact]
    public void An_occasion_placed_nowhere_takes_the_one_city_and_its_state()
        // The talks of Ostria and Vesk take Kelm, Ostria; an occasion placed in a state keeps it (another rule placed it), and one
        // between Vesk and Brennia, neither of them Kelm's state, takes nothing.
        => Assert.Equal("a-1 OS Kelm | a-2 VK - | a-3 - -",
            Places(2023, _ => true, Fact(1, "2023-04-24", null, null, "OS", "VK"), Fact(2, null, null, "VK", "OS", "VK"), Fact(3, null, null, null, "BR", "VK")));

    [Fact]
    public void Background_or_an_occasion_placed_by_its_own_sentences_takes_nothing()
    {
        // The pact of 2019 is background in a report of 2023; an occasion of no year, or of an unknown writing year, is not.
        Assert.Equal("a-1 - - | a-2 OS Kelm", Places(2023, _ => true, Fact(1, "2019-05", null, null, "OS", "VK"), Fact(2, "--04", null, null, "OS", "VK")));
        Assert.Equal("a-1 OS Kelm", Places(null, _ => true, Fact(1, "2019-05", null, null, "OS", "VK")));
        // Talks whose own sentence names Vesk as their place, or another listed city, are left open.
        Assert.Equal("a-1 - - | a-2 OS Kelm", Places(2023, e => e.Id != "a-1", Fact(1, null, null, null, "OS", "VK"), Fact(2, null, null, null, "OS", "VK")));
    }

    private static EngagementDraft Draft(string kind, IsoDate? date)
    {
        var e = new EngagementDraft { Kind = kind, Date = date };
        e.Countries.AddRange(new[] { "KE", "SG" });
        return e;
    }

    [Fact]
    public void An_occasion_the_dateline_s_rule_refused_is_not_open_to_the_one_city()
    {
        // Filed from Nairobi on 26 April: talks of no date take the dateline's city; an exercise (held afield) and talks of
        // 2 March (weeks before the writing) are refused by the dateline's rule, which marks them, and so stay closed to the
        // article's one city, the same Nairobi, for the later rule of the occasions placed nowhere.
        var cities = new Dictionary<string, string>(StringComparer.Ordinal) { ["Nairobi"] = "KE" };
        var talks = Draft("meeting", null);
        var exercise = Draft("exercise", null);
        var older = Draft("meeting", new IsoDate(2023, 3, 2));
        EngagementBuilder.CityByDateline(new List<EngagementDraft> { talks, exercise, older }, "Nairobi", cities, new IsoDate(2023, 4, 26));
        Assert.Equal(("Nairobi", false), (talks.City, talks.CityRefused));
        Assert.Equal(((string?)null, true, (string?)null, true), (exercise.City, exercise.CityRefused, older.City, older.CityRefused));
        Assert.False(EngagementBuilder.OpenToTheOnlyCity(exercise, "Nairobi", "KE", cities));
        Assert.False(EngagementBuilder.OpenToTheOnlyCity(older, "Nairobi", "KE", cities));
        Assert.True(EngagementBuilder.OpenToTheOnlyCity(Draft("meeting", null), "Nairobi", "KE", cities));
    }
}
