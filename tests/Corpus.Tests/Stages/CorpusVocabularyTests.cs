using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Xunit;

namespace Corpus.Tests.Stages;

/// <summary>
/// corpus.yaml extends the built-in vocabulary for its own articles: event triggers
/// (<c>triggers:</c>), title words (<c>titles:</c>) and ranks (<c>ranks:</c>). Each record names
/// the phenomenon it covers with an invented sentence.
/// </summary>
public class CorpusVocabularyTests
{
    private const string Home = "home: KH\n";

    private static ArticleFacts Extract(string corpusYaml, string sentence)
    {
        var gazetteer = GazetteerReader.Read("/c/corpus.yaml", corpusYaml);
        Assert.Empty(gazetteer.Problems);
        string text = "Phnom Penh, 27 April 2023 (TDI): " + sentence + "\n";
        var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text));
        return ArticleExtractor.Extract(article, null, gazetteer, curation: false);
    }

    [Fact]
    public void VOC_01_a_trigger_of_corpus_yaml_reports_an_engagement_the_built_in_words_do_not()
    {
        const string sentence = "Defence Minister Dara Sok conferred with Thai Defence Minister Anan Boonma in Bangkok on Monday.";
        Assert.Empty(Extract(Home, sentence).Engagements);

        var e = Assert.Single(Extract(Home + "triggers:\n  - { kind: meeting, form: verb, words: [conferred with] }\n", sentence).Engagements);
        Assert.Equal(("meeting", "2023-04-24", "KH TH"), (e.Kind, e.Date, string.Join(" ", e.Countries)));
        Assert.Equal(new[] { "dara-sok", "anan-boonma" }, e.Participants);
    }

    [Fact]
    public void VOC_02_a_trigger_word_matches_in_any_case_as_a_whole_word_only()
    {
        const string yaml = Home + "triggers:\n  - { kind: conference, words: [symposium] }\n";
        var held = Extract(yaml, "Defence Minister Dara Sok and Thai Defence Minister Anan Boonma attended the Symposium on Maritime Security in Phnom Penh on Monday.");
        Assert.Equal("conference", Assert.Single(held.Engagements).Kind);
        Assert.DoesNotContain(Extract(yaml, "Defence Minister Dara Sok praised the symposiums of the past.").Engagements,
            x => x.Kind == "conference");
    }

    [Fact]
    public void VOC_03_a_title_of_corpus_yaml_makes_its_holder_an_official()
    {
        const string sentence = "Chief Hydrographer Sok Dara met Thai Defence Minister Anan Boonma in Phnom Penh on Monday.";
        Assert.DoesNotContain(Extract(Home, sentence).Officials, o => o.Name == "Sok Dara");

        var official = Extract(Home + "titles: [Chief Hydrographer]\n", sentence).Officials.Single(o => o.Name == "Sok Dara");
        Assert.Equal("Chief Hydrographer", official.Positions.Single().Title);
    }

    [Fact]
    public void VOC_04_a_rank_of_corpus_yaml_is_read_in_its_full_form()
    {
        const string sentence = "Defence Attaché Air Cdre Kenji Mori met Defence Minister Dara Sok in Phnom Penh on Monday.";
        var official = Extract(Home + "ranks:\n  - { form: Air Cdre, rank: Air Commodore }\n", sentence).Officials.Single(o => o.Name == "Kenji Mori");
        Assert.Equal("Air Commodore", official.Positions.Single().Rank);
    }

    [Theory]
    [InlineData("triggers:\n  - { kind: meating, words: [parley] }\n", ProblemIds.InvalidValue, 2, "did you mean 'meeting'")]
    [InlineData("triggers:\n  - { kind: meeting, form: adjective, words: [parley] }\n", ProblemIds.InvalidValue, 2, "trigger.form")]
    [InlineData("triggers:\n  - { kind: meeting }\n", ProblemIds.WrongValueType, 2, "a kind and a list of words")]
    [InlineData("ranks:\n  - { form: Cdre }\n", ProblemIds.WrongValueType, 2, "the rank it stands for")]
    [InlineData("titles: { chief: hydrographer }\n", ProblemIds.WrongValueType, 1, "titles")]
    public void A_wrong_vocabulary_entry_is_a_located_problem(string yaml, string id, int line, string says)
    {
        var problem = Assert.Single(GazetteerReader.Read("/c/corpus.yaml", yaml).Problems);
        // Problem lines are 0-based; the test data counts from 1 as an editor does.
        Assert.Equal((id, line), (problem.Id, problem.Line + 1));
        Assert.Contains(says, string.Join(" ", problem.Args), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Without_additions_a_gazetteer_shares_the_built_in_sets()
    {
        var context = Corpus.Extraction.Recognise.ExtractionContext.For(GazetteerReader.Read("/c/corpus.yaml", Home));
        Assert.Same(Corpus.Extraction.Vocabulary.EventVocabulary.Triggers, context.Triggers);
        Assert.Same(Corpus.Extraction.Recognise.TitleWords.Builtin, context.Titles);
    }
}
