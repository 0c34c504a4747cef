using Corpus.Extraction.Events;
using Corpus.Extraction.Model;

namespace Corpus.Tests.Stages;

/// <summary>
/// A page that prints its report twice tells each occasion again at later lines: an occasion every sentence of which is a
/// sentence of an earlier occasion of the same kind is left out (<see cref="EventStage.PrintedTwice"/>). Sentences invented.
/// </summary>
public class PrintedTwiceTests
{
    private const string Drill = "The navies of Vesk and Norland opened a joint drill off Kelm on Monday.";
    private const string Ships = "Four ships of each navy take part.";

    private static EngagementFact Fact(int n, string kind, int line, params string[] sentences)
        => new("a-" + n, kind, "held", null, null, new[] { "NL", "VK" }.ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, EquatableArray<string>.Empty, null,
            sentences.Select((s, i) => new EvidenceFact(line + i, 1, s)).ToEquatableArray());

    private static string Kept(params EngagementFact[] engagements)
        => string.Join(" | ", EventStage.PrintedTwice(engagements.ToEquatableArray()).Select(e => e.Id + " " + e.Kind));

    [Fact]
    public void An_occasion_told_again_at_later_lines_is_left_out()
        => Assert.Equal("a-1 exercise", Kept(Fact(1, "exercise", 3, Drill, Ships), Fact(2, "exercise", 20, Drill)));

    [Theory]
    // PT1: a sentence of its own keeps it.
    [InlineData("PT1", "exercise", 20, "a-1 exercise | a-2 exercise")]
    // PT2: another kind keeps it.
    [InlineData("PT2", "meeting", 20, "a-1 exercise | a-2 meeting")]
    public void Other_tellings_are_kept(string id, string kind, int line, string expected)
        => Assert.Equal((id, expected), (id, Kept(Fact(1, "exercise", 3, Drill, Ships),
            kind == "exercise" ? Fact(2, kind, line, Drill, "The drill ends on Friday.") : Fact(2, kind, line, Drill))));

    [Fact]
    public void An_occasion_told_in_the_same_sentences_at_earlier_lines_is_kept()
        => Assert.Equal("a-1 exercise | a-2 exercise", Kept(Fact(1, "exercise", 20, Drill, Ships), Fact(2, "exercise", 3, Drill)));
}
