using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Events;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// A requirement of many strings (<see cref="Many"/> or more, as the engine's longest alternations expand to) asked about
/// parts of a text: every answer of <see cref="RequiredText.MayMatch(string, int, int)"/> is what the searches alone give
/// (whether one of the strings is in the part), at a text's first ask (no set of pairs at hand) and at later asks (the
/// whole text's pairs), over parts at the text's start, inside it and at its end, with strings of one character and
/// characters outside ASCII. Written for the thirty-sixth round's tried change (strings filed by their first pair, not
/// kept); they hold of the prefilter as it is and of any faster form of it.
/// </summary>
public class RequiredTextManyStringsTests
{
    // The fewest strings a requirement of many strings has here.
    private const int Many = 16;

    // A new string (not one the runtime shares), so its first ask has no set of pairs at hand.
    private static string Fresh(string s) => new(s.ToCharArray());

    private static bool Searched(RequiredText required, string text, int start, int length)
        => required.Any!.Any(s => text.IndexOf(s, start, length, StringComparison.Ordinal) >= 0);

    private static List<(int Start, int Length)> Parts(string text)
    {
        var parts = new List<(int Start, int Length)> { (0, text.Length), (text.Length, 0) };
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != ' ' && i % 5 != 0) continue;
            parts.Add((0, i));
            parts.Add((i, text.Length - i));
            if (i + 1 <= text.Length) parts.Add((i, 1));
            if (i + 2 <= text.Length) parts.Add((i, 2));
            if (i + 9 <= text.Length) parts.Add((i, 9));
        }
        return parts;
    }

    // Each part asked of a fresh copy of the text (its first ask: the part's own pairs), then of one copy asked
    // again and again (the whole text's pairs): both answer as the searches.
    private static (int May, int MayNot) AssertAsSearched(IReadOnlyList<RequiredText> requirements, IEnumerable<string> texts)
    {
        int may = 0, mayNot = 0;
        foreach (var original in texts)
        {
            var parts = Parts(original);
            var again = Fresh(original);
            foreach (var required in requirements)
            {
                foreach (var (start, length) in parts)
                {
                    bool expected = Searched(required, original, start, length);
                    if (expected != required.MayMatch(Fresh(original), start, length))
                    {
                        Assert.Fail("first ask: " + string.Join("|", required.Any!) + " over (" + start + ", " + length + ") of \"" + original + "\"");
                    }
                    for (int round = 0; round < 2; round++)
                    {
                        if (expected != required.MayMatch(again, start, length))
                        {
                            Assert.Fail("ask " + (round + 2) + ": " + string.Join("|", required.Any!) + " over (" + start + ", " + length + ") of \"" + original + "\"");
                        }
                    }
                    if (expected) may++;
                    else mayNot++;
                }
                Assert.Equal(Searched(required, original, 0, original.Length), required.MayMatch(Fresh(original)));
            }
        }
        return (may, mayNot);
    }

    private static RequiredText Of(string pattern) => RequiredText.Of(pattern, RegexOptions.None);

    [Fact]
    public void Many_strings_with_short_ones_shared_first_pairs_and_characters_outside_ASCII()
    {
        var requirements = new[]
        {
            // Strings of one character (no pairs: searched always), strings sharing their first pair, a string that is another's end.
            Of("(?:Ü|é|\u0000|abc|abd|abx|xab|bca|çok|zz|met|meet|talks|call|held|hosted|the week)"),
            Of("(?:week's|month's|year's|week’s|month’s|year’s|today's|the week|Monday's|Friday's|Sunday's|weekend's|Kelvin|kelvin|café|cafe)"),
            Of("(?:\u212Aelvin|Kelvin|kelvin|\uffff\u0000|\u0000\u0100|\U0001F600|café|cafe|Ünal|ünal|çok|zz z|met|talks|call|held|hosted)"),
            // Exactly as many strings as Many, and one fewer.
            Of("(?:met|meet|talks|call|held|hosted|signed|visited|received|graced|chaired|observed|welcomed|attended|joined|greeted)"),
            Of("(?:met|meet|talks|call|held|hosted|signed|visited|received|graced|chaired|observed|welcomed|attended|joined)"),
        };
        Assert.All(requirements.Take(3), r => Assert.True(r.Any!.Count >= Many, string.Join("|", r.Any!)));
        Assert.Equal(Many, requirements[3].Any!.Count);
        Assert.Equal(Many - 1, requirements[4].Any!.Count);
        var texts = new[]
        {
            "", "a", "Ü", "ab", "ba", "abc", "xabd", "the week", "the week's end", "the month’s start", "Ünal met çok",
            "\u212Aelvin and Kelvin", "x\uffff\u0000", "a\u0000\u0100b", "emoji \U0001F600", "emoji \uD83D", "caf", "a cafe",
            "They held talks and met.", "zz z\u00ff zz", "ends with the last string: kelvin", "meets", "he meet", "the week's end was greeted",
        };
        var (may, mayNot) = AssertAsSearched(requirements, texts);
        Assert.True(may > 100 && mayNot > 100, may + " / " + mayNot);
    }

    [Fact]
    public void A_requirement_of_nothing_is_asked_as_before()
    {
        var nothing = RequiredText.Of(@"\w+", RegexOptions.None);
        Assert.Null(nothing.Any);
        Assert.True(nothing.MayMatch(""));
        Assert.True(nothing.MayMatch(Fresh("The minister met his counterpart."), 3, 0));
    }

    [Fact]
    public void The_engine_s_requirements_of_many_strings_over_in_house_sentences_and_invented_ones()
    {
        var regexes = new List<Regex>();
        regexes.AddRange(EventVocabulary.Triggers.Select(t => new Regex(t.Pattern.ToString(), RegexOptions.CultureInvariant)));
        regexes.AddRange(typeof(EventVocabulary).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Regex)).Select(p => (Regex)p.GetValue(null)!));
        foreach (var type in new[] { typeof(EngagementBuilder), typeof(PersonRecognizer), typeof(ArticleExtractor) })
        {
            regexes.AddRange(type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(Regex)).Select(f => (Regex)f.GetValue(null)!));
        }
        var requirements = regexes.Select(RequiredText.Of).Where(r => r.Any is { Count: >= Many }).Distinct().ToList();
        Assert.True(requirements.Count >= 8, requirements.Count.ToString());
        var texts = InHouseSentences.All().Take(60).Concat(new[]
        {
            "", "s", "The ministers signed", "He paid a courtesy call on", "held high-level talks", "the Shangri-La Dialogue",
            "Ünal visited Kelm’s port", "the week’s exercise ended", "attended by the two sides, who exchanged views",
        }).ToList();
        var (may, mayNot) = AssertAsSearched(requirements, texts);
        Assert.True(may > 1000 && mayNot > 10_000, may + " / " + mayNot);
    }

    [Fact]
    public void Invented_sets_of_many_strings_answer_as_the_searches_over_random_texts()
    {
        // Strings and texts drawn from a small alphabet (with letters outside ASCII), so that strings overlap and share pairs often.
        var random = new Random(36);
        const string alphabet = "abcé’Üx ";
        int filed = 0;
        for (int round = 0; round < 20; round++)
        {
            var requirements = new List<RequiredText>();
            for (int p = 0; p < 6; p++)
            {
                var required = Of(RandomStrings.Alternation(random, alphabet, Many, Many + 12, 2, 6, escape: true));
                if (required.Any is not null) requirements.Add(required);
            }
            filed += requirements.Count(r => r.Any!.Count >= Many);
            var texts = RandomStrings.Texts(random, alphabet, 40, 0, 30);
            AssertAsSearched(requirements, texts);
        }
        Assert.True(filed >= 20, filed.ToString());
    }
}
