using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Events;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// The literal prefilter (<see cref="RequiredText"/>) asked about parts of a text, again and again as the
/// rules ask about one sentence: at a text's first ask every required string is searched, at later asks
/// the text's pairs of characters (<see cref="CharPairs"/>) rule some out first. Every answer stays what
/// the searches alone give, for the engine's requirements and invented ones, over the parts the rules ask
/// about (before and after each space, the text's ends, parts inside, a part at the text's end).
/// </summary>
public class RequiredTextPartsTests
{
    // New strings (not literals the runtime shares), as sentences are.
    private static string Make(string s) => new(s.ToCharArray());

    private static readonly string[] s_invented =
    {
        "", "a", "ab", "The Oskaran delegation met the Velish envoy.", "He met with them; they met again.",
        "Ünal visited Zürich, then Ünal left.", "The \u212Aelvin sign and K.", "a\u0000\u0100b", "zz z\u00ff zz",
        "The month's end, the month’s start.", "emoji \U0001F600 at the end \U0001F600", "visits visit visits",
        "ends with the required word: met",
    };

    /// <summary>Every pattern the engine filters: the triggers, the event vocabulary's patterns and the rules' static patterns, with the rule patterns.</summary>
    private static List<RequiredText> EngineRequirements()
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
        regexes.AddRange(RulePatterns.Names.Select(RulePatterns.Get));
        var invented = new[] { "(?:abc|abd|xy|Ünal|é|\u0000\u0100|q|zz|z\u00ff)", "(?:visits?|trips?|tours?)", "(?:week|month)(?:’s|'s)", "\U0001F600", "met$", "K" };
        return regexes.Select(RequiredText.Of).Concat(invented.Select(p => RequiredText.Of(p, RegexOptions.None)))
            .Where(r => r.Any is not null).ToList();
    }

    private static bool Searched(RequiredText required, string text, int start, int length)
        => required.Any!.Any(s => text.IndexOf(s, start, length, StringComparison.Ordinal) >= 0);

    [Fact]
    public void The_prefilter_answers_as_the_searches_alone_for_every_part_of_a_text_asked_again()
    {
        var requirements = EngineRequirements();
        var texts = InHouseSentences.All().Take(80).Concat(s_invented).Select(Make).ToList();
        int may = 0, mayNot = 0;
        foreach (var text in texts)
        {
            // The parts the rules ask about: before and after each space, the text's ends, and some inside.
            var parts = new List<(int Start, int Length)> { (0, text.Length) };
            for (int i = 0; i <= text.Length; i++)
            {
                if (i < text.Length && text[i] != ' ' && i % 7 != 0) continue;
                parts.Add((0, i));
                parts.Add((i, text.Length - i));
                if (i + 5 <= text.Length) parts.Add((i, 5));
                if (i + 20 <= text.Length) parts.Add((i, 20));
            }
            // The first ask of each text searches every string, the others go through its pairs.
            for (int round = 0; round < 2; round++)
            {
                foreach (var required in requirements)
                {
                    foreach (var (start, length) in parts)
                    {
                        bool expected = Searched(required, text, start, length);
                        if (expected != required.MayMatch(text, start, length))
                        {
                            Assert.Fail(string.Join("|", required.Any!) + " over (" + start + ", " + length + ") of \"" + text + "\"");
                        }
                        if (expected) may++;
                        else mayNot++;
                    }
                }
            }
        }
        Assert.True(may > 1000 && mayNot > 1000, may + " / " + mayNot);
    }
}
