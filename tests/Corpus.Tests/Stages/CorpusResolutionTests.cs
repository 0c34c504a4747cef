using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Xunit;

namespace Corpus.Tests.Stages;

/// <summary>
/// The corpus-level pass (<see cref="CorpusResolution"/>): a name given without an office in one
/// article is the official another article shows holding one, and titles merge over time. It runs
/// on facts, after each article is extracted on its own.
/// </summary>
public class CorpusResolutionTests
{
    private static readonly Gazetteer s_cambodian = Gazetteer.Default with { Home = "KH" };

    private static ArticleFacts Extract(string id, string text, string? published = null)
    {
        var article = new ArticleSource(id, "/c/" + id + ".txt", id + ".txt", ArticleReader.Normalize(text));
        var side = published is null ? null : SidecarReader.Read("/c/" + id + ".yaml", id, "outlet: Test\npublished: " + published + "\n");
        return ArticleExtractor.Extract(article, side, s_cambodian, curation: true);
    }

    // Invented people and events.
    private const string WithOffice = """
        Phnom Penh, 3 March 2025 (AKP): Lao Defence Minister Gen. Somphone Keomany met Cambodian Defence Minister Gen. Rath Chanthy in Phnom Penh on Monday.

        The two ministers discussed border security.
        """;

    private const string NameAlone = """
        Vientiane, 12 May 2025 (KPL): Lao and Vietnamese border guards held a joint patrol along the Mekong on Sunday.

        Somphone Keomany said the patrols would continue every month.
        """;

    // Invented people: a leader named in passing by office alone, whose state no word of the article tells (the occasion's
    // rules guess one of its two states), and a leader named in an article of no occasion, whom nothing gives a state.
    private const string LeaderInPassing = """
        Phnom Penh, 3 March 2025 (AKP): Cambodian Defence Minister Gen. Rath Chanthy met Lao Defence Minister Gen. Somphone Keomany in Phnom Penh on Monday.

        The two ministers recalled the pledge made by President Kelan Varo during his trip last year.
        """;

    private const string LeaderAlone = """
        Phnom Penh, 5 March 2025 (AKP): Prime Minister Dara Voskel praised the new bridge in a speech on Wednesday.
        """;

    [Fact]
    public void A_leader_of_the_table_of_leaders_is_of_the_state_of_record()
    {
        var facts = new[] { Extract("l", LeaderInPassing), Extract("m", LeaderAlone) };
        var untold = CorpusAssembler.AssembleWithLeaders(facts, s_cambodian, new Dictionary<string, string>());
        Assert.NotEqual("TH", Assert.Single(untold.Officials, o => o.Id == "kelan-varo").Country);
        Assert.Null(Assert.Single(untold.Officials, o => o.Id == "dara-voskel").Country);
        var leaders = new Dictionary<string, string> { ["kelan-varo"] = "TH", ["dara-voskel"] = "LA", ["rath-chanthy"] = "KH" };
        var told = CorpusAssembler.AssembleWithLeaders(facts, s_cambodian, leaders);
        Assert.Equal("TH", Assert.Single(told.Officials, o => o.Id == "kelan-varo").Country);
        Assert.Equal("LA", Assert.Single(told.Officials, o => o.Id == "dara-voskel").Country);
        // The others keep their states: the one the table gives and the article tells, and the article's for a name not in it.
        Assert.Equal("KH", Assert.Single(told.Officials, o => o.Id == "rath-chanthy").Country);
        Assert.Equal("LA", Assert.Single(told.Officials, o => o.Id == "somphone-keomany").Country);
        Assert.Equal(untold.Documents, told.Documents);
    }

    // Invented sentences naming real officials of the table's [defence] section and heads of government of its end block
    // (Asia, the Pacific and the Americas, the thirty-eighth round), with no word of their state.
    private const string DefenceMinisterOfRecord = """
        Phnom Penh, 4 June 2025 (AKP): Defence Minister Dong Jun praised the new training centre in a speech on Wednesday.
        """;

    private const string CommanderOfRecord = """
        Phnom Penh, 5 June 2025 (AKP): General Lere Anan Timur, the commander of the defence force, opened the seminar on Thursday.
        """;

    private const string OtherMinisterOfRecord = """
        Phnom Penh, 6 June 2025 (AKP): Defence Minister Khawaja Asif thanked the organisers of the seminar on Friday.
        """;

    [Fact]
    public void A_defence_official_of_asia_completed_in_the_table_is_of_the_state_of_record()
    {
        var facts = new[] { Extract("d1", DefenceMinisterOfRecord), Extract("d2", CommanderOfRecord), Extract("d3", OtherMinisterOfRecord) };
        AssertStatesOfRecord(facts, ("dong-jun", "CN"), ("lere-anan-timur", "TL"), ("khawaja-asif", "PK"));
    }

    // Invented sentences naming no state, about real officials of the table's rows for Europe, Africa and the Middle East
    // (the thirty-eighth round): a Turkish minister of defence, an Estonian one and a Kenyan chief of the defence forces.
    private const string DefenceOfRecord = """
        Phnom Penh, 9 June 2025 (AKP): Defence Minister Hulusi Akar toured the new training school on Monday.

        Defence Minister Hanno Pevkur opened the cadets' exhibition on Tuesday.

        General Charles Kahariri, the chief of the defence forces, addressed the graduates on Wednesday.
        """;

