using System.Text;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// Two questions asked of every name, made without the objects they made at each call, which must answer as before: the slug
/// of an ASCII text is read in one pass into one array of the thread's (<see cref="TextTools.Slug"/>), not folded into a new
/// string and built in a new builder; and whether a name holds a word of the lexicon's non-name words
/// (<see cref="Lexicon.HoldsNonNameWord"/>) reads the name's words in place, not through <c>Split</c> and <c>Trim</c>. Each
/// is compared with the code it replaced, kept here, over every sentence of the in-house articles, each run of its words, and
/// invented and random texts.
/// </summary>
public class SlugAndNonNameWordTests
{
    // Invented: names with marks around and inside their words, spaces doubled, apostrophes, digits, text outside ASCII.
    private static readonly string[] s_invented =
    {
        "Kel Varo", "  Arlo  Dosk  ", "O'Mara-Venn", "Gen. Tomas Vesk,", "Mira Tan; Oren:", "'Kelm'", "...", "", " ", "-",
        "Vesk's Minister of Heritage and Fine Arts", "Home Affairs, Kelm", "ARLO DOSK 2nd", "Dato' Seri Ankor Vell",
        "Ülkü Vesk", "İsmet Varo", "Kel\tVaro", "Kel\u00A0Varo", "A", "z9", "x", "Fine. Arts.", ",Fine", "Arts;:", "Fine Art",
    };

    private static string OldSlug(string text)
    {
        var folded = TextTools.Fold(text);
        var sb = new StringBuilder(folded.Length);
        bool dash = false;
        foreach (char c in folded)
        {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(c);
                dash = false;
            }
            else if (c != '\'')
            {
                dash = true;
            }
        }
        return sb.Length == 0 ? "x" : sb.ToString();
    }

    private static bool OldHoldsNonNameWord(string name)
    {
        foreach (var word in name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            if (Lexicon.NonNameWords.Contains(word.Trim(',', '.', ';', ':'))) return true;
        return false;
    }

    private static IEnumerable<string> Texts()
    {
        var random = new Random(94);
        var sentences = InHouseSentences.All();
        foreach (var s in sentences) yield return s;
        // Every run of one to four words of each sentence, as a name the recogniser read could stand.
        foreach (var s in sentences)
        {
            var words = s.Split(' ');
            for (int i = 0; i < words.Length; i++)
                for (int k = 1; k <= 4 && i + k <= words.Length; k++)
                    yield return string.Join(" ", words, i, k);
        }
        foreach (var s in s_invented) yield return s;
        var nonNameWords = Lexicon.NonNameWords.ToArray();
        for (int i = 0; i < 2_000; i++)
        {
            // Random strings of letters, marks and spaces, and names holding a word of the list in another case and with marks.
            yield return RandomStrings.Draw(random, "aZ ,.;:'-9é", 0, 24);
            string word = nonNameWords[random.Next(nonNameWords.Length)];
            string cased = random.Next(2) == 0 ? word.ToUpperInvariant() : word.ToLowerInvariant();
            yield return RandomStrings.Draw(random, "Kv ", 0, 6) + " " + ",.;:"[random.Next(4)] + cased + ",.;: "[random.Next(5)] + " Varo";
        }
    }

    [Fact]
    public void A_slug_read_in_one_pass_is_the_slug_of_the_folded_text_built_anew()
    {
        int ascii = 0, texts = 0;
        // Twice, so that a shorter text is read after a longer one into the same array.
        for (int round = 0; round < 2; round++)
        {
            foreach (var text in Texts())
            {
                texts++;
                if (text.All(c => c < 0x80)) ascii++;
                Assert.Equal(OldSlug(text), TextTools.Slug(text));
            }
        }
        Assert.True(ascii > 100_000, $"{ascii} ASCII texts of {texts}");
        Assert.True(texts - ascii > 1_000, $"{texts - ascii} texts outside ASCII");
        Assert.Equal("kel-varo", TextTools.Slug("  Kel,  Varo. "));
        Assert.Equal("omara-venn", TextTools.Slug("O'Mara-Venn"));
        Assert.Equal("x", TextTools.Slug("..."));
        Assert.Equal("x", TextTools.Slug(""));
    }

    [Fact]
    public void A_name_s_words_read_in_place_find_the_non_name_words_split_and_trimmed_words_find()
    {
        int holding = 0, texts = 0;
        foreach (var text in Texts())
        {
            texts++;
            bool expected = OldHoldsNonNameWord(text);
            Assert.True(expected == Lexicon.HoldsNonNameWord(text), text);
            if (expected) holding++;
        }
        Assert.True(holding > 2_000, $"{holding} of {texts} hold a non-name word");
        Assert.True(texts - holding > 40_000, $"{texts - holding} of {texts} hold none");
    }
}
