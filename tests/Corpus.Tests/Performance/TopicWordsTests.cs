using System.Text.RegularExpressions;
using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// An engagement's topics are the gazetteer's topics one of whose trigger words its sentence holds as a whole word: the
/// folded sentence matched by <c>\b</c> and the folded trigger escaped, <c>\b</c>. The builder answers with an ordinal search
/// and the characters at each occurrence's edges (<see cref="WholeWord"/>), and runs the pattern only where an edge has a
/// character outside ASCII. Its answers must be the pattern's, for every trigger and text.
/// </summary>
public class TopicWordsTests
{
    private static readonly string[] s_invented =
    {
        "Maritime security and counter-terrorism were discussed.",
        "They spoke of counter-terrorism",
        "counter-terrorism",
        "Talks on cyber security, cybersecurity and cyber_security.",
        "The peacekeeping mission; peacekeeping-training; peacekeepers.",
        "Humanitarian assistance and disaster relief (HADR) drills",
        "hadr2023 and 2023hadr and hadr",
        "An exercise on naval cooperation—naval cooperation!",
        "Kooperation in der Verteidigung: naval cooperationé and énaval cooperation",
        "The \u212Aelm talks on security, the Zürich security forum",
        "security\u200Dtalks and security\u200C talks and talks\u200Dsecurity",
        "arms arms arms control",
        "terrorism terrorism-terrorism",
        "",
        " ",
        "a",
        "ÄÖÜ démining, demining, de-mining",
        "naïve defence: the défense of the coast",
    };

    private static readonly string[] s_inventedWords =
    {
        "security", "counter-terrorism", "cyber security", "cyber", "hadr", "naval cooperation", "cooperation", "terrorism",
        "arms control", "arms", "demining", "défense", "defense", "(hadr)", "hadr)", "-", ".", "é", "zürich", "a", "e", "s",
        "talks", "2023", "_security", "security!",
    };

    private static List<string> FoldedTexts()
    {
        var texts = InHouseSentences.All();
        texts.AddRange(s_invented);
        return texts.Select(TextTools.Fold).Distinct().ToList();
    }

    private static readonly Dictionary<string, Regex> s_patterns = new(StringComparer.Ordinal);

    private static bool ByPattern(string folded, string word)
    {
        if (!s_patterns.TryGetValue(word, out var pattern)) s_patterns[word] = pattern = new Regex(@"\b" + Regex.Escape(word) + @"\b", RegexOptions.CultureInvariant);
        return pattern.IsMatch(folded);
    }

