using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// The person search asks at every word whether a rank starts there (<c>PersonRecognizer.TryRank</c>): a token that can
/// start no phrase of the matcher (<see cref="PhraseMatcher{T}.MayStartWith"/>, its first two characters) and, capitalised,
/// no rank written as one word (<c>MayBeJoinedRank</c>, its first two characters) is refused without the matcher's call or
/// the joined rank's reading. Each quick answer must be false only where the full one is, and the rank question must give
/// what the matcher and then the joined rank give, out values included, with the built-in ranks and with ranks a corpus adds.
/// </summary>
public class RankStartTests
{
    private static readonly string[] s_invented =
    {
        "MajGen Kel Arlo, LtCol Moul Tevan, BrigGen Dosk, RAdm Ana Vesk and VAdm Tom Reid met LtGen. Sok Dara",
        "Lt. Gen. Kel Arlo, Maj. Gen. Dosk, Rear Admiral Tevan, Sen. Lieut. Gen. Reid and Captain First Rank Ana",
        "McKay, DeSouza, MaJor, GeNeral, CoLonel, MAJGEN and majGen met Gen Nakatani",
        "Général de Brigade Kél Ármo, ÉtatMajor Dosk, ÅdmRal Vesk and the \u212Aelm delegation",
        "Generál Dosk, Gȅneral Tevan, Brigadier-General Arlo and Air Cdre Reid",
        "Ngô Văn Tịnh, Đặng Văn Hiền and Sok Dara met in Phnom Penh on Oct. 15",
        "Kel Arlo was promoted to MajGen",
        "A B C Mr Dr Lt Gen",
        "",
    };

    private static List<string> Texts()
    {
        var texts = InHouseSentences.All();
        texts.AddRange(s_invented);
        return texts;
    }

    private static IEnumerable<PersonRecognizer> Recognisers()
    {
        yield return ExtractionContext.For(Gazetteer.Default).People;
        // A corpus's ranks: words outside ASCII, a first word of one letter, a first word whose second letter is outside ASCII.
        var titles = TitleWords.With(Array.Empty<string>(), new[]
        {
            (new[] { "Général", "de", "Brigade" }, "Général de Brigade"),
            (new[] { "Ä", "Wing" }, "Ä Wing"),
            (new[] { "Gȅneral", "Major" }, "Gȅneral Major"),
            (new[] { "Air", "Cdre" }, "Air Commodore"),
            (new[] { "Q", "Ritmo" }, "Q Ritmo"),
        });
        var context = ExtractionContext.For(Gazetteer.Default);
        yield return new PersonRecognizer(context.Countries, context.Organizations, context.Cities, titles);
    }

    [Fact]
    public void A_token_the_matcher_refuses_at_once_starts_no_phrase()
    {
        var ignoring = new PhraseMatcher<string>(ignoreCase: true);
        ignoring.Add("Rear Admiral", "x");
        int tokens = 0, refused = 0;
        foreach (var people in Recognisers())
        {
            var matcher = people.RankPhrases;
            foreach (var text in Texts())
            {
                var list = Tokenizer.Tokenize(text).AsReadOnly();
                for (int i = 0; i < list.Count; i++)
                {
                    tokens++;
                    Assert.True(ignoring.MayStartWith(list[i].Text));
                    if (matcher.MayStartWith(list[i].Text)) continue;
                    refused++;
                    Assert.False(matcher.TryMatch(list, i, out _, out _), $"{list[i].Text} in {text}");
                }
            }
        }
        Assert.True(refused > tokens * 3 / 4, $"{refused} of {tokens} refused");
    }

    [Fact]
    public void A_word_refused_at_once_is_no_rank_written_as_one_word()
    {
        int words = 0, refused = 0, joined = 0;
        foreach (var people in Recognisers())
        {
            foreach (var text in Texts())
            {
                foreach (var token in Tokenizer.Tokenize(text))
                {
                    if (!token.IsWord) continue;
                    words++;
                    bool isJoined = people.TryJoinedRank(token.Text, out _);
                    if (isJoined) joined++;
                    if (people.MayBeJoinedRank(token.Text)) continue;
                    refused++;
                    Assert.False(isJoined, $"{token.Text} in {text}");
                }
            }
        }
        Assert.True(refused > words / 2 && joined >= 10, $"{refused} of {words} refused, {joined} joined ranks");
    }

    [Fact]
    public void The_rank_question_answers_as_the_matcher_then_the_joined_rank()
    {
        int ranks = 0;
        foreach (var people in Recognisers())
        {
            foreach (var text in Texts())
            {
                var list = Tokenizer.Tokenize(text).AsReadOnly();
                for (int i = 0; i < list.Count; i++)
                {
                    // The question as it was: the matcher, then a capitalised word read as a joined rank.
                    bool expected = people.RankPhrases.TryMatch(list, i, out int expectedLength, out string expectedRank);
                    if (!expected && list[i].IsCapitalized && people.TryJoinedRank(list[i].Text, out expectedRank))
                    {
                        expected = true;
                        expectedLength = i + 1 < list.Count && list[i + 1].Text == "." && list[i + 1].Start == list[i].End ? 2 : 1;
                    }
                    bool actual = people.TryRank(list, i, out int length, out string rank);
                    Assert.True(expected == actual, $"{list[i].Text} in {text}");
                    Assert.Equal(expectedLength, length);
                    Assert.Equal(expectedRank, rank);
                    if (actual) ranks++;
                }
            }
        }
        Assert.True(ranks >= 100, $"{ranks} ranks");
    }
}
