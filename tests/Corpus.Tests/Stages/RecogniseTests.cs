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

    // The recognisers read a sentence as the Segment stage gives it: its typographic punctuation folded to ASCII
    // (Typography.Fold), so a test gives them its sentence folded too.
    private static IReadOnlyList<Token> Tokens(string text) => Tokenizer.Tokenize(Typography.Fold(text));

    private static List<CountryMention> Countries(string text) => s_context.Countries.Find(Tokens(text));

    [Theory]
    [InlineData("Cambodia and Türkiye", "KH,TR")]
    [InlineData("the Republic of Turkey and Laos", "TR,LA")]
    [InlineData("Lao and Korean troops", "LA,KR")]
    [InlineData("Viet Nam hosted the United States", "VN,US")]
    [InlineData("North Korean envoys", "KP")]
    // A name with an apostrophe is found whole, so the shorter name inside it is not taken (in the typographic spelling
    // too, which the Segment stage folds: TypographyTests).
    [InlineData("talks between the People's Republic of China and Tonga", "CN,TO")]
    [InlineData("envoys of the Democratic People's Republic of Korea", "KP")]
    [InlineData("the People's Republic of China and the Republic of China", "CN,TW")]
    public void Countries_are_found_by_name_official_name_and_demonym(string text, string codes)
        => Assert.Equal(codes.Split(','), Countries(text).Select(c => c.Code));

    // A state's name that is also a French common noun (lexicon.tsv [article-names], the fifty-third round): a bare "Réunion"
    // in a headline or a meeting's name is the noun, no state; "la Réunion", "de La Réunion" and "Réunion Island" name the
    // island (REC-ART1).
    [Theory]
    [InlineData("Coopération Vesk-Ostrie : Réunion Très Cordiale entre Arlo Kemp et Dov Sarn", "")]
    [InlineData("la 4e Réunion annuelle des chefs d'état-major", "")]
    [InlineData("Le navire ostrien a fait escale à la Réunion mardi.", "RE")]
    [InlineData("The frigate sailed from Réunion Island to Kelm.", "RE")]
    [InlineData("Les troupes de La Réunion et du Tchad", "RE,TD")]
    public void A_bare_name_that_is_a_French_noun_is_no_country(string text, string codes)
    {
        Assert.Equal(codes.Length == 0 ? Array.Empty<string>() : codes.Split(','), Countries(text).Select(c => c.Code));
        var tokens = Tokenizer.Tokenize(Typography.Fold(text));
        Assert.Equal(codes.Length == 0 ? Array.Empty<string>() : codes.Split(','),
            s_context.Countries.Find(tokens, Typography.Fold(text)).Select(c => c.Code));
    }

    // Articles in French (countries.tsv columns 7 and 8): a state's French name, and its demonym in lower case as French
    // writes it, or capitalised; an English word in lower case is still no country.
    [Theory]
    [InlineData("Le Cambodge remercie la France.", "KH,FR")]
    [InlineData("le colonel Jean Marval, du ministère français des Armées", "FR")]
    [InlineData("les casques bleus cambodgiens et les officiers thaïlandaises", "KH,TH")]
    [InlineData("une délégation des États-Unis en Allemagne", "US,DE")]
    [InlineData("les Japonais et la Chine", "JP,CN")]
    [InlineData("l'ambassadrice des Emirats et le ministre qatarien", "AE,QA")]
    [InlineData("le ministre égyptien et l'ambassadeur de Suisse en Égypte", "EG,CH,EG")]
    [InlineData("les officiers suisses et les cadets néo-zélandais de Nouvelle-Zélande", "CH,NZ,NZ")]
    [InlineData("le ministre turc et l'ambassadeur de Turquie aux Comores", "TR,TR,KM")]
    [InlineData("les démineurs ukrainiens et les officiers sud-coréens", "UA,KR")]
    [InlineData("le président du Faso a reçu le chef comorien", "BF,KM")]
    [InlineData("la République du Congo et la République de Côte d'Ivoire", "CG,CI")]
    [InlineData("l'ambassadeur de la Grande Bretagne et les officiers britanniques du Royaume-Uni", "GB,GB,GB")]

    // Every sovereign state has its French words (the thirty-seventh round), accented and not where the press writes both.
    [InlineData("les officiers polonais et les cadets norvégiens en Éthiopie", "PL,NO,ET")]
    [InlineData("l'ambassadeur de Jordanie et la délégation saoudienne au Koweit", "JO,SA,KW")]
    [InlineData("Le ministre ghanéen a reçu son homologue sud-africain et les Grecs.", "GH,ZA,GR")]
    [InlineData("la Lettonie, l'Arabie saoudite et les Pays-Bas", "LV,SA,NL")]
    // A longer name wins over a shorter one inside it (PhraseMatcher: the longest phrase at a word); "Guinée" alone is no
    // name of Guinea ("le golfe de Guinée"), its longer French names are.
    [InlineData("la Guinée équatoriale, la Guinée-Bissau et la Papouasie-Nouvelle-Guinée", "GQ,GW,PG")]
    [InlineData("la République de Guinée et le Soudan du Sud", "GN,SS")]
    // French words left out of the table as they name no state more often than one: a given name, a town, a common word.
    [InlineData("Maurice Kelt et Dominique Vasna ont patrouillé le golfe de Guinée jusqu'à Grenade.", "")]
    [InlineData("François Hollande à l'Équateur, en Guyane et en Macédoine", "")]
    [InlineData("a french cook and a khmer dish", "")]
    public void Countries_of_an_article_in_french_are_found_by_french_names_and_demonyms(string text, string codes)
        => Assert.Equal(codes.Split(',', StringSplitOptions.RemoveEmptyEntries), Countries(text).Select(c => c.Code));

    // A sentence is read by the English names and demonyms alone unless it holds a key word (the longest) of a French name or demonym
    // as a word (CountryRecognizer.Find(List<Token>, string), the Recognise stage's reading): it must find what all of them
    // find, also where a French word stands inside an English one ("Chinese" holds "Chine", "Indeed" "Inde").
    [Theory]
    [InlineData("Le Cambodge remercie la France.", "KH,FR")]
    [InlineData("le colonel Jean Marval, du ministère français des Armées", "FR")]
    [InlineData("les casques bleus cambodgiens et les officiers thaïlandaises", "KH,TH")]
    [InlineData("une délégation des États-Unis en Allemagne", "US,DE")]
    [InlineData("l'ambassadrice des Emirats et le ministre qatarien", "AE,QA")]
    [InlineData("Le ministre sud-soudanais a reçu son homologue de Centrafrique.", "SS,CF")]
    [InlineData("le ministre turc et l'ambassadeur de Turquie aux Comores", "TR,TR,KM")]
    [InlineData("les démineurs ukrainiens et les officiers sud-coréens", "UA,KR")]
    [InlineData("les cadets polonais et la Guinée équatoriale, pas le golfe de Guinée", "PL,GQ")]
    [InlineData("Chinese and Thai officers met the Indian envoy.", "CN,TH,IN")]
    [InlineData("Indeed, the Independence Day parade in Vandor drew Lao cadets.", "LA")]
    [InlineData("A machine shop in Chine-Vale built the Belgian drones.", "CN,BE")]
    [InlineData("The Chine, a ship of Tonga, docked (Inde) at Vandor.", "CN,TO,IN")]
    [InlineData("a french cook and a khmer dish", "")]
    [InlineData("Russian and russe words, Malian and malien ones.", "RU,RU,ML,ML")]
    [InlineData("Camboya agradece a Brasil y al Perú; los oficiales paraguayos llegaron.", "KH,BR,PE,PY")]
    [InlineData("The largest western test est un essai: les casques bleus est-timorais et cap-verdiens.", "TL,CV")]
    [InlineData("Les officiers Est-timorais au Cap-Vert, à l'est du cap.", "TL,CV")]
    public void The_recognise_stage_s_reading_of_a_sentence_finds_what_every_country_word_finds(string text, string codes)
    {
        string folded = Typography.Fold(text);
        var tokens = Tokenizer.Tokenize(folded);
        var all = s_context.Countries.Find(tokens.AsReadOnly());
        Assert.Equal(all, s_context.Countries.Find(tokens, folded));
        Assert.Equal(codes.Split(',', StringSplitOptions.RemoveEmptyEntries), all.Select(c => c.Code));
    }

    // The word a sentence must hold for a phrase of another language to be tried: the phrase's longest word, not a short
    // first word that stands inside English words ("est" of "est-timorais" in "west").
    [Theory]
    [InlineData("est-timorais", "timorais")]
    [InlineData("cap-verdiennes", "verdiennes")]
    [InlineData("Union des Comores", "Comores")]
    [InlineData("Timor oriental", "oriental")]
    [InlineData("Cambodge", "Cambodge")]
    [InlineData("Grande Bretagne", "Bretagne")]
    [InlineData("", "")]
    public void The_key_word_of_a_phrase_is_its_longest_word(string phrase, string key)
        => Assert.Equal(key, CountryRecognizer.KeyWord(phrase));

    // Articles in Spanish (countries.tsv columns 7 and 8 beside the French words): a state's Spanish name, and its demonym in
    // lower case in its genders and numbers, or capitalised; "Argentina" stays a name, no demonym.
    [Theory]
    [InlineData("Camboya agradece a Brasil y al Perú.", "KH,BR,PE")]
    [InlineData("el ministro boliviano de Defensa y su colega ecuatoriana", "BO,EC")]
    [InlineData("los oficiales paraguayos y las cadetes uruguayas", "PY,UY")]
    [InlineData("la ayuda vietnamita a las Fuerzas Armadas camboyanas", "VN,KH")]
    [InlineData("Argentina y los argentinos", "AR,AR")]
    public void Countries_of_an_article_in_spanish_are_found_by_spanish_names_and_demonyms(string text, string codes)
        => Assert.Equal(codes.Split(',', StringSplitOptions.RemoveEmptyEntries), Countries(text).Select(c => c.Code));

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
    // A range of days after the month is its first day, and the year after the range is the range's.
    [InlineData("The minister toured Ostria from October 17-19, 2022.", "2022-10-17")]
    [InlineData("The minister toured Ostria from October 17 to 19, 2022.", "2022-10-17")]
    [InlineData("The minister toured Ostria on October 17-19.", "--10-17")]
    // A month and its year set off by a comma; a number after a comma that is no year leaves the month alone.
    [InlineData("The drill dates back to April, 1999, when the navies began it.", "1999-04")]
    [InlineData("The navies met in June, 20 officers from each side.", "--06")]
    // French months in lower case after a day or before a year (dates.tsv [months-other]).
    [InlineData("Kelm, le 03 août 2018 : la réunion", "2018-08-03")]
    [InlineData("une formation organisée depuis le 27 octobre", "--10-27")]
    [InlineData("le stage a débuté le 7 juillet dernier", "--07-07")]
    [InlineData("la réunion de juin 2019", "2019-06")]
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
    // A month (and day) followed by a year told relative to the publication date takes that year.
    [InlineData("in June last year", "2022-06")]
    [InlineData("on August 12 of last year", "2022-08-12")]
    [InlineData("in February next year", "2024-02")]
    [InlineData("in February, next to the port", "2023-02")]
    public void Relative_dates_resolve_against_the_publication_date(string text, string iso)
    {
        var reference = new IsoDate(2023, 4, 27);
        var mention = DateRecognizer.Find(text).First();
        Assert.Equal(iso, DateRecognizer.Resolve(mention, reference, future: false)!.Value.ToString());
    }

    [Theory]
    // Dates written in French (dates.tsv [months-other] and [weekdays-other], DateRecognizer's French forms), against a
    // publication date of Thursday 27 April 2023: a weekday alone, "dernier" or "prochain", "ce"; a weekday written right
    // before its day and month is that date; a relative day, week, month or year; a range of days by its first day.
    [InlineData("le colonel Vask a reçu mardi le général Orlo", "2023-04-25")]
    [InlineData("s'est entretenu lundi dernier avec", "2023-04-24")]
    [InlineData("se rendra en Ostrie mardi prochain", "2023-05-02")]
    [InlineData("a reçu ce jeudi la délégation", "2023-04-27")]
    [InlineData("a reçu jeudi 6 avril le général Orlo", "2023-04-06")]
    [InlineData("le jeudi 08 septembre 2022, le général", "2022-09-08")]
    [InlineData("une rencontre hier, mercredi 26 Avril, entre", "2023-04-26")]
    [InlineData("une rencontre hier entre les deux chefs", "2023-04-26")]
    [InlineData("la cérémonie d'aujourd'hui", null)]
    [InlineData("la cérémonie organisée aujourd'hui à Kelm", "2023-04-27")]
    [InlineData("l'exercice conjoint de la semaine dernière", "2023-04")]
    [InlineData("la visite du mois dernier", "2023-03")]
    [InlineData("le dialogue de l'année dernière", "2022")]
    [InlineData("en visite officielle en Ostrie du 18 au 22 mars", "2023-03-18")]
    [InlineData("le 1er mars, le général Orlo", "2023-03-01")]
    // Two days joined by "et" are dated by the first, as a range is (the forty-first round); not two days out of order.
    [InlineData("une réunion se tiendra les 23 et 24 mars à Kelm", "2023-03-23")]
    [InlineData("les 21 et 22 avril 2022, le général Orlo", "2022-04-21")]
    [InlineData("les 24 et 23 mars à Kelm", null)]
    public void French_dates_resolve_against_the_publication_date(string text, string? iso)
    {
        var reference = new IsoDate(2023, 4, 27);
        var mention = DateRecognizer.Find(text).FirstOrDefault();
        Assert.Equal(iso, mention is null ? null : DateRecognizer.Resolve(mention, reference, future: false)?.ToString());
    }

    [Theory]
    // Dates written in Spanish (dates.tsv [months-other] and [weekdays-other] in lower case, "de" read between the day and the
    // month and before the year, "al" in a range, "ayer"), against a publication date of Thursday 27 April 2023.
    [InlineData("se reunieron el 12 de marzo en Kelm", "2023-03-12")]
    [InlineData("el convenio fue firmado el 20 de marzo de 2022 en Kelm", "2022-03-20")]
    [InlineData("el acuerdo suscrito en marzo de 2021", "2021-03")]
    [InlineData("durante su estancia del 16 al 19 de abril", "2023-04-16")]
    [InlineData("el ministro recibió el martes al general Orlo", "2023-04-25")]
    [InlineData("los dos jefes se reunieron ayer en Kelm", "2023-04-26")]
    [InlineData("firmaron este jueves un acta", "2023-04-27")]
    public void Spanish_dates_resolve_against_the_publication_date(string text, string? iso)
    {
        var reference = new IsoDate(2023, 4, 27);
        var mention = DateRecognizer.Find(text).FirstOrDefault();
        Assert.Equal(iso, mention is null ? null : DateRecognizer.Resolve(mention, reference, future: false)?.ToString());
    }

    [Theory]
    // A Spanish month is read in lower case only ("Mayo", "Julio" are names); without a reference a day and month keep no year.
    [InlineData("el 4 de mayo la inauguración", "--05-04")]
    [InlineData("Julio Orlo llegó a Kelm", null)]
    [InlineData("el general Mayo Dosk", null)]
    public void Spanish_months_are_read_in_lower_case_without_inventing_a_year(string text, string? iso)
    {
        var mention = DateRecognizer.Find(text).FirstOrDefault();
        Assert.Equal(iso, mention is null ? null : DateRecognizer.Resolve(mention, null, future: false)?.ToString());
    }

    [Theory]
    // Without a publication date a French weekday or relative day stays unknown, and a day and month keep no year.
    [InlineData("a reçu lundi le général Orlo", null)]
    [InlineData("une rencontre hier entre les deux chefs", null)]
    [InlineData("a reçu jeudi 6 avril le général Orlo", "--04-06")]
    public void French_dates_without_a_reference_invent_no_year(string text, string? iso)
        => Assert.Equal(iso, DateRecognizer.Resolve(DateRecognizer.Find(text).First(), null, future: false)?.ToString());

    [Theory]
    [InlineData("on Monday")]
    [InlineData("last year")]
    [InlineData("last week")]
    public void Relative_dates_without_a_reference_stay_unknown(string text)
        => Assert.Null(DateRecognizer.Resolve(DateRecognizer.Find(text).First(), null, future: false));

    [Theory]
    // Without a reference a relative year gives no year, but the month and day stated beside it stay.
    [InlineData("on August 12 last year", "--08-12")]
    [InlineData("in May last year", "--05")]
    public void A_month_told_with_a_relative_year_keeps_its_month_without_a_reference(string text, string iso)
        => Assert.Equal(iso, DateRecognizer.Resolve(DateRecognizer.Find(text).First(), null, future: false)!.Value.ToString());

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
    // A span of weekdays ("on Friday and Saturday", "from Sunday to Tuesday") is one date, its first day.
    [InlineData("officials met on Friday and Saturday in Pattaya", false, "2023-04-21")]
    [InlineData("was in Hanoi from Sunday to Tuesday", false, "2023-04-23")]
    [InlineData("will hold drills from Monday through Wednesday", true, "2023-05-01")]
    [InlineData("held talks Tuesday-Wednesday", false, "2023-04-25")]
    public void A_span_of_weekdays_is_dated_by_its_first_day(string text, bool future, string iso)
    {
        Assert.True(IsoDate.TryParse("2023-04-27", out var r));
        var mentions = DateRecognizer.Find(text);
        Assert.Single(mentions);
        Assert.True(mentions[0].IsRangeStart);
        Assert.Equal(iso, DateRecognizer.Resolve(mentions[0], r, future)!.Value.ToString());
    }

    [Theory]
    // Weekdays told apart, or a day named twice, are no span: each weekday is a date of its own.
    [InlineData("met on Friday and signed a deal on Saturday", 2)]
    [InlineData("met on Monday and Monday", 1)]
    public void Weekdays_that_are_no_span_stay_apart(string text, int count)
    {
        var mentions = DateRecognizer.Find(text);
        Assert.Equal(count, mentions.Count);
        Assert.All(mentions, m => Assert.False(m.IsRangeStart));
    }

    [Theory]
    // "this November" without a publication date keeps its month, without a year; a year alone stays unknown.
    [InlineData("ships will dock this November", "--11")]
    [InlineData("the drill ends next March", "--03")]
    public void A_named_month_of_a_relative_year_keeps_its_month_without_a_reference(string text, string iso)
        => Assert.Equal(iso, DateRecognizer.Resolve(DateRecognizer.Find(text).First(), null, future: true)!.Value.ToString());

    [Theory]
    // A range whose days do not run forward names no day: nothing is read from it.
    [InlineData("from 15-13 January 2025")]
    [InlineData("from 30 to 31 February 2025")]
    public void A_day_range_that_is_no_range_is_no_date(string text)
        => Assert.Empty(DateRecognizer.Find(text));

    private static List<PersonMention> People(string sentence)
        => s_context.People.Find(Typography.Fold(sentence), Tokens(sentence), _ => false, _ => false);

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
        Assert.Equal(Typography.Fold(title), person.Title?.Title);
        Assert.Equal(rank, person.Rank);
    }

    // Officials written in French (lexicon.tsv: the French ranks, offices, their qualifiers, bodies and connectors, "M." before a
    // name; countries.tsv columns 7 and 8): a rank in lower case before the name, an office before it or in apposition after it,
    // the state in a "de/du/des" phrase or a demonym in lower case, elided articles ("d'état-major", "l'Armée").
    [Theory]
    [InlineData("Selon le général Kel Arlo, directeur général du Centre, la visite …", "Kel Arlo", "directeur général du Centre", "Général", null)]
    [InlineData("Général de corps d’armée Tomas Dosk, vice-ministre laotien de la Défense, a salué les cadets.", "Tomas Dosk", "vice-ministre laotien de la Défense", "Général de corps d'armée", "LA")]
    [InlineData("La réunion entre le général Ana Vesk, commandant de la Marine royale de Thaïlande, et son hôte.", "Ana Vesk", "commandant de la Marine royale de Thaïlande", "Général", "TH")]
    [InlineData("Lors de sa visite, le ministre malaisien de la Défense, Ilse Marvo, a annoncé une aide.", "Ilse Marvo", "ministre malaisien de la Défense", null, "MY")]
    [InlineData("Le général Arlo Kelm, chef d'état-major et commandant adjoint de la Marine malienne, a parlé hier.", "Arlo Kelm", "chef d'état-major et commandant adjoint de la Marine malienne", "Général", "ML")]
    [InlineData("Nous avons vu le ministre délégué à la Défense nationale Tarek Vessani hier.", "Tarek Vessani", "ministre délégué à la Défense nationale", null, null)]
    [InlineData("Le ministre délégué à la Défense, M. Kel Dosk, a reçu l'ambassadeur.", "Kel Dosk", "ministre délégué à la Défense", null, null)]
    [InlineData("Il a rencontré Mme Ana Kelm, directrice générale des relations internationales du ministère français des Armées.", "Ana Kelm", "directrice générale des relations internationales du ministère français des Armées", null, "FR")]
    [InlineData("Selon la lieutenante-générale Ana Dosk, directrice générale du Centre, la visite a eu lieu.", "Ana Dosk", "directrice générale du Centre", "Lieutenante-générale", null)]
    [InlineData("Le vice-amiral d'escadre Kel Arlo, commandant de la Marine malienne, a parlé hier.", "Kel Arlo", "commandant de la Marine malienne", "Vice-amiral d'escadre", "ML")]
    [InlineData("Le général de corps aérien Tomas Dosk, commandant de l'Armée de l'air malienne, a parlé hier.", "Tomas Dosk", "commandant de l'Armée de l'air malienne", "Général de corps aérien", "ML")]
    [InlineData("Le général de brigade aérienne Arlo Vesk, commandant de l'Armée de l'air malienne, a parlé hier.", "Arlo Vesk", "commandant de l'Armée de l'air malienne", "Général de brigade aérienne", "ML")]
    [InlineData("Le médecin général Ana Vesk, directrice du Centre, a parlé hier.", "Ana Vesk", "directrice du Centre", "Médecin général", null)]
    [InlineData("Le chef de bataillon Kel Arlo, commandant du Centre, a parlé hier.", "Kel Arlo", "commandant du Centre", "Chef de bataillon", null)]
    // The forty-fourth round: the ranks written with capitals inside a sentence, read as the rank and no part of the name.
    [InlineData("Il a salué le Capitaine Kel Arlo, président de la Transition, à Kelm.", "Kel Arlo", "président de la Transition", "Capitaine", null)]
    [InlineData("Le Capitaine de Corvette Ana Dosk, attaché de défense adjoint, a parlé hier.", "Ana Dosk", "attaché de défense adjoint", "Capitaine de corvette", null)]
    [InlineData("Le Général de Corps d’Armée Tomas Vesk, chef d'état-major des armées, a reçu la délégation.", "Tomas Vesk", "chef d'état-major des armées", "Général de corps d'armée", null)]
    [InlineData("Le Général de Division Arlo Kelm, commandant de la Marine malienne, a parlé hier.", "Arlo Kelm", "commandant de la Marine malienne", "Général de division", "ML")]
    // The forty-third round: a spokesperson's office, with the name after a comma or directly after the office.
    [InlineData("D'après le porte-parole du ministère malien de la Défense Kel Arlo, la ligne servira aux deux armées.", "Kel Arlo", "porte-parole du ministère malien de la Défense", null, "ML")]
    [InlineData("La nouvelle a été donnée mardi par la porte-parole du ministère malien de la Défense, Ana Dosk, à Kelm.", "Ana Dosk", "porte-parole du ministère malien de la Défense", null, "ML")]
    // The forty-fourth round: a captain's rank capitalised before the name, alone or of the navy.
    [InlineData("Le Capitaine de Corvette Kel Arlo, commandant du Centre, a parlé hier.", "Kel Arlo", "commandant du Centre", "Capitaine de corvette", null)]
    [InlineData("Il a salué son Excellence le Capitaine Ana Dosk, président de la Transition du Mali.", "Ana Dosk", "président de la Transition du Mali", "Capitaine", "ML")]
    // The sixty-sixth round: the courtesy "M." between an office's last lower-case word and the name, with no comma.
    [InlineData("Le général a reçu mardi l'ambassadeur britannique M. Tom Brill à Kelm.", "Tom Brill", "ambassadeur britannique", null, "GB")]
    [InlineData("Elle a salué hier l'attaché de défense malien M. Kel Arlo au Centre.", "Kel Arlo", "attaché de défense malien", null, "ML")]
    public void Officials_written_in_french_are_found_with_their_titles_ranks_and_states(string sentence, string name, string title, string? rank, string? country)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(Typography.Fold(title), person.Title?.Title);
        Assert.Equal(rank, person.Rank);
        Assert.Equal(country, person.Title?.Country);
    }

    // Guard (the sixty-sixth round): after "et" the courtesy "M." opens a further person of a list, whom the office before is
    // not given.
    [Fact]
    public void A_french_courtesy_after_et_takes_no_office_before_it()
        => Assert.DoesNotContain(People("Le directeur du Centre et M. Tom Brill sont arrivés hier à Kelm."), p => p.Name == "Tom Brill" && p.Title is not null);

    // Officials written in Spanish (lexicon.tsv: the Spanish ranks, offices, qualifiers, bodies and connectors; countries.tsv
    // columns 7 and 8): an office before the name or in apposition after it, a lower-case demonym inside it, a state in a "de"
    // phrase, and the article "el" after the comma before the rank ("…, el general Kel Arlo") or before an apposition.
    [Theory]
    [InlineData("El ministro boliviano de Defensa, Kel Arlo, explicó el convenio.", "Kel Arlo", "ministro boliviano de Defensa", null, "BO")]
    [InlineData("Lo dijo el comandante de la Armada de Paraguay, el general Ana Dosk, en Kelm.", "Ana Dosk", "comandante de la Armada de Paraguay", "General", "PY")]
    [InlineData("Habló luego el comandante general del Ejército de Colombia, el almirante Tomas Vesk.", "Tomas Vesk", "comandante general del Ejército de Colombia", "Almirante", "CO")]
    [InlineData("Lo saludó el primer ministro Arlo Kelm en la capital.", "Arlo Kelm", "primer ministro", null, null)]
    [InlineData("Se reunió con Ilse Marvo, el titular de Defensa de Brasil, en Kelm.", "Ilse Marvo", "titular de Defensa de Brasil", null, "BR")]
    [InlineData("Firmó con su colega boliviano, Tarek Vessani, un memorando.", "Tarek Vessani", "colega boliviano", null, "BO")]
    public void Officials_written_in_spanish_are_found_with_their_titles_ranks_and_states(string sentence, string name, string title, string? rank, string? country)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(Typography.Fold(title), person.Title?.Title);
        Assert.Equal(rank, person.Rank);
        Assert.Equal(country, person.Title?.Country);
    }

    // Guard: the words of a Spanish body start no name ("la Armada Real de Ostria", "las Fuerzas Navales Reales").
    [Fact]
    public void Spanish_bodies_after_an_office_are_no_people()
        => Assert.DoesNotContain(People("La escuela de la Armada Real de Tailandia recibió la visita del general."), p => p.Name.Contains("Real", StringComparison.Ordinal));

    // Guard (the forty-fourth round): a capitalised French rank is never read into the name after it, and alone before no
    // name it makes no person.
    [Fact]
    public void A_capitalised_french_rank_is_no_part_of_a_name()
    {
        Assert.DoesNotContain(People("Le Capitaine Kel ARLO a reçu les clés."), p => p.Name.Contains("Capitaine", StringComparison.Ordinal));
        Assert.DoesNotContain(People("Le Capitaine de Corvette Dosk a parlé."), p => p.Name.Contains("Corvette", StringComparison.Ordinal));
        Assert.Empty(People("Le Capitaine du port de Kelm a reçu les navires."));
    }

    // Guards: the particles after the French words of an office or body start no name ("Chef de la Défense", "président de la
    // Transition"), and "M."
    // after a name word is a middle initial, as in English.
    [Theory]
    [InlineData("Le Chef de la Défense a reçu la délégation.", "Défense")]
    [InlineData("Le chef de la Marine de la République du Tchad est arrivé.", "République du Tchad,Tchad")]
    [InlineData("Un président de la Transition du Mali a reçu la délégation.", "Transition du Mali,Mali")]
    public void French_bodies_after_an_office_are_no_people(string sentence, string notNames)
    {
        var names = People(sentence).Select(p => p.Name).ToList();
        foreach (var notName in notNames.Split(',')) Assert.DoesNotContain(names, n => n.EndsWith(notName, StringComparison.Ordinal));
    }

    [Fact]
    public void A_capital_m_and_its_stop_inside_a_name_is_an_initial()
        => Assert.Contains(People("Defence Minister Tom M. Reid met the envoys."), p => p.Name == "Tom M. Reid");

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

    // Middle initials run together, with or without the last one's full stop; a body's initials before a body word stay out.
    [Theory]
    [InlineData("Defence Minister Kel Arlo hosted General Tomas E.O. Vesk in Kelm.", "Tomas E.O. Vesk")]
    [InlineData("General Tomas E.O Vesk said he was pleased with the talks.", "Tomas E.O Vesk")]
    [InlineData("The pact was signed by Brigadier T.R.K. Dosk and the attache.", "T.R.K. Dosk")]
    public void A_run_of_middle_initials_stays_inside_the_name(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    // An initial glued by its full stop to the family name is one word of the name; initials of a body or a state are none.
    [Theory]
    [InlineData("Defence Minister K.Arlovas thanked his Ostrian counterpart for the visit.", "K.Arlovas")]
    [InlineData("The State Secretary of the Vesk Ministry of Defence, Major General T.Dossbaatar, visited Kelm.", "T.Dossbaatar")]
    [InlineData("Deputy PM B.Ganzorigt received the Ostrian minister in Kelm.", "B.Ganzorigt")]
    public void An_initial_glued_to_the_family_name_is_part_of_the_name(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    [Theory]
    [InlineData("Captain Kel Arlo met U.S.Navy sailors in Kelm.", "Navy")]
    [InlineData("Defence Minister Kel Arlo flew to S.Korea on Monday.", "Korea")]
    public void A_glued_initial_before_a_body_or_a_state_joins_no_name(string sentence, string word)
        => Assert.DoesNotContain(People(sentence), p => p.Name.Contains(word));

    [Fact]
    public void A_bodys_initials_before_a_body_word_join_no_name()
        => Assert.DoesNotContain(People("Captain Kel Arlo met U.S. Navy sailors in Kelm."), p => p.Name.Contains("U.S"));

    [Theory]
    [InlineData("Defence Minister Richard Marles Thursday hosted his counterpart in Geelong.", "Richard Marles")]
    [InlineData("Turkish Defence Minister Ismet Yilmaz May 15 met his Azerbaijani counterpart.", "Ismet Yilmaz")]
    // An abbreviated month with its full stop ("Oct. 15") ends the name as the month alone does.
    [InlineData("Rear Admiral Kelan Arlo Oct. 15 opened the exercise at the port.", "Kelan Arlo")]
    [InlineData("Defence Minister Ivo Brandt Sept. 3 opened the range.", "Ivo Brandt")]
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

    // Words of a body's own name inside an office (capitalised, no vocabulary) go on with the office when a connector, a modifier,
    // a body's word or a possessive stands before them and the office goes on after them; another person's name after an office
    // or a verb still ends it.
    [Theory]
    [InlineData("Kel Arlo, director of the Bureau for Vesk Studies and Dosk-planning at the college, attended.", "Kel Arlo", "director of the Bureau for Vesk Studies and Dosk-planning at the college")]
    [InlineData("The Deputy Minister of Arlo Reforms of Chile, Tomas Dosk, attended.", "Tomas Dosk", "Deputy Minister of Arlo Reforms of Chile")]
    [InlineData("The chairman of Peru's Kelm Arbitration Council, Ana Dosk, spoke.", "Ana Dosk", "chairman of Peru's Kelm Arbitration Council")]
    [InlineData("Kel Dara, the agency's Central Office of Kelm and Sea Affairs deputy head, spoke.", "Kel Dara", "agency's Central Office of Kelm and Sea Affairs deputy head")]
    public void Words_of_a_bodys_name_inside_an_office_stay_in_it(string sentence, string name, string title)
        => Assert.Equal(title, People(sentence).Single(p => p.Name == name).Title?.Title);

    [Theory]
    [InlineData("Defence Minister Ana Keller and Director Tom Reid met the cadets.", "Tom Reid", "Director")]
    [InlineData("They met Tom Reid and Director Ana Keller in the morning.", "Ana Keller", "Director")]
    [InlineData("Norway's minister for foreign affairs Tom Reid and German ambassador Ana Keller opened the hall.", "Ana Keller", "German ambassador")]
    public void A_persons_name_before_an_office_still_ends_it(string sentence, string name, string title)
    {
        var people = People(sentence);
        Assert.Equal(title, people.Single(p => p.Name == name).Title?.Title);
        Assert.DoesNotContain(people, p => p.Title?.Title.Contains("Keller and") == true || p.Title?.Title.Contains("Reid and") == true);
    }

    [Fact]
    public void A_bodys_words_before_a_modifier_stay_in_the_office()
        => Assert.Equal("Executive Secretary of the Vesk Joint Force",
            People("He was joined by Tom Reid, Executive Secretary of the Vesk Joint Force.").Single(p => p.Name == "Tom Reid").Title?.Title);

    // "the defence ministers of the three countries A, B and C": a plural office of the states as a group heads the list after it.
    [Theory]
    [InlineData("The pact was signed by the defence ministers of the three countries Kel Arlo, Ana Dosk and Tomas Vesk on Friday.")]
    [InlineData("It was signed by army chiefs of both states Kel Arlo and Ana Dosk.")]
    // The two states named after the plural office, with or without a comma before the list.
    [InlineData("The defence ministers of Norway and Chile, Kel Arlo and Ana Dosk, met in Kelm on Thursday.")]
    [InlineData("Defence Ministers of Norway and Chile Kel Arlo and Ana Dosk signed two agreements.")]
    // The body of the plural office between it and the states (the fortieth round).
    [InlineData("The ministers of Defence of Norway and Chile, Kel Arlo and Ana Dosk, met in Kelm on Thursday.")]
    [InlineData("Later the Ministers of Defence of the two countries, Kel Arlo and Ana Dosk, agreed to renew the pact.")]
    // A state of several words is read whole, either of the two (the forty-first round).
    [InlineData("The defence ministers of Norway and South Sudan, Kel Arlo and Ana Dosk, met in Kelm on Thursday.")]
    [InlineData("The army chiefs of South Sudan and Papua New Guinea, Kel Arlo and Ana Dosk, met in Kelm on Thursday.")]
    public void Names_listed_after_a_plural_office_of_the_states_take_it(string sentence)
    {
        var people = People(sentence);
        Assert.True(people.Count >= 2);
        Assert.All(people, p => Assert.NotNull(p.Title));
    }

    [Theory]
    [InlineData("The pilots of the three countries Kel Arlo, Ana Dosk and Tomas Vesk met.")]
    [InlineData("The people of the three countries Kel Arlo and Ana Dosk met.")]
    [InlineData("The pilots of Norway and Chile, Kel Arlo and Ana Dosk, flew.")]
    [InlineData("The pilots of Kelm Air of Norway and Chile, Kel Arlo and Ana Dosk, flew.")]
    public void Names_after_other_words_of_the_states_take_no_office(string sentence)
        => Assert.DoesNotContain(People(sentence), p => p.Title is not null);

    // A retired officer's mark in brackets between the rank and the name (lexicon.tsv retired-marks; segment.tsv keeps "Rtd."
    // inside the sentence): the rank is the holder's (the fortieth round).
    [Theory]
    [InlineData("Major General (Retd) Kel Arlo led the delegation.", "Kel Arlo", "Major General")]
    [InlineData("Major General (Rtd.) Kel Arlo led the delegation.", "Kel Arlo", "Major General")]
    [InlineData("The talks were held with the Veskan vice president, Brigadier (Ret'd) Ana Dosk, on Monday.", "Ana Dosk", "Brigadier")]
    [InlineData("Defence Secretary General (retired) Tomas Vesk met them.", "Tomas Vesk", "General")]
    // The forty-fifth round: the short mark "(R)" or "(r)".
    [InlineData("Veskan Defence Minister General (r) Tomas Vesk called on the army chief.", "Tomas Vesk", "General")]
    [InlineData("The accord was signed by Secretary of Defence Production General (R) Kel Arlo on Monday.", "Kel Arlo", "General")]
    public void A_rank_before_a_retired_officers_mark_is_the_holders(string sentence, string name, string rank)
        => Assert.Equal(rank, People(sentence).Single(p => p.Name == name).Rank);

    // Other words in brackets, or the mark after no rank, give no rank.
    [Theory]
    [InlineData("Major General (Kelm) Kel Arlo led the delegation.")]
    [InlineData("The ships of the Navy (Ret) Kel Arlo sailed.")]
    [InlineData("General Ana Dosk (R) and Kel Arlo shook hands.")]
    public void Other_words_in_brackets_before_a_name_give_it_no_rank(string sentence)
        => Assert.DoesNotContain(People(sentence), p => p.Name == "Kel Arlo" && p.Rank is not null);

    [Fact]
    public void A_list_of_names_after_a_comma_is_no_apposition()
        => Assert.Null(People("Ana Dosk, Defence Minister Tom Reid and Kel Arlo met.").SingleOrDefault(p => p.Name == "Ana Dosk")?.Title);

    // Bodies and portfolios named in offices (lexicon.tsv organization-words): never a name's first or last word.
    [Theory]
    [InlineData("Minister of Defence and Military Veterans Ana Dosk met him.", "Ana Dosk", "Minister of Defence and Military Veterans")]
    [InlineData("Minister of Trade and Treasury, Hon Kel Arlo MP, spoke.", "Kel Arlo", "Minister of Trade and Treasury")]
    [InlineData("He met the State Minister of Cabinet Affairs Tomas Dosk on Monday.", "Tomas Dosk", "State Minister of Cabinet Affairs")]
    [InlineData("Mr. Ana Vesk, Minister Delegate to the Presidency, opened the talks.", "Ana Vesk", "Minister Delegate to the Presidency")]
    public void Portfolios_in_an_office_are_no_names(string sentence, string name, string title)
        => Assert.Equal(title, People(sentence).Single(p => p.Name == name).Title?.Title);

    [Theory]
    [InlineData("Instructors drilled the Defence Minister's Escort Unit on Monday.")]
    [InlineData("The ministry of Defence, War Veterans and Victims held a rally.")]
    public void A_unit_or_veterans_ends_no_name(string sentence)
        => Assert.Empty(People(sentence));

    [Theory]
    [InlineData("UNDP representative in Laos and Norwegian ambassador to Laos Oskar Lindqvist handed over the grant on Monday.", "Oskar Lindqvist", "NO")]
    [InlineData("Regional envoy on Vietnam Ana Ferreira met the committee on Monday.", "Ana Ferreira", null)]
    [InlineData("Norwegian Ambassador to Laos Oskar Lindqvist met the committee on Monday.", "Oskar Lindqvist", "NO")]
    [InlineData("The Minister of Defence of Thailand Anan Srisuk met the committee on Monday.", "Anan Srisuk", "TH")]
    [InlineData("Spokesman for the Ministry of Defence in Laos Khamla Vongsa said the talks went well.", "Khamla Vongsa", "LA")]
    [InlineData("The visitors were welcomed on Monday by Thai Defence Minister Anan Srisuk.", "Anan Srisuk", "TH")]
    public void A_country_after_to_or_on_in_a_title_is_not_the_holders_and_one_after_in_only_when_no_other_is_named(string sentence, string name, string? country)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(country, person.Title?.Country);
    }

    [Theory]
    [InlineData("The pact was signed by the Secretary-General of the Ministry of Defence, Datuk Aminah Zain, and her guest.", "Aminah Zain", "Secretary-General of the Ministry of Defence", null)]
    [InlineData("It was attended by Singapore's Chief of Defence Force, Vice-Admiral Tan Wei Liang, and others.", "Tan Wei Liang", "Singapore's Chief of Defence Force", "Vice Admiral")]
    [InlineData("The next day the task group commander, Capt Vikram Rao, called on the governor.", "Vikram Rao", "task group commander", "Captain")]
    // A rank written with an abbreviation and a full word ("Maj General", "Lt. General", "Lt. Col") is the rank whole, so the
    // office before the comma is reached as after "Major General".
    [InlineData("The visitor called on the Minister of Naval Affairs, Maj General Kel Arlo, after the parade.", "Kel Arlo", "Minister of Naval Affairs", "Major General")]
    [InlineData("The visitor called on the Minister of Naval Affairs, Maj. General Kel Arlo, after the parade.", "Kel Arlo", "Minister of Naval Affairs", "Major General")]
    [InlineData("The Commander of the Vesk Guard, Lt. General Ana Dosk, opened the drill.", "Ana Dosk", "Commander of the Vesk Guard", "Lieutenant General")]
    [InlineData("The head of the Kelm Academy, Lt. Col Tomas Brandt, greeted them.", "Tomas Brandt", "head of the Kelm Academy", "Lieutenant Colonel")]
    public void A_title_before_a_comma_reaches_past_honorifics_and_a_rank(string sentence, string name, string title, string? rank)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(Typography.Fold(title), person.Title?.Title);
        Assert.Equal(rank, person.Rank);
    }

    // A member's style of a legislature ("Senator") alone before a name, with only honorifics between, is read as the office;
    // after an office and its comma the office is the person's and the style how they are addressed. Without an office before
    // the comma, or without the comma, the style stays the title.
    [Theory]
    [InlineData("Minister for Kelm Affairs, Senator the Hon Ana Dosk CSC, said the boats mattered.", "Ana Dosk", "Minister for Kelm Affairs")]
    [InlineData("He came with the Secretary for Naval Affairs, Senator the Hon Tomas Brandt and the Chief of Army.", "Tomas Brandt", "Secretary for Naval Affairs")]
    [InlineData("Minister for Defence, Senator Ana Dosk, opened the yard.", "Ana Dosk", "Minister for Defence")]
    [InlineData("Senator Ana Dosk said the boats mattered.", "Ana Dosk", "Senator")]
    [InlineData("After the talks, Senator Ana Dosk said the boats mattered.", "Ana Dosk", "Senator")]
    public void A_members_style_after_an_office_and_its_comma_gives_way_to_the_office(string sentence, string name, string title)
        => Assert.Equal(title, People(sentence).Single(p => p.Name == name).Title?.Title);

    // A bare office after a rank and a name goes on past its commas with the bodies it heads, each a short capitalised run that
    // ends in an organisation's head word (and a number); a name, a body of no head word or an office that already names its
    // body stays as it was. "commanding" is a word of an office ("commanding officer", "General Officer Commanding").
    [Theory]
    [InlineData("Rear Admiral Kel Arlo, commander, Kelm Task Force 9, greeted the crews.", "Kel Arlo", "commander, Kelm Task Force 9", null)]
    [InlineData("Major General Tomas Vesk, General Officer Commanding, 12 Harbour Division, Chilean Army welcomed the guests.", "Tomas Vesk", "General Officer Commanding, 12 Harbour Division, Chilean Army", "CL")]
    [InlineData("Colonel Ana Dosk, commanding officer of the Vesk Brigade, led her troops.", "Ana Dosk", "commanding officer of the Vesk Brigade", null)]
    [InlineData("Lt Gen Kel Arlo, the Commanding General of Peru's Kelm Division, opened the drill.", "Kel Arlo", "Commanding General of Peru's Kelm Division", "PE")]
    [InlineData("Captain Kel Arlo, commander, Tom Reid and Ana Dosk attended.", "Kel Arlo", "commander", null)]
    [InlineData("Colonel Kel Arlo, commander, Kelm East, said the drill went well.", "Kel Arlo", "commander", null)]
    [InlineData("Colonel Kel Arlo, commander of the Vesk Brigade, Harbour Division, said it went well.", "Kel Arlo", "commander of the Vesk Brigade", null)]
    public void A_bare_office_goes_on_past_its_commas_with_the_bodies_it_heads(string sentence, string name, string title, string? country)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(title, person.Title?.Title);
        Assert.Equal(country, person.Title?.Country);
    }

    // An apposition may name its body before the office word ("…, Vesk Harbour Guard commanding general"): a capitalised run that
    // is a body (an acronym, an organisation's word or a possessive in it), lower-case words of the office and its head word are
    // the office whole. A list of names, a run that goes on into another name, an article before the body and a run with no office
    // word give no title this way.
    [Theory]
    [InlineData("Colonel Kel Arlo, Vesk Harbour Guard commanding general, opened the drill.", "Kel Arlo", "Vesk Harbour Guard commanding general")]
    [InlineData("Captain Ana Dosk, KNS Morrow's Commanding Officer, welcomed the guests.", "Ana Dosk", "KNS Morrow's Commanding Officer")]
    [InlineData("Major General Tomas Arden, KAF Chief of Staff, and his guest spoke.", "Tomas Arden", "KAF Chief of Staff")]
    [InlineData("Ivo Brandt, VDF Press Affairs Service chief told reporters the talks went well.", "Ivo Brandt", "VDF Press Affairs Service chief")]
    [InlineData("Admiral Piet Arlo, Royal Navy Commander, held talks with the guests.", "Piet Arlo", "Royal Navy Commander")]
    [InlineData("Lieutenant General Kel Dosk, KRA Deputy Commander and Head of Harbour Division, led the delegation.", "Kel Dosk", "KRA Deputy Commander and Head of Harbour Division")]
    public void An_apposition_may_name_its_body_before_the_office_word(string sentence, string name, string title)
        => Assert.Equal(title, People(sentence).Single(p => p.Name == name).Title?.Title);

    [Theory]
    [InlineData("Colonel Kel Arlo, Ana Dosk and Navy chief Ivo Brandt attended the drill.", "Kel Arlo")]
    [InlineData("Colonel Kel Arlo, Kelm Harbour Guard Commander Ana Dosk and their staff attended.", "Kel Arlo")]
    [InlineData("He thanked Colonel Kel Arlo, Kelm Harbour Guard, for the drill.", "Kel Arlo")]
    [InlineData("Colonel Kel Arlo, Tomas Dosk commander, opened the drill.", "Kel Arlo")]
    // A headline that ends in the body, with no full stop.
    [InlineData("Thanks to Colonel Kel Arlo, Kelm Harbour Guard", "Kel Arlo")]
    public void A_body_before_no_office_word_or_before_another_name_gives_no_title(string sentence, string name)
        => Assert.Null(People(sentence).Single(p => p.Name == name).Title);

    // A state and its service right before the rank ("U.S. Navy Rear Adm.", "Guatemalan Army Colonel") are the holder's state,
    // whether the office follows in an apposition or no office is told; an office before the rank, a state named after the
    // name, a state with no service between it and the rank, and a service of no state give no state this way.
    [Theory]
    [InlineData("U.S. Navy Rear Adm. Kel Arlo, commander, Kelm Task Force 9, greeted the crews.", "Kel Arlo", "US")]
    [InlineData("The drill was opened by Peruvian Army Colonel Tomas Dosk and his staff.", "Tomas Dosk", "PE")]
    [InlineData("Royal Thai Navy Vice Adm. Ana Morrow thanked the crews.", "Ana Morrow", "TH")]
    [InlineData("United States Marine Corps Brigadier General Ivo Brandt spoke first.", "Ivo Brandt", "US")]
    [InlineData("Chilean Armed Forces General Piet Arlo, deputy director of the drill, spoke.", "Piet Arlo", "CL")]
    [InlineData("Navy Rear Adm. Kel Arlo greeted the crews.", "Kel Arlo", null)]
    [InlineData("Pacific Fleet Commander Admiral Kel Arlo greeted the crews.", "Kel Arlo", null)]
    [InlineData("Chilean Army Colonel Tomas Dosk of Peru and his staff opened the drill.", "Tomas Dosk", "PE")]
    public void A_state_and_its_service_before_the_rank_are_the_holders_state(string sentence, string name, string? country)
        => Assert.Equal(country, People(sentence).Single(p => p.Name == name).Title?.Country);

    // A body of one state that the built-in gazetteer knows (default-corpus.yaml) gives its state to an office of it.
    [Theory]
    [InlineData("Rear Admiral Ana Dosk, chief of the PLA training flotilla, came aboard.", "Ana Dosk", "CN")]
    [InlineData("Tomas Arlo, Kelm Army National Guard deputy commander, opened the drill.", "Tomas Arlo", "US")]
    public void A_body_of_one_state_in_an_office_gives_its_state(string sentence, string name, string country)
        => Assert.Equal(country, People(sentence).Single(p => p.Name == name).Title?.Country);

    // "High" is a word of an office ("High Commissioner"): the state before it is the holder's, and the office is read whole.
    [Theory]
    [InlineData("Her Excellency Canadian High Commissioner Ana Dosk toured the camp.", "Ana Dosk", "Canadian High Commissioner", "CA")]
    [InlineData("Indian High Commissioner Kel Arlo attended the ceremony.", "Kel Arlo", "Indian High Commissioner", "IN")]
    [InlineData("Deputy High Commissioner of Kenya to Uganda Tomas Dosk took part.", "Tomas Dosk", "Deputy High Commissioner of Kenya to Uganda", "KE")]
    public void A_high_commissioner_is_read_whole(string sentence, string name, string title, string? country)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(title, person.Title?.Title);
        Assert.Equal(country, person.Title?.Country);
    }

    // A courtesy written with its full stop ("Hon.") or with "His"/"Her" ("His Excellency") between an office and the name:
    // the office before it is the holder's, with its state.
    [Theory]
    [InlineData("Chilean Defence Minister Hon. Tomas Dosk welcomed the cadets.", "Tomas Dosk", "Chilean Defence Minister", "CL")]
    [InlineData("The pier was opened by the Peruvian Navy Minister, His Excellency Ana Keller, on Monday.", "Ana Keller", "Peruvian Navy Minister", "PE")]
    [InlineData("State Minister of Defence Dr. Kel Arlo toured the yard.", "Kel Arlo", "State Minister of Defence", null)]
    public void An_office_before_a_courtesy_with_its_stop_or_possessive_is_the_holders(string sentence, string name, string title, string? country)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(title, person.Title?.Title);
        Assert.Equal(country, person.Title?.Country);
    }

    // Another person's name and "and" before an office: the office read back from the holder ends at "and", and its state is
    // the holder's; one unknown office word before "and" stays inside the office.
    [Theory]
    [InlineData("Norland Secretary of Defence Tomas Arlo and Peru's Defence Minister Kel Vesk agreed on drills.", "Kel Vesk", "Peru's Defence Minister", "PE")]
    [InlineData("Ostrian Chief of Naval Staff Ana Dosk and New Zealand Defence Minister Kel Vesk spoke after the talks.", "Kel Vesk", "New Zealand Defence Minister", "NZ")]
    [InlineData("Secretary of State Tomas Arlo and Defence Secretary Kel Vesk will attend the forum.", "Kel Vesk", "Defence Secretary", null)]
    [InlineData("Chilean State Councillor and Defence Minister Kel Vesk began a visit.", "Kel Vesk", "Chilean State Councillor and Defence Minister", "CL")]
    public void A_name_and_and_before_an_office_end_the_office_read_back(string sentence, string name, string title, string? country)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(title, person.Title?.Title);
        Assert.Equal(country, person.Title?.Country);
    }

    // "his/her <state> counterpart" after the sentence's first person, named with an office: the counterpart holds that
    // office, without the first person's state, and keeps the state of their own words.
    [Theory]
    [InlineData("Norwegian Defence Minister Arlo Vesk met his Chilean counterpart, General Ilse Morrow, in Oslo.", "Ilse Morrow", "Defence Minister", "CL")]
    [InlineData("The talks between Prime Minister Kel Dosk and her Peruvian counterpart Tomas Arlo ended.", "Tomas Arlo", "Prime Minister", "PE")]
    [InlineData("Defence Minister Arlo Vesk and his counterpart Ilse Morrow signed it.", "Ilse Morrow", "Defence Minister", null)]
    // Someone named between the first person and "his": the pronoun may be theirs, and the counterpart's office is left.
    [InlineData("Chief Kel Arlo called on Minister Tomas Dosk, after which he met his Chilean counterpart, Ilse Morrow.", "Ilse Morrow", "Chilean counterpart", "CL")]
    // The first person named without an office: nothing to take.
    [InlineData("Kel Arlo met his Chilean counterpart Ilse Morrow.", "Ilse Morrow", "Chilean counterpart", "CL")]
    // A state inside the first person's office (a dateline's city before it): the counterpart shares none of it.
    [InlineData("OSLO Norwegian Defence Minister Arlo Vesk met his Chilean counterpart Ilse Morrow.", "Ilse Morrow", "Chilean counterpart", "CL")]
    public void A_counterpart_holds_the_office_of_the_sentences_first_person(string sentence, string name, string title, string? country)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal(title, person.Title?.Title);
        Assert.Equal(country, person.Title?.Country);
    }

    // After "and" in a list, a courtesy with its full stop opens the next person: the office before "and" is the last one's.
    [Fact]
    public void A_courtesy_after_and_in_a_list_takes_no_office_before_it()
    {
        var person = People("The pact was signed by the Defence Minister of Chile and Engr. Tomas Dosk, executive secretary of the commission.")
            .Single(p => p.Name == "Tomas Dosk");
        Assert.Null(person.Title?.Country);
        Assert.DoesNotContain("Chile", person.Title?.Title ?? "");
    }

    // A ship's or a body's name after "of the" at the end of an office is no person holding it.
    [Fact]
    public void A_name_after_of_the_in_an_office_is_no_person()
    {
        var people = People("Rear Admiral Ana Dosk, head of the naval commanding group of the Kelm Vesk ship, came aboard.");
        Assert.DoesNotContain(people, p => p.Name == "Kelm Vesk");
        // The office after the comma ends before the ship's name.
        Assert.Equal("head of the naval commanding group", people.Single(p => p.Name == "Ana Dosk").Title?.Title);
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
    [InlineData("The envoy Gal Hadar met the minister in Kelm.", "Gal Hadar", null)]
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
    [InlineData("The wing was led by Group Captain Neil Brandt of Australia.", "Neil Brandt", "Group Captain")]
    [InlineData("The pilots were received by Wg Cdr Tomas Vesk on Monday.", "Tomas Vesk", "Wing Commander")]
    [InlineData("The exercise was opened by Sqn Ldr Kel Arlo in Kelm.", "Kel Arlo", "Squadron Leader")]
    // The sixty-second round: the Indonesian ranks, read in the text's own words.
    [InlineData("Pada hari Senin, Mayor Jenderal Kel Arlo memberi sambutan di Kelm.", "Kel Arlo", "Mayor Jenderal")]
    [InlineData("Dalam acara itu, Kolonel Ana Dosk menjelaskan kerja sama kedua negara.", "Ana Dosk", "Kolonel")]
    [InlineData("Laksamana Muda Tomas Vesk tiba di Kelm pada hari Senin.", "Tomas Vesk", "Laksamana Muda")]
    public void Abbreviated_and_compound_ranks_are_read_whole(string sentence, string name, string rank)
        => Assert.Equal(rank, People(sentence).Single(p => p.Name == name).Rank);

    [Theory]
    [InlineData("He also met Party General Secretary To Van Hai in Hanoi.", "To Van Hai")]
    [InlineData("Defence Minister Tanabe, visiting Vientiane, met his counterpart.", "Tanabe")]
    [InlineData("Stung Treng provincial governor Sok Dara hosted a dinner.", "Sok Dara")]
    public void Names_after_an_office_start_where_the_office_ends(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    // The sixty-sixth round: a capitalised common word that is also a family name (lexicon.tsv [family-name-words]) inside a
    // sentence, after a lower-case word, a comma or a city, starts the name after it; the pronoun at a sentence's start and in
    // a title-cased headline stays no name's word.
    [Theory]
    [InlineData("The premier held talks with He Dongsha, vice chairman of the Vesk Military Commission, on Friday.", "He Dongsha")]
    [InlineData("On his side, He Dongsha, Vesk's deputy defence minister, thanked the hosts.", "He Dongsha")]
    [InlineData("Le chef de l'État a reçu lundi à Vientiane He Dongsha, vice-président de la Commission militaire du Vesk.", "He Dongsha")]
    [InlineData("Le ministre a rappelé la visite du secrétaire général du Parti, To Kelvan.", "To Kelvan")]
    public void A_family_name_that_is_a_common_word_starts_a_name_inside_a_sentence(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    [Theory]
    [InlineData("He Dongsha Arrives In Kelm As He Prepares Talks", "He Prepares")]
    [InlineData("He Thanked the hosts for the talks in Kelm.", "He Thanked")]
    public void A_family_name_that_is_a_common_word_stays_a_word_at_a_start_or_in_a_headline(string sentence, string notName)
        => Assert.DoesNotContain(People(sentence), p => p.Name.Contains(notName));

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
        var reference = Assert.Single(s_context.People.FindOfficeReferences(Tokens(sentence), new List<PersonMention>()));
        Assert.Equal(country, reference.Country);
        Assert.Equal(words, string.Join(" ", reference.Words));
    }

    [Theory]
    [InlineData("The Thai and Lao defence chiefs signed a pact on Friday.", "TH", "LA", "defence chief")]
    [InlineData("The deal was welcomed by the Thai and Lao ministers.", "TH", "LA", "minister")]
    [InlineData("During the trip, the commanders of the Thai and Lao armies will sign a pact.", "TH", "LA", "commander")]
    [InlineData("The defence ministers of Thailand and Laos met in a border town.", "TH", "LA", "defence minister")]
    public void Two_states_offices_are_one_reference_for_each_state(string sentence, string first, string second, string words)
    {
        var references = s_context.People.FindOfficeReferences(Tokens(sentence), new List<PersonMention>());
        Assert.Equal(new[] { first, second }, references.Select(r => r.Country));
        Assert.All(references, r => Assert.True(r.Paired));
        Assert.All(references, r => Assert.Equal(words, string.Join(" ", r.Words)));
    }

    [Theory]
    [InlineData("The Thai and Lao officials signed a pact on Friday.")]
    [InlineData("The two ministers signed a pact on Friday.")]
    [InlineData("The Thai and Lao ministers of health discussed prices.")]
    [InlineData("The Thai and Lao defence ministers also touched upon an old dispute.")]
    [InlineData("The ministers of Thailand and Thailand met.")]
    public void Offices_without_two_states_or_a_meeting_are_no_pair(string sentence)
        => Assert.DoesNotContain(s_context.People.FindOfficeReferences(Tokens(sentence), new List<PersonMention>()), r => r.Paired);

    [Theory]
    [InlineData("The former defence minister said so.")]
    [InlineData("The defence minister Gen. Anan Srisuk said so.")]
    [InlineData("He met the minister of foreign affairs.")]
    [InlineData("They visited the ambassador’s residence.")]
    [InlineData("The ambassador also touched upon the deal signed last year.")]
    public void An_office_that_is_former_named_qualified_or_only_talking_is_no_reference(string sentence)
        => Assert.Empty(s_context.People.FindOfficeReferences(Tokens(sentence), new List<PersonMention>()));

    [Theory]
    [InlineData("Both sides were led by their ministers (Gen. Sok Vanna of Cambodia and Gen. Anan Srisuk of Thailand).", "Anan Srisuk", "TH")]
    [InlineData("It was attended by Air Vice-Marshal Neil Brandt of Australia.", "Neil Brandt", "AU")]
    public void A_country_after_the_name_is_the_persons_country(string sentence, string name, string country)
        => Assert.Equal(country, People(sentence).Single(p => p.Name == name).Title?.Country);

    [Theory]
    [InlineData("Colonel Neil Brandt, Deputy Commander, Brigade No. 4, Australian Army, attended the parade.", "Neil Brandt", "AU")]
    [InlineData("Lt. Col. Somsak Rattana, Director of Training Division, Northern Command, Lao People's Army, opened the course.", "Somsak Rattana", "LA")]
    public void An_apposition_that_goes_on_to_name_a_states_forces_gives_the_office_its_state(string sentence, string name, string country)
        => Assert.Equal(country, People(sentence).Single(p => p.Name == name).Title?.Country);

    [Theory]
    [InlineData("Colonel Neil Brandt, Deputy Commander, Brigade No. 4, Australian Army, Thai Joint Task Force, attended the parade.")]
    [InlineData("Colonel Neil Brandt, Deputy Commander, Brigade No. 4, met the Thai delegation at the parade.")]
    [InlineData("Colonel Neil Brandt, Deputy Commander, Brigade No. 4, on loan to the Thai Army, attended the parade.")]
    public void An_apposition_naming_two_states_or_a_state_after_its_end_gives_none(string sentence)
    {
        var person = People(sentence).Single(p => p.Name == "Neil Brandt");
        Assert.Equal(("Deputy Commander", (string?)null), (person.Title?.Title, person.Title?.Country));
    }

    [Theory]
    [InlineData("Commander Tom Vesker, commanding officer, USS Kelmar, said the crew was ready.", "Tom Vesker", "US")]
    [InlineData("The guests met Commander Ana Dosk, HMAS Ostrava's commanding officer, at the pier.", "Ana Dosk", "AU")]
    [InlineData("Captain Kel Arlo, commanding officer of the KRI Vesk, greeted the hosts.", "Kel Arlo", "ID")]
    public void A_ship_of_one_states_navy_named_in_the_office_gives_that_state(string sentence, string name, string country)
        => Assert.Equal(country, People(sentence).Single(p => p.Name == name).Title?.Country);

    [Theory]
    [InlineData("Commander Tom Vesker, liaison officer to USS Kelmar, said the crew was ready.")]
    [InlineData("Commander Tom Vesker, commanding officer, HMS Kelmar, said the crew was ready.")]
    public void A_ship_prefix_two_states_share_or_an_office_to_a_ship_gives_no_state(string sentence)
        => Assert.Null(People(sentence).Single(p => p.Name == "Tom Vesker").Title?.Country);

    [Theory]
    [InlineData("Major General Tom Vesker, the commander of the 9th Theater Sustainment Command, opened the course.", "Tom Vesker", "US")]
    [InlineData("General Ana Dosk, commander of Centcom, met the minister.", "Ana Dosk", "US")]
    [InlineData("Kel Arlo, a spokesman for the Pentagon, said the talks went well.", "Kel Arlo", "US")]
    [InlineData("General Ana Dosk, the TNI commander, met the minister.", "Ana Dosk", "ID")]
    [InlineData("Lieutenant General Tom Vesker, commander of the Southern Theater Command, arrived.", "Tom Vesker", "CN")]
    [InlineData("Captain Ana Dosk, chief of staff of the Maritime Self-Defense Force's escort flotilla, spoke.", "Ana Dosk", "JP")]
    public void A_body_only_one_state_is_named_by_gives_its_office_that_state(string sentence, string name, string country)
        => Assert.Equal(country, People(sentence).Single(p => p.Name == name).Title?.Country);

    [Theory]
    [InlineData("General Ana Dosk, commander of the Central Command, met the minister.")]
    [InlineData("Ana Dosk, a spokesman for the Royal Navy, said the talks went well.")]
    public void A_body_two_states_name_alike_gives_no_state(string sentence)
        => Assert.Null(People(sentence).Single(p => p.Name == "Ana Dosk").Title?.Country);

    // The thirty-eighth round's armed forces, services, commands and ministries of one state (default-corpus.yaml), by a
    // name or an acronym that holds no state's name or demonym: the office of one gets its state with no state in the sentence.
    [Theory]
    [InlineData("Major General Tom Vesker, commander of the Eastern Military District, arrived.", "Tom Vesker", "RU")]
    [InlineData("Colonel Ana Dosk, a spokesman for the Hellenic Navy, said the talks went well.", "Ana Dosk", "GR")]
    [InlineData("Admiral Kel Arlo, chief of the ROKN, met the minister.", "Kel Arlo", "KR")]
    [InlineData("General Ana Dosk, commander of the Forces armées royales, met the minister.", "Ana Dosk", "MA")]
    [InlineData("Lieutenant General Tom Vesker, the KPA commander, arrived.", "Tom Vesker", "KP")]
    [InlineData("Colonel Ana Dosk, a spokesman for the FAMa, said the patrols would go on.", "Ana Dosk", "ML")]
    [InlineData("Air Commodore Kel Arlo, chief of the RNZAF, met the minister.", "Kel Arlo", "NZ")]
    [InlineData("Kel Arlo, a spokesman for the Department of Defense, said the talks went well.", "Kel Arlo", "US")]
    public void An_armed_force_or_ministry_only_one_state_is_named_by_gives_its_office_that_state(string sentence, string name, string country)
        => Assert.Equal(country, People(sentence).Single(p => p.Name == name).Title?.Country);

    // Left out of the table as two states' bodies: Singapore's and Saudi Arabia's RSAF, the United Kingdom's and Oman's
    // Royal Air Force, the marine corps of many states.
    [Theory]
    [InlineData("General Ana Dosk, commander of the RSAF, met the minister.")]
    [InlineData("Ana Dosk, a spokesman for the Royal Air Force, said the talks went well.")]
    [InlineData("General Ana Dosk, commander of the Marine Corps, met the minister.")]
    public void An_armed_force_two_states_name_alike_gives_no_state(string sentence)
        => Assert.Null(People(sentence).Single(p => p.Name == "Ana Dosk").Title?.Country);

    // PersonRecognizer.PlaceState: invented places of one state, added as corpus.yaml adds them.
    private static readonly ExtractionContext s_kelmar = ExtractionContext.For(GazetteerReader.Read("/c/corpus.yaml",
        "home: KH\nplaces:\n  - { name: Kelmarburg, country: AT }\n  - { name: Ostrava Vale, country: AT }\n  - { name: Dosk Harbour, country: NZ }\n"));

    private static List<PersonMention> PeopleOfKelmar(string sentence)
        => s_kelmar.People.Find(Typography.Fold(sentence), Tokens(sentence), _ => false, _ => false);

    [Theory]
    [InlineData("Ana Dosk, deputy governor of Kelmarburg province, welcomed the guests.", "Ana Dosk")]
    [InlineData("Eastern Kelmarburg Command Spokesperson Major Tom Vesker said the patrols would go on.", "Tom Vesker")]
    [InlineData("Colonel Tom Vesker, spokesperson of the Ostrava Vale Command, said the patrols would go on.", "Tom Vesker")]
    [InlineData("Kelmarburg provincial governor Ana Dosk welcomed the guests.", "Ana Dosk")]
    // The French "de", "du", "des" before the place, as "of" (lexicon.tsv [office-place-links], the forty-eighth round).
    [InlineData("Le visiteur a salué le gouverneur de Kelmarburg Ana Dosk et ses adjoints.", "Ana Dosk")]
    [InlineData("Ana Dosk, gouverneur de la province de Kelmarburg, a reçu les invités.", "Ana Dosk")]
    [InlineData("Le visiteur a salué le gouverneur du Kelmarburg Ana Dosk et ses adjoints.", "Ana Dosk")]
    public void A_place_of_one_state_the_office_is_of_gives_that_state(string sentence, string name)
    {
        var title = PeopleOfKelmar(sentence).Single(p => p.Name == name).Title;
        Assert.Equal("AT", title?.Country);
        Assert.True(title?.CountryByPlace);
    }

    [Theory]
    // A region of places.tsv [regions] (a province, an island) is such a place too.
    [InlineData("Colonel Tom Vesker, spokesperson of the Yunnan Border Command, said the patrols would go on.", "CN")]
    [InlineData("Tom Vesker, deputy governor of Sabah, said the patrols would go on.", "MY")]
    public void A_region_of_one_state_the_office_is_of_gives_that_state(string sentence, string country)
        => Assert.Equal(country, People(sentence).Single(p => p.Name == "Tom Vesker").Title?.Country);

    [Theory]
    // Where the office sits or whom it serves, two states' places, a state named beside the place.
    [InlineData("Tom Vesker, defence attache in Kelmarburg, said the patrols would go on.", null)]
    [InlineData("Commander Tom Vesker, liaison officer to Kelmarburg, said the patrols would go on.", null)]
    [InlineData("Tom Vesker, coordinator of the Kelmarburg Command and of the Dosk Harbour Command, said the patrols would go on.", null)]
    [InlineData("Tom Vesker, the Japanese consul of Kelmarburg, said the patrols would go on.", "JP")]
    // French: the place after "à" is where the office sits; two states' places after "de" give none.
    [InlineData("Tom Vesker, attaché de défense à Kelmarburg, a pris la parole.", null)]
    [InlineData("Tom Vesker, gouverneur de Kelmarburg et de Dosk Harbour, a pris la parole.", null)]
    public void A_place_where_the_office_sits_or_of_two_states_gives_no_state_by_place(string sentence, string? country)
    {
        var title = PeopleOfKelmar(sentence).Single(p => p.Name == "Tom Vesker").Title;
        Assert.Equal(country, title?.Country);
        Assert.False(title?.CountryByPlace ?? false);
    }

    [Theory]
    [InlineData("The pledge was made by the Commander of the Royal Cambodian Navy, H.E. Adm. Mean Sovann, and his guest.", "Mean Sovann", "Commander of the Royal Cambodian Navy")]
    [InlineData("Lt. Gen. Somsak Rattana, head of the Lao directorate of border affairs, arrived.", "Somsak Rattana", "head of the Lao directorate of border affairs")]
    public void Titles_reach_past_honorifics_and_through_lower_case_organisation_words(string sentence, string name, string title)
        => Assert.Equal(title, People(sentence).Single(p => p.Name == name).Title?.Title);

    [Theory]
    // The French "Comité" of a body named in an office (lexicon.tsv [organization-words], the fiftieth round): the office before
    // the comma, or after the name, runs through it ("Comité populaire", "Comité central") as it runs through "Committee".
    [InlineData("Lors de la réunion, le vice-président du Comité populaire, Arlo Vesk, a pris la parole.", "Arlo Vesk", "vice-président du Comité populaire", null)]
    [InlineData("Le président du Comité populaire de la province de Tay Ninh, Arlo Vesk, a salué les invités.", "Arlo Vesk", "président du Comité populaire de la province de Tay Ninh", "VN")]
    [InlineData("Ils ont reçu le général Arlo Vesk, secrétaire du Comité central du Parti, lundi.", "Arlo Vesk", "secrétaire du Comité central du Parti", null)]
    public void A_French_office_of_a_committee_is_read_whole(string sentence, string name, string title, string? country)
    {
        var office = People(sentence).Single(p => p.Name == name).Title;
        Assert.Equal(title, office?.Title);
        Assert.Equal(country, office?.Country);
    }

    [Theory]
    // A region of places.tsv [regions] named whole before the comma that ends such an office is a place, as a city is, no person.
    [InlineData("Le président du Comité populaire de la province de Gia Lai, Arlo Vesk, a salué les invités.")]
    [InlineData("The chairman of the provincial committee of Gia Lai, Arlo Vesk, greeted the guests.")]
    public void A_region_named_whole_is_no_person(string sentence)
    {
        var people = People(sentence);
        Assert.DoesNotContain(people, p => p.Name == "Gia Lai");
    }

    [Theory]
    // A king named as the time or the guide of what is told, after "reign of" or "leadership of", with "His Majesty" or not (patterns.tsv
    // late-before, the fifty-second round), is no official at work, as a late or founding leader is not.
    [InlineData("The old gate of Kelm was rebuilt in the reign of King Arlo Vesk II, the guide told the visitors.", "Arlo Vesk II")]
    [InlineData("The envoy wished both armies success under the leadership of King Dosk.", "Dosk")]
    public void A_king_named_by_his_reign_or_leadership_is_no_official(string sentence, string name)
        => Assert.DoesNotContain(People(sentence), p => p.Name == name);

    [Fact]
    public void A_king_received_in_audience_is_still_read()
        => Assert.Contains(People("The minister was received in audience by His Majesty King Arlo Vesk II on Monday."), p => p.Name.StartsWith("Arlo Vesk"));

    [Theory]
    // A region of places.tsv [regions] is vocabulary in the lexical pass, as a city is (the fifty-second round): the office of it
    // before the comma runs through it, and the name after the comma holds that office and the region's state.
    [InlineData("Au banquet, un président du Comité populaire de Gia Lai, Arlo Vesk, a remercié les invités.", "Arlo Vesk", "président du Comité populaire de Gia Lai", "VN")]
    [InlineData("Au dîner, une vice-présidente du Comité populaire de Dong Thap, Tran Vesk Minh, a salué ses adjoints.", "Tran Vesk Minh", "vice-présidente du Comité populaire de Dong Thap", "VN")]
    // The French spelling of Vietnamese outlets, the circumflex kept and every other mark dropped, is a row of [regions] too.
    [InlineData("La délégation fut accueillie par une vice-présidente du Comité populaire de Dông Nai, Lê Vesk Arlo, lundi.", "Lê Vesk Arlo", "vice-présidente du Comité populaire de Dông Nai", "VN")]
    public void An_office_of_a_region_reaches_the_name_after_the_comma(string sentence, string name, string title, string country)
    {
        var office = People(sentence).Single(p => p.Name == name).Title;
        Assert.Equal(title, office?.Title);
        Assert.Equal(country, office?.Country);
    }

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

    // Name forms of many countries: particles, styles, letters after the name, apostrophes (docs/extraction.md).

    [Theory]
    [InlineData("Defence Minister Marco Aurelio Sousa de Almeida signed the declaration.", "Marco Aurelio Sousa de Almeida")]
    [InlineData("Defence Minister Marta Ruiz de la Vega received the delegation.", "Marta Ruiz de la Vega")]
    [InlineData("Ambassador Pieter van der Berg attended the ceremony.", "Pieter van der Berg")]
    [InlineData("Brigadier General Josefina dela Cruz led the contingent.", "Josefina dela Cruz")]
    [InlineData("Defence Minister Ahmad bin Hamid bin Saleh arrived on Monday.", "Ahmad bin Hamid bin Saleh")]
    public void Particles_of_many_languages_stay_inside_the_name(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    // A particle neither starts nor ends a name, and a lower-case "de" between other words is no part of one.
    [InlineData("Defence Minister Tom Reid de Vesk", "Tom Reid de Vesk")]
    [InlineData("Defence Minister Tom Reid said de facto control had ended.", "Tom Reid")]
    public void A_particle_joins_only_name_words(string sentence, string name)
        => Assert.Equal(name, People(sentence).Select(p => p.Name).Single());

    [Theory]
    [InlineData("Minister for Kelm Trade, Senator the Hon Ana Keller CSC, said the boats were ready.", "Ana Keller", "Minister for Kelm Trade")]
    [InlineData("Minister for Defence Industry, the Hon Tom Reid MP, said the work was done.", "Tom Reid", "Minister for Defence Industry")]
    [InlineData("Air Marshal Gail Hobson AO DSC spoke at the handover.", "Gail Hobson", null)]
    [InlineData("Colonel Ivo Brandt OBE, the defence attaché, attended.", "Ivo Brandt", "defence attaché")]
    [InlineData("Indian Ambassador Shri Arun Mehta handed over the equipment.", "Arun Mehta", "Indian Ambassador")]
    public void Styles_before_and_letters_after_a_name_are_peeled(string sentence, string name, string? title)
    {
        var person = People(sentence).Single();
        Assert.Equal((name, title), (person.Name, person.Title?.Title));
    }

    // A ruler's regnal epithet after his name (lexicon.tsv [regnal-epithets]) is no part of it, with a straight or a curly
    // apostrophe, whole or cut by the name's four words; the same word alone, not opening the epithet, stays.
    [Theory]
    [InlineData("His Majesty Sultan Haji Kelan Arlovan Mu'izzaddin Waddaulah, the ruler of Vesk, received the envoy.", "Kelan Arlovan")]
    [InlineData("His Majesty Sultan Haji Kelan Arlovan Mu\u2019izzaddin Waddaulah received the envoy.", "Kelan Arlovan")]
    [InlineData("Sultan Kelan Arlovan Sa'adul Khairi Waddien Dosk received the envoy.", "Kelan Arlovan")]
    [InlineData("Defence Minister Kelan Arlovan Waddaulah received the envoy.", "Kelan Arlovan Waddaulah")]
    public void A_rulers_regnal_epithet_is_no_part_of_his_name(string sentence, string name)
        => Assert.Equal(name, People(sentence).First().Name);

    [Fact]
    public void Capitals_after_a_name_that_are_no_post_nominal_stay()
        => Assert.Equal("Ana Kell Ro", People("Defence Minister Ana Kell Ro spoke.").Single().Name);

    [Theory]
    [InlineData("The cadets saluted His Royal Highness, Crown Prince Tevita'a 'Akau and the navy chief.", "Tevita'a 'Akau")]
    [InlineData("Defence Minister Sa'ad Hamdi met the delegation.", "Sa'ad Hamdi")]
    [InlineData("Ambassador Liam O'Donnell attended.", "Liam O'Donnell")]
    public void Apostrophes_inside_a_name_stay_inside_it(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    [Theory]
    // A possessive and a quoted word are no part of a name.
    [InlineData("Defence Minister Tom Reid's visit ended.", "Tom Reid")]
    [InlineData("Defence Minister Tom Reid 'Pleased' With Talks", "Tom Reid")]
    public void A_possessive_or_a_quoted_word_after_a_name_is_no_part_of_it(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    [InlineData("Minister Tom Reid will speak at the Deputy Defence Ministerial Meeting in Kelm.")]
    [InlineData("The chief of staff opened the Joint Harbour Guard Exhibition on Monday.")]
    [InlineData("Defence Minister Tom Reid addressed the Vesk Security Forum Harbour Session.")]
    public void Capitalised_words_of_an_occasions_name_are_no_person(string sentence)
        => Assert.DoesNotContain(People(sentence), p => p.Name != "Tom Reid");

    [Theory]
    // An office after the occasion's name introduces a person; a body such as the navy is no occasion.
    [InlineData("The Vesk Security Forum Chairman Ivo Brandt opened the session.", "Ivo Brandt")]
    [InlineData("The deal was signed with Secretary of the Navy Tom Reid.", "Tom Reid")]
    public void An_office_after_a_bodys_name_still_introduces_a_person(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    [InlineData("Brig Joseph Wanjiru, chief of plans at defence headquarters, spoke.", "Joseph Wanjiru", "Brigadier")]
    [InlineData("Brig. Joseph Wanjiru spoke.", "Joseph Wanjiru", "Brigadier")]
    public void Brig_is_a_brigadier(string sentence, string name, string rank)
        => Assert.Equal((name, rank), (People(sentence).Single().Name, People(sentence).Single().Rank));

    [Theory]
    [InlineData("The Japanese Ambassador to Cambodia, MORI Kenji, and the Ostrian envoy were also present.", "MORI Kenji")]
    [InlineData("Ambassador PARK Min-ho handed over the vehicles.", "PARK Min-ho")]
    public void A_family_name_in_capitals_after_a_title_or_its_comma_is_part_of_the_name(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    [Theory]
    // An acronym without a vowel, or one of the vocabulary, before a name stays an organisation.
    [InlineData("The reporter, HMS Kelmar Lewis, spoke.")]
    [InlineData("The summit opened, ASEAN Ministers Tom Reid and Ivo Brandt said.")]
    public void An_acronym_before_a_name_is_no_family_name(string sentence)
        => Assert.DoesNotContain(People(sentence), p => p.Name.Split(' ')[0].All(char.IsUpper));

    [Theory]
    [InlineData("The lorries were sent after the ministry asked for them, Chao Dara, a lieutenant general with the logistics command, said.", "Chao Dara", "Lieutenant General")]
    [InlineData("Ivo Brandt, a rear admiral responsible for the fleet, attended.", "Ivo Brandt", "Rear Admiral")]
    public void A_rank_written_out_in_an_apposition_introduces_a_person(string sentence, string name, string rank)
        => Assert.Equal(rank, People(sentence).Single(p => p.Name == name).Rank);

    [Fact]
    public void A_rank_word_of_another_sense_in_an_apposition_is_no_rank()
        => Assert.Empty(People("Tom Reid, a major donor to the party, spoke."));

    [Fact]
    public void An_apposition_may_open_with_an_organisation()
        => Assert.Equal("deputy commander-in-chief of the Royal Cambodian Armed Forces",
            People("According to Ith Dara, RCAF deputy commander-in-chief, this year's drill is larger than ever.").Single(p => p.Name == "Ith Dara").Title!.Title);

    [Theory]
    [InlineData("Captain Arlo Vesk, commander of Kelm Harbour Division, said the crews would train together.", "Arlo Vesk", "commander of Kelm Harbour Division")]
    [InlineData("The aid was handed over by General Tomas Dosk, Director of Norvale Peace Keeping Forces, on Monday.", "Tomas Dosk", "Director of Norvale Peace Keeping Forces")]
    [InlineData("Colonel Ilse Morrow, deputy chief of the Brenmark Signal Corps, attended.", "Ilse Morrow", "deputy chief of the Brenmark Signal Corps")]
    public void An_apposition_may_name_a_body_of_capitalised_words_unknown_to_the_lexicon(string sentence, string name, string title)
        => Assert.Equal(title, People(sentence).Single(p => p.Name == name).Title?.Title);

    [Theory]
    [InlineData("Brigadier Tomas Dosk, Commander of Tanzania’s 5th Infantry Division, said the patrols would go on.", "Tomas Dosk", "5th Infantry Division")]
    [InlineData("The ships are led by Captain Arlo Vesk, commander of Kelm Harbour Flotilla 7 of the Japanese Maritime Self-Defense Force.", "Arlo Vesk", "Flotilla 7 of the Japanese Maritime Self-Defense Force")]
    [InlineData("Colonel Ilse Morrow, deputy chief of staff of the KDF 12th Group Army, spoke at the opening.", "Ilse Morrow", "12th Group Army")]
    public void A_number_in_the_name_of_a_body_does_not_cut_the_office_short(string sentence, string name, string part)
        => Assert.Contains(part, People(sentence).Single(p => p.Name == name).Title?.Title ?? "");

    [Theory]
    [InlineData("The handover was presided over by General Tomas Dosk, Director of Stores and Repairs of the Ministry of National Defence, on Friday.", "Tomas Dosk", "Director of Stores and Repairs of the Ministry")]
    [InlineData("Brigadier Ilse Morrow, Chief of Forward Plans and Policy at Kelm Defence Headquarters, spoke first.", "Ilse Morrow", "Chief of Forward Plans and Policy at Kelm Defence Headquarters")]
    [InlineData("General Arlo Vesk, Director of Norvale Peace Keeping Forces and the Brenmark Liaison Office in charge of the mission, said so.", "Arlo Vesk", "Brenmark Liaison Office")]
    public void A_body_named_in_capitalised_words_runs_on_through_and_and_of_to_its_head(string sentence, string name, string part)
        => Assert.Contains(part, People(sentence).Single(p => p.Name == name).Title?.Title ?? "");

    [Theory]
    [InlineData("General Arlo Vesk, Minister of Defence Tomas Dosk and the Navy Chief Ilse Morrow attended.", "Tomas Dosk")]
    [InlineData("Colonel Tom Reid, commander of Kelm Division and Defence Minister Ivo Brandt of Ostria, arrived.", "Ivo Brandt")]
    public void A_body_name_does_not_run_on_over_another_person(string sentence, string name)
        => Assert.Contains(People(sentence), p => p.Name == name);

    [Fact]
    public void The_day_of_a_date_before_an_office_is_no_part_of_it()
        => Assert.DoesNotContain("5", People("On May 5 Defence Minister Tom Reid met the visitors.").Single(p => p.Name == "Tom Reid").Title?.Title ?? "");

    [Fact]
    public void Capitalised_words_after_of_in_an_apposition_that_end_in_no_body_are_another_person()
    {
        var people = People("General Arlo Vesk, Minister of Defence Tomas Dosk and Army Chief Ilse Morrow attended.");
        Assert.DoesNotContain("Minister", people.Single(p => p.Name == "Arlo Vesk").Title?.Title ?? "");
        Assert.Contains(people, p => p.Name == "Tomas Dosk");
    }

    [Theory]
    [InlineData("The talks were held with Vesk's ministers and their Chilean counterparts Ana Keller and Jose Luis Ortega Prado, respectively.", "Ana Keller,Jose Luis Ortega Prado")]
    [InlineData("Defence Ministers Tom Reid, Ivo Brandt and Gail Hobson signed the declaration.", "Tom Reid,Ivo Brandt,Gail Hobson")]
    public void Names_listed_under_a_plural_office_are_people(string sentence, string names)
        => Assert.Equal(names.Split(','), People(sentence).Select(p => p.Name));

    [Theory]
    // Each person listed under a plural office holds it once: the title is in the singular.
    [InlineData("The talks were held with Vesk's ministers and their Chilean counterparts Ana Keller and Jose Luis Ortega Prado, respectively.", "Chilean counterpart")]
    [InlineData("Defence Ministers Tom Reid, Ivo Brandt and Gail Hobson signed the declaration.", "Defence Minister")]
    [InlineData("Last month Presidents Tom Reid and Ivo Brandt opened the bridge.", "President")]
    public void A_plural_office_over_a_list_gives_each_person_the_singular(string sentence, string title)
        => Assert.All(People(sentence), p => Assert.Equal(title, p.Title?.Title));

    [Fact]
    public void A_bodys_plural_at_the_end_of_an_office_stays()
        => Assert.Equal("secretary of state at the Council of Ministers",
            People("Tom Reid, secretary of state at the Council of Ministers, opened the course.").Single().Title?.Title);

    [Fact]
    public void A_singular_office_does_not_reach_past_the_first_name_of_a_list()
        => Assert.Equal(new[] { "Tom Reid" }, People("Defence Minister Tom Reid and Ivo Brandt met on Monday.").Select(p => p.Name));

    [Theory]
    // A name followed by "of <state>" goes on the list after its state, and that state is its holder's (tried in the fifty-ninth
    // round, applied again with "respectively" in the sixtieth).
    [InlineData("The talks brought together the defence ministers Tomas Arden of Kenya and Ilse Morrow of Peru.", "Tomas Arden,Ilse Morrow", "KE,PE")]
    [InlineData("The notes were signed by Foreign Ministers Tomas Arden of Kenya, Ilse Morrow of Peru and Piet Dosk of Chile.", "Tomas Arden,Ilse Morrow,Piet Dosk", "KE,PE,CL")]
    // No state after the later name: it holds the office, its state untold.
    [InlineData("The talks brought together the defence ministers Tomas Arden of Kenya and Ilse Morrow.", "Tomas Arden,Ilse Morrow", "KE,")]
    public void Names_listed_under_a_plural_office_with_their_states_after_them_are_of_those_states(string sentence, string names, string codes)
    {
        var people = People(sentence);
        Assert.Equal(names.Split(','), people.Select(p => p.Name));
        Assert.Equal(codes.Split(',').Select(c => c.Length == 0 ? null : c), people.Select(p => p.Title?.Country ?? p.StatedCountry));
        Assert.All(people, p => Assert.NotNull(p.Title));
    }

    [Fact]
    public void A_singular_office_does_not_reach_past_a_name_and_its_state()
        => Assert.Equal(new[] { "Tomas Arden" }, People("Defence Minister Tomas Arden of Kenya and Ilse Morrow met on Monday.").Select(p => p.Name));

    [Theory]
    [InlineData("A 12-member delegation led by Tom Reid will visit Ostria from Monday.", "Tom Reid")]
    [InlineData("The delegation, headed by Ivo Brandt, arrived in Kelm.", "Ivo Brandt")]
    public void The_head_of_a_delegation_is_a_person(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Fact]
    public void A_name_after_led_by_without_a_delegation_needs_an_office()
        => Assert.Empty(People("The reform was led by Tom Reid and Ivo Brandt."));

    [Fact]
    public void Names_listed_with_their_states_in_the_possessive_are_people_of_those_states()
    {
        var people = People("Kenya’s Tomas Arden, Peru’s Ilse Morrow and Piet Dosk of Chile watched parts of the drill.");
        Assert.Equal(new[] { "Tomas Arden", "Ilse Morrow", "Piet Dosk" }, people.Select(p => p.Name));
        Assert.Equal(new[] { "KE", "PE", "CL" }, people.Select(p => p.StatedCountry));
        Assert.All(people, p => Assert.Null(p.Title));
    }

    [Theory]
    [InlineData("The Kenyan delegation was led by Minister of State for Security Tomas Arden and Defence Minister Ilse Morrow.", "KE", "KE")]
    [InlineData("The Peruvian side of the delegation was headed by Defence Minister Tomas Arden and her deputy Ilse Morrow.", "PE", "PE")]
    [InlineData("The Chilean delegation included General Tomas Arden, Deputy Permanent Secretary for Defence; Admiral Ilse Morrow, Chief of Staff of the Navy.", "CL", "CL")]
    [InlineData("A two-member Kenyan Army delegation led by Major General Tomas Arden met Defence Minister Ilse Morrow in Kelm.", "KE", null)]
    // An office that names a state keeps it.
    [InlineData("The Kenyan delegation included Colonel Tomas Arden and Peruvian Ambassador Ilse Morrow.", "KE", null)]
    // The list runs through "supported by" and through an office's words in lower case (the fifty-sixth round).
    [InlineData("The Kenyan delegation was headed by Defence Minister Tomas Arden, supported by Director of Logistics Ilse Morrow.", "KE", "KE")]
    [InlineData("A Chilean Navy team led by its chief, Captain Tomas Arden, and the deputy chief Ilse Morrow arrived in Kelm.", "CL", "CL")]
    // Any other lower-case word still ends the list: the person the party met is not of it, whatever office words follow.
    [InlineData("The Kenyan delegation was led by General Tomas Arden and met the defence minister Ilse Morrow.", "KE", null)]
    // "Officials" as one state's party, its members listed with their offices after them (the fifty-eighth round).
    [InlineData("He came with senior Kenyan officials, including Tomas Arden, Director of Signals (DOS); and Ilse Morrow, Head of the Joint Border Force (JBF).", "KE", "KE")]
    // The state named in a body after the party's noun, "of" or "from" before it (the fifty-eighth round).
    [InlineData("A delegation of Kenya’s Ministry of Defence, led by State Secretary Tomas Arden and Colonel Ilse Morrow, reached Kelm.", "KE", "KE")]
    [InlineData("They hosted a team from the Office of Plans under the General Staff of the Peruvian Army led by General Tomas Arden and his deputy Ilse Morrow.", "PE", "PE")]
    // Those going with an office named by its state alone, its holder unnamed (patterns.tsv office-party-members-after).
    [InlineData("The Peruvian defence minister was accompanied by Permanent Secretary Tomas Arden; Army Chief Gen. Ilse Morrow and others.", "PE", "PE")]
    public void The_people_listed_as_one_states_party_are_of_that_state(string sentence, string first, string? second)
    {
        var people = People(sentence);
        Assert.Equal(new[] { "Tomas Arden", "Ilse Morrow" }, people.Select(p => p.Name));
        Assert.Equal(first, people[0].StatedCountry);
        Assert.Equal(second, people[1].StatedCountry);
    }

    // A plural office that names two states in order, and "respectively" after the names listed under it (the sixtieth
    // round): each name takes the state named in its place; "secretaries" is a plural office as lexicon.tsv [plural-offices]
    // gives it; "Ecuadorean" is Ecuador's demonym as "Ecuadorian" is.
    [Theory]
    [InlineData("Kenyan and Peruvian defence ministers Tomas Arden and Ilse Morrow, respectively, inspected the border posts.", "KE", "PE")]
    [InlineData("Peruvian and Ecuadorean army chiefs Tomas Arden and Ilse Morrow respectively opened the range.", "PE", "EC")]
    [InlineData("Last week, state secretaries in the Defence Offices of Kenya and Peru, Tomas Arden and Ilse Morrow, respectively, drafted the plan.", "KE", "PE")]
    [InlineData("The defence ministers of Peru and Kenya, Tomas Arden and Ilse Morrow, respectively, met in Lima.", "PE", "KE")]
    public void Respectively_gives_the_states_of_a_plural_office_to_its_names_in_order(string sentence, string first, string second)
    {
        var people = People(sentence);
        Assert.Equal(new[] { "Tomas Arden", "Ilse Morrow" }, people.Select(p => p.Name));
        Assert.Equal(new[] { first, second }, people.Select(p => p.Title?.Country));
    }

    [Theory]
    // No "respectively": the list is left as it was (the office's first state for the names under an office before them,
    // none under one that names its states after it).
    [InlineData("Kenyan and Peruvian defence ministers Tomas Arden and Ilse Morrow inspected the border posts.", "KE", "KE")]
    [InlineData("The defence ministers of Peru and Kenya, Tomas Arden and Ilse Morrow, met in Lima.", null, null)]
    // Three names under an office of two states: nothing is given out.
    [InlineData("Kenyan and Peruvian defence ministers Tomas Arden, Ilse Morrow and Kel Arlo, respectively, spoke.", "KE", "KE")]
    public void Without_respectively_or_with_more_names_than_states_a_plural_office_gives_out_no_states(string sentence, string? first, string? second)
    {
        var people = People(sentence);
        Assert.Equal(new[] { "Tomas Arden", "Ilse Morrow" }, people.Take(2).Select(p => p.Name));
        Assert.Equal(new[] { first, second }, people.Take(2).Select(p => p.Title?.Country));
    }

    [Fact]
    public void Secretaries_are_a_plural_office_in_the_singular_for_each_name()
    {
        var people = People("The two permanent secretaries Tomas Arden and Ilse Morrow signed the minutes.");
        Assert.Equal(new[] { "permanent secretary", "permanent secretary" }, people.Select(p => p.Title?.Title));
    }

    [Theory]
    // No state before the party's noun, or no words that open its members.
    [InlineData("The delegation was led by Defence Minister Tomas Arden and General Ilse Morrow.")]
    [InlineData("The Kenyan delegation met Defence Minister Tomas Arden and General Ilse Morrow in Kelm.")]
    [InlineData("Kenyan officials met Defence Minister Tomas Arden and General Ilse Morrow in Kelm.")]
    // A body after the party's noun that names two states, or none.
    [InlineData("A delegation of Kenyan and Peruvian officers led by General Tomas Arden met General Ilse Morrow.")]
    [InlineData("A delegation of the Defence Staff College led by General Tomas Arden met General Ilse Morrow.")]
    // Kenyan officers, not a delegation: a lower-case word between the state and the party's noun.
    [InlineData("Kenyan officers and the delegation led by Defence Minister Tomas Arden met General Ilse Morrow.")]
    // An office named by its state alone whose holder meets people, or one with a name between: nobody goes with it.
    [InlineData("The Kenyan defence minister met Permanent Secretary Tomas Arden and General Ilse Morrow.")]
    [InlineData("The Kenyan army said the minister was accompanied by Permanent Secretary Tomas Arden and General Ilse Morrow.")]
    public void People_not_listed_right_after_a_states_party_take_no_state_from_it(string sentence)
        => Assert.All(People(sentence), p => Assert.Null(p.StatedCountry));

    [Theory]
    // A landmark's or a body's name after a state's possessive is no person.
    [InlineData("Chile’s Atacama Desert and Peru’s Nazca Lines drew the visitors.")]
    [InlineData("Kenya’s Navy Day and Peru’s Army Day fall in the same week.")]
    // One name with a state's possessive, not in a list of such names, is left as it was.
    [InlineData("Kenya’s Tomas Arden watched parts of the drill.")]
    // A list in which one name has no state of its own.
    [InlineData("Kenya’s Tomas Arden and Ilse Morrow watched parts of the drill.")]
    public void A_possessive_state_before_a_name_alone_introduces_no_person(string sentence)
        => Assert.Empty(People(sentence));

    [Fact]
    public void A_capitalised_adjective_inside_an_office_after_a_name_is_part_of_the_office()
    {
        var people = People("The talks were held between Sayyid Tariq bin Omar al Harthy, Minister Responsible for Defence Affairs, and Colonel Ivo Brandt.");
        Assert.DoesNotContain(people, p => p.Name == "Responsible");
        var tariq = people.Single(p => p.Name == "Tariq bin Omar al Harthy");
        Assert.Equal("Minister Responsible for Defence Affairs", tariq.Title!.Title);
    }

    [Fact]
    public void A_name_with_particles_after_attended_by_takes_the_office_after_it()
    {
        var people = People("The meeting was attended by Salim bin Rashid al Amri, Secretary-General of MoD, and Colonel Ivo Brandt.");
        Assert.Equal("Secretary-General of MoD", people.Single(p => p.Name == "Salim bin Rashid al Amri").Title!.Title);
    }

    [Fact]
    public void The_second_name_of_between_x_and_y_takes_the_office_after_it()
    {
        var people = People("The visit follows a meeting between Foreign Minister Tom Reid and Ana Keller, Chargé d’Affaires at the Swiss embassy in Laos.");
        Assert.Equal("Chargé d'Affaires at the Swiss embassy in Laos", people.Single(p => p.Name == "Ana Keller").Title!.Title);
    }

    [Fact]
    public void A_name_of_five_words_after_a_rank_is_kept_whole()
        => Assert.Equal("Tunde Chika Obiora Ade Okonkwo", People("General Tunde Chika Obiora Ade Okonkwo called on General Ivo Brandt.").First().Name);

    [Fact]
    public void A_run_of_six_words_after_a_rank_keeps_the_first_four()
        => Assert.Equal("Tunde Chika Obiora Ade", People("General Tunde Chika Obiora Ade Okonkwo Kelmar called on General Ivo Brandt.").First().Name);

    [Theory]
    [InlineData("MajGen Kel Arlovich Dosk, the Ostrian defence minister, arrived in Vesk.", "Kel Arlovich Dosk", "Major General")]
    [InlineData("The talks with LtGen Tamsin Orrel ended on Friday.", "Tamsin Orrel", "Lieutenant General")]
    [InlineData("BrigGen Ivo Brandt led the contingent.", "Ivo Brandt", "Brigadier General")]
    [InlineData("RAdm Ana Keller greeted the crew.", "Ana Keller", "Rear Admiral")]
    [InlineData("VAdm Ana Keller greeted the crew.", "Ana Keller", "Vice Admiral")]
    [InlineData("The attaché, LtCol. Tom Reid, spoke.", "Tom Reid", "Lieutenant Colonel")]
    public void A_rank_written_as_one_word_is_read_by_the_ranks_words(string sentence, string name, string rank)
    {
        var person = People(sentence).Single();
        Assert.Equal((name, rank), (person.Name, person.Rank));
    }

    [Theory]
    // An abbreviated rank joined by a hyphen is the whole rank, not "General" with "Lt-" left in the office before it.
    [InlineData("The talks were chaired by Chilean Army Chief of Staff Lt-Gen Kel Arlo Dosk.", "Kel Arlo Dosk", "Lieutenant General")]
    [InlineData("Ostrian Fourth Army commander Lt-Gen. Tamsin Orrel held talks in Kelm.", "Tamsin Orrel", "Lieutenant General")]
    [InlineData("Maj-Gen Ivo Brandt led the contingent.", "Ivo Brandt", "Major General")]
    [InlineData("The attaché, Lt-Col Tom Reid, spoke.", "Tom Reid", "Lieutenant Colonel")]
    // A United States services' abbreviation in capitals is a rank, not the first word of the name.
    [InlineData("The commanding officer of the Kelm Surface Group, RADM ARLO Keno, called on the president.", "ARLO Keno", "Rear Admiral")]
    [InlineData("VADM Ana Keller greeted the crew.", "Ana Keller", "Vice Admiral")]
    [InlineData("LTG Tom Reid spoke at the opening.", "Tom Reid", "Lieutenant General")]
    public void An_abbreviated_rank_with_a_hyphen_or_in_capitals_is_read_whole(string sentence, string name, string rank)
    {
        var person = People(sentence).Single();
        Assert.Equal((name, rank), (person.Name, person.Rank));
    }

    [Fact]
    public void The_office_before_a_hyphenated_rank_keeps_none_of_it()
    {
        var title = People("The talks were chaired by Chilean Army Chief of Staff Lt-Gen Kel Arlo Dosk.").Single().Title!.Title;
        Assert.EndsWith("Chief of Staff", title);
        Assert.DoesNotContain("Lt", title);
    }

    [Theory]
    // An office word that is also a grade, alone before the name, is the rank when an apposition follows: the apposition is the office.
    [InlineData("The admiral met Commander Kel Arlo, KNS Vesk's Commanding Officer.", "Kel Arlo", "Commander", "KNS Vesk's Commanding Officer")]
    [InlineData("It was witnessed by the four-star general Ana Dosk, a secretary of state for defence.", "Ana Dosk", "General", "secretary of state for defence")]
    public void A_grade_word_before_a_name_with_an_apposition_is_the_rank(string sentence, string name, string rank, string title)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal((rank, title), (person.Rank, person.Title!.Title));
    }

    [Theory]
    // An apposition's office whose body after "of" is unknown capitalised words (an acronym, initials, a ship's name) keeps the
    // body when the apposition ends after it; a photograph's note in brackets may stand between the name and the apposition.
    [InlineData("Commander Kel Arlo, commanding officer of KNS Vesk, took the guests aboard.", "Kel Arlo", "Commander", "commanding officer of KNS Vesk")]
    [InlineData("Captain Kel Arlo, commander of KNS Vesk, led his crew.", "Kel Arlo", "Captain", "commander of KNS Vesk")]
    [InlineData("Vice Admiral Tom Reid (left), the commander of the U.K. Ninth Fleet, arrived in Kelm on Monday.", "Tom Reid", "Vice Admiral", "commander of the U.K. Ninth Fleet")]
    [InlineData("Colonel Tom Reid, head of Kelm Vesk, met the envoy.", "Tom Reid", "Colonel", "head of Kelm Vesk")]
    // A body's words that run on in lower case are not kept: the office ends before "of".
    [InlineData("Colonel Tom Reid, head of the commanding group of the Kelm Vesk ship, said.", "Tom Reid", "Colonel", "head of the commanding group")]
    public void An_apposition_keeps_its_unknown_body_as_the_office(string sentence, string name, string rank, string title)
    {
        var person = People(sentence).Single(p => p.Name == name);
        Assert.Equal((rank, title), (person.Rank, person.Title!.Title));
    }

    [Fact]
    public void A_grade_word_before_a_name_without_an_apposition_stays_the_office()
    {
        var person = People("Commander Kel Arlo greeted the crew.").Single();
        Assert.Equal(("Commander", (string?)null), (person.Title!.Title, person.Rank));
    }

    [Theory]
    // A name glued at a capital begins no rank's words and stays a name.
    [InlineData("Defence Minister Ana McKay arrived in Vesk.", "Ana McKay")]
    [InlineData("Ambassador Tom DeSouza attended.", "Tom DeSouza")]
    public void A_name_glued_at_a_capital_is_no_rank(string sentence, string name)
    {
        var person = People(sentence).Single();
        Assert.Equal((name, (string?)null), (person.Name, person.Rank));
    }

    [Theory]
    [InlineData("Defence Undersecretary Tamsin R. Dosk, Jr, signed for Ostria.", "Tamsin R. Dosk, Jr")]
    [InlineData("The pact was signed by Defence Undersecretary Tamsin R. Dosk, Jr. on Monday.", "Tamsin R. Dosk, Jr")]
    [InlineData("President Kel Arlo Jr arrived in Vesk.", "Kel Arlo Jr")]
    [InlineData("Defence Minister Ivo Brandt III spoke.", "Ivo Brandt III")]
    public void A_generational_suffix_after_a_name_is_part_of_it(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    // A numeral that opens a unit's name after the comma is no suffix.
    [InlineData("Major General Tom Reid, II Corps commander, spoke.", "Tom Reid")]
    // A suffix after a one-word name is left alone.
    [InlineData("Defence Minister Dosk, Jr., spoke.", "Dosk")]
    public void A_suffix_after_a_comma_joins_only_a_name_that_it_closes(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    // Every spelling of a style is stripped from the name, and the styled form is kept.
    [InlineData("Foreign Minister Sheikh Kel bin Arlo Al-Dosk said the deal was done.", "Kel bin Arlo Al-Dosk", "Sheikh Kel bin Arlo Al-Dosk")]
    [InlineData("The emir, Shaikh Kel bin Arlo Al-Dosk, received the minister.", "Kel bin Arlo Al-Dosk", "Shaikh Kel bin Arlo Al-Dosk")]
    [InlineData("Defence Minister Samdech Pichay Sena Dosk Arlo saluted the marker.", "Dosk Arlo", "Samdech Pichay Sena Dosk Arlo")]
    [InlineData("Defence Minister Datuk Seri Kel Arlo met the envoy.", "Kel Arlo", "Datuk Seri Kel Arlo")]
    [InlineData("Defence Minister Tan Sri Kel Arlo met the envoy.", "Kel Arlo", "Tan Sri Kel Arlo")]
    [InlineData("Navy chief Khunying Ana Dosk met the envoy.", "Ana Dosk", "Khunying Ana Dosk")]
    [InlineData("Myanmar Ambassador to Laos U Kel Arlo met the envoy.", "Kel Arlo", "U Kel Arlo")]
    [InlineData("The envoy, Daw Ana Dosk, met the minister.", "Ana Dosk", "Daw Ana Dosk")]
    // A courtesy is dropped and gives no styled form.
    [InlineData("Defence Minister Mr Kel Arlo met the envoy.", "Kel Arlo", null)]
    [InlineData("Defence Minister H.E. Kel Arlo met the envoy.", "Kel Arlo", null)]
    public void A_style_in_any_of_its_spellings_is_no_part_of_the_name_and_the_styled_form_is_kept(string sentence, string name, string? styled)
    {
        var person = People(sentence).Single();
        Assert.Equal((name, styled), (person.Name, person.Styled));
    }

    [Theory]
    // "Sri" after another Malay style and "Utama" after "Seri" are styles too, so the name starts after them.
    [InlineData("Chief of Defence Force General Dato Paduka Seri Tan Sri Dato' Sri Haji Kelan bin Arlo met the envoy.", "Kelan bin Arlo")]
    [InlineData("Defence Minister Dato' Seri Utama Haji Kelan bin Haji Arlo met the envoy.", "Kelan bin Haji Arlo")]
    [InlineData("Defence Minister Datuk Sri Kelan Arlo met the envoy.", "Kelan Arlo")]
    public void A_malay_style_after_another_is_no_part_of_the_name(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    // "Sri" and "Utama" that follow no style are no style: a state's name, a name's own word.
    [InlineData("Sri Lanka Navy commander Vice Admiral Kelan Arlo met the envoy.", "Kelan Arlo")]
    [InlineData("Defence Minister Utama Kelan Arlo met the envoy.", "Utama Kelan Arlo")]
    public void A_malay_style_tail_alone_is_no_style(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    // Capitalised particles ("Bin", "Al") between name words are no words of the name: the whole name is read, not cut after four words.
    [InlineData("Rear Admiral Kel Bin Arlo Bin Dosk Al Vesk, commander of the navy, arrived.", "Kel Bin Arlo Bin Dosk Al Vesk")]
    [InlineData("The envoy met Secretary General at the Ministry of Defence Omar Bin Kel Bin Arlo Al Dosk on Monday.", "Omar Bin Kel Bin Arlo Al Dosk")]
    // At the start of a name "Al" is a given name, and "Van" or "Do" never is a particle.
    [InlineData("Senator Al Dosk met the envoy.", "Al Dosk")]
    [InlineData("Defence Minister Do Van Kel Arlo met the envoy.", "Do Van Kel Arlo")]
    public void A_capitalised_particle_inside_a_name_counts_as_no_word_of_it(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Fact]
    public void A_name_never_ends_in_a_capitalised_particle()
        => Assert.DoesNotContain(People("Rear Admiral Kel Bin Arlo Bin Dosk Bin Vesk Al Tam Bin Orr, commander of the navy, arrived."), p => p.Name.EndsWith(" Bin"));

    [Theory]
    // "Dato'" with its apostrophe is the style, in either apostrophe (the typographic one folded to ASCII before the
    // recogniser reads it), and the title before it reaches the name.
    [InlineData("The premier met his Malaysian counterpart, Dato' Seri Kel Bin Arlo, on Monday.", "Kel Bin Arlo", "Dato' Seri Kel Bin Arlo", "Malaysian counterpart")]
    [InlineData("Defence Minister Dato’ Seri Kel Arlo met the envoy.", "Kel Arlo", "Dato’ Seri Kel Arlo", "Defence Minister")]
    public void An_honorific_spelt_with_an_apostrophe_is_read_whole(string sentence, string name, string styled, string title)
    {
        var person = People(sentence).Single();
        Assert.Equal((name, Typography.Fold(styled), title), (person.Name, person.Styled, person.Title?.Title));
    }

    [Theory]
    // A ship or a site named after someone already named is no mention of them, whatever its prefix.
    [InlineData("The crew of the USS Kel Arlo Dosk will welcome visitors on Sunday.")]
    [InlineData("Visitors may tour the frigate Kel Arlo Dosk at the pier.")]
    [InlineData("The troops trained at Camp Kel Arlo Dosk last week.")]
    public void A_known_name_after_a_ship_or_site_prefix_is_no_person(string sentence)
        => Assert.Empty(s_context.People.Find(Typography.Fold(sentence), Tokens(sentence), _ => false, n => n == "Kel Arlo Dosk"));

    [Theory]
    // Elsewhere the known name is the person, after a rank or an acronym of a body.
    [InlineData("The visitors were welcomed by Admiral Kel Arlo Dosk on Sunday.")]
    [InlineData("The USN chief Kel Arlo Dosk will welcome visitors on Sunday.")]
    public void A_known_name_elsewhere_is_the_person(string sentence)
        => Assert.Contains(s_context.People.Find(Typography.Fold(sentence), Tokens(sentence), _ => false, n => n == "Kel Arlo Dosk"), p => p.Name == "Kel Arlo Dosk");

    [Theory]
    // "Staffs", the plural of a body's word, after a rank or a determiner is no name.
    [InlineData("Meeting of General Staffs of Kelm and Vesk opens")]
    [InlineData("On Monday the Staffs of the Republic of Kelm and of Vesk met in Dosk.")]
    public void The_plural_of_a_bodys_word_is_no_name(string sentence)
        => Assert.DoesNotContain(People(sentence), p => p.Name.Contains("Staffs"));

    [Fact]
    public void A_person_after_a_general_staff_office_is_still_found()
        => Assert.Contains(People("Chief of the General Staff General Kel Arlo met the envoy."), p => p.Name == "Kel Arlo");

    [Fact]
    public void A_one_letter_style_is_none_before_a_full_stop()
    {
        var person = People("The U.S. Ambassador Kel Arlo met the envoy.").Single();
        Assert.Equal(("Kel Arlo", null, "U.S. Ambassador"), (person.Name, person.Styled, person.Title?.Title));
    }

    [Fact]
    public void An_apostrophe_after_a_word_that_is_no_honorific_is_no_honorific()
        => Assert.DoesNotContain(People("The premier met his Malaysian counterpart, Kel' Arlo Dosk, on Monday."), p => p.Styled is not null);

    [Theory]
    // A style before a name of one word is how the person is named: it stays in the name.
    [InlineData("Prime Minister Sheikh Darya met the visiting minister.", "Sheikh Darya", "Prime Minister")]
    [InlineData("The talks with Defence Minister Datuk Kelmar, who arrived on Monday, ended.", "Datuk Kelmar", "Defence Minister")]
    [InlineData("The envoy called on General Tun Arlo at the ministry.", "Tun Arlo", null)]
    [InlineData("Myanmar Ambassador U Kel met the visiting minister.", "U Kel", "Myanmar Ambassador")]
    public void A_style_before_a_name_of_one_word_stays_in_the_name(string sentence, string name, string? title)
    {
        var person = People(sentence).Single();
        Assert.Equal((name, title), (person.Name, person.Title?.Title));
    }

    [Theory]
    // With two name words or more after it, the style is stripped as before.
    [InlineData("Prime Minister Sheikh Darya Kelmar met the visiting minister.", "Darya Kelmar")]
    [InlineData("Prime Minister Sheikh Darya bin Arlo met the visiting minister.", "Darya bin Arlo")]
    public void A_style_before_a_name_of_two_words_is_stripped(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    // A courtesy is no style: "Mr Dosk" does not become a name, nor do the forms of address of other languages.
    [InlineData("Prime Minister Mr Dosk met the visiting minister.", "Mr")]
    [InlineData("Defence Minister Bapak Wira met the visiting minister.", "Bapak")]
    [InlineData("Defence Minister Khun Somchart met the visiting minister.", "Khun")]
    [InlineData("Defence Minister Shri Arunesh met the visiting minister.", "Shri")]
    public void A_courtesy_before_a_name_of_one_word_gives_no_name(string sentence, string courtesy)
        => Assert.DoesNotContain(People(sentence), p => p.Name.StartsWith(courtesy, StringComparison.Ordinal));

    [Fact]
    public void A_word_that_merely_begins_like_a_style_stays_in_the_name()
        => Assert.Equal("Sheikhar Dosk", People("Defence Minister Sheikhar Dosk met the envoy.").Single().Name);

    [Theory]
    [InlineData("Rear Adm In Dosk, deputy chief of the naval base, welcomed the visitors.", "In Dosk")]
    [InlineData("The guests were met by Col. On Kelmar at the pier.", "On Kelmar")]
    // A longer common word after a rank, no office's word (PersonRecognizer.Find, the given names after a rank).
    [InlineData("Lieutenant General Said Kelmar, the Ostrian chief of staff, arrived in Vesk.", "Said Kelmar")]
    [InlineData("The contingent was led by Lieutenant Colonel Will Dosk.", "Will Dosk")]
    public void A_capitalised_function_word_after_a_rank_and_before_a_name_is_a_given_name(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    // At the head of a sentence, or before a place, the word keeps its sense.
    [InlineData("In Kelmar Dosk's absence, Gen. Ivo Brandt spoke.", "Ivo Brandt")]
    [InlineData("The medal went to Gen. Ivo Brandt, who served In Phnom Penh.", "Ivo Brandt")]
    public void A_function_word_at_a_sentence_start_or_before_a_place_is_no_given_name(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    // After "the" or a state's possessive, words of an organisation's name run on into its last words.
    [InlineData("Defence Minister Tom Reid met the head of Ostria's Defence Industries Presidency on Monday.", "Tom Reid")]
    [InlineData("Defence Minister Tom Reid met the head of the Defence Supply Presidency on Monday.", "Tom Reid")]
    // An office or "of" before the organisation's words still introduces a person.
    [InlineData("The deal was signed by Secretary of Defense Ivo Brandt on Monday.", "Ivo Brandt")]
    [InlineData("The deal was signed by Ostria's Defence Minister Ivo Brandt on Monday.", "Ivo Brandt")]
    public void The_last_words_of_an_organisations_name_are_no_person(string sentence, string name)
        => Assert.Equal(name, People(sentence).Select(p => p.Name).Single());

    [Theory]
    [InlineData("Maj. Gen. Ivo Brandt, Deputy Commanding General-East for the Ostrian Army, spoke.", "Ivo Brandt")]
    [InlineData("The visitors met the Deputy Commander-North of the fleet, Ivo Brandt.", "Ivo Brandt")]
    // A hyphenated family name is a name.
    [InlineData("Defence Minister Ana Kel-Arlo spoke.", "Ana Kel-Arlo")]
    public void A_hyphenated_office_is_no_name(string sentence, string name)
        => Assert.Equal(name, People(sentence).Select(p => p.Name).Single());

    [Theory]
    [InlineData("MajGen Kabul Dosk Arlo, the Ostrian defence minister, arrived in Vesk.", "Kabul Dosk Arlo")]
    [InlineData("Lt. Gen. Paris Kel Arlovich greeted the crew.", "Paris Kel Arlovich")]
    public void A_citys_name_after_a_rank_and_before_two_name_words_is_a_given_name(string sentence, string name)
        => Assert.Equal(name, People(sentence).Single().Name);

    [Theory]
    // A city that does not stand right after a rank stays a place.
    [InlineData("The award went to Gen. Ivo Brandt in Paris Monday.", "Ivo Brandt")]
    [InlineData("Defence Minister Ivo Brandt met Kabul Dosk Arlo reporters.", "Ivo Brandt")]
    public void A_city_elsewhere_stays_a_place(string sentence, string name)
        => Assert.Equal(name, People(sentence).Select(p => p.Name).Single());

    [Theory]
    // PersonRecognizer.OfficePossessiveBefore: capitalised words right after an office or a body in the possessive are a
    // thing it has (a meeting, a unit), no person.
    [InlineData("The cadets will train under the ASEAN Defence Minister’s Harbour Plus next year.")]
    [InlineData("Kelm will host drills under the ASEAN Defence Minister’s Kelm Plus this year.")]
    [InlineData("He serves as an Officer to the KDF’s Engineer Platoon.")]
    public void Words_after_an_office_in_the_possessive_are_no_person(string sentence)
        => Assert.Empty(People(sentence));

    [Theory]
    // The possessive of a state, or an office between the possessive and the name, still introduces a person.
    [InlineData("The deal was signed by Ostria's Defence Minister Ivo Brandt on Monday.", "Ivo Brandt")]
    [InlineData("The Defence Minister's aide, Colonel Ivo Brandt, spoke.", "Ivo Brandt")]
    [InlineData("He met the Vesk Defence Minister's deputy, Ivo Brandt, in Kelm.", "Ivo Brandt")]
    public void A_name_after_an_office_in_the_possessive_and_other_words_is_a_person(string sentence, string name)
        => Assert.Equal(name, People(sentence).Select(p => p.Name).Single());
}