    [Fact]
    public void A_defence_official_of_europe_africa_or_the_middle_east_is_of_the_state_of_record()
    {
        var facts = new[] { Extract("d", DefenceOfRecord) };
        AssertStatesOfRecord(facts, ("hulusi-akar", "TR"), ("hanno-pevkur", "EE"), ("charles-kahariri", "KE"));
    }

    // Invented sentences naming no state, about real ministers of foreign affairs of the table's end block for Asia, the
    // Pacific and the Americas (the thirty-ninth round): a Chinese, an Australian and a Mexican one.
    private const string ForeignMinistersOfRecordAsia = """
        Phnom Penh, 10 June 2025 (AKP): Foreign Minister Yang Jiechi opened the new language school on Monday.

        Foreign Minister Penny Wong visited the mine clearance centre on Tuesday.

        Foreign Minister Marcelo Ebrard thanked the hosts of the seminar on Wednesday.
        """;

    // Invented sentences naming no state, about real ministers of foreign affairs of the table's rows for Europe, Africa and
    // the Middle East (the thirty-ninth round): an Egyptian, a Ukrainian and a South African one.
    private const string ForeignMinistersOfRecordEurope = """
        Phnom Penh, 10 June 2025 (AKP): Foreign Minister Sameh Shoukry toured the new language school on Monday.

        Foreign Minister Pavlo Klimkin opened the photo exhibition on Tuesday.

        Naledi Pandor, the minister of international relations, addressed the graduates on Wednesday.
        """;

    // The two end blocks of ministers of foreign affairs, each article naming three of one block's people.
    [Fact]
    public void A_minister_of_foreign_affairs_is_of_the_state_of_record()
    {
        var facts = new[] { Extract("fa", ForeignMinistersOfRecordAsia), Extract("fe", ForeignMinistersOfRecordEurope) };
        AssertStatesOfRecord(facts, ("yang-jiechi", "CN"), ("penny-wong", "AU"), ("marcelo-ebrard", "MX"),
            ("sameh-shoukry", "EG"), ("pavlo-klimkin", "UA"), ("naledi-pandor", "ZA"));
    }

    // Invented sentences naming no state, about real Cambodian officials below the minister of the table's end block (the
    // fortieth round): the director general of the peacekeeping centre, the defence ministry's spokesman and a secretary of
    // state of foreign affairs, each met in an article datelined abroad.
    private const string CambodianOfficialsOfRecord = """
        Vientiane, 11 June 2025 (KPL): General Sem Sovanny, head of the peacekeeping centre, opened a course for deminers on Monday.

        General Chhum Socheat, the spokesman of the defence ministry, welcomed the cadets on Tuesday.

        Secretary of State Ouch Borith addressed the graduates on Wednesday.
        """;

    [Fact]
    public void A_cambodian_official_below_the_minister_is_of_the_state_of_record()
    {
        var facts = new[] { Extract("kh", CambodianOfficialsOfRecord) };
        AssertStatesOfRecord(facts, ("sem-sovanny", "KH"), ("chhum-socheat", "KH"), ("ouch-borith", "KH"));
    }

    // Invented sentences naming no state, about real ambassadors of the table's two end blocks: of the fortieth round, a
    // Chinese and an Australian ambassador to Cambodia and a Japanese one named in the Japanese order; of the forty-first, a
    // German ambassador to Cambodia, a Turkish one named with her diacritics, and an Indonesian ambassador to a partner.
    private const string AmbassadorsOfRecord = """
        Phnom Penh, 11 June 2025 (AKP): Ambassador Wang Wentian opened the new language school on Monday.

        Ambassador Pablo Kang visited the mine clearance centre on Tuesday.

        Ambassador Mikami Masahiro thanked the hosts of the seminar on Wednesday.

        Ambassador Stefan Messerer opened the new library on Thursday.

        Ambassador Ayda Ünlü visited the field hospital on Friday.

        Ambassador Budi Bowoleksono thanked the organisers of the fair on Saturday.
        """;

    // An ambassador serves one state: either end block gives it whatever the article's occasion would.
    [Fact]
    public void An_ambassador_of_the_table_is_of_the_state_of_record()
    {
        var facts = new[] { Extract("am", AmbassadorsOfRecord) };
        AssertStatesOfRecord(facts, ("wang-wentian", "CN"), ("pablo-kang", "AU"), ("mikami-masahiro", "JP"),
            ("stefan-messerer", "DE"), ("ayda-unlu", "TR"), ("budi-bowoleksono", "ID"));
    }

    // Invented sentences naming no state, about real officials below the minister of the table's end block (the forty-first
    // round): a deputy minister of defence, a general staff's deputy chief and a fleet commander of three partners.
    private const string CommandersOfRecord = """
        Phnom Penh, 12 June 2025 (AKP): Deputy Defence Minister Vongkham Phommakone opened the new training centre on Monday.

        General Huynh Chien Thang, the general staff's deputy chief, visited the engineering school on Tuesday.

        Admiral Stephen Koehler, commander of the fleet, thanked the hosts of the seminar on Wednesday.
        """;

    // A deputy minister or a commander serves one state: the end block gives it whatever the article's occasion would.
    [Fact]
    public void A_deputy_minister_or_commander_of_the_table_is_of_the_state_of_record()
    {
        var facts = new[] { Extract("cm", CommandersOfRecord) };
        AssertStatesOfRecord(facts, ("vongkham-phommakone", "LA"), ("huynh-chien-thang", "VN"), ("stephen-koehler", "US"));
    }

