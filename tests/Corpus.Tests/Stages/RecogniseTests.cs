using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Stages;

public class RecogniseTests
{
    private static readonly ExtractionContext s_context = ExtractionContext.For(Gazetteer.Default);

    private static List<CountryMention> Countries(string text) => s_context.Countries.Find(Tokenizer.Tokenize(text));

    [Theory]
    [InlineData("Cambodia and Türkiye", "KH,TR")]
    [InlineData("the Republic of Turkey and Laos", "TR,LA")]
    [InlineData("Lao and Korean troops", "LA,KR")]
    [InlineData("Viet Nam hosted the United States", "VN,US")]
    [InlineData("North Korean envoys", "KP")]
    public void Countries_are_found_by_name_official_name_and_demonym(string text, string codes)
        => Assert.Equal(codes.Split(','), Countries(text).Select(c => c.Code));

    [Fact]
    public void The_built_in_table_has_every_iso_country()
    {
        Assert.Equal(249, CountryTable.Instance.All.Count);
        Assert.Equal("KH", CountryTable.Instance.Normalize("KHM"));
    }

    [Theory]
    [InlineData("on April 26, 2023", "2023-04-26")]
    [InlineData("on 27 April 2023", "2023-04-27")]
    [InlineData("met on February 26.", "--02-26")]
    [InlineData("In June, they met", "--06")]
    [InlineData("signed in 2022", "2022")]
    // A range of days before the month is its first day.
    [InlineData("The border commission sat from 13-15 January 2025 in Mbarara.", "2025-01-13")]
    [InlineData("Some 900 troops train in Arica from 5 to 16 June.", "--06-05")]
    [InlineData("the drill ran 20–24th of March 2021", "2021-03-20")]
    public void Absolute_dates_keep_what_they_state(string text, string iso)
    {
        var mention = DateRecognizer.Find(text).First();
        Assert.Equal(iso, DateRecognizer.Resolve(mention, null, future: false)!.Value.ToString());
    }

    [Theory]
    [InlineData("on Monday", "2023-04-24")]
    [InlineData("last year", "2022")]
    [InlineData("in June", "2022-06")]
    [InlineData("next month", "2023-05")]
    [InlineData("on February 26", "2023-02-26")]
    public void Relative_dates_resolve_against_the_publication_date(string text, string iso)
    {
        var reference = new IsoDate(2023, 4, 27);
        var mention = DateRecognizer.Find(text).First();
        Assert.Equal(iso, DateRecognizer.Resolve(mention, reference, future: false)!.Value.ToString());
    }

    [Theory]
    [InlineData("on Monday")]
    [InlineData("last year")]
    [InlineData("last week")]
    public void Relative_dates_without_a_reference_stay_unknown(string text)
        => Assert.Null(DateRecognizer.Resolve(DateRecognizer.Find(text).First(), null, future: false));

    [Theory]
    // A week gives no day: its month when the days meant fall in one, else its year.
    [InlineData("visited Laos this week", "2023-04-27", false, "2023-04")]
    [InlineData("visited Laos this week", "2023-05-02", false, "2023-05")]
    [InlineData("will visit Laos this week", "2023-04-27", true, "2023-04")]
    [InlineData("will visit Laos this week", "2023-05-30", true, "2023")]
    [InlineData("visited Laos last week", "2023-05-04", false, "2023-04")]
    [InlineData("visited Laos last week", "2023-04-03", false, "2023")]
    [InlineData("will visit Laos next week", "2023-04-27", true, "2023-05")]
    public void A_week_resolves_to_its_month_or_year_never_a_day(string text, string reference, bool future, string iso)
    {
        Assert.True(IsoDate.TryParse(reference, out var r));
        Assert.Equal(iso, DateRecognizer.Resolve(DateRecognizer.Find(text).First(), r, future)!.Value.ToString());
    }

