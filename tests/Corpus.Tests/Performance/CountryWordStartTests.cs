using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// The person search's vocabulary flags (<c>PersonRecognizer.IsLexical</c>, once for every token of a sentence) ask the
/// country search only where <see cref="CountryRecognizer.MayStartCountryWord"/>, the first-character and length test its
/// matcher makes first, lets a country word start (the eighty-third speed round). That quick answer must be false only where
/// <see cref="CountryRecognizer.IsCountryWord"/> is: over the in-house sentences, invented ones, and the first token of every
/// name and demonym of the country table (English, other languages, French demonyms in lower case). The form of
/// <see cref="CountryRecognizer.IsCountryWord(IReadOnlyList{Token}, in Token, int, out int)"/> given the token asks that test
/// itself and must answer as the form given the index.
/// </summary>
public class CountryWordStartTests
{
    private static readonly string[] s_invented =
    {
        "le ministre veskan de la Défense et le commandant français de la IVe Zone militaire ont rencontré Kel Arlo",
        "Vesk's 3rd Fleet, the Ostrian navy and the Republic of Kelm met in Phnom Penh on Oct. 15 with U.S. and U.K. envoys",
        "l'attaché cambodgien, la délégation thaïlandaise et l'ambassadeur malaisien à Kelm",
        "Ngô Văn Tịnh, Đặng Văn Hiền and Sok Dara met the Cambodian, Thai and Lao ministers",
        "42 sailors, IIe, Ier, XIVe and VIIe",
        "",
    };

    private static List<string> Texts()
    {
        var texts = InHouseSentences.All();
        texts.AddRange(s_invented);
        foreach (var c in CountryTable.Instance.All)
        {
            texts.Add(c.Name);
            texts.Add(c.OfficialName);
            texts.AddRange(c.Names);
            texts.AddRange(c.Demonyms);
            texts.AddRange(c.OtherNames);
            texts.AddRange(c.OtherDemonyms);
        }
        return texts;
    }

    [Fact]
    public void A_token_refused_at_once_starts_no_country_word()
    {
        var countries = ExtractionContext.For(Gazetteer.Default).Countries;
        int tokens = 0, refused = 0, words = 0;
        foreach (var text in Texts())
        {
            var list = Tokenizer.Tokenize(Typography.Fold(text)).AsReadOnly();
            for (int i = 0; i < list.Count; i++)
            {
                tokens++;
                bool isWord = countries.IsCountryWord(list, i, out int length);
                if (isWord) words++;
                // The form given the token asks the quick test first and answers as the form given its index.
                Assert.Equal((isWord, isWord ? length : 0), (countries.IsCountryWord(list, list[i], i, out int given), isWord ? given : 0));
                if (countries.MayStartCountryWord(list[i])) continue;
                refused++;
                Assert.False(isWord, $"{list[i].Text} in {text}");
            }
        }
        Assert.True(refused > tokens / 3 && words >= 500, $"{refused} of {tokens} refused, {words} country words");
    }

    [Fact]
    public void A_lower_case_demonym_and_a_roman_ordinal_of_a_body_stay_words_of_the_vocabulary()
    {
        var people = ExtractionContext.For(Gazetteer.Default).People;
        var list = Tokenizer.Tokenize(s_invented[0]).AsReadOnly();
        int Index(string word) => list.ToList().FindIndex(t => t.Text == word);
        Assert.True(people.IsLexical(list, Index("français")));
        Assert.True(people.IsLexical(list, Index("IVe")));
        Assert.False(people.IsLexical(list, Index("Kel")));
        Assert.False(people.IsLexical(list, Index("Arlo")));
    }
}
