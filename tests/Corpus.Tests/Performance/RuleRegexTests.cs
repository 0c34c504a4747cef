using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// A rule's expression holds its own requirement (<see cref="RuleRegex"/>), made where the expression
/// is made, so <see cref="RequiredText.Of(Regex)"/> reads it instead of looking it up in its table:
/// the requirement is the one the table gives, so the prefilter answers as before.
/// </summary>
public class RuleRegexTests
{
    private static string Strings(RequiredText required) => required.Any is null ? "(none)" : string.Join("|", required.Any);

    [Fact]
    public void A_rule_expression_holds_the_requirement_of_its_pattern_and_is_asked_for_it()
    {
        const string pattern = @"\b(?:greeted|greets)\b(?= the)";
        var rule = new RuleRegex(pattern, RegexOptions.CultureInvariant);
        var plain = new Regex(pattern, RegexOptions.CultureInvariant);
        Assert.Same(rule.Required, RequiredText.Of(rule));
        Assert.NotSame(rule.Required, RequiredText.Of(plain));
        Assert.NotNull(rule.Required.Any);
        Assert.Equal(Strings(RequiredText.Of(plain)), Strings(rule.Required));
        foreach (var text in new[] { "The envoy greeted the cadets.", "The envoy greeted them.", "Nobody was there.", "She greets the crew", "greetings the crew" })
        {
            Assert.Equal(plain.IsMatch(text), rule.IsMatch(text));
            Assert.Equal(RequiredText.IsMatch(plain, text), RequiredText.IsMatch(rule, text));
            Assert.Equal(RequiredText.Of(plain).MayMatch(text), RequiredText.Of(rule).MayMatch(text));
        }
    }

    [Fact]
    public void Options_that_give_no_requirement_give_none_held_either()
    {
        var rule = new RuleRegex(@"\bgreeted\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        Assert.Null(rule.Required.Any);
        Assert.True(RequiredText.IsMatch(rule, "The envoy GREETED the cadets."));
    }

    [Fact]
    public void Every_rule_pattern_holds_what_the_table_would_give_for_its_pattern_and_options()
    {
        int rules = 0;
        var expressions = RulePatterns.Names.Select(n => (n, RulePatterns.Get(n))).ToList();
        foreach (var p in typeof(EventVocabulary).GetProperties(BindingFlags.Public | BindingFlags.Static).Where(p => p.PropertyType == typeof(Regex)))
        {
            expressions.Add(("EventVocabulary." + p.Name, (Regex)p.GetValue(null)!));
        }
        foreach (var (name, regex) in expressions)
        {
            if (regex is not RuleRegex rule) continue;
            rules++;
            Assert.Same(rule.Required, RequiredText.Of(regex));
            Assert.Equal(Strings(RequiredText.Of(regex.ToString(), regex.Options)), Strings(rule.Required));
        }
        Assert.True(rules >= RulePatterns.Names.Count(), rules.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void A_hot_expression_holds_its_requirement_before_and_after_it_is_compiled(int threshold)
    {
        var hot = new HotRegex(@"\b(?:saluted|salutes)\b", RegexOptions.CultureInvariant, threshold);
        for (int i = 0; i < 5; i++)
        {
            var regex = hot.Regex;
            Assert.Same(hot.Required, RequiredText.Of(regex));
            Assert.True(RequiredText.IsMatch(regex, "The guard saluted."));
            Assert.False(RequiredText.IsMatch(regex, "The guard waved."));
        }
        Assert.True(hot.IsCompiled);
    }
}
