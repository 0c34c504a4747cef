using Corpus.Extraction.Events;
using Corpus.Extraction.Model;

namespace Corpus.Tests.Stages;

/// <summary>
/// An aid every sentence of which spans years ("from 2016 to 2019", "between 2014 and 2020", "since 2010": patterns.tsv
/// aid-over-years) sums what was given over time and is left out (<see cref="EventStage.AidOverYears"/>). Sentences invented.
/// </summary>
public class AidOverYearsTests
{
    private static EngagementFact Fact(int n, string kind, params string[] sentences)
        => new("a-" + n, kind, "held", null, null, new[] { "NL", "VK" }.ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, EquatableArray<string>.Empty, null,
            sentences.Select((s, i) => new EvidenceFact(n * 10 + i, 1, s)).ToEquatableArray());

    private static string Kept(params EngagementFact[] engagements)
        => string.Join(" | ", EventStage.AidOverYears(engagements.ToEquatableArray()).Select(e => e.Id + " " + e.Kind));

    private static readonly EngagementFact Met = Fact(1, "meeting", "The two envoys met in Kelm on March 4.");

    [Theory]
    [InlineData("AOY1", "Norland gave Vesk 40 trucks and two boats from 2016 to 2019.", "a-1 meeting")]
    [InlineData("AOY2", "Norland's aid to Vesk between 2014 and 2020 came to 3 million.", "a-1 meeting")]
    [InlineData("AOY3", "Norland has donated equipment to Vesk since 2010.", "a-1 meeting")]
    // AOY4: a handover on a day is kept.
    [InlineData("AOY4", "Norland handed two boats to Vesk in Kelm on Monday.", "a-1 meeting | a-2 aid")]
    public void An_aid_told_only_over_years_is_left_out(string id, string sentence, string expected)
        => Assert.Equal((id, expected), (id, Kept(Met, Fact(2, "aid", sentence))));

    [Fact]
    public void An_aid_with_a_sentence_of_its_own_day_is_kept()
        => Assert.Equal("a-1 meeting | a-2 aid", Kept(Met, Fact(2, "aid", "Norland gave Vesk 40 trucks from 2016 to 2019.", "Two more boats were handed over in Kelm on Monday.")));

    [Fact]
    public void Another_kind_told_over_years_is_kept()
        => Assert.Equal("a-1 meeting | a-2 exercise", Kept(Met, Fact(2, "exercise", "The navies have drilled together since 2010.")));
}
