using System.Collections.ObjectModel;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// A recognised sentence's tokens (<see cref="RecognisedSentence.Tokens"/>) are a <see cref="SentenceTokens"/> over the
/// tokenizer's tokens, read with one interface call a token to an indexer that reads an array, where the
/// <see cref="ReadOnlyCollection{T}"/> over the tokenizer's list they were before took two calls. Through every interface it must
/// read as that collection read, refuse every change as it did, and the matchers must give the same matches at every
/// token given either.
/// </summary>
public class SentenceTokensTests
{
    private static readonly string[] s_invented =
    {
        "Lt. Gen. Kel Arlo of the Vestrian Navy met Brig. Gen. Dosk and the U.S. envoy in Port Tavel",
        "U. S. officials, the U.S.-Vestria council and Sen. Lieut. Gen. Reid of the Tavel Coast Guard",
        "the vestrian navy and THE VESTRIAN NAVY met the Vestrian  Navy's chief",
        "Rear Admiral Tevan, Rear. Admiral Moul and Rear",
        "",
    };

    private static IEnumerable<(PhraseMatcher<string> Matcher, string Name)> Matchers()
    {
        var context = ExtractionContext.For(Gazetteer.Default);
        yield return (context.Organizations, "organisations");
        yield return (context.People.RankPhrases, "ranks");
        foreach (bool ignoreCase in new[] { false, true })
        {
            var matcher = new PhraseMatcher<string>(ignoreCase);
            foreach (var phrase in new[] { "Vestrian Navy", "Vestrian Navy Command", "U.S.", "U.S", "Brig. Gen.", "Rear Admiral", "Rear", "Tavel Coast Guard", "Lieut. Gen." })
                matcher.Add(phrase, phrase.ToUpperInvariant());
            yield return (matcher, ignoreCase ? "invented, case ignored" : "invented");
        }
    }

    private static List<string> Texts()
    {
        var texts = InHouseSentences.All();
        texts.AddRange(s_invented);
        return texts;
    }

    [Fact]
    public void The_tokens_read_as_the_read_only_collection_over_the_same_list_read()
    {
        int tokens = 0;
        foreach (var text in Texts())
        {
            var list = Tokenizer.Tokenize(text);
            IReadOnlyList<Token> before = list.AsReadOnly();
            IReadOnlyList<Token> now = new SentenceTokens(list);
            Assert.Equal(before.Count, now.Count);
            for (int i = 0; i < now.Count; i++) Assert.Equal(before[i], now[i]);
            Assert.Equal(before, now.ToList());
            Assert.Equal(before.ToArray(), now.ToArray());
            var asList = (IList<Token>)now;
            Assert.True(asList.IsReadOnly);
            for (int i = 0; i < asList.Count; i++)
            {
                Assert.Equal(before[i], asList[i]);
                Assert.Equal(list.IndexOf(list[i]), asList.IndexOf(list[i]));
                Assert.Contains(list[i], asList);
            }
            var copied = new Token[list.Count + 2];
            asList.CopyTo(copied, 1);
            Assert.Equal(before, copied.Skip(1).Take(list.Count));
            var rented = TokenArray.Rent(now);
            Assert.Equal(before, rented.Take(list.Count));
            TokenArray.Return(rented);
            tokens += list.Count;
        }
        Assert.True(tokens > 10_000, $"{tokens} tokens");
    }

    [Fact]
    public void The_tokens_refuse_every_change_as_the_read_only_collection_did()
    {
        // Invented.
        var list = Tokenizer.Tokenize("Admiral Oren Vash met the Tavel delegation.");
        int count = list.Count;
        IList<Token> tokens = new SentenceTokens(list);
        var token = list[0];
        Assert.Throws<NotSupportedException>(() => tokens.Add(token));
        Assert.Throws<NotSupportedException>(() => tokens.Insert(0, token));
        Assert.Throws<NotSupportedException>(() => tokens.Remove(token));
        Assert.Throws<NotSupportedException>(() => tokens.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => tokens.Clear());
        Assert.Throws<NotSupportedException>(() => tokens[0] = token);
        Assert.Equal(count, list.Count);
    }

    [Fact]
    public void The_matchers_give_the_same_matches_given_the_sentence_tokens_the_collection_or_the_list()
    {
        int matches = 0, asked = 0;
        var texts = Texts();
        foreach (var (matcher, name) in Matchers())
        {
            foreach (var text in texts)
            {
                var list = Tokenizer.Tokenize(text);
                var before = list.AsReadOnly();
                var now = new SentenceTokens(list);
                for (int i = 0; i < list.Count; i++)
                {
                    asked++;
                    bool expected = matcher.TryMatch(before, i, out int expectedLength, out string expectedValue);
                    bool actual = matcher.TryMatch(now, i, out int length, out string value);
                    bool ofList = matcher.TryMatch(list, i, out int listLength, out string listValue);
                    Assert.True(expected == actual && expected == ofList, $"{name}: {list[i].Text} ({i}) in {text}");
                    Assert.Equal(expectedLength, length);
                    Assert.Equal(expectedLength, listLength);
                    Assert.Equal(expectedValue, value);
                    Assert.Equal(expectedValue, listValue);
                    if (expected) matches++;
                }
            }
        }
        Assert.True(matches >= 100 && asked > 10_000, $"{matches} matches of {asked} tokens");
    }

    [Fact]
    public void The_recognise_stage_gives_each_sentence_its_tokenizers_tokens_as_sentence_tokens()
    {
        // Invented.
        var text = "Vestria and Tavel held talks in Orvane on Monday.\nGeneral Ilse Morrow of the Vestrian Navy met Admiral Oren Vash.\n";
        var read = ArticleReader.Read(new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text)), null);
        var recognised = ArticleRecognizer.Recognise(Segmenter.Segment(read), Gazetteer.Default);
        Assert.NotEmpty(recognised.Sentences);
        foreach (var sentence in recognised.Sentences)
        {
            Assert.IsType<SentenceTokens>(sentence.Tokens);
            Assert.Equal(Tokenizer.Tokenize(sentence.Text), sentence.Tokens);
        }
    }
}
