using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// Whether a sentence names a state as context (no party: "an ally of X", "X's influence", a state inside an outlet's
/// name or a longer place name) is worked out once for all the sentence's country mentions and kept on the event
/// sentence (<see cref="EventSentence.ContextFlags"/>), which the article's main partner and then the engagement
/// builder ask about; before, only the last sentence asked about was kept (per thread), so the builder worked out again
/// what the main partner had. The answers kept must be those worked out afresh, whatever the order of the questions.
/// </summary>
public class ContextFlagsTests
{
    private static readonly Gazetteer s_gazetteer = EventSentenceFixture.Gazetteer;

    private static ResolvedArticle Resolve(string text) => EventSentenceFixture.Resolve(text);

    private static List<EventSentence> EventSentences(ResolvedArticle resolved) => EventSentenceFixture.EventSentences(resolved);

    [Fact]
    public void An_event_sentence_keeps_its_context_answers_and_they_are_those_worked_out_afresh()
    {
        // Invented: Ostria's influence is context; Thailand and Malaysia are the parties; "China Daily" is an outlet.
        var resolved = Resolve("Thai and Malaysian officers met in Kelm on Monday to counter China’s influence, China Daily reported.\n"
            + "Vietnam and Laos held talks in Vientiane on Tuesday.\n");
        var events = EventSentences(resolved);
        var first = events[0];
        Assert.Null(first.ContextFlags);
        var codes = first.Countries.Select(c => c.Code).ToList();
        Assert.Equal(new[] { "TH", "MY", "CN", "CN" }, codes);
        var answers = first.Countries.Select(c => EngagementBuilder.Context(first, c)).ToList();
        Assert.Equal(new[] { false, false, true, true }, answers);
        Assert.NotNull(first.ContextFlags);
        Assert.Equal(answers, first.ContextFlags);
        // Another sentence asked about in between leaves the first one's answers as they were.
        var second = events[1];
        Assert.All(second.Countries, c => Assert.False(EngagementBuilder.Context(second, c)));
        Assert.Equal(answers, first.Countries.Select(c => EngagementBuilder.Context(first, c)));
        // A mention that is not one of the sentence's own is answered on its own, not from the kept answers.
        var other = second.Countries[0];
        Assert.False(EngagementBuilder.Context(first, other));
        Assert.Equal(EngagementBuilder.ContextFlags(resolved.Sentences[0]), first.ContextFlags);
    }

    [Fact]
    public void Over_the_in_house_articles_the_kept_answers_are_those_of_the_sentence_worked_out_afresh_in_any_order()
    {
        int mentions = 0, context = 0;
        foreach (var f in InHouseSentences.Articles())
        {
            var read = ArticleReader.Read(new ArticleSource("a", "/c/" + f.Path, f.Path, f.Text), null);
            if (!read.IsReadable) continue;
            var resolved = ArticleResolver.Resolve(ArticleRecognizer.Recognise(Segmenter.Segment(read), s_gazetteer), s_gazetteer, null);
            var events = EventSentences(resolved);
            // Asked in reading order, then backwards and with the last mention first: always the fresh answers.
            var fresh = resolved.Sentences.Select(s => EngagementBuilder.ContextFlags(s)).ToList();
            for (int i = 0; i < events.Count; i++)
            {
                var e = events[i];
                for (int k = 0; k < e.Countries.Count; k++) Assert.Equal(fresh[i][k], EngagementBuilder.Context(e, e.Countries[k]));
            }
            for (int i = events.Count - 1; i >= 0; i--)
            {
                var e = events[i];
                for (int k = e.Countries.Count - 1; k >= 0; k--)
                {
                    Assert.Equal(fresh[i][k], EngagementBuilder.Context(e, e.Countries[k]));
                    // The view the main partner was asked with before (the resolved sentence) gives the same answer.
                    Assert.Equal(fresh[i][k], EngagementBuilder.Context(resolved.Sentences[i], resolved.Sentences[i].Countries[k]));
                    mentions++;
                    if (fresh[i][k]) context++;
                }
            }
        }
        Assert.True(mentions > 500, $"{mentions} mentions");
        Assert.True(context > 0 && context < mentions, $"{context} of {mentions} named as context");
    }

    [Fact]
    public void A_sentence_searched_once_for_the_context_words_answers_as_each_mention_searched_on_its_own()
    {
        // Invented: context words before the second and after the third mention, a longer place name, a sea; and a
        // sentence with none of the words, where no expression runs.
        var resolved = Resolve("Thai officers met Laotian envoys in Kelm, close to Vietnam, as the Cambodia conflict and the South China Sea were discussed.\n"
            + "Vietnam and Laos held talks in Vientiane on Tuesday with Thailand.\n");
        var first = resolved.Sentences[0];
        var fresh = EngagementBuilder.ContextFlags(first, scanOnce: false);
        Assert.Equal(fresh, EngagementBuilder.ContextFlags(first, scanOnce: true));
        Assert.Contains(true, fresh);
        Assert.Contains(false, fresh);
        var second = resolved.Sentences[1];
        Assert.Equal(3, second.Countries.Count);
        Assert.Equal(new[] { false, false, false }, EngagementBuilder.ContextFlags(second, scanOnce: true));
        Assert.Equal(EngagementBuilder.ContextFlags(second, scanOnce: false), EngagementBuilder.ContextFlags(second, scanOnce: true));
    }

