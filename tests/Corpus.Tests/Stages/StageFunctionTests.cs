using System;
using System.Linq;
using Corpus.Extraction.Curate;
using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;
using Xunit;

namespace Corpus.Tests.Stages;

/// <summary>
/// Each stage called on its own, on small invented articles: what it takes from the stage before
/// and what it must give. The corpus is Cambodia's (<c>home: KH</c>) unless a test says otherwise.
/// </summary>
public class StageFunctionTests
{
    private static readonly Gazetteer s_cambodian = Gazetteer.Default with { Home = "KH" };

    private static ReadArticle Read(string text, string? sidecar = null)
        => ArticleReader.Read(new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text)),
            sidecar is null ? null : SidecarReader.Read("/c/a.yaml", "a", sidecar));

    private static RecognisedArticle Recognise(string text, Gazetteer? gazetteer = null)
        => ArticleRecognizer.Recognise(Segmenter.Segment(Read(text)), gazetteer ?? s_cambodian);

    private static ResolvedArticle Resolve(string text, Gazetteer? gazetteer = null)
        => ArticleResolver.Resolve(Recognise(text, gazetteer), gazetteer ?? s_cambodian, null);

    private static ArticleEvents Events(string text, Gazetteer? gazetteer = null)
        => EventStage.Build(Resolve(text, gazetteer), gazetteer ?? s_cambodian);

    // The stages up to Events over an article (as written, not normalised) and its sidecar; curation is left to the test.
    private static (ArticleEvents Events, Sidecar Sidecar) EventsWith(string text, string sidecarYaml)
    {
        var sidecar = SidecarReader.Read("/c/a.yaml", "a", sidecarYaml);
        var read = ArticleReader.Read(new ArticleSource("a", "/c/a.txt", "a.txt", text), sidecar);
        var resolved = ArticleResolver.Resolve(ArticleRecognizer.Recognise(Segmenter.Segment(read), s_cambodian), s_cambodian, sidecar);
        return (EventStage.Build(resolved, s_cambodian), sidecar);
    }

    // Read

    [Fact]
    public void Read_takes_the_document_from_the_sidecar_and_else_from_the_dateline()
    {
        var read = Read("Phnom Penh, 3 May 2021 (Mekong Herald): The army opened a school.\n");
        Assert.True(read.IsReadable);
        Assert.Equal("a", read.Id);
        Assert.Equal("2021-05-03", read.Document.Published);
        Assert.Equal("Mekong Herald", read.Document.Outlet);
        Assert.Equal("Phnom Penh", read.Dateline?.Place);
        Assert.Equal(new IsoDate(2021, 5, 3), read.Published);

        var curated = Read("Phnom Penh, 3 May 2021 (Mekong Herald): The army opened a school.\n", "id: school\npublished: 2021-05-04\n");
        Assert.Equal("school", curated.Id);
        Assert.Equal("2021-05-04", curated.Document.Published);
    }

    [Fact]
    public void Read_reports_an_empty_article_and_no_later_stage_reads_it()
    {
        var read = Read("  \n\n");
        Assert.False(read.IsReadable);
        Assert.Equal(ProblemIds.EmptyArticle, Assert.Single(read.Problems).Id);
    }

    // Segment

    [Fact]
    public void Segment_gives_the_sentences_of_the_read_article_with_their_lines()
    {
        var read = Read("The navy sailed. The army stayed.\n\nThe air force flew.\n");
        var segmented = Segmenter.Segment(read);
        Assert.Same(read, segmented.Article);
        Assert.Equal(new[] { (1, 1), (1, 18), (3, 1) }, segmented.Sentences.Select(s => (s.Line, s.Column)));
    }

    // Recognise

    [Fact]
    public void Recognise_leaves_the_dateline_out_of_the_first_sentence()
    {
        var recognised = Recognise("Vientiane, 3 May 2021 (Mekong Herald): Cambodia and Laos opened a school on Monday.\n");
        var first = recognised.Sentences[0];
        Assert.Equal(new[] { "KH", "LA" }, first.Countries.Select(c => c.Code).OrderBy(c => c));
        Assert.Equal(new[] { "on Monday" }, first.Dates.Select(d => d.Text(first.Text)));
    }

    [Fact]
    public void Recognise_marks_links_and_overlong_runs_as_not_reporting()
    {
        var recognised = Recognise("Also read: Laos opens a school.\n\n" + string.Concat(Enumerable.Repeat("word ", 500)) + "\n");
        Assert.True(recognised.Sentences[0].IsLink);
        Assert.NotEmpty(recognised.Sentences[0].Tokens);
        Assert.True(recognised.Sentences[1].IsLink);
        Assert.Empty(recognised.Sentences[1].Tokens);
    }

    [Fact]
    public void Recognise_gives_the_organisations_of_the_gazetteer_the_article_names_once_each()
    {
        var gazetteer = GazetteerReader.Read("/c/corpus.yaml", "home: KH\norganizations:\n  - { id: mekong-demining-office, name: Mekong Demining Office, acronym: MDO }\n");
        var recognised = Recognise("The Mekong Demining Office trained forty deminers. The MDO said the course ended.\n", gazetteer);
        var organization = Assert.Single(recognised.Organizations);
        Assert.Equal(("mekong-demining-office", "MDO"), (organization.Id, organization.Acronym));
    }

    // Resolve

    [Fact]
    public void Resolve_gives_one_official_per_person_shared_by_every_sentence_naming_them()
    {
        var resolved = Resolve("Laotian Defence Minister Khamla Vongsa arrived on Monday. Vongsa met the army chief.\n");
        var official = Assert.Single(resolved.Officials);
        Assert.Equal("Khamla Vongsa", official.Name);
        Assert.Equal("LA", official.Country);
        Assert.Same(official, resolved.Sentences[0].People.Single().Official);
        Assert.Same(official, resolved.Sentences[1].People.Single().Official);
        Assert.Equal("Laotian Defence Minister", Assert.Single(official.Positions).Title);
        Assert.Contains(resolved.Names, n => n.Folded == "vongsa" && n.IsShortForm && n.Official == 0);
    }

    [Fact]
    public void Resolve_gives_a_counterpart_the_office_of_the_person_met()
    {
        var resolved = Resolve("Cambodian Defence Minister Sok Dara met his Lao counterpart Khamla Vongsa on Monday.\n");
        var lao = resolved.Officials.Single(o => o.Name == "Khamla Vongsa");
        // The office without the other person's state (Recognise reads it so in the sentence that names both).
        Assert.Equal("Defence Minister", Assert.Single(lao.Positions).Title);
        Assert.Equal("LA", lao.Country);
    }

    [Fact]
    public void Resolve_keeps_names_given_without_rank_or_title_for_the_corpus()
    {
        var resolved = Resolve("Cambodian Defence Minister Sok Dara met Lao officials. Chanthy Phommachanh said the talks went well.\n");
        Assert.Contains(resolved.BareNames, b => b.Name == "Chanthy Phommachanh");
        Assert.DoesNotContain(resolved.Officials, o => o.Name == "Chanthy Phommachanh" && o.Positions.Count > 0);
    }

    // Two invented states, for the acronyms an article defines.
    private static readonly Gazetteer s_invented = s_cambodian with
    {
        Countries = s_cambodian.Countries.Concat(new[]
        {
            new CountryNames("XO", new[] { "Ostria" }.ToEquatableArray(), new[] { "Ostrian" }.ToEquatableArray()),
            new CountryNames("XV", new[] { "Vesk" }.ToEquatableArray(), new[] { "Veskan" }.ToEquatableArray()),
            new CountryNames("XR", new[] { "Orlia" }.ToEquatableArray(), new[] { "Orlian" }.ToEquatableArray()),
        }).ToEquatableArray(),
    };

    private static string? CountryOf(string text, string name)
        => Resolve(text, s_invented).Officials.Single(o => o.Name == name).Country;

    [Theory]
    [InlineData("Officers of the Ostrian Army (OA) joined the drill on Monday.\n\nOA chief Lt. Gen. Kel Dosk opened it.\n", "XO")]
    [InlineData("Ships of the Veskan Navy (VN) and of the Royal Navy of Ostria arrived.\n\nVN commander Rear Adm. Ivo Brandt led them.\n", "XV")]
    [InlineData("The Armed Forces of Ostria (AFO) hosted the talks.\n\nAFO chief Gen. Kel Dosk welcomed the guests.\n", "XO")]
    public void Resolve_gives_an_office_written_with_an_acronym_the_article_defines_the_state_of_its_full_name(string text, string state)
    {
        string name = text.Contains("Ivo Brandt") ? "Ivo Brandt" : "Kel Dosk";
        Assert.Equal(state, CountryOf(text, name));
    }

    [Theory]
    // Not defined by the article.
    [InlineData("Officers of the Ostrian Army joined the drill on Monday.\n\nOA chief Lt. Gen. Kel Dosk opened it.\n")]
    // Defined by a full name that names no state.
    [InlineData("Officers of the Harbour Army (HA) of Ostria joined the drill on Monday.\n\nHA chief Lt. Gen. Kel Dosk opened it.\n")]
    // The initials before the bracket do not spell it.
    [InlineData("Officers of the Ostrian Army (KA) joined the drill on Monday.\n\nKA chief Lt. Gen. Kel Dosk opened it.\n")]
    // Defined for two states.
    [InlineData("The Ostrian Army (OA) and the Orlian Army (OA) met.\n\nOA chief Lt. Gen. Kel Dosk opened the drill.\n")]
    public void Resolve_gives_no_state_through_an_acronym_the_article_does_not_define_with_one(string text)
        => Assert.Null(CountryOf(text, "Kel Dosk"));

    [Fact]
    public void A_state_the_office_names_itself_outweighs_an_acronym()
        => Assert.Equal("XV", CountryOf("Officers of the Ostrian Army (OA) came.\n\nVeskan OA chief Col. Kel Dosk spoke.\n", "Kel Dosk"));

    // Events: the home side, the main partner, the countries of officials

    [Fact]
    public void Events_takes_the_home_side_only_from_an_article_that_names_it()
    {
        Assert.Equal("KH", Events("Cambodia and Laos held talks in Vientiane on Monday.\n").Home);
        Assert.Null(Events("Laos and Thailand held talks in Vientiane on Monday.\n").Home);
        // A city of the home country in the dateline names it.
        Assert.Equal("KH", Events("Phnom Penh, 3 May 2021 (Mekong Herald): Laos and Thailand signed a deal.\n").Home);
        // A corpus without a home country has none.
        Assert.Null(Events("Cambodia and Laos held talks in Vientiane on Monday.\n", Gazetteer.Default).Home);
    }

    [Fact]
    public void Events_takes_the_other_country_named_most_as_the_main_partner()
    {
        var events = Events("Cambodia and Laos held talks on Monday. Laos will send cadets to Cambodia. Thailand was not invited, Laos said.\n");
        Assert.Equal("KH", events.Home);
        Assert.Equal("LA", events.MainPartner);
        // A tie goes to the first code in ordinal order; links are not counted.
        Assert.Equal("LA", Events("Laos and Thailand held talks with Cambodia.\n").MainPartner);
        Assert.Equal("TH", Events("Thailand met Cambodia.\n\nAlso read: Laos and Laos again.\n").MainPartner);
    }

    [Fact]
    public void Events_gives_an_official_of_unstated_country_the_partner_for_a_diplomat_and_else_the_home_side()
    {
        var events = Events("Laos and Cambodia held border talks on Monday. Ambassador Chanthy Phommachanh and General Sok Dara attended.\n");
        Assert.Null(events.Resolved.Officials.Single(o => o.Name == "Chanthy Phommachanh").Country);
        Assert.Equal("LA", events.Officials.Single(o => o.Name == "Chanthy Phommachanh").Country);
        Assert.Equal("KH", events.Officials.Single(o => o.Name == "Sok Dara").Country);
    }

    [Fact]
    public void Events_gives_a_person_of_unknown_country_meeting_the_home_side_the_other_side()
    {
        var events = Events("Cambodian Defence Minister Sok Dara met General Khamla Vongsa of the Lao army in Phnom Penh on Monday.\n");
        var engagement = Assert.Single(events.Engagements);
        Assert.Equal(new[] { "KH", "LA" }, engagement.Countries);
        Assert.Equal("LA", events.Officials.Single(o => o.Name == "Khamla Vongsa").Country);
    }

    // Curate: on the segmented, resolved article

    [Fact]
    public void Curate_without_a_sidecar_keeps_what_the_stages_found()
    {
        var events = Events("Cambodian Defence Minister Sok Dara met Lao Defence Minister Khamla Vongsa in Vientiane on Monday.\n");
        var facts = Curator.Curate(events, s_cambodian, null);
        Assert.Equal(events.Engagements, facts.Engagements);
        Assert.Equal(new[] { "khamla-vongsa", "sok-dara" }, facts.Officials.Select(o => o.Id).OrderBy(i => i));
        Assert.Equal(new[] { "KH", "LA" }, facts.Countries);
    }

    [Fact]
    public void Curate_cites_the_sentences_of_the_segmented_article_it_is_given()
    {
        // One "sentence" spanning the whole line, where the segmenter would see two: curation cites what it is given.
        const string text = "The navy sailed. Cambodia and Laos held talks on Monday.";
        var read = Read(text + "\n");
        var segmented = new SegmentedArticle(read, new[] { new Sentence(0, 0, text.Length, 1, 1, 0, text) }.ToEquatableArray());
        var sidecar = SidecarReader.Read("/c/a.yaml", "a", "engagements:\n  - kind: meeting\n    countries: [KH, LA]\n");
        var recognised = ArticleRecognizer.Recognise(segmented, s_cambodian);
        var resolved = ArticleResolver.Resolve(recognised, s_cambodian, sidecar);
        var facts = Curator.Curate(EventStage.Build(resolved, s_cambodian), s_cambodian, sidecar);
        var engagement = Assert.Single(facts.Engagements);
        Assert.Equal(new EvidenceFact(1, 1, text), Assert.Single(engagement.Evidence));
    }

    [Fact]
    public void Curate_gives_a_curated_official_the_sentence_naming_them_as_evidence()
    {
        const string text = "The navy sailed on Monday.\n\nLater, Chanthy Phommachanh welcomed the crew.\n";
        var (events, sidecar) = EventsWith(text, "officials:\n  - { name: Chanthy Phommachanh, title: Port Director, country: LA }\n");
        var facts = Curator.Curate(events, s_cambodian, sidecar);
        var official = Assert.Single(facts.Officials);
        Assert.Equal(("Chanthy Phommachanh", "LA"), (official.Name, official.Country));
        var position = Assert.Single(official.Positions);
        Assert.Equal(("Port Director", 3, 1), (position.Title, position.Evidence.Line, position.Evidence.Column));
    }

    [Fact]
    public void Curate_keeps_a_listed_single_name_apart_from_a_listed_longer_name_it_begins()
    {
        const string text = "Dara welcomed the crew.\n\nLater, Dara Sok inspected the ship.\n";
        var (events, sidecar) = EventsWith(text, "officials:\n  - { name: Dara, title: Port Director }\n  - { name: Dara Sok, title: Navy Commander }\n");
        var facts = Curator.Curate(events, s_cambodian, sidecar);
        Assert.Equal(new[] { ("dara", "Port Director"), ("dara-sok", "Navy Commander") },
            facts.Officials.OrderBy(o => o.Id, StringComparer.Ordinal).Select(o => (o.Id, Assert.Single(o.Positions).Title)));
    }

    [Fact]
    public void Curate_removes_an_excluded_official_from_the_officials_and_the_engagements()
    {
        const string text = "Cambodian Defence Minister Sok Dara met Lao Defence Minister Khamla Vongsa in Vientiane on Monday.\n";
        var (events, sidecar) = EventsWith(text, "officials:\n  - { name: Khamla Vongsa, exclude: true }\n");
        Assert.Contains("khamla-vongsa", Assert.Single(events.Engagements).Participants);
        var facts = Curator.Curate(events, s_cambodian, sidecar);
        Assert.Equal(new[] { "sok-dara" }, facts.Officials.Select(o => o.Id));
        Assert.Equal(new[] { "sok-dara" }, Assert.Single(facts.Engagements).Participants);
        Assert.DoesNotContain(facts.Mentions, m => m.Official == "khamla-vongsa");
        // The stage before is a value: curation left it as it was.
        Assert.Equal(2, events.Officials.Count);
    }
}
