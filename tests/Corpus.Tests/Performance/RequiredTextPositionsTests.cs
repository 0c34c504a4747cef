using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Events;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// Where several patterns' required text first ends and last starts in a text, found in one pass of their automaton
/// (<see cref="RequiredTextIndex.FirstEndsAndLastStarts"/>): for each pattern, what its own
/// <see cref="RequiredText.FirstEnd(string, int)"/> and <see cref="RequiredText.LastStart(string, int)"/> answer, at every
/// limit and lower bound, so the context of a sentence's country mentions is searched where it was before.
/// </summary>
public class RequiredTextPositionsTests
{
    private static RequiredText Of(string pattern) => RequiredText.Of(pattern, RegexOptions.None);

    // Every limit and lower bound from 0 to the text's length (in steps for long texts), and the text's length itself.
    private static (int May, int MayNot) AssertSameAnswers(IReadOnlyList<RequiredText> required, IEnumerable<string> texts, int steps = 0)
    {
        var index = new RequiredTextIndex(required);
        var firstEnds = new int[required.Count];
        var lastStarts = new int[required.Count];
        int may = 0, mayNot = 0;
        foreach (var text in texts)
        {
            int step = steps <= 0 ? 1 : Math.Max(1, text.Length / steps);
            var bounds = Enumerable.Range(0, text.Length / step + 1).Select(i => i * step).Append(text.Length).Distinct().ToList();
            foreach (int limit in bounds)
            {
                // The lower bound runs against the limit, as a sentence's last mention's start and first mention's end do.
                int from = text.Length - limit;
                index.FirstEndsAndLastStarts(text, limit, from, firstEnds, lastStarts);
                for (int p = 0; p < required.Count; p++)
                {
                    int firstEnd = required[p].FirstEnd(text, limit), lastStart = required[p].LastStart(text, from);
                    Assert.True(firstEnd == firstEnds[p], "first end of pattern " + p + " by " + limit + " in \"" + text + "\": " + firstEnd + " / " + firstEnds[p]);
                    Assert.True(lastStart == lastStarts[p], "last start of pattern " + p + " from " + from + " in \"" + text + "\": " + lastStart + " / " + lastStarts[p]);
                    if (firstEnd != int.MaxValue && lastStart >= 0) may++;
                    else mayNot++;
                }
            }
        }
        return (may, mayNot);
    }

    [Fact]
    public void Literals_inside_and_overlapping_others_give_the_first_end_and_the_last_start_of_the_searches()
    {
        // A literal inside another ("he" in "she", "ers" in "hers"), a pattern whose longer literal holds its shorter (only the
        // shorter is required), repeated characters, and a text with none of them.
        var required = new[]
        {
            Of("(?:she|hers)"), Of("he"), Of("(?:abcd|xbcy)"), Of("bc"), Of("ers"), Of("aab"), Of("(?:abce|bcf)"), Of("x+"),
            Of("(?:she|e)"), Of("(?:aaab|b)"),
        };
        var texts = new[]
        {
            "", "s", "sh", "she", "shers", "ushe", "hers", "her", "abc", "abcd", "abce", "abcf", "xbc", "xbcy", "aaab", "aab",
            "aaaab", "ab", "bcd", "abcabcd", "xabcf", "the hershey bar", "aabce", "bc", "she sells sea shells", "hehehe", "zzz",
        };
        AssertSameAnswers(required, texts);
        var index = new RequiredTextIndex(required);
        var firstEnds = new int[required.Length];
        var lastStarts = new int[required.Length];
        index.FirstEndsAndLastStarts("shers", 5, 0, firstEnds, lastStarts);
        Assert.Equal(new[] { 3, 3, int.MaxValue, int.MaxValue, 5, int.MaxValue, int.MaxValue, int.MaxValue, 3, int.MaxValue }, firstEnds);
        Assert.Equal(new[] { 1, 1, -1, -1, 2, -1, -1, -1, 2, -1 }, lastStarts);
        // The limit cuts the first end, the lower bound the last start.
        index.FirstEndsAndLastStarts("shers", 2, 3, firstEnds, lastStarts);
        Assert.Equal(int.MaxValue, firstEnds[0]);
        Assert.Equal(-1, lastStarts[0]);
        Assert.Equal(int.MaxValue, firstEnds[8]);
        Assert.Equal(-1, lastStarts[8]);
        Assert.Equal(int.MaxValue, firstEnds[1]);
        Assert.Equal(-1, lastStarts[4]);
    }

