using Corpus.Extraction.Recognise;

namespace Corpus.Tests.Performance;

/// <summary>
/// The person recogniser's test for a rank written as one word ("MajGen") first counts a word's capitals when all its
/// characters are letters, reading ASCII without the character tables: the answer must be that of
/// <see cref="char.IsLetter(char)"/> and <see cref="char.IsUpper(char)"/> for every character.
/// </summary>
public class CapitalsOfLettersTests
{
    private static int Expected(string word)
    {
        int capitals = 0;
        foreach (char c in word)
        {
            if (!char.IsLetter(c)) return -1;
            if (char.IsUpper(c)) capitals++;
        }
        return capitals;
    }

    [Fact]
    public void Every_character_alone_and_between_letters_answers_as_the_character_tables()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string alone = ((char)c).ToString();
            Assert.Equal(Expected(alone), PersonRecognizer.CapitalsOfLetters(alone));
            string between = "Maj" + (char)c + "Gen";
            Assert.Equal(Expected(between), PersonRecognizer.CapitalsOfLetters(between));
        }
    }

    [Fact]
    public void Words_of_ranks_and_names_answer_as_the_character_tables()
    {
        // Invented names and joined ranks.
        foreach (var word in new[] { "", "MajGen", "LtCol", "RAdm", "McKay", "DeSouza", "ÜlküBey", "ARDEN", "arden", "Lt-Col", "Gen.", "Ostria2", "ĐặngVăn", "İlse" })
            Assert.Equal(Expected(word), PersonRecognizer.CapitalsOfLetters(word));
    }
}
