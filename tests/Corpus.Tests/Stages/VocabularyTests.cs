using System.Linq;
using Corpus.Contract;
using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Corpus.Extraction.Vocabulary;
using Corpus.Tests.Robustness;
using Xunit;

namespace Corpus.Tests.Stages;

/// <summary>The vocabularies embedded in the engine as data files, parsed once per process.</summary>
public class VocabularyTests
{
    [Fact]
    public void The_event_vocabulary_describes_every_kind_and_is_parsed_once()
    {
        Assert.Equal(EngagementNames.Kinds.OrderBy(k => k), EventVocabulary.Kinds.Keys.OrderBy(k => k));
        Assert.Same(EventVocabulary.Triggers, EventVocabulary.Triggers);
        Assert.Same(PlaceVocabulary.Builtin, PlaceVocabulary.Builtin);
        Assert.True(EventVocabulary.IsSingular("talks"));
    }

    [Fact]
    public void Every_venue_stands_in_a_known_place()
    {
        Assert.Contains("Peace Palace", PlaceVocabulary.Venues.Keys);
        foreach (var venue in PlaceVocabulary.Venues)
        {
            Assert.True(PlaceVocabulary.Builtin.ContainsKey(venue.Value), venue.Key + " stands in " + venue.Value + ", which places.tsv does not list");
            Assert.False(PlaceVocabulary.Builtin.ContainsKey(venue.Key), venue.Key + " is both a venue and a place");
        }
    }

    [Fact]
    public void Every_region_is_of_a_country_and_is_no_city()
    {
        Assert.Equal("MY", PlaceVocabulary.Regions["Sabah"]);
        foreach (var region in PlaceVocabulary.Regions)
        {
            Assert.False(PlaceVocabulary.Builtin.ContainsKey(region.Key), region.Key + " is both a region and a place");
            Assert.Matches("^[A-Z]{2}$", region.Value);
        }
    }

    [Fact]
    public void A_place_known_by_another_name_is_that_place()
    {
        Assert.Equal("Sihanoukville", PlaceVocabulary.Canonical("Preah Sihanouk"));
        Assert.Equal("Phnom Penh", PlaceVocabulary.Canonical("Phnom Penh"));
        foreach (var other in PlaceVocabulary.OtherNames)
        {
            Assert.True(PlaceVocabulary.Builtin.ContainsKey(other.Key), other.Key);
            Assert.Equal(PlaceVocabulary.Builtin[other.Key], PlaceVocabulary.Builtin[other.Value]);
        }
    }

    [Theory]
    [InlineData("meeting", "held", false, "043")]
    [InlineData("meeting", "held", true, "044")]
    [InlineData("meeting", "planned", false, "036")]
    [InlineData("visit", "held", false, "042")]
    [InlineData("agreement", "planned", false, "057")]
    [InlineData("exercise", "held", false, "062")]
    [InlineData("aid", "held", false, "072")]
    [InlineData("ceremony", "held", false, "050")]
    [InlineData("conference", "held", true, "044")]
    [InlineData("no such kind", "held", false, "040")]
    public void CAMEO_codes_come_from_the_kinds_table(string kind, string status, bool thirdVenue, string code)
        => Assert.Equal(code, EngagementBuilder.Cameo(kind, status, thirdVenue));

    [Theory]
    [InlineData("General Tea Banh met the Turkish ambassador.", "meeting", "met", true)]
    [InlineData("The two sides held talks on demining.", "meeting", "held talks", true)]
    [InlineData("The navy paid a goodwill visit to Ream.", "visit", "goodwill visit", false)]
    [InlineData("Both sides signed a memorandum of understanding.", "agreement", "signed", true)]
    [InlineData("Japan donated 20 vehicles to the army.", "aid", "donated", true)]
    [InlineData("Troops joined the joint military exercise.", "exercise", "joint military exercise", false)]
    public void Triggers_come_from_the_event_vocabulary_with_their_kind(string sentence, string kind, string text, bool verb)
    {
        var trigger = Triggers.Find(sentence).First();
        Assert.Equal((kind, text, verb), (trigger.Kind, trigger.Text, trigger.IsVerb));
    }