    // Invented sentences naming no state, about real officials of the table's end block of the wider set (the forty-second
    // round): a Sri Lankan state minister of defence, a Polish secretary of state of defence named with his barred L, and a
    // Nigerian chief of defence staff, each met in an article datelined in Phnom Penh.
    private const string WiderSetCommandersOfRecord = """
        Phnom Penh, 13 June 2025 (AKP): State Minister Ruwan Wijewardene opened the new training centre on Monday.

        Secretary of State Paweł Bejda visited the engineering school on Tuesday.

        General Christopher Musa, the chief of defence staff, thanked the hosts of the seminar on Wednesday.
        """;

    // Invented sentences naming no state, about real officials of the next twenty states of the wider set (the
    // forty-second round): a South African deputy minister of defence, a Norwegian chief of defence and a Cameroonian chief
    // of staff of the forces named with his diacritic, each met in an article datelined in Phnom Penh.
    private const string MoreWiderSetCommandersOfRecord = """
        Phnom Penh, 14 June 2025 (AKP): Deputy Defence Minister Thabang Makwetla opened the new training centre on Monday.

        General Sigurd Frisvold, the chief of defence, visited the engineering school on Tuesday.

        General René Claude Meka, head of the armed forces, thanked the hosts of the seminar on Wednesday.
        """;

    // Invented sentences naming no state, about real officials of the third block of the wider set (the forty-third round):
    // an Israeli deputy minister of defence, a Serbian chief of the general staff named with his diacritic and a Zambian
    // minister of defence, each met in an article datelined in Phnom Penh.
    private const string ThirdWiderSetCommandersOfRecord = """
        Phnom Penh, 15 June 2025 (AKP): Deputy Defence Minister Matan Vilnai opened the new training centre on Monday.

        General Zdravko Ponoš, chief of general staff, visited the engineering school on Tuesday.

        Defence Minister Ambrose Lufuma thanked the hosts of the seminar on Wednesday.
        """;

    // Invented sentences naming no state, about real officials of the fourth block of the wider set (the forty-fourth
    // round): a Mozambican minister of national defence named with his diacritic, a Ukrainian chief of the general staff and
    // a Spanish secretary of state of defence, each met in an article datelined in Phnom Penh.
    private const string FourthWiderSetCommandersOfRecord = """
        Phnom Penh, 16 June 2025 (AKP): Defence Minister Cristóvão Chume opened the new training centre on Monday.

        General Volodymyr Zamana, chief of general staff, visited the engineering school on Tuesday.

        Secretary of State Esperanza Casteleiro thanked the hosts of the seminar on Wednesday.
        """;

    // Invented sentences naming no state, about real officials of the fifth block of the wider set (the forty-fifth round):
    // a Romanian chief of the general staff named with his diacritics, a Slovenian chief of the general staff and a
    // Montenegrin minister of defence, each met in an article datelined in Phnom Penh.
    private const string FifthWiderSetCommandersOfRecord = """
        Phnom Penh, 17 June 2025 (AKP): General Ștefan Dănilă, chief of general staff, opened the new training centre on Monday.

        Major General Alenka Ermenc visited the engineering school on Tuesday.

        Defence Minister Boro Vučinić thanked the hosts of the seminar on Wednesday.
        """;

    // Invented sentences naming no state, about real officials of the sixth block of the wider set (the forty-sixth round):
    // a Swedish chief of the navy, a South Sudanese chief of the general staff and a Dominican minister of defence named with
    // his diacritic, each met in an article datelined in Phnom Penh.
    private const string SixthWiderSetCommandersOfRecord = """
        Phnom Penh, 18 June 2025 (AKP): Rear Admiral Ewa Skoog Haslum, chief of the navy, opened the new training centre on Monday.

        General Gabriel Jok Riak, chief of general staff, visited the engineering school on Tuesday.

        Defence Minister Carlos Luciano Díaz Morfa thanked the hosts of the seminar on Wednesday.
        """;

    // Invented sentences naming no state, about real officials of the seventh block of the wider set (the forty-seventh
    // round): a Gambian chief of defence staff, a Moldovan minister of defence named with his comma-below T and a Nicaraguan
    // commander of the army named with his accents, each met in an article datelined in Phnom Penh.
    private const string SeventhWiderSetCommandersOfRecord = """
        Phnom Penh, 19 June 2025 (AKP): Lieutenant General Masanneh Kinteh, chief of defence staff, opened the new signals school on Monday.

        Defence Minister Vitalie Marinuța visited the demining centre on Tuesday.

        General Julio César Avilés, commander-in-chief of the army, thanked the hosts of the workshop on Wednesday.
        """;

    // Invented sentences naming no state, about real officials of the eighth block of the wider set (the forty-eighth round):
    // a Salvadoran minister of national defence named with his accents, a Venezuelan commander of the armed forces and a
    // Venezuelan minister of defence named with his second surname, each met in an article datelined in Phnom Penh.
    private const string EighthWiderSetCommandersOfRecord = """
        Phnom Penh, 20 June 2025 (AKP): General David Munguía Payés, minister of national defence, opened the new signals school on Monday.

        Admiral Domingo Hernández Lárez, commander of the armed forces, visited the demining centre on Tuesday.

        Defence Minister Diego Molero Bellavia thanked the hosts of the workshop on Wednesday.
        """;

