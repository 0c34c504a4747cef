using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// The literal prefilter (<see cref="RequiredText"/>) of a pattern under <see cref="RegexOptions.IgnoreCase"/>: only the
/// literals without another case (ASCII characters that are not letters) are required, so a pattern that matches a text
/// is never skipped over it, in any case of its letters.
/// </summary>
public class RequiredTextCaselessTests
{
    [Theory]
    [InlineData(@"^(?:Also read|Read more|Photo)\s*:", ":")]
    [InlineData(@"\bno\.\s*\d+", ".")]
    [InlineData(@"(?:[:;]x|[:;]y)", ":|;")]
    [InlineData(@"\d{4}-\d{2}", "-")]
    [InlineData(@"café, ", ", ")]
    [InlineData(@"\(kelm\)", "(")]
    public void Under_ignore_case_the_required_text_is_what_has_no_other_case(string pattern, string expected)
    {
        var required = RequiredText.Of(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase).Any;
        Assert.NotNull(required);
        Assert.Equal(expected, string.Join("|", required!));
    }

    [Theory]
    [InlineData(@"visit")]
    [InlineData(@"[Kk]elvin")]
    [InlineData(@"[k:]x")]
    [InlineData(@"\u00e9t\u00e9")]
    [InlineData(@"(?:visit|:)")]
    public void Under_ignore_case_a_pattern_of_letters_requires_nothing(string pattern)
    {
        var required = RequiredText.Of(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        Assert.Null(required.Any);
        Assert.True(required.MayMatch("nothing of it here"));
    }

    /// <summary>Every static expression of the engine's assembly made with <see cref="RegexOptions.IgnoreCase"/>.</summary>
    private static List<(string Name, Regex Regex)> CaselessPatterns()
    {
        var found = new List<(string, Regex)>();
        foreach (var type in typeof(ArticleRecognizer).Assembly.GetTypes())
        {
            if (type.ContainsGenericParameters) continue;
            foreach (var f in type.GetFields(BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static))
            {
                if (!typeof(Regex).IsAssignableFrom(f.FieldType)) continue;
                if (f.GetValue(null) is Regex r && (r.Options & RegexOptions.IgnoreCase) != 0) found.Add((type.Name + "." + f.Name, r));
            }
        }
        return found;
    }

    [Fact]
    public void No_caseless_pattern_of_the_engine_is_skipped_over_a_text_it_matches()
    {
        var patterns = CaselessPatterns();
        Assert.Contains(patterns, p => p.Name == "ArticleRecognizer.s_link");
        var sentences = InHouseSentences.All();
        // Invented lines in several cases, with letters that have a third case (the Kelvin sign, the long s).
        var invented = new[]
        {
            "Also read: Kelm and Varno sign a pact", "ALSO READ : the talks", "read MORE:", "photo:", "PHOTO :", "Source\t: agency",
            "See also: the visit", "Cli\u212A here: more", "\u017Fee also: more", "Related", "Photo Kelm", ": also read", "",
        };
        int requiring = 0;
        foreach (var (name, regex) in patterns)
        {
            var required = RequiredText.Of(regex);
            if (required.Any is not null) requiring++;
            foreach (var text in sentences.Concat(invented).Concat(invented.Select(t => t.ToUpperInvariant())).Concat(invented.Select(t => t.ToLowerInvariant())))
            {
                if (regex.IsMatch(text)) Assert.True(required.MayMatch(text), name + " matches \"" + text + "\" but its required text is not in it");
                Assert.Equal(regex.IsMatch(text), RequiredText.IsMatch(regex, text));
            }
        }
        Assert.True(requiring > 0, requiring.ToString());
    }

    [Theory]
    [InlineData("Also read: Kelm and Varno sign a pact", true)]
    [InlineData("ALSO READ : the talks", true)]
    [InlineData("The ministers met in Kelm.", false)]
    [InlineData("Photo of the ministers in Kelm", false)]
    public void A_link_line_is_told_as_before(string text, bool link)
    {
        var regex = (Regex)typeof(ArticleRecognizer).GetField("s_link", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        Assert.Equal(new[] { ":" }, RequiredText.Of(regex).Any);
        Assert.Equal(link, RequiredText.IsMatch(regex, text));
        Assert.Equal(link, regex.IsMatch(text));
    }
}