    [Theory]
    // A planned weekday that is the day of writing is that day ("will meet later on Thursday" written on a Thursday);
    // "next Thursday" is a week on; a weekday of things done is the one on or before the day of writing.
    [InlineData("will meet the minister later on Thursday", true, "2023-04-27")]
    [InlineData("will meet the minister on Friday", true, "2023-04-28")]
    [InlineData("will meet the minister next Thursday", true, "2023-05-04")]
    [InlineData("met the minister on Thursday", false, "2023-04-27")]
    [InlineData("met the minister on Friday", false, "2023-04-21")]
    public void A_planned_weekday_that_is_the_day_of_writing_is_that_day(string text, bool future, string iso)
    {
        Assert.True(IsoDate.TryParse("2023-04-27", out var r));
        Assert.Equal(iso, DateRecognizer.Resolve(DateRecognizer.Find(text).First(), r, future)!.Value.ToString());
    }

    [Theory]
    // A range whose days do not run forward names no day: nothing is read from it.
    [InlineData("from 15-13 January 2025")]
    [InlineData("from 30 to 31 February 2025")]
    public void A_day_range_that_is_no_range_is_no_date(string text)
        => Assert.Empty(DateRecognizer.Find(text));

    private static List<PersonMention> People(string sentence)
        => s_context.People.Find(sentence, Tokenizer.Tokenize(sentence), _ => false, _ => false);