    // An official of a state beyond the main partners serves one state: any block of the wider set gives it whatever the
    // article's occasion would.
    [Fact]
    public void A_defence_official_of_the_wider_set_is_of_the_state_of_record()
    {
        var facts = new[]
        {
            Extract("wd", WiderSetCommandersOfRecord), Extract("wm", MoreWiderSetCommandersOfRecord),
            Extract("wt", ThirdWiderSetCommandersOfRecord), Extract("wf", FourthWiderSetCommandersOfRecord),
            Extract("wv", FifthWiderSetCommandersOfRecord), Extract("wx", SixthWiderSetCommandersOfRecord),
            Extract("ws", SeventhWiderSetCommandersOfRecord), Extract("we", EighthWiderSetCommandersOfRecord),
        };
        AssertStatesOfRecord(facts, ("ruwan-wijewardene", "LK"), ("pawe-bejda", "PL"), ("christopher-musa", "NG"),
            ("thabang-makwetla", "ZA"), ("sigurd-frisvold", "NO"), ("rene-claude-meka", "CM"),
            ("matan-vilnai", "IL"), ("zdravko-ponos", "RS"), ("ambrose-lufuma", "ZM"),
            ("cristovao-chume", "MZ"), ("volodymyr-zamana", "UA"), ("esperanza-casteleiro", "ES"),
            ("stefan-danila", "RO"), ("alenka-ermenc", "SI"), ("boro-vucinic", "ME"),
            ("ewa-skoog-haslum", "SE"), ("gabriel-jok-riak", "SS"), ("carlos-luciano-diaz-morfa", "DO"),
            ("masanneh-kinteh", "GM"), ("vitalie-marinuta", "MD"), ("julio-cesar-aviles", "NI"),
            ("david-munguia-payes", "SV"), ("domingo-hernandez-larez", "VE"), ("diego-molero-bellavia", "VE"));
    }

    // Invented French sentences naming real officials by the spellings of the French-language press (the table's block of
    // French spellings, the thirty-eighth round), with no word of their state.
    private const string FrenchDefenceMinisterOfRecord = """
        Phnom Penh, 4 juin 2025 (AKP) : Le ministre de la Défense Sergueï Choïgou a salué mercredi le nouveau centre de formation.
        """;

    private const string FrenchPrimeMinisterOfRecord = """
        Phnom Penh, 5 juin 2025 (AKP) : Le Premier ministre Benyamin Nétanyahou a ouvert jeudi le séminaire.
        """;

    private const string FrenchPresidentOfRecord = """
        Phnom Penh, 6 juin 2025 (AKP) : Le président Abdel Fattah al-Sissi a remercié vendredi les organisateurs du séminaire.
        """;

    [Fact]
    public void A_leader_named_by_a_french_spelling_of_the_table_is_of_the_state_of_record()
    {
        var facts = new[] { Extract("f1", FrenchDefenceMinisterOfRecord), Extract("f2", FrenchPrimeMinisterOfRecord), Extract("f3", FrenchPresidentOfRecord) };
        AssertStatesOfRecord(facts, ("serguei-choigou", "RU"), ("benyamin-netanyahou", "IL"), ("abdel-fattah-al-sissi", "EG"));
    }

    // The forty-second round's block of leaders.tsv: defence ministers of French-speaking states and French spellings of the
    // table's people, named in invented French sentences by an office that tells no state.
    private const string FrenchMinisterOfAfricaOfRecord = """
        Phnom Penh, 4 juin 2025 (AKP) : Le ministre de la Défense Guy Kabombo Muadiamvita a salué mercredi le nouveau centre de formation.
        """;

    private const string FrenchMinisterOfEuropeOfRecord = """
        Phnom Penh, 5 juin 2025 (AKP) : Jean-Marie Halsdorf, ministre de la Défense, a ouvert jeudi le séminaire.
        """;

    private const string FrenchDeputyMinisterOfRecord = """
        Phnom Penh, 6 juin 2025 (AKP) : Le vice-ministre Younous-Bek Evkourov a remercié vendredi les organisateurs du séminaire.
        """;

    [Fact]
    public void A_defence_minister_of_a_french_speaking_state_in_the_table_is_of_the_state_of_record()
    {
        var facts = new[] { Extract("g1", FrenchMinisterOfAfricaOfRecord), Extract("g2", FrenchMinisterOfEuropeOfRecord), Extract("g3", FrenchDeputyMinisterOfRecord) };
        AssertStatesOfRecord(facts, ("guy-kabombo-muadiamvita", "CD"), ("jean-marie-halsdorf", "LU"), ("younous-bek-evkourov", "RU"));
    }

    // Each named official gets the state of record from leaders.tsv. Since the sixty-third round the Resolve stage reads the table
    // before the article's occasions are built (ArticleResolver.StateOfRecordIfUntold), so the article's own facts already give
    // that state to an official of that id, and the corpus assembled with the table gives it too; the documents do not change
    // with the table read at assembly or not.
    private static void AssertStatesOfRecord(IReadOnlyList<ArticleFacts> facts, params (string Id, string State)[] expected)
    {
        var untold = CorpusAssembler.AssembleWithLeaders(facts, s_cambodian, new Dictionary<string, string>());
        var told = CorpusAssembler.Assemble(facts, s_cambodian);
        foreach (var (id, state) in expected)
        {
            Assert.Equal(state, Assert.Single(told.Officials, o => o.Id == id).Country);
            foreach (var o in facts.SelectMany(f => f.Officials).Where(o => o.Id == id)) Assert.Equal(state, o.Country);
        }
        Assert.Equal(untold.Documents, told.Documents);
    }

