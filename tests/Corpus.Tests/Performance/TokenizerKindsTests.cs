using System.Globalization;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// The tokenizer reads an ASCII character's kind (a space, a word's, a mark) from a table made once: the table must answer
/// what <c>char.IsWhiteSpace</c> and the word rule (letters, digits, combining marks) answer, and the tokens must be the
/// former tokenizer's (which asked those questions of every character) for the in-house sentences and invented texts.
/// </summary>
public class TokenizerKindsTests
{
    // The former rule, asked of every character.
    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c)) return true;
        var cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat == UnicodeCategory.NonSpacingMark || cat == UnicodeCategory.SpacingCombiningMark;
    }

    // The former tokenizer, as it was written before the table.
    private static List<(int Start, int Length, string Text, bool IsWord, int WordId)> Former(string text)
    {
        var tokens = new List<(int, int, string, bool, int)>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            if (IsWordChar(c))
            {
                int start = i;
                while (i < text.Length && IsWordChar(text[i])) i++;
                string word = text.Substring(start, i - start);
                tokens.Add((start, i - start, word, true, LexiconWords.IdOf(word)));
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                string pair = text.Substring(i, 2);
                tokens.Add((i, 2, pair, false, LexiconWords.IdOf(pair)));
                i += 2;
                continue;
            }
            string mark = c.ToString();
            tokens.Add((i, 1, mark, false, LexiconWords.IdOf(mark)));
            i++;
        }
        return tokens;
    }

    private static void AssertSame(string text)
    {
        var expected = Former(text);
        var actual = Tokenizer.Tokenize(text);
        Assert.Equal(expected.Count, actual.Count);
        for (int k = 0; k < expected.Count; k++)
        {
            var t = actual[k];
            Assert.Equal(expected[k], (t.Start, t.Length, t.Text, t.IsWord, t.WordId));
        }
    }

    [Fact]
    public void The_table_answers_as_the_questions_for_every_ascii_character()
    {
        for (int c = 0; c < 128; c++)
        {
            char ch = (char)c;
            byte expected = char.IsWhiteSpace(ch) ? Tokenizer.Space : IsWordChar(ch) ? Tokenizer.Word : Tokenizer.Mark;
            Assert.Equal(expected, Tokenizer.AsciiKind(ch));
            Assert.Equal(expected, Tokenizer.KindOf(ch));
        }
        Assert.Equal(Tokenizer.Space, Tokenizer.AsciiKind('\t'));
        Assert.Equal(Tokenizer.Word, Tokenizer.AsciiKind('7'));
        Assert.Equal(Tokenizer.Mark, Tokenizer.AsciiKind('-'));
    }

    [Fact]
    public void The_tokens_are_the_former_tokenizer_s_for_the_in_house_sentences()
    {
        var sentences = InHouseSentences.All();
        Assert.NotEmpty(sentences);
        foreach (var s in sentences) AssertSame(s);
    }

    [Fact]
    public void The_tokens_are_the_former_tokenizer_s_for_invented_texts()
    {
        // Invented: characters outside ASCII (letters, a combining mark, spaces of other kinds, a surrogate pair, a lone
        // surrogate), tabs and line ends, marks at the ends.
        string[] texts =
        {
            "", " ", "\t\n\r\v\f", "Vesk", "-Vesk-", "Élise Norr met Ostria’s envoy\u00A0in Kelm\u0085today.",
            "Kelmbrook\u0301 and Ku\u0308lm", "a\uD83D\uDE00b \uD83D c \uDE00", "2024-05-06, 10:30 (UTC)", "naïve\u2003café ‘quoted’ — dash",
            "x\u200By", "İstanbul ıd ſt \u212Aelvin", "A.B.C. H.E. Gen. Tomas",
        };
        foreach (var t in texts) AssertSame(t);
        var random = new Random(41);
        const string alphabet = "aZ09 \t-.,'\u00E9\u0301\u00A0\u2003\u0085\uD83D\uDE00(é)K\u212A";
        for (int k = 0; k < 500; k++) AssertSame(RandomStrings.Draw(random, alphabet, 0, 40));
    }

    [Fact]
    public void A_word_met_again_takes_the_kept_string_with_the_same_text_and_id()
    {
        // Invented: the same words again, in other cases (another text, so not the kept one; the lexicon's id ignores case),
        // words of one, the longest kept and one more character, outside ASCII, and many words, more than the table's slots,
        // so that words put one another out of their slots and come back.
        string[] texts =
        {
            "Minister Vesk met the minister of Ostria.", "MINISTER vesk, Minister Vesk and the Minister.",
            new string('k', Tokenizer.KnownLongest) + " " + new string('k', Tokenizer.KnownLongest + 1) + " " + new string('k', Tokenizer.KnownLongest),
            "a I a i Élise élise ÉLISE Kelmbrook\u0301 Kelmbrook\u0301", "Minister Vesk met the minister of Ostria.",
        };
        for (int round = 0; round < 3; round++) foreach (var t in texts) AssertSame(t);
        var random = new Random(67);
        const string alphabet = "abcAB \u00E9";
        var many = new List<string>();
        for (int k = 0; k < 3 * Tokenizer.KnownSlots; k++) many.Add(RandomStrings.Draw(random, alphabet, 1, 12));
        for (int round = 0; round < 2; round++) foreach (var t in many) AssertSame(t);

        Assert.Equal("Vesk", Tokenizer.Tokenize("Vesk met Norr")[0].Text);
        var again = Tokenizer.Tokenize("Norr met Vesk");
        Assert.Equal("Vesk", again[2].Text);
        Assert.Equal(LexiconWords.IdOf("met"), again[1].WordId);
    }
}
