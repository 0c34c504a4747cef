using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Stages;

/// <summary>
/// In an article without a publication year, an occasion dated by a month (and day) without a year takes the year the
/// article gives that month: its date stamp ("date 2031-06 …", <see cref="Segmenter.StampMonth"/>) or a date of its text
/// written with the year; never when the month is given two years, nor when the publication year is known
/// (<see cref="EventStage.YearsOfTheArticle"/>). The states (Vesk, Norland), the people and the sentences are invented.
/// </summary>
public class YearsOfTheArticleTests
{
    private static EngagementFact Fact(int n, string? date)
        => new("a-" + n, "meeting", "held", date, null, new[] { "NL", "VK" }.ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, EquatableArray<string>.Empty, null, EquatableArray<EvidenceFact>.Empty);

    private static string Dated(string text, string? published, params string?[] dates)
    {
        IsoDate? reference = IsoDate.TryParse(published, out var p) ? p : null;
        var mentions = Segmenter.Split(text).Select(s => (IReadOnlyList<DateMention>)DateRecognizer.Find(s.Text)).ToList();
        var engagements = dates.Select((d, i) => Fact(i + 1, d)).ToEquatableArray();
        return string.Join(" | ", EventStage.YearsOfTheArticle(engagements, reference, Segmenter.StampMonth(text), mentions)
            .Select(e => e.Date ?? "none"));
    }

    private const string Stamped = "date 2031-06 Talks in Kelm\n\nGeneral Oren Dask received on Thursday 6 June the Veskian army chief.";

    [Fact]
    public void A_day_and_month_of_the_stamps_month_take_its_year()
        => Assert.Equal("2031-06-06 | 2031-06", Dated(Stamped, null, "--06-06", "--06"));

    [Theory]
    // YOA1: another month than the stamp's keeps no year (a page of June may tell of last December).
    [InlineData("YOA1", Stamped, null, "--12-18", "--12-18")]
    // YOA2: a publication date with its year: the date was resolved against it already, and is left as it is.
    [InlineData("YOA2", Stamped, "2030-06-10", "--06-06", "--06-06")]
    // YOA3: a month the text writes with its year elsewhere ("in February, 2031") gives that year to "in February".
    [InlineData("YOA3", "The Norland frigate will call at Port Vesk in February, 2031.\n\nThe visit in February will last five days.", null, "--02", "2031-02")]
    // YOA4: the month written with two years is told apart by neither.
    [InlineData("YOA4", "The accord of 5 March 2029 was renewed on 2 March 2031.\n\nThe envoys met on 4 March.", null, "--03-04", "--03-04")]
    // YOA5: a year without the month ("since 2029") gives none.
    [InlineData("YOA5", "The envoys met on 4 March.\n\nThe two navies have trained together since 2029.", null, "--03-04", "--03-04")]
    // YOA6: a full stamp's month and year serve as well; a dated occasion and an undated one are left as they are.
    [InlineData("YOA6", "date 2031-06-05 Talks in Kelm\n\nThe envoys met on 4 June.", null, "--06-04", "2031-06-04")]
    public void Other_years_are_not_given(string id, string text, string? published, string date, string expected)
        => Assert.Equal((id, expected), (id, Dated(text, published, date)));

    [Fact]
    public void Dated_and_undated_occasions_are_left_alone()
        => Assert.Equal("2029-06-01 | none", Dated(Stamped, null, "2029-06-01", null));

    [Theory]
    [InlineData("date 2031-06 Talks in Kelm", 2031, 6)]
    [InlineData("  Published: 2031-06-05 Talks in Kelm", 2031, 6)]
    [InlineData("date 2031-13 Talks in Kelm", 0, 0)]
    [InlineData("date 2031-061 Talks in Kelm", 0, 0)]
    [InlineData("Talks in Kelm, date 2031-06", 0, 0)]
    [InlineData("The talks of 2031-06 in Kelm", 0, 0)]
    public void The_stamps_year_and_month(string text, int year, int month)
        => Assert.Equal(year == 0 ? null : (year, month), Segmenter.StampMonth(text));
}
