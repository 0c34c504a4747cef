using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// The strings of a fixed list that start at a point of a text, read from that point (<see cref="PrefixTrie"/>):
/// the answer must be that of comparing every string of the list with the text there.
/// </summary>
public class PrefixTrieTests
{
    // The longest string of the list that the text holds at start, by comparing each one.
    private static int NaiveLongest(IReadOnlyList<string> strings, string text, int start)
        => strings.Where(s => s.Length > 0 && s.Length <= text.Length - start && string.CompareOrdinal(text, start, s, 0, s.Length) == 0)
            .Select(s => s.Length).DefaultIfEmpty(0).Max();

    // The longest string of the list that the text holds at start as a whole word at its end, by comparing each one.
    private static int NaiveLongestWord(IReadOnlyList<string> strings, string text, int start)
        => strings.Where(s => s.Length > 0 && s.Length <= text.Length - start && string.CompareOrdinal(text, start, s, 0, s.Length) == 0
                && (start + s.Length == text.Length || !char.IsLetterOrDigit(text[start + s.Length])))
            .Select(s => s.Length).DefaultIfEmpty(0).Max();

    private static bool NaiveBefore(IReadOnlyList<string> strings, string text, int start, char after)
        => strings.Any(s => s.Length > 0 && text.Length - start > s.Length && text[start + s.Length] == after
            && string.CompareOrdinal(text, start, s, 0, s.Length) == 0);

    [Fact]
    public void The_longest_string_at_a_point_is_found_and_a_longer_word_holds_a_shorter_string()
    {
        var trie = new PrefixTrie(new[] { "Port", "Port Vell", "Vandor", "Ve", "" });
        const string text = "Talks in Port Vell, Vandorian and Port Mira.";
        Assert.Equal(9, trie.LongestAt(text, text.IndexOf("Port Vell", StringComparison.Ordinal)));
        Assert.Equal(6, trie.LongestAt(text, text.IndexOf("Vandorian", StringComparison.Ordinal)));
        Assert.Equal(4, trie.LongestAt(text, text.LastIndexOf("Port", StringComparison.Ordinal)));
        Assert.Equal(0, trie.LongestAt(text, 0));
        Assert.Equal(0, trie.LongestAt(text, text.Length));
        Assert.Equal(0, trie.LongestAt("", 0));
        Assert.Equal(2, trie.LongestAt("Ve", 0));
        Assert.Equal(4, trie.Count);
    }

    [Fact]
    public void A_string_followed_by_a_character_is_found_only_with_that_character_after_it()
    {
        var trie = new PrefixTrie(new[] { "Port Vell", "Ankor" });
        Assert.True(trie.AnyAtBefore("Port Vell Post", 0, ' '));
        Assert.True(trie.AnyAtBefore("Ankor Herald", 0, ' '));
        Assert.False(trie.AnyAtBefore("Port Vell", 0, ' '));
        Assert.False(trie.AnyAtBefore("Ankoria Herald", 0, ' '));
        Assert.False(trie.AnyAtBefore("Port Mira Post", 0, ' '));
        Assert.False(trie.AnyAtBefore("", 0, ' '));
    }

    [Fact]
    public void The_longest_whole_word_at_a_point_is_found_where_a_longer_string_runs_into_a_word()
    {
        var trie = new PrefixTrie(new[] { "Port", "Port Vell", "Vandor", "Ve", "Kelm2", "" });
        Assert.Equal(4, trie.LongestWordAt("Port Vellmar, Port Mira", 0));
        Assert.Equal(9, trie.LongestWordAt("Port Vell, Port Mira", 0));
        Assert.Equal(0, trie.LongestWordAt("Vandorian", 0));
        Assert.Equal(6, trie.LongestWordAt("Vandor", 0));
        Assert.Equal(0, trie.LongestWordAt("Kelm22", 0));
        Assert.Equal(5, trie.LongestWordAt("Kelm2-Vandor", 0));
        Assert.Equal(0, trie.LongestWordAt("", 0));
        Assert.Equal(0, trie.LongestWordAt("Port", 4));
    }

