using System.Text.RegularExpressions;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// The index of several patterns' required text read as one automaton (<see cref="RequiredTextIndex"/>): at every
/// text it answers, for each pattern, what the pattern's own prefilter (<see cref="RequiredText.MayMatch(string)"/>)
/// answers, so the triggers run over the same sentences as before.
/// </summary>
public class RequiredTextAutomatonTests
{
    private static void AssertSameAnswers(IReadOnlyList<RequiredText> required, IEnumerable<string> texts)
    {
        var index = new RequiredTextIndex(required);
        Assert.Equal(required.Count, index.Count);
        foreach (var text in texts)
        {
            var answers = index.MayMatch(text);
            Assert.Equal(required.Count, answers.Length);
            for (int p = 0; p < required.Count; p++)
            {
                Assert.True(required[p].MayMatch(text) == answers[p], "pattern " + p + " in \"" + text + "\"");
            }
        }
    }

    private static RequiredText Of(string pattern) => RequiredText.Of(pattern, RegexOptions.None);

    [Fact]
    public void Literals_that_end_inside_other_literals_are_found_where_the_longer_one_fails()
    {
        // A literal that is the end of another's start ("he" in "she", "bc" in "abcd"), one inside another
        // ("ers" in "hers"), literals sharing their start, and repeated characters ("aab" after "aaab").
        var required = new[]
        {
            Of("(?:she|hers)"), Of("he"), Of("(?:abcd|xbcy)"), Of("bc"), Of("ers"), Of("aab"), Of("(?:abce|bcf)"), Of("x+"),
        };
        var texts = new[]
        {
            "", "s", "sh", "she", "shers", "ushe", "hers", "her", "abc", "abcd", "abce", "abcf", "xbc", "xbcy", "aaab", "aab",
            "aaaab", "ab", "bcd", "abcabcd", "xabcf", "the hershey bar", "aabce", "bc",
        };
        AssertSameAnswers(required, texts);
        var index = new RequiredTextIndex(required);
        Assert.Equal(new[] { true, true, false, false, true, false, false, false }, index.MayMatch("shers"));
        Assert.Equal(new[] { false, false, false, true, false, false, true, true }, index.MayMatch("xabcf"));
    }

    [Fact]
    public void Characters_outside_ASCII_a_literal_at_the_text_s_end_and_characters_no_literal_holds()
    {
        var required = new[]
        {
            Of("(?:Ünal|ünal|çok)"), Of("(?:é|\u00e9t\u00e9)"), Of("(?:\u0000\u0100|\u0002\u0000|\uffff\u0000)"), Of("(?:café|cafe)"),
            Of("(?:’s|'s)"), Of("(?:K|\u212a)elvin"),
        };
        var texts = new[]
        {
            "", "Ü", "Ünal", "Ünal met", "the envoy Ünal", "çok", "ço", "café", "cafe", "caf", "a cafe", "été", "l'été", "e",
            "a\u0000\u0100", "\u0002\u0000", "\u0002", "\uffff\u0000", "\uffff", "\u0100\u0000", "the minister’s", "the minister's",
            "’", "\u212aelvin", "Kelvin", "kelvin", "\u212aelvi", "日本の大使", "Ünalünal",
        };
        AssertSameAnswers(required, texts);
    }

    [Fact]
    public void An_empty_registry_and_patterns_that_require_nothing()
    {
        var none = new RequiredTextIndex(Array.Empty<RequiredText>());
        Assert.Equal(0, none.Count);
        Assert.Empty(none.MayMatch("The minister met his counterpart."));
        Assert.Empty(none.MayMatch(""));
        var unfiltered = new[] { RequiredText.Of("x", RegexOptions.IgnoreCase), RequiredText.Of(@"\w+", RegexOptions.None) };
        Assert.All(unfiltered, r => Assert.Null(r.Any));
        AssertSameAnswers(unfiltered, new[] { "", "x", "met" });
        Assert.Equal(new[] { true, true }, new RequiredTextIndex(unfiltered).MayMatch(""));
        // The same required text twice, and a pattern that requires nothing between two that do.
        var mixed = new[] { Of("met"), RequiredText.Of("met", RegexOptions.IgnoreCase), Of("met") };
        AssertSameAnswers(mixed, new[] { "", "me", "met", "Met", "metre", "he met" });
    }

    [Fact]
    public void The_trigger_vocabulary_over_in_house_sentences_and_invented_ones_and_their_parts()
    {
        var required = EventVocabulary.Triggers.Select(t => t.Pattern.Required).ToList();
        var sentences = InHouseSentences.All();
        var texts = new List<string>(sentences)
        {
            "", "The ministers signed", "He paid a courtesy call on", "held high-level talks", "the Shangri-La Dialogue",
            "The minister thinks the linked design is sound.", "Ünal visited Kelm’s port", "metres of cable", "convenes",
        };
        foreach (var s in sentences.Take(400))
        {
            // Every part that ends the sentence and every part that begins it.
            for (int i = 0; i < s.Length; i += 3)
            {
                texts.Add(s.Substring(i));
                texts.Add(s.Substring(0, i));
            }
        }
        var index = new RequiredTextIndex(required);
        int may = 0, mayNot = 0;
        foreach (var text in texts)
        {
            var answers = index.MayMatch(text);
            for (int p = 0; p < required.Count; p++)
            {
                Assert.True(required[p].MayMatch(text) == answers[p], "trigger " + p + " in \"" + text + "\"");
                if (answers[p]) may++; else mayNot++;
            }
        }
        Assert.True(may > 10_000 && mayNot > 100_000, may + " / " + mayNot);
    }

    [Fact]
    public void Invented_literal_sets_answer_as_each_pattern_over_random_texts()
    {
        // Literals and texts drawn from a small alphabet (with letters outside ASCII), so that literals overlap often.
        var random = new Random(35);
        const string alphabet = "abcé’Üx";
        for (int round = 0; round < 20; round++)
        {
            var required = new List<RequiredText>();
            for (int p = 0; p < 12; p++) required.Add(Of(RandomStrings.Alternation(random, alphabet, 1, 5, 1, 5)));
            var texts = RandomStrings.Texts(random, alphabet, 200, 0, 24);
            AssertSameAnswers(required, texts);
        }
    }
}
