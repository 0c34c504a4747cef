using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// A text is folded (<see cref="Typography.Fold(string)"/>) by the framework's search for the characters that
/// <see cref="Typography.Fold(char)"/> changes, not by a call for each character: the set must be exactly those characters,
/// and every folded text must be the former one's (each character folded in turn), the same string object when nothing
/// changes, for the in-house sentences, invented texts and random ones.
/// </summary>
public class TypographyFoldTests
{
    // The former fold, each character in turn.
    private static string Former(string text)
    {
        int i = 0;
        while (i < text.Length && Typography.Fold(text[i]) == text[i]) i++;
        if (i == text.Length) return text;
        var chars = text.ToCharArray();
        for (; i < chars.Length; i++) chars[i] = Typography.Fold(chars[i]);
        return new string(chars);
    }

    private static void AssertSame(string text)
    {
        string expected = Former(text), actual = Typography.Fold(text);
        Assert.Equal(expected, actual);
        Assert.Equal(ReferenceEquals(expected, text), ReferenceEquals(actual, text));
    }

    [Fact]
    public void The_set_is_every_character_the_fold_changes()
    {
        var expected = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => Typography.Fold(c) != c).ToArray();
        Assert.Equal(expected, Typography.Changed());
        Assert.Contains('\u2019', expected);
        Assert.Contains('\u00A0', expected);
        Assert.DoesNotContain('\'', expected);
        Assert.DoesNotContain('\u00E9', expected);
    }

    [Fact]
    public void Folded_texts_are_the_former_ones_for_the_in_house_sentences()
    {
        var sentences = InHouseSentences.All();
        Assert.NotEmpty(sentences);
        foreach (var s in sentences) AssertSame(s);
        AssertSame(string.Join("\n", sentences));
    }

    [Fact]
    public void Folded_texts_are_the_former_ones_for_invented_and_random_texts()
    {
        // Invented: typographic characters at the start, at the end, side by side, alone; none at all; the empty text.
        string[] texts =
        {
            "", "Vesk", "\u2019", "\u2019Vesk", "Vesk\u2014", "\u201CKelm\u201D \u2013 Ostria\u2019s\u00A0envoy\u2009met\u202Fher",
            "\u2018\u2019\u201B\u2032\u02BC\u201C\u201D\u201E\u201F\u2033\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00A0\u2002\u200A\u202F",
            "na\u00EFve caf\u00E9 \u00AB quoted \u00BB \u2026 \uD83D\uDE00", "x\u200By\u2060z",
        };
        foreach (var t in texts) AssertSame(t);
        Assert.Same(texts[1], Typography.Fold(texts[1]));
        var random = new Random(42);
        const string alphabet = "aZ0 .,'\"-\u00E9\u00A0\u2019\u201C\u2014\u2009\u2212\u2026\uD83D\uDE00";
        for (int k = 0; k < 1000; k++) AssertSame(RandomStrings.Draw(random, alphabet, 0, 60));
    }
}

/// <summary>
/// The first character the fold changes (<see cref="Typography.FirstChanged"/>), found by two searches (the characters below
/// U+0100 and the others): from every offset of invented and random texts, the first one a search of each character finds.
/// </summary>
public class TypographyFirstChangedTests
{
    private static int Former(string text, int from)
    {
        for (int i = from; i < text.Length; i++) if (Typography.Fold(text[i]) != text[i]) return i;
        return -1;
    }

    [Fact]
    public void The_first_changed_character_is_the_one_a_search_of_each_character_finds()
    {
        string[] texts =
        {
            "", "Vesk", "\u00A0", "2/3 of 2032 \u2032", "a\u00A0b\u2019c", "\u2019\u00A0", "\u00A0\u2019", "12/05/2023 \u2013 3/4",
            "\u2033\u202F/ \u2212 \u02BC\u00BC\u00A1",
        };
        var random = new Random(73);
        const string alphabet = "a2/3 \"\u00A0\u00A1\u2019\u2032\u202F\u2033\u20AC\u0132";
        foreach (var t in texts.Concat(Enumerable.Range(0, 500).Select(_ => RandomStrings.Draw(random, alphabet, 0, 40))))
            for (int from = 0; from <= t.Length; from++)
                Assert.Equal(Former(t, from), Typography.FirstChanged(t, from));
    }
}
