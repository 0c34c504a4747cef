using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// A sentence's triggers are found once, at the first question, and kept on the event sentence
/// (<see cref="EventSentence.Triggers"/>), which the engagement builder asks about again and again, often
/// alternating between sentences; before, only the last sentence asked about was kept (per thread), so a
/// question about another sentence ran every pattern again. The triggers kept must be those found afresh by
/// <see cref="Triggers.Find(string, IReadOnlyList{TriggerPattern}?)"/> over the sentence's text and its
/// article's patterns, whatever the order of the questions.
/// </summary>
public class SentenceTriggersTests
{
    private static readonly Gazetteer s_gazetteer = EventSentenceFixture.Gazetteer;

    private static ResolvedArticle Resolve(string text) => EventSentenceFixture.Resolve(text);

    private static List<EventSentence> EventSentences(ResolvedArticle resolved) => EventSentenceFixture.EventSentences(resolved);

    // The same sentence with other patterns (an article whose gazetteer's patterns are these).
    private static EventSentence WithPatterns(SentenceView s, IReadOnlyList<TriggerPattern> patterns)
    {
        var r = s.Recognised;
        var recognised = new RecognisedSentence(r.Sentence, r.Tokens, r.Countries, r.Dates, patterns, r.IsLink);
        return new EventSentence(new SentenceAnalysis(recognised, new List<(PersonMention, ResolvedOfficial)>()), new List<(PersonMention, Party)>(), 0);
    }

    [Fact]
    public void An_event_sentence_keeps_its_triggers_and_they_are_those_found_afresh()
    {
        // Invented: a meeting and a visit in the first sentence, none in the second, a signing in the last one.
        var resolved = Resolve("Thai and Malaysian officers met in Kelm on Monday before a visit to Ostria.\n"
            + "The weather was fine.\n"
            + "The ministers signed a memorandum on Tuesday.\n");
        var events = EventSentences(resolved);
        Assert.Equal(3, events.Count);
        var first = events[0];
        var triggers = first.Triggers;
        Assert.Equal(Triggers.Find(first.Text, first.TriggerPatterns), triggers);
        Assert.Contains(triggers, t => t.Kind == "meeting");
        Assert.Contains(triggers, t => t.Kind == "visit");
        // Asked again, after another sentence, the same list is given (found once).
        Assert.Empty(events[1].Triggers);
        Assert.NotEmpty(events[2].Triggers);
        Assert.Same(triggers, first.Triggers);
        Assert.Same(events[1].Triggers, events[1].Triggers);
        // A list Find gives is the caller's own: changing it changes neither the sentence's nor the next answer.
        var own = Triggers.Find(first.Text, first.TriggerPatterns);
        own.Clear();
        Assert.Equal(Triggers.Find(first.Text, first.TriggerPatterns), first.Triggers);
        Assert.NotEmpty(first.Triggers);
    }

    [Fact]
    public void A_sentence_with_no_patterns_or_other_patterns_keeps_the_triggers_of_its_own_patterns()
    {
        var resolved = Resolve("Thai and Malaysian officers met in Kelm on Monday before a visit to Ostria.\n");
        var s = resolved.Sentences[0];
        // An empty list of patterns finds nothing.
        var none = WithPatterns(s, Array.Empty<TriggerPattern>());
        Assert.Empty(none.Triggers);
        Assert.Empty(Triggers.Find(s.Text, Array.Empty<TriggerPattern>()));
        // The vocabulary's visit patterns alone find the visit and not the meeting.
        var visits = EventVocabulary.Triggers.Where(p => p.Kind == "visit").ToList();
        var visitOnly = WithPatterns(s, visits);
        Assert.Equal(Triggers.Find(s.Text, visits), visitOnly.Triggers);
        Assert.All(visitOnly.Triggers, t => Assert.Equal("visit", t.Kind));
        Assert.NotEmpty(visitOnly.Triggers);
        // With no patterns given, Find reads the vocabulary's.
        Assert.Equal(Triggers.Find(s.Text, EventVocabulary.Triggers), Triggers.Find(s.Text));
    }

    [Fact]
    public void Over_the_in_house_articles_and_invented_ones_the_kept_triggers_are_those_found_afresh_in_any_order()
    {
        var texts = InHouseSentences.Articles().Select(f => f.Text).ToList();
        // Invented: letters outside ASCII beside and inside the words, the Kelvin sign, a trigger at the text's end.
        texts.Add("Ünal and Çelik met in Zürich on Monday; the Ministers’ visit ended, then they visited.\n"
            + "The \u212Aelvin talks and the Éclair summit were held, then the minister met\n"
            + "Delegations met, visited, signed and toured: visits, meetings, talks\n");
        int sentences = 0, found = 0, kinds = 0;
        foreach (var text in texts)
        {
            var read = ArticleReader.Read(new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text)), null);
            if (!read.IsReadable) continue;
            var resolved = ArticleResolver.Resolve(ArticleRecognizer.Recognise(Segmenter.Segment(read), s_gazetteer), s_gazetteer, null);
            var events = EventSentences(resolved);
            var fresh = events.Select(e => Triggers.Find(e.Text, e.TriggerPatterns)).ToList();
            // Asked backwards first, then alternating with the sentence before, then in reading order: always the fresh answers.
            for (int i = events.Count - 1; i >= 0; i--) Assert.Equal(fresh[i], events[i].Triggers);
            for (int i = 1; i < events.Count; i++)
            {
                Assert.Equal(fresh[i], events[i].Triggers);
                Assert.Equal(fresh[i - 1], events[i - 1].Triggers);
            }
            for (int i = 0; i < events.Count; i++)
            {
                Assert.Equal(fresh[i], events[i].Triggers);
                sentences++;
                found += fresh[i].Count;
                kinds += fresh[i].Select(t => t.Kind).Distinct().Count();
            }
        }
        Assert.True(sentences > 500 && found > 300, $"{found} triggers in {sentences} sentences");
        Assert.True(kinds > 0, $"{kinds} kinds");
    }
}
