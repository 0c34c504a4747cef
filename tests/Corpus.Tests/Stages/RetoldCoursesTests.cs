using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Stages;

/// <summary>
/// A drill or course every sentence of which speaks of it only as one already told ("The course was attended by 30
/// officers.", events.tsv [retold]), with no date of its own, tells the article's course again: it is left out beside
/// another occasion of the same states of the drill's kinds or a ceremony (<see cref="EventStage.RetoldCourses"/>). The
/// states are invented stand-ins (Vesk, Kelmland, Norland); the sentences are invented.
/// </summary>
public class RetoldCoursesTests
{
    private static readonly IsoDate Page = new(2031, 5, 9);

    private static EngagementFact Fact(int n, string kind, string? date, string states, params string[] sentences)
        => new("a-" + n, kind, "held", date, null, states.Split(',').ToEquatableArray(), EquatableArray<string>.Empty,
            EquatableArray<string>.Empty, EquatableArray<string>.Empty, null,
            sentences.Select((s, i) => new EvidenceFact(n * 10 + i, 1, s)).ToEquatableArray());

    private static string Kept(params EngagementFact[] engagements)
        => string.Join(" | ", EventStage.RetoldCourses(engagements.ToEquatableArray(), Page)
            .Select(e => e.Id + " " + e.Kind + " " + string.Join(",", e.Countries)));

    private static readonly EngagementFact Opened = Fact(1, "training", "2031-05-04", "NL,VK",
        "A two-week course for Veskian military police opened at the Kelm academy on May 4.");

    [Fact]
    public void A_course_told_again_by_the_course_beside_the_dated_course_is_left_out()
        => Assert.Equal("a-1 training NL,VK", Kept(Opened, Fact(2, "training", null, "NL,VK",
            "For this 'Military Police' course, Norland provided money and materials.", "The course was attended by 30 officers.")));

    [Theory]
    // RTC1: told again dated by the page's day, beside its opening ceremony of an earlier day: left out.
    [InlineData("RTC1", "exercise", "2031-05-09", "NL,VK", "ceremony", "The exercise is the biggest the two navies have held.", "a-1 ceremony NL,VK")]
    // RTC2: dated by the page's year only ("this year brings the series' seventh edition of the exercise"): left out.
    [InlineData("RTC2", "exercise", "2031", "NL,VK", "ceremony", "This year brings the series' seventh edition of the exercise.", "a-1 ceremony NL,VK")]
    // RTC3: a sentence that tells "a" drill tells a new one: kept.
    [InlineData("RTC3", "exercise", null, "NL,VK", "training", "The navies later began a search and rescue drill.", "a-1 training NL,VK | a-2 exercise NL,VK")]
    // RTC4: a date of its own (another day than the page's): kept.
    [InlineData("RTC4", "training", "2031-05-06", "NL,VK", "training", "The course continued on May 6.", "a-1 training NL,VK | a-2 training NL,VK")]
    // RTC5: other states: kept.
    [InlineData("RTC5", "training", null, "KL,VK", "training", "The course was attended by 30 officers.", "a-1 training NL,VK | a-2 training KL,VK")]
    // RTC6: beside a meeting of the same states (no kind the course belongs to): kept.
    [InlineData("RTC6", "training", null, "NL,VK", "meeting", "The course was attended by 30 officers.", "a-1 meeting NL,VK | a-2 training NL,VK")]
    // RTC7: a meeting told by "the meeting" is no drill: kept.
    [InlineData("RTC7", "meeting", null, "NL,VK", "training", "The meeting was attended by 30 officers.", "a-1 training NL,VK | a-2 meeting NL,VK")]
    public void Other_tellings_are_kept(string id, string kind, string? date, string states, string firstKind, string sentence, string expected)
    {
        var first = Fact(1, firstKind, "2031-05-04", "NL,VK", "A two-week course for Veskian military police opened at the Kelm academy on May 4.");
        Assert.Equal((id, expected), (id, Kept(first, Fact(2, kind, date, states, sentence))));
    }

    [Fact]
    public void Two_tellings_that_both_speak_of_the_course_again_are_both_kept()
        => Assert.Equal("a-1 training NL,VK | a-2 training NL,VK", Kept(
            Fact(1, "training", null, "NL,VK", "The course ended with a parade."),
            Fact(2, "training", null, "NL,VK", "The course was attended by 30 officers.")));

    [Theory]
    [InlineData("The course was attended by 30 officers.", true)]
    [InlineData("For this \u2018Military Police\u2019 course, Norland provided money.", true)]
    [InlineData("These exercises will include shipboard training.", true)]
    [InlineData("Norland also ran a demining course for the army.", false)]
    [InlineData("The drill follows an exercise held last year.", false)]
    [InlineData("The ministers met in Kelm.", false)]
    public void A_sentence_retells_a_course_only_by_a_definite_noun(string sentence, bool expected)
        => Assert.Equal((sentence, expected), (sentence, EventVocabulary.RetellsACourse(sentence)));
}
