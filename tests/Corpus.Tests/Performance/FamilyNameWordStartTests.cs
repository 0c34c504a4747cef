using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// The person search reads its loop over capitalised family-name words (lexicon.tsv [family-name-words], "met with He Kelwei")
/// from the first such word the sentence holds, found once with the sentence's flags and asked by the token's id before its
/// text, and skips the loop when the sentence holds none: the word found first must be the one the loop's own question (a
/// capitalised token whose text the set holds as written) finds first, over every sentence of the in-house articles and
/// invented ones with the words in every case and place.
/// </summary>
public class FamilyNameWordStartTests
{
    // Invented: the words at a sentence's start, inside and at its end, in capitals, in lower case and as written.
    private static readonly string[] s_invented =
    {
        "The envoy met with He Kelwei in Vesk.", "He met To Arlo and HE Varo.", "to he To", "Kel He", "He", "", "He To",
        "the TO of he, To Vesk said", "Talks With He Kelwei As To Arlo Leaves", "À Vesk He Kelwei a été reçu.", "HE TO he to",
        "Le secrétaire du Parti, To Vesk, et He Arlo.",
    };

    // The loop's own question before this round, asked of each token from the second to the last but one.
    private static int FirstAsked(IReadOnlyList<Token> tokens)
    {
        for (int i = 1; i + 1 < tokens.Count; i++)
            if (tokens[i].IsCapitalized && Lexicon.FamilyNameWords.Contains(tokens[i].Text)) return i;
        return -1;
    }

    [Fact]
    public void The_first_family_name_word_found_by_id_is_the_one_the_loop_s_question_finds()
    {
        int holding = 0, texts = 0;
        foreach (var sentence in InHouseSentences.All().Concat(s_invented))
        {
            var tokens = Tokenizer.Tokenize(sentence);
            texts++;
            int expected = FirstAsked(tokens);
            Assert.True(expected == PersonRecognizer.FirstFamilyNameWord(tokens.ToArray(), tokens.Count), sentence);
            foreach (var t in tokens)
                Assert.True((t.IsCapitalized && Lexicon.FamilyNameWords.Contains(t.Text)) == PersonRecognizer.IsFamilyNameWord(t), sentence);
            if (expected >= 0) holding++;
        }
        Assert.True(holding >= 6, $"{holding} of {texts} hold a family-name word inside");
        Assert.True(texts - holding > 500, $"{texts - holding} of {texts} hold none");
    }
}