    [Fact]
    public void An_article_keeps_the_names_it_gives_without_an_office()
    {
        var facts = Extract("b", NameAlone);
        Assert.DoesNotContain(facts.Officials, o => o.Name == "Somphone Keomany");
        var name = Assert.Single(facts.Names, n => n.Name == "Somphone Keomany");
        Assert.Equal("somphone-keomany", name.Id);
    }

    [Fact]
    public void A_name_alone_is_the_official_another_article_shows_with_an_office()
    {
        var corpus = CorpusAssembler.Assemble(new[] { Extract("a", WithOffice), Extract("b", NameAlone) }, s_cambodian);
        var official = Assert.Single(corpus.Officials, o => o.Id == "somphone-keomany");
        Assert.Equal(new[] { "a", "b" }, official.Documents.OrderBy(d => d).ToArray());
        Assert.Equal("LA", official.Country);
        // The position stays the one the first article states; the second states none.
        Assert.All(official.Positions, p => Assert.Equal("a", p.DocumentId));
    }

    [Fact]
    public void A_name_alone_that_no_article_shows_with_an_office_stays_no_official()
    {
        var corpus = CorpusAssembler.Assemble(new[] { Extract("b", NameAlone) }, s_cambodian);
        Assert.DoesNotContain(corpus.Officials, o => o.Id == "somphone-keomany");
    }

    [Fact]
    public void Resolution_keeps_the_ids_each_article_gives_and_leaves_untouched_articles_as_they_are()
    {
        var a = Extract("a", WithOffice);
        var b = Extract("b", NameAlone);
        var resolved = CorpusResolution.Resolve(new[] { a, b });
        Assert.Same(a, resolved[0]);
        Assert.Equal(b.Engagements, resolved[1].Engagements);
        Assert.Equal(b.Mentions, resolved[1].Mentions);
        Assert.Contains(resolved[1].Officials, o => o.Id == "somphone-keomany" && o.Positions.Count == 0 && o.Country == "LA");
        Assert.DoesNotContain(resolved[1].Names, n => n.Id == "somphone-keomany");
    }

    [Fact]
    public void A_name_alone_is_not_resolved_when_the_sidecar_excludes_it()
    {
        var article = new ArticleSource("b", "/c/b.txt", "b.txt", ArticleReader.Normalize(NameAlone));
        var side = SidecarReader.Read("/c/b.yaml", "b", "officials:\n  - { name: Somphone Keomany, exclude: true }\n");
        var b = ArticleExtractor.Extract(article, side, s_cambodian, curation: true);
        Assert.DoesNotContain(b.Names, n => n.Name == "Somphone Keomany");
        var corpus = CorpusAssembler.Assemble(new[] { Extract("a", WithOffice), b }, s_cambodian);
        Assert.Equal(new[] { "a" }, Assert.Single(corpus.Officials, o => o.Id == "somphone-keomany").Documents.ToArray());
    }

    private static OfficialPosition Position(string document, string title, string? date)
        => new(document, new PositionFact(title, null, null, date, new EvidenceFact(1, 1, title)));

    [Fact]
    public void Titles_merge_over_time_into_one_history_in_date_order()
    {
        var merged = CorpusResolution.MergeTitles(new List<OfficialPosition>
        {
            Position("c", "Deputy Prime Minister and Minister of National Defence", "2025-12-02"),
            Position("a", "Lao Defense Minister", "2024-10-09"),
            Position("b", "Deputy Prime Minister and minister of National Defence.", "2025-02-27"),
            Position("d", "Minister of National Defence", null),
        });
        // The same office in the same words (up to case and punctuation): a span from the earliest to the latest.
        Assert.Equal(new[] { "a", "b", "c", "d" }, merged.Select(p => p.DocumentId).ToArray());
        Assert.Equal(("2025-02-27", "2025-12-02"), (merged[1].Position.Date, merged[2].Position.Date));
    }

    [Fact]
    public void An_office_stated_in_many_articles_keeps_its_first_and_last_statement()
    {
        var merged = CorpusResolution.MergeTitles(Enumerable.Range(1, 9)
            .Select(m => Position("m" + m, "Chief of the General Staff", "2024-0" + m + "-01")).Reverse().ToList());
        Assert.Equal(new[] { "m1", "m9" }, merged.Select(p => p.DocumentId).ToArray());
    }

    [Fact]
    public void Other_wordings_of_an_office_stay_with_their_documents()
    {
        var merged = CorpusResolution.MergeTitles(new List<OfficialPosition>
        {
            Position("a", "Thai Ambassador to Cambodia", "2024-03-12"),
            Position("b", "Ambassador to Cambodia", "2024-05-01"),
            Position("c", "Commander of the Royal Cambodian Navy", "2024-06-01"),
            Position("d", "Commander of the Royal Cambodian Army", "2024-07-01"),
        });
        Assert.Equal(new[] { "a", "b", "c", "d" }, merged.Select(p => p.DocumentId).ToArray());
    }

