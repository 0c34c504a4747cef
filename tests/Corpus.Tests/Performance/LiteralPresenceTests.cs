using System.Text.RegularExpressions;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// The rules' required strings found in one pass over a text (<see cref="LiteralPresence"/>, through
/// <see cref="RequiredTextIndex.MayMatchBits"/>): a registered requirement (every <see cref="RuleRegex"/>'s) answers
/// <see cref="RequiredText.MayMatch(string, int, int)"/> from the text's answer, and every answer, whole or of a part, at
/// the first ask and at later ones, is what a plain search of each required string in the part gives.
/// </summary>
public class LiteralPresenceTests
{
    // What MayMatch answers by plain searches: a required string of the part's length or less that the part holds.
    private static bool Plain(RequiredText required, string text, int start, int length)
        => required.Any is not { } any || any.Any(s => s.Length <= length && text.IndexOf(s, start, length, StringComparison.Ordinal) >= 0);

    private static void AssertSameAnswers(IReadOnlyList<RequiredText> required, IEnumerable<string> texts, int steps = 12)
    {
        foreach (var text in texts)
        {
            int step = Math.Max(1, text.Length / steps);
            var bounds = Enumerable.Range(0, text.Length / step + 1).Select(i => i * step).Append(text.Length).Distinct().ToList();
            // Asked twice over: the first ask of a text and the asks that read its kept answer.
            for (int round = 0; round < 2; round++)
            {
                foreach (var r in required)
                {
                    Assert.True(Plain(r, text, 0, text.Length) == r.MayMatch(text), "whole \"" + text + "\"");
                    // The whole text read from an answer asked for once (as the triggers ask), from none, and from another text's.
                    Assert.True(Plain(r, text, 0, text.Length) == r.MayMatchWhole(LiteralPresence.Of(text), text), "whole from the answer \"" + text + "\"");
                    Assert.True(Plain(r, text, 0, text.Length) == r.MayMatchWhole(null, text), "whole without an answer \"" + text + "\"");
                    Assert.True(Plain(r, text, 0, text.Length) == r.MayMatchWhole(LiteralPresence.Of(text + " "), text), "whole from another text's answer \"" + text + "\"");
                    foreach (int start in bounds)
                    {
                        foreach (int end in bounds)
                        {
                            if (end < start) continue;
                            Assert.True(Plain(r, text, start, end - start) == r.MayMatch(text, start, end - start),
                                "part " + start + ".." + end + " of \"" + text + "\"");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void Rules_answer_as_the_searches_for_invented_sentences_and_the_in_house_ones()
    {
        // Invented rules, literals inside and overlapping others, and a pattern that requires nothing.
        var rules = new[]
        {
            new RuleRegex(@"\b(?:talks|talked|met)\b", RegexOptions.CultureInvariant),
            new RuleRegex(@"\b(?:Port Veltra|Veltra)\s+harbour", RegexOptions.CultureInvariant),
            new RuleRegex(@"(?:she|hers|he)", RegexOptions.CultureInvariant),
            new RuleRegex(@"Zorvian\s+(?:navy|army)", RegexOptions.CultureInvariant),
            new RuleRegex(@"\d+\s+\w+", RegexOptions.CultureInvariant),
            new RuleRegex(@"\u00e9t\u00e9|caf\u00e9", RegexOptions.CultureInvariant),
        };
        var texts = new List<string>
        {
            "",
            "a",
            "Officials of Zorvia met in Port Veltra harbour on Tuesday.",
            "The Zorvian navy and the Zorvian army talked; she said hers was the talks' end.",
            "Un caf\u00e9 d'\u00e9t\u00e9 \u2014 caf\u00e9s.",
            "metmetmet talkstalks",
        };
        texts.AddRange(InHouseSentences.All().Take(60));
        AssertSameAnswers(rules.Select(r => r.Required).ToList(), texts.Select(t => new string(t.ToCharArray())));
    }

    [Fact]
    public void A_rule_whose_strings_fall_in_several_words_of_the_answer_answers_as_the_searches()
    {
        // 150 invented strings in one rule: their ids span three or more words of a text's answer, which a whole-text ask
        // tests by masks. Texts holding a string of the first, a middle and the last word, none, and a string's prefix.
        var words = Enumerable.Range(0, 150).Select(i => "qv" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + "x").ToList();
        var rule = new RuleRegex(@"\b(?:" + string.Join("|", words) + @")\b", RegexOptions.CultureInvariant).Required;
        Assert.Equal(150, rule.Any!.Count);
        var texts = new List<string>
        {
            "Nothing of them here.",
            "qv000x at the start.",
            "In the middle qv075x stands.",
            "At the end qv149x",
            "Only the prefix qv14 and qv1 here.",
            "Two: qv003x and qv148x.",
        };
        AssertSameAnswers(new[] { rule }, texts.Select(t => new string(t.ToCharArray())), steps: 20);
    }

    [Fact]
    public void Random_rules_answer_as_the_searches_over_random_texts()
    {
        var random = new Random(4404);
        for (int set = 0; set < 10; set++)
        {
            var rules = Enumerable.Range(0, 4)
                .Select(_ => new RuleRegex(RandomStrings.Alternation(random, "abc", 1, 6, 1, 4), RegexOptions.CultureInvariant).Required)
                .ToList();
            AssertSameAnswers(rules, RandomStrings.Texts(random, "abcd", 20, 0, 24), steps: 24);
        }
    }

    [Fact]
    public void A_string_registered_again_keeps_its_id_and_the_answer_marks_exactly_the_strings_a_text_holds()
    {
        var first = LiteralPresence.Register(new[] { "Qarvel", "lowland" })!;
        var again = LiteralPresence.Register(new[] { "lowland", "Qarvel" })!;
        Assert.Equal(first[0], again[1]);
        Assert.Equal(first[1], again[0]);
        var text = new string("The Qarvel lowland".ToCharArray());
        LiteralPresence.Made? made = null;
        // The answer is made at the first ask, or at the second (a text asked about once may be searched instead).
        for (int i = 0; i < 2 && made is null; i++) made = LiteralPresence.Of(text);
        Assert.NotNull(made);
        Assert.Same(text, made!.Text);
        Assert.True(made.Count > Math.Max(first[0], first[1]));
        foreach (int id in first) Assert.True((made.Present[id >> 6] & 1UL << id) != 0);
    }

    [Fact]
    public void Texts_asked_about_in_turn_and_again_keep_exact_answers_of_their_own()
    {
        // More texts than the thread keeps answers for, each asked about, then all asked about again in the same order and
        // in the reverse one: every answer given is the asked text's own, and every rule answers as its plain searches.
        var rules = new[]
        {
            new RuleRegex(@"\b(?:Brennic|Ostmark)\s+(?:fleet|guard)", RegexOptions.CultureInvariant).Required,
            new RuleRegex(@"(?:signed|sealed)\s+an\s+accord", RegexOptions.CultureInvariant).Required,
        };
        var words = new[] { "The", "Brennic", "fleet", "signed", "an", "accord", "with", "Ostmark", "guard", "sealed", "today" };
        var random = new Random(4601);
        var texts = Enumerable.Range(0, LiteralPresence.AnswerSlots * 2 + 7)
            .Select(_ => string.Join(" ", Enumerable.Range(0, random.Next(1, 9)).Select(_ => words[random.Next(words.Length)])))
            .ToList();
        foreach (var order in new[] { texts, texts, Enumerable.Reverse(texts).ToList() })
        {
            foreach (var text in order)
            {
                var made = LiteralPresence.Of(text);
                Assert.NotNull(made);
                Assert.Same(text, made!.Text);
                foreach (var r in rules)
                {
                    Assert.True(Plain(r, text, 0, text.Length) == r.MayMatch(text), "whole \"" + text + "\"");
                    Assert.True(Plain(r, text, 0, text.Length) == r.MayMatchWhole(made, text), "whole from the answer \"" + text + "\"");
                    Assert.True(Plain(r, text, 1, text.Length - 1) == r.MayMatch(text, 1, text.Length - 1), "part of \"" + text + "\"");
                }
            }
        }
    }

    [Fact]
    public void The_index_bits_equal_its_answers_for_random_literal_sets()
    {
        var random = new Random(4405);
        for (int set = 0; set < 20; set++)
        {
            var required = Enumerable.Range(0, random.Next(1, 80))
                .Select(_ => RequiredText.Of(RandomStrings.Alternation(random, "abc\u00e9", 1, 5, 1, 5), RegexOptions.None))
                .Append(RequiredText.Of(@"\w+", RegexOptions.None))
                .ToList();
            var index = new RequiredTextIndex(required);
            foreach (var text in RandomStrings.Texts(random, "abcd\u00e9", 30, 0, 40))
            {
                var may = index.MayMatch(text);
                var bits = index.MayMatchBits(text);
                for (int p = 0; p < required.Count; p++)
                {
                    Assert.Equal(may[p], (bits[p >> 6] & 1UL << p) != 0);
                    Assert.Equal(required[p].MayMatch(text), may[p]);
                }
            }
        }
    }

    [Fact]
    public void The_lowest_bit_is_found_at_every_place()
    {
        for (int i = 0; i < 64; i++)
        {
            Assert.Equal(i, LiteralPresence.LowestBit(1UL << i));
            Assert.Equal(i, LiteralPresence.LowestBit(ulong.MaxValue << i));
            Assert.Equal(i, LiteralPresence.LowestBit((1UL << i) | (1UL << 63)));
        }
    }
}
