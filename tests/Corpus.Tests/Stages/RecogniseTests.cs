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
}