    [Theory]
    [InlineData("The attendants include Commander-in-Chief Gen. Vong Pisen, and others.", "Vong Pisen", "Commander-in-Chief", "General")]
    [InlineData("Turkish Ambassador to Cambodia Ülkü Kocaefe attended.", "Ülkü Kocaefe", "Turkish Ambassador to Cambodia", null)]
    [InlineData("Sar Kheng met his Turkish counterpart Suleyman Soylu in Ankara.", "Suleyman Soylu", "Turkish counterpart", null)]
    [InlineData("He met Khamliang Outhakaysone – Deputy Minister of National Defence and Chief of the General Staff of the Lao People’s Army – on August 30.", "Khamliang Outhakaysone", "Deputy Minister of National Defence and Chief of the General Staff of the Lao People’s Army", null)]
    [InlineData("The visit by Principal Deputy Assistant Secretary of Defense (PDASD) Jed Royal will help.", "Jed Royal", "Principal Deputy Assistant Secretary of Defense", null)]
    [InlineData("Kin Phea, the director of the Institute, emphasised ties.", "Kin Phea", "director of the Institute", null)]
    [InlineData("Lieutenant General Hun Manet, Deputy Commander-in-Chief of the Royal Cambodian Armed Forces, met him.", "Hun Manet", "Deputy Commander-in-Chief of the Royal Cambodian Armed Forces", "Lieutenant General")]
    public void People_are_found_with_their_titles_and_ranks(string sentence, string name, string title, string? rank)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(title, person.Title?.Title);
        Assert.Equal(rank, person.Rank);
    }

    [Fact]
    public void A_title_with_a_country_adjective_gives_the_country()
        => Assert.Equal("TR", People("Turkish President Recep Tayyip Erdogan spoke.").Single().Title!.Country);

    [Fact]
    public void Organisations_and_countries_are_not_people()
        => Assert.Empty(People("The Royal Cambodian Armed Forces and the Republic of Korea signed it."));

    [Fact]
    public void Slugs_and_member_names_fold_diacritics_and_turkish_i_the_same_everywhere()
    {
        Assert.Equal("ulku-kocaefe", TextTools.Slug("Ülkü Kocaefe"));
        Assert.Equal("ismet-kenaroglu", TextTools.Slug("İsmet Kenaroğlu"));
        Assert.Equal("IsmetKenaroglu", Corpus.Generator.Naming.MemberNames.PascalCase("Ismet KeNaRoGLu"));
        Assert.Equal("_4thSummit", Corpus.Generator.Naming.MemberNames.PascalCase("4th Summit"));
    }

    [Theory]
    [InlineData("Lt. Gen. Matthew W. McFarlane, commander of the 1st Corps, attended the ceremony.", "Matthew W. McFarlane")]
    [InlineData("Deputy Chief of Mission Karen L. Whitley handed over the boats.", "Karen L. Whitley")]
    [InlineData("Lt. Gen. C. J. Mahoney opened the exercise.", "C. J. Mahoney")]
    public void A_middle_initial_stays_inside_the_name(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    [Theory]
    [InlineData("Defence Minister Richard Marles Thursday hosted his counterpart in Geelong.", "Richard Marles")]
    [InlineData("Turkish Defence Minister Ismet Yilmaz May 15 met his Azerbaijani counterpart.", "Ismet Yilmaz")]
    public void A_name_ends_before_a_date(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    [Theory]
    [InlineData("About 300 marines took part in the drills at Camp Antonio Ruiz, navy spokesman Captain Jose Cruz said.", "Camp Antonio Ruiz")]
    [InlineData("The soldiers trained at Fort Daniel Reyes in March.", "Fort Daniel Reyes")]
    public void A_site_named_after_a_person_is_no_person(string sentence, string site)
        => Assert.DoesNotContain(People(sentence), p => site.Contains(p.Name));

    // Phenomena met in real text (docs/extraction.md, "Phenomena met in real text"); the sentences are invented.

    [Theory]
    [InlineData("Kim Dae-ho, South Korea's Deputy Minister of National Defense, met the delegation.", "Kim Dae-ho", "South Korea's Deputy Minister of National Defense", "KR")]
    [InlineData("Sok Pheap, Cambodia's Defence Minister, welcomed the guests.", "Sok Pheap", "Cambodia's Defence Minister", "KH")]
    [InlineData("Lina Marsh, Australia's Deputy Secretary for Strategy and Industry, co-chaired the dialogue.", "Lina Marsh", "Australia's Deputy Secretary for Strategy and Industry", "AU")]
    [InlineData("Oleg Petrenko, Director of the Federal Service for Military-Technical Cooperation, attended.", "Oleg Petrenko", "Director of the Federal Service for Military-Technical Cooperation", null)]
    [InlineData("Rear Admiral Liu Jian, deputy commander of China's Southern Theater Command, attended.", "Liu Jian", "deputy commander of China's Southern Theater Command", "CN")]
    public void An_office_in_apposition_names_its_country_in_the_possessive(string sentence, string name, string title, string? country)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(title, person.Title?.Title);
        Assert.Equal(country, person.Title?.Country);
    }

    [Theory]
    [InlineData("The pact was signed by the Secretary-General of the Ministry of Defence, Datuk Aminah Zain, and her guest.", "Aminah Zain", "Secretary-General of the Ministry of Defence", null)]
    [InlineData("It was attended by Singapore's Chief of Defence Force, Vice-Admiral Tan Wei Liang, and others.", "Tan Wei Liang", "Singapore's Chief of Defence Force", "Vice Admiral")]
    [InlineData("The next day the task group commander, Capt Vikram Rao, called on the governor.", "Vikram Rao", "task group commander", "Captain")]
    public void A_title_before_a_comma_reaches_past_honorifics_and_a_rank(string sentence, string name, string title, string? rank)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(title, person.Title?.Title);
        Assert.Equal(rank, person.Rank);
    }

    [Theory]
    [InlineData("Defence Minister Gen Tanabe and his guest agreed to expand drills.", "Gen Tanabe", null)]
    [InlineData("Army chief Gen Ravi Sharma called on the president.", "Ravi Sharma", "General")]
    [InlineData("Chief of Army Gen Datuk Rahim Salleh opened the exercise.", "Rahim Salleh", "General")]
    [InlineData("The talks were led by Gen. Pol Sarin, the deputy commander.", "Pol Sarin", "General")]
    [InlineData("Gen. Sen Dara, commander of the gendarmerie, attended.", "Sen Dara", "General")]
    [InlineData("Thailand's deputy police chief, Pol Gen Anan Wongsa, attended.", "Anan Wongsa", "Police General")]
    [InlineData("Deputy Minister Sen. Lieut. Gen. Tran Van Duc received them.", "Tran Van Duc", "Senior Lieutenant General")]
    [InlineData("The Chinese attaché Sen. Col. Zhao Ming attended.", "Zhao Ming", "Senior Colonel")]
    public void A_rank_that_is_also_a_name_is_read_by_its_context(string sentence, string name, string? rank)
        => Assert.Equal(rank, People(sentence).Single(p => p.Name == name).Rank);

    [Theory]
    [InlineData("The talks were held at Camp General Rafael Cruz in Quezon City.")]
    [InlineData("The marines trained at Camp Mateo Reyes, the navy spokesman said.")]
    [InlineData("The ship, renamed BRP General Mateo Reyes, arrived on Monday.")]
    [InlineData("The flotilla was led by the destroyer Admiral Petrov.")]
    [InlineData("The crew of the Admiral Petrov will hold a drill.")]
    [InlineData("Officers of the General Headquarters and the General Staff attended.")]
    public void A_rank_and_a_name_that_are_a_place_or_a_ship_are_no_person(string sentence)
        => Assert.Empty(People(sentence));

    [Theory]
    [InlineData("Lt. Gen. Somsak Rattana, the army chief, said the drill went well.", "Somsak Rattana", "Lieutenant General")]
    [InlineData("Brig. Gen. Bounthong Sayavong attended.", "Bounthong Sayavong", "Brigadier General")]
    [InlineData("The detachment commander, Captain First Rank Ivan Sorokin, laid a wreath.", "Ivan Sorokin", "Captain First Rank")]
    [InlineData("The corvette was received by Navy chief Vice Adm. Jose Ma. Santos on Monday.", "Jose Ma. Santos", "Vice Admiral")]
    [InlineData("Eastern Fleet Commander Rear Admiral Agus Pratama received the boats.", "Agus Pratama", "Rear Admiral")]
    [InlineData("It was attended by Air Vice-Marshal Neil Brandt of Australia.", "Neil Brandt", "Air Vice-Marshal")]
    public void Abbreviated_and_compound_ranks_are_read_whole(string sentence, string name, string rank)
        => Assert.Equal(rank, People(sentence).Single(p => p.Name == name).Rank);

    [Theory]
    [InlineData("He also met Party General Secretary To Van Hai in Hanoi.", "To Van Hai")]
    [InlineData("Defence Minister Tanabe, visiting Vientiane, met his counterpart.", "Tanabe")]
    [InlineData("Stung Treng provincial governor Sok Dara hosted a dinner.", "Sok Dara")]
    public void Names_after_an_office_start_where_the_office_ends(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    [Theory]
    [InlineData("Egyptian President Abdel-Karim al-Masri said the drill would start soon.", "Abdel-Karim al-Masri")]
    [InlineData("Saudi Defence Minister Faisal bin Nasser bin Saud received him.", "Faisal bin Nasser bin Saud")]
    [InlineData("Liam K. O'Hara, U.S. Ambassador to Laos, attended the ceremony.", "Liam K. O'Hara")]
    public void Particles_and_apostrophes_stay_inside_a_name(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    [Fact]
    public void An_office_in_parentheses_after_a_name_is_its_title()
    {
        var person = People("The troops welcomed Karim Haddad (the inspector general of the national army), who arrived by helicopter.").Single();
        Assert.Equal("Karim Haddad", person.Name);
        Assert.Equal("inspector general of the national army", person.Title?.Title);
    }

    [Theory]
    [InlineData("The plan was announced by the chief of the Western Sea Command Commander.")]
    public void A_run_that_ends_in_an_office_is_no_name(string sentence)
        => Assert.DoesNotContain(People(sentence), p => p.Name.Contains("Command"));

    [Theory]
    [InlineData("The Thai defence minister said the border was calm.", "TH", "defence minister")]
    [InlineData("He later called on the ambassador at the embassy.", null, "ambassador")]
    [InlineData("The visit was hosted by the navy commander.", null, "navy commander")]
    public void An_office_alone_is_a_reference_to_a_person(string sentence, string? country, string words)
    {
        var reference = Assert.Single(s_context.People.FindOfficeReferences(Tokenizer.Tokenize(sentence), new List<PersonMention>()));
        Assert.Equal(country, reference.Country);
        Assert.Equal(words, string.Join(" ", reference.Words));
    }

    [Theory]
    [InlineData("The former defence minister said so.")]
    [InlineData("The defence minister Gen. Anan Srisuk said so.")]
    [InlineData("He met the minister of foreign affairs.")]
    [InlineData("They visited the ambassador’s residence.")]
    [InlineData("The ambassador also touched upon the deal signed last year.")]
    public void An_office_that_is_former_named_qualified_or_only_talking_is_no_reference(string sentence)
        => Assert.Empty(s_context.People.FindOfficeReferences(Tokenizer.Tokenize(sentence), new List<PersonMention>()));

    [Theory]
    [InlineData("Both sides were led by their ministers (Gen. Sok Vanna of Cambodia and Gen. Anan Srisuk of Thailand).", "Anan Srisuk", "TH")]
    [InlineData("It was attended by Air Vice-Marshal Neil Brandt of Australia.", "Neil Brandt", "AU")]
    public void A_country_after_the_name_is_the_persons_country(string sentence, string name, string country)
        => Assert.Equal(country, People(sentence).Single(p => p.Name == name).Title?.Country);

    [Theory]
    [InlineData("The pledge was made by the Commander of the Royal Cambodian Navy, H.E. Adm. Mean Sovann, and his guest.", "Mean Sovann", "Commander of the Royal Cambodian Navy")]
    [InlineData("Lt. Gen. Somsak Rattana, head of the Lao directorate of border affairs, arrived.", "Somsak Rattana", "head of the Lao directorate of border affairs")]
    public void Titles_reach_past_honorifics_and_through_lower_case_organisation_words(string sentence, string name, string title)
        => Assert.Equal(title, People(sentence).Single(p => p.Name == name).Title?.Title);

    [Theory]
    [InlineData("Major-General Lim Teck Heng, commander of the army, met them.", "Lim Teck Heng", "Major General")]
    [InlineData("He met Army General Ahmet Korkmaz, Chief of the General Staff.", "Ahmet Korkmaz", "Army General")]
    public void Hyphenated_and_national_ranks_are_read_whole(string sentence, string name, string rank)
        => Assert.Equal(rank, People(sentence).Single(p => p.Name == name).Rank);

    [Fact]
    public void A_name_right_after_of_in_a_title_is_no_person()
        => Assert.Empty(People("The Commander of First Unit of Harbor Watch spoke at the pier."));

    [Theory]
    [InlineData("The talks with General SOK Dara covered border issues.", "SOK Dara")]
    [InlineData("Colonel RK Mehta, who leads the contingent, was present.", "RK Mehta")]
    public void A_short_word_in_capitals_after_a_rank_is_part_of_the_name(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);
    [Theory]
    [InlineData("Prime Minister Samdech Akka Moha Sena Padei Techo Sok Dara received the visiting minister.", "Sok Dara")]
    [InlineData("In talks with Samdech Pichey Sena Mao Rith, the minister announced new aid.", "Mao Rith")]
    [InlineData("Prime Minister Samdech Moha Borvor Thipadei Sok Dara chaired the meeting.", "Sok Dara")]
    [InlineData("Senior Minister Samdech Vibol Sena Pheakdei Chan Rith spoke first.", "Chan Rith")]
    [InlineData("The talks with General Meas Vibol covered border issues.", "Meas Vibol")]
    [InlineData("Turkish Ambassador Sena Kaya spoke first.", "Sena Kaya")]
    public void Khmer_honorific_titles_are_no_part_of_the_name(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    [InlineData("Sen. Lieut. Gen Tran Van Hoa hosted a reception in Hanoi.", "Tran Van Hoa", "Senior Lieutenant General")]
    [InlineData("Sen. Lt. Gen Tran Van Hoa hosted a reception in Hanoi.", "Tran Van Hoa", "Senior Lieutenant General")]
    [InlineData("Lieut. Gen Tran Van Hoa hosted a reception in Hanoi.", "Tran Van Hoa", "Lieutenant General")]
    public void An_abbreviated_rank_whose_last_word_has_no_full_stop_is_read_whole(string sentence, string name, string rank)
        => Assert.Equal((name, rank), (People(sentence).Single().Name, People(sentence).Single().Rank));

    [Fact]
    public void A_rank_and_a_name_after_a_plural_ship_word_are_ships()
        => Assert.Equal(new[] { "Ivan Sokolov" }, People("The Russian warships Admiral Petrov and Marshal Orlov docked on Tuesday, fleet commander Rear Admiral Ivan Sokolov said.").Select(p => p.Name));
}
