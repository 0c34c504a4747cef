using Corpus.Extraction.Events;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// The places of a list a text names (<c>EngagementBuilder.NamedIn</c>): the words that may begin a name are looked up by
/// their characters in a table of the list's first words, with no substring made; the answer must be the slow path's
/// (<see cref="NamedBySubstring"/>: a substring and a dictionary look-up for each such word, the orders in a sorted set).
/// </summary>
public class PlacesNamedTests
{
    // An invented list whose names do not all begin with a capital letter, so every letter or digit after none begins a
    // word that is looked up; first words shared by several names, a name of digits, names that begin with no ASCII letter.
    private static readonly Dictionary<string, string> s_mixed = new(StringComparer.Ordinal)
    {
        ["Port Kelm"] = "XA", ["Kelm"] = "XA", ["Port Vesk"] = "XB", ["de Vries"] = "XB", ["9 Kelm Street"] = "XA",
        ["Øster Mira"] = "XC", ["Östra Vesk"] = "XC", ["\u0130zmel"] = "XD", ["\u01C5elm"] = "XD", ["kelm"] = "XA",
        ["Vesk-am-See"] = "XB", ["Mira's Point"] = "XC", ["South Kelm"] = "XA",
    };

    // Invented texts for the cases the in-house sentences may lack.
    private static readonly string[] s_invented =
    {
        "The minister flew from Port Kelm to Port Vesk and on to Kelm.", "Kelm", "Kelmish troops left Port Kelmbrook.",
        "He met de Vries at 9 Kelm Street, not at 19 Kelm Street.", "In Øster Mira and Östra Vesk, and in xØster Mira.",
        "\u0130zmel and \u01C5elm, \u0130zmeli and i\u0307zmel.", "kelm and KELM and Kelm's and Kelm’s", "Vesk-am-See, Vesk-am-Seeufer",
        "Mira's Point; Mira’s Point", "South Korea's South Kelm, South Kelms", "", " ", "\u00A0Kelm\u2003Port\tKelm",
        "Port  Kelm and Port-Kelm", "PortKelm Port Kelm", "Kelm9 9Kelm 9 Kelm Street", "\U0001D400Kelm Kelm\U0001D400",
    };

    // The slow path NamedIn replaced: the list's names by their first word (the run of letters and digits that begins
    // them), every word of the text that may begin one (a capital letter where every name begins with one, else a letter
    // or digit, after no letter or digit) cut out and looked up, the orders in a sorted set, each name kept where the
    // text holds it as a whole word.
    private static List<string> NamedBySubstring(string text, IReadOnlyDictionary<string, string> places)
    {
        static string LeadingWord(string text, int start)
        {
            int end = start;
            while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
            return text.Substring(start, end - start);
        }

        var names = places.Keys.ToArray();
        var byFirstWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        bool capitalised = true;
        for (int i = 0; i < names.Length; i++)
        {
            string first = LeadingWord(names[i], 0);
            if (!byFirstWord.TryGetValue(first, out var orders)) byFirstWord.Add(first, orders = new List<int>());
            orders.Add(i);
            if (names[i].Length == 0 || !char.IsUpper(names[i][0])) capitalised = false;
        }
        var found = new SortedSet<int>();
        for (int i = 0; i < text.Length; i++)
        {
            if (!(capitalised ? char.IsUpper(text[i]) : char.IsLetterOrDigit(text[i])) || i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            if (byFirstWord.TryGetValue(LeadingWord(text, i), out var orders)) found.UnionWith(orders);
        }
        return found.Where(i => TextTools.NamesAsWholeWord(text, names[i])).Select(i => names[i]).ToList();
    }

    private static IEnumerable<string> Texts()
    {
        var sentences = InHouseSentences.All();
        foreach (var s in sentences)
        {
            yield return s;
            // The parts after each space: a name at the very start of a text.
            for (int i = s.IndexOf(' '); i >= 0; i = s.IndexOf(' ', i + 1)) yield return s.Substring(i + 1);
        }
        foreach (var t in s_invented) yield return t;
    }

    [Fact]
    public void The_places_a_text_names_are_the_slow_paths_over_every_in_house_text()
    {
        var lists = new (string Name, IReadOnlyDictionary<string, string> List)[]
        {
            ("places.tsv", PlaceVocabulary.Builtin), ("regions", PlaceVocabulary.Regions), ("invented", s_mixed),
        };
        int named = 0, texts = 0;
        foreach (var text in Texts())
        {
            texts++;
            foreach (var (name, list) in lists)
            {
                var expected = NamedBySubstring(text, list);
                var found = EngagementBuilder.NamedIn(text, list);
                named += found.Count;
                Assert.True(expected.SequenceEqual(found),
                    name + " in \"" + text + "\": " + string.Join("|", expected) + " expected, " + string.Join("|", found) + " found");
            }
        }
        Assert.True(texts > 1000, texts.ToString());
        Assert.True(named > 500, named.ToString());
    }

    [Theory]
    [InlineData("The minister flew from Port Kelm to Port Vesk and on to Kelm.", "Port Kelm|Kelm|Port Vesk")]
    [InlineData("Kelmish troops left Port Kelmbrook.", "")]
    [InlineData("He met de Vries at 9 Kelm Street, not at 19 Kelm Street.", "Kelm|de Vries|9 Kelm Street")]
    [InlineData("In Øster Mira and Östra Vesk.", "Øster Mira|Östra Vesk")]
    [InlineData("kelm and KELM", "kelm")]
    [InlineData("South Korea's South Kelm", "Kelm|South Kelm")]
    public void The_places_an_invented_text_names_in_the_lists_order(string text, string expected)
        => Assert.Equal(expected, string.Join("|", EngagementBuilder.NamedIn(text, s_mixed)));
}
