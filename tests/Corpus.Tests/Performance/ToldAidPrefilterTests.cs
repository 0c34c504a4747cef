using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// <c>EngagementBuilder.AidsToldInside</c> asks its expression (patterns.tsv told-aid) only of a sentence that names exactly the
/// two states of one of the article's engagements and holds one of the strings every match of the expression holds
/// (<see cref="RequiredText"/>); before, it ran the expression over every sentence naming two or more states. The answers must be
/// the same: wherever the expression matches, the sentence holds one of the required strings.
/// </summary>
public class ToldAidPrefilterTests
{
    private static readonly System.Text.RegularExpressions.Regex s_toldAid = RulePatterns.Get("told-aid");

    [Fact]
    public void The_told_aid_expression_has_a_known_requirement()
    {
        var required = RequiredText.Of(s_toldAid);
        Assert.NotNull(required.Any);
        Assert.NotEmpty(required.Any!);
        Assert.All(required.Any!, s => Assert.NotEqual("", s));
        // The empty text holds none, and the expression does not match it.
        Assert.False(required.MayMatch(""));
        Assert.DoesNotMatch(s_toldAid, "");
    }

    [Fact]
    public void Wherever_the_told_aid_expression_matches_the_sentence_holds_a_required_string()
    {
        var required = RequiredText.Of(s_toldAid);
        var texts = InHouseSentences.All();
        // Invented: the pattern's own examples, letters outside ASCII, the Kelvin sign, a match at the text's end, and near misses.
        texts.AddRange(new[]
        {
            "The crews are training on the patrol boats that the Ostrian government offered to Vesk.",
            "The Veskan government has provided Ostria with $5 million financial aid.",
            "The course follows Ostria agreeing to donate three patrol craft to the Veskan navy.",
            "The course was offered to the Veskan special forces.",
            "Vesk refused Ostria's offer to station missiles on its soil.",
            "Ünal said Zürich donated two helicopters",
            "The \u212Aelvin shipyard will build the vessels that Ostria pledged to Vesk",
            "Çelik gave Ostria équipement and the aid",
            "Ostria gave",
            "aid",
            "The ships which the Veskan navy handed over to",
        });
        int matched = 0, asked = 0;
        foreach (var text in texts)
        {
            asked++;
            bool may = required.MayMatch(text);
            bool matches = s_toldAid.Match(text).Success;
            if (matches)
            {
                matched++;
                Assert.True(may, text);
            }
        }
        Assert.True(asked > 500, $"{asked} sentences");
        Assert.True(matched >= 4, $"{matched} matches");
    }
}