    // An invented official with two spellings and two statements of one office in different case and punctuation.
    private static ArticleFacts WithPositions(string id, params PositionFact[] positions)
        => ArticleFacts.DocumentOnly(new DocumentFact(id, id + ".txt", null, null, null, null, 3), EquatableArray<string>.Empty, EquatableArray<Problem>.Empty) with
        {
            Officials = new[]
            {
                new OfficialFact("kanha-dara", "Kanha Dara", new EquatableArray<string>(new[] { "Kanha  Dara Sok" }), "KH", new EquatableArray<PositionFact>(positions)),
                new OfficialFact("sok-vanna", "Sok Vanna", EquatableArray<string>.Empty, null, EquatableArray<PositionFact>.Empty),
            }.ToEquatableArray(),
            Names = new[] { new NameFact("pich-rotha", "Pich Rotha", new EvidenceFact(2, 1, "Pich Rotha said so.")) }.ToEquatableArray(),
        };

    [Fact]
    public void An_articles_summary_holds_the_keys_the_corpus_step_looks_up()
    {
        var summary = ArticleSummary.Of(WithPositions("a",
            new PositionFact("Defence Minister", null, "General", "2025-03-03", new EvidenceFact(1, 1, "x")),
            new PositionFact("defence minister,", null, "General", null, new EvidenceFact(2, 1, "y"))));
        // Every spelling of an official holding an office, slugged; an official without one gives no key.
        Assert.Equal(new[] { new SpellingKey("kanha-dara", "kanha-dara", "KH"), new SpellingKey("kanha-dara-sok", "kanha-dara", "KH") }, summary.Spellings.ToArray());
        Assert.Equal(new[] { "pich-rotha" }, summary.NameSlugs.ToArray());
        // One office key per position, equal for the same office up to case and punctuation.
        Assert.Equal(2, summary.OfficeKeys.Count);
        Assert.Equal(summary.OfficeKeys[0], summary.OfficeKeys[1]);
        Assert.Equal(summary, ArticleSummary.Of(summary.Facts));
    }

    [Fact]
    public void Merging_summaries_gives_the_corpus_of_the_facts_in_any_order_of_input()
    {
        var a = WithPositions("a", new PositionFact("Defence Minister", null, null, "2025-03-03", new EvidenceFact(1, 1, "x")));
        var b = WithPositions("b", new PositionFact("Defence Minister.", null, null, "2025-05-03", new EvidenceFact(1, 1, "x")),
            new PositionFact("Chief of Staff", null, null, "2025-06-03", new EvidenceFact(2, 1, "y")));
        var c = Extract("c", WithOffice);
        var forward = CorpusAssembler.Merge(new[] { a, b, c }.Select(ArticleSummary.Of).ToList(), s_cambodian);
        var backward = CorpusAssembler.Merge(new[] { c, b, a }.Select(ArticleSummary.Of).ToList(), s_cambodian);
        Assert.Equal(forward, backward);
        var official = Assert.Single(forward.Officials, o => o.Id == "kanha-dara");
        Assert.Equal(new[] { "a", "b", "b" }, official.Positions.Select(p => p.DocumentId).ToArray());
        Assert.Equal(new[] { "Kanha  Dara Sok" }, official.Aliases.ToArray());
        Assert.Equal(new[] { "a", "b" }, official.Documents.ToArray());
    }
    // Invented people: a head of government named without a country in a Cambodian report, and with it in another.
    private const string LeaderUntold = """
        Phnom Penh, 3 March 2025 (AKP): Cambodian Defence Minister Gen. Rath Chanthy opened a demining school in Kampot on Monday.

        Prime Minister Bounmy Phetsavanh sent a letter of congratulations.
        """;

    private const string LeaderStated = """
        Vientiane, 9 April 2025 (KPL): Lao Prime Minister Bounmy Phetsavanh received Cambodian Defence Minister Gen. Rath Chanthy in Vientiane on Wednesday.
        """;

    [Fact]
    public void An_article_tells_whether_it_stated_an_officials_country_or_gave_its_default()
    {
        var facts = Extract("a", LeaderUntold);
        var leader = Assert.Single(facts.Officials, o => o.Id == "bounmy-phetsavanh");
        Assert.Equal("KH", leader.Country);
        Assert.Equal(CountryBasis.Default, leader.CountryBasis);
        Assert.Equal(CountryBasis.Stated, Assert.Single(facts.Officials, o => o.Id == "rath-chanthy").CountryBasis);
        Assert.Equal(CountryBasis.Stated, Assert.Single(Extract("b", LeaderStated).Officials, o => o.Id == "bounmy-phetsavanh").CountryBasis);
    }

    // Invented: the home side's people named by an office of a home body, no state told.
    private const string HomeBodies = """
        Phnom Penh, 5 June 2025 (AKP): Cambodian Defence Minister Gen. Rath Chanthy met Lao Defence Minister Gen. Somphone Keomany in Phnom Penh on Monday.

        Colonel Dara Vannak, spokesman for the Defence Ministry, said the two ministers agreed to hold joint patrols.

        Captain Sok Pisey, deputy commander of Ream Naval Base, said a Lao ship would call at the port next month.

        President Bounmy Phetsavanh sent a letter of congratulations.
        """;

    // Invented: the same offices in an article whose occasions are between two other states.
    private const string HomeBodiesElsewhere = """
        Vientiane, 5 June 2025 (KPL): Lao Defence Minister Gen. Somphone Keomany met Vietnamese Defence Minister Gen. Tran Van Minh in Vientiane on Monday.

        Colonel Dara Vannak, spokesman for the Defence Ministry, said the two ministers agreed to hold joint patrols.

        A Cambodian observer also attended.
        """;

