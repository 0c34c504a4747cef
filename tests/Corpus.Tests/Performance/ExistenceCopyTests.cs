using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Events;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// <see cref="RequiredText.IsMatch(Regex, string)"/> and its part form ask a copy of the expression made with
/// <c>RegexOptions.NonBacktracking</c> (<see cref="RequiredText.ExistenceOf"/>) where the runtime has that engine and the
/// expression uses nothing it lacks: the copy answers whether the expression matches, over every part the rules ask about,
/// exactly as the expression does.
/// </summary>
public class ExistenceCopyTests
{
    private const RegexOptions NonBacktracking = (RegexOptions)1024;

    private static readonly string[] s_invented =
    {
        "", "a", "The Oskaran delegation met the Velish envoy on Tuesday.", "He met with them; they met again.",
        "Ünal visited Zürich, then Ünal left.", "Tarvel, Oct. 3 -- The Velish navy said it would hold a drill.",
        "She also visited the Kelm base, the ministry said in a statement.", "ends with a comma,",
    };

    /// <summary>The engine's expressions: the triggers, the event vocabulary's, the stages' static ones and the rule patterns.</summary>
    private static List<Regex> EngineExpressions()
    {
        var regexes = new List<Regex>();
        regexes.AddRange(EventVocabulary.Triggers.Select(t => new Regex(t.Pattern.ToString(), RegexOptions.CultureInvariant)));
        regexes.AddRange(typeof(EventVocabulary).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(Regex)).Select(p => (Regex)p.GetValue(null)!));
        foreach (var type in new[] { typeof(EngagementBuilder), typeof(PersonRecognizer), typeof(ArticleExtractor), typeof(DateRecognizer) })
        {
            regexes.AddRange(type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static)
                .Where(f => f.FieldType == typeof(Regex)).Select(f => (Regex)f.GetValue(null)!));
        }
        regexes.AddRange(RulePatterns.Names.Select(RulePatterns.Get));
        return regexes.Distinct().ToList();
    }

    [Fact]
    public void The_copy_answers_as_the_expression_over_every_part_the_rules_ask()
    {
        var regexes = EngineExpressions();
        var texts = InHouseSentences.All().Take(60).Concat(s_invented).ToList();
        int copies = 0, asked = 0;
        foreach (var regex in regexes)
        {
            var copy = RequiredText.ExistenceOf(regex);
            if (ReferenceEquals(copy, regex)) continue;
            copies++;
            foreach (var text in texts)
            {
                var parts = new List<(int Start, int Length)> { (0, text.Length) };
                for (int i = 0; i < text.Length; i++)
                {
                    if (text[i] != ' ' && text[i] != ',') continue;
                    parts.Add((0, i));
                    parts.Add((i, text.Length - i));
                }
                foreach (var (start, length) in parts)
                {
                    asked++;
                    bool expected = regex.Match(text, start, length).Success;
                    Assert.True(expected == copy.IsMatch(text.Substring(start, length)),
                        regex + " over (" + start + ", " + length + ") of \"" + text + "\"");
                    Assert.Equal(expected, RequiredText.IsMatch(regex, text, start, length));
                }
                Assert.Equal(regex.IsMatch(text), RequiredText.IsMatch(regex, text));
            }
        }
        // Most of the rules' expressions use no lookaround and get a copy; each was asked about thousands of parts.
        Assert.True(copies >= 40, copies + " copies");
        Assert.True(asked > 100_000, asked + " parts asked");
    }

    [Fact]
    public void An_expression_the_automaton_cannot_read_is_asked_itself()
    {
        foreach (var (pattern, options) in new[]
        {
            (@"(?<=Velish )navy", RegexOptions.None),
            (@"\bmet\b(?! again)", RegexOptions.None),
            (@"(\w+) and \1", RegexOptions.None),
            (@"(?>Kelm|Kel)m", RegexOptions.None),
            (@"\bmet\b", RegexOptions.RightToLeft),
        })
        {
            var regex = new Regex(pattern, options);
            Assert.Same(regex, RequiredText.ExistenceOf(regex));
        }
        var plain = new Regex(@"\b(?:met|visited)\s+(?<whom>\p{Lu}\w+)", RegexOptions.CultureInvariant);
        var copy = RequiredText.ExistenceOf(plain);
        Assert.NotSame(plain, copy);
        Assert.Equal(NonBacktracking, copy.Options & NonBacktracking);
        Assert.Same(copy, RequiredText.ExistenceOf(plain));
        Assert.True(RequiredText.IsMatch(plain, "The envoy visited Tarvel twice."));
        Assert.False(RequiredText.IsMatch(plain, "The envoy visited tarvel twice."));
        Assert.True(RequiredText.IsMatch(plain, "We met Orla, then left.", 0, 12));
        Assert.False(RequiredText.IsMatch(plain, "We met Orla, then left.", 0, 7));
    }
}
