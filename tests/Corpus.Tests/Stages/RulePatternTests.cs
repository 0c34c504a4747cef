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
    // EventStage.WithTownsOfStates runs town-before-state only where a comma follows a capitalised word and comes before white
    // space and a capital (or "the" and a capital): wherever the pattern matches, that test lets it run.
    [Theory]
    [InlineData("Exercises in Kelmbrook, Ostria, till May 9.")]
    [InlineData("Talks at Port Dosk, the Vale Republic, ended.")]
    [InlineData("They met in O\u2019Vane,\u00A0Ostria.")]
    [InlineData("They met in Kelm-Vesk,\tOstria.")]
    [InlineData("They met in Dosk, the\nOstria side.")]
    [InlineData("In 2023, the talks resumed.")]
    [InlineData("The talks, which began in Dosk, ended.")]
    [InlineData("In Dosk, the minister spoke.")]
    [InlineData("They met in Dosk,Ostria.")]
    [InlineData("They met in X, Ostria.")]
    [InlineData("")]
    [InlineData(",")]
    [InlineData("in Dosk, the")]
    public void The_town_before_a_state_is_searched_wherever_it_may_match(string text)
    {
        bool matches = RulePatterns.Get("town-before-state").IsMatch(text);
        Assert.True(!matches || Corpus.Extraction.Events.EventStage.MayHoldTownBeforeState(text), text);
        foreach (var e in RulePatterns.AllExamples.Where(e => e.Name == "town-before-state"))
            Assert.True(!e.Matches || Corpus.Extraction.Events.EventStage.MayHoldTownBeforeState(e.Text), e.Text);
    }

    // Most sentences with a comma have no capitalised word before it and a capital after it: there the pattern is not run.
    [Theory]
    [InlineData("In 2023, the talks resumed.")]
    [InlineData("The talks, which began in Dosk, ended.")]
    [InlineData("In Dosk, the minister spoke.")]
    [InlineData("They met in Dosk,Ostria.")]
    public void The_town_before_a_state_is_not_searched_without_a_capital_on_both_sides_of_a_comma(string text)
    {
        Assert.False(Corpus.Extraction.Events.EventStage.MayHoldTownBeforeState(text));
        Assert.DoesNotMatch(RulePatterns.Get("town-before-state"), text);
    }
}
