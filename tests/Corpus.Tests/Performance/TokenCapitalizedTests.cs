using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// <see cref="Token.IsCapitalized"/> is worked out once when a token is made, no longer at each call: it must give the
/// answer of the former rule (a word whose first character is upper case) for tokens the tokenizer makes and for
/// tokens made directly, never for punctuation.
/// </summary>
public class TokenCapitalizedTests
{
    private static bool Rule(Token t) => t.IsWord && t.Text.Length > 0 && char.IsUpper(t.Text[0]);

    [Fact]
    public void A_token_is_capitalised_exactly_when_it_is_a_word_with_an_upper_case_first_character()
    {
        // Invented.
        var tokens = Tokenizer.Tokenize("General Tomas Arden of Vesk met iOS-maker 'Ostria' delegates, and Élise Norr in Kelm.");
        Assert.Contains(tokens, t => t.IsCapitalized);
        Assert.Contains(tokens, t => !t.IsCapitalized && t.IsWord);
        foreach (var t in tokens) Assert.Equal(Rule(t), t.IsCapitalized);
        Assert.True(new Token(0, 4, "Vesk", true).IsCapitalized);
        Assert.False(new Token(0, 4, "vesk", true).IsCapitalized);
        Assert.False(new Token(0, 1, "A", false).IsCapitalized);
        Assert.False(new Token(0, 0, "", true).IsCapitalized);
        Assert.False(default(Token).IsCapitalized);
    }

    [Fact]
    public void Every_character_alone_as_a_word_gives_the_former_rule_s_answer()
    {
        for (int c = 0; c < 65536; c++)
        {
            var text = ((char)c).ToString();
            var t = new Token(0, 1, text, true);
            Assert.Equal(char.IsUpper(text[0]), t.IsCapitalized);
        }
    }
}
