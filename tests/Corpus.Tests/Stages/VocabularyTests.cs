using System.Linq;
using Corpus.Contract;
using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Corpus.Extraction.Text;
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
    public void Every_kind_set_loads_and_names_only_kinds_of_the_event_vocabulary()
    {
        var sets = DataFile.Read("events.tsv")["kind-sets"];
        Assert.NotEmpty(sets);
        foreach (var e in sets)
        {
            Assert.NotEmpty(EventVocabulary.KindSet(e[0]));
            Assert.All(EventVocabulary.KindSet(e[0]), kind => Assert.Contains(kind, EventVocabulary.Kinds.Keys));
        }
        // The sets the code asks by name (EngagementBuilder.Kinds.cs), with the kinds they held when they were code.
        Assert.Equal(new[] { "exercise", "training" }, EventVocabulary.KindSet("drill").OrderBy(k => k));
        Assert.Equal(new[] { "meeting", "visit" }, EventVocabulary.KindSet("talk").OrderBy(k => k));
        Assert.True(EventVocabulary.InKindSet("drill", "training"));
        Assert.False(EventVocabulary.InKindSet("talk", "ceremony"));
        Assert.Throws<System.InvalidOperationException>(() => EventVocabulary.KindSet("no-such-set"));
    }

    [Fact]
    public void Every_leader_is_named_in_full_and_given_a_known_state_once()
    {
        Assert.NotEmpty(DataFile.Read("leaders.tsv")["defence"]);
        var entries = LeaderVocabulary.Entries().ToList();
        Assert.NotEmpty(entries);
        foreach (var e in entries)
        {
            Assert.True(e[0].Split(' ').Length >= 2, e[0] + " is no full name");
            Assert.True(CountryTable.Instance.Find(e[1]) is not null, e[0] + " is given " + e[1] + ", which countries.tsv does not know");
        }
        Assert.Same(LeaderVocabulary.StatesBySlug, LeaderVocabulary.StatesBySlug);
        // Invented names: any spelling the slug folds alike names the same leader; one name given two states is an error.
        var table = LeaderVocabulary.States(new[] { new[] { "Kelan Varó", "LA" }, new[] { "K. Varo-Dosk", "TH" } });
        Assert.Equal("LA", LeaderVocabulary.StateOf(table, "KELAN VARO"));
        Assert.Equal("TH", LeaderVocabulary.StateOf(table, "K Varo Dosk"));
        Assert.Null(LeaderVocabulary.StateOf(table, "Kelan"));
        Assert.Throws<System.InvalidOperationException>(() => LeaderVocabulary.States(new[] { new[] { "Kelan Varo", "LA" }, new[] { "Kelan Varó", "TH" } }));
    }

    [Fact]
    public void A_defence_official_of_the_second_table_is_read_with_the_leaders()
    {
        // Invented names: a minister of defence of the [defence] section is of its state as a leader of the first part is;
        // one name given two states across the two parts is an error.
        var parsed = DataFile.Parse("Kelan Varo\tLA\n\n[defence]\nDara Voskel-Min\tTH\n");
        var table = LeaderVocabulary.States(LeaderVocabulary.Entries(parsed));
        Assert.Equal("LA", LeaderVocabulary.StateOf(table, "Kelan Varo"));
        Assert.Equal("TH", LeaderVocabulary.StateOf(table, "Dara Voskel Min"));
        Assert.Null(LeaderVocabulary.StateOf(table, "Voskel"));
        var clash = DataFile.Parse("Kelan Varo\tLA\n[defence]\nKelan Varo\tTH\n");
        Assert.Throws<System.InvalidOperationException>(() => LeaderVocabulary.States(LeaderVocabulary.Entries(clash)));
    }

    [Fact]
    public void A_person_is_of_the_state_the_table_gives_by_name_or_other_spellings_when_they_agree()
    {
        // Invented names: the name or any other spelling the table knows gives the state; spellings of two states give none
        // (the one lookup of CorpusAssembler and of the Events stage's states of record).
        var table = LeaderVocabulary.States(new[] { new[] { "Kelan Varo", "LA" }, new[] { "K. Varo", "LA" }, new[] { "Dara Voskel", "TH" } });
        Assert.Equal("LA", LeaderVocabulary.StateOf(table, "Kelan Varo", null));
        Assert.Equal("LA", LeaderVocabulary.StateOf(table, "General Varo", new[] { "Ana Dosk", "K. Varo" }));
        Assert.Equal("LA", LeaderVocabulary.StateOf(table, "Kelan Varo", new[] { "K Varo" }));
        Assert.Null(LeaderVocabulary.StateOf(table, "Kelan Varo", new[] { "Dara Voskel" }));
        Assert.Null(LeaderVocabulary.StateOf(table, "Ana Dosk", new[] { "Tomas Dosk" }));
    }

    [Fact]
    public void A_spelling_with_one_letter_fewer_names_a_leader_only_by_a_row_of_its_own()
    {
        // Invented names: the slug folds case and marks, never a letter dropped, so such a spelling needs its own row.
        var table = LeaderVocabulary.States(new[] { new[] { "Kelan Vaross", "LA" } });
        Assert.Null(LeaderVocabulary.StateOf(table, "Kelan Varos"));
        table = LeaderVocabulary.States(new[] { new[] { "Kelan Vaross", "LA" }, new[] { "Kelan Varos", "LA" } });
        Assert.Equal("LA", LeaderVocabulary.StateOf(table, "Kelan Varos"));
        // The fifty-third round's rows of record: the spellings the press gives two names the table held in another.
        Assert.Equal("KH", LeaderVocabulary.StateOf("Prak Sokhon"));
        Assert.Equal("MN", LeaderVocabulary.StateOf("Dasdemberel Bat-Erdene"));
    }

    [Fact]
    public void A_name_with_a_middle_name_or_initial_is_read_by_its_first_and_last_words()
    {
        // Invented names: a name of three words or more the table lacks is read by its first and last words, each of three
        // letters or more; a two-word name is read only whole.
        var table = LeaderVocabulary.States(new[] { new[] { "Kelan Varo", "LA" }, new[] { "Ma Dosk", "TH" }, new[] { "Dara Voskel Min", "VN" } });
        Assert.Equal("LA", LeaderVocabulary.StateOf(table, "Kelan D. Varo"));
        Assert.Equal("LA", LeaderVocabulary.StateOf(table, "Kelan Osbert Varo"));
        Assert.Equal("VN", LeaderVocabulary.StateOf(table, "Dara Voskel Min"));
        Assert.Null(LeaderVocabulary.StateOf(table, "Ma Tolan Dosk"));
        Assert.Null(LeaderVocabulary.StateOf(table, "Dara Min"));
        Assert.Null(LeaderVocabulary.StateOf(table, "Varo Kelan"));
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
    public void A_region_known_by_another_name_is_a_region_of_its_country()
    {
        Assert.Equal("Dak Nong", PlaceVocabulary.RegionOtherNames["Daknong"]);
        foreach (var other in PlaceVocabulary.RegionOtherNames)
        {
            Assert.True(PlaceVocabulary.Regions.ContainsKey(other.Value), other.Key + " is another name of " + other.Value + ", no region of the file");
            Assert.Equal(PlaceVocabulary.Regions[other.Key], PlaceVocabulary.Regions[other.Value]);
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
        // French months share first letters ("juin", "juillet"): a name is read as written.
        Assert.Equal(6, DateVocabulary.MonthNumber("juin"));
        Assert.Equal(7, DateVocabulary.MonthNumber("juillet"));
        Assert.Equal(8, DateVocabulary.MonthNumber("août"));
        Assert.Equal(3, DateVocabulary.MonthNumber("mars"));
        Assert.Matches("^(?:" + DateVocabulary.MonthPattern + ")$", "Jan.");
    }

    [Fact]
    public void Data_files_have_sections_tabs_and_comments()
    {
        var file = DataFile.Parse("# comment\nx\t1\n[kinds]\nmeeting\tencounter\n\n[kinds]\nvisit\n");
        Assert.Equal(new[] { "x", "1" }, Assert.Single(file[""]));
        Assert.Equal(new[] { "meeting", "visit" }, file["kinds"].Select(e => e[0]));
    }

    // The data files the engine reads (countries.tsv, read by CountryTable, has its own format: its names and demonyms
    // are checked by country below).
    private static readonly string[] s_dataFiles = { "dates.tsv", "events.tsv", "lexicon.tsv", "patterns.tsv", "places.tsv", "segment.tsv" };

    // The sections whose first column names an entry once (a trigger's kind and an example's pattern are not names).
    private static bool Keyed(string file, string section) => !(file == "events.tsv" && section == "triggers") && !(file == "patterns.tsv" && section == "examples");

    // The sections of lexicon.tsv that are sets of words, compared ignoring case (Lexicon.Set); ranks and office phrases are rows.
    private static bool WordSet(string file, string section) => file == "lexicon.tsv" && section != "ranks" && section != "plural-offices" && section != "office-phrases";

    private static string RawText(string name)
    {
        using var stream = typeof(DataFile).Assembly.GetManifestResourceStream("Corpus.Extraction." + (name == "countries.tsv" ? "" : "Vocabulary.") + name)!;
        using var reader = new System.IO.StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The entries of a data file's text that are another entry of the same set once folded (Text/Typography.cs), as the
    /// engine reads them: a whole row twice, a name twice in a keyed section, a word twice in a set of words.
    /// </summary>
    private static List<string> FoldedDuplicates(string file, string text)
    {
        var found = new List<string>();
        foreach (var (section, entries) in DataFile.Parse(text))
        {
            var rows = new HashSet<string>(StringComparer.Ordinal);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var e in entries)
            {
                string row = Typography.Fold(string.Join("\t", e));
                if (!rows.Add(row)) found.Add(file + " [" + section + "] row " + row);
                else if (Keyed(file, section) && !keys.Add(Typography.Fold(e[0]))) found.Add(file + " [" + section + "] name " + e[0]);
                if (!WordSet(file, section)) continue;
                foreach (var w in e[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (!words.Add(Typography.Fold(w))) found.Add(file + " [" + section + "] word " + w);
                }
            }
        }
        return found;
    }

    [Fact]
    public void No_data_file_holds_two_entries_of_one_set_that_fold_to_the_same_text()
    {
        // Invented entries: a word written with both apostrophes, a row with both dashes, a name twice.
        Assert.Equal(new[] { "lexicon.tsv [connectors] word Kelm's" }, FoldedDuplicates("lexicon.tsv", "[connectors]\nKelm’s of\nKelm's\n"));
        Assert.Equal(new[] { "segment.tsv [stamps] row Vesk - Herald" }, FoldedDuplicates("segment.tsv", "[stamps]\nVesk – Herald\nVesk - Herald\n"));
        Assert.Equal(new[] { "places.tsv [] name Port Kelm" }, FoldedDuplicates("places.tsv", "Port Kelm\tXA\nPort Kelm\tXB\n"));
        Assert.Empty(FoldedDuplicates("lexicon.tsv", "[ranks]\nLt . Gen\tLieutenant General\nLt . Gen .\tLieutenant General\n[connectors]\nof for\n[counts]\nof\n"));
        Assert.Empty(FoldedDuplicates("events.tsv", "[triggers]\nvisit\tnoun\tvisits?\nvisit\tverb\tvisited\n"));
        foreach (var file in s_dataFiles)
        {
            var duplicates = FoldedDuplicates(file, RawText(file));
            Assert.True(duplicates.Count == 0, string.Join("; ", duplicates));
        }
        foreach (var country in CountryTable.Instance.All)
        {
            foreach (var words in new[] { country.Names, country.Demonyms })
            {
                Assert.Equal(words.Length, words.Select(Typography.Fold).Distinct(StringComparer.Ordinal).Count());
            }
        }
    }

    [Fact]
    public void The_rules_and_words_of_the_data_files_are_written_in_ascii_punctuation()
    {
        // The files are read folded (DataFile.Read), so a typographic character in a rule is an alternative the fold made
        // redundant ("[’']", "(?:–|-)") or a form the engine never sees; comments and the examples' texts may hold them.
        Assert.False(TypographicRule("patterns.tsv", "[patterns]\nx\tinvariant\tKelm[’']s\n").Count == 0);
        Assert.Empty(TypographicRule("patterns.tsv", "# “quoted”\n[patterns]\nx\tinvariant\tKelm's\n[examples]\nx\t+\t\"Kelm’s\"\n"));
        foreach (var file in s_dataFiles)
        {
            var rules = TypographicRule(file, RawText(file));
            Assert.True(rules.Count == 0, string.Join("; ", rules));
        }
    }

    private static List<string> TypographicRule(string file, string text)
    {
        var found = new List<string>();
        string section = "";
        foreach (var raw in text.Replace("\r\n", "\n").Split('\n'))
        {
            string line = raw.TrimEnd();
            if (line.StartsWith("[", StringComparison.Ordinal) && line.EndsWith("]", StringComparison.Ordinal)) section = line;
            if (line.Length == 0 || line[0] == '#' || file == "patterns.tsv" && section == "[examples]") continue;
            if (!ReferenceEquals(Typography.Fold(line), line)) found.Add(file + ": " + line);
        }
        return found;
    }

    [Fact]
    public void Segmentation_words_come_from_their_data_file()
    {
        var file = DataFile.Read("segment.tsv");
        // Abbreviations are written without their final stop, one word a line.
        Assert.All(file["abbreviations"], e => Assert.True(e.Length == 1 && !e[0].EndsWith(".", System.StringComparison.Ordinal), string.Join("\t", e)));
        Assert.Contains(file["abbreviations"], e => e[0] == "Brig");
        Assert.Contains(file["credits"], e => e[0] == "Photo");
        Assert.Contains(file["stamp-glue"], e => e[0] == "_");
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