    [Fact]
    public void Strings_outside_ascii_and_of_one_character_are_found()
    {
        string[] strings = { "Ünal", "ün", ",", "é", "\u0000\u0100", "\uffff\u0000", "", "al", "a" };
        var trie = new PrefixTrie(strings);
        foreach (var text in new[] { "", ",", "Ünal, café", "ünal", "a\u0000\u0100", "\uffff", "\uffff\u0000", "al", "Ü", "é al" })
        {
            for (int start = 0; start <= text.Length; start++)
            {
                Assert.Equal(NaiveLongest(strings, text, start), trie.LongestAt(text, start));
                Assert.Equal(NaiveLongestWord(strings, text, start), trie.LongestWordAt(text, start));
                Assert.Equal(NaiveLongest(strings, text, start), trie.LongestAt(text, start, wholeWord: false));
                Assert.Equal(NaiveLongestWord(strings, text, start), trie.LongestAt(text, start, wholeWord: true));
                Assert.Equal(NaiveBefore(strings, text, start, 'l'), trie.AnyAtBefore(text, start, 'l'));
            }
        }
    }

    // The eighty-third speed round: the second step from two ASCII characters is read from a table of pairs, the later steps and
    // any step from a character outside ASCII from the lists; strings of one, two and more characters sharing their first.
    [Fact]
    public void The_second_step_read_from_the_pairs_finds_what_the_lists_find()
    {
        string[] strings = { "K", "Ka", "Kb", "Kelm", "K\u00e9lm", "Ke", "\u00c9v", "\u00c9", "ab", "a\u0100b", "zz", "z" };
        var trie = new PrefixTrie(strings);
        foreach (var text in new[] { "", "K", "Ka Kb Kelm Kelmx K\u00e9lm Ke Kz", "a\u0100b ab a\u0100 a", "\u00c9v \u00c9 \u00c9x", "zzz z zy", "Kelm," })
        {
            for (int start = 0; start <= text.Length; start++)
            {
                Assert.Equal(NaiveLongest(strings, text, start), trie.LongestAt(text, start));
                Assert.Equal(NaiveLongestWord(strings, text, start), trie.LongestWordAt(text, start));
            }
        }
    }

    [Fact]
    public void The_tree_of_a_dictionary_s_keys_is_kept_with_it_and_made_again_when_it_grew()
    {
        var cities = new Dictionary<string, string>(StringComparer.Ordinal) { ["Vandor"] = "XA", ["Ankor"] = "XB" };
        var trie = PrefixTrie.OfKeys(cities);
        Assert.Same(trie, PrefixTrie.OfKeys(cities));
        cities["Mirel"] = "XC";
        var grown = PrefixTrie.OfKeys(cities);
        Assert.Equal(3, grown.Count);
        Assert.Equal(5, grown.LongestAt("From Mirel to Vandor.", 5));
    }

    [Fact]
    public void The_cities_of_the_default_gazetteer_at_every_token_are_those_a_comparison_with_each_finds()
    {
        var cities = ExtractionContext.For(Gazetteer.Default).Cities;
        var strings = cities.Keys.ToList();
        var trie = PrefixTrie.OfKeys(cities);
        int withCity = 0, withCityAndSpace = 0;
        foreach (var sentence in InHouseSentences.All())
        {
            foreach (var token in Tokenizer.Tokenize(sentence))
            {
                int expected = NaiveLongest(strings, sentence, token.Start);
                Assert.Equal(expected, trie.LongestAt(sentence, token.Start));
                if (expected > 0) withCity++;
                bool before = NaiveBefore(strings, sentence, token.Start, ' ');
                Assert.Equal(before, trie.AnyAtBefore(sentence, token.Start, ' '));
                if (before) withCityAndSpace++;
            }
        }
        Assert.True(withCity > 100, withCity.ToString());
        Assert.True(withCityAndSpace > 10, withCityAndSpace.ToString());
    }
}