    [Fact]
    public void An_office_of_a_home_body_tells_the_home_side_when_the_home_side_is_a_party()
    {
        var facts = Extract("a", HomeBodies);
        var spokesman = Assert.Single(facts.Officials, o => o.Name == "Dara Vannak");
        Assert.Equal("KH", spokesman.Country);
        Assert.Equal(CountryBasis.Inferred, spokesman.CountryBasis);
        // A base at a place of the home state names that state itself (PersonRecognizer.PlaceState): stated, not inferred.
        Assert.Equal(CountryBasis.Stated, Assert.Single(facts.Officials, o => o.Name == "Sok Pisey").CountryBasis);
        // An office that names no body stays the home default.
        Assert.Equal(CountryBasis.Default, Assert.Single(facts.Officials, o => o.Name == "Bounmy Phetsavanh").CountryBasis);
        var corpus = CorpusAssembler.Assemble(new[] { facts }, s_cambodian);
        Assert.Equal("KH", Assert.Single(corpus.Officials, o => o.Name == "Dara Vannak").Country);
        Assert.Equal("KH", Assert.Single(corpus.Officials, o => o.Name == "Sok Pisey").Country);
        Assert.Null(Assert.Single(corpus.Officials, o => o.Name == "Bounmy Phetsavanh").Country);
    }

    private static Corpus.Extraction.Resolve.ResolvedOfficial Holding(string title)
        => new("Chan Virak", EquatableArray<string>.Empty, null, CountryBasis.Default,
            new EquatableArray<PositionFact>(new[] { new PositionFact(title, null, null, null, new EvidenceFact(1, 1, "x")) }), null, null, 0);

    [Theory]
    [InlineData("spokesman for the Ministry of Defence", true)]
    [InlineData("Foreign Ministry spokesman", true)]
    [InlineData("deputy commander of Ream Naval Base", true)]
    [InlineData("deputy commander of Kelm Naval Base", false)] // a base at a place the gazetteer does not know
    [InlineData("commander of the naval base", false)]
    [InlineData("commander of the Reamfield unit at Ream Naval Base", true)] // a home place's name inside a longer word first, then whole
    [InlineData("commander of the Reamfield naval base", false)] // only inside a longer word
    [InlineData("spokesman for the embassy in Phnom Penh", false)]
    [InlineData("Captain", false)]
    public void A_title_names_a_home_body_by_a_body_word_or_a_site_at_a_home_place(string title, bool expected)
        => Assert.Equal(expected, Corpus.Extraction.Events.EventStage.HomeBody(Holding(title), "KH", Corpus.Extraction.Recognise.Places.Cities));

    [Fact]
    public void An_office_of_a_home_body_tells_no_state_when_the_home_side_is_no_party()
    {
        var facts = Extract("a", HomeBodiesElsewhere);
        var spokesman = Assert.Single(facts.Officials, o => o.Name == "Dara Vannak");
        Assert.NotEqual(CountryBasis.Inferred, spokesman.CountryBasis);
        var corpus = CorpusAssembler.Assemble(new[] { facts }, s_cambodian);
        Assert.NotEqual("KH", Assert.Single(corpus.Officials, o => o.Name == "Dara Vannak").Country);
    }

    [Fact]
    public void A_country_one_article_states_outweighs_an_earlier_articles_default()
    {
        var corpus = CorpusAssembler.Assemble(new[] { Extract("a", LeaderUntold), Extract("b", LeaderStated) }, s_cambodian);
        Assert.Equal("LA", Assert.Single(corpus.Officials, o => o.Id == "bounmy-phetsavanh").Country);
        Assert.Equal("KH", Assert.Single(corpus.Officials, o => o.Id == "rath-chanthy").Country);
    }

    private static ArticleFacts OfCountry(string id, string? country, CountryBasis basis)
        => ArticleFacts.DocumentOnly(new DocumentFact(id, id + ".txt", null, null, null, null, 3), EquatableArray<string>.Empty, EquatableArray<Problem>.Empty) with
        {
            Officials = new[]
            {
                new OfficialFact("kanha-dara", "Kanha Dara", EquatableArray<string>.Empty, country,
                    new EquatableArray<PositionFact>(new[] { new PositionFact("Prime Minister", null, null, null, new EvidenceFact(1, 1, "x")) }), basis),
            }.ToEquatableArray(),
        };

    [Fact]
    public void Among_countries_of_one_basis_the_one_most_articles_give_is_the_officials()
    {
        var corpus = CorpusAssembler.Assemble(new[]
        {
            OfCountry("a", "CN", CountryBasis.Inferred), OfCountry("b", "KH", CountryBasis.Inferred), OfCountry("c", null, CountryBasis.Stated),
            OfCountry("d", "KH", CountryBasis.Inferred), OfCountry("e", "JP", CountryBasis.Inferred), OfCountry("f", "JP", CountryBasis.Default),
        }, s_cambodian);
        Assert.Equal("KH", Assert.Single(corpus.Officials).Country);
    }

    [Fact]
    public void The_home_side_given_to_someone_of_untold_country_is_no_country_of_the_corpus()
    {
        var corpus = CorpusAssembler.Assemble(new[] { Extract("a", LeaderUntold) }, s_cambodian);
        Assert.Null(Assert.Single(corpus.Officials, o => o.Id == "bounmy-phetsavanh").Country);
        Assert.Equal("KH", Assert.Single(corpus.Officials, o => o.Id == "rath-chanthy").Country);
        var many = CorpusAssembler.Assemble(new[] { OfCountry("a", "KH", CountryBasis.Default), OfCountry("b", "KH", CountryBasis.Default) }, s_cambodian);
        Assert.Null(Assert.Single(many.Officials).Country);
    }

