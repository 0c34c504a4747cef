using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;

namespace Corpus.Tests.Stages;

/// <summary>Resolve, build events and curate, through the article extractor.</summary>
public class ExtractionTests
{
    // These sentences are written from Cambodia: the corpus.yaml of such a corpus says home: KH.
    private static readonly Gazetteer s_cambodian = Gazetteer.Default with { Home = "KH" };

    private static ArticleFacts Extract(string text, string? sidecar = null, bool curation = true)
    {
        var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text));
        var side = sidecar is null ? null : SidecarReader.Read("/c/a.yaml", "a", sidecar);
        return ArticleExtractor.Extract(article, side, s_cambodian, curation);
    }

    // The one official of that name that extraction alone finds in the text, asserted to hold that office among his positions.
    private static OfficialFact HoldsOffice(string text, string name, string office)
    {
        var official = Assert.Single(Extract(text, curation: false).Officials, o => o.Name == name);
        Assert.Contains(official.Positions, p => p.Title == office);
        return official;
    }

    private const string Meeting = """
        Phnom Penh, 27 April 2023 (TDI): Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.

        During the meeting, Banh thanked Kocaefe for Turkey's help with demining.
        """;

    [Fact]
    public void Short_forms_resolve_to_the_full_name()
    {
        var facts = Extract(Meeting);
        var banh = facts.Officials.Single(o => o.Name == "Tea Banh");
        Assert.Contains(facts.Mentions, m => m.Official == banh.Id && m.Text == "Banh");
    }

    [Fact]
    public void One_name_after_an_office_is_the_person_of_the_full_name_in_the_same_article()
    {
        var facts = Extract("""
            Tokyo, 4 July 2024 (VNA) – Deputy Defence Minister Hara met his Vietnamese counterpart on Thursday. Japanese Deputy Defence Minister Kenta Hara said ties were strong, and Deputy Minister Hara thanked his guests.
            """, curation: false);
        var hara = Assert.Single(facts.Officials, o => o.Name.Contains("Hara"));
        Assert.Equal("Kenta Hara", hara.Name);
    }

    [Fact]
    public void A_person_named_later_only_by_office_is_the_one_official_of_that_office()
    {
        var facts = Extract("""
            Vientiane, 5 May 2024 (KPL) – Lao Defence Minister Bounkong Sihavong received Thai Defence Minister Anan Srisuk on Monday.

            The Thai defence minister said the border was calm.
            """, curation: false);
        var anan = facts.Officials.Single(o => o.Name == "Anan Srisuk");
        Assert.Contains(facts.Mentions, m => m.Official == anan.Id && m.Text == "The Thai defence minister");
    }

    [Fact]
    public void Two_states_offices_told_before_the_names_are_the_one_official_of_each_state()
    {
        var facts = Extract("""
            Vientiane, 5 May 2024 (KPL) – The Thai and Lao defence chiefs signed a pact on border patrols on Monday.

            Lao Defence Minister Bounkong Sihavong and Thai Defence Minister Anan Srisuk set out its terms at a press briefing.
            """, curation: false);
        var pact = Assert.Single(facts.Engagements, e => e.Kind == "agreement");
        Assert.Equal(new[] { "anan-srisuk", "bounkong-sihavong" }, pact.Participants.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void Two_states_offices_name_nobody_of_a_state_whose_office_two_officials_hold()
    {
        var facts = Extract("""
            Vientiane, 5 May 2024 (KPL) – The Thai and Lao defence ministers signed a pact on border patrols on Monday.

            Lao Defence Minister Bounkong Sihavong, Lao Deputy Defence Minister Khamla Vongsa and Thai Defence Minister Anan Srisuk set out its terms.
            """, curation: false);
        Assert.Contains(facts.Mentions, m => m.Official == "anan-srisuk" && m.Text == "Thai");
        Assert.DoesNotContain(facts.Mentions, m => m.Text == "Lao" && m.Official is not null);
    }

    [Fact]
    public void An_office_that_two_officials_hold_names_nobody()
    {
        var facts = Extract("""
            Vientiane, 5 May 2024 (KPL) – Lao Defence Minister Bounkong Sihavong received Thai Defence Minister Anan Srisuk on Monday.

            The defence minister said the border was calm.
            """, curation: false);
        Assert.DoesNotContain(facts.Mentions, m => m.Text == "The defence minister");
    }

    [Fact]
    public void A_meeting_has_kind_date_countries_participants_and_evidence()
    {
        var e = Extract(Meeting).Engagements.Single();
        Assert.Equal("meeting", e.Kind);
        Assert.Equal("held", e.Status);
        Assert.Equal("2023-04-26", e.Date);
        Assert.Equal(new[] { "KH", "TR" }, e.Countries);
        Assert.Equal(new[] { "tea-banh", "ulku-kocaefe" }, e.Participants);
        Assert.Contains("demining", e.Topics);
        Assert.Equal(1, e.Evidence[0].Line);
        Assert.Equal(2, e.Evidence.Count);
    }

    [Fact]
    public void Planned_visits_are_planned()
    {
        var e = Extract("Cambodian Defence Minister Tea Banh will visit Turkey next month to meet Turkish officials.").Engagements.Single();
        Assert.Equal("visit", e.Kind);
        Assert.Equal("planned", e.Status);
    }

    [Fact]
    public void An_article_that_never_names_the_home_country_gives_it_no_part()
    {
        // A corpus written from Cambodia also holds reports between two other states.
        var facts = Extract("Lao Defence Minister Khamphet Vongsavath held talks with visiting Vietnamese Defence Minister Tran Quoc Hung in Vientiane on Tuesday.");
        var e = facts.Engagements.Single();
        Assert.Equal(new[] { "LA", "VN" }, e.Countries.OrderBy(c => c, StringComparer.Ordinal));
        Assert.DoesNotContain(facts.Officials, o => o.Country == "KH");
    }

    [Fact]
    public void An_article_that_names_the_home_country_keeps_the_home_side_for_officials_without_a_country()
    {
        var e = Extract("Defence Minister Tea Banh met the Turkish Ambassador in Phnom Penh on Monday.").Engagements.Single();
        Assert.Equal(new[] { "KH", "TR" }, e.Countries.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void A_headline_never_introduces_a_person_by_itself()
    {
        var facts = Extract("Vesk, Ostrian Defence Chief Meet In Kelmaris\n\nDefence Minister Tom Reid of Vesk held talks with his Ostrian counterpart Ivo Brandt on Monday.\n");
        Assert.Equal(new[] { "Ivo Brandt", "Tom Reid" }, facts.Officials.Select(o => o.Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void A_headline_names_a_person_the_body_names_again()
    {
        var facts = Extract("Defence Minister Tom Reid to visit Ostria\n\nTom Reid of Vesk will hold talks in Kelmaris next week.\n");
        Assert.Contains(facts.Officials, o => o.Name == "Tom Reid");
    }

    [Fact]
    public void Links_are_not_events()
        => Assert.Empty(Extract("Also read: Cambodia to Strengthen Military Cooperation with Vietnam").Engagements);

    [Fact]
    public void An_empty_article_yields_its_document_and_a_problem()
    {
        var facts = Extract("   \n");
        Assert.Equal("a", facts.Document.Id);
        Assert.Contains(facts.Problems, p => p.Id == ProblemIds.EmptyArticle);
    }

    [Fact]
    public void Curated_engagements_replace_extracted_ones()
    {
        var facts = Extract(Meeting, """
            engagements:
              - kind: visit
                countries: [KH, TR]
                participants: [Tea Banh]
                evidence: ["Defence Minister Tea Banh met"]
            """);
        var e = facts.Engagements.Single();
        Assert.Equal("visit", e.Kind);
        Assert.Equal(new[] { "tea-banh" }, e.Participants);
        Assert.Equal((1, 34), (e.Evidence[0].Line, e.Evidence[0].Column));
    }

    [Fact]
    public void Curation_off_keeps_the_extracted_engagements()
    {
        var facts = Extract(Meeting, "engagements: []", curation: false);
        Assert.Single(facts.Engagements);
    }

    [Fact]
    public void A_curated_participant_the_article_never_mentions_is_a_problem()
    {
        var facts = Extract(Meeting, "engagements:\n  - { kind: meeting, countries: [KH, TR], participants: [Hun Sen] }");
        var problem = Assert.Single(facts.Problems, p => p.Id == ProblemIds.ParticipantNotMentioned);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Evidence_that_is_not_verbatim_is_a_problem()
    {
        var facts = Extract(Meeting, "engagements:\n  - kind: meeting\n    evidence: [\"Tea Banh met the ambassador\"]");
        Assert.Contains(facts.Problems, p => p.Id == ProblemIds.EvidenceNotFound && p.Line == 2);
    }

    [Fact]
    public void Excluded_names_are_removed()
    {
        var facts = Extract(Meeting, "officials:\n  - { name: Ülkü Kocaefe, exclude: true }");
        Assert.DoesNotContain(facts.Officials, o => o.Name == "Ülkü Kocaefe");
    }

    [Fact]
    public void A_name_with_a_generational_suffix_is_also_known_without_it()
    {
        var facts = Extract("""
            Kelm, 3 May 2024 (TDI) – Defence Undersecretary Tamsin R. Dosk, Jr, met Defence Minister Ivo Brandt on Friday. Dosk thanked Brandt for the talks.
            """, curation: false);
        var dosk = Assert.Single(facts.Officials, o => o.Name.Contains("Dosk"));
        Assert.Equal("Tamsin R. Dosk, Jr", dosk.Name);
        Assert.Contains("Tamsin R. Dosk", dosk.Aliases);
        Assert.Contains(facts.Mentions, m => m.Official == dosk.Id && m.Text == "Dosk");
    }

    [Fact]
    public void A_name_spelled_one_letter_apart_in_the_same_article_is_the_same_person()
    {
        var facts = Extract("""
            Kelm, 3 May 2024 (TDI) – Field Marshal Birkanu Dosk met Defence Minister Ivo Brandt on Friday. Field Marshal Berkanu then inspected a guard of honour.
            """, curation: false);
        var dosk = Assert.Single(facts.Officials, o => o.Name.Contains("Dosk") || o.Name.Contains("Berkanu"));
        Assert.Equal("Birkanu Dosk", dosk.Name);
        Assert.Contains("Berkanu", dosk.Aliases);
    }

    [Fact]
    public void Names_a_short_word_or_a_first_letter_apart_stay_two_people()
    {
        var facts = Extract("""
            Kelm, 3 May 2024 (TDI) – Defence Minister Tran Van Hoa met Deputy Defence Minister Tran Van Hoan on Friday. Admiral Li Peng and General Li Feng attended.
            """, curation: false);
        var names = facts.Officials.Select(o => o.Name).ToList();
        Assert.Contains("Tran Van Hoa", names);
        Assert.Contains("Tran Van Hoan", names);
        Assert.Contains("Li Peng", names);
        Assert.Contains("Li Feng", names);
    }

    [Fact]
    public void A_name_of_four_words_is_also_known_by_its_first_family_name()
    {
        var facts = Extract("""
            Kelm, 3 May 2024 (TDI) – Colonel Kel Ramón Arlo Vesk, commander of the Mountain Brigade, met Defence Minister Ivo Brandt on Friday. Colonel Arlo said the border was calm.
            """, curation: false);
        Assert.DoesNotContain(facts.Officials, o => o.Name == "Arlo");
        Assert.Single(facts.Officials, o => o.Name == "Kel Ramón Arlo Vesk");
    }

    // "Defence Minister Kel Arlo Vesk … Minister Arlo": one name after a rank or an office that is the middle word of one person's
    // three-word name is that person (OfficialRegistry.MiddleNameOf); a middle word two people share names neither.
    [Fact]
    public void One_name_after_an_office_that_is_the_middle_of_a_three_word_name_is_that_person()
    {
        var facts = Extract("""
            Kelm, 3 May 2024 (TDI) – Defence Minister Tomas Arlo Vesk met Lieutenant General Ivo Brandt on Friday. Minister Arlo thanked his guest, and General Brandt said the border was calm.
            """, curation: false);
        Assert.DoesNotContain(facts.Officials, o => o.Name == "Arlo");
        Assert.Single(facts.Officials, o => o.Name == "Tomas Arlo Vesk");
    }

    [Fact]
    public void One_name_after_an_office_that_is_the_middle_of_two_peoples_names_is_neither()
    {
        var facts = Extract("""
            Kelm, 3 May 2024 (TDI) – Defence Minister Tomas Arlo Vesk met Lieutenant General Ivo Arlo Brandt on Friday. Minister Arlo thanked his guest.
            """, curation: false);
        Assert.Single(facts.Officials, o => o.Name == "Tomas Arlo Vesk");
        Assert.Single(facts.Officials, o => o.Name == "Ivo Arlo Brandt");
        Assert.DoesNotContain(facts.Officials, o => o.Aliases.Contains("Arlo"));
    }

    [Fact]
    public void A_name_cut_by_the_end_of_the_copy_that_begins_a_leaders_name_is_no_person()
    {
        // The copy stops in the middle of the last word ("Ard" of "Jacinda Ardern", a name of leaders.tsv): no person "Jacinda Ard".
        var facts = Extract("""
            Kelm, 3 May 2024 (TDI) – Defence Minister Tomas Vesk met Lieutenant General Ivo Brandt on Friday. On Saturday the minister also met Prime Minister Jacinda Ard
            """, curation: false);
        Assert.DoesNotContain(facts.Officials, o => o.Name.StartsWith("Jacinda", StringComparison.Ordinal));
        Assert.Single(facts.Officials, o => o.Name == "Tomas Vesk");
        Assert.Single(facts.Officials, o => o.Name == "Ivo Brandt");
    }

    [Fact]
    public void A_name_cut_by_the_end_of_the_copy_that_begins_a_word_of_a_person_of_the_article_is_that_person()
    {
        // "Ves" of "Tomas Vesk", whom the article named before: the same person, not a second one.
        var facts = Extract("""
            Kelm, 3 May 2024 (TDI) – Defence Minister Ivo Brandt will meet Lieutenant General Tomas Vesk next week. Minister Brandt said he looked forward to the talks with General Ves
            """, curation: false);
        Assert.DoesNotContain(facts.Officials, o => o.Name == "Ves");
        Assert.Single(facts.Officials, o => o.Name == "Tomas Vesk");
        Assert.Single(facts.Officials, o => o.Name == "Ivo Brandt");
    }

    [Fact]
    public void A_name_that_ends_the_copy_whole_or_beginning_no_leaders_name_is_a_person()
    {
        // The whole name at the end (no mark after it), and a cut name that begins no name of the table, stay people.
        var whole = Extract("""
            Kelm, 3 May 2024 (TDI) – Defence Minister Tomas Vesk met Lieutenant General Ivo Brandt on Friday. On Saturday the minister also met Prime Minister Jacinda Ardern
            """, curation: false);
        Assert.Single(whole.Officials, o => o.Name == "Jacinda Ardern");
        var other = Extract("""
            Kelm, 3 May 2024 (TDI) – Defence Minister Tomas Vesk met Lieutenant General Ivo Brandt on Friday. On Saturday the minister also met Prime Minister Orla Quennet
            """, curation: false);
        Assert.Single(other.Officials, o => o.Name == "Orla Quennet");
    }

    [Fact]
    public void A_styled_name_is_another_name_of_the_person()
    {
        var facts = Extract("""
            Kelm, 3 May 2024 (TDI) – Foreign Minister Sheikh Kel bin Arlo Al-Dosk met Defence Minister Ivo Brandt on Friday.
            """, curation: false);
        var kel = Assert.Single(facts.Officials, o => o.Name.Contains("Al-Dosk"));
        Assert.Equal("Kel bin Arlo Al-Dosk", kel.Name);
        Assert.Contains("Sheikh Kel bin Arlo Al-Dosk", kel.Aliases);
    }

    [Fact]
    public void Words_of_a_title_case_line_below_the_first_are_no_person_unless_the_body_names_them()
    {
        var facts = Extract("""
            Tuesday, 4 March 2014

            Minister of Defence of Ostria Visits Norland

            Kelm, 4 March 2014 (TDI) – Defence Minister Ivo Brandt met his counterpart Tom Reid in Kelm on Tuesday.
            """, curation: false);
        Assert.DoesNotContain(facts.Officials, o => o.Name.Contains("Visits"));
        Assert.Contains("Ivo Brandt", facts.Officials.Select(o => o.Name));
    }

    [Fact]
    public void A_name_of_a_title_case_line_that_the_body_spells_again_is_a_person()
    {
        var facts = Extract("""
            Tuesday, 4 March 2014

            Defence Minister Ivo Brandt in Kelm for Harbour Talks

            Kelm, 4 March 2014 (TDI) – Ivo Brandt met his counterpart Tom Reid in Kelm on Tuesday.
            """, curation: false);
        Assert.Contains("Ivo Brandt", facts.Officials.Select(o => o.Name));
    }

    // A run of capitalised words that holds a word of a body, a portfolio or a headline (lexicon.tsv [non-name-words]) is no
    // person's name, whichever rule of the recogniser read it: the office's tail after "and" ("Minister for Culture and Fine
    // Arts", "ministre des Armées et des Anciens Combattants") is no official and no participant.
    [Theory]
    [InlineData("Defence Minister Ana Dosk met Kel Arlo, Veskan Minister of Heritage and Fine Arts, on Wednesday.", "Ana Dosk")]
    [InlineData("Defence Minister Ana Dosk met Kel Arlo and his counterpart Tomas Brel, Vesk's Minister of Sport and Home Affairs, on Wednesday.", "Ana Dosk")]
    [InlineData("Le général Ana Dosk a reçu mercredi le ministre nigérien des Armées et des Anciens Combattants, Kel Arlo.", "Ana Dosk")]
    // The fortieth round: a French building and a border force ("Hôpital", "Garde-frontières").
    [InlineData("Le général Ana Dosk a reçu mercredi le ministre nigérien Kel Arlo devant un Hôpital Militaire de Kelm.", "Ana Dosk")]
    [InlineData("Le général Ana Dosk a reçu mercredi Kel Arlo, commandant des Garde-frontières du Vesk.", "Ana Dosk")]
    // The forty-second round: a French kingdom's name, an Indonesian ministry's name, a language's name.
    [InlineData("Ana Dosk, ministre vesquienne des Armées, a accueilli mercredi son homologue du Royaume de Vesk, Kel Arlo, à Kelm.", "Ana Dosk")]
    [InlineData("Defence Minister Ana Dosk thanked Kel Arlo, Deputy Director, Kementerian Pertahanan Kerajaan Vesk, on Monday.", "Ana Dosk")]
    [InlineData("Defence Minister Ana Dosk said Vesk would send Ostrian Language instructors to the academy.", "Ana Dosk")]
    // The fifty-seventh round: the French portfolio's word written with a capital article ("les ministres de La Défense").
    [InlineData("Mardi, trois ministres de La Défense ont visité une base de Kelm avec le général Ana Dosk.", "Ana Dosk")]
    // The sixty-first round: an office "Attached to" another, read as a name after "Minister", and the self-defence forces.
    [InlineData("Defence Minister Ana Dosk received Kel Arlo, Vesk's Minister Attached to the Prime Minister, on Monday.", "Ana Dosk")]
    [InlineData("Le général Ana Dosk a remercié le chef des Forces d'Auto-défense Vesquiennes pour son aide à Kelm.", "Ana Dosk")]
    [InlineData("Defence Minister Ana Dosk thanked the chief of Vesk Self-Defense Command for the drill in Kelm.", "Ana Dosk")]
    [InlineData("Defence Minister Ana Dosk visited the clinic in Kelm. \"We train together,\" said Lt. Cmdr. Tomas Brel, a navy doctor.", "Ana Dosk")]
    public void A_name_holding_a_word_of_a_body_or_portfolio_is_no_person(string text, string person)
    {
        var facts = Extract(text, curation: false);
        Assert.Contains(facts.Officials, o => o.Name == person);
        Assert.DoesNotContain(facts.Officials, o => o.Name.Split(' ').Any(w => w is "Arts" or "Affairs" or "Combattants" or "Hôpital" or "Garde-frontières"
            or "Royaume" or "Kementerian" or "Language" or "Défense" or "Attached" or "Auto-défense" or "Self-Defense" or "Cmdr"));
        Assert.DoesNotContain(facts.Engagements, e => e.Participants.Any(p => p.Contains("arts") || p.Contains("affairs") || p.Contains("combattants") || p.Contains("hopital") || p.Contains("garde-frontieres")
            || p.Contains("royaume") || p.Contains("kementerian") || p.Contains("language") || p.Contains("defense") || p.Contains("attached") || p.Contains("cmdr")));
    }

    // The French names of a continent and of a point of the compass in an office ("sous-directrice d'Asie du Sud-Est") are
    // words of the office, never a person's name, as "Asia" and "Southeast" are (the fifty-first round).
    [Theory]
    [InlineData("La sous-directrice d’Asie du Sud-Est au ministère vesquien des Affaires étrangères, Ana Dosk, a rencontré mardi le ministre cambodgien de la Défense Kem Vasna.")]
    [InlineData("La sous-directrice d'Asie du Sud-Est Ana Dosk a rencontré mardi le ministre cambodgien de la Défense Kem Vasna.")]
    [InlineData("Le directeur Afrique du Nord-Ouest du ministère vesquien, Kel Arlo, a rencontré mardi le ministre cambodgien de la Défense Kem Vasna.")]
    public void A_french_continent_or_point_of_the_compass_is_no_name(string text)
    {
        var facts = Extract(text, curation: false);
        Assert.Contains(facts.Officials, o => o.Name == "Kem Vasna");
        Assert.DoesNotContain(facts.Officials, o => o.Name.Split(' ').Any(w => w is "Asie" or "Sud-Est" or "Afrique" or "Nord-Ouest"));
    }

    // The fifty-second round: a French office after a name goes on through the lower-case (or capitalised) words of the body
    // it names ("coopération", "commandement", "région navale", "indo-pacifique", "Département", "Génie"), so the holder
    // gets the whole office, not its first word or none.
    [Theory]
    [InlineData("Le colonel Kel Arlo, directeur de la coopération, a reçu mardi à Phnom Penh une délégation vesquienne.", "Kel Arlo", "directeur de la coopération")]
    [InlineData("Le général Kel Arlo, directeur adjoint du Département de la défense, a visité mardi une école.", "Kel Arlo", "directeur adjoint du Département de la défense")]
    [InlineData("Le général Kel Arlo, commandant du Génie des armées, a inspecté jeudi un chantier.", "Kel Arlo", "commandant du Génie des armées")]
    [InlineData("L'amiral Kel Arlo, commandant du commandement indo-pacifique, est arrivé lundi à Sihanoukville.", "Kel Arlo", "commandant du commandement indo-pacifique")]
    [InlineData("Le colonel Kel Arlo, commandant de la région navale, a ouvert la séance.", "Kel Arlo", "commandant de la région navale")]
    [InlineData("Le colonel Kel Arlo, chargé des opérations spéciales, et le colonel Tom Brel, commandant la garde républicaine, ont assisté à la parade.", "Tom Brel", "commandant la garde républicaine")]
    public void A_french_office_goes_on_through_the_words_of_the_body_it_names(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The fifty-third round: the French "fédéral" and "fédérale" qualify an office ("le conseiller fédéral", "la ministre
    // fédérale de la Défense"), as "général" and "délégué" do, so the name after them is the office's holder.
    [Theory]
    [InlineData("Kelm, 12.03.2016 - Mardi, le conseiller fédéral Kel Arlo a accueilli à Kelm deux invités, la ministre fédérale Ana Dosk et le ministre fédéral Tom Brel.", "Kel Arlo", "conseiller fédéral")]
    [InlineData("Kelm, 12.03.2016 - Mardi, le conseiller fédéral Kel Arlo a accueilli à Kelm deux invités, la ministre fédérale Ana Dosk et le ministre fédéral Tom Brel.", "Ana Dosk", "ministre fédérale")]
    [InlineData("Kelm, 12.03.2016 - Mardi, le conseiller fédéral Kel Arlo a accueilli à Kelm deux invités, la ministre fédérale Ana Dosk et le ministre fédéral Tom Brel.", "Tom Brel", "ministre fédéral")]
    [InlineData("La ministre fédérale de la Défense Ana Dosk a reçu mardi à Kelm son homologue vesquien Kem Vasna.", "Ana Dosk", "ministre fédérale de la Défense")]
    public void A_french_federal_office_reads_its_holder(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The fifty-third round: a French ordinal inside an office ("la 3e région navale", "la 2e division") goes on with it, so
    // the holder gets the whole office, not its head alone; a sentence's subject "Le 5e Régiment" makes no office.
    [Theory]
    [InlineData("Le colonel Kel Arlo, commandant de la 3e région navale, a reçu mardi une délégation vesquienne.", "Kel Arlo", "commandant de la 3e région navale")]
    [InlineData("Le colonel Kel Arlo, commandant adjoint de la 2e division, a reçu mardi une délégation vesquienne.", "Kel Arlo", "commandant adjoint de la 2e division")]
    [InlineData("Le colonel Kel Arlo, chef du 2e Bureau, a reçu mardi une délégation vesquienne.", "Kel Arlo", "chef du 2e Bureau")]
    public void A_french_ordinal_inside_an_office_goes_on_with_it(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The fifty-fourth round: a French ordinal in Roman numerals inside an office ("la IVe Zone", "la IXe Région") goes on with
    // it, as the ordinal in digits does, so the holder gets the office and not his rank alone.
    [Theory]
    [InlineData("Lundi, le général Kel Arlo, commandant de la IVe Zone militaire de la Vesquie, a visité la caserne.", "Kel Arlo", "commandant de la IVe Zone")]
    [InlineData("Le colonel Tom Reid, chef de la IXe Région, a reçu vendredi trois officiers ostriens.", "Tom Reid", "chef de la IXe Région")]
    public void A_french_roman_ordinal_inside_an_office_goes_on_with_it(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The fifty-fourth round: the French "pour" inside a body's name goes on in the office ("Centre national pour les opérations
    // de paix"), but not before a state's name.
    [Theory]
    [InlineData("Mardi, le général Ana Dosk, directeur général adjoint du Centre national pour les opérations de paix, a accueilli les soldats vesquiens.", "Ana Dosk", "directeur général adjoint du Centre national pour les opérations de paix")]
    [InlineData("Le général Kel Arlo, directeur du Centre national pour le Cambodge, a reçu lundi trois officiers.", "Kel Arlo", "directeur du Centre national")]
    public void A_french_pour_inside_a_bodys_name_goes_on_in_the_office(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The fifty-fifth round: the French "son homologue <demonym>" takes the office of the sentence's first person, without that
    // person's state's word, through a comma, the article and the rank after it; the counterpart keeps its own state. A first
    // person named with a rank alone gives no office.
    [Theory]
    [InlineData("Mardi, le ministre laotien de la Défense Tomas Dosk a reçu à Kelm son homologue cambodgien Kem Vasna.", "Kem Vasna", "ministre de la Défense", "KH")]
    [InlineData("Le ministre de la Défense, Ana Brel, et son homologue laotien, le général Tomas Dosk, ont paraphé lundi trois protocoles.", "Tomas Dosk", "ministre de la Défense", "LA")]
    [InlineData("Le général Tomas Dosk a salué lundi à Kelm son homologue cambodgien Kem Vasna.", "Kem Vasna", "homologue cambodgien", "KH")]
    public void A_french_counterpart_takes_the_first_persons_office(string text, string name, string office, string country)
    {
        var official = HoldsOffice(text, name, office);
        Assert.Equal(country, official.Country);
    }

    // The fifty-fifth round: the French adjective "militaire" goes on in an office right after a lower-case word of a body
    // ("la zone militaire", "la région militaire"), so an office before a comma, the article and the rank gives the name after
    // them its office; after an office's head ("attaché militaire") it is left as it was.
    [Theory]
    [InlineData("Le commandant de la région militaire du Laos, le général Tomas Dosk, a salué lundi les élèves.", "Tomas Dosk", "commandant de la région militaire du Laos")]
    [InlineData("Lundi, le général Tomas Dosk, commandant de la zone militaire, a reçu les élèves.", "Tomas Dosk", "commandant de la zone militaire")]
    [InlineData("Lundi, le colonel Tomas Dosk, attaché militaire du Laos au Vietnam, a reçu les élèves.", "Tomas Dosk", "attaché")]
    [InlineData("Mardi, les colonels Tomas Dosk, chef de la zone militaire et Kem Vasna, chargé des opérations, ont reçu trois officiers.", "Kem Vasna", "chargé des opérations")]
    public void A_french_body_adjective_goes_on_in_the_office(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The fifty-fifth round: the French article elided before a rank after a comma ("…, l'amiral Kel Arlo") lets the office
    // before the comma be the name's, as "le" and "la" do.
    [Theory]
    [InlineData("Mardi, il a salué le chef de la Marine laotienne, l'amiral Tomas Dosk, à Kampot.", "Tomas Dosk", "chef de la Marine laotienne")]
    [InlineData("Mardi, il a salué le chef de la Marine laotienne, l’amiral Tomas Dosk, à Kampot.", "Tomas Dosk", "chef de la Marine laotienne")]
    public void A_french_elided_article_before_a_rank_after_a_comma_keeps_the_office_before_it(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The fifty-sixth round: the French "Académie" and "École" of a school named in an office go on in the office after the
    // name, as "Academy" and "School" do.
    [Theory]
    [InlineData("Jeudi, le colonel Tomas Dosk, directeur de l'Académie navale, a remis trois prix aux cadets.", "Tomas Dosk", "directeur de l'Académie navale")]
    [InlineData("Jeudi, le colonel Tomas Dosk, commandant de l’École navale, a remis trois prix aux cadets.", "Tomas Dosk", "commandant de l’École navale")]
    public void A_french_school_goes_on_in_the_office(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The fifty-sixth round: the French "commissaire" heads an office as "commissioner" does, so the office before a comma, the
    // article and the rank is the name's.
    [Theory]
    [InlineData("Samedi, le commissaire général de la Gendarmerie nationale, le général Tomas Dosk, a visité deux postes.", "Tomas Dosk", "commissaire général de la Gendarmerie nationale")]
    public void A_french_commissaire_heads_an_office(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The fifty-eighth round: a French sentence opened by "Selon" before the courtesy "M." and a name: "Selon" is never a name's
    // word, and the "M." after it is the courtesy, not a middle initial, so the name is read without both.
    [Theory]
    [InlineData("Le Vesk et la Norvège ont conclu mardi un pacte naval à Oslo.\nSelon M. Tomas Dosk, ministre norvégien de la Défense, ce texte ouvre une étape nouvelle pour les deux marines.", "Tomas Dosk", "ministre norvégien de la Défense")]
    [InlineData("Selon Mme Ana Brek, ministre danoise de la Défense, les deux armées vont s'entraîner ensemble cet été.", "Ana Brek", "ministre danoise de la Défense")]
    public void A_french_selon_and_the_courtesy_after_it_are_no_part_of_the_name(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The sixty-seventh round: the French courtesy "Mme." with its full stop ends no sentence, so the envoy named after it holds the
    // office before it.
    [Fact]
    public void A_french_envoy_after_mme_and_its_full_stop_holds_the_office_before_it()
    {
        var official = HoldsOffice("Le général Kel Arlo a reçu mardi à Kelm l'ambassadrice du Niger Mme. Ana Dosk.", "Ana Dosk", "ambassadrice du Niger");
        Assert.Equal("NE", official.Country);
    }

    // The sixty-seventh round: a French "réunion conjointe" of a host with the envoys of several states is one meeting of all of
    // them, not one meeting per partner; without the word the meeting is split by partner as before (the guard).
    private const string JointMeeting = "Mardi à Kelm, le chef d'état-major malien Kel Arlo a tenu une réunion{0} avec l'ambassadrice du Niger Mme. Ana Dosk, l'ambassadeur du Tchad M. Tom Brill et l'ambassadrice du Canada, Mme Lia Vesk.";

    [Fact]
    public void A_french_joint_meeting_of_several_envoys_is_one_meeting_of_all_their_states()
    {
        var meeting = Assert.Single(Extract(string.Format(JointMeeting, " conjointe")).Engagements);
        Assert.Equal(new[] { "CA", "ML", "NE", "TD" }, meeting.Countries.OrderBy(c => c, StringComparer.Ordinal));
    }

    [Fact]
    public void A_french_meeting_of_several_envoys_without_conjointe_is_split_by_partner()
        => Assert.Equal(3, Extract(string.Format(JointMeeting, "")).Engagements.Count(e => e.Kind == "meeting"));

    // The fifty-ninth round: the French "interarmées" of a joint staff's office qualifies the office as "joint" does, so the office
    // before the comma goes on to the name after it.
    [Theory]
    [InlineData("Karim Valdo a reçu mardi l'actuel chef d'état-major interarmées norvégien, Tomas Dosk.", "Tomas Dosk", "chef d'état-major interarmées norvégien")]
    [InlineData("Mardi à Copenhague, Karim Valdo a salué Tomas Dosk, chef d'état-major interarmées norvégien.", "Tomas Dosk", "chef d'état-major interarmées norvégien")]
    public void A_french_interarmees_qualifies_an_office(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The sixtieth round: the Mauritanian "Ould" ("son of") is a particle of a name, as "Bin" is, so it does not count among
    // the four words a name is cut at after an office and its comma, and the name is read whole.
    [Theory]
    [InlineData("Le ministre mauritanien des Armées, Tomas Ould Velko El Brahim, a accueilli jeudi trois cadets vesquiens.", "Tomas Ould Velko El Brahim", "ministre mauritanien des Armées")]
    [InlineData("Le ministre mauritanien des Armées, Tomas ould Velko, a accueilli jeudi trois cadets vesquiens.", "Tomas ould Velko", "ministre mauritanien des Armées")]
    public void A_mauritanian_ould_is_a_particle_of_the_name(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The sixty-third round: the French "cheik" written in lower case inside a name is a particle, as "ben" is, so the name is
    // read whole and a later mention by the given name alone is the same person.
    [Fact]
    public void A_french_lower_case_cheik_is_a_particle_of_the_name()
    {
        const string text = "Jeudi, le général Tomas cheik Velko, chef d'état-major des armées, a reçu deux cadets vesquiens.";
        HoldsOffice(text, "Tomas cheik Velko", "chef d'état-major des armées");
        Assert.DoesNotContain(Extract(text, curation: false).Officials, o => o.Name == "Tomas");
    }

    // The sixtieth round: the lower-case "ben" of the French transliteration of an Arabic name is a particle, as "bin" is,
    // so the name is read whole and not cut to the words after it.
    [Fact]
    public void A_french_ben_is_a_particle_of_the_name()
    {
        HoldsOffice("Mardi, Tomas ben Velko al-Brahim, ministre qatari des Armées, a reçu deux cadets vesquiens.", "Tomas ben Velko al-Brahim", "ministre qatari des Armées");
    }

    // Words a French office runs on through, to its state and to the name after its comma: words of a body, the "islamique"
    // of an Islamic republic's name, in lower case or capitalised, as "populaire" is (the sixtieth round), the "ambassade" of
    // an envoy's office, as "embassy" is (the sixty-first round), and the "Intérieur" of a portfolio, as "Interior" is; and the
    // "par intérim" of an interim office after its portfolio (lexicon.tsv office-phrases; the sixty-second round), and the
    // "accrédité à" of an envoy's office before the city of his post (the same section; the sixty-third round).
    [Theory]
    [InlineData("Jeudi, l'actuel président de la République islamique du Pakistan, Tomas Velko, a salué deux cadets vesquiens.", "Tomas Velko", "président de la République islamique du Pakistan")]
    [InlineData("Vendredi soir, l'actuel chef d'état-major naval de la République Islamique du Pakistan, Tomas Velko, a salué deux cadets vesquiens.", "Tomas Velko", "chef d'état-major naval de la République Islamique du Pakistan")]
    [InlineData("Jeudi, notre chargé d'affaires de l'ambassade du Pakistan en Norvège, Tomas Velko, a salué deux cadets vesquiens.", "Tomas Velko", "chargé d'affaires de l'ambassade du Pakistan en Norvège")]
    [InlineData("Vendredi, l'actuel conseiller de l'ambassade du Pakistan à Oslo, Monsieur Tomas Velko, a remis trois diplômes.", "Tomas Velko", "conseiller de l'ambassade du Pakistan à Oslo")]
    [InlineData("Le ministre pakistanais de la Défense par intérim, Tomas Velko, a rencontré vendredi son homologue norvégien, Arlo Dosk, à Oslo.", "Tomas Velko", "ministre pakistanais de la Défense par intérim")]
    [InlineData("Jeudi, notre délégation a reçu le ministre pakistanais de l'Intérieur, Tomas Velko, et deux officiers.", "Tomas Velko", "ministre pakistanais de l'Intérieur")]
    [InlineData("Jeudi, il a rencontré le ministre pakistanais de l'Intérieur et de la Défense par intérim, Tomas Velko, puis trois officiers.", "Tomas Velko", "ministre pakistanais de l'Intérieur et de la Défense par intérim")]
    [InlineData("Jeudi, notre délégation a reçu l'Ambassadeur du Pakistan accrédité à Oslo, Tomas Velko, et deux officiers.", "Tomas Velko", "Ambassadeur du Pakistan accrédité à Oslo")]
    [InlineData("Jeudi, notre délégation a reçu l'ambassadrice du Pakistan accréditée à Oslo, Ana Velko, et deux officiers.", "Ana Velko", "ambassadrice du Pakistan accréditée à Oslo")]
    public void A_french_office_runs_on_to_the_name_after_its_comma(string text, string name, string office)
    {
        var official = HoldsOffice(text, name, office);
        Assert.Equal("PK", official.Country);
    }

    // The sixty-first round: "auto", the first part of the French "auto-défense" of the Japanese forces' name, is a word of a
    // body, as "self" is, so the words after "Forces d'" are no person and the office before them goes to the name.
    [Fact]
    public void A_french_auto_defense_is_no_name()
    {
        const string text = "Samedi, le général Tomas Velko, commandant des Forces d'Auto-défense japonaises, salue trois cadets vesquiens.";
        HoldsOffice(text, "Tomas Velko", "commandant des Forces d'Auto-défense japonaises");
        Assert.DoesNotContain(Extract(text, curation: false).Officials, o => o.Name.Contains("Auto"));
    }

    // The fifty-seventh round: the French "Oulan Bator" written without its hyphen is a city, as "Oulan-Bator" is, so an
    // envoy's office that ends with it does not run on into the name after it.
    [Theory]
    [InlineData("Jeudi, l'ambassadeur japonais à Oulan Bator Tomas Dosk a visité deux casernes du nord.", "Tomas Dosk", "ambassadeur japonais à Oulan Bator")]
    [InlineData("Jeudi, l'ambassadeur japonais à Oulan-Bator Tomas Dosk a visité deux casernes du nord.", "Tomas Dosk", "ambassadeur japonais à Oulan-Bator")]
    public void A_french_city_spelt_without_its_hyphen_ends_the_office_before_the_name(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // The fifty-third round: "chef d'Etat major" written without its hyphen goes on as "chef d'état-major" does, after the
    // name or before it.
    [Theory]
    [InlineData("Le général Kel Arlo, chef d’Etat major adjoint de l’armée, a reçu mardi une délégation vesquienne.", "Kel Arlo", "chef d’Etat major adjoint de l’armée")]
    [InlineData("Le chef d’Etat major Kel Arlo a reçu mardi une délégation vesquienne.", "Kel Arlo", "chef d’Etat major")]
    public void A_french_chief_of_staff_without_the_hyphen_keeps_the_whole_office(string text, string name, string office)
    {
        HoldsOffice(text, name, office);
    }

    // A Malay ruler's styled name runs on into his father's, named after "the late" ("ibni Al-Marhum"), and his title
    // ("…, the Yang Di-Pertuan of Vesk"): neither is an official nor a participant of the audience.
    [Fact]
    public void A_rulers_late_father_and_his_title_are_no_participants()
    {
        var facts = Extract("On Monday Sultan Haji Kelan Arlovan ibni Al-Marhum Sultan Haji Tomas Brelvan, the Yang Di-Pertuan of Vesk, granted an audience to Veskan Minister of Defence Ana Doskova.", curation: false);
        Assert.Contains(facts.Officials, o => o.Name == "Ana Doskova");
        Assert.DoesNotContain(facts.Officials, o => o.Name.Contains("Brelvan") || o.Name.Contains("Pertuan"));
        Assert.DoesNotContain(facts.Engagements, e => e.Participants.Any(p => p.Contains("brelvan") || p.Contains("pertuan")));
    }

    // The French "Son Excellence" before a name is a courtesy, as "His Excellency" is: the name is read without it.
    [Fact]
    public void A_french_excellence_is_no_part_of_the_name()
    {
        var facts = Extract("Le général Ana Dosk a présidé la cérémonie mercredi en présence de Son Excellence Kel Arlo, ambassadeur vesquien au Cambodge.", curation: false);
        Assert.Contains(facts.Officials, o => o.Name == "Kel Arlo");
        Assert.DoesNotContain(facts.Officials, o => o.Name.Contains("Excellence"));
    }

    // A name that chains two fathers before its family name is also known by its first father and family name, and by its
    // given and family names.
    [Fact]
    public void A_name_of_two_fathers_is_also_known_without_the_second()
    {
        var facts = Extract("The memorandum was signed in Kelm by Minister of State for Defence Kelan bin Arlo bin Tomas Al Doskeri and Veskan Defence Minister Ana Brelova.", curation: false);
        var official = Assert.Single(facts.Officials, o => o.Name == "Kelan bin Arlo bin Tomas Al Doskeri");
        Assert.Contains("Kelan bin Arlo Al Doskeri", official.Aliases);
        Assert.Contains("Kelan Al Doskeri", official.Aliases);
        Assert.DoesNotContain(facts.Officials.Single(o => o.Name == "Ana Brelova").Aliases, a => a.Contains("Al "));
    }
}
