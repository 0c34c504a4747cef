using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// Which strings of a fixed list a text holds, found in one pass (<see cref="LiteralSet"/>): the
/// answer must be the strings an ordinal search finds, in the list's order, for every text.
/// </summary>
public class LiteralSetTests
{
    private static IReadOnlyList<string> Naive(IReadOnlyList<string> literals, string text)
        => literals.Where(l => text.IndexOf(l, StringComparison.Ordinal) >= 0).ToList();

    [Fact]
    public void The_strings_a_text_holds_come_in_the_list_s_order()
    {
        var set = new LiteralSet(new[] { "Vandor", "Port Vell", "Ve", "Ankor", "Port" });
        Assert.Equal(new[] { "Vandor", "Port" }, set.In("Talks in Port Mira and Vandor."));
        Assert.Equal(new[] { "Port Vell", "Ve", "Port" }, set.In("Port Vell"));
        Assert.Empty(set.In("Nothing of it here."));
        Assert.Empty(set.In(""));
    }

    [Fact]
    public void Strings_of_one_character_outside_ascii_and_the_empty_string_are_found()
    {
        string[] literals = { "Ünal", "ün", ",", "é", "\u0000\u0100", "\uffff\u0000", "", "al" };
        var set = new LiteralSet(literals);
        foreach (var text in new[] { "", ",", "Ünal, café", "ünal", "a\u0000\u0100", "\uffff", "\uffff\u0000", "al", "Ü" })
            Assert.Equal(Naive(literals, text), set.In(text));
    }

    [Fact]
    public void A_text_asked_about_again_gets_the_same_answer_and_another_set_its_own()
    {
        var first = new LiteralSet(new[] { "Vandor", "Ankor" });
        var second = new LiteralSet(new[] { "Ankor" });
        const string text = "The minister flew from Vandor to Ankor.";
        Assert.Equal(new[] { "Vandor", "Ankor" }, first.In(text));
        Assert.Equal(new[] { "Ankor" }, second.In(text));
        Assert.Equal(new[] { "Vandor", "Ankor" }, first.In(text));
        Assert.Equal(new[] { "Vandor" }, first.In("Back in Vandor."));
    }

    [Fact]
    public void The_set_of_a_dictionary_s_keys_is_kept_with_it_and_made_again_when_it_grew()
    {
        var cities = new Dictionary<string, string>(StringComparer.Ordinal) { ["Vandor"] = "XA", ["Ankor"] = "XB" };
        var set = LiteralSet.OfKeys(cities);
        Assert.Same(set, LiteralSet.OfKeys(cities));
        Assert.Equal(2, set.Count);
        cities["Mirel"] = "XC";
        var grown = LiteralSet.OfKeys(cities);
        Assert.Equal(3, grown.Count);
        Assert.Equal(new[] { "Vandor", "Mirel" }, grown.In("From Mirel to Vandor."));
    }

    [Fact]
    public void The_cities_of_the_default_gazetteer_are_found_as_an_ordinal_search_finds_them_in_every_sentence()
    {
        var cities = ExtractionContext.For(Gazetteer.Default).Cities;
        var literals = cities.Keys.ToList();
        var set = LiteralSet.OfKeys(cities);
        var sentences = InHouseSentences.All();
        int withCity = 0;
        foreach (var sentence in sentences)
        {
            var expected = Naive(literals, sentence);
            Assert.Equal(expected, set.In(sentence));
            if (expected.Count > 0) withCity++;
        }
        Assert.True(withCity > 100 && withCity < sentences.Count, withCity + " of " + sentences.Count);
    }
}
