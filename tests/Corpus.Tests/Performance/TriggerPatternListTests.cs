using System.Text.RegularExpressions;
using Corpus.Extraction.Events;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// The trigger patterns' index by their required strings (<see cref="TriggerPatternList"/>): a sentence's triggers are read
/// from the set of patterns its answer (<see cref="LiteralPresence"/>) lets run, instead of each pattern asking the answer in
/// turn (<see cref="Triggers.FindAllEach"/>, the path it replaces). Both must give the same triggers, in the same order,
/// with the same pattern winning where two overlap.
/// </summary>
public class TriggerPatternListTests
{
    // Invented sentences: triggers of several kinds, overlapping matches, letters outside ASCII, the Kelvin sign, none.
    private static readonly string[] s_invented =
    {
        "Ünal and Çelik met in Zürich on Monday; the Ministers’ visit ended, then they visited.",
        "The \u212Aelvin talks and the Éclair summit were held, then the minister met",
        "Delegations met, visited, signed and toured: visits, meetings, talks",
        "The weather in Kelm was fine.",
        "",
        "Le ministre a rencontré son homologue à Ostria lors d'une visite officielle.",
        "Navies of Ostria and Kelm held a joint exercise and a port call, then a parley and bilateral talks.",
    };

    private static List<string> Sentences() => InHouseSentences.All().Concat(s_invented).ToList();

    [Fact]
    public void The_vocabulary_s_index_finds_the_triggers_each_pattern_finds_when_asked_in_turn()
    {
        var patterns = Assert.IsType<TriggerPatternList>(EventVocabulary.Triggers);
        Assert.True(patterns.Count > 64); // more than one word of the set
        int withTriggers = 0;
        foreach (var s in Sentences())
        {
            var indexed = Triggers.FindAll(s, patterns);
            Assert.Equal(Triggers.FindAllEach(s, patterns), indexed);
            if (indexed.Count > 0) withTriggers++;
            // The index was read (the answer covers every pattern's strings), and its set holds every pattern the answer lets run.
            var made = LiteralPresence.Of(s);
            var may = patterns.MayMatch(made, s);
            Assert.NotNull(may);
            for (int p = 0; p < patterns.Count; p++)
            {
                bool inSet = (may![p >> 6] & 1UL << p) != 0;
                bool whole = patterns[p].Pattern.Required.MayMatchWhole(made, s);
                if (patterns.IsAsked(p)) Assert.True(inSet);
                else Assert.Equal(whole, inSet);
            }
        }
        Assert.True(withTriggers > 100);
    }

    [Fact]
    public void A_list_with_patterns_asked_in_turn_and_in_another_order_finds_what_each_pattern_finds()
    {
        // Corpus.yaml's patterns come first; one that ignores case requires no known text and is asked in turn.
        var own = new List<TriggerPattern>
        {
            new(new HotRegex(@"\bparley\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), "meeting", false),
            new(new HotRegex(@"\bport call\b", RegexOptions.CultureInvariant), "visit", false),
        };
        var withOwn = new TriggerPatternList(own.Concat(EventVocabulary.Triggers));
        Assert.True(withOwn.IsAsked(0));
        Assert.False(withOwn.IsAsked(1));
        // Reversed, another pattern wins where two overlap.
        var reversed = new TriggerPatternList(EventVocabulary.Triggers.Reverse());
        foreach (var s in Sentences())
        {
            Assert.Equal(Triggers.FindAllEach(s, withOwn), Triggers.FindAll(s, withOwn));
            Assert.Equal(Triggers.FindAllEach(s, reversed), Triggers.FindAll(s, reversed));
            // A plain list (no index) is asked pattern by pattern.
            Assert.Equal(Triggers.FindAllEach(s, own), Triggers.FindAll(s, own));
        }
        var parley = Triggers.FindAll(s_invented[6], withOwn);
        Assert.Contains(parley, t => t.Text == "parley" && t.Kind == "meeting");
        Assert.Contains(parley, t => t.Text == "port call" && t.Kind == "visit");
        // An empty list finds nothing.
        Assert.Empty(Triggers.FindAll(s_invented[0], new TriggerPatternList(Array.Empty<TriggerPattern>())));
    }

    [Fact]
    public void An_answer_of_another_text_is_not_read()
    {
        var patterns = (TriggerPatternList)EventVocabulary.Triggers;
        string a = s_invented[0], b = s_invented[2];
        Assert.Null(patterns.MayMatch(LiteralPresence.Of(a), b));
        Assert.Null(patterns.MayMatch(null, b));
    }
}
