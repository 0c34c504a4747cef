using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Stages;

/// <summary>
/// An occasion read as held, placed nowhere, every sentence of which speaks of something still to come ("will",
/// "would", "upcoming", "to be hosted": patterns.tsv future-telling) is no held occasion and is left out
/// (<see cref="EventStage.HeldOnlyInTheFuture"/>). The states (Vesk, Norland) and the sentences are invented.
/// </summary>
public class HeldOnlyInTheFutureTests
{
    private static readonly LocationFact InKelm = new(null, "Kelm", "VK");

    private static EngagementFact Fact(int n, string kind, string status, LocationFact? location, params string[] sentences)
        => new("a-" + n, kind, status, null, location, new[] { "NL", "VK" }.ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, EquatableArray<string>.Empty, null,
            sentences.Select((s, i) => new EvidenceFact(n * 10 + i, 1, s)).ToEquatableArray());

    private static string Kept(params EngagementFact[] engagements)
        => string.Join(" | ", EventStage.HeldOnlyInTheFuture(engagements.ToEquatableArray()).Select(e => e.Id + " " + e.Kind));

    private static readonly EngagementFact Met = Fact(1, "meeting", "held", InKelm, "The two envoys met in Kelm on March 4.");

    [Fact]
    public void A_held_occasion_placed_nowhere_told_only_in_the_future_is_left_out()
        => Assert.Equal("a-1 meeting", Kept(Met, Fact(2, "conference", "held", null,
            "Vesk seeks support for the Kelm forum on demining, to be hosted in November.",
            "Norland will fund the delegations of poorer states to the upcoming forum.")));

    [Theory]
    // HOF1: one sentence told in the past keeps it.
    [InlineData("HOF1", "held", false, "The forum was opened by the Veskian premier.", "a-1 meeting | a-2 conference")]
    // HOF2: a place keeps it.
    [InlineData("HOF2", "held", true, "Norland will fund the delegations of poorer states to the upcoming forum.", "a-1 meeting | a-2 conference")]
    // HOF3: a planned occasion is what it says it is: kept.
    [InlineData("HOF3", "planned", false, "Norland will fund the delegations of poorer states to the upcoming forum.", "a-1 meeting | a-2 conference")]
    // HOF4: "would" in a clause of its own counts as told in the future too.
    [InlineData("HOF4", "held", false, "Delegations that would otherwise stay away can attend the forum.", "a-1 meeting")]
    public void Other_tellings_are_kept(string id, string status, bool placed, string sentence, string expected)
        => Assert.Equal((id, expected), (id, Kept(Met, Fact(2, "conference", status, placed ? InKelm : null,
            "Vesk seeks support for the Kelm forum on demining, to be hosted in November.", sentence))));

    [Fact]
    public void An_occasion_with_no_sentence_is_kept()
        => Assert.Equal("a-1 meeting | a-2 visit", Kept(Met, Fact(2, "visit", "held", null)));
}