    // The topics as they were found: each trigger's pattern run over the folded text.
    private static SortedSet<string> ByPatterns(string folded, IReadOnlyList<TopicEntry> topics)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            foreach (var trigger in topic.Triggers)
            {
                if (EngagementBuilder.TopicPattern(trigger).IsMatch(folded)) { found.Add(topic.Name); break; }
            }
        }
        return found;
    }

    private static SortedSet<string> BySearch(string folded, IReadOnlyList<TopicEntry> topics)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        EngagementBuilder.TopicsIn(folded, topics, found);
        return found;
    }

    [Fact]
    public void A_decided_answer_is_the_patterns_for_every_word_of_the_texts_and_at_their_ends()
    {
        int decided = 0, asked = 0;
        foreach (var text in FoldedTexts())
        {
            var words = new HashSet<string>(s_inventedWords.Select(TextTools.Fold), StringComparer.Ordinal);
            // The text's own words and parts of them, its last characters (a part at the text's end) and its first ones.
            foreach (var w in text.Split(' ', ',', '.', ';')) if (w.Length > 0) { words.Add(w); if (w.Length > 3) words.Add(w.Substring(1, w.Length - 2)); }
            for (int n = 1; n <= Math.Min(12, text.Length); n += 5) { words.Add(text.Substring(text.Length - n)); words.Add(text.Substring(0, n)); }
            foreach (var word in words)
            {
                asked++;
                int found = WholeWord.Find(text, word);
                if (found == WholeWord.Undecided) continue;
                decided++;
                Assert.True(found == (ByPattern(text, word) ? 1 : 0), $"'{word}' in '{text}': {found}");
            }
        }
        Assert.True(decided > asked * 9 / 10, $"{decided} of {asked} decided");
    }

    [Fact]
    public void Only_an_edge_outside_ascii_or_the_empty_word_is_left_to_the_pattern()
    {
        Assert.Equal(WholeWord.Undecided, WholeWord.Find("naval cooperationé", "naval cooperation"));
        Assert.Equal(WholeWord.Undecided, WholeWord.Find("énaval cooperation", "naval cooperation"));
        Assert.Equal(WholeWord.Undecided, WholeWord.Find("security\u200Dtalks", "security"));
        Assert.Equal(WholeWord.Undecided, WholeWord.Find("some text", ""));
        Assert.Equal(WholeWord.Undecided, WholeWord.Find("the défense", "défense".Substring(1)));
        Assert.Equal(1, WholeWord.Find("talks on défense today", "défense"));
        Assert.Equal(1, WholeWord.Find("counter-terrorism", "terrorism"));
        Assert.Equal(1, WholeWord.Find("arms arms arms control", "arms control"));
        Assert.Equal(0, WholeWord.Find("cyber_security", "security"));
        Assert.Equal(0, WholeWord.Find("hadr2023", "hadr"));
        Assert.Equal(0, WholeWord.Find("", "hadr"));
        // "\(hadr\)": no boundary before "(" at the text's start, one where a word character stands before it.
        Assert.Equal(0, WholeWord.Find("(hadr)", "(hadr)"));
        Assert.False(ByPattern("(hadr)", "(hadr)"));
        Assert.True(ByPattern("x(hadr)x", "(hadr)"));
        Assert.Equal(1, WholeWord.Find("x(hadr)x", "(hadr)"));
    }

    [Fact]
    public void The_topics_found_are_the_patterns_for_the_gazetteers_topics_invented_ones_and_none()
    {
        var invented = new List<TopicEntry>
        {
            new("maritime", new[] { "Maritime Security", "naval cooperation" }.ToEquatableArray()),
            new("terror", new[] { "counter-terrorism", "terrorism" }.ToEquatableArray()),
            new("aid", new[] { "(HADR)", "Humanitarian assistance", "disaster relief" }.ToEquatableArray()),
            new("mines", new[] { "Démining", "de-mining" }.ToEquatableArray()),
            new("edges", new[] { "security", "talks", "a" }.ToEquatableArray()),
            new("nothing", EquatableArray<string>.Empty),
        };
        var lists = new List<IReadOnlyList<TopicEntry>> { Gazetteer.Default.Topics.ToList(), invented, new List<TopicEntry>(), Gazetteer.Default.Topics.ToList() };
        Assert.NotEmpty(lists[0]);
        int withTopics = 0;
        foreach (var text in FoldedTexts())
        {
            foreach (var topics in lists)
            {
                var expected = ByPatterns(text, topics);
                Assert.Equal(expected, BySearch(text, topics));
                if (expected.Count > 0) withTopics++;
            }
        }
        Assert.True(withTopics > 20, withTopics + " texts with topics");
    }

    [Fact]
    public void A_new_list_of_other_topics_is_read_afresh()
    {
        var first = new List<TopicEntry> { new("one", new[] { "drill" }.ToEquatableArray()) };
        var second = new List<TopicEntry> { new("two", new[] { "summit" }.ToEquatableArray()) };
        Assert.Equal(new[] { "one" }, BySearch("a joint drill", first));
        Assert.Empty(BySearch("a joint drill", second));
        Assert.Equal(new[] { "two" }, BySearch("the summit", second));
        // The same list with an entry replaced in place is read again, not taken for the list before.
        first[0] = new TopicEntry("three", new[] { "summit" }.ToEquatableArray());
        Assert.Equal(new[] { "three" }, BySearch("the summit", first));
    }
}