    [Theory]
    [InlineData("Phnom Penh", "KH")]
    [InlineData("Hanoi", "VN")]
    [InlineData("Washington, D.C.", "US")]
    public void Places_come_with_their_country(string place, string country)
        => Assert.Equal(country, PlaceVocabulary.Builtin[place]);

    [Fact]
    public void Ranks_titles_and_date_words_come_from_the_data_files()
    {
        Assert.Contains(Corpus.Extraction.Recognise.Lexicon.Ranks, r => r.Words.SequenceEqual(new[] { "Lt", ".", "Gen", "." }) && r.Rank == "Lieutenant General");
        Assert.Contains("Minister", Corpus.Extraction.Recognise.Lexicon.TitleHeads);
        Assert.Contains("ambassador", Corpus.Extraction.Recognise.Lexicon.DiplomaticHeads);
        Assert.Equal(9, DateVocabulary.MonthNumber("Sept."));
        Assert.Null(DateVocabulary.MonthNumber("Mo"));
        Assert.Matches("^(?:" + DateVocabulary.MonthPattern + ")$", "Jan.");
    }

    [Fact]
    public void Data_files_have_sections_tabs_and_comments()
    {
        var file = DataFile.Parse("# comment\nx\t1\n[kinds]\nmeeting\tencounter\n\n[kinds]\nvisit\n");
        Assert.Equal(new[] { "x", "1" }, Assert.Single(file[""]));
        Assert.Equal(new[] { "meeting", "visit" }, file["kinds"].Select(e => e[0]));
    }

    [Fact]
    public void Segmentation_words_come_from_their_data_file()
    {
        var file = DataFile.Read("segment.tsv");
        // Abbreviations are written without their final stop, one word a line.
        Assert.All(file["abbreviations"], e => Assert.True(e.Length == 1 && !e[0].EndsWith(".", System.StringComparison.Ordinal), string.Join("\t", e)));
        Assert.Contains(file["abbreviations"], e => e[0] == "Brig");
        Assert.Contains(file["credits"], e => e[0] == "Photo");
        // What the file lists is what splitting does: "Brig." ends no sentence, a credit in brackets is one.
        var sentences = Corpus.Extraction.Segment.Segmenter.Split("Brig. Gen. Sok Dara arrived. (Photo: Lao News) The ministers met on Monday.");
        Assert.Equal(new[] { "Brig. Gen. Sok Dara arrived.", "(Photo: Lao News)", "The ministers met on Monday." }, sentences.Select(x => x.Text));
    }

    private const string Sentence = "Phnom Penh, 3 May 2024 (TDI): Defence Minister Tea Banh met Lao Ambassador Khamphao Ernthavanh at the provincial hall in Stung Kampong on Monday.\n";

    private static EngagementFact Engagement(string corpusYaml)
    {
        var gazetteer = GazetteerReader.Read("/c/corpus.yaml", corpusYaml);
        var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(Sentence));
        return ArticleExtractor.Extract(article, null, gazetteer, false).Engagements.Single();
    }

    [Fact]
    public void Corpus_yaml_adds_places_to_the_vocabulary()
    {
        Assert.Null(Engagement("home: KH\n").Location?.City);
        var e = Engagement("home: KH\nplaces:\n  - { name: Stung Kampong, country: KH }\n");
        Assert.Equal(("Stung Kampong", "KH"), (e.Location?.City, e.Location?.Country));
    }

    [Fact]
    public void A_place_without_a_country_is_reported_at_the_entry()
    {
        var run = Robust.Run(("a.txt", Sentence), ("corpus.yaml", "home: KH\nplaces:\n  - { name: Stung Kampong }\n"));
        var d = Assert.Single(run.WithId("CORPUS002"));
        Assert.Equal(3, d.Location.GetLineSpan().StartLinePosition.Line + 1);
    }
}