    [Fact]
    public void An_engagements_country_outweighs_defaults()
    {
        var told = CorpusAssembler.Assemble(new[]
        {
            OfCountry("a", "KH", CountryBasis.Default), OfCountry("b", "KH", CountryBasis.Default), OfCountry("c", "JP", CountryBasis.Inferred),
        }, s_cambodian);
        Assert.Equal("JP", Assert.Single(told.Officials).Country);
    }

    // "… met a visiting general from Ostria and the Veskan ambassador Arlo Dosk" read as the Ostrian and Veskan ambassador in one
    // article, "Veskan Ambassador Arlo Dosk" in another: two articles state two states, neither likelier, so none is given
    // (an engagement's country in a third article does not break the tie); a state more articles state still wins.
    [Fact]
    public void A_tie_of_stated_countries_gives_no_country()
    {
        var tie = CorpusAssembler.Assemble(new[]
        {
            OfCountry("a", "TH", CountryBasis.Stated), OfCountry("b", "KH", CountryBasis.Stated), OfCountry("c", "KH", CountryBasis.Inferred),
        }, s_cambodian);
        Assert.Null(Assert.Single(tie.Officials).Country);
        var most = CorpusAssembler.Assemble(new[]
        {
            OfCountry("a", "TH", CountryBasis.Stated), OfCountry("b", "KH", CountryBasis.Stated), OfCountry("c", "KH", CountryBasis.Stated),
        }, s_cambodian);
        Assert.Equal("KH", Assert.Single(most.Officials).Country);
        var one = CorpusAssembler.Assemble(new[]
        {
            OfCountry("a", "TH", CountryBasis.Stated), OfCountry("b", "KH", CountryBasis.Inferred), OfCountry("c", "KH", CountryBasis.Inferred),
        }, s_cambodian);
        Assert.Equal("TH", Assert.Single(one.Officials).Country);
    }

    // A home minister met by a different visitor in each of two articles is told a different other side by each:
    // a tie of countries told by engagements gives none (a home default in a third article does not count).
    [Fact]
    public void A_tie_of_countries_told_by_engagements_gives_no_country()
    {
        var tie = CorpusAssembler.Assemble(new[]
        {
            OfCountry("a", "JP", CountryBasis.Inferred), OfCountry("b", "KH", CountryBasis.Default), OfCountry("c", "TH", CountryBasis.Inferred),
        }, s_cambodian);
        Assert.Null(Assert.Single(tie.Officials).Country);
        var most = CorpusAssembler.Assemble(new[]
        {
            OfCountry("a", "JP", CountryBasis.Inferred), OfCountry("b", "TH", CountryBasis.Inferred), OfCountry("c", "TH", CountryBasis.Inferred),
        }, s_cambodian);
        Assert.Equal("TH", Assert.Single(most.Officials).Country);
    }

    // Invented people: an office of a body the gazetteer gives no state (the UN), posted in a country.
    private const string BodyOfNoState = """
        Phnom Penh, 9 June 2025 (AKP): Cambodian Defence Minister Gen. Rath Chanthy, UN Resident Coordinator in Cambodia Ilse Morrow and South Korean army deputy chief of staff Park Min-jun jointly launched a bridge-building course for engineers on Monday.
        """;

    [Fact]
    public void An_office_of_a_body_of_no_state_gives_no_country_by_its_seat_nor_by_the_occasion()
    {
        var facts = Extract("a", BodyOfNoState);
        var coordinator = Assert.Single(facts.Officials, o => o.Name == "Ilse Morrow");
        Assert.Null(coordinator.Country); // neither the seat's Cambodia nor the other side's Korea
        Assert.Equal("KR", Assert.Single(facts.Officials, o => o.Name == "Park Min-jun").Country);
        Assert.Equal("KH", Assert.Single(facts.Officials, o => o.Name == "Rath Chanthy").Country);
        var corpus = CorpusAssembler.Assemble(new[] { facts }, s_cambodian);
        Assert.Null(Assert.Single(corpus.Officials, o => o.Name == "Ilse Morrow").Country);
    }

    [Theory]
    [InlineData("UN Resident Coordinator in Cambodia", "United Nations", true)]
    [InlineData("Resident Coordinator of the United Nations Development Programme to Cambodia", "United Nations", true)]
    [InlineData("Permanent Representative to the UN", "United Nations", false)] // the body the office is "to"
    [InlineData("chairman of the National Coordination Committee of UN Peacekeeping Operations", "United Nations", false)] // a body before it is the office's
    [InlineData("commander of the Royal Cambodian Navy", "Royal Cambodian Navy", false)] // a body of a state
    [InlineData("UN Resident Coordinator", null, false)]
    public void An_office_is_of_a_body_of_no_state_when_the_title_names_it_first(string title, string? organization, bool expected)
    {
        var official = new Corpus.Extraction.Resolve.ResolvedOfficial("Ilse Morrow", EquatableArray<string>.Empty, null, CountryBasis.Default,
            new EquatableArray<PositionFact>(new[] { new PositionFact(title, organization, null, null, new EvidenceFact(1, 1, "x")) }), null, null, 0);
        Assert.Equal(expected, Corpus.Extraction.Events.EventStage.OfNoState(official, Corpus.Extraction.Recognise.ExtractionContext.For(s_cambodian).OrganizationsByName));
    }
}
