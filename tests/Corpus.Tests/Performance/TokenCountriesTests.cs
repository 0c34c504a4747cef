using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// The country words Recognise finds in a sentence's tokens are kept on the sentence (<see cref="RecognisedSentence.TokenCountries"/>)
/// and handed to the person recogniser, which would otherwise look for them again: they must be what it would find, the
/// dateline's included, and the people found with them those found without.
/// </summary>
public class TokenCountriesTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.Default;

    private static IEnumerable<RecognisedArticle> InHouseArticles()
    {
        var files = Corpus.Synthetic.SyntheticCorpus.Create(40)
            .Concat(Corpus.Synthetic.SyntheticCorpus.ReadFolder(RepositoryPaths.Seeds))
            .Concat(Corpus.Synthetic.SyntheticCorpus.ReadFolder(RepositoryPaths.Combine("tests", "articles", "corpus")))
            .Concat(Corpus.Synthetic.SyntheticCorpus.ReadFolder(RepositoryPaths.Combine("tests", "holdout", "corpus")));
        foreach (var f in files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)))
        {
            var read = ArticleReader.Read(new ArticleSource("a", "/c/" + f.Path, f.Path, f.Text), null);
            if (read.IsReadable) yield return ArticleRecognizer.Recognise(Segmenter.Segment(read), s_gazetteer);
        }
    }

    [Fact]
    public void A_dateline_s_country_is_among_the_token_countries_but_not_among_the_sentence_s()
    {
        var read = ArticleReader.Read(new ArticleSource("a", "/c/a.txt", "a.txt",
            ArticleReader.Normalize("Vandor, March 3, 2024 (Lao Daily) – Thai officers met Malaysian officers in Vandor.\n")), null);
        Assert.NotNull(read.Dateline);
        var sentence = ArticleRecognizer.Recognise(Segmenter.Segment(read), s_gazetteer).Sentences[0];
        var all = ExtractionContext.For(s_gazetteer).Countries.Find(sentence.Tokens);
        Assert.Equal(all, sentence.TokenCountries);
        Assert.Equal(new[] { "LA", "TH", "MY" }, all.Select(c => c.Code));
        Assert.Equal(all.Where(c => sentence.Tokens[c.FirstToken].Start >= read.Dateline!.Length), sentence.Countries);
    }

    [Fact]
    public void The_token_countries_answer_only_the_recogniser_of_the_gazetteer_that_found_them()
    {
        var read = ArticleReader.Read(new ArticleSource("a", "/c/a.txt", "a.txt", "Thai officers met Malaysian officers in Vandor.\n"), null);
        var sentence = ArticleRecognizer.Recognise(Segmenter.Segment(read), s_gazetteer).Sentences[0];
        Assert.NotNull(sentence.TokenCountries);
        Assert.Same(sentence.TokenCountries, sentence.TokenCountriesFoundBy(ExtractionContext.For(s_gazetteer).Countries));
        var another = Gazetteer.Default with { Home = "KH" };
        Assert.Null(sentence.TokenCountriesFoundBy(ExtractionContext.For(another).Countries));
    }

    [Fact]
    public void The_token_countries_of_every_sentence_are_those_the_country_recogniser_finds_and_give_the_same_people()
    {
        var context = ExtractionContext.For(s_gazetteer);
        int sentences = 0, withCountry = 0, withPeople = 0;
        foreach (var article in InHouseArticles())
        {
            foreach (var s in article.Sentences.Where(s => s.Tokens.Count > 0))
            {
                sentences++;
                var expected = context.Countries.Find(s.Tokens);
                Assert.Equal(expected, s.TokenCountries);
                if (expected.Count > 0) withCountry++;
                // A fresh token list: the recogniser keeps what it worked out for a list it has seen.
                var tokens = Tokenizer.Tokenize(s.Text).AsReadOnly();
                var without = context.People.Find(s.Text, tokens, _ => false, _ => false);
                var with = context.People.Find(s.Text, Tokenizer.Tokenize(s.Text).AsReadOnly(), _ => false, _ => false, countries: s.TokenCountries);
                Assert.Equal(without, with);
                if (with.Count > 0) withPeople++;
            }
        }
        Assert.True(withCountry > 100 && withCountry < sentences, withCountry + " of " + sentences);
        Assert.True(withPeople > 100, withPeople.ToString());
    }
}
