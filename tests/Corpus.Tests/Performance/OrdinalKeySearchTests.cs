using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// The search of a list's names filed by their first character (<see cref="OrdinalKeySearch"/>) stands for asking each name
/// in turn whether it occurs in a text (<c>IndexOf</c>, ordinal): it must answer as that does for the gazetteer's cities over
/// the in-house sentences and every clause of them, for invented names (outside ASCII, empty, longer than the text, at the
/// text's end, sharing their first characters) and for random texts over a small alphabet; and it is made once per dictionary.
/// </summary>
public class OrdinalKeySearchTests
{
    private static bool Plain(IEnumerable<string> names, string text) => names.Any(n => text.IndexOf(n, StringComparison.Ordinal) >= 0);

    [Fact]
    public void It_answers_as_each_city_asked_in_turn_over_the_in_house_sentences_and_their_clauses()
    {
        var cities = ExtractionContext.For(Gazetteer.Default).Cities;
        var search = OrdinalKeySearch.OfKeys(cities);
        int found = 0, asked = 0;
        foreach (var sentence in InHouseSentences.All())
        {
            var texts = new List<string> { sentence, sentence.ToUpperInvariant(), sentence.ToLowerInvariant() };
            texts.AddRange(sentence.Split(',', ';'));
            foreach (var text in texts)
            {
                bool expected = Plain(cities.Keys, text);
                Assert.Equal(expected, search.AnyIn(text));
                asked++;
                if (expected) found++;
            }
        }
        // Both answers are given often.
        Assert.True(found > 10 && asked - found > 10, $"{found} of {asked}");
    }

    [Fact]
    public void It_answers_as_each_name_asked_in_turn_for_invented_names()
    {
        string[] names = { "Kel", "Kelmbrook", "Dosk Harbour", "Écrins", "Łódź", "\U0001D400x", "a" };
        var search = new OrdinalKeySearch(names);
        string[] texts =
        {
            "", "K", "Ke", "Kel", "in Kelm", "at Dosk", "at Dosk Harbour", "les Écrins", "Ecrins", "Lodz and Łódź",
            "\U0001D400", "\U0001D400x", "xyz", "AAA", "b", "ba", "Dosk Harbou", "the Kel",
        };
        foreach (var text in texts) Assert.Equal(Plain(names, text), search.AnyIn(text));
        // An empty name occurs in every text, the empty text too.
        var withEmpty = new OrdinalKeySearch(new[] { "Kel", "" });
        Assert.True(withEmpty.AnyIn(""));
        Assert.True(withEmpty.AnyIn("xyz"));
        // No names: nothing occurs.
        Assert.False(new OrdinalKeySearch(Array.Empty<string>()).AnyIn("Kel"));
    }

    [Fact]
    public void It_answers_as_each_name_asked_in_turn_for_random_texts()
    {
        var random = new Random(39);
        for (int round = 0; round < 200; round++)
        {
            var names = Enumerable.Range(0, random.Next(1, 8)).Select(_ => RandomStrings.Draw(random, "abcÄ ", 1, 4)).ToArray();
            var search = new OrdinalKeySearch(names);
            for (int t = 0; t < 20; t++)
            {
                string text = RandomStrings.Draw(random, "abcÄ ", 0, 12);
                Assert.Equal(Plain(names, text), search.AnyIn(text));
            }
        }
    }

    [Fact]
    public void The_search_of_a_dictionary_is_made_once_and_is_its_own()
    {
        var one = new Dictionary<string, string> { ["Kelmbrook"] = "KL" };
        var other = new Dictionary<string, string> { ["Dosk"] = "OS" };
        Assert.Same(OrdinalKeySearch.OfKeys(one), OrdinalKeySearch.OfKeys(one));
        Assert.NotSame(OrdinalKeySearch.OfKeys(one), OrdinalKeySearch.OfKeys(other));
        Assert.True(OrdinalKeySearch.OfKeys(one).AnyIn("in Kelmbrook"));
        Assert.False(OrdinalKeySearch.OfKeys(other).AnyIn("in Kelmbrook"));
    }
}