    [Fact]
    public void Over_the_in_house_articles_and_generated_sentences_the_sentence_searched_once_answers_as_each_mention_on_its_own()
    {
        var files = InHouseSentences.Articles().Select(f => f.Text).ToList();
        // Generated: country names with the words that name a state as context before it ("ally of", "South") and after it
        // ("conflict", "Ocean", "to watch"), outlets, lists and plain words, in random order (a fixed seed).
        string[] before = { "an ally of", "close to", "to counter", "observers from", "amid", "South", "West", "bordering", "talks on", "peacekeepers deployed to", "the", "with", "and", "," };
        string[] countries = { "Vietnam", "Laos", "Thailand", "China", "India", "Korea", "Japan", "Malaysia" };
        string[] after = { "’s influence", " conflict", " Ocean", " Peninsula", " crisis", " nuclear programme", " to watch the drill", " and", ",", " officers met", " Daily reported", "" };
        string[] plain = { "officers met in Kelm", "on Monday", "the minister said", "held talks", "signed a deal", "as observers" };
        var random = new Random(19);
        for (int a = 0; a < 120; a++)
        {
            var text = new System.Text.StringBuilder();
            for (int n = 0; n < 8; n++)
            {
                var sentence = new System.Text.StringBuilder("The");
                int parts = random.Next(2, 7);
                for (int p = 0; p < parts; p++)
                {
                    if (random.Next(3) == 0) sentence.Append(' ').Append(plain[random.Next(plain.Length)]);
                    sentence.Append(' ').Append(before[random.Next(before.Length)]).Append(' ').Append(countries[random.Next(countries.Length)]).Append(after[random.Next(after.Length)]);
                }
                text.Append(sentence).Append(".\n");
            }
            files.Add(text.ToString());
        }
        int mentions = 0, context = 0, sentences = 0;
        foreach (var f in files)
        {
            foreach (var s in ResolvedSentences(f))
            {
                var fresh = EngagementBuilder.ContextFlags(s, scanOnce: false);
                Assert.Equal(fresh, EngagementBuilder.ContextFlags(s, scanOnce: true));
                mentions += fresh.Length;
                context += fresh.Count(x => x);
                if (s.Countries.Count >= 2) sentences++;
            }
        }
        Assert.True(mentions > 2_000 && sentences > 500, $"{mentions} mentions, {sentences} sentences with two or more");
        Assert.True(context > 300 && context < mentions - 300, $"{context} of {mentions} named as context");
    }

    [Fact]
    public void The_words_before_a_state_read_from_right_to_left_answer_as_read_from_left_to_right_at_every_token()
    {
        // The eightieth speed round: MarkedContext asks [context-before] from right to left. Over the in-house articles,
        // synthetic articles and invented sentences, at the start of every token of every sentence (not only a country's),
        // the answer must be that of the expression read from left to right over the text before it.
        var files = InHouseSentences.Articles().Select(f => f.Text).ToList();
        // Invented: each kind of row of [context-before], and near misses.
        files.Add("Norland, close to Vesk, is an ally of the Ostrian navy.\n"
            + "The admiral went on a regional tour that also included Vesk and Ostria.\n"
            + "The county bordering Kelmland held a drill, and a site that borders Ostria hosted observers from Vesk.\n"
            + "The ministers met amid growing concerns over Ostria and worries about the Vesk fleet.\n"
            + "Norland dispatched the 9th batch of 80 peacekeepers to join a UN peacekeeping mission in Vesk.\n"
            + "Peacekeepers who served in Ostria met the minister; talks on humanitarian aid to Vesk went on.\n"
            + "The trilateral summit on Kelmland ended; Norland discussed continued military support for Ostria.\n"
            + "An ally, of Vesk? Close to. Counter-Ostria. Amidst the Vesk drill.\n");
        int positions = 0, matched = 0;
        foreach (var f in files)
        {
            foreach (var s in ResolvedSentences(f))
            {
                for (int t = 0; t < s.Tokens.Count; t++)
                {
                    int start = s.Tokens[t].Start;
                    bool leftToRight = Corpus.Extraction.Vocabulary.EventVocabulary.ContextBefore.Match(s.Text, 0, start).Success;
                    Assert.True(leftToRight == EngagementBuilder.ContextBeforeMatches(s.Text, start), $"at {start} of \"{s.Text}\"");
                    positions++;
                    if (leftToRight) matched++;
                }
            }
        }
        Assert.True(positions > 10_000 && matched > 40, $"{matched} of {positions} token starts matched");
    }

    // The resolved sentences of one article's text (none when it is not readable).
    private static IEnumerable<SentenceAnalysis> ResolvedSentences(string text)
    {
        var read = ArticleReader.Read(new ArticleSource("a", "/c/a.txt", "a.txt", text), null);
        return read.IsReadable
            ? ArticleResolver.Resolve(ArticleRecognizer.Recognise(Segmenter.Segment(read), s_gazetteer), s_gazetteer, null).Sentences
            : Array.Empty<SentenceAnalysis>();
    }
}
