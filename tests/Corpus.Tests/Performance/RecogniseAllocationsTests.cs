using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// Two savings of objects made per sentence or per token, which must leave every answer as it was: the Recognise stage reads
/// each sentence's tokens into one list of the thread's, cleared before each (<see cref="Tokenizer.TokenizeInto"/>), not a new
/// list a sentence; and the office references' question whether a name holds a span of tokens is a loop
/// (<see cref="PersonRecognizer.NamesSpan"/>), not <c>Any</c> with a lambda whose captured locals made an object at every token.
/// </summary>
public class RecogniseAllocationsTests
{
    // Invented, of very different lengths, so that a short text read after a long one would show a long one's tokens left over.
    private static readonly string[] s_invented =
    {
        "General Ilse Morrow of the Vestrian Navy met Admiral Oren Vash and the Tavelian defence minister in Orvane on 3 May 2024, the ministry said.",
        "Talks.",
        "",
        "   ",
        "Vestria and Tavel — l'armée de l'air vestrienne — signed a 12-point plan; \"joint drills\" follow (Orvane, 2025).",
        "Ok",
        "The Vestrian and Tavelian defence chiefs met; the visiting Vestrian defence minister said the talks went well.",
    };

    private static List<string> Texts()
    {
        var texts = InHouseSentences.All();
        texts.AddRange(s_invented);
        return texts;
    }

    private static (int, int, string, bool, int, bool) Of(Token t) => (t.Start, t.Length, t.Text, t.IsWord, t.WordId, t.IsCapitalized);

    [Fact]
    public void Tokens_read_into_one_cleared_list_are_the_tokens_of_a_new_list_for_every_text()
    {
        var reused = new List<Token>(4);
        foreach (var text in Texts())
        {
            reused.Clear();
            Tokenizer.TokenizeInto(text, reused);
            var fresh = Tokenizer.Tokenize(text);
            Assert.Equal(fresh.Select(Of), reused.Select(Of));
        }
    }

    [Fact]
    public void Tokens_read_into_a_list_that_holds_tokens_are_added_after_them()
    {
        var list = Tokenizer.Tokenize(s_invented[0]);
        int before = list.Count;
        var earlier = list.Select(Of).ToList();
        Tokenizer.TokenizeInto(s_invented[4], list);
        Assert.Equal(earlier, list.Take(before).Select(Of));
        Assert.Equal(Tokenizer.Tokenize(s_invented[4]).Select(Of), list.Skip(before).Select(Of));
    }

    [Fact]
    public void The_recognise_stage_gives_each_sentence_its_own_tokens_and_countries_after_a_longer_sentence()
    {
        // Invented: a long sentence, then short ones, then a long one again.
        var text = string.Join("\n", s_invented[0], s_invented[1], s_invented[4], s_invented[5], s_invented[6]) + "\n";
        var read = ArticleReader.Read(new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text)), null);
        var recognised = ArticleRecognizer.Recognise(Segmenter.Segment(read), Gazetteer.Default);
        var countries = ExtractionContext.For(Gazetteer.Default).Countries;
        Assert.True(recognised.Sentences.Count >= 4);
        foreach (var sentence in recognised.Sentences)
        {
            var fresh = Tokenizer.Tokenize(sentence.Text);
            Assert.Equal(fresh.Select(Of), sentence.Tokens.Select(Of));
            Assert.Equal(countries.Find(fresh, sentence.Text), sentence.TokenCountries!);
        }
    }

    [Fact]
    public void Names_span_answers_as_any_with_the_lambda_did()
    {
        var spans = new[] { (0, 1), (0, 2), (2, 1), (3, 3), (7, 2), (9, 1) };
        var people = new List<List<PersonMention>> { new() };
        for (int k = 1; k <= spans.Length; k++)
            people.Add(spans.Take(k).Select(s => new PersonMention(s.Item1, s.Item2, 0, 0, "Ilse Morrow", null, null, false)).ToList());
        people.Add(spans.Reverse().Select(s => new PersonMention(s.Item1, s.Item2, 0, 0, "Oren Vash", null, null, true)).ToList());
        foreach (var list in people)
        {
            for (int first = 0; first < 12; first++)
            {
                for (int last = first - 1; last < 12; last++)
                {
                    bool expected = list.Any(p => p.FirstToken <= last && p.FirstToken + p.TokenCount > first);
                    Assert.Equal(expected, PersonRecognizer.NamesSpan(list, first, last));
                }
            }
        }
    }

    [Fact]
    public void The_office_references_are_found_as_before_beside_named_people()
    {
        // Invented: a reference spanned by a name is not one; one outside the names is.
        var context = ExtractionContext.For(Gazetteer.Default);
        var tokens = Tokenizer.Tokenize("Morrow met the defence minister, and the ambassador said talks would go on.");
        var none = context.People.FindOfficeReferences(tokens, new List<PersonMention>());
        Assert.NotEmpty(none);
        foreach (var reference in none)
        {
            var spanning = new List<PersonMention> { new(reference.FirstToken, reference.TokenCount, 0, 0, "Ilse Morrow", null, null, false) };
            Assert.DoesNotContain(context.People.FindOfficeReferences(tokens, spanning), r => r.FirstToken == reference.FirstToken);
            var beside = new List<PersonMention> { new(0, 1, 0, 0, "Morrow", null, null, true) };
            Assert.Contains(context.People.FindOfficeReferences(tokens, beside), r => r.FirstToken == reference.FirstToken);
        }
    }
}