    [Fact]
    public void Characters_outside_ASCII_patterns_that_require_nothing_and_an_empty_registry()
    {
        var required = new[]
        {
            Of("(?:Ünal|ünal|çok)"), Of("(?:é|\u00e9t\u00e9)"), Of("(?:\u0000\u0100|\u0002\u0000|\uffff\u0000)"), Of("(?:café|cafe)"),
            Of("(?:’s|'s)"), Of("(?:K|\u212a)elvin"), RequiredText.Of("x", RegexOptions.IgnoreCase), Of(@"\w+"), Of("met"),
        };
        Assert.Null(required[6].Any);
        Assert.Null(required[7].Any);
        var texts = new[]
        {
            "", "Ü", "Ünal", "Ünal met", "the envoy Ünal", "çok", "café", "cafe", "a cafe", "été", "l'été", "a\u0000\u0100",
            "\u0002\u0000", "\uffff\u0000", "the minister’s", "the minister's", "\u212aelvin", "Kelvin", "日本の大使", "Ünalünal", "met Ünal",
        };
        AssertSameAnswers(required, texts);
        var none = new RequiredTextIndex(Array.Empty<RequiredText>());
        none.FirstEndsAndLastStarts("The minister met his counterpart.", 10, 20, Array.Empty<int>(), Array.Empty<int>());
        var unfiltered = new RequiredTextIndex(new[] { required[6], required[7] });
        var firstEnds = new int[2];
        var lastStarts = new int[2];
        unfiltered.FirstEndsAndLastStarts("met", 3, 0, firstEnds, lastStarts);
        Assert.Equal(new[] { 0, 0 }, firstEnds);
        Assert.Equal(new[] { int.MaxValue, int.MaxValue }, lastStarts);
    }

    [Fact]
    public void The_context_expressions_and_the_engine_s_patterns_over_in_house_sentences()
    {
        // The four expressions the context of a country mention reads (in the order the builder asks them), then every pattern
        // the engine filters: the triggers, the event vocabulary's expressions and the rules' static expressions.
        var regexes = new List<Regex>
        {
            EventVocabulary.ContextBefore, EventVocabulary.ContextAfter, RulePatterns.Get("inside-name-before"), RulePatterns.Get("inside-name-after"),
        };
        regexes.AddRange(EventVocabulary.Triggers.Select(t => new Regex(t.Pattern.ToString(), RegexOptions.CultureInvariant)));
        regexes.AddRange(typeof(EventVocabulary).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Regex)).Select(p => (Regex)p.GetValue(null)!));
        foreach (var type in new[] { typeof(EngagementBuilder), typeof(PersonRecognizer), typeof(ArticleExtractor) })
        {
            regexes.AddRange(type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(Regex)).Select(f => (Regex)f.GetValue(null)!));
        }
        var required = regexes.Select(RequiredText.Of).ToList();
        Assert.All(required.Take(4), r => Assert.NotNull(r.Any));
        var texts = InHouseSentences.All().Take(300).Concat(new[]
        {
            "", "a top ally of Vesk", "to counter Ostria’s influence, Kelm Daily reported", "the Norland-Vesk conflict", "close to",
        }).ToList();
        var (may, mayNot) = AssertSameAnswers(required, texts, steps: 12);
        Assert.True(may > 1_000 && mayNot > 10_000, may + " / " + mayNot);
    }

    [Fact]
    public void Invented_literal_sets_answer_as_each_pattern_over_random_texts()
    {
        // Literals and texts drawn from a small alphabet (with letters outside ASCII), so that literals overlap often.
        var random = new Random(40);
        const string alphabet = "abcé’Üx";
        for (int round = 0; round < 20; round++)
        {
            var required = new List<RequiredText>();
            for (int p = 0; p < 12; p++) required.Add(Of(RandomStrings.Alternation(random, alphabet, 1, 5, 1, 5)));
            var texts = RandomStrings.Texts(random, alphabet, 60, 0, 24);
            AssertSameAnswers(required, texts);
        }
    }
}
