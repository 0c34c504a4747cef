using Corpus.Extraction.Events;

namespace Corpus.Tests.Performance;

/// <summary>
/// <see cref="EngagementBuilder.InsideQuotation(string, int)"/> finds the quotation marks with the framework's search for a
/// character, not by reading each character: its answers must be the former loop's at every point (and just past the
/// end) of the in-house sentences, invented texts and random ones.
/// </summary>
public class InsideQuotationTests
{
    // The former answer: the last mark before the point, else the first after it.
    private static bool Former(string text, int index)
    {
        int last = 0;
        for (int i = 0; i < index && i < text.Length; i++)
        {
            int mark = Mark(text, i);
            if (mark != 0) last = mark;
        }
        if (last != 0) return last > 0;
        for (int i = index; i < text.Length; i++)
        {
            int mark = Mark(text, i);
            if (mark != 0) return mark < 0;
        }
        return false;
    }

    private static int Mark(string text, int i)
    {
        if (text[i] != '"') return 0;
        return i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(' ? 1 : -1;
    }

    private static void AssertSame(string text)
    {
        for (int index = 0; index <= text.Length + 1; index++)
            Assert.True(Former(text, index) == EngagementBuilder.InsideQuotation(text, index), $"{index} of \"{text}\"");
    }

    [Fact]
    public void Answers_are_the_former_ones_for_the_in_house_sentences()
    {
        var sentences = InHouseSentences.All();
        Assert.NotEmpty(sentences);
        foreach (var s in sentences) AssertSame(s);
    }

    [Fact]
    public void Answers_are_the_former_ones_for_invented_and_random_texts()
    {
        // Invented: marks at either end, opening after a space or a bracket, closing after a word, none at all.
        string[] texts =
        {
            "", "\"", "\"\"", "Vesk", "\"Kelm\" met Ostria", "Ostria said \"we agree", "agree,\" said Vesk of Kelm",
            "the envoy (\"our friends\") came", "a \"b\" c \"d", "x\"y\"z",
        };
        foreach (var t in texts) AssertSame(t);
        Assert.True(EngagementBuilder.InsideQuotation("Ostria said \"we agree", 15));
        Assert.True(EngagementBuilder.InsideQuotation("agree,\" said Vesk", 2));
        Assert.False(EngagementBuilder.InsideQuotation("\"Kelm\" met Ostria", 11));
        var random = new Random(43);
        const string alphabet = "ab \"(.\u00A0";
        for (int k = 0; k < 1000; k++) AssertSame(RandomStrings.Draw(random, alphabet, 0, 30));
    }
}
