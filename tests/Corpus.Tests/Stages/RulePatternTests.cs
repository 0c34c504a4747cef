using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Extraction.Vocabulary;
using Corpus.Tests.Generator;
using Xunit;

namespace Corpus.Tests.Stages;

/// <summary>
/// The clause-level patterns of the rules are data (<c>Vocabulary/patterns.tsv</c>): each has
/// examples it must match and must not match, and the engine's rules ask only for patterns the
/// file has, and use every one of them.
/// </summary>
public class RulePatternTests
{
    public static IEnumerable<object[]> Examples()
        => RulePatterns.AllExamples.Select(e => new object[] { e.Name, e.Matches ? "+" : "-", e.Text });

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_behaves_as_the_file_says(string name, string sign, string text)
    {
        Assert.Equal(sign == "+", RulePatterns.Get(name).IsMatch(text));
    }

    [Fact]
    public void Every_pattern_has_an_example_to_match_and_one_to_miss()
    {
        var examples = RulePatterns.AllExamples;
        foreach (var name in RulePatterns.Names)
        {
            Assert.True(examples.Any(e => e.Name == name && e.Matches), name + " has no example it must match");
            Assert.True(examples.Any(e => e.Name == name && !e.Matches), name + " has no example it must miss");
        }
        Assert.All(examples, e => Assert.Contains(e.Name, RulePatterns.Names));
    }

    [Fact]
    public void The_rules_use_every_pattern_and_only_patterns_of_the_file()
    {
        string engine = Path.Combine(GeneratorHarness.RepositoryRoot, "generator", "Corpus.Extraction");
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(engine, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match m in Regex.Matches(File.ReadAllText(file), @"RulePatterns\.Get\(""([^""]+)""\)")) asked.Add(m.Groups[1].Value);
        }
        Assert.NotEmpty(asked);
        Assert.Empty(asked.Except(RulePatterns.Names));
        Assert.Empty(RulePatterns.Names.Except(asked));
    }

    [Theory]
    [InlineData("[patterns]\nsame\t-\ta\nsame\t-\tb\n", "twice")]
    [InlineData("[patterns]\nx\tloud\ta\n", "unknown option 'loud'")]
    [InlineData("[patterns]\nx\t-\n", "needs a name, options and a pattern")]
    public void A_malformed_file_is_refused_with_its_reason(string text, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => RulePatterns.Parse(DataFile.Parse(text)));
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void Options_are_read_from_the_file()
    {
        var patterns = RulePatterns.Parse(DataFile.Parse("[patterns]\na\tinvariant ignore-case\tx\nb\t-\tx\n"));
        Assert.Equal(RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, patterns["a"].Options);
        Assert.Equal(RegexOptions.None, patterns["b"].Options);
    }

    // EngagementBuilder.Name runs occasion-name-before only where the text before the noun may end in a name (white space after
    // a word that starts with a capital or a digit): wherever the pattern matches, that test lets it run.
    [Theory]
    [InlineData("the Steppe Shield ")]
    [InlineData("troops took part in the Southern Wave 2023 ")]
    [InlineData("the navies opened Exercise Southern Wave IX ")]
    [InlineData("at the Kelm-Vesk Harbour Dialogue\u00A0")]
    [InlineData("of O'Brien Shield\t")]
    [InlineData("the joint ")]
    [InlineData("the Steppe Shield")]
    [InlineData("ships of Ostria, ")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("for 2023 ")]
    [InlineData("in the \u00C9toile ")]
    [InlineData("held (Southern Wave) ")]
    public void The_occasion_name_before_a_noun_is_searched_wherever_it_may_match(string before)
    {
        bool matches = RulePatterns.Get("occasion-name-before").IsMatch(before);
        Assert.True(!matches || Corpus.Extraction.Events.EngagementBuilder.MayEndWithName(before, before.Length), before);
        foreach (var e in RulePatterns.AllExamples.Where(e => e.Name == "occasion-name-before"))
            Assert.True(!e.Matches || Corpus.Extraction.Events.EngagementBuilder.MayEndWithName(e.Text, e.Text.Length), e.Text);
    }

    // Most nouns follow a word in lower case: there the pattern is not run.
    [Theory]
    [InlineData("the joint ")]
    [InlineData("held the annual ")]
    [InlineData("the Steppe Shield")]
    [InlineData("")]
    public void The_occasion_name_before_a_noun_is_not_searched_after_a_word_in_lower_case(string before)
    {
        Assert.False(Corpus.Extraction.Events.EngagementBuilder.MayEndWithName(before, before.Length));
        Assert.DoesNotMatch(RulePatterns.Get("occasion-name-before"), before);
    }
}
