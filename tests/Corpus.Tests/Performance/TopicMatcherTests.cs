using System.Text.RegularExpressions;
using Corpus.Extraction.Events;
using Corpus.Extraction.Read;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// A topic's trigger word is matched in the folded sentence as a whole word (<see cref="EngagementBuilder.TopicMatcher"/>);
/// a sentence that does not hold the trigger's folded form at all is ruled out by an ordinal search before the
/// expression is tried. What matches must be what the expression alone matched before.
/// </summary>
public class TopicMatcherTests
{
    private static Regex Plain(string trigger)
        => new(@"\b" + Regex.Escape(TextTools.Fold(trigger)) + @"\b", RegexOptions.CultureInvariant);

    [Theory]
    // Invented sentences, already folded as the builder folds them.
    [InlineData("demining", "the two sides discussed demining near the border of ostria.", true)]
    [InlineData("Demining", "the two sides discussed demining near the border of ostria.", true)]
    [InlineData("demining", "the two sides discussed deminingwork near the border.", false)]
    [InlineData("demining", "the two sides discussed mine clearance near the border.", false)]
    [InlineData("maritime security", "they spoke of maritime security in the gulf of kelm.", true)]
    [InlineData("maritime security", "they spoke of maritime and security matters.", false)]
    [InlineData("Défense", "a new defense pact was signed in velra.", true)]
    public void A_trigger_matches_as_a_whole_word_of_the_folded_sentence(string trigger, string folded, bool expected)
    {
        var matcher = EngagementBuilder.TopicPattern(trigger);
        Assert.Equal(TextTools.Fold(trigger), matcher.Literal);
        Assert.Equal(expected, matcher.IsMatch(folded));
        Assert.Equal(Plain(trigger).IsMatch(folded), matcher.IsMatch(folded));
    }

    [Fact]
    public void A_sentence_without_the_literal_is_ruled_out_and_one_with_it_is_left_to_the_expression()
    {
        var matcher = EngagementBuilder.TopicPattern("counter-terrorism");
        Assert.False(matcher.IsMatch("they agreed to cooperate against terrorism."));
        Assert.True(matcher.IsMatch("they agreed on counter-terrorism training."));
        // The literal is there but not as a word of its own: the expression decides.
        Assert.False(matcher.IsMatch("they agreed on counter-terrorismx drills."));
        Assert.Same(matcher, EngagementBuilder.TopicPattern("counter-terrorism"));
    }

    [Fact]
    public void Over_the_in_house_and_generated_texts_every_topic_trigger_matches_as_the_expression_alone()
    {
        var triggers = Gazetteer.Default.Topics.SelectMany(t => t.Triggers).Distinct().ToList();
        Assert.NotEmpty(triggers);
        var texts = InHouseSentences.All().Select(TextTools.Fold).ToList();
        // Generated texts: trigger words glued to letters, digits, marks and punctuation, to try the word edges.
        var random = new Random(18);
        string[] edges = { "", " ", "x", "1", "_", "-", "é", "\u0301", ".", "’", "\u200d" };
        for (int i = 0; i < 3000; i++)
        {
            var t = TextTools.Fold(triggers[random.Next(triggers.Count)]);
            if (random.Next(3) == 0 && t.Length > 1) t = t.Substring(0, random.Next(1, t.Length));
            texts.Add(edges[random.Next(edges.Length)] + t + edges[random.Next(edges.Length)] + " and " + edges[random.Next(edges.Length)]);
        }
        int matches = 0;
        foreach (var trigger in triggers)
        {
            var plain = Plain(trigger);
            var matcher = EngagementBuilder.TopicPattern(trigger);
            foreach (var text in texts)
            {
                bool expected = plain.IsMatch(text);
                Assert.True(expected == matcher.IsMatch(text), $"{trigger}: {text}");
                if (expected) matches++;
            }
        }
        Assert.True(matches > 100, $"only {matches} matches tried");
    }
}
