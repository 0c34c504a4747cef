using System.Text.RegularExpressions;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// The second set of strings a pattern requires (<see cref="RequiredText.Also"/>, the eighty-seventh speed round): worked
/// out from another part of the pattern's sequence than the first set's, so a text is let through only when it holds one
/// string of each; what the expression matches never depends on it.
/// </summary>
public class RequiredTextSecondSetTests
{
    private static RequiredText Of(string pattern) => RequiredText.Of(pattern, RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(@"\b(?:Kel|Vesk)\s+(?:toured|inspected)\b", "toured|inspected", "Kel|Vesk")]
    [InlineData(@"^(?:He|She)\s+(?:\w+\s+){0,3}(?:toured|inspected)", "toured|inspected", "He|She")]
    [InlineData(@"(?:Kel\s+toured\s+)+", "toured", "Kel")]
    [InlineData(@"(?<who>Arno|Dulm)\s+(?:also\s+)?(?<what>docked)", "docked", "Arno|Dulm")]
    public void A_sequence_of_two_required_parts_keeps_the_better_as_its_first_set_and_the_other_as_its_second(string pattern, string first, string second)
    {
        var required = Of(pattern);
        Assert.Equal(first, string.Join("|", required.Any!));
        Assert.Equal(second, string.Join("|", required.Also!));
    }

    [Theory]
    [InlineData(@"toured")]
    [InlineData(@"Kel\s+toured|inspected")]
    [InlineData(@"(?:Kel\s+)?toured")]
    [InlineData(@",\s*toured")]
    [InlineData(@"(?:Kel\s+)*toured")]
    [InlineData(@"Kel toured")]
    public void A_pattern_with_one_required_part_an_alternation_or_an_optional_or_one_character_part_has_no_second_set(string pattern)
    {
        var required = Of(pattern);
        Assert.NotNull(required.Any);
        Assert.Null(required.Also);
    }

    [Fact]
    public void A_text_or_a_part_is_let_through_only_when_it_holds_a_string_of_each_set_and_every_match_is()
    {
        var regex = new Regex(@"\b(?:Kel|Vesk)\s+(?:toured|inspected)\b", RegexOptions.CultureInvariant);
        var required = Of(regex.ToString());
        var texts = new[]
        {
            "Kel toured the dry dock at Ostmark.", "Arno toured the dry dock at Ostmark.", "Vesk saw the dock; Arno inspected it.",
            "Vesk, after the parade, inspected the cadets.", "The envoy from Kel arrived.", "", "Kel", "toured",
        };
        int refused = 0;
        foreach (var text in texts)
        {
            bool first = required.MayMatchFirst(text, 0, text.Length);
            bool second = text.Contains("Kel") || text.Contains("Vesk");
            Assert.Equal(first && second, required.MayMatch(text));
            Assert.Equal(first && second, required.MayMatchWhole(LiteralPresence.Of(text), text));
            Assert.Equal(first && second, required.MayMatchWhole(null, text));
            if (first && !second) refused++;
            for (int start = 0; start <= text.Length; start++)
            {
                for (int length = 0; start + length <= text.Length; length += 3)
                {
                    string part = text.Substring(start, length);
                    bool may = required.MayMatch(text, start, length);
                    Assert.Equal(required.MayMatchFirst(part, 0, part.Length) && (part.Contains("Kel") || part.Contains("Vesk")), may);
                    if (regex.IsMatch(part)) Assert.True(may, "\"" + part + "\" matches but is refused");
                }
            }
        }
        // "Arno toured …" holds the first set and not the second: the second refuses it, and nothing that matches.
        Assert.True(refused >= 1, refused.ToString());
        Assert.False(RequiredText.IsMatch(regex, texts[1]));
        Assert.True(RequiredText.IsMatch(regex, texts[0]));
    }
}
