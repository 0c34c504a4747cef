using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Stages;

/// <summary>
/// Build events: the rules met in real text (docs/extraction.md, "Phenomena met in real text"),
/// each with an invented example and the engagements it must give, extraction alone, written from
/// Cambodia, published 27 April 2023 (a Thursday). An engagement reads
/// "kind status date countries city", engagements joined by " | ", in order.
/// </summary>
public class EventsTests
{
    private static readonly Gazetteer s_cambodian = Gazetteer.Default with { Home = "KH" };

    private static ArticleFacts Extract(string text)
    {
        var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text));
        var side = SidecarReader.Read("/c/a.yaml", "a", "published: 2023-04-27\n");
        return ArticleExtractor.Extract(article, side, s_cambodian, curation: false);
    }

    private static string Summary(ArticleFacts facts)
        => string.Join(" | ", facts.Engagements.Select(e =>
            $"{e.Kind} {e.Status} {e.Date ?? "-"} {string.Join(",", e.Countries.OrderBy(c => c, StringComparer.Ordinal))} {e.Location?.City ?? "-"}"));

    [Theory]
    // Generic and background wording is no engagement (events.tsv [generic], [generic-sentence], [not-reporting]).
    // Articles in French: occasion words of events.tsv in French, the states by their French names and demonyms
    // (countries.tsv), the months of dates.tsv [months-other]; "formation" alone, the field of cooperation, is no occasion.
    [InlineData("EVT-FR1", "Le général Sok Dara a rencontré le colonel Jean Marval, du ministère français des Armées, à Phnom Penh le 20 avril.", "meeting held 2023-04-20 FR,KH Phnom Penh")]
    [InlineData("EVT-FR2", "D'après le colonel Jean Marval, la France donne depuis le 3 avril un stage de quatre semaines à des sergents cambodgiens.", "training held 2023-04-03 FR,KH -")]
    [InlineData("EVT-FR3", "La France reste fidèle à la formation de sergents cambodgiens.", "")]
    // French places and dates of an occasion (patterns.tsv place-after and city-preposition, "à", "au", "en"; dates.tsv
    // [weekdays-other]; a range "du 18 au 20" by its first day) and French occasion words ("entrevue", "Dialogue … de
    // défense", an agreement "signé" in the passive after its noun).
    [InlineData("EVT-FR4", "Le général cambodgien Kem Vasna s'est rendu à Vientiane du 18 au 20 avril pour une visite officielle.", "visit held 2023-04-18 KH,LA Vientiane")]
    [InlineData("EVT-FR5", "Le colonel Jean Marval, attaché français, a eu mardi une entrevue avec le général cambodgien Kem Vasna.", "meeting held 2023-04-25 FR,KH -")]
    [InlineData("EVT-FR6", "Le général Kem Vasna et le colonel Jean Marval ont coprésidé le 18 avril le deuxième Dialogue de défense Cambodge-France.", "conference held 2023-04-18 FR,KH -")]
    [InlineData("EVT-FR7", "Le mémorandum d'entente entre la France et le Cambodge a été signé hier par le général Kem Vasna.", "agreement held 2023-04-26 FR,KH -")]
    // The thirty-third round: a meeting verb after an adverb ("a également rencontré", "s'est en outre entretenu avec"), and a
    // guest received in the passive ("a été reçu … par le général").
    [InlineData("EVT-FR8", "Le général cambodgien Kem Vasna a également rencontré mardi le ministre laotien de la Défense.", "meeting held 2023-04-25 KH,LA -")]
    [InlineData("EVT-FR9", "Le général cambodgien Kem Vasna s'est en outre entretenu mardi avec le ministre laotien de la Défense.", "meeting held 2023-04-25 KH,LA -")]
    [InlineData("EVT-FR10", "Le général laotien Tomas Dosk a été reçu mardi à Phnom Penh par le général cambodgien Kem Vasna.", "meeting held 2023-04-25 KH,LA Phnom Penh")]
    // One talk ("un entretien avec", "lors d'un entretien tenu"), not upkeep ("un entretien des véhicules"); a declaration of
    // intent signed; drills told as qualified "manœuvres"; "a reçu" with the day and town before the guest; Egypt, Switzerland
    // and New Zealand by their French names and demonyms, and French names of capitals ("au Caire").
    [InlineData("EVT-FR11", "Le colonel Jean Marval, attaché français, a eu mardi un entretien avec le général cambodgien Kem Vasna à Phnom Penh.", "meeting held 2023-04-25 FR,KH Phnom Penh")]
    [InlineData("EVT-FR12", "La France a financé un entretien des véhicules de l'armée cambodgienne.", "")]
    [InlineData("EVT-FR13", "Les ministres français et cambodgien de la Défense ont signé mardi une déclaration d'intention à Phnom Penh.", "agreement held 2023-04-25 FR,KH Phnom Penh")]
    [InlineData("EVT-FR14", "Le Cambodge et la France ont commencé lundi des manœuvres conjointes à Kampot.", "exercise held 2023-04-24 FR,KH Kampot")]
    [InlineData("EVT-FR15", "Le général Kem Vasna a reçu le 24 avril à Kampot une délégation du ministère laotien de la Défense.", "meeting held 2023-04-24 KH,LA Kampot")]
    [InlineData("EVT-FR16", "Le général égyptien Omar Vessak a rencontré mardi au Caire le général cambodgien Kem Vasna.", "meeting held 2023-04-25 EG,KH Cairo")]
    [InlineData("EVT-FR17", "Un accord entre le Cambodge et les Émirats arabes unis a été signé mardi à Abou Dhabi.", "agreement held 2023-04-25 AE,KH Abu Dhabi")]
    // The thirty-fifth round: a working session ("une séance de travail avec le général …") is a meeting; Turkey by its French
    // name and demonym.
    [InlineData("EVT-FR18", "Le général laotien Tomas Dosk a tenu mardi à Kampot une séance de travail avec le général cambodgien Kem Vasna.", "meeting held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR19", "Le général turc Omar Kelt a signé mardi à Phnom Penh un accord avec le Cambodge.", "agreement held 2023-04-25 KH,TR Phnom Penh")]
    // The thirty-sixth round: two sides talking told reflexively in the plural ("se sont entretenus", no "avec" needed), agreements
    // told by the participle with the day they were signed ("signées ce mardi"; not one named by its year), a numbered session
    // of a joint commission in French; the Republic of the Congo by its French name.
    [InlineData("EVT-FR20", "Le ministre laotien Tomas Dosk et le général cambodgien Kem Vasna se sont entretenus mardi à Kampot.", "meeting held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR21", "Le Laos et le Cambodge ont deux conventions signées ce mardi à Kampot par leurs ministres.", "agreement held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR22", "Le Laos et le Cambodge ont revu l'accord signé en 2010 à Kampot.", "")]
    [InlineData("EVT-FR23", "Le ministre laotien Tomas Dosk et son homologue cambodgien Kem Vasna ont clos mardi à Kampot la 12e session de la commission mixte.", "meeting held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR24", "La République du Congo et le Cambodge ont signé mardi à Kampot un accord de défense.", "agreement held 2023-04-25 CG,KH Kampot")]
    // The thirty-seventh round: a guest received in the passive by a host named by a lower rank ("par le capitaine …"); a
    // conference by its French name, capitalised or numbered, not a press conference.
    [InlineData("EVT-FR25", "Le général laotien Tomas Dosk et sa délégation ont été reçus mardi à Kampot par le capitaine cambodgien Kem Vasna.", "meeting held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR26", "Le général cambodgien Kem Vasna et le général laotien Tomas Dosk ont ouvert mardi à Kampot la 7e Conférence des chefs d'état-major.", "conference held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR27", "Le général cambodgien Kem Vasna et le général laotien Tomas Dosk ont ouvert mardi à Kampot la 4e conférence informelle des chefs.", "conference held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR28", "Le général cambodgien Kem Vasna a donné mardi à Kampot une conférence de presse sur le Laos.", "")]
    [InlineData("EVT-FR29", "Le général cambodgien Kem Vasna a reçu hier à la résidence de Kampot, une délégation laotienne conduite par le général Tomas Dosk.", "meeting held 2023-04-26 KH,LA -")]
    [InlineData("EVT-FR30", "Le général cambodgien Kem Vasna a reçu hier à Kampot, dix camions offerts par le Laos.", "")]
    // The thirty-seventh round's reference data: capitals and large cities by their French names (places.tsv, each another
    // name of the English place), accented or not; a French word left out of the table places nothing ("Canton", also a district).
    [InlineData("EVT-FRC1", "Le ministre laotien Tomas Dosk et le général cambodgien Kem Vasna se sont entretenus mardi à Varsovie.", "meeting held 2023-04-25 KH,LA Warsaw")]
    [InlineData("EVT-FRC2", "Le Laos et le Cambodge ont signé mardi à Pékin un accord de défense.", "agreement held 2023-04-25 KH,LA Beijing")]
    [InlineData("EVT-FRC3", "Le Laos et le Cambodge ont signé mardi à Teheran un accord de défense.", "agreement held 2023-04-25 KH,LA Tehran")]
    [InlineData("EVT-FRC4", "Le ministre laotien Tomas Dosk et le général cambodgien Kem Vasna se sont entretenus mardi à La Havane.", "meeting held 2023-04-25 KH,LA Havana")]
    [InlineData("EVT-FRC5", "Le Laos et le Cambodge ont signé mardi à Canton un accord de défense.", "agreement held 2023-04-25 KH,LA -")]
    // The French words of occasions of the thirty-eighth round (events.tsv, reference data): one sentence a kind, and near words
    // that stay no occasion (the top of a state, a duty exercised, goods arriving).
    [InlineData("EVT-FR31", "Le ministre laotien Tomas Dosk et le général cambodgien Kem Vasna se sont rencontrés mardi à Kampot.", "meeting held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR32", "Le général laotien Tomas Dosk se rendra le 3 mai au Cambodge.", "visit planned 2023-05-03 KH,LA -")]
    [InlineData("EVT-FR33", "Le Laos et le Cambodge ont paraphé mardi à Kampot un protocole d'accord de défense.", "agreement held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR34", "Le Cambodge et le Laos ont ouvert mardi à Kampot un atelier régional de formation des officiers.", "training held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR35", "Le Cambodge et le Laos ont lancé mardi à Kampot l'exercice Mekong Shield.", "exercise held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR36", "La France a fourni mardi à Kampot dix camions à l'armée cambodgienne.", "aid held 2023-04-25 FR,KH Kampot")]
    [InlineData("EVT-FR37", "Le général laotien Tomas Dosk a assisté mardi à Kampot à la passation de commandement de la région militaire cambodgienne.", "ceremony held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR38", "Le Cambodge et le Laos ont ouvert mardi à Kampot un séminaire sur la sécurité maritime.", "conference held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR39", "Le général cambodgien Kem Vasna reste au sommet de l'État laotien depuis dix ans.", "")]
    [InlineData("EVT-FR40", "Le colonel cambodgien Kem Vasna a été blessé dans l'exercice de ses fonctions au Laos.", "")]
    [InlineData("EVT-FR41", "Le lot de matériel du Laos est arrivé mardi au Cambodge.", "")]
    // The thirty-ninth round (events.tsv, countries.tsv): a declaration of intent told in the passive far after its noun
    // (the two governments named between them, more than 60 characters); the United States written without the accent of
    // its capital.
    [InlineData("EVT-FR42", "Une déclaration d'intention des gouvernements du Laos et du Cambodge sur leurs échanges navals et la formation des équipages à bord a été signée mardi à Kampot.", "agreement held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR43", "Les Etats-Unis et le Cambodge ont signé mardi à Kampot un accord de défense.", "agreement held 2023-04-25 KH,US Kampot")]
    // The fortieth round (events.tsv): a defence dialogue by a longer French name, capitalised or in lower case after its number
    // (a bare "dialogue" stays no occasion); the signing of a counted number of agreements.
    [InlineData("EVT-FR44", "Le général cambodgien Kem Vasna et le général laotien Tomas Dosk ont tenu mardi à Kampot leurs 5e dialogues sur la politique de défense de Vesk.", "conference held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR45", "Le général cambodgien Kem Vasna et le général laotien Tomas Dosk ont ouvert mardi à Kampot le deuxième Dialogue de coopération et de stratégie de défense.", "conference held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR46", "Le général cambodgien Kem Vasna a appelé mardi à Kampot aux dialogues sur la politique de défense de Vesk et du Laos.", "")]
    [InlineData("EVT-FR47", "Le Laos et le Cambodge ont procédé mardi à Kampot à la signature de deux accords de défense.", "agreement held 2023-04-25 KH,LA Kampot")]
    // The forty-first round (DateRecognizer, patterns.tsv city-preposition): two days joined by "et", dated by the first; a town
    // named after "dans la province de" is the occasion's place.
    [InlineData("EVT-FR48", "Le général laotien Tomas Dosk et le général cambodgien Kem Vasna se sont rencontrés les 20 et 21 avril à Kampot.", "meeting held 2023-04-20 KH,LA Kampot")]
    [InlineData("EVT-FR49", "Le général laotien Tomas Dosk a rencontré mardi le général cambodgien Kem Vasna dans la province de Battambang.", "meeting held 2023-04-25 KH,LA Battambang")]
    // Two sides meeting told by "se sont réunis" (events.tsv, the forty-second round); a body that met alone is no occasion.
    [InlineData("EVT-FR50", "Le général cambodgien Kem Vasna et le général laotien Tomas Dosk se sont réunis mardi à Vientiane.", "meeting held 2023-04-25 KH,LA Vientiane")]
    [InlineData("EVT-FR51", "Le comité de la ville s'est réuni mardi pour la fête.", "")]
    // The forty-fifth round: the weekday between "a reçu" and the guest after "ce" and with its day and month (events.tsv French
    // meeting row of a day told by a word); goods received so are still no meeting.
    [InlineData("EVT-FR52", "Le ministre cambodgien de la Défense a reçu ce mardi 25 avril, l'ambassadeur du Laos au Cambodge.", "meeting held 2023-04-25 KH,LA -")]
    [InlineData("EVT-FR53", "Le général cambodgien Kem Vasna a reçu ce mardi 25 avril, dix camions offerts par le Laos.", "")]
    // The forty-seventh round: "a reçu" with a guest told as the host's counterpart or in the plural or by a count, the day and the
    // place between or not (events.tsv French meeting row of the host's counterpart and plural guests); goods stay none.
    [InlineData("EVT-FR55", "Le général cambodgien Kem Vasna a reçu mardi dernier à la direction des relations extérieures de Kampot son homologue laotien.", "meeting held 2023-04-25 KH,LA -")]
    [InlineData("EVT-FR56", "Le gouverneur cambodgien Kem Vasna a reçu le 24 avril des dirigeants de l'armée laotienne.", "meeting held 2023-04-24 KH,LA -")]
    [InlineData("EVT-FR57", "Le général cambodgien Kem Vasna a reçu dans la caserne de la région à Kampot deux délégations militaires laotiennes.", "meeting held - KH,LA Kampot")]
    [InlineData("EVT-FR58", "Le général cambodgien Kem Vasna a reçu le 24 avril des camions offerts par le Laos.", "")]
    // The fifty-eighth round: a treaty signed ("ont signé un traité", "a signé … le traité") is an agreement as the French verb rows
    // read one (events.tsv); a treaty only spoken of is none.
    [InlineData("EVT-FR59", "Le général laotien Tomas Dosk et le général cambodgien Kem Vasna ont signé mardi à Kampot un traité d'assistance mutuelle.", "agreement held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR60", "Le général cambodgien Kem Vasna a également signé mardi le traité sur la frontière avec le Laos.", "agreement held 2023-04-25 KH,LA -")]
    [InlineData("EVT-FR61", "Le général cambodgien Kem Vasna a évoqué mardi le traité de paix avec le Laos.", "")]
    // The sixtieth round: a courtesy call ("une visite de courtoisie") is a meeting, as the English "courtesy visit" is, dated by the
    // day told before it; a state visit stays a visit.
    [InlineData("EVT-FR62", "Tomas Dosk, général laotien, a fait le 24 avril une visite de courtoisie chez Kem Vasna, le ministre cambodgien.", "meeting held 2023-04-24 KH,LA -")]
    [InlineData("EVT-FR63", "Les officiers laotiens ont effectué mardi à Kampot des visites de courtoisie auprès du général cambodgien Kem Vasna.", "meeting held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR64", "Le général laotien Tomas Dosk a effectué le 24 avril une visite officielle au Cambodge.", "visit held 2023-04-24 KH,LA -")]
    // The sixtieth round: an adverb between the auxiliary and "reçu", active or passive, as in "a également rencontré"
    // (events.tsv French meeting rows of a guest received); goods received so stay none.
    [InlineData("EVT-FR65", "Le général cambodgien Kem Vasna a également reçu mardi le général laotien Tomas Dosk.", "meeting held 2023-04-25 KH,LA -")]
    [InlineData("EVT-FR66", "Le général laotien Tomas Dosk a été aussi reçu par le général cambodgien Kem Vasna.", "meeting held - KH,LA -")]
    [InlineData("EVT-FR67", "Le général cambodgien Kem Vasna a aussi reçu son homologue laotien.", "meeting held - KH,LA -")]
    [InlineData("EVT-FR68", "Le général cambodgien Kem Vasna a également reçu des camions offerts par le Laos.", "")]
    // The sixtieth round: a guest welcomed by his host in the passive ("a été accueilli par", "avait été accueilli par") is a
    // meeting (events.tsv French meeting row of a guest welcomed); a welcome on arrival or at an airport stays none.
    [InlineData("EVT-FR69", "Le général laotien Tomas Dosk a été accueilli mardi par son homologue cambodgien à Kampot.", "meeting held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-FR70", "Le général laotien Tomas Dosk avait été accueilli par le général cambodgien Kem Vasna.", "meeting held - KH,LA -")]
    [InlineData("EVT-FR71", "Le général laotien Tomas Dosk a été accueilli à l'aéroport de Kampot par le général cambodgien Kem Vasna.", "")]
    [InlineData("EVT-FR72", "Dès son arrivée, le général laotien Tomas Dosk a été accueilli lundi par son homologue cambodgien.", "")]
    // The sixty-second round: a talk by telephone told "une conversation téléphonique avec" someone is a meeting (events.tsv French
    //   meeting row), as "un entretien téléphonique" is; one named with nobody after "avec" stays none.
    [InlineData("EVT-FR76", "Le général cambodgien Kem Vasna a eu mardi une conversation téléphonique avec son homologue laotien.", "meeting held 2023-04-25 KH,LA -")]
    [InlineData("EVT-FR77", "Selon le général cambodgien Kem Vasna, la conversation téléphonique de mardi a rassuré le Laos.", "")]
    // The sixty-seventh round: a guest received in the host's office, the office and its town between "a reçu" and the guest
    //   (events.tsv French meeting row of a guest received in an office), is a meeting; a guest named by an office the rows do not
    //   read ("le secrétaire") stays none.
    [InlineData("EVT-FR78", "Le général cambodgien Kem Vasna a reçu en son cabinet à Kampot le conseiller du ministère laotien de la Défense, le colonel Tomas Dosk.", "meeting held - KH,LA Kampot")]
    [InlineData("EVT-FR79", "Le ministre cambodgien Kem Vasna a reçu dans son Bureau l'ambassadeur laotien Tomas Dosk.", "meeting held - KH,LA -")]
    [InlineData("EVT-FR80", "Le général cambodgien Kem Vasna a reçu dans son cabinet le secrétaire de l'association laotienne des anciens élèves.", "")]

    // Articles in Spanish: occasion words of events.tsv in Spanish, the states by their Spanish names and demonyms
    // (countries.tsv); a body that "se reunirá" each year is no occasion.
    [InlineData("EVT-ES1", "El ministro boliviano de Defensa, Tomás Arlo, firmó en Kelm con su colega paraguayo, Rafael Dosk, un convenio de cooperación.", "agreement held - BO,PY -")]
    [InlineData("EVT-ES2", "El general camboyano Kem Vasna se reunió en Kelm con el jefe vietnamita Tran Minh Kel.", "meeting held - KH,VN -")]
    [InlineData("EVT-ES3", "El grupo de trabajo de Bolivia y Paraguay se reunirá cada año.", "")]
    [InlineData("EVT-R01", "Cambodian Defence Minister Sok Dara congratulated Laos for hosting a smooth summit last year.", "")]
    [InlineData("EVT-R02", "Neither Laos nor Cambodia had organised such joint training before.", "")]
    [InlineData("EVT-R03", "Laos declined to join a further committee meeting with Cambodia this year.", "")]
    [InlineData("EVT-R04", "VIENTIANE, April 25 - Delegates at the talks. — Lao News Photo Somsak Vong", "")]
    [InlineData("EVT-R05", "Previously, General Sok Dara went to Seoul in 2019 and met the South Korean army chief.", "")]
    // A state named as context is no party (events.tsv [context-before], [context-after]).
    [InlineData("EVT-R06", "Defence Minister Sok Dara met Japanese Ambassador Kenji Mori in Phnom Penh on Monday, amid the Myanmar crisis.", "meeting held 2023-04-24 JP,KH Phnom Penh")]
    [InlineData("EVT-R07", "Japanese Defence Minister Kenji Mori held talks with Sok Dara in Phnom Penh on Monday to counter China’s claims at sea.", "meeting held 2023-04-24 JP,KH Phnom Penh")]
    // A dialogue is a conference (events.tsv [triggers]); Việt Nam is Vietnam (countries.tsv).
    [InlineData("EVT-R08", "Laos and Cambodia opened their fifth Defence Policy Dialogue in Vientiane on Tuesday.", "conference held 2023-04-25 KH,LA Vientiane")]
    [InlineData("EVT-R09", "Defence ministers of Việt Nam and Cambodia met in Hanoi on Monday.", "meeting held 2023-04-24 KH,VN Hanoi")]
    // The conference after a trigger's venue words is its venue (events.tsv [venue-before]).
    [InlineData("EVT-R10", "Cambodian Defence Minister Sok Dara met his Lao counterpart Khamla Vongsa on the sidelines of the ASEAN summit in Vientiane on Monday.", "meeting held 2023-04-24 KH,LA Vientiane")]
    // A bloc's own occasion, named by its name or acronym, has the bloc's members as states, with any state the name holds
    // (events.tsv [blocs]); a meeting held at it keeps its two sides, and an occasion with outside partners the text
    // does not list (ADMM-Plus) is no row.
    [InlineData("EVT-BL1", "Cambodian Defence Minister Sok Dara attended the ADMM in Vientiane on Monday.", "conference held 2023-04-24 BN,ID,KH,LA,MM,MY,PH,SG,TH,VN Vientiane")]
    [InlineData("EVT-BL2", "Japanese Prime Minister Kenji Mori spoke at the Japan-ASEAN summit in Tokyo on Saturday.", "conference held 2023-04-22 BN,ID,JP,KH,LA,MM,MY,PH,SG,TH,VN Tokyo")]
    [InlineData("EVT-BL4", "Cambodian Defence Minister Sok Dara held talks with his Lao counterpart Khamla Vongsa on the sidelines of the ADMM in Vientiane on Monday.", "meeting held 2023-04-24 KH,LA Vientiane")]
    [InlineData("EVT-BL3", "Japanese Prime Minister Kenji Mori spoke at the Japan-ASEAN summit in Tokyo on Saturday. Thai Deputy Prime Minister Anan Srisuk attended the Japan-ASEAN summit too, in place of the prime minister.", "conference held 2023-04-22 BN,ID,JP,KH,LA,MM,MY,PH,SG,TH,VN Tokyo")]
    [InlineData("EVT-BL5", "Japanese Defence Minister Kenji Mori attended the ADMM-Plus in Vientiane on Monday.", "conference held 2023-04-24 JP,LA Vientiane")]
    [InlineData("EVT-BL6", "Japanese Defence Minister Kenji Mori attended the ADMM+ in Vientiane on Monday.", "conference held 2023-04-24 JP,LA Vientiane")]
    // A sentence whose occasion names no state but counts three or more parties ("all three countries", patterns.tsv
    // counted-parties) takes the states the nearest earlier sentence names in that number, not the occasion before's
    // two; with no such sentence it keeps the occasion before's states.
    [InlineData("EVT-CP1", "Laos, Vietnam and Cambodia share a long border.\nCambodian Defence Minister Sok Dara met Lao Defence Minister Khamla Vongsa in Kampot on Tuesday.\nThe closing ceremony on Friday will be attended by the defence ministers of all three countries.", "meeting held 2023-04-25 KH,LA Kampot | ceremony planned 2023-04-28 KH,LA,VN Kampot")]
    [InlineData("EVT-CP2", "Laos and Cambodia share a long border.\nCambodian Defence Minister Sok Dara met Lao Defence Minister Khamla Vongsa in Kampot on Tuesday.\nThe closing ceremony on Friday will be attended by the defence ministers of all three countries.", "meeting held 2023-04-25 KH,LA Kampot | ceremony planned 2023-04-28 KH,LA Kampot")]
    // A sentence opened by "Meeting in" a capitalised place, then a comma and its subject ("the", "their"), tells a meeting
    // (events.tsv, the meeting verbs): with a count of its parties it takes the states of the lead that names them. Not a
    // gerund before a small word ("Meeting in person"), nor one with a finite verb before the comma ("Meeting in Riga was hard").
    [InlineData("EVT-MP1", "Estonia, Finland, Latvia, Lithuania and Poland on Monday pledged closer air defence work. Meeting in Riga for their yearly round, the five states' defence ministers signed a joint plan.", "meeting held 2023-04-24 EE,FI,LT,LV,PL Riga")]
    [InlineData("EVT-MP2", "Meeting in person is rare for the Ostrian and Thai chiefs, the Thai minister said on Monday.", "")]
    [InlineData("EVT-MP3", "Meeting in Riga was hard for Thai and Lao envoys, the Thai minister said on Monday.", "")]
    // A meeting of three states is one engagement unless the sentence says the meetings were separate.
    [InlineData("EVT-R11", "Lao Defence Minister Khamla Vongsa convened a meeting with the defence ministers of Việt Nam and Cambodia in Vientiane on Monday.", "meeting held 2023-04-24 KH,LA,VN Vientiane")]
    [InlineData("EVT-R12", "Cambodian Defence Minister Sok Dara held talks with the Philippine and New Zealand delegations in Singapore on Saturday.", "meeting held 2023-04-22 KH,NZ Singapore | meeting held 2023-04-22 KH,PH Singapore")]
    // A participle set off by commas is not the sentence's event; a dateline's date in brackets is not the event's.
    [InlineData("EVT-R13", "Japanese Defence Minister Kenji Mori, visiting Laos for a regional forum, held talks with Cambodian Defence Minister Sok Dara on Monday.", "meeting held 2023-04-24 JP,KH -")]
    [InlineData("EVT-R14", "KAMPOT PROVINCE, Cambodia (April 26, 2023) -- Australian engineers and Cambodian deminers opened a joint exercise on April 20.", "exercise held 2023-04-20 AU,KH Kampot")]
    // The city of a dateline places the engagement its sentence reports, unless the sentence places it elsewhere.
    [InlineData("EVT-R15", "VIENTIANE, April 24 (Lao News) -- Cambodian Defence Minister Sok Dara held talks with Lao Defence Minister Khamla Vongsa on Monday.", "meeting held 2023-04-24 KH,LA Vientiane")]
    [InlineData("EVT-R16", "Hanoi (Lao News) – Laos and Cambodia met for defence policy talks in Oudomxay on Monday.", "meeting held 2023-04-24 KH,LA -")]
    // A city after "the … city of"; a verb of occurrence makes its noun the sentence's event.
    [InlineData("EVT-R17", "The navy chiefs of Chile and Peru met in the Chilean capital city of Santiago on Monday.", "meeting held 2023-04-24 CL,PE Santiago")]
    // The sixty-eighth round: "In" or "At" with a capital (here opening the sentence) before the city, or before "the … city of" it, as "in" and "at" are
    //   (patterns.tsv city-preposition).
    [InlineData("EVT-IA1", "In the Lao city of Pakse, Cambodian Defence Minister Sok Dara and Lao Defence Minister Khamla Vongsa held talks on Monday. Sok Dara had flown in from Kampot.", "meeting held 2023-04-24 KH,LA Pakse")]
    [InlineData("EVT-IA2", "At Pakse, Cambodian Defence Minister Sok Dara and Lao Defence Minister Khamla Vongsa held talks on Monday. Sok Dara had flown in from Kampot.", "meeting held 2023-04-24 KH,LA Pakse")]
    // "called on X" is a meeting.
    [InlineData("EVT-R19", "Cambodian Army commander Sok Dara called on Indian Army Chief Raj Kumar in New Delhi on Monday.", "meeting held 2023-04-24 IN,KH New Delhi")]
    // "received the (newly appointed) Thai Defence Attaché …": an envoy, commander or minister received after "the" or a word of
    // newness is a meeting when more words follow the title (events.tsv, the second "received" row); a minister's letter received
    // is none, nor "the Thai minister" closing the sentence (a guest told before: the talks alone).
    [InlineData("EVT-R42", "Lao Defence Minister Khamla Vongsa received the newly appointed Thai Defence Attaché Colonel Anan Srisuk in Vientiane on Monday.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-R43", "Lao Defence Minister Khamla Vongsa received newly-appointed Thai Military Attaché Colonel Anan Srisuk on Monday.", "meeting held 2023-04-24 LA,TH -")]
    [InlineData("EVT-R44", "Lao Defence Minister Khamla Vongsa received the Thai Army Commander General Anan Srisuk on Monday.", "meeting held 2023-04-24 LA,TH -")]
    [InlineData("EVT-R45", "Lao Defence Minister Khamla Vongsa received the Thai Minister's letter on Monday.", "")]
    [InlineData("EVT-R46", "Thai Defence Minister Anan Srisuk held talks in Vientiane on Monday. Later, Lao Prime Minister Sone Vilay received the Thai minister.", "meeting held 2023-04-24 LA,TH Vientiane")]
    // A date beyond an apposition set off by commas, or set off by commas itself, is the clause's.
    // A date stamp opening the text is no part of the sentence after it, whose opening date stays its opener.
    [InlineData("EVT-DS1", "date 2023-04-27 On 14 April, Laos’s Minister of National Defence, General Khamla Vongsa, held talks in Phnom Penh with Cambodian Defence Minister Sok Dara.", "meeting held 2023-04-14 KH,LA Phnom Penh")]
    [InlineData("EVT-DS2", "The date 2023-04-27 On 14 April, Laos’s Minister of National Defence, General Khamla Vongsa, held talks in Phnom Penh with Cambodian Defence Minister Sok Dara.", "meeting held - KH,LA Phnom Penh")]
    // A stamp of day, month and year glued to an underscore is a sentence of its own too (segment.tsv [stamp-glue]): the date
    // that opens the report after it dates the meeting; without the underscore both dates stay in one sentence, whose opening
    // date, the stamp's, is taken.
    [InlineData("EVT-DS4", "date 2023-04-27 26 April 2023_ On 25 April 2023, the Cambodian Defence Minister, General Sok Dara, met with Thai Ambassador Anan Srisuk to discuss mine clearance.", "meeting held 2023-04-25 KH,TH -")]
    // A lede that names nobody and the report that names the people a sentence later are one occasion (EngagementBuilder.Lede):
    // after a date stamp standing as a sentence of its own, the lede is the article's first sentence after the stamp.
    [InlineData("EVT-DS7", "Les ministres de la Défense nationale du Laos, du Vietnam et de la Thaïlande se sont réunis mardi à Vientiane pour leur première rencontre officielle. La réunion a eu lieu à l'Ecole d'état-major, en présence du général Tomas Dosk (Laos), de son homologue thaïlandais, le général Anan Srisuk, et du général Van Kiet, ministre de la Défense du Vietnam.", "meeting held 2023-04-25 LA,TH,VN Vientiane")]
    [InlineData("EVT-DS8", "date 2023-04 Les ministres de la Défense nationale du Laos, du Vietnam et de la Thaïlande se sont réunis mardi à Vientiane pour leur première rencontre officielle. La réunion a eu lieu à l'Ecole d'état-major, en présence du général Tomas Dosk (Laos), de son homologue thaïlandais, le général Anan Srisuk, et du général Van Kiet, ministre de la Défense du Vietnam.", "meeting held 2023-04-25 LA,TH,VN Vientiane")]
    [InlineData("EVT-DS9", "date 2023-04-27 Les ministres de la Défense nationale du Laos, du Vietnam et de la Thaïlande se sont réunis mardi à Vientiane pour leur première rencontre officielle. La réunion a eu lieu à l'Ecole d'état-major, en présence du général Tomas Dosk (Laos), de son homologue thaïlandais, le général Anan Srisuk, et du général Van Kiet, ministre de la Défense du Vietnam.", "meeting held 2023-04-25 LA,TH,VN Vientiane")]
    [InlineData("EVT-DS5", "26 April 2023_ On 25 April 2023, the Cambodian Defence Minister, General Sok Dara, met with Thai Ambassador Anan Srisuk to discuss mine clearance.", "meeting held 2023-04-25 KH,TH -")]
    [InlineData("EVT-DS6", "26 April 2023 On 25 April 2023, the Cambodian Defence Minister, General Sok Dara, met with Thai Ambassador Anan Srisuk to discuss mine clearance.", "meeting held 2023-04-26 KH,TH -")]
    // A date after a plan's "for" is the period the plan covers, not the talks' day (patterns.tsv plan-period-before). Without
    // "for", "this year" is the nearer date and the talks keep no year of it (EngagementBuilder.UndateThisYear): no day either.
    [InlineData("EVT-PP1", "Cambodian Defence Minister Sok Dara and Thai Defence Minister Anan Srisuk reviewed the border work of 2022 and settled on a mine clearance plan for this year at their talks in Bangkok on Wednesday.", "meeting held 2023-04-26 KH,TH Bangkok")]
    [InlineData("EVT-PP2", "Cambodian Defence Minister Sok Dara and Thai Defence Minister Anan Srisuk reviewed the border work of 2022 and settled on faster mine clearance this year at their talks in Bangkok on Wednesday.", "meeting held - KH,TH Bangkok")]
    // A span of weekdays is dated by its first day, not by the day nearest the trigger.
    [InlineData("EVT-DS3", "Thai border commanders and Cambodian generals gathered on Friday and Saturday for a meeting of the border committee in Pattaya.", "meeting held 2023-04-21 KH,TH Pattaya")]
    // A relative clause of occurrence after a noun trigger's own words dates it (patterns.tsv held-after); another relative clause does not.
    [InlineData("EVT-OD1", "During the video meeting between the defence ministers of Laos and Cambodia, which took place on Tuesday, Cambodian Defence Minister Sok Dara spoke of mine clearance.", "meeting held 2023-04-25 KH,LA -")]
    [InlineData("EVT-OD2", "During the video meeting between the defence ministers of Laos and Cambodia, which the press praised on Tuesday, Cambodian Defence Minister Sok Dara spoke of mine clearance.", "meeting held - KH,LA -")]
    // A French relative "où" clause of a dated clause, with a pronoun subject right before its trigger, takes that date (the fifty-sixth round).
    [InlineData("EVT-OU1", "Le ministre laotien de la Défense Vilay Sengdara s'est rendu mercredi 12 avril au Cambodge, où il a aussi rencontré Sok Dara, son homologue cambodgien.", "meeting held 2023-04-12 KH,LA -")]
    // A stay's date set off before the visit's frame ("dans le cadre d'une" and the visit) dates that visit (the sixty-eighth round); other words after the comma do not, and the bare visit, undated, is no occasion.
    [InlineData("EVT-OU5", "Une délégation du ministère laotien de la Défense séjourne au Cambodge depuis mercredi, 12 avril, dans le cadre d'une courte visite.", "visit held 2023-04-12 KH,LA -")]
    [InlineData("EVT-OU6", "Une délégation du ministère laotien de la Défense séjourne au Cambodge depuis mercredi, 12 avril, dans le cadre du pacte de Kelm et d'une courte visite.", "")]
    // A French sentence opened by "C'était" and a date dates the one occasion of the sentence before it (the fifty-sixth round); "C'était" and a noun does not.
    [InlineData("EVT-CE1", "Le ministre laotien de la Défense Vilay Sengdara a été reçu en audience par son homologue cambodgien Sok Dara.\n\nC'était, le mercredi 12 avril, dans la salle d'honneur du ministère.", "meeting held 2023-04-12 KH,LA -")]
    [InlineData("EVT-CE2", "Le ministre laotien de la Défense Vilay Sengdara a été reçu en audience par son homologue cambodgien Sok Dara.\n\nC'était la première fois depuis le 12 avril.", "meeting held - KH,LA -")]
    [InlineData("EVT-R20", "Indonesian Defence Minister Budi Santoso held talks with military chiefs in Cambodia, a longtime ally of Laos, on Monday.", "meeting held 2023-04-24 ID,KH -")]
    [InlineData("EVT-R21", "Cambodian and Thai cadets attended the flag ceremony here, April 20, for the annual exercise.", "ceremony held 2023-04-20 KH,TH -")]
    [InlineData("EVT-R22", "Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk in Bangkok, the ministry said on Monday.", "meeting held - KH,TH Bangkok")]
    // A meeting named with a capital inside a sentence (events.tsv).
    [InlineData("EVT-R23", "Cambodia and Laos on Wednesday held Extraordinary Meeting No. 2/2023 of the Joint Boundary Commission in Koh Kong.", "meeting held 2023-04-26 KH,LA Koh Kong")]
    // A venue city named a second time after the dateline; "a tour of" a city.
    [InlineData("EVT-R24", "Battambang, April 24 (Lao News) The joint military exercise of Laos and Cambodia, Mekong Shield, opened at Camp Sisavath in Battambang on Monday.", "exercise held 2023-04-24 KH,LA Battambang")]
    [InlineData("EVT-R25", "Vietnamese army chief Senior General Tran Van Minh, who was on a five-day tour of Siem Reap, Cambodia, met Cambodian Defence Minister Sok Dara on Monday.", "meeting held 2023-04-24 KH,VN Siem Reap | visit held - KH,VN Siem Reap")]
    // A trigger of another kind between a trigger and a date takes the date.
    [InlineData("EVT-R26", "The army chiefs of Laos and Cambodia met in Kampot under the agreement signed in March 2019.", "meeting held - KH,LA Kampot")]
    // An apposition after a noun trigger hides no future marker; a country after a city in a list is a party.
    [InlineData("EVT-R27", "Laos and Cambodia said the joint exercise, the seventh of its kind, is scheduled to take place in Kampot in May.", "exercise planned 2023-05 KH,LA Kampot")]
    [InlineData("EVT-R28", "Cambodia hosted the annual Regional Chiefs Informal Meeting in Siem Reap on Monday, bringing together the army chiefs of Laos, Singapore, Thailand and Vietnam.", "meeting held 2023-04-24 KH,LA,SG,TH,VN Siem Reap")]
    // A dateline naming a province after its chief town places the engagement there ("here" too).
    [InlineData("EVT-R29", "BATTAMBANG PROVINCE, Cambodia (April 26, 2023) -- Thai and Cambodian cadets attended the flag ceremony here, April 20, for the annual exercise.", "ceremony held 2023-04-20 KH,TH Battambang")]
    // A venue "in City, Country" with the date right after the country, no second comma.
    [InlineData("EVT-R30", "Cambodian Defence Minister Sok Dara met his Lao counterpart Khamla Vongsa in Luang Prabang, Laos on Tuesday.", "meeting held 2023-04-25 KH,LA Luang Prabang")]
    [InlineData("EVT-R34", "Cambodian Defence Minister Sok Dara met his Lao counterpart Khamla Vongsa in Luang Prabang, Laos on March 4.", "meeting held 2023-03-04 KH,LA Luang Prabang")]
    [InlineData("EVT-R31", "Cambodian Defence Minister Sok Dara met his Lao counterpart Khamla Vongsa in Luang Prabang, and the two armies trained together on Tuesday.", "meeting held - KH,LA Luang Prabang | training held 2023-04-25 KH,LA Luang Prabang")]
    // An office set off by commas after a person's name does not end the clause; a relative clause does.
    [InlineData("EVT-R35", "Cambodian Prime Minister Sok Dara met Major General Tan Wei Liang, commander of the Singapore Army, on April 20 at the Peace Palace.", "meeting held 2023-04-20 KH,SG Phnom Penh")]
    [InlineData("EVT-R36", "Cambodian Defence Minister Sok Dara met Thai General Anan Srisuk, who later toured the border on Monday.", "meeting held - KH,TH -")]
    // The place a verb of visiting takes as its object is the venue: a city, or only the country.
    [InlineData("EVT-R37", "Indian Army Chief Raj Kumar visited Phnom Penh on Monday.", "visit held 2023-04-24 IN,KH Phnom Penh")]
    [InlineData("EVT-R38", "Colonel Mark Davis said the US Pacific Fleet commander will visit Cambodia in May.", "visit planned 2023-05 KH,US -")]
    // Two triggers of one kind and status in a sentence tell one occasion: the date of either is its date.
    [InlineData("EVT-R39", "Phnom Penh – General Sok Dara, commander of the Cambodian navy, arrived in Indonesia Tuesday, becoming the first navy chief from Cambodia to visit Indonesia.", "visit held 2023-04-25 ID,KH -")]
    // The commas of a list of counted things do not cut a date from its trigger.
    [InlineData("EVT-R41", "The Cambodian army yesterday took delivery of 20 trucks, 14 boats, and other parts donated by South Korea.", "aid held 2023-04-26 KH,KR -")]
    // A known venue (places.tsv [venues]) after a preposition gives its city; named otherwise it places nothing.
    [InlineData("EVT-R32", "Cambodian Prime Minister Sok Dara met Indonesian army chief General Budi Santoso at the Peace Palace on Monday.", "meeting held 2023-04-24 ID,KH Phnom Penh")]
    [InlineData("EVT-R33", "A Kremlin statement said Russian Defence Minister Ivan Petrov met Cambodian Defence Minister Sok Dara on Monday.", "meeting held 2023-04-24 KH,RU -")]
    // A venue is searched for only where its first three characters stand (EngagementBuilder.VenueIndex, the fifty-fourth
    // speed round): found though they stand before inside other words ("Peacekeepers"), or begin another venue's name
    // ("Russian", "Russell Offices"), at the text's very end, or after a letter that is no ASCII one.
    [InlineData("EVT-R47", "Peacekeepers were thanked as Cambodian Prime Minister Sok Dara met Indonesian army chief General Budi Santoso on Monday at the Peace Palace", "meeting held 2023-04-24 ID,KH Phnom Penh")]
    [InlineData("EVT-R48", "Russian Defence Minister Ivan Petrov met Cambodian Defence Minister Sok Dara at the Kremlin on Monday.", "meeting held 2023-04-24 KH,RU Moscow")]
    [InlineData("EVT-R49", "French Defence Minister Paul Martin received Cambodian Defence Minister Sok Dara at the Élysée Palace on Monday.", "meeting held 2023-04-24 FR,KH Paris")]
    // A dateline opening a paragraph without an agency in brackets ("BEIJING, April 25 -- …") dates the report, not the event.
    [InlineData("EVT-K01", "BEIJING, April 25 -- Chinese Defence Minister Li Wen held talks with Cambodian Defence Minister Sok Dara in Beijing.", "meeting held - CN,KH Beijing")]
    // "on the morning of" after a venue's country keeps the date in the trigger's clause.
    [InlineData("EVT-K02", "BEIJING, April 25 -- A ceremony marking the handover of trucks donated by China to Cambodia was held in Phnom Penh, Cambodia on the morning of April 20, 2023.", "aid held 2023-04-20 CN,KH Phnom Penh")]
    // A ceremony told with a handover in one sentence, or on its day, is that handover (EngagementBuilder.CeremonyOf).
    [InlineData("EVT-K03", "On April 20, 2023, officials of both ministries sign the papers at a handover ceremony staged in Kampong Chhnang, Cambodia.\nBEIJING, April 25 -- A ceremony for the handover of tents donated by China to Cambodia was held in Kampong Chhnang, Cambodia on the morning of April 20, 2023.", "aid held 2023-04-20 CN,KH Kampong Chhnang")]
    // A ceremony told as one that welcomes a visitor or a ship (a reception, welcoming, docking or arrival ceremony) is a
    // programme item of the visit or meeting of its states, folded into it (EngagementBuilder.WelcomeOfAVisit, patterns.tsv
    // welcome-ceremony); the visit keeps its status and day. Another ceremony, or one with no visit or meeting of its states, stays.
    [InlineData("EVT-WC1", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\nThe ministry staged a reception ceremony for Anan.", "meeting held 2023-04-24 KH,TH Phnom Penh")]
    [InlineData("EVT-WC2", "Three Japanese destroyers will visit Sihanoukville from May 8 to 11, the embassy said.\nAfter the docking ceremony on Monday, Japanese Captain Kenji Mori is expected to tour the port.", "visit planned 2023-05-08 JP,KH Sihanoukville")]
    [InlineData("EVT-WC3", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\nA graduation ceremony was held for Thai cadets at the academy in Kampot on Friday.", "meeting held 2023-04-24 KH,TH Phnom Penh | ceremony held 2023-04-21 KH,TH Kampot")]
    [InlineData("EVT-WC4", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\nThe ministry staged a reception ceremony for Japanese Ambassador Kenji Mori on Friday.", "meeting held 2023-04-24 KH,TH Phnom Penh | ceremony held 2023-04-21 JP,KH Phnom Penh")]
    // An undated telling whose people are all among those of a dated one of the same group and parties is that occasion (EngagementBuilder.PeopleWithin).
    [InlineData("EVT-K04", "Japanese Prime Minister Kenji Mori and Cambodian Prime Minister Sok Dara witnessed the signing of an MoU on maritime security in Tokyo on Sunday.\nMori told reporters after a meeting with Sok Dara that ties were growing.", "agreement held 2023-04-23 JP,KH Tokyo")]
    // An undated visit is the frame of a dated meeting held during it, not the same occasion (EngagementBuilder.PeopleWithin); the visit takes the city where its visitor met (CityByOccasion).
    [InlineData("EVT-K06", "Cambodian Prime Minister Sok Dara paid an official visit to Turkey.\nIn June, Sok Dara met Turkish President Emre Kaya in Ankara.", "visit held - KH,TR Ankara | meeting held 2022-06 KH,TR Ankara")]
    // An occasion without a date or a place takes it from a sentence that tells no occasion, just before it in its paragraph
    // or as the article's lead, naming one of its people (EngagementBuilder.ByToldBefore): a date of the days just before
    // the writing only, a city of one of its sides only, never a sentence about someone else.
    [InlineData("EVT-TB1", "Thai Defence Minister Anan Srisuk on Tuesday urged Cambodia to keep the border calm. In a meeting with Cambodian Defence Minister Sok Dara in Phnom Penh, Anan praised the joint patrols.", "meeting held 2023-04-25 KH,TH Phnom Penh")]
    [InlineData("EVT-TB2", "Thai Defence Minister Anan Srisuk on March 3 urged Cambodia to keep the border calm. In a meeting with Cambodian Defence Minister Sok Dara in Phnom Penh, Anan praised the joint patrols.", "meeting held - KH,TH Phnom Penh")]
    [InlineData("EVT-TB3", "Cambodian army chief Hun Vesna on Tuesday urged Thailand to keep the border calm. In a meeting with Cambodian Defence Minister Sok Dara in Phnom Penh, Thai Defence Minister Anan Srisuk praised the joint patrols.", "meeting held - KH,TH Phnom Penh")]
    [InlineData("EVT-TB4", "Thai Defence Minister Anan Srisuk was in Siem Reap on Tuesday to see the temples.\nAnan met Cambodian Defence Minister Sok Dara and praised the joint patrols.", "meeting held 2023-04-25 KH,TH Siem Reap")]
    [InlineData("EVT-TB5", "Thai Defence Minister Anan Srisuk was in Singapore on Tuesday to see the port.\nAnan met Cambodian Defence Minister Sok Dara and praised the joint patrols.", "meeting held 2023-04-25 KH,TH -")]
    // An announcement of talks without partners gives the meetings after it its place here (its date by its own rule).
    [InlineData("EVT-TB6", "Singaporean Defence Minister Lim Hock held talks with visiting ministers from five countries on Tuesday, on the sidelines of a forum in Singapore.\n\nLim Hock held separate meetings with the defence ministers of Chile and Kenya, the ministry said.", "meeting held 2023-04-25 CL,SG Singapore | meeting held 2023-04-25 KE,SG Singapore")]
    [InlineData("EVT-TB7", "Singaporean Defence Minister Lim Hock held talks with visiting ministers from five countries on Tuesday, on the sidelines of a forum in Bangkok.\n\nLim Hock held separate meetings with the defence ministers of Chile and Kenya, the ministry said.", "meeting held 2023-04-25 CL,SG - | meeting held 2023-04-25 KE,SG -")]
    // The sentence right after an occasion's first telling, telling no occasion, gives it its date or place when it refers back
    // to it: naming its people and nobody else, or opening with a definite noun of the occasion and naming nobody
    // (EngagementBuilder.ByToldBefore, patterns.tsv told-after): not a plan or later step, another person's sentence, or a
    // sentence whose date is not of the days just before the writing.
    [InlineData("EVT-TA1", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nReporters gathered at the ministry in Siem Reap on Tuesday.", "meeting held - KH,TH -")]
    [InlineData("EVT-TA2", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nThe pair spoke to reporters in Siem Reap on Tuesday.", "meeting held 2023-04-25 KH,TH Siem Reap")]
    [InlineData("EVT-TA3", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nAnan spoke to reporters in Siem Reap on Tuesday.", "meeting held 2023-04-25 KH,TH Siem Reap")]
    [InlineData("EVT-TA4", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nAnan will speak to reporters in Siem Reap on Friday.", "meeting held - KH,TH -")]
    [InlineData("EVT-TA5", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nCambodian army chief Hun Vesna spoke to reporters in Siem Reap on Tuesday.", "meeting held - KH,TH -")]
    [InlineData("EVT-TA6", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nThe pair spoke to reporters in Siem Reap on March 3.", "meeting held - KH,TH -")]
    [InlineData("EVT-TA7", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nThe pair spoke to reporters in Siem Reap on Tuesday before Anan left for Bangkok on Wednesday.", "meeting held 2023-04-25 KH,TH Siem Reap")]
    [InlineData("EVT-TA8", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nAnan said Bangkok would send more instructors.", "meeting held - KH,TH -")]
    // A sentence anywhere in the article that tells no occasion and names all the occasion's people (two or more) and nobody
    // else (a caption) gives it its one city after "in" or "at", of a side (EngagementBuilder.ByItsPeopleElsewhere); not when
    // it names only some of them, a city of no side, or two such sentences name two cities.
    [InlineData("EVT-PE1", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nThe talks covered patrols.\nBoth sides praised the calm.\nAnan Srisuk and Sok Dara in Siem Reap, April 2023.", "meeting held - KH,TH Siem Reap")]
    [InlineData("EVT-PE2", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nThe talks covered patrols.\nBoth sides praised the calm.\nAnan Srisuk in Siem Reap, April 2023.", "meeting held - KH,TH -")]
    [InlineData("EVT-PE3", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nThe talks covered patrols.\nBoth sides praised the calm.\nAnan Srisuk and Sok Dara in Singapore, April 2023.", "meeting held - KH,TH -")]
    [InlineData("EVT-PE4", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara to discuss the border.\nThe talks covered patrols.\nBoth sides praised the calm.\nAnan Srisuk and Sok Dara in Siem Reap, April 2023.\nAnan Srisuk and Sok Dara in Bangkok, May 2022.", "meeting held - KH,TH -")]
    // A lead that names the two states (or their forces) and no person, telling a held occasion of the same group with its own
    // date and city, gives them to the occasion told with its people within two sentences after it (EngagementBuilder.ByStatesLead):
    // not when the lead names another state too, tells an older day, the article tells another occasion of those states, or
    // other sentences stand between, or the telling says it is one more occasion ("also"). The telling that signed "the agreement
    // in Vientiane" places the lead's signing there (EngagementBuilder.CityBySigning, the twenty-second round); one that "also
    // signed a trade agreement" does not.
    [InlineData("EVT-SL1", "Border news\nLaos and Cambodia signed a border agreement on Tuesday, the ministry said.\nLao Defence Minister Khamla Vongsa and visiting Cambodian counterpart Sok Dara signed the agreement in Vientiane.", "agreement held 2023-04-25 KH,LA Vientiane | visit held 2023-04-25 KH,LA Vientiane")]
    [InlineData("EVT-SL2", "Border news\nThe Lao and Cambodian armies signed a border agreement in Vientiane on Tuesday.\nLao Defence Minister Khamla Vongsa and visiting Cambodian counterpart Sok Dara signed the agreement.", "agreement held 2023-04-25 KH,LA Vientiane | visit held 2023-04-25 KH,LA Vientiane")]
    [InlineData("EVT-SL3", "Border news\nLaos, Thailand and Cambodia signed a border agreement on Tuesday, the ministry said.\nLao Defence Minister Khamla Vongsa and visiting Cambodian counterpart Sok Dara signed the agreement in Vientiane.", "agreement held 2023-04-25 KH,LA,TH Vientiane | visit held - KH,LA Vientiane")]
    [InlineData("EVT-SL4", "Border news\nLaos and Cambodia signed a border agreement on March 3, the ministry said.\nLao Defence Minister Khamla Vongsa and visiting Cambodian counterpart Sok Dara signed the agreement in Vientiane.", "agreement held 2023-03-03 KH,LA Vientiane | visit held - KH,LA Vientiane")]
    [InlineData("EVT-SL5", "Border news\nLaos and Cambodia signed a border agreement on Tuesday, the ministry said.\nLao Defence Minister Khamla Vongsa and visiting Cambodian counterpart Sok Dara signed the agreement in Vientiane.\nLaos and Cambodia will hold a joint exercise in June.", "agreement held 2023-04-25 KH,LA Vientiane | visit held - KH,LA Vientiane | exercise planned 2023-06 KH,LA -")]
    [InlineData("EVT-SL7", "Border news\nLaos and Cambodia signed a border agreement on Tuesday, the ministry said.\nLao Defence Minister Khamla Vongsa and visiting Cambodian counterpart Sok Dara also signed a trade agreement in Vientiane.", "agreement held 2023-04-25 KH,LA Vientiane | visit held - KH,LA Vientiane")]
    [InlineData("EVT-SL6", "Border news\nLaos and Cambodia signed a border agreement on Tuesday, the ministry said.\nThe weather was fine. Crowds gathered.\nLao Defence Minister Khamla Vongsa and visiting Cambodian counterpart Sok Dara signed the agreement in Vientiane.", "agreement held 2023-04-25 KH,LA Vientiane | visit held - KH,LA Vientiane")]
    // A lead (the first prose sentence naming a state) that tells no occasion the engine reads and names no person gives its
    // one date, of the days just before the writing, to the next occasion told, held and undated, within six sentences with
    // no other occasion between, that shares a state with it (EngagementBuilder.DateByLead; EVT-PK1, PK2, PK4 and PK6 too):
    // not an older day, a lead naming a person, another occasion told between, an occasion told seven sentences after.
    [InlineData("EVT-DL1", "Two hundred Cambodian peacekeepers came home from Lebanon on Wednesday.\n\nThe troops served for a year. Most are deminers. Some are medics.\n\nSpeaking during the homecoming ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "ceremony held 2023-04-26 KH -")]
    [InlineData("EVT-DL2", "Two hundred Cambodian peacekeepers came home from Lebanon on March 3.\n\nSpeaking during the homecoming ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "ceremony held - KH -")]
    [InlineData("EVT-DL3", "Cambodian army chief Gen. Hun Vesna said two hundred Cambodian peacekeepers came home from Lebanon on Wednesday.\n\nSpeaking during the homecoming ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "ceremony held - KH -")]
    [InlineData("EVT-DL4", "Two hundred Cambodian peacekeepers came home from Lebanon on Wednesday.\n\nThai Defence Minister Anan Srisuk met Cambodian army chief Gen. Hun Vesna in Phnom Penh on Monday.\n\nSpeaking during the homecoming ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "meeting held 2023-04-24 KH,TH Phnom Penh | ceremony held - KH Phnom Penh")]
    [InlineData("EVT-DL6", "Two hundred Cambodian peacekeepers came home from Lebanon on Wednesday.\n\nThe troops served for a year. Most are deminers. Some are medics. Many served before. Their families came. The band played.\n\nSpeaking during the homecoming ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "ceremony held - KH -")]
    // The fifty-first round: a lead that is the telling of one dispatch of troops, held and dated, passes the dispatch's date to the
    // send-off told next on the same terms (EngagementBuilder.DateByLead, SharesItsDateWithTheNext): not when the lead's own occasion
    // is a meeting, nor when another occasion is told between, nor to a ceremony told seven sentences after.
    [InlineData("EVT-DL7", "Cambodia sent the ninth batch of 200 peacekeepers to Lebanon on Wednesday.\n\nThe troops will serve for a year.\n\nSpeaking during the send-off ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "other held 2023-04-26 KH,LB - | ceremony held 2023-04-26 KH -")]
    [InlineData("EVT-DL8", "Thai and Cambodian army officers met in Kampot on Wednesday.\n\nThe troops will serve for a year.\n\nSpeaking during the send-off ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "meeting held 2023-04-26 KH,TH Kampot | ceremony held - KH,TH Kampot")]
    [InlineData("EVT-DL9", "Cambodia sent the ninth batch of 200 peacekeepers to Lebanon on Wednesday.\n\nThai Defence Minister Anan Srisuk met Cambodian army chief Gen. Hun Vesna in Phnom Penh on Monday.\n\nSpeaking during the send-off ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "other held 2023-04-26 KH,LB - | meeting held 2023-04-24 KH,TH Phnom Penh | ceremony held - KH -")]
    [InlineData("EVT-DL10", "Cambodia sent the ninth batch of 200 peacekeepers to Lebanon on Wednesday.\n\nThe troops served for a year. Most are deminers. Some are medics. Many served before. Their families came. The band played.\n\nSpeaking during the send-off ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "other held 2023-04-26 KH,LB - | ceremony held - KH -")]
    // With the mission's state after "to join" the dispatch's own side (events.tsv [context-before]), the dispatch holds the lead and
    // dates the send-off told next.
    [InlineData("EVT-DL11", "Cambodia dispatched the ninth batch of 200 peacekeepers to join a UN peacekeeping mission in Cyprus on Wednesday.\n\nThe troops will serve for a year.\n\nSpeaking during the send-off ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "other held 2023-04-26 CY,KH - | ceremony held 2023-04-26 KH -")]
    // The fifty-fourth round: in French, a send-off told by "la cérémonie de départ" in an article on "casques bleus"
    // (patterns.tsv troops-ceremony, peacekeeping) and held in a city of the home state is the home state's alone at that city,
    // also where the city is told by its airport ("à l'aéroport de" the city, "au salon d'honneur de l'aéroport international
    // de" the city; city-preposition); held at an airport of another state's city it is not the home state's alone.
    [InlineData("EVT-FS1", "Le Cambodge a envoyé mercredi 200 casques bleus au Liban.\n\nLe général cambodgien Sok Dara a pris la parole durant la cérémonie de départ qui a eu lieu à Battambang.", "ceremony held 2023-04-26 KH Battambang")]
    [InlineData("EVT-FS2", "Le Cambodge a envoyé mercredi 200 casques bleus au Liban.\n\nLe général cambodgien Sok Dara a pris la parole durant la cérémonie de départ qui a eu lieu à l'aéroport de Battambang.", "ceremony held 2023-04-26 KH Battambang")]
    [InlineData("EVT-FS3", "Le Cambodge a envoyé mercredi 200 casques bleus au Liban.\n\nLe général Sok Dara a pris la parole durant la cérémonie de départ qui a eu lieu au salon d'honneur de l'aéroport international de Battambang.", "ceremony held 2023-04-26 KH Battambang")]
    [InlineData("EVT-FS4", "Le Cambodge a envoyé mercredi 200 casques bleus au Liban.\n\nLe général Sok Dara a pris la parole durant la cérémonie de départ qui a eu lieu au salon d'honneur de l'aéroport international de Vientiane.", "ceremony held 2023-04-26 KH,LB Vientiane")]
    // The fifty-sixth round: in French, troops welcomed at an airport by the one the sentence names ("En les accueillant"
    // before "à l'aéroport" or "sur l'aérodrome"), in an article about "casques bleus", is a ceremony of the home state alone (events.tsv, patterns.tsv
    // troops-ceremony); one visitor welcomed there ("En l'accueillant") is no ceremony.
    [InlineData("EVT-WH3", "Deux cents casques bleus cambodgiens sont rentrés du Liban.\n\nEn les accueillant sur l'aérodrome de Battambang le 20 avril, le général cambodgien Sok Dara a salué leur travail.", "ceremony held 2023-04-20 KH -")]
    [InlineData("EVT-WH4", "Deux cents casques bleus cambodgiens sont partis pour le Liban.\n\nEn l'accueillant sur l'aérodrome de Battambang le 20 avril, le général Sok Dara a salué le ministre laotien.", "")]
    // The fifty-seventh round: in English, returning troops "welcomed" at an airport or air base by a named person, in an article
    // about peacekeepers, is a ceremony of the home state alone, anchored by the welcomer (events.tsv, patterns.tsv troops-ceremony,
    // EngagementBuilder.IsAnchored), whatever capitals the airport's name is written with; a delegation welcomed at an airport is the
    // meeting it was. A ceremony held at an airport or air base of the home state in such an article is a troops' ceremony too, but
    // not when someone of another stated state takes part; the airbase at Pochentong is a venue of Phnom Penh (places.tsv [venues]).
    [InlineData("EVT-WH5", "After a year abroad, 80 Cambodian deminers returned home on Tuesday.\n\nDefence Minister Sok Dara welcomed the 80 returnees at Battambang Military Airport.\n\nSok Dara said the deminers had served in a UN peacekeeping mission in Sudan.", "ceremony held 2023-04-25 KH Battambang")]
    [InlineData("EVT-WH6", "Thirty Cambodian peacekeepers left for Mali on Monday.\n\nDefence Minister Sok Dara welcomed the Lao delegation at Battambang Airport on Tuesday.", "meeting held 2023-04-25 KH,LA Battambang")]
    [InlineData("EVT-WH7", "Cambodian soldiers blessed before their mission in Sudan\nMonks blessed 100 soldiers who leave on Saturday for a UN peacekeeping mission in Sudan.\n\"Serve with honour,\" Defence Minister Sok Dara stressed during a ceremony at the Battambang military airport.", "ceremony held - KH Battambang")]
    [InlineData("EVT-WH8", "Thirty Cambodian peacekeepers left for Mali on Monday.\n\nLao Defence Minister Khamla Vongsa stressed during a ceremony at the Battambang military airport that the two armies were friends.", "ceremony held 2023-04-24 KH,LA Battambang")]
    [InlineData("EVT-WH9", "Forty members of Cambodia's demining team returned home yesterday after a mission in Sudan. Cambodia keeps a peacekeeping force in Lebanon. Mara Velk, head of the UN office, spoke at the welcoming-home ceremony held at Pochentong airbase.", "ceremony held 2023-04-26 KH Phnom Penh")]
    // A French exercise named after a lower-case qualifier and a word of naming, or one of partnership (events.tsv, the
    // fifty-fifth round); the qualifier alone, without a name, is no occasion.
    [InlineData("EVT-FX1", "Le général cambodgien Kem Vasna et le colonel laotien Tomas Dosk ont suivi mardi un exercice tripartite baptisé Vesk Guard.", "exercise held 2023-04-25 KH,LA -")]
    [InlineData("EVT-FX2", "Les marines cambodgienne et laotienne ont tenu mardi un exercice de partenariat maritime au large de Kampot.", "exercise held 2023-04-25 KH,LA -")]
    [InlineData("EVT-FX3", "Le Cambodge a suspendu depuis dix ans les exercices conjoints avec le Laos.", "")]
    // A sentence that opens with a drill (or "It") and tells only that it began on a date dates the undated, held drill or
    // ceremony told nearest it, within two sentences or in it ("The drill" refers to the ceremony's drill, so its sentence is
    // the ceremony's; EngagementBuilder.DateByStart, patterns.tsv drill-start-before): not "It" three sentences away, nor an
    // occasion already dated, nor with "said" before the drill.
    [InlineData("EVT-DS1", "Thai and Cambodian troops attended the closing ceremony of their joint border drill at Kampot.\n\nThe drill had begun on April 10.", "ceremony held 2023-04-10 KH,TH Kampot")]
    [InlineData("EVT-DS2", "Thai and Cambodian troops attended the closing ceremony of their joint border drill at Kampot.\n\nIt officially commenced on April 10 beside the river base.", "ceremony held 2023-04-10 KH,TH Kampot")]
    [InlineData("EVT-DS3", "Thai and Cambodian troops attended the closing ceremony of their joint border drill at Kampot.\n\nThe troops came from four units. Most are engineers. Some are medics.\n\nIt had begun on April 10.", "ceremony held - KH,TH Kampot")]
    [InlineData("EVT-DS4", "Thai and Cambodian troops attended the closing ceremony of their joint border drill at Kampot on Monday.\n\nThe drill had begun on April 10.", "ceremony held 2023-04-24 KH,TH Kampot")]
    [InlineData("EVT-DS5", "Thai and Cambodian troops attended the closing ceremony of their joint border drill at Kampot.\n\nOfficers said the drill had begun on April 10.", "ceremony held - KH,TH Kampot")]
    // A held occasion left undated, told in the article's headline (a line among its first three that does not end as a sentence
    // and gives no date) with a verb of an occasion in the present, is the news of the day of writing (EngagementBuilder.DateByHeadline,
    // patterns.tsv headline-present): not a headline in the infinitive ("to hold"), nor an occasion its own sentence dates.
    [InlineData("EVT-HL1", "Laos, Cambodia hold border talks in Vientiane\nLao Defence Minister Khamla Vongsa and Cambodian Defence Minister Sok Dara held border talks in Vientiane.", "meeting held 2023-04-27 KH,LA Vientiane")]
    [InlineData("EVT-HL2", "Laos, Cambodia to hold border talks in Vientiane\nLao Defence Minister Khamla Vongsa and Cambodian Defence Minister Sok Dara held border talks in Vientiane.", "meeting held - KH,LA Vientiane")]
    [InlineData("EVT-HL3", "Laos, Cambodia hold border talks in Vientiane\nLao Defence Minister Khamla Vongsa and Cambodian Defence Minister Sok Dara held border talks in Vientiane on Monday.", "meeting held 2023-04-24 KH,LA Vientiane")]
    // An occasion's name set off by commas after "code-named" or "dubbed" does not end the clause that joins a noun trigger to its
    // date and place (patterns.tsv apposition-between-commas).
    [InlineData("EVT-DN1", "Joint naval training between Laos and Cambodia, code-named Mekong Shield-2023, ended on Wednesday in Vientiane.", "training held 2023-04-26 KH,LA Vientiane")]
    // A lead that opens with a dateline closed by an agency in brackets ("PHNOM PENH, April 26 (Agency) -- ") gives its weekday, not the
    // dateline's date, as the one date of its news, which dates the send-off told after it (EngagementBuilder.DateByLead, WithoutDateline).
    [InlineData("EVT-DN2", "PHNOM PENH, April 26 (Kelm News) -- Two hundred Cambodian peacekeepers left for Lebanon on Wednesday.\n\nThe troops will serve for a year.\n\nSpeaking during the send-off ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.", "ceremony held 2023-04-26 KH Phnom Penh")]
    // A held occasion left undated whose telling says "today" outside the clause its own date is read from (here before a
    // long apposition) took place on the day of writing (EngagementBuilder.DateByToday): not "yesterday" or a weekday in the
    // same place.
    [InlineData("EVT-TD1", "The new border plan was made public today once Major General Tep Sara, head of the engineer corps of the Cambodian army and second in command of its border troops, together with his staff officers, met Indian army chief General Ravi Kumar.", "meeting held 2023-04-27 IN,KH -")]
    [InlineData("EVT-TD2", "The new border plan was made public yesterday once Major General Tep Sara, head of the engineer corps of the Cambodian army and second in command of its border troops, together with his staff officers, met Indian army chief General Ravi Kumar.", "meeting held - IN,KH -")]
    [InlineData("EVT-TD3", "The new border plan was made public on Monday once Major General Tep Sara, head of the engineer corps of the Cambodian army and second in command of its border troops, together with his staff officers, met Indian army chief General Ravi Kumar.", "meeting held - IN,KH -")]
    // The one date of a sentence after the last trigger before it dates that occasion, though commas of a long office and a
    // venue stand between (EngagementBuilder.DateByLoneDate, patterns.tsv lone-date-breaker): not across a relative clause,
    // nor a departure's date in brackets.
    [InlineData("EVT-LD1", "Lao Defence Minister Khamla Vongsa met Cambodian General Sok Dara, head of the planning office of the engineer command and deputy chief of the border troops in the northern provinces and the river districts, in Vientiane on April 24, 2023.", "meeting held 2023-04-24 KH,LA Vientiane")]
    [InlineData("EVT-LD2", "Lao Defence Minister Khamla Vongsa met Cambodian General Sok Dara, head of the planning office of the engineer command and deputy chief of the border troops in the northern provinces and the river districts, in Vientiane, who had arrived on April 24, 2023.", "meeting held - KH,LA Vientiane")]
    [InlineData("EVT-LD3", "Concluding his official visit to Laos, Cambodian army chief General Sok Dara departed Vientiane (April 24, 2023).", "visit held - KH,LA -")]
    // A held occasion dated only by "this year" (the year of writing and no more) is left undated, so a later rule may find its
    // day (EngagementBuilder.UndateThisYear); "last year" keeps its year, and so does a plan for this year.
    [InlineData("EVT-TY1", "This year's joint training of the Thai and Cambodian navies was held in Kampot.", "training held - KH,TH Kampot")]
    [InlineData("EVT-TY2", "Last year's joint training of the Thai and Cambodian navies was held in Kampot.", "training held 2022 KH,TH Kampot")]
    [InlineData("EVT-TY3", "The Thai and Cambodian navies will hold a joint training in Kampot this year.", "training planned 2023 KH,TH Kampot")]
    // A participle of request or proposal makes the occasion after it no event (events.tsv [generic]).
    [InlineData("EVT-K05", "Cambodian army chief Sok Dara thanked Canada for its help on Monday, suggesting that Canadian instructors attend future meetings in Phnom Penh.", "")]
    // The commas that set off a person's name with its rank after an office do not end the clause; a person who reports does.
    [InlineData("EVT-D01", "General Sok Dara spoke of closer ties on Wednesday while the Thai Defence Attaché to Cambodia, Lieutenant Colonel Anan Srisuk, was paying him a courtesy visit in Phnom Penh.", "meeting held 2023-04-26 KH,TH Phnom Penh")]
    [InlineData("EVT-D02", "Thai officials visited Phnom Penh, Lieutenant General Anan Srisuk, the army spokesman, said on Monday.", "visit held - KH,TH Phnom Penh")]
    [InlineData("EVT-D03", "Thai officials visited Phnom Penh, Lieutenant General Anan Srisuk said on Monday.", "visit held - KH,TH Phnom Penh")]
    // A date that opens a reported clause, set off by a comma, is that of the triggers after it.
    [InlineData("EVT-D04", "Colonel Mark Davis told reporters that in May, an Australian navy admiral will visit Cambodia for talks on maritime security.", "visit planned 2023-05 AU,KH -")]
    [InlineData("EVT-D05", "The ministry said that on Monday, Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk in Bangkok.", "meeting held 2023-04-24 KH,TH Bangkok")]
    [InlineData("EVT-D06", "Cambodian Defence Minister Sok Dara visited Bangkok, and the ministry said that on Monday, the border was calm.", "visit held - KH,TH Bangkok")]
    // "met here": the dateline's city is the venue, and the clause's date is the meeting's.
    [InlineData("EVT-D07", "PHNOM PENH, April 21 (AKP) -- Navy commanders of Cambodia and Thailand met here on Friday to review joint patrols.", "meeting held 2023-04-21 KH,TH Phnom Penh")]
    // A dateline of a city in capitals closed by a colon places the held occasion its sentence reports (patterns.tsv dateline);
    // a city in mixed case before a colon is a headline's or a caption's word, no dateline.
    [InlineData("EVT-D08", "PHNOM PENH: Thai Navy chief Admiral Anan Srisuk paid a courtesy call on Cambodian Defence Minister Sok Dara on Wednesday.", "meeting held 2023-04-26 KH,TH Phnom Penh")]
    [InlineData("EVT-D09", "Phnom Penh: Thai Navy chief Admiral Anan Srisuk paid a courtesy call on Cambodian Defence Minister Sok Dara on Wednesday.", "meeting held 2023-04-26 KH,TH -")]
    // A future verb governs the occasion named by its infinitive of purpose, whose month then lies ahead (patterns.tsv future-before).
    [InlineData("EVT-D10", "The Thai navy will send the frigate Chakri in March to take part in a joint exercise with the Cambodian navy.", "exercise planned 2024-03 KH,TH -")]
    [InlineData("EVT-D11", "The Thai navy sent the frigate Chakri in March to take part in a joint exercise with the Cambodian navy.", "exercise held 2023-03 KH,TH -")]
    // A verb of arrival takes its city as the venue, also through "the Port of" (patterns.tsv city-preposition); a city a source
    // speaks from is no venue (patterns.tsv source-after-place), nor is a port a ship sailed from.
    [InlineData("EVT-D14", "The Thai frigate Chakri sailed into the Port of Sihanoukville on Monday for a joint exercise with the Cambodian navy, the Thai embassy in Phnom Penh said.", "exercise held 2023-04-24 KH,TH Sihanoukville")]
    [InlineData("EVT-D15", "The Thai frigate Chakri held a joint exercise with the Cambodian navy on Monday, the Thai embassy in Phnom Penh said.", "exercise held 2023-04-24 KH,TH -")]
    [InlineData("EVT-D16", "The Thai frigate Chakri, which sailed from the Port of Sihanoukville, held a joint exercise with the Cambodian navy on Monday.", "exercise held 2023-04-24 KH,TH -")]
    [InlineData("EVT-D17", "The Thai frigate Chakri reached Kampot on Monday for a joint exercise with the Cambodian navy.", "exercise held 2023-04-24 KH,TH Kampot")]
    // A place after a second trigger that background words introduce ("after … met", "who had visited") is that earlier
    // occasion's (EngagementBuilder.InAnotherOccasion); a place told before those words is still the occasion's own.
    [InlineData("EVT-D18", "Kenya and Britain signed a defence pact on Monday, six months after the two ministers met in London.", "agreement held 2023-04-24 GB,KE -")]
    [InlineData("EVT-D19", "Kenya and Britain signed a defence pact in Nairobi, six months after the two ministers met in London.", "agreement held - GB,KE Nairobi")]
    // The city of the opening dateline places a later held occasion of its state that names no place of its own, undated or
    // dated in the week before writing (EngagementBuilder.CityByDateline); not an older occasion, one whose sentence names
    // another city or a place on no list, a field exercise, or one the dateline's state takes no part in.
    [InlineData("EVT-D20", "NAIROBI, April 26 (Rift News) -- Kenya and Singapore will deepen defence ties, officials said.\n\nOfficials said the plan was months in the making.\n\nBoth sides expect more exchanges.\n\nSingaporean Defence Minister Lim Hock held talks with Kenyan counterpart Otieno Maina on Tuesday.", "meeting held 2023-04-25 KE,SG Nairobi")]
    [InlineData("EVT-D21", "NAIROBI, April 26 (Rift News) -- Kenya and Singapore will deepen defence ties, officials said.\n\nOfficials said the plan was months in the making.\n\nBoth sides expect more exchanges.\n\nSingaporean Defence Minister Lim Hock held talks with Kenyan counterpart Otieno Maina on March 2.", "meeting held 2023-03-02 KE,SG -")]
    [InlineData("EVT-D22", "NAIROBI, April 26 (Rift News) -- Kenya and Singapore will deepen defence ties, officials said.\n\nOfficials said the plan was months in the making.\n\nBoth sides expect more exchanges.\n\nSingaporean Defence Minister Lim Hock held talks with Kenyan counterpart Otieno Maina on Tuesday before he left for Bangkok.", "meeting held 2023-04-25 KE,SG -")]
    [InlineData("EVT-D23", "NAIROBI, April 26 (Rift News) -- Kenya and Singapore will deepen defence ties, officials said.\n\nOfficials said the plan was months in the making.\n\nBoth sides expect more exchanges.\n\nKenyan and Singaporean troops opened a joint exercise on Tuesday.", "exercise held 2023-04-25 KE,SG -")]
    [InlineData("EVT-D24", "NAIROBI, April 26 (Rift News) -- Kenya and Singapore will deepen defence ties, officials said.\n\nOfficials said the plan was months in the making.\n\nBoth sides expect more exchanges.\n\nThai Defence Minister Anan Srisuk held talks with Lao counterpart Khamla Vongsa on Tuesday.", "meeting held 2023-04-25 LA,TH -")]
    [InlineData("EVT-D27", "NAIROBI, April 26 (Rift News) -- Kenya and Singapore will deepen defence ties, officials said.\n\nOfficials said the plan was months in the making.\n\nBoth sides expect more exchanges.\n\nSingaporean Defence Minister Lim Hock held talks with Kenyan counterpart Otieno Maina at the lakeside hall in Tarnvale on Tuesday.", "meeting held 2023-04-25 KE,SG -")]
    // Another city in the occasion's sentences keeps the dateline's city out only when a word of place or travel stands before
    // it (patterns.tsv other-city-before): a city named as a declaration's or a meeting's name is no other place.
    [InlineData("EVT-D28", "NAIROBI, April 26 (Rift News) -- Kenya and Singapore will deepen defence ties, officials said.\n\nOfficials said the plan was months in the making.\n\nBoth sides expect more exchanges.\n\nSingaporean Defence Minister Lim Hock held talks with Kenyan counterpart Otieno Maina on Tuesday and praised the Bangkok Declaration.", "meeting held 2023-04-25 KE,SG Nairobi")]
    [InlineData("EVT-D29", "NAIROBI, April 26 (Rift News) -- Kenya and Singapore will deepen defence ties, officials said.\n\nOfficials said the plan was months in the making.\n\nBoth sides expect more exchanges.\n\nSingaporean Defence Minister Lim Hock held talks with Kenyan counterpart Otieno Maina on Tuesday, a day after he arrived from Bangkok.", "meeting held 2023-04-25 KE,SG -")]
    // From the fifty-eighth round the dateline's date may be told day first or in figures, an agency's capitals may stand before a
    // city in mixed case, and the closing dash may follow a space glued to the next word (patterns.tsv dateline, DatelineShape);
    // a city joined by a hyphen to another name opens no dateline.
    [InlineData("EVT-DL1", "NAIROBI, 26 april 2023(Rift News)- Kenyan Defence Minister Otieno Maina held talks here with his Singaporean counterpart Lim Hock on Tuesday.", "meeting held 2023-04-25 KE,SG Nairobi")]
    [InlineData("EVT-DL2", "NAIROBI, 26.04.2023 (Rift News) - Singaporean Defence Minister Lim Hock held talks with Kenyan counterpart Otieno Maina on Tuesday.", "meeting held 2023-04-25 KE,SG Nairobi")]
    [InlineData("EVT-DL3", "RNA Nairobi, April 26, 2023 -Singaporean Defence Minister Lim Hock held talks here with Kenyan counterpart Otieno Maina on Tuesday.", "meeting held 2023-04-25 KE,SG Nairobi")]
    [InlineData("EVT-DL4", "Nairobi-Singapore ties: Singaporean Defence Minister Lim Hock held talks with Kenyan counterpart Otieno Maina on Tuesday.", "meeting held 2023-04-25 KE,SG -")]
    // From the fifty-ninth round a French date told with its article ("le 26 avril 2023") is a dateline's date, and after it alone the
    // dash may end the dateline's line (patterns.tsv dateline, DatelineShape); the same line without the article stays no dateline.
    [InlineData("EVT-DL5", "AKP Nairobi, le 26 avril 2023 -\n\nLe ministre kényan de la Défense Otieno Maina a reçu mardi son homologue singapourien Lim Hock.", "meeting held 2023-04-25 KE,SG Nairobi")]
    [InlineData("EVT-DL6", "AKP Nairobi, 26 avril 2023 -\n\nLe ministre kényan de la Défense Otieno Maina a reçu mardi son homologue singapourien Lim Hock.", "meeting held 2023-04-25 KE,SG -")]
    // From the sixty-fifth round a French day and month without the year, before the agency's bracket, is a dateline's date too
    // (patterns.tsv dateline); without the bracket the same words open no dateline.
    [InlineData("EVT-DLF1", "Nairobi, 25 avril (Agence Rift) - Le ministre kényan de la Défense Otieno Maina a reçu mardi son homologue singapourien Lim Hock.", "meeting held 2023-04-25 KE,SG Nairobi")]
    [InlineData("EVT-DLF2", "Nairobi, 25 avril - Le ministre kényan de la Défense Otieno Maina a reçu mardi son homologue singapourien Lim Hock.", "meeting held 2023-04-25 KE,SG -")]
    // A dateline of parts set apart by slashes on a line of its own, with a month and day, is the dateline (patterns.tsv
    // dateline-slashed): "held here" is its city; a line of parts without a date is a heading, no dateline.
    [InlineData("EVT-D25", "Nairobi / Information Office / April 26\n\nKenyan Defence Minister Otieno Maina held talks here on Wednesday with his Singaporean counterpart Lim Hock.", "meeting held 2023-04-26 KE,SG Nairobi")]
    [InlineData("EVT-D26", "Nairobi / Information Office / Defence Desk\n\nKenyan Defence Minister Otieno Maina held talks here on Wednesday with his Singaporean counterpart Lim Hock.", "meeting held 2023-04-26 KE,SG -")]
    // The same guest met by other people of the host side is another meeting (EngagementBuilder.OtherPeopleOfASide);
    // a later telling that names one of the same hosts is the same meeting.
    [InlineData("EVT-S01", "Cambodian Prime Minister Sok Dara received Indonesian army chief General Budi Santoso at the Peace Palace on Monday.\nCambodian army commander General Mao Rith met with Santoso earlier on Monday.", "meeting held 2023-04-24 ID,KH Phnom Penh | meeting held 2023-04-24 ID,KH Phnom Penh")]
    [InlineData("EVT-S02", "Cambodian Prime Minister Sok Dara received Indonesian army chief General Budi Santoso at the Peace Palace on Monday.\nSok Dara and Cambodian army commander General Mao Rith met with Santoso for an hour.", "meeting held 2023-04-24 ID,KH Phnom Penh")]
    // "of his meeting with X": X of a side the meeting told before has, and not in it, is another meeting (EngagementBuilder.OthersAfter).
    [InlineData("EVT-S03", "Cambodian Prime Minister Sok Dara received Indonesian army chief General Budi Santoso at the Peace Palace on Monday.\nSantoso briefed the prime minister about his meeting with Cambodian army commander General Mao Rith.\nMao Rith met with Santoso earlier on Monday.", "meeting held 2023-04-24 ID,KH Phnom Penh | meeting held 2023-04-24 ID,KH Phnom Penh")]
    [InlineData("EVT-S04", "Cambodian Prime Minister Sok Dara received Indonesian army chief General Budi Santoso at the Peace Palace on Monday.\nDuring his meeting with Sok Dara, Santoso praised the ties between the two armies.", "meeting held 2023-04-24 ID,KH Phnom Penh")]
    // Background told as commitment, a series' history or a tally of past occasions is no occasion (events.tsv
    // [generic] "committed to", "continuing to", "pledged to", "vowed to"; [generic-after] "dates back to";
    // [generic-sentence] "^Since YEAR", "^Since its inception"), while the occasion reported beside it stays.
    [InlineData("EVT-B01", "Cambodian Defence Minister Sok Dara said Cambodia remains committed to offering more training to Lao deminers in Phnom Penh this year.", "")]
    [InlineData("EVT-B02", "Thai Defence Minister Anan Srisuk vowed to hold a joint naval exercise with Cambodia.", "")]
    [InlineData("EVT-B03", "The joint exercise of Cambodia and Thailand dates back to March 2009.", "")]
    [InlineData("EVT-B04", "Since 2012, 14 Japanese warships have docked at Sihanoukville port.", "")]
    [InlineData("EVT-B09", "“Since 2012, 14 Japanese warships have docked at Sihanoukville port,” the embassy said.", "")]
    [InlineData("EVT-B05", "Since its inception, Cambodian and Thai troops held the joint exercise in Koh Kong on the border.", "")]
    // From the sixty-third round a span's first year told with "since YEAR, when", a total over a span of years opening a
    // sentence ("From YEAR to YEAR,") and an occasion dated from an earlier one ("the next year", "two years later") are
    // background too (events.tsv [generic-sentence]); the occasion told before such words in the sentence stays.
    [InlineData("EVT-B17", "“From 2015 to 2020, Japan donated 40 million dollars to the Cambodian demining centre,” the ministry said.", "")]
    [InlineData("EVT-B18", "The Cambodian navy has grown since 2011, when Japan donated 12 patrol boats to Cambodia.", "")]
    [InlineData("EVT-B19", "Japan in the next year added 30 million dollars in military aid to Cambodia.", "")]
    [InlineData("EVT-B20", "The Thai and Cambodian navies two years later held a second joint exercise off Koh Kong.", "")]
    [InlineData("EVT-B21", "The Japanese destroyer Kirisame docked at Sihanoukville port on Monday, the first Japanese call since 2019, when a frigate visited.", "visit held 2023-04-24 JP,KH Sihanoukville")]
    // From the sixty-fourth round the occasion whose decision the reported one carries out ("Pursuant to the decision of …", in
    // its clause: events.tsv [generic]), a series' first year ("since it began in YEAR": [generic-after]), a chair handed over
    // (aid "of … chairmanship": [generic-after]) and the occasion where an idea emerged ([generic-sentence]) are background.
    [InlineData("EVT-B22", "The Thai and Cambodian navies held a joint exercise off Koh Kong on Monday, pursuant to the decisions of the 5th Cambodia-Thailand Joint Commission meeting in Bangkok in May 2019.", "exercise held 2023-04-24 KH,TH -")]
    [InlineData("EVT-B23", "It is the second time that Thailand hosts the Thai-Cambodian navy staff talks since they began in 2008.", "")]
    [InlineData("EVT-B24", "Thai Defence Minister Anan Srisuk and Cambodian Defence Minister Sok Dara attended the handover of the forum's chairmanship to Cambodia in Bangkok on Monday.", "conference held 2023-04-24 KH,TH Bangkok")]
    [InlineData("EVT-B25", "The Japanese destroyer Kirisame docked at Sihanoukville port on Monday.\nThe hotline idea emerged during a conference of Thai and Cambodian navy chiefs in Bangkok in 2019.", "visit held 2023-04-24 JP,KH Sihanoukville")]
    // From the sixty-fifth round a boarding drill named "visit, board, search and seizure" is no visit (events.tsv, the visit noun's
    // lookahead), a deal a press story alleged ("published a story stating that …") and a share of tasks ("in charge of
    // training") are no occasion ([generic]); the drill told beside the boarding drill stays.
    [InlineData("EVT-B26", "Two Japanese destroyers and three Cambodian patrol boats conducted gunnery drills and a visit, board, search and seizure exercise off Koh Kong on Monday.", "exercise held 2023-04-24 JP,KH -")]
    [InlineData("EVT-B27", "The port drew attention last year when a Bangkok weekly published a story stating that the Japanese and Cambodian navies had signed a hidden pact.", "")]
    [InlineData("EVT-B28", "Laos and Cambodia will be in charge of river training under the new plan.", "")]
    // The office of a minister "in charge of" a portfolio before the trigger is no share of tasks: the meeting stays.
    [InlineData("EVT-B29", "Thai Minister in charge of Defence Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.", "meeting held 2023-04-24 KH,TH Phnom Penh")]
    // From the sixty-seventh round the verb that sets a retold occasion after an earlier one ("comes two weeks after", "follows by a
    // few days", patterns.tsv occasion-follows-verb) parts its sentence: the states and the day named on the verb's other side are
    // not the chosen occasion's (EngagementBuilder.OtherSideOfFollows); "was followed by" parts nothing.
    [InlineData("EVT-CA1", "The Chinese frigate Hengshan docked at Sihanoukville port on Monday for a goodwill visit.\nThe Chinese port call comes two weeks after two Japanese destroyers paid a visit to the port on April 10.", "visit held 2023-04-24 CN,KH Sihanoukville")]
    [InlineData("EVT-CA2", "The Chinese frigate Hengshan docked at Sihanoukville port on Monday for a goodwill visit.\nThe Chinese frigate's visit follows by only three days a goodwill visit by two Japanese destroyers.", "visit held 2023-04-24 CN,KH Sihanoukville | visit held - JP,KH Sihanoukville")]
    // A role praised or celebrated ("role as host of the … conference", events.tsv [generic] "role as") tells no occasion;
    // the meeting it was praised at stays, and a conference hosted, told as such, is one.
    [InlineData("EVT-B10", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\nSrisuk commended Cambodia's role as host of a regional demining conference in 2022.", "meeting held 2023-04-24 KH,TH Phnom Penh")]
    [InlineData("EVT-B11", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\nCambodia and Thailand will co-host a regional demining conference in 2024.", "meeting held 2023-04-24 KH,TH Phnom Penh | conference planned 2024 KH,TH -")]
    [InlineData("EVT-B07", "The Japanese destroyer Kirisame docked at Sihanoukville port on Monday, the 14th Japanese warship to do so since 2012.", "visit held 2023-04-24 JP,KH Sihanoukville")]
    [InlineData("EVT-B08", "Cambodia and Thailand held a joint naval exercise off Koh Kong on Monday.", "exercise held 2023-04-24 KH,TH -")]
    // An undated occasion referred to as the subject of a future verb that tells what it does or is for ("The two-day talks
    // will focus on …", "this Harbour Meeting will strengthen …": patterns.tsv occasion-aim-after, reference) is the occasion
    // being reported, held; one that "will take place" or has a day of its own is another, planned.
    [InlineData("EVT-A01", "Thai and Cambodian border commanders opened their committee meeting in Bangkok on Wednesday.\nThe three-day talks will concentrate on river patrols and smuggling.", "meeting held 2023-04-26 KH,TH Bangkok")]
    [InlineData("EVT-A02", "Thai and Cambodian navy staffs opened their Harbour Meeting in Bangkok on Wednesday.\nBoth navies are confident that this IX Harbour Meeting will deepen the bonds of the two nations.", "meeting held 2023-04-26 KH,TH Bangkok")]
    [InlineData("EVT-A03", "Thai and Cambodian border commanders opened their committee meeting in Bangkok on Wednesday.\nThe next talks will take place in Phnom Penh.", "meeting held 2023-04-26 KH,TH Bangkok | meeting planned - KH,TH Phnom Penh")]
    // EVT-A04, EVT-A08 (and EVT-SL5): an occasion told for another month than the one placed in the city takes no city of the
    // article (EventStage.CityOfTheArticle, OfAnotherMonth).
    [InlineData("EVT-A04", "Thai and Cambodian border commanders opened their committee meeting in Bangkok on Wednesday.\nThe talks on June 5 will concentrate on river patrols.", "meeting held 2023-04-26 KH,TH Bangkok | meeting planned 2023-06-05 KH,TH -")]
    // The occasion referred to as the subject of a future verb that tells its course or end ("The port call will last until …",
    // "The drill, which will culminate in …": patterns.tsv occasion-aim-after) is the one being reported; an end date
    // right after such a verb (patterns.tsv occasion-end-after) is no day of another occasion nor the occasion's own date.
    // One named as the next, or with a first day of its own, is another, planned.
    [InlineData("EVT-A05", "The Japanese destroyer Kirisame docked at Sihanoukville port on Monday for a goodwill visit.\nThe port call will last until April 28.", "visit held 2023-04-24 JP,KH Sihanoukville")]
    [InlineData("EVT-A06", "Cambodia and Thailand opened a joint naval exercise off Koh Kong on Monday.\nThe drill, which will culminate in a rescue at sea, brings together 400 sailors.", "exercise held 2023-04-24 KH,TH -")]
    [InlineData("EVT-A07", "The Japanese destroyer Kirisame docked at Sihanoukville port for a goodwill visit.\nThe port call will last until April 28.", "visit held - JP,KH Sihanoukville")]
    [InlineData("EVT-A08", "The Japanese destroyer Kirisame docked at Sihanoukville port on Monday for a goodwill visit.\nThe next port call will last until May 9.", "visit held 2023-04-24 JP,KH Sihanoukville | visit planned 2023-05-09 JP,KH -")]
    [InlineData("EVT-A09", "Cambodia and Thailand opened a joint naval exercise off Koh Kong on Monday.\nThe exercise will run from May 2 to May 9.", "exercise held 2023-04-24 KH,TH - | exercise planned 2023-05-02 KH,TH -")]
    // A page's readers' comments ("Anonymous said...", "2 comments:" on a short line of its own: events.tsv [comments-start])
    // end the report: what readers write after it tells no engagement. The words inside a longer sentence cut nothing.
    [InlineData("EVT-C01", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\nAnonymous said...\n\nNow Cambodia signed a defence pact with Vietnam in Hanoi on Tuesday.", "meeting held 2023-04-24 KH,TH Phnom Penh")]
    [InlineData("EVT-C02", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\n2 comments:\n\nCambodia signed a defence pact with Vietnam in Hanoi on Tuesday.", "meeting held 2023-04-24 KH,TH Phnom Penh")]
    [InlineData("EVT-C03", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\nCambodia signed a defence pact with Vietnam in Hanoi on Tuesday.", "meeting held 2023-04-24 KH,TH Phnom Penh | agreement held 2023-04-25 KH,VN Hanoi")]
    [InlineData("EVT-C04", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\nAnonymous said nothing of it, but Cambodia signed a defence pact with Vietnam in Hanoi on Tuesday.", "meeting held 2023-04-24 KH,TH Phnom Penh | agreement held 2023-04-25 KH,VN Hanoi")]
    // Programme items, means, possibilities and a report's frame tell no occasion of their own (events.tsv [generic]):
    // what a ship's sailors or a course's trainees will do on shore, "will also have the opportunity to visit", "by training troops",
    // "could involve … visiting", "said in a news conference".
    [InlineData("EVT-XP01", "The Chinese frigate Hengshan docked at Sihanoukville port on Monday for a goodwill visit.\nSailors of the frigate will visit a village school in Kampot.", "visit held 2023-04-24 CN,KH Sihanoukville")]
    [InlineData("EVT-XP08", "Later that day, the Japanese crew led by Captain Kenji Mori will pay a courtesy visit to Admiral Chan Vuthy at Ream.", "meeting planned - JP,KH Ream")]
    [InlineData("EVT-XP02", "Vietnamese Defence Minister Tran Van Long met Cambodian Defence Minister Sok Dara in Hanoi on Monday.\nIn addition, the Cambodian guests will also have the opportunity to visit the old citadel in Hue.", "meeting held 2023-04-24 KH,VN Hanoi")]
    [InlineData("EVT-XP03", "The Japanese fund helps Cambodia keep the peace by training troops and police units.", "")]
    [InlineData("EVT-XP04", "This could involve Cambodia’s army officers visiting Indonesia’s shipyards.", "")]
    [InlineData("EVT-XP05", "Japan and Cambodia signed a defence memorandum in Tokyo on Monday.\nThe pact will help Cambodia, a Cambodian minister said in a news conference at the airport on Wednesday.", "agreement held 2023-04-24 JP,KH Tokyo")]
    // An occasion a side boycotted, and history a speaker "recalled that" (events.tsv [generic], [generic-sentence]).
    [InlineData("EVT-XP06", "Thailand’s army boycotted a border meeting in Laos in March, although Cambodian officers attended.", "")]
    [InlineData("EVT-XP07", "Minister Sok Dara recalled that during a summit in Hanoi a pact between Laos and Cambodia was signed.", "")]
    // An occasion named with "the" right after what a speaker told reporters is the occasion told before; a ship's tour of
    // "ports in" several states is no single occasion (events.tsv [generic], [generic-after]).
    [InlineData("EVT-XP09", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\nA Cambodian general told reporters that the meeting with Thai officers will help both armies patrol the border.", "meeting held 2023-04-24 KH,TH Phnom Penh")]
    [InlineData("EVT-XP10", "The Japanese destroyers Asahi and Kirisame will visit ports in Vietnam, Cambodia, Thailand and Malaysia.", "")]
    // A tally of earlier turns and a "newly-signed" pact referred to tell no occasion of their own (events.tsv [generic]);
    // the pact signed that day is still told, and so is a visit told with a bare "recently".
    [InlineData("EVT-XP11", "A Cambodian colonel said this is the third time Cambodian engineers have taken part in the Mongolian exercise.", "")]
    [InlineData("EVT-XP12", "Japan and Cambodia signed a defence memorandum in Tokyo on Monday.\nThe newly-signed pact will help Cambodia train its engineers, a Cambodian general said on Wednesday.", "agreement held 2023-04-24 JP,KH Tokyo")]
    [InlineData("EVT-XP13", "Cambodian Defence Minister Sok Dara recently visited Laos for talks with Lao Defence Minister Khamla Vongsa.", "visit held - KH,LA -")]
    // A possibility or prospect ("floated the possibility of training …"), what a place will be a venue for ("a fine venue
    // for training …") and the page's note of its own update ("Updated April 25 at 0900 GMT …") tell no occasion of their own
    // (events.tsv [generic], [not-reporting]; the sixty-first round); the occasion reported beside them stays, and so does one
    // held at "the venue", told as such.
    [InlineData("EVT-XP14", "Thai Defence Minister Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\nSrisuk floated the possibility of training Cambodian cadets in Thailand by next spring.", "meeting held 2023-04-24 KH,TH Phnom Penh")]
    [InlineData("EVT-XP15", "Japan and Cambodia signed a defence memorandum in Tokyo on Monday.\nWhen finished, Japan's new hall in Kampot will be a fine venue for training Cambodian deminers.", "agreement held 2023-04-24 JP,KH Tokyo")]
    [InlineData("EVT-XP16", "Kampot was the venue for talks between Japanese Defence Minister Kenji Mori and Cambodian Defence Minister Sok Dara on Monday.", "meeting held 2023-04-24 JP,KH -")]
    [InlineData("EVT-XP17", "Japan and Cambodia signed a defence memorandum in Tokyo on Monday.\nUpdated April 25 at 0900 GMT to include the dates of the visit.", "agreement held 2023-04-24 JP,KH Tokyo")]
    // The time someone took up an office or a command ("since assuming command of the fleet in November", patterns.tsv
    // office-taken-before) dates no occasion: a telling that names it is the visit told before, not another one of that month;
    // the month of a visit told without it still dates the visit (EVT-OT3).
    [InlineData("EVT-OT1", "Thai Admiral Anan Srisuk arrived in Phnom Penh on Monday for a two-day visit.\nThe trip was Srisuk's first visit to Cambodia since assuming command of the Thai navy in November 2022.", "visit held 2023-04-24 KH,TH Phnom Penh")]
    [InlineData("EVT-OT2", "Thai Admiral Anan Srisuk arrived in Phnom Penh on Monday for a two-day visit.\nSrisuk said the visit was to present himself after he was appointed navy chief in March.", "visit held 2023-04-24 KH,TH Phnom Penh")]
    [InlineData("EVT-OT3", "Thai Admiral Anan Srisuk paid a visit to Cambodia in March.", "visit held 2023-03 KH,TH -")]
    // The other stops of a tour named after "a trip that also included" (events.tsv [context-before]) are no parties of the
    // stop the sentence tells; a state the visitor went to, told as such, still is one.
    [InlineData("EVT-TS1", "Cambodian Prime Minister Sok Dara visited Laos on Monday as part of a regional trip that also included Thailand and Vietnam.", "visit held 2023-04-24 KH,LA -")]
    [InlineData("EVT-TS2", "Cambodian Prime Minister Sok Dara visited Laos on Monday and then went on to Thailand and Vietnam.", "visit held 2023-04-24 KH,LA,TH,VN -")]
    // An occasion none of whose states the report is about (the home side named, the states of the first occasion) is a third
    // states' occasion told in passing (EventStage.OfTheReport); one that shares a state with the report stays.
    [InlineData("EVT-RS1", "Norwegian Defence Minister Ola Berg met Estonian Defence Minister Lina Vask in Tallinn on Monday.\nOn Friday the navies of Japan and Canada held a joint exercise in the Pacific.", "meeting held 2023-04-24 EE,NO Tallinn")]
    [InlineData("EVT-RS2", "Norwegian Defence Minister Ola Berg met Estonian Defence Minister Lina Vask in Tallinn on Monday.\nOn Friday the navies of Japan and Estonia held a joint exercise in the Pacific.", "meeting held 2023-04-24 EE,NO Tallinn | exercise held 2023-04-21 EE,JP Tallinn")]
    // An occasion of three or more states holding only one of the report's states names it among others as context
    // (EventStage.OfTheReport); one holding two of them stays.
    [InlineData("EVT-RS3", "Norwegian Defence Minister Ola Berg met Estonian Defence Minister Lina Vask in Tallinn on Monday.\nOn Friday the navies of Japan, Canada and Estonia held a joint exercise in the Pacific.", "meeting held 2023-04-24 EE,NO Tallinn")]
    [InlineData("EVT-RS4", "Norwegian Defence Minister Ola Berg met Estonian Defence Minister Lina Vask in Tallinn on Monday.\nOn Friday the navies of Japan, Norway and Estonia held a joint exercise in the Pacific.", "meeting held 2023-04-24 EE,NO Tallinn | exercise held 2023-04-21 EE,JP,NO Tallinn")]
    // An occasion of three states whose people are of two of them, one the report's, is narrowed to those two before the
    // report's occasions are chosen, and stays (it holds one report state only before the narrowing).
    [InlineData("EVT-RS5", "Norwegian Defence Minister Ola Berg met Estonian Defence Minister Lina Vask in Tallinn on Monday.\nOn Friday Norwegian Defence Minister Ola Berg held talks with Japanese Defence Minister Kenji Mori in Oslo on Canada's offer of ships.", "meeting held 2023-04-24 EE,NO Tallinn | meeting held 2023-04-21 JP,NO Oslo")]
    public void Real_text_phenomena(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    [Fact]
    public void An_occasion_told_beside_a_visit_under_way_at_writing_takes_the_month_of_writing()
    {
        // EngagementBuilder.DateByVisitUnderWay (the sixty-first round), patterns.tsv visit-under-way: a held occasion left
        // undated whose telling gives no date and tells a visit as under way at writing ("who is now on a goodwill visit to",
        // "actuellement en visite") took place in the days just before the writing day, so it takes the month of writing when
        // those six days lie in it; the meeting of each text is read.
        static string Meeting(string text, string published = "2023-04-27")
        {
            var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text));
            var side = SidecarReader.Read("/c/a.yaml", "a", "published: " + published + "\n");
            var facts = ArticleExtractor.Extract(article, side, s_cambodian, curation: false);
            var meeting = Assert.Single(facts.Engagements, e => e.Kind == "meeting");
            return $"{meeting.Status} {meeting.Date ?? "-"} {string.Join(",", meeting.Countries.OrderBy(c => c, StringComparer.Ordinal))}";
        }
        const string under = "Thai Army Commander General Anan Srisuk, who is now on a goodwill visit to Laos, called on Lao Defence Minister Khamla Vongsa in Vientiane.";
        // EVT-VU1: the English form, written on 27 April.
        Assert.Equal("held 2023-04 LA,TH", Meeting(under));
        // EVT-VU2: the French form, "actuellement en visite".
        Assert.Equal("held 2023-04 LA,TH", Meeting("Le ministre laotien de la Défense, Khamla Vongsa, a rencontré à Vientiane le général thaïlandais Anan Srisuk, actuellement en visite au Laos."));
        // EVT-VU3: a visit told in the past says nothing of the day of writing.
        Assert.Equal("held - LA,TH", Meeting("Thai Army Commander General Anan Srisuk, who was then on an official visit to Laos, called on Lao Defence Minister Khamla Vongsa in Vientiane."));
        // EVT-VU4: a date of the sentence's own wins.
        Assert.Equal("held 2023-04-24 LA,TH", Meeting("Thai Army Commander General Anan Srisuk, who is now on a goodwill visit to Laos, called on Lao Defence Minister Khamla Vongsa in Vientiane on Monday."));
        // EVT-VU5: written on 3 May, the days just before lie partly in April: no month.
        Assert.Equal("held - LA,TH", Meeting(under, "2023-05-03"));
    }

    [Fact]
    public void A_host_who_receives_a_guest_at_an_unlisted_seat_gives_the_occasion_his_state()
    {
        // EngagementBuilder.CountryByReceiver (the sixtieth round), patterns.tsv receiver-before-guest and guest-before-receiver:
        // an occasion placed nowhere by the other rules takes the state of the person of the occasion who receives the guest,
        // or on whom the guest calls; the state only, no city.
        static string? Place(string text) => Assert.Single(Extract(text).Engagements).Location?.Country;
        // EVT-RC1: "received … at" an office of no listed city, the host first.
        Assert.Equal("LA", Place("Lao Defence Minister Khamla Vongsa received Thai Army Commander General Anan Srisuk at the Ministry's Orchid Hall on Monday."));
        // EVT-RC2: the guest first, calling on the host at a headquarters.
        Assert.Equal("TH", Place("Lao Defence Minister Khamla Vongsa called on Thai Army Commander General Anan Srisuk at Army Headquarters on Monday."));
        // EVT-RC3: in French, the host first with "a reçu" and an office of no listed city.
        Assert.Equal("LA", Place("Le ministre laotien de la Défense, Khamla Vongsa, a reçu lundi dans son cabinet son homologue, l'actuel ministre thaïlandais de la Défense, Anan Srisuk."));
        // EVT-RC4: in French, the guest first, "a été reçu … par" the host.
        Assert.Equal("LA", Place("L'actuel ministre thaïlandais de la Défense, Anan Srisuk, a été reçu lundi en audience par son homologue, le ministre laotien de la Défense, Khamla Vongsa."));
        // EVT-RC5: at a forum ("on the sidelines of"), the reception tells no state.
        Assert.Null(Place("Lao Defence Minister Khamla Vongsa received Thai Army Commander General Anan Srisuk on the sidelines of the Orchid Forum on Monday."));
        // EVT-RC6: "met" is no reception: no state.
        Assert.Null(Place("Lao Defence Minister Khamla Vongsa met Thai Army Commander General Anan Srisuk at the Ministry's Orchid Hall on Monday."));
    }

    [Fact]
    public void A_courtesy_visit_on_someone_is_a_meeting_and_the_visit_named_later_is_the_trip()
    {
        // "made a courtesy visit to the governor" is a call on him (events.tsv); "the visit" after it refers to the
        // last visit told, not to the courtesy call, so the call keeps its own people.
        var facts = Extract("Cambodian army chief General Sok Dara visited Laos for three days.\n\n"
            + "Lao army chief General Khamla Vongsa hosted the Cambodian army delegation in Vientiane.\n\n"
            + "Sok Dara also made a courtesy visit to Lao President Anan Vong.\n\n"
            + "Khamla Vongsa said the visit opened a new chapter between the two armies.\n");
        Assert.Equal(new[] { "visit", "meeting", "meeting" }, facts.Engagements.Select(e => e.Kind));
        Assert.Equal(new[] { "anan-vong", "sok-dara" }, facts.Engagements[2].Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Contains(facts.Engagements[0].Evidence, e => e.Text.StartsWith("Khamla Vongsa said the visit", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_on_a_head_of_government_told_as_one_more_occasion_is_a_meeting_of_its_own()
    {
        // The visitor's trip and, "also", his call on the host's prime minister: two occasions (patterns.tsv
        // head-of-state, another-occasion); the call keeps its own people.
        var facts = Extract("Lao Defence Minister Khamla Vongsa began a two-day official visit to Cambodia on Monday.\n\n"
            + "Once that meeting was over, Khamla Vongsa also called on Cambodian Prime Minister Sok Dara.\n");
        Assert.Equal(new[] { "visit", "meeting" }, facts.Engagements.Select(e => e.Kind));
        Assert.Equal(new[] { "khamla-vongsa" }, facts.Engagements[0].Participants);
        Assert.Equal(new[] { "khamla-vongsa", "sok-dara" }, facts.Engagements[1].Participants.OrderBy(p => p, StringComparer.Ordinal));
        // A deputy prime minister is no head of government: the visitor's call on him is the visit's content.
        var deputy = Extract("Lao Defence Minister Khamla Vongsa began a two-day official visit to Cambodia on Monday.\n\n"
            + "Khamla Vongsa also called on Cambodian Deputy Prime Minister Sok Dara.\n");
        Assert.Single(deputy.Engagements);
        // Without a word telling one more occasion, the call is the visit told again.
        var same = Extract("Lao Defence Minister Khamla Vongsa began a two-day official visit to Cambodia on Monday.\n\n"
            + "Khamla Vongsa called on Cambodian Prime Minister Sok Dara.\n");
        Assert.Single(same.Engagements);
    }

    [Fact]
    public void An_occasion_whose_sentences_name_nobody_takes_the_officials_of_a_near_sentence_that_refers_to_it()
    {
        // EngagementBuilder.PeopleToldNear, patterns.tsv occasionReference: the signing names only the states; the next
        // sentence refers back to it ("after signing the accord") and names an official of each side.
        var facts = Extract("Austria and Kenya signed a memorandum on border security on Monday.\n\n"
            + "Austrian Defence Minister Karl Brenner and Kenyan Defence Minister Otieno Maina spoke to reporters after signing the accord.\n");
        var signing = Assert.Single(facts.Engagements);
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" }, signing.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // Without a reference back, the sentence's officials are not taken (two of each state, so that the rule of a state's
        // only official does not decide either).
        var unrelated = Extract("Austria and Kenya signed a memorandum on border security on Monday.\n\n"
            + "Austrian Defence Minister Karl Brenner and Kenyan Defence Minister Otieno Maina have known each other for years.\n\n"
            + "Austrian army chief General Franz Huber and Kenyan army chief General Peter Kamau have known each other since 1998.\n");
        Assert.Empty(Assert.Single(unrelated.Engagements).Participants);
        // An official of a state that is no side of the occasion is not taken.
        var third = Extract("Austria and Kenya signed a memorandum on border security on Monday.\n\n"
            + "Thai Defence Minister Anan Srisuk praised the deal after the signing.\n");
        Assert.Empty(Assert.Single(third.Engagements, e => e.Kind == "agreement").Participants);
        // "during a lunch" (indefinite) tells another occasion, not the one without people.
        var lunch = Extract("Austria and Kenya signed a memorandum on border security on Monday.\n\n"
            + "Austrian Defence Minister Karl Brenner told the news during a working lunch with Kenyan Defence Minister Otieno Maina.\n\n"
            + "Austrian army chief General Franz Huber and Kenyan army chief General Peter Kamau have known each other since 1998.\n");
        Assert.DoesNotContain(lunch.Engagements, e => e.Kind == "agreement" && e.Participants.Contains("karl-brenner"));
        // A side no participant stands for takes its official from such a sentence; a side already present takes no one more.
        var side = Extract("Kenyan Defence Minister Otieno Maina and Austria signed a memorandum on border security on Monday.\n\n"
            + "Austrian Defence Minister Karl Brenner and Kenyan army chief General Peter Kamau spoke to reporters after the signing.\n");
        var signed = Assert.Single(side.Engagements, e => e.Kind == "agreement");
        Assert.Contains("karl-brenner", signed.Participants);
        Assert.DoesNotContain("peter-kamau", signed.Participants);
    }

    [Fact]
    public void Signers_named_after_a_passive_signed_by_join_an_occasion_told_with_nobody_whatever_their_state()
    {
        // EngagementBuilder.PeopleToldNear, patterns.tsv signed-by-opener: the agreement names only the states; the next sentence
        // opens with "The document was signed by" and names the three ministers without their states.
        const string concluded = "Austria, Kenya and Chile concluded a tripartite agreement on a joint brigade on Monday.\n\n";
        var facts = Extract(concluded + "The document was signed by defence ministers of the three states Karl Brenner, Otieno Maina and Pablo Rojas in Vienna.\n");
        var signed = Assert.Single(facts.Engagements, e => e.Kind == "agreement");
        Assert.Equal(new[] { "karl-brenner", "otieno-maina", "pablo-rojas" }, signed.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // The misspelt "singed" is read as "signed".
        var misspelt = Extract(concluded + "It was singed by defence ministers of the three states Karl Brenner, Otieno Maina and Pablo Rojas.\n");
        Assert.Equal(3, Assert.Single(misspelt.Engagements, e => e.Kind == "agreement").Participants.Count);
        // Hosted, not signed: people of no state are not taken.
        var hosted = Extract(concluded + "It was hosted by defence officials Karl Brenner, Otieno Maina and Pablo Rojas.\n");
        Assert.Empty(Assert.Single(hosted.Engagements, e => e.Kind == "agreement").Participants);
        // An occasion already told with someone takes no one of no state this way.
        var told = Extract("Kenyan Defence Minister Otieno Maina concluded a tripartite agreement with Austria and Chile on Monday.\n\n"
            + "The document was signed by defence officials Karl Brenner and Pablo Rojas in Vienna.\n");
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(told.Engagements, e => e.Kind == "agreement").Participants);
    }

    [Fact]
    public void Signers_named_in_the_plural_after_the_act_or_in_french_join_an_occasion_told_with_nobody()
    {
        // EngagementBuilder.PeopleToldNear, patterns.tsv signed-by-opener and occasionReference (the fifty-fourth round): the
        // agreement names only the states; the next sentence names the signers after "The two documents were signed by",
        // after "Signing the accord … were", or after the French "ont été paraphés par" and "Les signataires étaient".
        const string concluded = "Austria, Kenya and Chile concluded a tripartite agreement on a joint brigade on Monday.\n\n";
        const string three = "defence ministers of the three states Karl Brenner, Otieno Maina and Pablo Rojas";
        var plural = Extract(concluded + "The two documents were signed by " + three + " in Vienna.\n");
        Assert.Equal(new[] { "karl-brenner", "otieno-maina", "pablo-rojas" },
            Assert.Single(plural.Engagements, e => e.Kind == "agreement").Participants.OrderBy(p => p, StringComparer.Ordinal));
        var after = Extract(concluded + "Signing the accord in the old riding hall were " + three + ".\n");
        Assert.Equal(3, Assert.Single(after.Engagements, e => e.Kind == "agreement").Participants.Count);
        // "Signing the accord was …" names no signer.
        var judged = Extract(concluded + "Signing the accord was a step forward, said " + three + ".\n");
        Assert.Empty(Assert.Single(judged.Engagements, e => e.Kind == "agreement").Participants);
        const string conclu = "L'Autriche et le Kenya ont signé un accord sur une brigade commune lundi.\n\n";
        const string deux = "le colonel Karl Brenner et le général Otieno Maina";
        var paraphes = Extract(conclu + "Les deux protocoles ont été paraphés par " + deux + " à Vienne.\n");
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" },
            Assert.Single(paraphes.Engagements, e => e.Kind == "agreement").Participants.OrderBy(p => p, StringComparer.Ordinal));
        var signataires = Extract(conclu + "Les signataires étaient " + deux + ".\n");
        Assert.Equal(2, Assert.Single(signataires.Engagements, e => e.Kind == "agreement").Participants.Count);
    }

    [Fact]
    public void A_pronoun_that_spoke_at_the_occasion_stands_for_the_speaker_told_just_before()
    {
        // EngagementBuilder.SubjectBefore, patterns.tsv pronoun-speech-at-occasion: the ceremony's sentence names nobody; "he added at
        // the send-off ceremony" stands for the general who spoke in the sentence before it.
        const string sent = "Cambodia sent 120 peacekeepers to Mali on Tuesday.\n\n"
            + "Gen. Chea Sokha, director of the peacekeeping centre, said the troops included deminers and medics.\n\n";
        var facts = Extract(sent + "\"Respect the laws of your hosts,\" he added at the big send-off ceremony held on the airfield.\n");
        Assert.Contains(facts.Engagements, e => e.Kind == "ceremony" && e.Participants.Contains("chea-sokha"));
        // Without the words placing the speech at the occasion, the pronoun is not read.
        var unplaced = Extract(sent + "\"Respect the laws of your hosts,\" he added, and the send-off ceremony ended at noon.\n");
        Assert.DoesNotContain(unplaced.Engagements, e => e.Participants.Contains("chea-sokha"));
        // A sentence between that opens with a person told by office: he may be the speaker, so nobody is taken.
        var office = Extract(sent + "The Cambodian general thanked the families.\n\n"
            + "\"Respect the laws of your hosts,\" he added at the big send-off ceremony held on the airfield.\n");
        Assert.DoesNotContain(office.Engagements, e => e.Participants.Contains("chea-sokha"));
    }

    [Fact]
    public void A_side_without_people_takes_the_articles_only_official_of_that_state()
    {
        // EngagementBuilder.OnlyOfficialOfASide: the signing names the Kenyan minister and only the state of Austria; no
        // sentence near it refers back, but the article names exactly one Austrian official and no other occasion of Austria.
        const string signing = "Kenyan Defence Minister Otieno Maina signed a memorandum on border security with Austria on Monday.\n\n"
            + "The accord covers officer training and shared patrols.\n\n";
        var facts = Extract(signing + "Austrian Defence Minister Karl Brenner has led his ministry since 2021.\n");
        var signed = Assert.Single(facts.Engagements);
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" }, signed.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // Two officials of that state: which one took part is not told, so neither is taken.
        var two = Extract(signing + "Austrian Defence Minister Karl Brenner has led his ministry since 2021.\n\n"
            + "Austrian army chief General Franz Huber praised the Kenyan peacekeepers.\n");
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(two.Engagements, e => e.Kind == "agreement").Participants);
        // Another occasion of that state in the article: the official may be that occasion's.
        var other = Extract(signing + "Austrian Defence Minister Karl Brenner visited Slovenia last week.\n");
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(other.Engagements, e => e.Kind == "agreement").Participants);
        // Two people for one side while the other has none: one of them may stand for the empty side, so nobody is added.
        var pair = Extract("Kenyan Defence Minister Otieno Maina and Kenyan army chief General Peter Kamau signed a memorandum on border security with Austria on Monday.\n\n"
            + "The accord covers officer training and shared patrols.\n\n"
            + "Austrian Defence Minister Karl Brenner has led his ministry since 2021.\n");
        Assert.DoesNotContain(pair.Engagements, e => e.Participants.Contains("karl-brenner"));
        // An occasion told with nobody at all takes no one this way; the last rule (OnlyOfficialsOfAnOccasionToldWithNobody)
        // gives it the Austrian, the only official of his state, and nobody for Kenya, which the article names no official of.
        var nobody = Extract("Kenya signed a memorandum on border security with Austria on Monday.\n\n"
            + "The accord covers officer training and shared patrols.\n\n"
            + "Austrian Defence Minister Karl Brenner has led his ministry since 2021.\n");
        Assert.Equal(new[] { "karl-brenner" }, Assert.Single(nobody.Engagements).Participants);
    }

    [Fact]
    public void A_side_without_people_takes_its_states_only_official_when_the_states_other_occasions_hold_nobody()
    {
        // EngagementBuilder.OnlyOfficialOfASide (the sixtieth round): the article tells a second occasion of Austria, a
        // donation told with nobody; it claims no one, so the signing's empty side still takes the one Austrian official.
        const string signing = "Kenyan Defence Minister Otieno Maina signed a memorandum on border security with Austria on Monday.\n\n"
            + "The accord covers officer training and shared patrols.\n\n";
        const string donation = "Austria donated two field hospitals to Kenya in March.\n\n";
        const string minister = "Austrian Defence Minister Karl Brenner has led his ministry since 2021.\n";
        var facts = Extract(signing + donation + minister);
        var signed = Assert.Single(facts.Engagements, e => e.Kind == "agreement");
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" }, signed.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // A visit: its host, whom the answers leave out, is not taken this way while the state has another occasion.
        var visit = Extract("Kenyan Defence Minister Otieno Maina began an official visit to Austria on Monday.\n\n"
            + "The two armies plan joint patrols.\n\n" + donation + minister);
        Assert.DoesNotContain(visit.Engagements, e => e.Kind == "visit" && e.Participants.Contains("karl-brenner"));
    }

    [Fact]
    public void A_held_occasion_told_with_nobody_takes_the_only_official_of_each_of_its_states()
    {
        // EngagementBuilder.OnlyOfficialsOfAnOccasionToldWithNobody: the talks name only the states; the article names one
        // official of each, away from the talks' sentences and in no other occasion, so each stands for his state.
        const string talks = "Austria and Kenya held border talks in Nairobi on Monday.\n\n"
            + "The delegations reviewed the river crossings.\n\n";
        var facts = Extract(talks + "Austrian Defence Minister Karl Brenner has led his ministry since 2019.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        var held = Assert.Single(facts.Engagements);
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" }, held.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // Two officials of one state: which of them took part is not told, so that state gives nobody; the other still does.
        var two = Extract(talks + "Austrian Defence Minister Karl Brenner has led his ministry since 2019.\n\n"
            + "Austrian army chief General Franz Huber has led the army since 2020.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(two.Engagements, e => e.Kind == "meeting").Participants);
        // Planned talks take nobody this way.
        var planned = Extract("Austria and Kenya will hold border talks in Nairobi next month.\n\n"
            + "Austrian Defence Minister Karl Brenner has led his ministry since 2019.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        Assert.All(planned.Engagements, e => Assert.Empty(e.Participants));
        // An official who takes part in another occasion of the article may be that occasion's only: not taken.
        var other = Extract(talks + "Austrian Defence Minister Karl Brenner visited Slovenia last week.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(other.Engagements, e => e.Kind == "meeting").Participants);
        // Only a minister of his state stands for it: a spokesman, an attaché or a general is not taken, nor a head of government.
        var spokesman = Extract(talks + "Austrian defence ministry spokesman Franz Huber declined to comment.\n\n"
            + "Kenyan Prime Minister Peter Kamau took office in March.\n");
        Assert.Empty(Assert.Single(spokesman.Engagements, e => e.Kind == "meeting").Participants);
        // A port call told with nobody takes only its visitor's one official, never the visited state's (the fifty-eighth
        // round; before it, a visit took no one this way).
        var portCall = Extract("The Austrian frigate Kelmstein docked in Mombasa on Monday for a goodwill visit to Kenya.\n\n"
            + "The crew will play football with Kenyan sailors.\n\n"
            + "Austrian Defence Minister Karl Brenner has led his ministry since 2019.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        Assert.Equal(new[] { "karl-brenner" }, Assert.Single(portCall.Engagements, e => e.Kind == "visit").Participants);
    }

    // A ceremony of two states whose sentence and the sentence after it name nobody: the tests of the pass below add the
    // officials the article names away from it.
    private const string CeremonyToldWithNobody = "Austria and Kenya held a ceremony in Nairobi on Monday to mark ten years of their engineering school.\n\n"
        + "Cadets of the school paraded past the old barracks.\n\n";

    [Fact]
    public void A_held_ceremony_of_two_states_told_with_nobody_takes_the_only_minister_of_each_of_its_states()
    {
        // EngagementBuilder.OnlyOfficialsOfAnOccasionToldWithNobody, SatTogether (the fifty-seventh round): a ceremony of two
        // states whose sentence names nobody takes each state's one official when he is a minister, as talks do.
        var facts = Extract(CeremonyToldWithNobody + "Austrian Defence Minister Karl Brenner has led his ministry since 2019.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        var held = Assert.Single(facts.Engagements, e => e.Kind == "ceremony");
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" }, held.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // A general as his state's one official is not taken: the ceremony's one officer is as often a source.
        var general = Extract(CeremonyToldWithNobody + "Austrian army chief General Franz Huber has led the army since 2020.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(general.Engagements, e => e.Kind == "ceremony").Participants);
    }

    [Fact]
    public void A_held_ceremony_told_with_nobody_takes_a_states_only_official_when_he_is_its_ambassador()
    {
        // EngagementBuilder.OnlyOfficialsOfAnOccasionToldWithNobody with lexicon.tsv minister-heads "ambassador",
        // "ambassadeur" (the fifty-eighth round): the ceremony's sentence names only the two states; Austria's one official
        // is its ambassador, Kenya's its minister, both named away from it.
        var facts = Extract(CeremonyToldWithNobody
            + "Austrian Ambassador Gertrud Ebenhofer has served in Nairobi since 2022.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        var held = Assert.Single(facts.Engagements, e => e.Kind == "ceremony");
        Assert.Equal(new[] { "gertrud-ebenhofer", "otieno-maina" }, held.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // The French office, "l'ambassadeur", the same.
        var french = Extract("Un accord sur la formation des officiers a été signé lundi à Nairobi entre l'Autriche et le Kenya.\n\n"
            + "Le texte couvre la formation des officiers.\n\n"
            + "L'ambassadeur autrichien au Kenya, Gertrud Ebenhofer, est en poste depuis 2022.\n\n"
            + "Le ministre kényan de la Défense, Otieno Maina, est en poste depuis mars.\n");
        Assert.Equal(new[] { "gertrud-ebenhofer", "otieno-maina" },
            Assert.Single(french.Engagements, e => e.Kind == "agreement").Participants.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void A_held_ceremony_told_with_nobody_takes_a_states_only_official_when_he_is_its_commander_not_a_deputy()
    {
        // EngagementBuilder.OnlyOfficialsOfAnOccasionToldWithNobody with lexicon.tsv [commander-heads] (the fifty-ninth round):
        // Austria's one official is the commander of its land forces, Kenya's its minister, both named away from the ceremony.
        var facts = Extract(CeremonyToldWithNobody
            + "Major General Anton Grubmayr, Commander of the Austrian Land Forces, has led them since 2021.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        var held = Assert.Single(facts.Engagements, e => e.Kind == "ceremony");
        Assert.Equal(new[] { "anton-grubmayr", "otieno-maina" }, held.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // A deputy commander (patterns.tsv subordinate-office) serves under the commander: not taken.
        var deputy = Extract(CeremonyToldWithNobody
            + "Brigadier Anton Grubmayr, Deputy Commander of the Austrian Land Forces, has served since 2021.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(deputy.Engagements, e => e.Kind == "ceremony").Participants);
    }

    [Fact]
    public void A_held_visit_told_with_nobody_takes_the_visitor_states_only_official_whatever_his_office()
    {
        // EngagementBuilder.OnlyOfficialsOfAnOccasionToldWithNobody (the fifty-eighth round): a port call of an Austrian
        // training ship to Mombasa names nobody; the article's one Austrian official, a captain named away from the visit's
        // sentences, is the visitor's side. The one Kenyan official, of the visited state, is not taken.
        const string visit = "The Austrian training ship Donauwelle moored at Mombasa, Kenya, on Tuesday for a goodwill visit.\n\n"
            + "Cadets on board will sail on to Zanzibar next month.\n\n";
        var facts = Extract(visit + "Captain Leopold Wintersteiger, the Austrian commanding officer, praised the harbour crews.\n\n"
            + "Kenyan Defence Minister Otieno Maina took office in March.\n");
        var held = Assert.Single(facts.Engagements, e => e.Kind == "visit");
        Assert.Equal(new[] { "leopold-wintersteiger" }, held.Participants);
        // Two Austrian officials: neither is the one who stands for the visitor's side.
        var two = Extract(visit + "Captain Leopold Wintersteiger, the Austrian commanding officer, praised the harbour crews.\n\n"
            + "Austrian Defence Minister Karl Brenner took office in March.\n");
        Assert.Empty(Assert.Single(two.Engagements, e => e.Kind == "visit").Participants);
    }

    [Fact]
    public void A_held_occasion_told_with_nobody_in_french_takes_the_only_minister_of_each_of_its_states()
    {
        // EngagementBuilder.OnlyOfficialsOfAnOccasionToldWithNobody with lexicon.tsv minister-heads "ministre": a French
        // signing names only the two states; the article names each one's minister by his office, "ministre", away from
        // the signing's sentence, so each stands for his state.
        const string signing = "Un accord sur la formation des officiers a été signé lundi à Nairobi entre l'Autriche et le Kenya.\n\n"
            + "Le texte couvre la formation des officiers.\n\n";
        var facts = Extract(signing + "Le ministre autrichien de la Défense, Karl Brenner, dirige son ministère depuis 2019.\n\n"
            + "Le ministre kényan de la Défense, Otieno Maina, est en poste depuis mars.\n");
        var signed = Assert.Single(facts.Engagements, e => e.Kind == "agreement");
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" }, signed.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // A head of government of a side is not its minister: the Kenyan prime minister is not taken, the Austrian minister is.
        var premier = Extract(signing + "Le ministre autrichien de la Défense, Karl Brenner, dirige son ministère depuis 2019.\n\n"
            + "Le Premier ministre kényan, Peter Kamau, est en poste depuis mars.\n");
        Assert.Equal(new[] { "karl-brenner" }, Assert.Single(premier.Engagements, e => e.Kind == "agreement").Participants);
        // A French office of another head ("le porte-parole", "le chef d'état-major") stands for no state.
        var chief = Extract(signing + "Le chef d'état-major autrichien, Karl Brenner, dirige l'armée depuis 2019.\n\n"
            + "Le porte-parole kényan de la Défense, Otieno Maina, est en poste depuis mars.\n");
        Assert.Empty(Assert.Single(chief.Engagements, e => e.Kind == "agreement").Participants);
    }

    [Fact]
    public void A_local_official_whose_state_only_a_place_tells_is_no_sides_only_official()
    {
        // EngagementBuilder.OnlyOfficialOfASide with PersonRecognizer.PlaceState: the one Austrian named is a governor of an
        // Austrian province (a place of corpus.yaml); he has the state, but he serves his province, so he does not stand for it.
        var gazetteer = GazetteerReader.Read("/c/corpus.yaml", "home: KH\nplaces:\n  - { name: Kelmarburg, country: AT }\n");
        var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(
            "Kenyan Defence Minister Otieno Maina signed a memorandum on border security with Austria on Monday.\n\n"
            + "The accord covers officer training and shared patrols.\n\n"
            + "Karl Brenner, the governor of Kelmarburg province, has led the province since 2021.\n"));
        var side = SidecarReader.Read("/c/a.yaml", "a", "published: 2023-04-27\n");
        var facts = ArticleExtractor.Extract(article, side, gazetteer, curation: false);
        Assert.Equal("AT", Assert.Single(facts.Officials, o => o.Id == "karl-brenner").Country);
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(facts.Engagements).Participants);
    }

    // The speaker tests' talks, which name the Kenyan minister only, and a closing sentence naming a second Austrian official, so
    // that the rule of the state's only official does not decide.
    private const string SpeakerTalks = "Kenyan Defence Minister Otieno Maina held talks with an Austrian delegation in Vienna on Monday.\n\n";
    private const string SpeakerLater = "\n\nAustrian army chief General Franz Huber has led the army since 2020.\n";

    [Fact]
    public void A_side_without_people_takes_its_official_who_speaks_just_after_the_occasion()
    {
        // EngagementBuilder.SpeakerBetweenTellings, patterns.tsv speaker-view: the talks name the Kenyan minister only; the
        // next sentence opens with an Austrian official saying something, and tells no occasion and no other day. The article
        // names two Austrian officials, so the rule of the state's only official does not decide.
        var facts = Extract(SpeakerTalks + "Austrian Defence Minister Karl Brenner said the two armies shared many goals." + SpeakerLater);
        var met = Assert.Single(facts.Engagements, e => e.Kind == "meeting");
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" }, met.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // A sentence that tells an occasion of its own (a training planned): its speaker may be that occasion's.
        var own = Extract(SpeakerTalks + "Austrian Defence Minister Karl Brenner said the two armies would train together next year." + SpeakerLater);
        Assert.DoesNotContain(own.Engagements, e => e.Kind == "meeting" && e.Participants.Contains("karl-brenner"));
        // Named without saying anything: not taken.
        var mentioned = Extract(SpeakerTalks + "Austrian Defence Minister Karl Brenner has led his ministry since 2021." + SpeakerLater);
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(mentioned.Engagements, e => e.Kind == "meeting").Participants);
        // Speaking on another day: not the occasion's words.
        var otherDay = Extract(SpeakerTalks + "Austrian Defence Minister Karl Brenner said on 9 May that the two armies shared many goals." + SpeakerLater);
        Assert.DoesNotContain("karl-brenner", Assert.Single(otherDay.Engagements, e => e.Kind == "meeting").Participants);
        // A visit: its host is not taken this way.
        var visit = Extract("Kenyan Defence Minister Otieno Maina began an official visit to Austria on Monday.\n\n"
            + "Austrian Defence Minister Karl Brenner said the two armies shared many goals." + SpeakerLater);
        Assert.DoesNotContain(visit.Engagements, e => e.Kind == "visit" && e.Participants.Contains("karl-brenner"));
    }

    [Theory]
    // EngagementBuilder.SpeakerBetweenTellings, patterns.tsv speaker-view (the fifty-fifth round): the speaker is read also
    // after the comma that closes an office told before his name, after "for his (her) part", and with "echoed" or "remarked".
    [InlineData("The Austrian minister, Karl Brenner, expressed his wish for closer ties between the two armies.")]
    [InlineData("Austrian Defence Minister Karl Brenner for his part thanked the hosts for their candour.")]
    [InlineData("Austrian Defence Minister Karl Brenner also echoed those views on the region.")]
    [InlineData("Austrian Defence Minister Karl Brenner remarked that the two armies shared many goals.")]
    public void A_side_without_people_takes_its_official_who_speaks_after_an_office_or_for_his_part(string speaks)
    {
        var met = Assert.Single(Extract(SpeakerTalks + speaks + SpeakerLater).Engagements, e => e.Kind == "meeting");
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" }, met.Participants.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void An_official_named_after_a_comma_without_a_word_of_speech_is_not_taken_as_a_speaker()
    {
        // The lone comma after the name is read only before a word of speech: "…, Karl Brenner, visited" names no speaker.
        var facts = Extract(SpeakerTalks + "The Austrian minister, Karl Brenner, has led his ministry since 2021." + SpeakerLater);
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(facts.Engagements, e => e.Kind == "meeting").Participants);
    }

    [Fact]
    public void An_occasion_told_with_nobody_whose_one_side_speaks_takes_the_other_sides_only_official()
    {
        // EngagementBuilder.PeopleToldNear (the fifty-fifth round): the speaker between the tellings is asked before the side's
        // only official, so the talks, told with nobody, take the Austrian who speaks and then Kenya's only official, named
        // after the occasion without a word of speech.
        var facts = Extract("Kenyan and Austrian army officers held talks in Vienna on Monday.\n\n"
            + "Austrian Defence Minister Karl Brenner said the two armies shared many goals.\n\n"
            + "The talks lasted three hours.\n\n"
            + "Kenyan Defence Minister Otieno Maina has led his ministry since 2021.\n");
        var met = Assert.Single(facts.Engagements, e => e.Kind == "meeting");
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" }, met.Participants.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void A_speaker_whose_state_is_not_stated_stands_for_the_side_party_side_gives_him()
    {
        // EngagementBuilder.SpeakerBetweenTellings (the fifty-sixth round): a speaker between the tellings whose office names
        // no state stands for the side Party.Side gives him: the home side (Cambodia) for a general of no stated state, so the
        // handover, told with the Austrian envoy alone, takes him; an ambassador's side is the article's partner, already held.
        const string given = "Austria gave twelve army trucks to Cambodia on Tuesday in a ceremony at Kelm air base, where Austrian Ambassador Karl Brenner handed over the keys.\n\n";
        const string handed = "\n\nThe trucks were handed over at a short ceremony at the air base.\n";
        var facts = Extract(given + "General Sok Dara, deputy chief of the Kelm engineering corps, welcomed the trucks, saying they would serve the engineers." + handed);
        var aid = Assert.Single(facts.Engagements);
        Assert.Equal(new[] { "karl-brenner", "sok-dara" }, aid.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // An ambassador whose state is not stated stands for the partner, whose side the envoy already holds: not taken.
        var envoy = Extract(given + "Ambassador Jan Novak, a guest of the ministry, welcomed the trucks, saying they would serve the engineers." + handed);
        Assert.Equal(new[] { "karl-brenner" }, Assert.Single(envoy.Engagements).Participants);
    }

    [Fact]
    public void A_side_without_people_takes_its_official_who_speaks_in_french()
    {
        // EngagementBuilder.SpeakerBetweenTellings, patterns.tsv speaker-view (the fifty-fifth round): the French words of
        // speech after "a" ("a déclaré", "a également souligné") open what the speaker says, as "said" does in English.
        const string talks = "Le ministre kényan de la Défense Otieno Maina a rencontré lundi à Vienne une délégation autrichienne.\n\n";
        const string later = "\n\nLe chef d'état-major autrichien, le général Franz Huber, dirige l'armée depuis 2020.\n";
        var facts = Extract(talks + "Le ministre autrichien de la Défense, Karl Brenner, a déclaré que les deux armées partageaient de nombreux buts." + later);
        var met = Assert.Single(facts.Engagements, e => e.Kind == "meeting");
        Assert.Equal(new[] { "karl-brenner", "otieno-maina" }, met.Participants.OrderBy(p => p, StringComparer.Ordinal));
        // Named without a word of speech: not taken.
        var named = Extract(talks + "Le ministre autrichien de la Défense, Karl Brenner, dirige son ministère depuis 2021." + later);
        Assert.Equal(new[] { "otieno-maina" }, Assert.Single(named.Engagements, e => e.Kind == "meeting").Participants);
    }

    [Fact]
    public void A_noun_governed_by_a_verb_of_occurrence_is_the_sentence_event()
    {
        var facts = Extract("Laos and Thailand held their third defence policy dialogue in Vientiane on Monday, reviewing the plan signed during a visit to Laos by the Thai minister last year.");
        Assert.StartsWith("conference held 2023-04-24 LA,TH Vientiane", Summary(facts));
    }

    [Fact]
    public void An_occasion_named_with_its_day_refers_to_the_occasion_of_that_day()
    {
        // "the April 20 meeting" refers to the meeting told before, whose date agrees; another day's does not.
        var facts = Extract("Cambodian Prime Minister Sok Dara met Major General Tan Wei Liang, commander of the Singapore Army, on April 20.\n\n"
            + "At the April 20 meeting, Lim Boon Keng, head of the Singapore delegation, asked the prime minister to widen officer exchanges.\n");
        Assert.Equal("meeting held 2023-04-20 KH,SG -", Summary(facts));
        var other = Extract("Cambodian Prime Minister Sok Dara met Major General Tan Wei Liang, commander of the Singapore Army, on April 20.\n\n"
            + "At the April 22 meeting, Lim Boon Keng, head of the Singapore delegation, met Cambodian army chief Chea Sokha.\n");
        Assert.Equal("meeting held 2023-04-20 KH,SG - | meeting held 2023-04-22 KH,SG -", Summary(other));
    }

    [Theory]
    // A town on no list, placed by a state's or a region's name right after a comma, is a city of that state for the article
    // (EventStage.WithTownsOfStates; patterns.tsv town-before-state, town-no-town, town-state-end).
    [InlineData("Laos and Cambodia opened a joint exercise in Kelmbrook, Laos, on Monday.", "exercise held 2023-04-24 KH,LA Kelmbrook")]
    [InlineData("Indian and Cambodian troops opened their joint exercise at a training school in Harnagar, Uttarakhand on Monday.", "exercise held 2023-04-24 IN,KH Harnagar")]
    // The town named in another sentence places the occasion told with it there too.
    [InlineData("The Lao Third Division is based in Kelmbrook, Laos.\n\nLaos and Cambodia opened the joint exercise in Kelmbrook on Monday.", "exercise held 2023-04-24 KH,LA Kelmbrook")]
    // Not a town: no state after the comma, a state that begins a clause, a word of area or venue, a month.
    [InlineData("Laos and Cambodia opened a joint exercise in Kelmbrook on Monday, Laos said.", "exercise held 2023-04-24 KH,LA -")]
    [InlineData("Laos and Cambodia opened a joint exercise in Kelmbrook, Laos still being the host of the drill.", "exercise held - KH,LA -")]
    [InlineData("Laos and Cambodia opened a joint exercise at Camp Dosk, Laos, on Monday.", "exercise held 2023-04-24 KH,LA -")]
    public void A_town_on_no_list_is_placed_by_the_state_named_after_it(string text, string engagements)
        => Assert.Equal(engagements, Summary(Extract(text)));

    [Fact]
    public void An_opening_dateline_of_a_province_places_the_occasion_in_its_state()
    {
        // A report of the home side (Cambodia) filed from a Vietnamese province of places.tsv [regions]: the undated call it
        // reports is held in Vietnam, the province's state, in no city (EngagementBuilder.StateByDateline); without the
        // dateline it is placed nowhere.
        const string call = "Vietnamese border guard commander Colonel Tran Van Binh received a delegation of Cambodian officers led by General Sok Mony to discuss patrols.";
        var filed = Extract("GIA LAI (Highland News) -- " + call);
        Assert.Equal(new LocationFact(null, null, "VN"), Assert.Single(filed.Engagements).Location);
        var french = Extract("Kon Tum (Agence) – Le colonel vietnamien Tran Van Binh a reçu une délégation d'officiers cambodgiens conduite par le général Sok Mony pour discuter des patrouilles.");
        Assert.Equal(new LocationFact(null, null, "VN"), Assert.Single(french.Engagements).Location);
        // Without the dateline, and with "met" for "received" (a receiving host's state places it: EngagementBuilder.CountryByReceiver),
        // it is placed nowhere.
        Assert.Null(Assert.Single(Extract(call.Replace("received", "met", StringComparison.Ordinal)).Engagements).Location);
        // Like a city's dateline: not an occasion dated weeks before the writing, nor one the province's state takes no part in
        // (the talks of Thailand and Cambodia keep the home side's state).
        var older = Extract("GIA LAI (Highland News) -- Vietnamese border guard commander Colonel Tran Van Binh met a delegation of Cambodian officers led by General Sok Mony on March 2 to discuss patrols.");
        Assert.Null(Assert.Single(older.Engagements).Location);
        var others = Extract("GIA LAI (Highland News) -- Thai Defence Minister Anan Srisuk held talks with Cambodian Defence Minister Sok Dara on Tuesday.");
        Assert.Equal(new LocationFact(null, null, "KH"), Assert.Single(others.Engagements).Location);
        // A dateline of a listed city comes first: the city of the file, not the province, places it.
        var city = Extract("DA NANG (Highland News) -- " + call);
        Assert.Equal("Da Nang", Assert.Single(city.Engagements).Location?.City);
    }

    [Fact]
    public void A_state_named_where_the_dead_fell_is_not_the_venue_of_their_burial()
    {
        // EVT-DF1: the remains of soldiers who fell in a past war, buried in a province of their own state: the state after "died
        // in" (patterns.tsv home-base-before) is where they fell, and the province named as the venue (places.tsv [regions])
        // places the ceremony.
        var burial = Extract("Cambodian General Sok Mony attended a ceremony in Gia Lai on Tuesday to bury the remains of Vietnamese volunteers who died in Cambodia.");
        Assert.Equal(new LocationFact(null, null, "VN"), Assert.Single(burial.Engagements).Location);
        // EVT-DF2: the same in French, the province after a district's cemetery and a comma, the state after "tombés au".
        var french = Extract("Mardi, au cimetière du district de Kelmo, province de Gia Lai, le général cambodgien Sok Mony a assisté à une cérémonie d'inhumation des ossements de trois volontaires vietnamiens tombés au Cambodge.");
        Assert.Equal(new LocationFact(null, null, "VN"), Assert.Single(french.Engagements).Location);
        // EVT-DF3: a state after "in" that tells no death is read before the province, as the rules of place have it.
        var served = Extract("Lao General Khamla Vongsa attended a ceremony in Gia Lai on Tuesday for Vietnamese volunteers who served in Laos.");
        Assert.Equal(new LocationFact(null, null, "LA"), Assert.Single(served.Engagements).Location);
        var died = Extract("Lao General Khamla Vongsa attended a ceremony in Gia Lai on Tuesday for Vietnamese volunteers who died in Laos.");
        Assert.Equal(new LocationFact(null, null, "VN"), Assert.Single(died.Engagements).Location);
    }

    [Fact]
    public void An_occasion_placed_nowhere_takes_the_state_an_envoy_of_its_sentences_is_accredited_to()
    {
        // EVT-EV1: an ambassador "to" a state of the meeting (patterns.tsv envoy-to-before): the meeting took place in that state.
        var envoy = Extract("Lao Defence Minister Khamla Vongsa met the Thai Ambassador to Laos, Anan Srisuk, on Monday.");
        Assert.Equal(new LocationFact(null, null, "LA"), Assert.Single(envoy.Engagements).Location);
        // EVT-EV2: words of the title and the envoy's own state between ("High Commissioner of Malaysia to").
        var commissioner = Extract("Thai Defence Minister Anan Srisuk met the High Commissioner of Malaysia to Thailand, Kel Varo, on Monday.");
        Assert.Equal(new LocationFact(null, null, "TH"), Assert.Single(commissioner.Engagements).Location);
        // EVT-EV3: an occasion placed by its own words keeps its place.
        var placed = Extract("Lao Defence Minister Khamla Vongsa met the Thai Ambassador to Laos, Anan Srisuk, in Bangkok on Monday.");
        Assert.Equal("Bangkok", Assert.Single(placed.Engagements).Location?.City);
        // EVT-EV4: an ambassador named without the state he serves in places nothing.
        var unaccredited = Extract("Lao Defence Minister Khamla Vongsa met Thai General Anan Srisuk and the Thai ambassador on Monday.");
        Assert.Null(Assert.Single(unaccredited.Engagements).Location);
    }

    [Fact]
    public void A_country_in_a_relative_clause_about_an_earlier_visit_is_not_the_place()
    {
        var facts = Extract("Cambodian Defence Minister Sok Dara received Thai General Anan Srisuk, who had visited Laos last year, at the ministry on Monday.");
        // Not Laos: the meeting, placed by nothing it tells, takes the home side's state (EventStage.StateOfTheArticle).
        Assert.Equal(new LocationFact(null, null, "KH"), Assert.Single(facts.Engagements).Location);
    }

    [Fact]
    public void A_place_whose_words_go_on_with_a_date_of_another_time_is_another_occasions()
    {
        // "who visited Laos in March 2019": the state visited then is no place of Monday's meeting.
        // Not Laos: the meeting, placed by nothing it tells, takes the home side's state (EventStage.StateOfTheArticle).
        var relative = Extract("Cambodian Defence Minister Sok Dara received Thai General Anan Srisuk, who visited Laos in March 2019, at the ministry on Monday.");
        Assert.Equal(new LocationFact(null, null, "KH"), Assert.Single(relative.Engagements).Location);
        // An undated meeting: a visit dated years before the writing is background; only the home side's state is given.
        var undated = Extract("Indian Defence Minister Raj Kumar, who toured Cambodia in June 2018, also met Cambodian army chief Chea Sokha.");
        Assert.Equal(new LocationFact(null, null, "KH"), Assert.Single(undated.Engagements).Location);
        // The occasion's own date after its place keeps the place, and so does a date weeks before the writing.
        var own = Extract("Cambodian Defence Minister Sok Dara visited Laos in April 2023 and met Lao Defence Minister Khamla Vongsa.");
        Assert.All(own.Engagements, e => Assert.Equal("LA", e.Location?.Country));
        var recent = Extract("Indian Defence Minister Raj Kumar, who toured Cambodia in March 2023, met Cambodian army chief Chea Sokha.");
        Assert.All(recent.Engagements, e => Assert.Equal("KH", e.Location?.Country));
        Assert.NotEmpty(recent.Engagements);
    }

    [Fact]
    public void A_country_named_as_the_adjunct_of_a_noun_of_visiting_is_the_state_visited()
    {
        var facts = Extract("Thai Defence Minister Anan Srisuk held talks with Sok Dara during his Cambodia visit on Monday.");
        Assert.Equal("KH", Assert.Single(facts.Engagements).Location?.Country);
        // A demonym before the noun says whose visit it is, not where it went.
        // (The home side's state is still given by the article's rule, EventStage.StateOfTheArticle, as to any occasion of it
        // placed by nothing.)
        var demonym = Extract("Thai Defence Minister Anan Srisuk held talks with Sok Dara during his Cambodian visit on Monday.");
        Assert.Equal(new LocationFact(null, null, "KH"), Assert.Single(demonym.Engagements).Location);
    }

    [Fact]
    public void The_country_a_visit_takes_as_its_object_is_its_place()
    {
        var facts = Extract("Colonel Mark Davis said the US Pacific Fleet commander will visit Cambodia in May.");
        Assert.Equal("KH", Assert.Single(facts.Engagements).Location?.Country);
        // A visit to two countries is one visit per host, each placed in its host, never both in one.
        var two = Extract("Colonel Mark Davis said the US Pacific Fleet commander will visit Cambodia and Laos in May.");
        Assert.Equal(new[] { "KH", "LA" }, two.Engagements.Select(e => e.Location?.Country));
    }

    [Fact]
    public void The_article_between_a_preposition_and_a_state_s_name_is_passed_over()
    {
        // EVT-ART1: a working trip "to the Republic of Korea" (a state's formal name after the article) places the meeting told
        // with it, as a trip "to Laos" would (patterns.tsv state-article-before).
        var trip = Extract("Lao Defence Minister Khamla Vongsa was on a working trip to the Republic of Korea on Monday, where he met "
            + "South Korean Defence Minister Park Jin-ho.");
        Assert.NotEmpty(trip.Engagements);
        Assert.All(trip.Engagements, e => Assert.Equal("KR", e.Location?.Country));
        // EVT-ART2: "in the United Arab Emirates".
        var held = Extract("Lao Defence Minister Khamla Vongsa met Emirati Minister of State for Defence Omar Rashid on Monday in the "
            + "United Arab Emirates.");
        Assert.Equal("AE", Assert.Single(held.Engagements).Location?.Country);
        // EVT-ART3: the article after a verb that is no preposition of place ("thanked the United Arab Emirates") places nothing.
        var thanked = Extract("Lao Defence Minister Khamla Vongsa met Emirati Minister of State for Defence Omar Rashid on Monday and thanked "
            + "the United Arab Emirates for its support.");
        Assert.Null(Assert.Single(thanked.Engagements).Location);
    }

    [Fact]
    public void An_occasion_during_a_visit_told_before_takes_the_visit_s_place()
    {
        var facts = Extract("Cambodian army chief General Sok Dara arrived in Myanmar on Tuesday for a four-day visit.\n\n"
            + "During his stay, Sok Dara paid a courtesy call on Myanmar State Counsellor Daw Khin Mya.\n");
        Assert.Equal(new[] { "MM", "MM" }, facts.Engagements.Select(e => e.Location?.Country));
        // Without the visit's words the call keeps no place of the visit's; the article's one state is given to it after
        // (EventStage.StateOfTheArticle).
        var alone = Extract("Cambodian army chief General Sok Dara arrived in Myanmar on Tuesday for a four-day visit.\n\n"
            + "On Thursday, Sok Dara paid a courtesy call on Myanmar State Counsellor Daw Khin Mya.\n");
        Assert.Equal(new[] { "MM", "MM" }, alone.Engagements.Select(e => e.Location?.Country));
    }

    [Fact]
    public void Relative_dates_resolve_against_the_day_of_a_dateline_just_before_publication()
    {
        // Published on Thursday 27 April; filed on Tuesday 25 April: "yesterday" is Monday.
        Assert.Equal("meeting held 2023-04-24 KH,TH Phnom Penh",
            Summary(Extract("Ministers meet\n\nPHNOM PENH, April 25 (AKP) -- Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk here yesterday.\n")));
        Assert.Equal("meeting held 2023-04-24 IN,KH New Delhi",
            Summary(Extract("Ministers meet\n\nNew Delhi, April 25\n\nCambodian Defence Minister Sok Dara met Indian Defence Minister Raj Kumar in New Delhi yesterday.\n")));
        // A dateline more than three days before publication, or a date that is no dateline's: the publication date.
        Assert.Equal("meeting held 2023-04-26 KH,TH Phnom Penh",
            Summary(Extract("Ministers meet\n\nPHNOM PENH, April 10 (AKP) -- Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk here yesterday.\n")));
        Assert.Equal("meeting held 2023-04-25 KH,TH Bangkok | meeting held 2023-04-26 KH,TH Bangkok",
            Summary(Extract("Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk in Bangkok, April 25, the ministry said.\n\nThe Thai minister received Sok Dara again yesterday.\n")));
    }

    private static ArticleFacts ExtractUndated(string text)
    {
        var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text));
        var side = SidecarReader.Read("/c/a.yaml", "a", "outlet: Rift News\n");
        return ArticleExtractor.Extract(article, side, s_cambodian, curation: false);
    }

    // Without a publication date, a dateline's month and day with no year is the day of writing (EngagementBuilder.WritingDate,
    // DateRecognizer.Resolve): "today" and "tomorrow" take a month and day from it, a weekday only its month when the six days
    // before it lie in that month; no year is invented. Without such a dateline a relative date stays unresolved.
    [Theory]
    [InlineData("EVT-DY1", "Border talks\n\nBANGKOK, March 9 (Rift News) -- Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk here today to review the river patrols.", "meeting held --03-09 KH,TH Bangkok")]
    [InlineData("EVT-DY2", "Border talks\n\nBANGKOK, March 9 (Rift News) -- Cambodia and Thailand will sign a pact on river patrols tomorrow, officials said.", "agreement planned --03-10 KH,TH -")]
    [InlineData("EVT-DY3", "Border talks\n\nBANGKOK, March 9 (Rift News) -- Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk in Bangkok on Monday to review the river patrols.", "meeting held --03 KH,TH Bangkok")]
    [InlineData("EVT-DY4", "Border talks\n\nBANGKOK, March 3 (Rift News) -- Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk in Bangkok on Monday to review the river patrols.", "meeting held - KH,TH Bangkok")]
    [InlineData("EVT-DY5", "Border talks\n\nCambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk in Bangkok today to review the river patrols.", "meeting held - KH,TH Bangkok")]
    public void A_dateline_without_a_year_dates_relative_days_when_no_publication_date_is_known(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(ExtractUndated(text))));

    // A month and day without a year that lies one to sixty days after the writing date is of its year, even for an occasion
    // told as done (DateRecognizer.Resolve, SoonAfter): the occasion is then planned; months later it stays last year's.
    [Theory]
    [InlineData("EVT-DA1", "About 300 Kenyan soldiers will partner with Singaporean forces in Kenya May 15-26 during Exercise Lion Gate, army officials announced.", "exercise planned 2023-05-15 KE,SG -")]
    [InlineData("EVT-DA2", "Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk in Bangkok on September 3.", "meeting held 2022-09-03 KH,TH Bangkok")]
    // The first day of a range whose year is told only after its last day takes that year (DateRecognizer.RangeYear).
    [InlineData("EVT-DA3", "Kenyan Defence Minister Otieno Maina met Singaporean Defence Minister Lim Hock in Nairobi from 28 November to 2 December 2021.", "meeting held 2021-11-28 KE,SG Nairobi")]
    // A weekday or a relative day restated by the date right after it, in brackets (a relative day also after a comma), is
    // that date (DateRecognizer.Restated).
    [InlineData("EVT-DR1", "Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk in Bangkok on Monday (April 17).", "meeting held 2023-04-17 KH,TH Bangkok")]
    [InlineData("EVT-DR2", "Cambodian Defence Minister Sok Dara met Thai Defence Minister Anan Srisuk in Bangkok yesterday (19th April).", "meeting held 2023-04-19 KH,TH Bangkok")]
    [InlineData("EVT-DR3", "Cambodian Defence Minister Sok Dara and Thai Defence Minister Anan Srisuk signed the river patrol pact in Bangkok today, April 25.", "agreement held 2023-04-25 KH,TH Bangkok")]
    public void A_month_day_soon_after_the_writing_and_a_restated_day_are_read_as_stated(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A sentence that tells a ship's stay in port from a date, and no occasion of its own, dates the article's undated ship
    // visits with the stay's first day (EngagementBuilder.DateByStay, patterns.tsv stay-span-before, ship-told); a drill's span does not.
    [Theory]
    [InlineData("EVT-SP1", "Two Kenyan Navy frigates have docked at Sihanoukville on a goodwill port call to Cambodia. The two frigates will stay in the harbour of Sihanoukville from 20 to 23 April, the embassy said.", "visit held 2023-04-20 KE,KH Sihanoukville")]
    [InlineData("EVT-SP2", "Two Kenyan Navy frigates have docked at Sihanoukville on a goodwill port call to Cambodia. The sailors will play football with local teams from 20 to 23 April, the embassy said.", "visit held - KE,KH Sihanoukville")]
    public void A_ship_visit_is_dated_by_its_stay_told_in_another_sentence(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    [Theory]
    [InlineData("EVT-DR4", "Border talks\n\nNAIROBI, May 9 -- Kenyan Defence Minister Otieno Maina met Singaporean Defence Minister Lim Hock on Tuesday (May 7).", "meeting held --05-07 KE,SG Nairobi")]
    public void A_restated_weekday_dates_an_article_without_a_publication_date(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(ExtractUndated(text))));

    // An English weekday set off by a comma, or by nothing, before its day and month is that date when the date's year puts it
    // on that weekday or the date tells no year (DateRecognizer.Restated); a yearless pair that the writing's year puts on
    // another weekday is read by the weekday alone (DateRecognizer.Resolve), and a pair whose year disagrees is not joined.
    [Theory]
    [InlineData("EVT-DR5", "Kenyan Defence Minister Otieno Maina met Singaporean Defence Minister Lim Hock in Nairobi on Friday, 14 April 2023.", "meeting held 2023-04-14 KE,SG Nairobi")]
    [InlineData("EVT-DR6", "Kenyan Defence Minister Otieno Maina met Singaporean Defence Minister Lim Hock in Nairobi on Friday April 14.", "meeting held 2023-04-14 KE,SG Nairobi")]
    [InlineData("EVT-DR7", "Kenyan Defence Minister Otieno Maina met Singaporean Defence Minister Lim Hock in Nairobi on Wednesday, April 14.", "meeting held 2023-04-26 KE,SG Nairobi")]
    [InlineData("EVT-DR8", "Kenyan Defence Minister Otieno Maina signed a pact with the Defence Minister of Singapore, Lim Hock, at the ministry, Nairobi, on Friday, April 14.", "agreement held 2023-04-14 KE,SG -")]
    public void A_weekday_set_off_by_a_comma_before_its_day_is_that_day(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A French agreement told as concluded ("ont conclu ce mardi 25 avril un accord", events.tsv, the French agreement row) is
    // an agreement, as "a signé" is and the English "concluded" is, dated by the day between the verb and its noun; not a
    // conclusion drawn ("ont conclu que …"), nor talks concluded.
    [Theory]
    [InlineData("EVT-FC1", "Le Gabon et le Togo ont conclu ce mardi 25 avril un accord militaire sur la piraterie.", "agreement held 2023-04-25 GA,TG -")]
    [InlineData("EVT-FC2", "Le ministre gabonais Paul Ndong a conclu ce lundi 24 avril à Libreville un protocole de coopération navale avec le ministre togolais Kofi Amegah.", "agreement held 2023-04-24 GA,TG Libreville")]
    [InlineData("EVT-FC3", "Les ministres Paul Ndong et Kofi Amegah ont conclu que l'accord de défense de 2010 restait utile.", "")]
    public void A_French_agreement_told_as_concluded_is_an_agreement(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    [Theory]
    [InlineData("EVT-DR9", "Colonel Otieno Maina, the new Kenyan defence attache to Singapore, paid a courtesy call on Singaporean Defence Minister Lim Hock on Friday, 14 April 2023.", "meeting held 2023-04-14 KE,SG Singapore")]
    [InlineData("EVT-DR10", "Colonel Otieno Maina, the new Kenyan defence attache to Singapore, paid a courtesy call on Singaporean Defence Minister Lim Hock on Wednesday, 14 April 2023.", "meeting held - KE,SG Singapore")]
    public void A_weekday_set_off_by_a_comma_dates_an_article_without_a_publication_date(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(ExtractUndated(text))));

    // A held meeting first told in a sentence that dates a visit of the same states with its one date is of that day
    // (EngagementBuilder.DateByVisitOfTheSentence): a call on the prime minister told apart from the visit it belongs to. Not
    // when that date opens a span of days, after "from" or as a range (patterns.tsv span-start-before, span-range-at): the
    // stay's first day is not the day of the talks told inside it.
    [Theory]
    [InlineData("EVT-VC1", "Lao delegation ends visit\n\nVientiane (Rift News) – A Lao army delegation under Lieutenant General Khamla Vongsa, the Lao army's chief, on April 23 ended its four-day working visit to Cambodia.\n\nThe trip, at the invitation of General Keo Ratana, the Cambodian army's commander, reviewed how the two armies work together.\n\nDuring the stay, Vongsa paid a courtesy visit to Cambodia's Prime Minister Chea Sophal on April 20, during which he spoke of mine clearance.", "visit held 2023-04-20 KH,LA - | meeting held 2023-04-20 KH,LA -")]
    [InlineData("EVT-VC2", "Lao army chief Lt Gen Khamla Vongsa, who is on a six-day visit to Cambodia from April 24, held talks with Defence Secretary Pen Vathana and army commander Gen Keo Ratana at the defence ministry in Phnom Penh.", "meeting held - KH,LA Phnom Penh | visit held 2023-04-24 KH,LA Phnom Penh")]
    [InlineData("EVT-VC3", "Lao army chief Lt Gen Khamla Vongsa, who is on a six-day visit to Cambodia on April 24-29, held talks with Defence Secretary Pen Vathana and army commander Gen Keo Ratana at the defence ministry in Phnom Penh.", "meeting held - KH,LA Phnom Penh | visit held 2023-04-24 KH,LA Phnom Penh")]
    public void A_call_told_with_a_dated_visit_takes_its_day_unless_the_day_opens_a_span(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // Without a publication date, a month and day read without a year take the year of the occasion's own name: its
    // edition, or the one year the article gives that name after or before an occasion noun (EngagementBuilder.YearByEdition,
    // patterns.tsv occasion-name-year). A name without a year, or given two, leaves the date as read.
    [Theory]
    [InlineData("EVT-YN1", "Kenyan and Tanzanian troops open Exercise Kelm Shield 2019\n\nThe exercise Kelm Shield between the armies of Kenya and Tanzania began on March 3.", "exercise held 2019-03-03 KE,TZ -")]
    [InlineData("EVT-YN2", "Kenyan and Tanzanian troops open Exercise Kelm Shield\n\nThe exercise Kelm Shield between the armies of Kenya and Tanzania began on March 3.", "exercise held --03-03 KE,TZ -")]
    [InlineData("EVT-YN3", "Kenyan and Tanzanian troops open Exercise Kelm Shield 2019\n\nThe exercise Kelm Shield between the armies of Kenya and Tanzania began on March 3. It followed Exercise Kelm Shield 2017.", "exercise held --03-03 KE,TZ -")]
    [InlineData("EVT-YN4", "Two Kenyan warships docked in Mombasa to take part in the 2019 Kelm Joint Training with two Tanzanian warships on March 4-8.", "visit held 2019-03-04 KE,TZ Mombasa")]
    public void A_yearless_date_takes_the_year_of_the_occasion_s_name(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(ExtractUndated(text))));

    [Fact]
    public void Meetings_told_right_after_a_dated_announcement_of_talks_without_partners_take_its_date()
    {
        const string announcement = "Singaporean Defence Minister Lim Hock held talks with visiting ministers from five countries on Tuesday, according to a statement.\n\n";
        const string meetings = "Lim Hock held separate meetings with the defence ministers of Chile, Kenya and Norway, the ministry said.\n";
        Assert.Equal("meeting held 2023-04-25 CL,SG - | meeting held 2023-04-25 KE,SG - | meeting held 2023-04-25 NO,SG -",
            Summary(Extract(announcement + meetings)));
        // Told three sentences later, by someone else, or after talks that are only planned: undated.
        Assert.Equal("meeting held - CL,SG - | meeting held - KE,SG - | meeting held - NO,SG -",
            Summary(Extract(announcement + "The forum drew 900 delegates.\n\nIt ran for two days.\n\n" + meetings)));
        Assert.Equal("meeting held - CL,SG - | meeting held - KE,SG - | meeting held - NO,SG -",
            Summary(Extract(announcement + "Singaporean army chief Tan Boon held separate meetings with the army chiefs of Chile, Kenya and Norway, the ministry said.\n")));
        Assert.Equal("meeting held - CL,SG - | meeting held - KE,SG - | meeting held - NO,SG -",
            Summary(Extract(announcement.Replace("held talks", "will hold talks").Replace("on Tuesday", "next Tuesday") + meetings)));
    }

    [Fact]
    public void A_meeting_told_after_a_visit_without_date_or_place_takes_the_visit_s()
    {
        var facts = Extract("Cambodian Defence Minister Sok Dara arrived in Seoul on Wednesday for a three-day visit.\n\n"
            + "Sok Dara held talks with South Korean Defence Minister Park Jin-ho.\n");
        var meeting = Assert.Single(facts.Engagements, e => e.Kind == "meeting");
        Assert.Equal(("Seoul", "KR"), (meeting.Location?.City, meeting.Location?.Country));
        Assert.Equal(Assert.Single(facts.Engagements, e => e.Kind == "visit").Date, meeting.Date);
        Assert.NotNull(meeting.Date);
        // A meeting told before the visit, or one with a date of its own, is not framed by it.
        var before = Extract("Sok Dara held talks with South Korean Defence Minister Park Jin-ho.\n\n"
            + "Cambodian Defence Minister Sok Dara arrived in Seoul on Wednesday for a three-day visit.\n");
        var first = Assert.Single(before.Engagements, e => e.Kind == "meeting");
        // (No date of it; the place is the article's one state and one city, given after: EventStage.StateOfTheArticle,
        // EventStage.CityOfTheArticle.)
        Assert.Equal((null, "Seoul", "KR"), (first.Date, first.Location?.City, first.Location?.Country));
        // A planned visit frames nothing.
        var planned = Extract("Cambodian Defence Minister Sok Dara will visit Seoul next week.\n\n"
            + "Sok Dara held talks with South Korean Defence Minister Park Jin-ho.\n");
        var held = Assert.Single(planned.Engagements, e => e.Kind == "meeting");
        Assert.Null(held.Date);
    }

    [Fact]
    public void A_meeting_that_names_nobody_frames_the_named_telling_after_it()
    {
        var facts = Extract("Tokyo has long kept warm ties with Phnom Penh.\n\n"
            + "Japan's defence minister held talks with military leaders in Phnom Penh, Cambodia, on Monday.\n\n"
            + "Japanese Defence Minister Kenji Mori met his Cambodian counterpart Sok Dara, a spokesman said.\n");
        var named = Assert.Single(facts.Engagements, e => e.Participants.Count > 0);
        Assert.Equal(("Phnom Penh", "KH"), (named.Location?.City, named.Location?.Country));
        Assert.NotNull(named.Date);
    }

    [Fact]
    public void A_planned_trip_told_later_does_not_move_a_held_visit()
    {
        var facts = Extract("Cambodian Defence Minister Sok Dara visited Vietnam on Monday.\n\n"
            + "During the visit, Sok Dara said he will also visit Hue.\n");
        var visit = Assert.Single(facts.Engagements, e => e.Status == "held");
        // The trip is no frame of the visit: the visit's own place is Vietnam alone. The article's one city (the planned
        // trip's) is then given to it by the article's rule, which reads no status (EventStage.CityOfTheArticle).
        Assert.Equal(("Hue", "VN"), (visit.Location?.City, visit.Location?.Country));
        Assert.Equal(2, facts.Engagements.Count);
    }

    [Fact]
    public void A_trigger_of_another_status_lends_no_date()
    {
        // The visit planned is not the visit held on Monday.
        var facts = Extract("Cambodian Defence Minister Sok Dara will visit Vietnam, after a visit to Laos on Monday.");
        var visit = Assert.Single(facts.Engagements);
        Assert.Equal(("planned", null), (visit.Status, visit.Date));
    }

    [Fact]
    public void A_known_venue_is_the_place_and_its_city_the_city()
    {
        var facts = Extract("Philippine Defence Secretary Mario Reyes met Cambodian Ambassador Sok Vanna at Camp Aguinaldo on Monday.");
        var location = Assert.Single(facts.Engagements).Location;
        Assert.Equal(("Camp Aguinaldo", "Quezon City", "PH"), (location?.Place, location?.City, location?.Country));
    }

    [Theory]
    // places.tsv [venues], the bases of the thirty-eighth round: a base, port or academy named in full is the place, and
    // the city of the file it stands in the city.
    [InlineData("Singaporean Defence Minister Tan Wei Ming met Cambodian navy chief Admiral Sok Dara at Tengah Air Base on Monday.", "Tengah Air Base", "Singapore", "SG")]
    [InlineData("Japanese Defence Minister Kenji Mori met Lao army chief General Khamla Vongsa at Zuoying Naval Base on Monday.", "Zuoying Naval Base", "Kaohsiung", "TW")]
    [InlineData("Australian Defence Minister Mark Ellis met Indonesian army chief General Budi Santoso at Robertson Barracks on Monday.", "Robertson Barracks", "Darwin", "AU")]
    [InlineData("Pakistani Air Chief Marshal Imran Latif met Thai Defence Minister Anan Srisuk at Jinnah Naval Base on Monday.", "Jinnah Naval Base", "Ormara", "PK")]
    public void A_base_of_the_table_is_the_place_and_its_city_the_city(string sentence, string place, string city, string country)
    {
        var location = Assert.Single(Extract(sentence).Engagements).Location;
        Assert.Equal((place, city, country), (location?.Place, location?.City, location?.Country));
    }

    [Fact]
    public void A_base_left_out_of_the_table_places_nothing_in_a_city()
    {
        // "Clark" is a person's name as well as a town: neither it nor "Clark Air Base" is in places.tsv, so the occasion
        // gets no city or venue from it.
        var location = Assert.Single(Extract("Philippine Defence Secretary Mario Reyes met Cambodian Ambassador Sok Vanna at Clark Air Base on Monday.").Engagements).Location;
        Assert.Null(location?.City);
        Assert.Null(location?.Place);
    }

    [Fact]
    public void A_headline_and_the_dated_report_of_the_same_port_call_are_one_engagement()
    {
        // A telling that names nobody joins the occasion of the same kind and countries.
        var facts = Extract("Japanese destroyers call at Cambodian port\n\nTwo Japanese destroyers berthed at Sihanoukville on Monday for a four-day goodwill call.\n");
        Assert.Equal("visit held 2023-04-24 JP,KH Sihanoukville", Summary(facts));
    }

    [Fact]
    public void A_drill_told_as_held_and_again_as_to_come_without_people_or_date_is_one_occasion()
    {
        // EngagementBuilder.ToldBothWays: a drill in progress is told as done and, in a quote, as to come.
        var facts = Extract("Japanese and Cambodian sailors held a joint drill in Sihanoukville on Monday.\n\n"
            + "In the days ahead, the sailors of the two fleets will carry out a drill on rescue at sea, the captain added.\n");
        Assert.Equal("exercise held 2023-04-24 JP,KH Sihanoukville", Summary(facts));
        // Told as one more of its kind, or with a day of its own: another occasion.
        var another = Extract("Japanese and Cambodian sailors held a joint drill in Sihanoukville on Monday.\n\n"
            + "The sailors of the two fleets will carry out another drill on rescue at sea, the captain added.\n");
        Assert.Equal("exercise held 2023-04-24 JP,KH Sihanoukville | exercise planned - JP,KH Sihanoukville", Summary(another));
        var dated = Extract("Japanese and Cambodian sailors held a joint drill in Sihanoukville on Monday.\n\n"
            + "The sailors of the two fleets will carry out a drill on rescue at sea in June, the captain added.\n");
        // Of another month than the drill placed in the city: no city of it (EventStage.CityOfTheArticle, OfAnotherMonth).
        Assert.Equal("exercise held 2023-04-24 JP,KH Sihanoukville | exercise planned 2023-06 JP,KH -", Summary(dated));
        // A signing happens at once (events.tsv [kinds] names it not "lasting"): one done and one to come are two.
        var signing = Extract("Japanese and Cambodian officers signed a memorandum of understanding in Sihanoukville on Monday.\n\n"
            + "The two sides will sign a memorandum of understanding on rescue at sea, the captain added.\n");
        Assert.Equal(2, signing.Engagements.Count(e => e.Kind == "agreement"));
    }

    [Fact]
    public void A_drill_and_the_ceremony_that_opens_it_are_one_occasion()
    {
        // EngagementBuilder.OpeningOf: the drill told apart ("will culminate") is the course of the occasion the ceremony opened;
        // the ceremony keeps its kind, status and day.
        var facts = Extract("The opening ceremony in Kampong Speu on Monday was attended by Japanese Ambassador Kenji Arata and Cambodian General Sok Dara.\n\n"
            + "The joint exercise will culminate in a landing on the coast, the army said.\n");
        Assert.Equal("ceremony held 2023-04-24 JP,KH Kampong Speu", Summary(facts));
        // A day told with the drill (a caption's, the dateline's) is a day of its course: the ceremony keeps its own, or none.
        var captioned = Extract("The opening ceremony in Kampong Speu was attended by Japanese Ambassador Kenji Arata and Cambodian General Sok Dara.\n\n"
            + "Japanese and Cambodian soldiers began a joint exercise near the coast on Tuesday.\n");
        Assert.Equal("ceremony held - JP,KH Kampong Speu", Summary(captioned));
        // A day that contradicts the ceremony's: another occasion.
        var otherDay = Extract("The opening ceremony in Kampong Speu on Monday was attended by Japanese Ambassador Kenji Arata and Cambodian General Sok Dara.\n\n"
            + "Japanese and Cambodian soldiers began a joint exercise near the coast on Tuesday.\n");
        Assert.Equal(2, otherDay.Engagements.Count);
    }

    [Fact]
    public void A_ceremony_not_told_as_a_drill_s_opening_or_another_drill_stays_apart()
    {
        // Nothing tells the ceremony as the drill's opening or closing: two occasions.
        var degrees = Extract("The academy held a ceremony in Hanoi on Monday to present degrees to Cambodian General Sok Dara and Vietnamese General Tran Quoc Hung.\n\n"
            + "Vietnamese instructors trained Cambodian officers at the academy in 2022.\n");
        Assert.Equal(2, degrees.Engagements.Count);
        // A drill to come with a day of its own, or told as another one, is another occasion.
        var next = Extract("The opening ceremony in Kampong Speu on Monday was attended by Japanese Ambassador Kenji Arata and Cambodian General Sok Dara.\n\n"
            + "Japan and Cambodia will hold another joint exercise in the coming weeks, the army said.\n");
        Assert.Equal(2, next.Engagements.Count);
    }

    [Fact]
    public void A_course_told_twice_without_people_or_date_is_one_occasion_whichever_is_placed()
    {
        // EngagementBuilder.ToldBothWays: both tellings name nobody and no day; the one placed nowhere is the telling again.
        var facts = Extract("Australia opened a language course for officers at the army academy in Phnom Penh.\n\n"
            + "The course will teach sixty Cambodian cadets the words of their trade.\n");
        Assert.Equal("training held - AU,KH Phnom Penh", Summary(facts));
    }

    [Fact]
    public void Two_undated_meetings_one_naming_only_the_other_s_people_are_one()
    {
        // EngagementBuilder.PeopleWithin: "the two met" names only people of the meeting told before; neither is dated.
        var facts = Extract("Russian Security Council Secretary Ivan Sorokin met Cambodian Prime Minister Sok Dara.\n\n"
            + "Sok Dara and his guest met at the government palace in Phnom Penh, where Sok Dara proposed a joint conference.\n");
        Assert.Equal("meeting held - KH,RU Phnom Penh", Summary(facts));
        // One more host met: another meeting.
        var also = Extract("Russian Security Council Secretary Ivan Sorokin met Cambodian Prime Minister Sok Dara.\n\n"
            + "Ivan Sorokin also met Cambodian Defence Minister Tea Vanna at the ministry in Phnom Penh.\n");
        Assert.Equal(2, also.Engagements.Count);
    }

    [Fact]
    public void A_bare_telling_with_its_own_date_and_place_is_another_occasion()
    {
        var facts = Extract("The border committee meeting, held in Siem Reap on Tuesday, was co-chaired by Defence Minister Sok Dara and Thai Defence Minister Anan Sukprasert.\n\n"
            + "The committee meeting followed the regional border meeting held in Thailand’s Chanthaburi province in March.\n");
        Assert.Equal("meeting held 2023-04-25 KH,TH Siem Reap | meeting held 2023-03 KH,TH Chanthaburi", Summary(facts));
    }

    [Fact]
    public void An_undated_telling_placed_where_a_dated_bare_one_is_is_that_occasion_again()
    {
        // A caption with the people and the place, then the report with the day and the same place: one meeting,
        // dated by the report (EngagementBuilder.PlacedAlike).
        var facts = Extract("Cambodian General Sok Dara held talks with his Thai counterpart General Anan Sukprasert at the border committee in Siem Reap.\n\n"
            + "Meanwhile, Cambodian and Thai commanders met on Friday at the border committee held in Siem Reap.\n");
        Assert.Equal("meeting held 2023-04-21 KH,TH Siem Reap", Summary(facts));
        Assert.Equal(new[] { "anan-sukprasert", "sok-dara" }, facts.Engagements[0].Participants.OrderBy(p => p, StringComparer.Ordinal));
        // Another city, or the dated telling in an earlier year: another occasion.
        var elsewhere = Extract("Cambodian General Sok Dara held talks with his Thai counterpart General Anan Sukprasert at the border committee in Siem Reap.\n\n"
            + "Meanwhile, Cambodian and Thai commanders met on Friday at the border committee held in Battambang.\n");
        Assert.Equal("meeting held - KH,TH Siem Reap | meeting held 2023-04-21 KH,TH Battambang", Summary(elsewhere));
        var earlier = Extract("Cambodian General Sok Dara held talks with his Thai counterpart General Anan Sukprasert at the border committee in Siem Reap.\n\n"
            + "Cambodian and Thai commanders met in March 2021 at the border committee held in Siem Reap.\n");
        Assert.Equal("meeting held - KH,TH Siem Reap | meeting held 2021-03 KH,TH Siem Reap", Summary(earlier));
    }

    [Fact]
    public void A_recent_dated_telling_that_names_nobody_and_a_placed_telling_are_one_occasion()
    {
        // The day from the bare telling, the place and the people from the other (EngagementBuilder.TheReportsOccasion).
        var facts = Extract("Cambodian and Thai border officers met on Friday for a session of the border committee.\n\n"
            + "Defence Minister Sok Dara said a productive meeting in Battambang had eased tensions.\n");
        Assert.Equal("meeting held 2023-04-21 KH,TH Battambang", Summary(facts));
        // The other way round: the dated telling places the occasion, the undated one names the people.
        var placedDay = Extract("Cambodian and Thai border officers met in Battambang on Friday.\n\n"
            + "Cambodian General Sok Dara and Thai General Anan Sukprasert held talks at the meeting.\n");
        Assert.Equal("meeting held 2023-04-21 KH,TH Battambang", Summary(placedDay));
    }

    [Fact]
    public void A_dated_telling_that_names_nobody_stays_apart_without_a_place_or_when_weeks_from_the_report()
    {
        // Neither telling names a place: the leaders' talks are not the officers' meeting of Friday.
        var unplaced = Extract("Trade across the border has grown this year.\n\nCambodian and Thai border officers met on Friday for a session of the border committee.\n\n"
            + "Cambodian Prime Minister Hem Vuthy and Thai Prime Minister Anan Sukprasert also held talks on border trade.\n");
        Assert.Equal("meeting held 2023-04-21 KH,TH - | meeting held - KH,TH -", Summary(unplaced));
        // Dated two months before the report: an earlier session, not the one in Battambang.
        var earlier = Extract("Cambodian and Thai border officers met on February 10 for a session of the border committee.\n\n"
            + "Defence Minister Sok Dara said a productive meeting in Battambang had eased tensions.\n");
        // (Kept apart all the same; the article's one city is then given to the earlier session too: EventStage.CityOfTheArticle.)
        Assert.Equal("meeting held 2023-02-10 KH,TH Battambang | meeting held - KH,TH Battambang", Summary(earlier));
    }

    [Fact]
    public void A_guest_meeting_two_partners_in_one_sentence_makes_guest_partner_pairs()
    {
        // The home side is one of the partners: the meetings are the guest's with each partner, never the partners'
        // with each other (EngagementBuilder.SubjectSide).
        var facts = Extract("Vietnamese Defence Minister Tran Van Binh had bilateral meetings with Lao Defence Minister Khamla Vongsa "
            + "and Cambodian Defence Minister Sok Dara in Vientiane on Monday.\n");
        Assert.Equal("meeting held 2023-04-24 KH,VN Vientiane | meeting held 2023-04-24 LA,VN Vientiane", Summary(facts));
        Assert.Equal(new[] { "sok-dara", "tran-van-binh" }, facts.Engagements[0].Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(new[] { "khamla-vongsa", "tran-van-binh" }, facts.Engagements[1].Participants.OrderBy(p => p, StringComparer.Ordinal));
        // The home side meeting two guests keeps itself as the side of both meetings.
        var host = Extract("Cambodian Defence Minister Sok Dara held separate meetings with Lao Defence Minister Khamla Vongsa "
            + "and Vietnamese Defence Minister Tran Van Binh in Phnom Penh on Monday.\n");
        Assert.Equal("meeting held 2023-04-24 KH,LA Phnom Penh | meeting held 2023-04-24 KH,VN Phnom Penh", Summary(host));
    }

    [Fact]
    public void A_visitor_meeting_two_hosts_of_one_state_in_one_sentence_makes_one_meeting_per_host()
    {
        // patterns.tsv also-met: the hosts named after "as well as with" met the visitor in a meeting of their own (EngagementBuilder.AlsoMet).
        var facts = Extract("Japanese Defence Minister Kenji Mori held talks with his Cambodian counterpart Sok Dara in Phnom Penh on Monday, "
            + "as well as with Prime Minister Chan Vireak and Senate President Meas Sovann.\n");
        Assert.Equal("meeting held 2023-04-24 JP,KH Phnom Penh | meeting held 2023-04-24 JP,KH Phnom Penh", Summary(facts));
        Assert.Equal(new[] { "kenji-mori", "sok-dara" }, facts.Engagements[0].Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(new[] { "chan-vireak", "kenji-mori", "meas-sovann" }, facts.Engagements[1].Participants.OrderBy(p => p, StringComparer.Ordinal));
        // A relative clause telling the visitor's second meeting after the first.
        var relative = Extract("Prime Minister Chan Vireak on Monday met the visiting Japanese Defence Minister Kenji Mori, "
            + "who also held talks with his Cambodian counterpart Sok Dara.\n");
        Assert.Equal(2, relative.Engagements.Count);
        Assert.Equal(new[] { "chan-vireak", "kenji-mori" }, relative.Engagements[0].Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(new[] { "kenji-mori", "sok-dara" }, relative.Engagements[1].Participants.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void Hosts_met_together_or_named_in_attendance_are_one_meeting()
    {
        // "together": the two hosts met the visitor at one table.
        var together = Extract("Japanese Defence Minister Kenji Mori held talks with his Cambodian counterpart Sok Dara on Monday, as well as with "
            + "Prime Minister Chan Vireak, the three men sitting together in Phnom Penh.\n");
        Assert.Equal("meeting held 2023-04-24 JP,KH Phnom Penh", Summary(together));
        Assert.Equal(new[] { "chan-vireak", "kenji-mori", "sok-dara" }, together.Engagements[0].Participants.OrderBy(p => p, StringComparer.Ordinal));
        // A host named after the point only as escort is no second meeting.
        var escort = Extract("Japanese Defence Minister Kenji Mori held talks with Sok Dara in Phnom Penh on Monday, as well as with the "
            + "border police, accompanied by General Chan Vireak.\n");
        Assert.Equal("meeting held 2023-04-24 JP,KH Phnom Penh", Summary(escort));
        // Hosts joined by "and" alone are one meeting.
        var joined = Extract("Japanese Defence Minister Kenji Mori held talks with Sok Dara and Prime Minister Chan Vireak in Phnom Penh on Monday.\n");
        Assert.Equal("meeting held 2023-04-24 JP,KH Phnom Penh", Summary(joined));
    }

    [Fact]
    public void A_visit_with_several_meetings_told_in_it_holds_each_meeting_apart()
    {
        // EngagementBuilder.VisitMeetings: three calls on hosts of the visited state, each in a sentence of the visit's own
        // telling, are three meetings beside the visit, which keeps its visitor.
        var three = Extract("Cambodian Defence Minister Sok Dara arrived in Vientiane on Monday for a four-day official visit to Laos.\n\n"
            + "During the visit, Sok Dara met Lao Defence Minister Khamla Vongsa.\n\n"
            + "Sok Dara called on Lao Deputy Prime Minister Anan Vong.\n\n"
            + "Sok Dara held talks with Lao army chief General Bounmy Chanthala.\n");
        Assert.Equal(new[] { "visit", "meeting", "meeting", "meeting" }, three.Engagements.Select(e => e.Kind));
        Assert.Equal(new[] { "sok-dara" }, three.Engagements[0].Participants);
        Assert.Equal(new[] { "khamla-vongsa", "sok-dara" }, three.Engagements[1].Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(new[] { "anan-vong", "sok-dara" }, three.Engagements[2].Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(new[] { "bounmy-chanthala", "sok-dara" }, three.Engagements[3].Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(three.Engagements, e => Assert.Equal("LA", e.Location?.Country));
        // The meetings take the visit's day and city, their sentences telling none of their own.
        Assert.All(three.Engagements.Skip(1), e => Assert.Equal("2023-04-24", e.Date));
        Assert.All(three.Engagements.Skip(1), e => Assert.Equal("Vientiane", e.Location?.City));
        // One call in the visit: one occasion of both kinds, unchanged.
        var one = Extract("Cambodian Defence Minister Sok Dara arrived in Vientiane on Monday for a four-day official visit to Laos.\n\n"
            + "During the visit, Sok Dara met Lao Defence Minister Khamla Vongsa.\n");
        Assert.Equal(new[] { "visit" }, one.Engagements.Select(e => e.Kind));
        Assert.Equal(new[] { "khamla-vongsa", "sok-dara" }, one.Engagements[0].Participants.OrderBy(p => p, StringComparer.Ordinal));
        // A visit told in background, with its one call, beside a meeting held in the other state: unchanged.
        var background = Extract("Cambodian Defence Minister Sok Dara met Lao Defence Minister Khamla Vongsa in Phnom Penh on Monday.\n\n"
            + "Sok Dara paid an official visit to Laos last year.\n\n"
            + "During that visit, Sok Dara called on Lao Deputy Prime Minister Anan Vong.\n");
        var visit = Assert.Single(background.Engagements, e => e.Kind == "visit");
        Assert.Contains("anan-vong", visit.Participants);
        Assert.DoesNotContain(background.Engagements, e => e.Kind == "meeting" && e.Participants.Contains("anan-vong"));
    }

    [Fact]
    public void A_visit_with_one_meeting_told_in_it_and_another_told_apart_holds_both_meetings_apart()
    {
        // EngagementBuilder.VisitMeetings: the host's talks joined into the visit and a call on another host told as an
        // occasion of its own are two meetings of the visit: the joined talks leave the visit.
        var facts = Extract("Cambodian army chief General Sok Dara paid a three-day visit to Laos last week.\n\n"
            + "Lao army chief General Khamla Vongsa held talks with Sok Dara in Vientiane.\n\n"
            + "Sok Dara also paid a courtesy call on Lao President Anan Vong, who is the head of state.\n");
        var kinds = facts.Engagements.Select(e => e.Kind).ToList();
        Assert.Equal("visit", kinds[0]);
        Assert.Equal(new[] { "sok-dara" }, facts.Engagements[0].Participants);
        Assert.Contains(facts.Engagements, e => e.Kind == "meeting" && e.Participants.OrderBy(p => p, StringComparer.Ordinal).SequenceEqual(new[] { "khamla-vongsa", "sok-dara" }));
        Assert.Contains(facts.Engagements, e => e.Kind == "meeting" && e.Participants.OrderBy(p => p, StringComparer.Ordinal).SequenceEqual(new[] { "anan-vong", "sok-dara" }));
    }

    [Fact]
    public void A_sentence_opening_at_the_meeting_of_a_visit_that_names_no_host_is_a_meeting_of_its_own()
    {
        // EngagementBuilder.MeetingOfAHostlessVisit (patterns.tsv meeting-opener): the visit names nobody of the visited state, so
        // "At the meeting …" tells a meeting held during it that the article told nowhere else: a meeting beside the visit,
        // with the visitor and the visited state, and no day of the visit's.
        var facts = Extract("Cambodian Defence Minister Sok Dara visited a shipyard in Vientiane, Laos, on Monday.\n\n"
            + "The shipyard builds patrol boats for the Lao navy.\n\n"
            + "At the meeting of the Lao and Cambodian ministers, the two men discussed border security.\n");
        Assert.Equal(new[] { "visit", "meeting" }, facts.Engagements.Select(e => e.Kind));
        var meeting = facts.Engagements[1];
        Assert.Equal(new[] { "KH", "LA" }, meeting.Countries.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal(new[] { "sok-dara" }, meeting.Participants);
        Assert.Equal("LA", meeting.Location?.Country);
        Assert.Null(meeting.Date);
        Assert.Equal("2023-04-24", facts.Engagements[0].Date);
        // A visit that names its host: "the meeting" is the visit's own talks told again, one engagement.
        var hosted = Extract("Cambodian Defence Minister Sok Dara met Lao Defence Minister Khamla Vongsa during a visit to Vientiane on Monday.\n\n"
            + "The shipyard builds patrol boats for the Lao navy.\n\n"
            + "At the meeting, the two men discussed border security.\n");
        Assert.Single(hosted.Engagements);
        // A sentence that does not open at the meeting stays the visit's.
        var inside = Extract("Cambodian Defence Minister Sok Dara visited a shipyard in Vientiane, Laos, on Monday.\n\n"
            + "The shipyard builds patrol boats for the Lao navy.\n\n"
            + "The two men discussed border security at the meeting with the Lao minister.\n");
        Assert.Equal("visit held 2023-04-24 KH,LA Vientiane", Summary(inside));
    }

    [Fact]
    public void A_call_told_in_a_later_sentence_of_a_visit_is_a_meeting_of_its_own()
    {
        // EngagementBuilder.CallOfAVisit (patterns.tsv call-on): "called on" in a later sentence of a held visit tells a call of
        // the visit's programme: a meeting of the caller and the people called on, beside the visit, which keeps its visitor.
        var facts = Extract("Cambodian Defence Minister Sok Dara arrived in Vientiane, Laos, on Monday for a three-day official visit.\n\n"
            + "During the visit, Sok Dara called on Lao Prime Minister Anan Vong and Lao army chief General Khamla Vongsa.\n");
        Assert.Equal(new[] { "visit", "meeting" }, facts.Engagements.Select(e => e.Kind));
        Assert.Equal(new[] { "sok-dara" }, facts.Engagements[0].Participants);
        var call = facts.Engagements[1];
        Assert.Equal(new[] { "anan-vong", "khamla-vongsa", "sok-dara" }, call.Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(new[] { "KH", "LA" }, call.Countries.OrderBy(c => c, StringComparer.Ordinal));
        // A call told in the visit's first telling frames the visit: one engagement.
        var framed = Extract("Cambodian Defence Minister Sok Dara called on Lao Prime Minister Anan Vong during his official visit to Vientiane on Monday.\n");
        Assert.Single(framed.Engagements);
        // A visit told only by its arrival and one call on one person is that call: one engagement.
        var one = Extract("Cambodian Defence Minister Sok Dara arrived in Vientiane, Laos, on Monday for a three-day official visit.\n\n"
            + "During the visit, Sok Dara called on Lao Prime Minister Anan Vong.\n");
        Assert.Single(one.Engagements);
    }

    [Fact]
    public void A_courtesy_call_on_a_second_host_of_a_visit_is_a_meeting_of_its_own()
    {
        // EngagementBuilder.CallOfAVisit (patterns.tsv courtesy-call): "paid a courtesy visit to" in a later sentence of a held
        // visit that names another host (its inviter) tells a call of the visit's programme: a meeting of the caller and the
        // person called on, beside the visit.
        const string lead = "Lao army chief General Khamla Vongsa arrived in Phnom Penh on Monday for a four-day official visit.\n\n"
            + "The visit was made at the invitation of Cambodian army commander General Sok Dara.\n\n";
        var facts = Extract(lead + "During the stay, Khamla Vongsa paid a courtesy visit to Interior Minister Chan Rith of Cambodia.\n");
        Assert.Equal(new[] { "visit", "meeting" }, facts.Engagements.Select(e => e.Kind));
        var call = facts.Engagements[1];
        Assert.Equal(new[] { "chan-rith", "khamla-vongsa" }, call.Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(new[] { "KH", "LA" }, call.Countries.OrderBy(c => c, StringComparer.Ordinal));
        Assert.DoesNotContain("chan-rith", facts.Engagements[0].Participants);
        // A visit that names no other host: the courtesy call is the visit's one meeting, joined into it (one engagement).
        var alone = Extract("Lao army chief General Khamla Vongsa arrived in Phnom Penh on Monday for a four-day official visit.\n\n"
            + "The two sides reviewed border cooperation and the training of young officers.\n\n"
            + "During the stay, Khamla Vongsa paid a courtesy visit to Interior Minister Chan Rith of Cambodia.\n");
        Assert.DoesNotContain(alone.Engagements, e => e.Kind == "meeting");
    }

    [Fact]
    public void A_visit_to_a_college_told_after_a_visit_is_a_visit_of_its_own()
    {
        // EngagementBuilder.InstitutionVisits (patterns.tsv institution-visit): a visit made to a college, academy, institute, school
        // or university, in a sentence no engagement tells, after a held visit of two states, is a stop of its own: a second visit
        // of the same states and place, of the visitor and the hosts it names after the verb, with no day of its own.
        var facts = Extract("Cambodian Defence Minister Sok Dara arrived in Vientiane, Laos, on Monday for a three-day official visit.\n\n"
            + "The two sides reviewed border cooperation and the training of young officers.\n\n"
            + "Sok Dara also visited the Lao Army Command and Staff College, where he was briefed by Lao Major General Khamla Vongsa.\n");
        Assert.Equal(new[] { "visit", "visit" }, facts.Engagements.Select(e => e.Kind));
        var stop = facts.Engagements[1];
        Assert.Equal(new[] { "khamla-vongsa", "sok-dara" }, stop.Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(new[] { "KH", "LA" }, stop.Countries.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Null(stop.Date);
        // A visit planned there is no stop made: one held visit (the plan is told by the rules of planned occasions).
        var planned = Extract("Cambodian Defence Minister Sok Dara arrived in Vientiane, Laos, on Monday for a three-day official visit.\n\n"
            + "The two sides reviewed border cooperation and the training of young officers.\n\n"
            + "Sok Dara will also visit the Lao Army Command and Staff College on Wednesday.\n");
        Assert.Single(planned.Engagements, e => e.Kind == "visit" && $"{e.Status}" == "held");
    }

    [Fact]
    public void A_meeting_verb_in_a_sentence_no_engagement_tells_after_a_visit_is_a_meeting_of_its_own()
    {
        // EngagementBuilder.UntoldMeetings (patterns.tsv untold-meeting, untold-meeting-pronoun): a verb of meeting someone in a
        // sentence no engagement tells, after a held visit of two states, whose subject is a pronoun standing for the visitor and
        // which names after the verb someone of the visited state, is a meeting of its own, planned when the words before the verb
        // say so, with no day of its own.
        const string lead = "Lao Defence Minister Khamla Vongsa arrived in Phnom Penh on Monday for a three-day official visit.\n\n"
            + "The two sides reviewed border cooperation and the training of young officers.\n\n";
        var facts = Extract(lead + "He will also talk with Cambodian Foreign Minister Sok Dara about demining.\n");
        Assert.Equal(new[] { "visit", "meeting" }, facts.Engagements.Select(e => e.Kind));
        var meeting = facts.Engagements[1];
        Assert.Equal("planned", $"{meeting.Status}");
        Assert.Equal(new[] { "khamla-vongsa", "sok-dara" }, meeting.Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(new[] { "KH", "LA" }, meeting.Countries.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Null(meeting.Date);
        // A sentence that names another year tells an earlier trip in passing: no meeting of this visit.
        var earlier = Extract(lead + "In 2019 he also talked with Cambodian Foreign Minister Sok Dara about demining.\n");
        Assert.Equal(new[] { "visit" }, earlier.Engagements.Select(e => e.Kind));
    }

    [Fact]
    public void A_joint_drill_in_a_sentence_no_engagement_tells_after_a_port_call_is_an_exercise_of_its_own()
    {
        // EngagementBuilder.UntoldJointActivities (patterns.tsv untold-joint-activity): a verb of carrying out whose own object is a
        // joint drill, in a sentence no engagement tells, after a held visit of two states, is an exercise of the visit's states and
        // place, planned when the words before the verb say so, with no people.
        const string lead = "The Thai patrol vessel Chonburi docked at Sihanoukville on Monday for a five-day friendly visit to Cambodia.\n\n"
            + "The visit aims to deepen friendship between the two navies.\n\n";
        var facts = Extract(lead + "The ship is scheduled to conduct joint drills on damage control with the host navy.\n");
        Assert.Equal(new[] { "visit", "exercise" }, facts.Engagements.Select(e => e.Kind));
        var exercise = facts.Engagements[1];
        Assert.Equal("planned", $"{exercise.Status}");
        Assert.Equal(new[] { "KH", "TH" }, exercise.Countries.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Equal("Sihanoukville", exercise.Location?.City);
        Assert.Empty(exercise.Participants);
        // A habit of the two navies is no occasion of this visit.
        var habit = Extract(lead + "The two navies have regularly held joint patrols in the gulf.\n");
        Assert.Equal(new[] { "visit" }, habit.Engagements.Select(e => e.Kind));
    }

    [Fact]
    public void A_gift_told_inside_another_occasion_s_sentence_is_an_aid_of_its_own()
    {
        // EngagementBuilder.AidsToldInside (patterns.tsv told-aid): a gift of aid or materiel told in a sentence that names the two
        // states of an engagement of the article, which has no aid and no ceremony yet, is an aid of those states with no people;
        // planned when it is offered, held when it is given.
        const string lead = "Lao Defence Minister Khamla Vongsa met Cambodian Defence Minister Sok Dara in Kampot on Monday.\n\n";
        var given = Extract(lead + "The Lao government has provided Cambodia with $2 million financial aid for a new barracks.\n");
        Assert.Equal(new[] { "meeting", "aid" }, given.Engagements.Select(e => e.Kind));
        var aid = given.Engagements[1];
        Assert.Equal("held", $"{aid.Status}");
        Assert.Equal(new[] { "KH", "LA" }, aid.Countries.OrderBy(c => c, StringComparer.Ordinal));
        Assert.Empty(aid.Participants);
        var offered = Extract(lead + "They spoke of the two patrol boats that the Lao government offered to Cambodia last year.\n");
        Assert.Equal(new[] { "meeting", "aid" }, offered.Engagements.Select(e => e.Kind));
        Assert.Equal("planned", $"{offered.Engagements[1].Status}");
        // A habit of giving is no occasion.
        var habit = Extract(lead + "Laos has provided Cambodia with financial aid every year since 2010.\n");
        Assert.Equal(new[] { "meeting" }, habit.Engagements.Select(e => e.Kind));
    }

    [Fact]
    public void A_training_ship_or_a_training_cruise_is_the_port_call_not_a_training()
    {
        // events.tsv: "training" before a ship or a voyage names the ship's type or the voyage of the port call.
        var facts = Extract("Two Japanese destroyers berthed at Sihanoukville on Monday for a four-day goodwill call.\n\n"
            + "The training ship Hoshizora and the destroyers are in Cambodia as part of a training cruise, the embassy said.\n");
        Assert.Equal("visit held 2023-04-24 JP,KH Sihanoukville", Summary(facts));
        // A training course is still a training.
        var course = Extract("Japanese instructors began a training course for Cambodian deminers in Kampot on Monday.\n");
        Assert.Equal("training held 2023-04-24 JP,KH Kampot", Summary(course));
    }

    [Fact]
    public void A_visit_told_by_its_end_is_dated_by_its_first_day()
    {
        // "on Tuesday concluded his three-day visit": Tuesday is the last day, the visit began on Sunday (patterns.tsv visit-ended).
        var facts = Extract("Lao Defence Minister Khamla Vongsa on Tuesday concluded his three-day official visit to Cambodia.\n");
        Assert.Equal("visit held 2023-04-23 KH,LA -", Summary(facts));
        // A visit that began on the day told keeps that day.
        var began = Extract("Lao Defence Minister Khamla Vongsa on Tuesday began his three-day official visit to Cambodia.\n");
        Assert.Equal("visit held 2023-04-25 KH,LA -", Summary(began));
    }

    [Fact]
    public void The_place_and_date_of_another_kind_of_event_in_a_later_sentence_are_not_the_engagement_s()
    {
        var facts = Extract("The army chiefs of Laos and Cambodia met on Monday.\n\n"
            + "The meeting was held under the agreement signed in Vientiane in 2019.\n");
        Assert.Equal("meeting held 2023-04-24 KH,LA - | agreement held 2019 KH,LA Vientiane", Summary(facts));
    }

    [Fact]
    public void A_planned_occasion_named_with_the_refers_to_no_held_engagement()
    {
        var facts = Extract("Cambodia and Laos signed a memorandum of understanding in Vientiane on Monday.\n\n"
            + "The memorandum was signed by General Sok Dara and Lao Deputy Defence Minister Khamla Vongsa during a two-day visit by a Cambodian delegation to the Lao capital.\n\n"
            + "The two sides will hold the first meeting of a joint working group in Phnom Penh next year.\n");
        Assert.Equal("agreement held 2023-04-24 KH,LA Vientiane | meeting planned 2024 KH,LA Phnom Penh", Summary(facts));
    }

    [Fact]
    public void The_ministers_of_a_sentence_naming_no_state_are_those_of_the_occasion_before()
    {
        var facts = Extract("The defence chiefs of Laos, Cambodia and Việt Nam opened their yearly trilateral meeting in Phnom Penh on Monday.\n\n"
            + "Earlier in the day, the chiefs attended a joint flood rescue drill in Kampong Chhnang.\n");
        Assert.Equal("meeting held 2023-04-24 KH,LA,VN Phnom Penh | exercise held 2023-04-24 KH,LA,VN Kampong Chhnang", Summary(facts));
    }

    [Fact]
    public void Talks_of_two_other_pairs_the_same_day_are_two_engagements()
    {
        var facts = Extract("Vietnamese Defence Minister Tran Van Long held talks with Lao Prime Minister Khamla Vongsa in Vientiane on Monday.\n\n"
            + "That afternoon, Cambodian Defence Minister Sok Dara also met Khamla Vongsa.\n");
        Assert.Equal(2, facts.Engagements.Count());
    }

    [Fact]
    public void Talks_told_with_a_day_of_their_own_beside_a_signing_are_another_occasion()
    {
        // The signing on Monday and the talks on Wednesday, in one sentence: two occasions of the same group,
        // the talks left without people rather than given those of the signing.
        var apart = Extract("Cambodia and Laos signed a memorandum on demining on Monday, officials said after Cambodian Defence Minister "
            + "Sok Dara held talks with Lao Defence Minister Khamla Vongsa on Wednesday.\n");
        Assert.Equal("agreement held 2023-04-24 KH,LA - | meeting held 2023-04-26 KH,LA -", Summary(apart));
        Assert.Empty(apart.Engagements.Single(e => e.Kind == "meeting").Participants);
        // The same day, or no day of the talks' own: one occasion.
        Assert.Equal("agreement held 2023-04-24 KH,LA -", Summary(Extract("Cambodia and Laos signed a memorandum on demining on Monday after "
            + "Cambodian Defence Minister Sok Dara held talks with Lao Defence Minister Khamla Vongsa on Monday.\n")));
        Assert.Equal("agreement held 2023-04-24 KH,LA -", Summary(Extract("Cambodia and Laos signed a memorandum on demining on Monday after "
            + "Cambodian Defence Minister Sok Dara held talks with Lao Defence Minister Khamla Vongsa.\n")));
        // A visit is an occasion of days (events.tsv "lasting"): its own day beside the talks' makes no second occasion here.
        Assert.Equal("meeting held 2023-04-24 KH,VN -", Summary(Extract("Cambodian Defence Minister Sok Dara arrived in Laos on Wednesday "
            + "from Hanoi, where he held talks with Vietnamese Defence Minister Tran Van Duc on Monday.\n")));
    }

    [Fact]
    public void A_speaker_set_off_by_an_apposition_is_a_source()
    {
        var facts = Extract("The Indian frigate INS Sagar docked at Sihanoukville on Monday.\n\n"
            + "Meas Rotha, a lecturer at a Phnom Penh university, said the port call reflected closer ties between India and Cambodia.\n");
        Assert.DoesNotContain(facts.Engagements, e => e.Participants.Contains("meas-rotha"));
    }

    [Fact]
    public void A_reference_after_the_sentence_own_event_is_that_event()
    {
        var facts = Extract("US Deputy Assistant Secretary Laura Green met Defence Minister Sok Dara in Phnom Penh on Tuesday.\n\n"
            + "In December, the US Navy ship USS Lincoln made a port call at Ream, the first visit by a US warship in years.\n");
        Assert.Equal("meeting held 2023-04-25 KH,US Phnom Penh | visit held 2022-12 KH,US Ream", Summary(facts));
    }
    [Theory]
    // A sentence without a trigger that lists who was present: its people join the occasion before (patterns.tsv attendance).
    [InlineData("Also present at the talks were Cambodian Army chief General Mao Rith and Thai Ambassador Anan Chaiyo.")]
    [InlineData("It was witnessed by Cambodian Army chief General Mao Rith and Thai Ambassador Anan Chaiyo.")]
    [InlineData("Representing the two armies were Cambodian Army chief General Mao Rith and Thai Ambassador Anan Chaiyo.")]
    public void People_listed_as_present_join_the_occasion_before(string attendance)
    {
        var facts = Extract("Thai Defence Minister Somchai Ruang met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\n" + attendance + "\n");
        var meeting = Assert.Single(facts.Engagements);
        Assert.Equal(new[] { "anan-chaiyo", "mao-rith", "sok-dara", "somchai-ruang" }, meeting.Participants.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Theory]
    // The French words of attendance in a sentence without a trigger, "en présence de" and "honorée de la présence de" among them: the
    // people named after them join the occasion before (patterns.tsv attendance).
    [InlineData("Tout s'est passé en présence du général Mao Rith, chef de l'armée cambodgienne, et de l'ambassadeur thaïlandais Anan Chaiyo.", "anan-chaiyo,mao-rith")]
    [InlineData("La journée fut honorée de la présence du général Mao Rith, chef de l'armée cambodgienne, et de l'ambassadeur thaïlandais Anan Chaiyo.", "anan-chaiyo,mao-rith")]
    // "étaient (également) présents", and a sentence that opens "Y ont assisté" or "Ont pris part à" (the fifty-third round's second change).
    [InlineData("Le général Mao Rith, chef de l'armée cambodgienne, et l'ambassadeur thaïlandais Anan Chaiyo étaient également présents.", "anan-chaiyo,mao-rith")]
    [InlineData("Y ont assisté le général Mao Rith, chef de l'armée cambodgienne, et l'ambassadeur thaïlandais Anan Chaiyo.", "anan-chaiyo,mao-rith")]
    // A sentence that opens "Ont participé à", or "Etaient présents" capitalised without its accent (the fifty-fourth round).
    [InlineData("Ont participé à la remise le général Mao Rith, chef de l'armée cambodgienne, et l'ambassadeur thaïlandais Anan Chaiyo.", "anan-chaiyo,mao-rith")]
    [InlineData("Etaient présents le général Mao Rith, chef de l'armée cambodgienne, et l'ambassadeur thaïlandais Anan Chaiyo.", "anan-chaiyo,mao-rith")]
    // "la présence de" alone speaks of a presence, not of who attended: the general is not taken. The ceremony, then told with
    // nobody, takes the Thai ambassador as his state's one official (OnlyOfficialsOfAnOccasionToldWithNobody with lexicon.tsv
    // minister-heads "ambassadeur", the fifty-eighth round), not the general, whose office is no minister's.
    [InlineData("Le général Mao Rith, chef de l'armée cambodgienne, a salué la présence de l'ambassadeur thaïlandais Anan Chaiyo dans la province.", "anan-chaiyo")]
    public void People_present_in_French_join_the_occasion_before(string attendance, string expected)
    {
        var facts = Extract("Le 14 mars, une cérémonie de remise de dons thaïlandais s'est tenue à Battambang.\n\n" + attendance + "\n");
        var ceremony = Assert.Single(facts.Engagements, e => e.Kind == "ceremony" || e.Kind == "aid");
        Assert.Equal(expected, string.Join(",", ceremony.Participants.OrderBy(p => p, StringComparer.Ordinal)));
    }

    [Fact]
    // The ships of a port call "under the command of" an officer, told in a sentence without a trigger: the officer
    // joins the visit (patterns.tsv attendance); "commanded by" names each ship's captain and is left out.
    public void The_officer_a_visiting_flotilla_sails_under_joins_the_port_call()
    {
        var facts = Extract("Two Thai frigates docked at Sihanoukville on Monday for a four-day port call.\n\n"
            + "The frigates, under the command of Rear Admiral Anan Chaiyo, carry some 400 sailors.\n");
        var visit = Assert.Single(facts.Engagements);
        Assert.Contains("anan-chaiyo", visit.Participants);
    }

    [Theory]
    // An occasion that names nobody, told in a sentence of its own that refers to people in the plural, takes the people of the
    // occasion told before with the same states (patterns.tsv plural-people-reference, EngagementBuilder.PeopleReferredToInThePlural).
    [InlineData("The two ministers will sign a memorandum on border patrols on Friday.", "agreement", "anan-chaiyo,sok-dara")]
    // "the two" that counts ships, and "the leaders of" a list, refer to no one told before.
    [InlineData("The two Thai frigates will join a joint rescue drill in Kampot.", "exercise", "")]
    public void People_referred_to_in_the_plural_are_those_of_the_occasion_before(string sentence, string kind, string expected)
    {
        var facts = Extract("Thai Defence Minister Anan Chaiyo met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\n" + sentence + "\n");
        var other = Assert.Single(facts.Engagements, e => e.Kind == kind);
        Assert.Equal(expected, string.Join(",", other.Participants.OrderBy(p => p, StringComparer.Ordinal)));
    }

    [Theory]
    // A held ceremony of one state, the article's only occasion, takes the officials of a body of no state who open what
    // they say in a sentence that tells no occasion (EngagementBuilder.SpeakersOfAOneStateCeremony).
    [InlineData("Mira Talvik, the United Nations Resident Coordinator, said the troops would serve with distinction.", "mira-talvik,sok-dara")]
    // Someone of the state itself is left to the ceremony's sentences.
    [InlineData("Chea Sovann, a senior Cambodian minister, said the troops would serve with distinction.", "sok-dara")]
    public void A_speaker_of_a_body_of_no_state_takes_part_in_a_ceremony_of_one_state(string sentence, string expected)
    {
        var facts = Extract("Defence Minister Sok Dara presided over a send-off ceremony for 200 Cambodian peacekeepers at an air base "
            + "outside Kampong Chhnang on Monday.\n\n" + sentence + "\n");
        var ceremony = Assert.Single(facts.Engagements);
        Assert.Equal("ceremony", ceremony.Kind);
        Assert.Equal(expected, string.Join(",", ceremony.Participants.OrderBy(p => p, StringComparer.Ordinal)));
    }

    [Fact]
    public void A_speaker_of_a_body_of_no_state_takes_part_in_a_ceremony_that_is_the_only_occasion_told_with_people()
    {
        // EngagementBuilder.SpeakersOfAOneStateCeremony (the sixty-first round): the deployment, told in a sentence of its own
        // with nobody, claims no one, so the send-off ceremony, the article's only occasion told with people, takes the
        // United Nations' speaker as the article's only occasion would.
        const string ceremony = "Cambodian Defence Minister Sok Dara presided over the send-off ceremony for the Cambodian troops at an air base in Kampong Chhnang.\n\n";
        const string speaker = "Mira Talvik, the United Nations Resident Coordinator, said the troops would serve with distinction.\n";
        var facts = Extract("Cambodia on Thursday dispatched the third batch of 200 peacekeepers to Mali to replace the second batch.\n\n" + ceremony + speaker);
        Assert.True(facts.Engagements.Count > 1);
        var held = Assert.Single(facts.Engagements, e => e.Kind == "ceremony");
        Assert.Equal(new[] { "mira-talvik", "sok-dara" }, held.Participants.OrderBy(p => p, StringComparer.Ordinal));
        Assert.All(facts.Engagements.Where(e => e.Kind != "ceremony"), e => Assert.Empty(e.Participants));
    }

    [Theory]
    // Someone named inside a quotation that tells of no occasion is what the speaker speaks of (EngagementBuilder.InsideQuotation).
    [InlineData("\"Our armies will keep working together. The new Thai government, led by Prime Minister Anan Chaiyo, seeks closer ties with its neighbours,\" he said.")]
    [InlineData("\u201CThe new Thai government, led by Prime Minister Anan Chaiyo, seeks closer ties with its neighbours,\u201D Sok Dara said.")]
    public void Someone_named_inside_a_quotation_is_no_participant(string quotation)
    {
        var facts = Extract("Thai Defence Minister Somchai Ruang met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\n" + quotation + "\n");
        var meeting = Assert.Single(facts.Engagements);
        Assert.Equal(new[] { "sok-dara", "somchai-ruang" }, meeting.Participants.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Theory]
    // "According to" before a person, with honorifics or a capitalised office between, names a source (patterns.tsv speech-before).
    [InlineData("According to H.E. Mao Rith, assistant to the Cambodian prime minister, Somchai Ruang was impressed with the talks.")]
    [InlineData("The two sides agreed to hold the next talks in Bangkok, according to Defence Ministry Spokesman Gen. Mao Rith.")]
    public void A_source_named_after_according_to_is_no_participant(string report)
    {
        var facts = Extract("Thai Defence Minister Somchai Ruang met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\n" + report + "\n");
        Assert.DoesNotContain(facts.Engagements, e => e.Participants.Contains("mao-rith"));
    }

    [Fact]
    public void The_subject_of_a_reported_clause_after_said_took_part()
    {
        // patterns.tsv reported-subject: "said X made the call" reports what X did; "said X." names the source.
        var facts = Extract("Cambodian army chief General Sok Dara has called for closer ties with the United States.\n\n"
            + "Army spokesman Colonel Mao Rith said Sok Dara made the call on Wednesday when US Defence Attache Lieutenant Colonel Mark Davis paid him a courtesy visit in Phnom Penh.\n");
        var visit = Assert.Single(facts.Engagements);
        Assert.Equal(new[] { "mark-davis", "sok-dara" }, visit.Participants.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void A_quotation_that_announces_an_occasion_names_its_participants()
    {
        var facts = Extract("\"The border talks will be chaired by Cambodian Defence Minister Sok Dara and Thai Defence Minister Somchai Ruang,\" a ministry spokesman said on Monday.\n");
        var talks = Assert.Single(facts.Engagements);
        Assert.Equal(new[] { "sok-dara", "somchai-ruang" }, talks.Participants.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void Present_in_the_sense_of_now_adds_nobody()
    {
        var facts = Extract("Thai Defence Minister Somchai Ruang met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\n"
            + "At present Cambodian Army chief General Mao Rith commands the border troops.\n");
        var meeting = Assert.Single(facts.Engagements);
        Assert.DoesNotContain("mao-rith", meeting.Participants);
    }
    [Theory]
    // A speaker who speaks at the occasion or after meeting someone took part (patterns.tsv speech, occasion-opener).
    [InlineData("Thai Defence Minister Somchai Ruang met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\nAt the meeting, Cambodian Army chief General Mao Rith said the border was calm.\n",
        "mao-rith,sok-dara,somchai-ruang")]
    [InlineData("Cambodian Defence Minister Sok Dara said in Bangkok on Monday after meeting Thai Defence Minister Somchai Ruang that the border was calm.\n",
        "sok-dara,somchai-ruang")]
    // Someone who only comments on the meeting reports it.
    [InlineData("Thai Defence Minister Somchai Ruang met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\nCambodian Army chief General Mao Rith said the meeting showed that the border was calm.\n",
        "sok-dara,somchai-ruang")]
    public void A_speaker_at_the_occasion_took_part(string text, string participants)
    {
        var meeting = Assert.Single(Extract(text).Engagements);
        Assert.Equal(participants, string.Join(",", meeting.Participants.OrderBy(p => p, StringComparer.Ordinal)));
    }
    [Theory]
    // "He also called on X": the caller is the one person of another state named just before (patterns.tsv pronoun-call).
    [InlineData("Thai Army chief General Somchai Ruang arrived in Phnom Penh on Monday for a three-day visit.\n\nHe also paid a courtesy call on Cambodian Defence Minister Sok Dara on Tuesday.\n",
        "sok-dara,somchai-ruang")]
    [InlineData("Thai Army chief General Somchai Ruang arrived in Phnom Penh on Monday for a three-day visit.\n\nThe general then toured a training school.\n\nHe will meet Cambodian Defence Minister Sok Dara on Friday.\n",
        "sok-dara,somchai-ruang")]
    // The only person the sentence before names is a host (the visitor stands there by office): the caller is not told.
    [InlineData("Thai Army chief General Somchai Ruang arrived in Phnom Penh on Monday for a three-day visit.\n\nThe general was welcomed by Cambodian Army chief General Mao Rith.\n\nHe later met Cambodian Defence Minister Sok Dara on Tuesday.\n",
        "sok-dara")]
    // The subject of the sentence before is a host: the caller is not told.
    [InlineData("Cambodian Defence Minister Sok Dara welcomed Thai Army chief General Somchai Ruang in Phnom Penh on Monday.\n\nHe also paid a courtesy call on Cambodian Prime Minister Chea Vuthy on Tuesday.\n",
        "chea-vuthy")]
    // A person told by office stands between and may be the caller: nobody is added.
    [InlineData("Thai Army chief General Somchai Ruang arrived in Phnom Penh on Monday for a three-day visit.\n\nThe visiting Lao minister is to tour a museum on Tuesday.\n\nHe will meet Cambodian Prime Minister Chea Vuthy on Friday.\n",
        "chea-vuthy")]
    [InlineData("Thai Army chief General Somchai Ruang arrived in Phnom Penh on Monday for a three-day visit.\n\nHe will meet Cambodian Prime Minister Chea Vuthy on Friday.\n",
        "chea-vuthy,somchai-ruang")]
    // The guest told by office in the sentence before ("the visiting Thai defence minister") stands for the one Thai defence minister named.
    [InlineData("Thai Defence Minister Somchai Ruang arrived in Phnom Penh on Monday for a three-day visit.\n\nThe visiting Thai defence minister is to tour a museum on Tuesday.\n\nHe will meet Cambodian Prime Minister Chea Vuthy on Friday.\n",
        "chea-vuthy,somchai-ruang")]
    public void A_pronoun_that_opens_a_call_stands_for_the_visitor_named_before(string text, string participants)
    {
        string host = participants.Contains("chea-vuthy") ? "chea-vuthy" : "sok-dara";
        var call = Extract(text).Engagements.Single(e => e.Participants.Contains(host));
        Assert.Equal(participants, string.Join(",", call.Participants.OrderBy(p => p, StringComparer.Ordinal)));
    }
    [Theory]
    // A fronted setting ("Speaking at …", "At a joint news conference … with Y, X said"): the speaker is one of the
    // occasion's people (patterns.tsv occasion-opener).
    [InlineData("At a joint news conference in Phnom Penh on Monday with his Thai counterpart Somchai Ruang, Cambodian Foreign Minister Sok Dara said the purchase would go ahead.\n",
        "somchai-ruang", "sok-dara,somchai-ruang")]
    [InlineData("Speaking at a joint news conference with his Thai counterpart Somchai Ruang in Phnom Penh on Monday, Cambodian Foreign Minister Sok Dara said the purchase would go ahead.\n",
        "somchai-ruang", "sok-dara,somchai-ruang")]
    // A speaker of a state that is no party of the occasion does not join it.
    [InlineData("Cambodian Defence Minister Sok Dara and Thai Defence Minister Somchai Ruang opened a joint exercise in Kampot on Monday.\n\nSpeaking at the opening ceremony, Lao Defence Minister Khamla Vongsa said the drills would last a week.\n",
        "sok-dara", "sok-dara,somchai-ruang")]
    // A speaker's own news conference with no partner named, and a past occasion, are no setting of the occasion.
    [InlineData("Thai Defence Minister Somchai Ruang met Cambodian Army chief General Mao Rith in Phnom Penh on Monday.\n\nAt a news conference in Phnom Penh on Tuesday, Cambodian government spokesman Sok Dara said the meeting went well.\n",
        "mao-rith", "mao-rith,somchai-ruang")]
    [InlineData("Thai Defence Minister Somchai Ruang met Cambodian Army chief General Mao Rith in Phnom Penh on Monday.\n\nAt the last summit, Cambodian Foreign Minister Sok Dara said the border was calm.\n",
        "mao-rith", "mao-rith,somchai-ruang")]
    public void A_speaker_in_a_fronted_setting_took_part_in_the_occasion(string text, string member, string participants)
    {
        var facts = Extract(text);
        var occasion = facts.Engagements.First(e => e.Participants.Contains(member));
        Assert.Equal(participants, string.Join(",", occasion.Participants.OrderBy(p => p, StringComparer.Ordinal)));
        if (!participants.Contains("sok-dara")) Assert.DoesNotContain(facts.Engagements, e => e.Participants.Contains("sok-dara"));
        if (!participants.Contains("khamla-vongsa")) Assert.DoesNotContain(facts.Engagements, e => e.Participants.Contains("khamla-vongsa"));
    }
    [Fact]
    public void The_same_occasion_is_the_one_told_before()
    {
        var facts = Extract("Thai Defence Minister Somchai Ruang met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.\n\n"
            + "At the same meeting, Cambodian Army chief General Mao Rith, who commands the border troops, said the border was calm.\n");
        var meeting = Assert.Single(facts.Engagements);
        Assert.Equal("meeting held 2023-04-24 KH,TH Phnom Penh", Summary(facts));
        Assert.Contains("mao-rith", meeting.Participants);
    }
    [Theory]
    // Two people named as counterparts in a sentence without a trigger are the two sides of the occasion before (patterns.tsv counterparts).
    [InlineData("Thai Defence Minister Somchai Ruang and his Cambodian counterpart General Sok Dara agreed that the border was calm.", "sok-dara,somchai-ruang")]
    // Counterparts of a state that is no party of the occasion are not its people.
    [InlineData("Lao Defence Minister Khamla Vongsa and his Vietnamese counterpart General Tran Hung agreed that the border was calm.", "sok-dara")]
    public void Counterparts_in_a_sentence_without_a_trigger_join_the_occasion_before(string second, string participants)
    {
        var facts = Extract("Cambodian Defence Minister Sok Dara paid an official visit to Thailand on Monday.\n\n" + second + "\n");
        var visit = facts.Engagements[0];
        Assert.Equal(participants, string.Join(",", visit.Participants.OrderBy(p => p, StringComparer.Ordinal)));
    }
    [Theory]
    // In French, "X, et son homologue thaïlandais, Y," in a sentence without a trigger: both join the occasion before (patterns.tsv
    // counterparts, "et son homologue").
    [InlineData("Le ministre cambodgien de la Défense, Sok Dara, et son homologue thaïlandais, Somchai Ruang, n'ont pas fixé de calendrier.", "sok-dara,somchai-ruang")]
    // Without "son homologue", two people in a sentence without a trigger do not join it.
    [InlineData("Le ministre cambodgien de la Défense, Sok Dara, et le ministre thaïlandais de la Défense, Somchai Ruang, n'ont pas fixé de calendrier.", "sok-dara")]
    // "Il a remercié son homologue", one person: no pair of counterparts.
    [InlineData("Le ministre thaïlandais de la Défense, Somchai Ruang, a remercié son homologue pour le don.", "sok-dara")]
    public void French_counterparts_in_a_sentence_without_a_trigger_join_the_occasion_before(string second, string participants)
    {
        // The article names a second Thai official, so no rule takes the article's only official of the Thai side.
        var facts = Extract("Le ministre cambodgien de la Défense Sok Dara a effectué lundi une visite officielle en Thaïlande.\n\n" + second + "\n\n"
            + "Le général Anan Srisuk, chef de l'armée thaïlandaise, prendra sa retraite en octobre.\n");
        var visit = facts.Engagements[0];
        Assert.Equal(participants, string.Join(",", visit.Participants.OrderBy(p => p, StringComparer.Ordinal)));
    }
    [Fact]
    public void They_stands_for_the_people_of_the_sentence_before()
    {
        var facts = Extract("Thai Defence Minister Somchai Ruang and his Cambodian counterpart General Sok Dara agreed that the border was calm.\n\n"
            + "They made the remarks at the bilateral talks in Bangkok on Monday during the three-day visit made by General Sok Dara.\n");
        // The talks, and the visit they were held during (its visitor named, EngagementBuilder.FramedVisit).
        var talks = facts.Engagements[0];
        Assert.Equal("meeting held 2023-04-24 KH,TH Bangkok | visit held - KH,TH Bangkok", Summary(facts));
        Assert.Equal("sok-dara", string.Join(",", facts.Engagements[1].Participants));
        Assert.Equal("sok-dara,somchai-ruang", string.Join(",", talks.Participants.OrderBy(p => p, StringComparer.Ordinal)));
    }
    [Theory]
    // A visit to two hosts named together is one visit per host, each with the visitor's side.
    [InlineData("Japanese Defence Minister Kenji Mori will visit Cambodia and Laos in May.", "visit planned 2023-05 JP,KH - | visit planned 2023-05 JP,LA -")]
    // A visit to one host with a third state named elsewhere stays one visit.
    [InlineData("Japanese Defence Minister Kenji Mori will visit Cambodia in May, and then Laos.", "visit planned 2023-05 JP,KH,LA -")]
    // Cities of the list stand for their states and place their visits (EngagementBuilder.Destinations).
    [InlineData("Japanese Defence Minister Kenji Mori will visit Hanoi, Vietnam and Vientiane, Laos.", "visit planned - JP,VN Hanoi | visit planned - JP,LA Vientiane")]
    // A place reached "then", or after the day told for the place before, is visited on a day not told.
    [InlineData("Japanese Defence Minister Kenji Mori visited Hanoi on Monday and then Vientiane.", "visit held 2023-04-24 JP,VN Hanoi | visit held - JP,LA Vientiane")]
    // A state named after the list, not before the trigger nor of a person, is not the visitor's.
    [InlineData("South Korean Vice Defence Minister Park Jae-won will visit Cambodia and Laos in May to win over states close to North Korea.", "visit planned 2023-05 KH,KR - | visit planned 2023-05 KR,LA -")]
    // A later visit trigger told as what follows adds its place (patterns.tsv destination-sequel).
    [InlineData("Vice Defence Minister Park Jae-won of South Korea will visit Cambodia on May 8, followed by a trip to Vietnam.", "visit planned 2023-05-08 KH,KR - | visit planned - KR,VN -")]
    // Visits to several states whose visitor the sentence does not tell are left unknown, not made a visit of those states to each other.
    [InlineData("After the drill the frigates are due to make further visits to Vietnam and Singapore.", "")]
    public void A_visit_to_two_hosts_is_one_visit_per_host(string text, string engagements)
        => Assert.Equal(engagements, Summary(Extract(text)));

    // Between two other states (home KH is no party): a named traveller of untold country on a trip to two states travels for the
    // report's own side, the state the story is filed from (EngagementBuilder.UntoldTraveller), and is of that side; without a
    // side that is not visited, the visits stay unknown. "the" before a place of the list is read past (patterns.tsv destination-joiner).
    [Theory]
    [InlineData("EVT-T01", "LIMA, April 24 (Agency) -- Army chief General Jose Rojas will visit Chile and Bolivia in May.", "visit planned 2023-05 CL,PE - | visit planned 2023-05 BO,PE -", "PE")]
    [InlineData("EVT-T02", "LIMA, April 24 (Agency) -- Defence minister Jose Rojas visited Chile and the Dominican Republic last week.", "visit held 2023-04 CL,PE - | visit held 2023-04 DO,PE -", "PE")]
    [InlineData("EVT-T03", "Army chief General Jose Rojas will visit Chile and Bolivia in May.", "", null)]
    [InlineData("EVT-T04", "SANTIAGO, April 24 (Agency) -- Army chief General Jose Rojas will visit Chile and Bolivia in May.", "", null)]
    public void An_untold_traveller_to_two_states_travels_for_the_reports_side(string id, string text, string engagements, string? country)
    {
        var facts = Extract(text);
        Assert.True(engagements == Summary(facts), id + ": " + Summary(facts));
        Assert.Equal(country, facts.Officials.Single(o => o.Id == "jose-rojas").Country);
    }

    // Between two other states: a state a trip of the article visits beside the main partner is no candidate for the report's own
    // side (ArticleEvents.OtherSide), so the one person of untold country met by the partner's people is of the side the article
    // names otherwise; a state named as often but not as a place of the trip still counts, and the person is of it.
    [Theory]
    [InlineData("EVT-T05", "The air marshal's five-day trip to Thailand and Vietnam ends on Friday, his first to Vietnam since Vietnam's navy hosted him.", "IN,TH", "IN")]
    [InlineData("EVT-T06", "The air marshal also praised Vietnam, and Vietnam's navy and Vietnam's army sent greetings.", "TH,VN", "VN")]
    public void A_second_place_of_a_trip_is_no_side_of_the_report(string id, string last, string sides, string? country)
    {
        var facts = Extract("BANGKOK, April 24 (Agency) -- Air Chief Marshal Ravi Kumar held talks with Thailand's defence forces chief General Somchai Ruang "
            + "and Thai Deputy Defence Minister Prawit Chan on Monday.\n\nIndia and Thailand pledged closer defence ties.\n\n" + last + "\n");
        var talks = facts.Engagements.First(e => e.Kind == "meeting");
        Assert.True(sides == string.Join(",", talks.Countries), id + ": " + Summary(facts));
        Assert.Equal(country, facts.Officials.Single(o => o.Id == "ravi-kumar").Country);
    }

    [Theory]
    // A state in the possessive after the first place, or a visit told as earlier, is no second place of the visit.
    [InlineData("Japanese Defence Minister Kenji Mori visited Vietnam, Laos's neighbour, on Monday.")]
    [InlineData("Japanese Defence Minister Kenji Mori visited Vietnam on Monday, a year after his visit to Laos.")]
    public void A_state_named_otherwise_after_a_visit_is_no_second_place(string text)
        => Assert.Single(Extract(text).Engagements);

    // Between two other states (home KH is no party), written like agency copy of the other sides.
    [Theory]
    // Separate meetings of one side with several partners: one meeting per partner, the hub the side all named people share.
    [InlineData("EVT-X01", "Malaysian Defence Minister Aziz Rahman held back-to-back talks with the army chiefs of Chile, Kenya and Norway in Seoul on Tuesday.", "meeting held 2023-04-25 CL,MY Seoul | meeting held 2023-04-25 KE,MY Seoul | meeting held 2023-04-25 MY,NO Seoul")]
    [InlineData("EVT-X02", "Malaysian Defence Minister Aziz Rahman held separate talks with the defence ministers of Chile and Kenya in Seoul on Tuesday.", "meeting held 2023-04-25 CL,MY Seoul | meeting held 2023-04-25 KE,MY Seoul")]
    // Without the word for separate occasions, one meeting of all.
    [InlineData("EVT-X03", "Malaysian Defence Minister Aziz Rahman met the defence ministers of Chile, Kenya and Norway in Seoul on Tuesday.", "meeting held 2023-04-25 CL,KE,MY,NO Seoul")]
    // The states taking part in an exercise listed in a later sentence join it (patterns.tsv participation); states named otherwise do not.
    [InlineData("EVT-X04", "The navies of Chile and Peru opened the annual Southern Wave exercise off Valparaiso on Monday. Other countries involved in Southern Wave are Brazil, Ecuador and Uruguay.", "exercise held 2023-04-24 BR,CL,EC,PE,UY -")]
    [InlineData("EVT-X05", "The navies of Chile and Peru opened the annual Southern Wave exercise off Valparaiso on Monday. The exercise was praised in Brazil, Ecuador and Uruguay.", "exercise held 2023-04-24 CL,PE -")]
    // The states whose troops or crews are said to take part ("troops from …", "with the participation of …") join a multinational exercise
    // told before (patterns.tsv participation); troops of a list doing something else do not.
    [InlineData("EVT-X12", "Thai and Mongolian soldiers began a multinational peacekeeping exercise on Monday. More than 600 troops from Chile, India and Kenya are also taking part in Steppe Shield.", "exercise held 2023-04-24 CL,IN,KE,MN,TH -")]
    [InlineData("EVT-X13", "Thai and Mongolian soldiers began a multinational peacekeeping exercise on Monday. Troops from Chile, India and Kenya patrolled a border during the exercise.", "exercise held 2023-04-24 MN,TH -")]
    [InlineData("EVT-X14", "The navies of Chile and Peru opened the Southern Wave exercise off Valparaiso on Monday. The drills continue until Friday with the participation of Brazil and Ecuador.", "exercise held 2023-04-24 BR,CL,EC,PE -")]
    // A counted list of the states whose soldiers come ("from 6 countries including …", patterns.tsv counted-list) joins the exercise
    // told before when it names every state the exercise has; a counted list without one of them may be another occasion's and is not taken.
    [InlineData("EVT-X15", "Thai and Mongolian soldiers began a multinational peacekeeping exercise on Monday. The drills involved 500 soldiers from 6 countries including Chile, India, Kenya, Mongolia, Nepal and Thailand.", "exercise held 2023-04-24 CL,IN,KE,MN,NP,TH -")]
    [InlineData("EVT-X16", "Thai and Mongolian soldiers began a multinational peacekeeping exercise on Monday. The academy has hosted officers from 5 countries including Chile, India, Kenya and Thailand since 2010.", "exercise held 2023-04-24 MN,TH -")]
    // The states the trainees or participants of a course came from are its parties too (patterns.tsv participation);
    // trainees who came back from somewhere are no list of parties.
    [InlineData("EVT-M01", "Chilean and Peruvian instructors opened a regional demining course in Lima on Monday. The trainees came from Bolivia, Ecuador, Paraguay and Uruguay.", "training held 2023-04-24 BO,CL,EC,PE,PY,UY Lima")]
    [InlineData("EVT-M02", "Chilean and Peruvian instructors opened a regional demining course in Lima on Monday. The trainees came back from field drills in Bolivia, Ecuador and Paraguay.", "training held 2023-04-24 CL,PE Lima")]
    // An exercise named as one of many states, with fewer than two of its own, takes the states a later sentence lists
    // (patterns.tsv multilateral-occasion); with no such sentence it stays unfound, no side guessed from the group.
    [InlineData("EVT-X15", "Ten countries began a two-day multinational maritime exercise in Penang, Malaysia, on Monday. Ships of the forces of Brunei, India, Malaysia and Thailand are taking part in the exercise.", "exercise held 2023-04-24 BN,IN,MY,TH Penang")]
    [InlineData("EVT-X16", "Ten countries began a two-day multinational maritime exercise in Penang, Malaysia, on Monday. The exercise was praised in Brunei, India and Thailand.", "")]
    // The same for a training exercise of many states, the venue's state given only by the later list.
    [InlineData("EVT-X17", "Thai troops left on Friday to take part in a multinational peacekeeping training exercise in Mongolia. More than 700 personnel from Mongolia, India, Chile and the US are also participating in Steppe Shield.", "training held 2023-04-21 CL,IN,MN,TH,US -")]
    // One named exercise told in pieces, each telling with a pair of its states: one exercise of all the states
    // (patterns.tsv occasion-name-before, occasion-name-after; EngagementBuilder.SameNamedOccasion). Two named
    // exercises, two editions of one, and a meeting held beside a forum stay apart (EngagementBuilder.NamedApart); the other
    // edition shares a state with the first occasion, else it would be a third states' occasion (EventStage.OfTheReport).
    [InlineData("EVT-N01", "The navies of Chile and Peru opened the Southern Wave exercise off Valparaiso on Monday. The navies of Brazil and Ecuador also conducted Exercise Southern Wave on Monday.", "exercise held 2023-04-24 BR,CL,EC,PE -")]
    [InlineData("EVT-N02", "The navies of Chile and Peru opened the Southern Wave exercise off Valparaiso on Monday. The navies of Brazil and Chile held the Pacific Shield exercise near Lima.", "exercise held 2023-04-24 CL,PE - | exercise held - BR,CL -")]
    [InlineData("EVT-N03", "The navies of Chile and Peru opened Exercise Southern Wave 2023 off Valparaiso on Monday. The navies of Brazil and Chile conducted Exercise Southern Wave 2019.", "exercise held 2023-04-24 CL,PE - | exercise held - BR,CL -")]
    [InlineData("EVT-N04", "Defence ministers of Chile, Peru and Brazil met at the Harbour Dialogue in Lima on Monday. On the sidelines of the Harbour Dialogue, Chilean Defence Minister Ana Rojas held talks with her Peruvian counterpart Luis Soto.", "meeting held 2023-04-24 BR,CL,PE Lima | meeting held - CL,PE Lima")]
    // A third state named as also involved in the cooperation discussed is context, no party (events.tsv [context-before]).
    [InlineData("EVT-X06", "Thai Defence Minister Anan Srisuk met his Japanese counterpart Kenji Mori in Tokyo on Monday to review a radar project also involving the United States.", "meeting held 2023-04-24 JP,TH Tokyo")]
    // Documents signed besides agreements and memoranda: plans of action or cooperation, minutes, joint statements (events.tsv agreement trigger).
    [InlineData("EVT-X07", "Indonesian Defence Minister Budi Santoso and his Turkish counterpart Emre Kaya signed a defence cooperation action plan in Ankara on Friday.", "agreement held 2023-04-21 ID,TR Ankara")]
    [InlineData("EVT-X08", "The defence ministries of Laos and Thailand signed the minutes of the border committee in Vientiane on Tuesday.", "agreement held 2023-04-25 LA,TH Vientiane")]
    // A signed document named by its title, its nouns capitalised ("the Agreement on …", "a Memorandum of Understanding", "the MOU",
    // "an Intention Letter", "the Riga Declaration"), is an agreement as the lower-case noun is (events.tsv agreement triggers).
    [InlineData("EVT-OX01", "Estonian Defence Minister Mart Kask and his Latvian counterpart Juris Ozols signed the Agreement on Defence Cooperation in Riga on Monday.", "agreement held 2023-04-24 EE,LV Riga")]
    [InlineData("EVT-OX02", "Ghana and Togo signed a Memorandum of Understanding on border security in Accra on Monday.", "agreement held 2023-04-24 GH,TG Accra")]
    [InlineData("EVT-OX03", "The MOU was signed by the army chiefs of Ghana and Togo in Accra on Tuesday.", "agreement held 2023-04-25 GH,TG Accra")]
    [InlineData("EVT-OX04", "Estonian Defence Minister Mart Kask and his Latvian counterpart Juris Ozols signed an Intention Letter on cyber defence in Riga on Monday.", "agreement held 2023-04-24 EE,LV Riga")]
    // A document only issued or discussed, capitalised or not, is still no signing.
    [InlineData("EVT-OX05", "Estonia and Latvia discussed the Declaration on Baltic Security in Riga on Monday.", "")]
    // A plan that is no signed document gives no agreement.
    [InlineData("EVT-X09", "The defence ministers of Laos and Thailand said signs of progress would shape their plans.", "")]
    // One state named and the venue a city of another: the host is the other side; with no venue there is no second side.
    [InlineData("EVT-X10", "Defence Minister Tran Van Minh held talks with his Belarusian counterpart Ivan Petrov in Hanoi on Monday.", "meeting held 2023-04-24 BY,VN Hanoi")]
    [InlineData("EVT-X11", "Defence Minister Tran Van Minh held talks with his Belarusian counterpart Ivan Petrov on Monday.", "")]
    // "hosted" a guest, a delegation or a reception for them is a meeting (events.tsv); an exercise that was hosted is none.
    [InlineData("EVT-H01", "Lao Defence Minister Khamla Vongsa hosted his Thai counterpart Anan Srisuk in Vientiane on Monday.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-H02", "Singaporean Deputy Prime Minister Lim Hock on Thursday hosted Defence Minister Otieno Maina of Kenya for their annual talks in Singapore.", "meeting held 2023-04-27 KE,SG Singapore")]
    [InlineData("EVT-H03", "Vietnamese Defence Minister Tran Van Minh hosted a gala reception in Hanoi on Tuesday for the visiting Indian delegation.", "meeting held 2023-04-25 IN,VN Hanoi")]
    [InlineData("EVT-H04", "Thailand hosted Exercise Golden Lotus with Indonesia in Lopburi on Monday.", "exercise held 2023-04-24 ID,TH Lopburi")]
    [InlineData("EVT-H06", "The border committees of Laos and Thailand met in Vientiane on Monday. Provincial governor Khamla Vongsa hosted a dinner for the delegations the same evening.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-H05", "The joint exercise of Indonesia and Thailand was hosted by the Royal Thai Army on Monday.", "exercise held 2023-04-24 ID,TH -")]
    // A report by one side between other states: its own official has no country, the other side is named once;
    // the unnamed side is the state the article names most (EngagementBuilder.Candidate). Without someone of
    // unstated country, or in an article that names one state only, no side is added.
    [InlineData("EVT-U01", "Japan-Philippines Defence Talks\n\nDefence Minister Kenta Hara, visiting Laos for a regional forum, held a meeting with Philippine Defence Secretary Jose Cruz on Monday. Japan will send two radars under the plan Japan announced last year.", "meeting held 2023-04-24 JP,PH -")]
    [InlineData("EVT-U02", "Japanese Defence Minister Kenta Hara, visiting Laos for a regional forum, held a meeting with Philippine Defence Secretary Jose Cruz on Monday. Japan will send two radars under the plan Japan announced last year.", "meeting held 2023-04-24 JP,PH -")]
    [InlineData("EVT-U03", "Defence Minister Kenta Hara, visiting Laos for a regional forum, held a meeting with Philippine Defence Secretary Jose Cruz on Monday.", "")]
    // Between other states, the one state named is the article's main partner and someone of unstated country takes part in the
    // article's first occasion: when the article names exactly one other state (by name, demonym or its dateline's city), that
    // state is the unnamed side, unless it is the venue (EngagementBuilder.Candidate, ArticleEvents.OtherSide). With a third
    // state named, no side is added.
    [InlineData("EVT-U04", "Defence Minister Kenta Hara and Philippine Defence Secretary Jose Cruz signed a memorandum of understanding in Manila on Monday. Japan and the Philippines have been close partners since 1956.", "agreement held 2023-04-24 JP,PH Manila")]
    [InlineData("EVT-U05", "Defence Minister Kenta Hara and Philippine Defence Secretary Jose Cruz signed a memorandum of understanding in Manila on Monday. Japan, Vietnam and the Philippines have been close partners since 1956.", "")]
    // Several states named besides the partner: the unnamed side is the one named twice or more and more often than each
    // other one (ArticleEvents.OtherSide); named as often as another, none is taken.
    [InlineData("EVT-U06", "Defence Minister Kenta Hara and Philippine Defence Secretary Jose Cruz signed a memorandum of understanding in Manila on Monday. The Philippines thanked Japan for the patrol boats Japan delivered to the Philippine Navy in 2021. The two ministers also spoke about the talks between Vietnam and Indonesia.", "agreement held 2023-04-24 JP,PH Manila")]
    [InlineData("EVT-U07", "Defence Minister Kenta Hara and Philippine Defence Secretary Jose Cruz signed a memorandum of understanding in Manila on Monday. The Philippines thanked Japan and Vietnam for the patrol boats Japan and Vietnam delivered to the Philippine Navy in 2021.", "")]
    // An article of that kind that gives no engagement is read again (ArticleEvents, EngagementBuilder.Candidate): its first
    // occasion, naming only the partner and nobody of another stated state, takes the other state named as its other side
    // although nobody of it is told there; not when the sentence tells an occasion of three or four sides (patterns.tsv many-sided).
    [InlineData("EVT-U08", "The navies held a joint exercise off Manila on Monday. The Philippines thanked Japan for the boat, the third that Japan has given.", "exercise held 2023-04-24 JP,PH -")]
    [InlineData("EVT-U09", "The navies held a trilateral joint exercise off Manila on Monday. The Philippines thanked Japan for the boat, the third that Japan has given.", "")]
    // A visit told as the frame of the sentence's meeting, with its visitor named, is an occasion of its own
    // (EngagementBuilder.FramedVisit, patterns.tsv visit-frame, visit-by); the meeting's date is not the visit's.
    [InlineData("EVT-V01", "Vietnamese Defence Minister Tran Van Minh, who was on a three-day tour of Vientiane, Laos, met with Lao Defence Minister Khamla Vongsa on Monday.", "meeting held 2023-04-24 LA,VN Vientiane | visit held - LA,VN Vientiane")]
    [InlineData("EVT-V02", "Vietnamese Defence Minister Tran Van Minh held talks with his Lao counterpart in Hanoi on Tuesday during the state visit made by Lao Defence Minister Khamla Vongsa to Vietnam.", "meeting held 2023-04-25 LA,VN Hanoi | visit held - LA,VN Hanoi")]
    [InlineData("EVT-V03", "Vietnamese Defence Minister Tran Van Minh held talks with Lao Defence Minister Khamla Vongsa in Hanoi on Tuesday during the visit.", "meeting held 2023-04-25 LA,VN Hanoi")]
    // A state named inside the name of the outlet that reports is no party (events.tsv [outlets]); the same
    // state named as a side is one.
    [InlineData("EVT-W01", "HANOI, April 24 (Philippine News Agency) – Vietnamese Defence Minister Tran Van Minh held talks with his Lao counterpart Khamla Vongsa in Hanoi on Monday.", "meeting held 2023-04-24 LA,VN Hanoi")]
    [InlineData("EVT-W02", "Vietnamese Defence Minister Tran Van Minh held talks with his Philippine counterpart Jose Cruz in Hanoi on Monday.", "meeting held 2023-04-24 PH,VN Hanoi")]
    // The state an occasion is about is no party (events.tsv [context-before], [context-after]); a day between
    // "talks on" and a state does not make it the subject.
    [InlineData("EVT-W03", "Lao Defence Minister Khamla Vongsa and Thai Defence Minister Anan Srisuk held talks on Myanmar in Vientiane on Monday.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-W04", "Japanese Defence Minister Kenji Mori held talks on Monday with Thailand's army chief in Bangkok.", "meeting held 2023-04-24 JP,TH Bangkok")]
    [InlineData("EVT-W05", "Lao Defence Minister Khamla Vongsa held talks about the future of Myanmar with Thai Defence Minister Anan Srisuk in Vientiane on Monday.", "meeting held 2023-04-24 LA,TH Vientiane")]
    // A state's word that names an ocean or a sea ("the Indian Ocean") is no party (events.tsv [context-after] Ocean, Sea);
    // the same word before a force is one.
    [InlineData("EVT-W07", "French Vice Admiral Paul Durand, who commands French forces in the Indian Ocean, visited Cambodia on Monday.", "visit held 2023-04-24 FR,KH -")]
    [InlineData("EVT-W08", "French Vice Admiral Paul Durand, who commands French forces beside the Indian Navy, visited Cambodia on Monday.", "visit held 2023-04-24 FR,IN,KH -")]
    [InlineData("EVT-W06", "South Korean Defence Minister Park Jin-ho held talks with Lao Defence Minister Khamla Vongsa in Vientiane on Monday on North Korea's nuclear programme.", "meeting held 2023-04-24 KR,LA Vientiane")]
    // The state an occasion's telling names as its topic is no party (events.tsv [context-after] a war named with a capital,
    // not before a body's or site's word; [context-before] support or aid discussed for a state, a concern over a state).
    [InlineData("EVT-W09", "Lao Defence Minister Khamla Vongsa met Thai Defence Minister Anan Srisuk in Vientiane on Monday to honour the dead of the Vietnam War.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-W10", "Lao Defence Minister Khamla Vongsa met Thai Defence Minister Anan Srisuk in Vientiane on Monday and discussed continued military support for Myanmar.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-W11", "Lao and Thai patrol boats held a joint drill near Vientiane on Monday amid rising worries about Myanmar's river traffic.", "exercise held 2023-04-24 LA,TH -")]
    // A body named after a war is no context: the state before it keeps its part ("War Veterans", "War Memorial", "War College").
    [InlineData("EVT-W12", "A delegation of the Korean War Veterans Association met Lao Defence Minister Khamla Vongsa in Vientiane on Monday.", "meeting held 2023-04-24 KR,LA Vientiane")]
    // "Timor Leste" written without its hyphen is the state (countries.tsv, another name).
    [InlineData("EVT-TL1", "Lao Defence Minister Khamla Vongsa held talks with the ambassador of Timor Leste, Jose Amaral, in Vientiane on Monday.", "meeting held 2023-04-24 LA,TL Vientiane")]
    public void Real_text_phenomena_between_other_states(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    [Theory]
    // An occasion named by a noun of its own that held no trigger (events.tsv): a numbered session of a joint
    // commission or committee is a meeting; a session without a number, a parliament's session and defence exchanges
    // in general are none.
    [InlineData("EVT-N02", "Laos and Thailand agreed to deepen defence exchanges and friendship between their armies.", "")]
    [InlineData("EVT-N03", "The third session of the Laos-Thailand Joint Commission on Defence was held in Vientiane on Monday.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-N04", "Lao and Thai lawmakers opened the session of parliament in Vientiane on Monday.", "")]
    // The sixty-second round: a phone call or a talk by telephone with someone, a working session whose other side is a delegation
    // or a named person, and a reception held for a guest are meetings (events.tsv); a call with nobody after it and a session with people
    // told only by a common noun are none.
    [InlineData("EVT-N05", "Lao Defence Minister Khamla Vongsa had a phone call with Thai Defence Minister Anan Srisuk on Monday.", "meeting held 2023-04-24 LA,TH -")]
    [InlineData("EVT-N06", "Lao army chief Khamla Vongsa had a talk over the phone with Thai army chief Anan Srisuk on Monday.", "meeting held 2023-04-24 LA,TH -")]
    [InlineData("EVT-N07", "In a phone call on Monday, Lao Defence Minister Khamla Vongsa thanked the Thai press.", "")]
    [InlineData("EVT-N08", "Vietnamese Defence Minister Tran Van Minh began a working session with a visiting Lao army delegation in Hanoi on Monday.", "meeting held 2023-04-24 LA,VN Hanoi")]
    [InlineData("EVT-N09", "Lao Defence Minister Khamla Vongsa had a working session with pilots of the Thai air force in Vientiane on Monday.", "")]
    [InlineData("EVT-N10", "Vietnamese Defence Minister Tran Van Minh held a reception for visiting Lao Defence Minister Khamla Vongsa in Hanoi on Monday.", "meeting held 2023-04-24 LA,VN Hanoi")]
    public void Occasions_named_by_a_noun_of_their_own(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    [Theory]
    // A state named only inside a longer place name is no party (patterns.tsv inside-name-before); the state
    // named as itself elsewhere in the sentence still is.
    [InlineData("EVT-P01", "Chilean Defence Minister Diego Rojas met Peruvian Defence Minister Luis Paz in Lima on Monday to plan naval drills off South America.", "meeting held 2023-04-24 CL,PE Lima")]
    [InlineData("EVT-P02", "Chile and the United States opened a naval drill off South America in Santiago on Monday.", "exercise held 2023-04-24 CL,US Santiago")]
    // A demonym that names a sea, gulf or peninsula ("the Indian Ocean", "the Korean Peninsula") is no party (patterns.tsv
    // inside-name-after); the state named as itself in the same sentence still is.
    [InlineData("EVT-P21", "French Navy chief Admiral Luc Moreau met Lao Defence Minister Khamla Vongsa in Vientiane on Monday to plan patrols in the Indian Ocean.", "meeting held 2023-04-24 FR,LA Vientiane")]
    [InlineData("EVT-P22", "Indian Defence Minister Raj Kumar met Lao Defence Minister Khamla Vongsa in Vientiane on Monday to plan patrols in the Indian Ocean.", "meeting held 2023-04-24 IN,LA Vientiane")]
    [InlineData("EVT-P23", "Thai Defence Minister Anan Srisuk met Lao Defence Minister Khamla Vongsa in Vientiane on Monday and spoke of calm on the Korean Peninsula.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-P24", "Thai Defence Minister Anan Srisuk met Korean Defence Minister Park Jin-ho in Vientiane on Monday.", "meeting held 2023-04-24 KR,TH Vientiane")]
    // The state of a place on no list after "in" and a comma is the venue (patterns.tsv place-comma-before,
    // place-country-after), not a side, and the place itself is a town of that state (patterns.tsv town-before-state); a sentence
    // that opens with the place names its states as subjects.
    [InlineData("EVT-P03", "Peruvian Defence Minister Luis Paz met his Chilean counterpart Diego Rojas on the sidelines of a regional forum in Cuenquilla, Ecuador, on Monday.", "meeting held 2023-04-24 CL,PE Cuenquilla")]
    [InlineData("EVT-P04", "In Cuenquilla, Ecuador and Peru held border talks on Monday.", "meeting held 2023-04-24 EC,PE -")]
    // Watchers and neighbours of a site are no party (events.tsv [context-before], [context-after]), nor are the
    // other states of their list; a state outside that list stays a party.
    [InlineData("EVT-P05", "The armies of Chile and Peru opened a joint drill in Lima on Monday, with officers from Bolivia, Ecuador and Colombia arriving to watch.", "exercise held 2023-04-24 CL,PE Lima")]
    [InlineData("EVT-P06", "The navies of Chile and Peru opened a joint drill in Lima on Monday with the Brazilian navy taking part as an observer.", "exercise held 2023-04-24 CL,PE Lima")]
    [InlineData("EVT-P07", "Chinese and Pakistani troops opened a joint drill on Monday in a county bordering Afghanistan and Tajikistan.", "exercise held 2023-04-24 CN,PK -")]
    [InlineData("EVT-P08", "Chile and Peru held talks in Lima on Monday, as observers from Bolivia sat in.", "meeting held 2023-04-24 CL,PE Lima")]
    // The state whose forces host an exercise told in a later sentence acts in it (patterns.tsv hosted-by-before, forces-after).
    [InlineData("EVT-P09", "Chile, Peru and Ecuador opened a naval drill in Lima on Monday. Forty ships join the drill, which is staged by the Brazilian Navy's Second Fleet.", "exercise held 2023-04-24 BR,CL,EC,PE Lima")]
    // The venue's state of a forum is no side of a meeting held at it (patterns.tsv forum-venue); without a
    // forum, the host of the venue city is the unnamed side (EVT-X10).
    [InlineData("EVT-P10", "Defence Minister Tran Van Minh held talks with his Belarusian counterpart Ivan Petrov on the sidelines of a regional forum in Bangkok on Monday.", "")]
    // Where peacekeepers serve, served or are sent is a mission's country, no party of the occasion told (events.tsv
    // [context-before]), nor are the other states of its list; a state the occasion names as a side stays one.
    [InlineData("EVT-P11", "Thai Defence Minister Anan Srisuk met Lao Defence Minister Khamla Vongsa in Vientiane on Monday and praised the Thai peacekeepers who served in Mali and South Sudan.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-P12", "Lao Defence Minister Khamla Vongsa met Thai Defence Minister Anan Srisuk in Bangkok on Monday to discuss the UN peacekeeping missions in six countries including Mali, Chad and Lebanon.", "meeting held 2023-04-24 LA,TH Bangkok")]
    [InlineData("EVT-P13", "Thai Defence Minister Anan Srisuk met Lao Defence Minister Khamla Vongsa in Vientiane on Monday to thank the Lao medics on missions under the UN flag in Mali and Chad.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-P14", "Thai Defence Minister Anan Srisuk held talks with Malian Defence Minister Amadou Keita on Monday about the Thai peacekeepers who serve in Mali.", "meeting held 2023-04-24 ML,TH -")]
    [InlineData("EVT-P15", "A hospital ship of the United States arrived in Cambodia on a humanitarian mission on Monday.", "visit held 2023-04-24 KH,US -")]
    // A sentence that names the home side and other states only as context tells an occasion of the home side alone: a
    // ceremony keeps its one state, another kind is left unfound, and no partner is guessed; a state named as a side stays one.
    [InlineData("EVT-P16", "Cambodian Defence Minister Sok Dara on Monday held an awards ceremony for the peacekeepers who served in Mali and Chad.\n\nMali and Chad thanked Cambodia.", "ceremony held 2023-04-24 KH -")]
    [InlineData("EVT-P18", "Cambodian Defence Minister Sok Dara on Monday met the peacekeepers who served in Mali and Chad.\n\nMali and Chad thanked Cambodia.", "")]
    [InlineData("EVT-P17", "Cambodian Defence Minister Sok Dara on Monday held an awards ceremony for the peacekeepers back from Mali, with Malian Ambassador Amadou Keita.\n\nMali and Chad thanked Cambodia.", "ceremony held 2023-04-24 KH,ML -")]
    // The unnamed side is the state the article names most; three or more states named equally often leave none the
    // most, and no side is guessed (ArticleEvents.MainPartner); one state named more often is the side.
    [InlineData("EVT-P19", "Cambodian Defence Minister Sok Dara on Monday held a ceremony at the Peace Palace.\n\nCambodian troops remain on duty in Mali, Chad and Lebanon.", "")]
    [InlineData("EVT-P20", "Cambodian Defence Minister Sok Dara on Monday held a ceremony at the Peace Palace.\n\nCambodian troops remain on duty in Mali, Chad and Lebanon. Mali thanked them.", "ceremony held 2023-04-24 KH,ML Phnom Penh")]
    // The fifty-fifth round: a French sentence opened by "Après" and a state names the stop before the one it tells, no party
    // of it (events.tsv [context-before]); a state named later in such a sentence stays a party.
    [InlineData("EVT-APR1", "Après le Laos, le général français Jean Marval a rencontré samedi 15 avril en Thaïlande le Premier ministre Tomas Dosk.", "meeting held 2023-04-15 FR,TH -")]
    [InlineData("EVT-APR2", "Après la cérémonie, le ministre français Jean Marval a rencontré mardi le général laotien Tomas Dosk.", "meeting held 2023-04-25 FR,LA -")]
    // The fifty-ninth round: in French, a state whose military activities the sides watch or speak of ("les activités
    // militaires de"), or a state named as a threat ("comme une menace"), is what the occasion is about, no party of it
    // (events.tsv [context-before], [context-after]); a state the sentence also names as a side stays one.
    [InlineData("EVT-FRM1", "Le ministre laotien Khamla Vongsa a reçu lundi à Vientiane le ministre thaïlandais Anan Srisuk.\n\nAu cours de leur rencontre, M. Vongsa a déclaré que le Laos observe avec attention les activités militaires de la Birmanie.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-FRM2", "Le ministre laotien Khamla Vongsa a reçu lundi à Vientiane le ministre thaïlandais Anan Srisuk.\n\nAu cours de leur rencontre, M. Vongsa a déclaré que le Laos ne perçoit pas la Birmanie comme une menace.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-FRM3", "Le ministre laotien Khamla Vongsa a reçu lundi à Vientiane le ministre birman Min Thura.\n\nAu cours de leur rencontre, M. Vongsa a déclaré que le Laos observe avec attention les activités militaires de la Birmanie.", "meeting held 2023-04-24 LA,MM Vientiane")]
    public void Which_states_are_parties(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    [Theory]
    // In an article about peacekeepers, a ceremony that sends a state's troops off or welcomes them home is that state's alone
    // (patterns.tsv troops-ceremony, peacekeeping): the mission's state is where they go, and no partner is guessed; someone
    // of another stated state who takes part keeps that state a side, and a ship's departure ceremony is no such ceremony.
    [InlineData("EVT-PK1", "Cambodia sent its fifth batch of 300 peacekeepers to serve with a UN mission in Mali on Tuesday.\n\nThe troops will clear mines, Gen. Sok Dara, commander of the Royal Cambodian Armed Forces, said during a sending-off ceremony that was held at the Military Airbase.\n\nMali is far from home, said Anna Berg, the UN resident coordinator.", "ceremony held 2023-04-25 KH -")]
    [InlineData("EVT-PK2", "Cambodia sent its fifth batch of 300 peacekeepers to serve with a UN mission in Mali on Tuesday.\n\nMalian Ambassador Amadou Keita and Gen. Sok Dara, commander of the Royal Cambodian Armed Forces, spoke during a sending-off ceremony that was held at the Military Airbase.\n\nMali is far from home, said Anna Berg, the UN resident coordinator.", "ceremony held 2023-04-25 KH,ML -")]
    [InlineData("EVT-PK3", "The Japanese training ship Kashima left Sihanoukville on Monday after a four-day port call.\n\nCambodian Navy commander Adm. Sok Dara told reporters at the departure ceremony in the port that the visit had deepened ties with Japan.", "visit held 2023-04-24 JP,KH -")]
    // "Speaking at the ceremony, Minister X said …": the speaker an opening participle sets at a ceremony anchors it
    // (patterns.tsv speaking-at); not an opening or closing ceremony, a part of another occasion, and not a ceremony
    // only told after "said".
    [InlineData("EVT-PK4", "Two hundred Cambodian peacekeepers came home from Lebanon on Wednesday.\n\nSpeaking during the homecoming ceremony, Defence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.\n\nThe troops had treated Lebanese villagers, he said.", "ceremony held 2023-04-26 KH -")]
    [InlineData("EVT-PK5", "Two hundred Cambodian peacekeepers came home from Lebanon on Wednesday.\n\nDefence Minister Gen. Sok Dara said the troops had made the people of Cambodia proud.\n\nThe troops had treated Lebanese villagers, he said.", "")]
    [InlineData("EVT-PK6", "Cambodia on Tuesday marked ten years of sending troops abroad.\n\nSpeaking at the ceremony, Prime Minister Sok Dara said Cambodian troops have joined UN peacekeeping missions in six countries including Sudan, Chad, Lebanon and Mali.", "ceremony held 2023-04-25 KH -")]
    [InlineData("EVT-PK7", "Cambodia and China on Monday opened their joint military drill Golden Lotus in Kampong Speu province.\n\nSpeaking at the opening ceremony, RCAF Commander-in-Chief Gen. Sok Dara said the drill aims to enhance the capabilities of both armies.", "exercise held 2023-04-24 CN,KH Kampong Speu")]
    // A farewell ceremony is such a ceremony too, in an article about peacekeepers only (an attaché's farewell keeps its two
    // sides); a venue told by "here" is the dateline's city's, so it places the ceremony at home when that city is the home
    // state's, and not when it is the mission's.
    [InlineData("EVT-PK8", "Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nThe troops must honour the laws of their hosts, Gen. Sok Dara said at a farewell ceremony the army held on the Pochentong airfield in Phnom Penh.", "ceremony held 2023-04-26 KH Phnom Penh")]
    [InlineData("EVT-PK9", "Cambodian Defence Minister Sok Dara held a farewell ceremony in Phnom Penh on Monday for the outgoing Japanese defence attaché Col. Kenji Mori.", "ceremony held 2023-04-24 JP,KH Phnom Penh")]
    [InlineData("EVT-PK10", "KAMPOT, April 26 (AKP) -- Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nGen. Sok Dara said the troops would clear mines and build roads.\n\n\"Respect your hosts,\" he added at a farewell ceremony that the army held at the camp here.", "ceremony held 2023-04-26 KH Kampot")]
    [InlineData("EVT-PK11", "BEIRUT, April 26 (AKP) -- Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nGen. Sok Dara said the troops would clear mines and build roads.\n\n\"Respect your hosts,\" he added at a farewell ceremony that the army held at the camp here.", "")]
    // "X, the army's chief, stated during the send-off ceremony on the airfield": a named speaker's words placed at the
    // ceremony by the verb of speech anchor it (patterns.tsv speech-at-ceremony); not an opening or closing ceremony, and
    // not a sentence that names nobody.
    [InlineData("EVT-PK12", "Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nThe troops will build roads and bridges, Gen. Sok Dara, the Cambodian army's chief of staff, stated during the send-off ceremony on the capital's airfield.", "ceremony held 2023-04-26 KH -")]
    [InlineData("EVT-PK13", "Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nThe troops will build roads and bridges, Gen. Sok Dara, the Cambodian army's chief of staff, stated during the closing ceremony on the capital's airfield.", "")]
    [InlineData("EVT-PK14", "Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nThe troops will build roads and bridges, the Cambodian defence ministry stated during the send-off ceremony on the capital's airfield.", "")]
    // A pronoun speaker in a sentence that names nobody ("\u2026,\u201D he said during the send-off ceremony at the airfield") anchors the
    // ceremony as a named speaker does when it stands for the subject of a sentence just before (patterns.tsv
    // pronoun-speech-at-occasion, EngagementBuilder.SubjectBefore); not when a sentence between opens with a person told by office,
    // who may be the speaker, and not an opening ceremony.
    [InlineData("EVT-PK17", "Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nThe troops would clear mines and build roads, said Gen. Sok Dara, head of the peacekeeping centre.\n\n\"Respect your hosts,\" he said during the send-off ceremony at Phnom Penh's airport.", "ceremony held 2023-04-26 KH Phnom Penh")]
    [InlineData("EVT-PK18", "Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nThe troops would clear mines and build roads, said Gen. Sok Dara, head of the peacekeeping centre.\n\nThe Cambodian general thanked the families.\n\n\"Respect your hosts,\" he said during the send-off ceremony at Phnom Penh's airport.", "")]
    [InlineData("EVT-PK19", "Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nThe troops would clear mines and build roads, said Gen. Sok Dara, head of the peacekeeping centre.\n\n\"Respect your hosts,\" he said during the opening ceremony at Phnom Penh's airport.", "")]
    public void Ceremonies_of_a_state_s_own_peacekeepers(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    [Theory]
    // The forty-ninth round: a state that dispatched or sent a batch or contingent of its troops to a mission abroad
    // ("Norland dispatched its ninth contingent of engineers to Vesk") tells an occasion of kind "other" of its own, the
    // sending state's and the mission state's (events.tsv, an "other" verb row), placed where the troops go: the "to" of the
    // dispatch names that state (patterns.tsv visit-or-trip), and no city of the dateline places it (the kind is afield). Not a
    // total sent over the years, nor troops sent without a batch or contingent, nor a letter sent.
    [InlineData("EVT-DISP1", "KAMPOT, April 26 (AKP) -- Cambodia on Wednesday dispatched its ninth contingent of 212 engineers to Mali for a year of road works.", "other held 2023-04-26 KH,ML -")]
    [InlineData("EVT-DISP2", "Cambodia sent the 21st batch of 90 deminers to Chad on Wednesday.", "other held 2023-04-26 KH,TD -")]
    [InlineData("EVT-DISP3", "Cambodia sent a new contingent of military police to Mali on Wednesday.", "other held 2023-04-26 KH,ML -")]
    [InlineData("EVT-DISP4", "Over the years Cambodia has dispatched some 4,000 troops in all to Chad, Mali and Sudan.", "")]
    [InlineData("EVT-DISP5", "Cambodia sent 75 deminers to Chad on Wednesday.", "")]
    [InlineData("EVT-DISP6", "Cambodia sent a letter of thanks to Chad on Wednesday.", "")]
    // The state of the mission a batch is sent "to join" is the dispatch's other side (events.tsv [context-before], the fiftieth
    // round), not the context it is of a sentence that dispatches no batch.
    [InlineData("EVT-DISP7", "KAMPOT, April 26 (AKP) -- Cambodia dispatched the 14th batch of 184 engineers with 20 women among them on Wednesday to join a UN peacekeeping mission in Lebanon.", "other held 2023-04-26 KH,LB -")]
    [InlineData("EVT-DISP8", "Cambodia sent another batch of 90 deminers to join the UN operations in Chad on Wednesday.", "other held 2023-04-26 KH,TD -")]
    [InlineData("EVT-DISP9", "Cambodia on Wednesday sent its sixth contingent of engineers, to join the United Nations (UN) peacekeeping operations in Mali.", "other held 2023-04-26 KH,ML -")]
    [InlineData("EVT-DISP10", "Sok Dara, who took part in UN peacekeeping missions in Chad, met the press on Wednesday.", "")]
    public void A_dispatch_of_a_batch_of_troops_to_a_mission_is_an_occasion_of_its_own(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    [Fact]
    public void A_speaker_whose_words_are_placed_at_a_troops_ceremony_took_part()
    {
        const string lead = "Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nGen. Sok Dara said the troops would clear mines and build roads.\n\n";
        // "…,\u201D he added at a farewell ceremony": the speaker told just before spoke at it (patterns.tsv pronoun-speech-at-occasion).
        var pronoun = Extract(lead + "\"Respect your hosts,\" he added at a farewell ceremony the army held on the Pochentong airfield in Phnom Penh.");
        Assert.Contains("sok-dara", Assert.Single(pronoun.Engagements).Participants);
        // Not when the pronoun's words are not placed at the ceremony.
        var apart = Extract(lead + "\"Respect your hosts,\" he added. The army held a farewell ceremony on the Pochentong airfield in Phnom Penh.");
        Assert.DoesNotContain("sok-dara", Assert.Single(apart.Engagements).Participants);
        // "X, the army's chief, stated, during a farewell ceremony …": a comma after the verb leaves his words placed at the
        // ceremony, so he is no mere source (patterns.tsv speech).
        var comma = Extract("Cambodia sent 180 peacekeepers to serve with a UN mission in Lebanon on Wednesday.\n\nThe troops will build roads, Gen. Sok Dara, the army's chief of staff, stated, during a farewell ceremony the army held on the Pochentong airfield in Phnom Penh.");
        Assert.Contains("sok-dara", Assert.Single(comma.Engagements).Participants);
    }

    [Fact]
    public void A_speaker_who_spoke_in_a_speech_at_the_occasion_took_part_when_of_one_of_its_sides()
    {
        const string opening = "The armies of Chile and Peru opened the joint training Southern Star in Arica on Monday.\n\n";
        // "said in his closing speech …": the speech was given at the occasion referred to.
        var facts = Extract(opening + "Colonel Diego Rojas, commander of the Chilean contingent, said in his closing speech that the training brought both armies closer.\n");
        Assert.Contains("diego-rojas", Assert.Single(facts.Engagements).Participants);
        // Someone who only reports what the training did is a source.
        var source = Extract(opening + "Colonel Diego Rojas, commander of the Chilean contingent, said that the training brought both armies closer.\n");
        Assert.DoesNotContain("diego-rojas", Assert.Single(source.Engagements).Participants);
        // A speaker of a state that is no party of the occasion does not join it.
        var other = Extract(opening + "Argentine Defence Minister Luis Paz said in his closing speech that the training brought both armies closer.\n");
        Assert.DoesNotContain("luis-paz", Assert.Single(other.Engagements).Participants);
    }

    [Fact]
    public void Someone_who_witnessed_or_presided_over_the_occasion_told_before_took_part()
    {
        // "X witnessed the opening ceremony" in a sentence that tells no occasion of its own (patterns.tsv attendance):
        // X was there, at the occasion told before.
        const string opening = "The armies of Chile and Peru opened the joint training Southern Star in Arica on Monday.\n\nThe training will run for two weeks.\n\n";
        var witnessed = Extract(opening + "General Diego Rojas, chief of the Chilean joint staff, witnessed the opening ceremony.\n");
        Assert.Contains("diego-rojas", Assert.Single(witnessed.Engagements).Participants);
        // A visit to a place whose list of sights holds a word of an occasion ("the workshop and training grounds") is no presence at it.
        var toured = Extract(opening + "General Diego Rojas, chief of the Chilean joint staff, observed the naval workshop and training grounds.\n");
        Assert.DoesNotContain("diego-rojas", Assert.Single(toured.Engagements).Participants);
        // "The conference, which was co-chaired by X and Y, reviewed …": the people who presided over the occasion told before.
        var chaired = Extract("Chile and Peru held their twelfth border committee conference in Arica on Monday.\n\n"
            + "The conference, which was co-chaired by Commodore Juan Soto of the Chilean navy and Commodore Pedro Vega of the Peruvian navy, reviewed the joint patrols.\n");
        var conference = Assert.Single(chaired.Engagements);
        Assert.Contains("juan-soto", conference.Participants);
        Assert.Contains("pedro-vega", conference.Participants);
    }

    [Fact]
    public void The_rest_of_a_team_listed_after_the_occasion_took_part()
    {
        // "Others in the team are …" (patterns.tsv attendance): the rest of the delegation whose leader the occasion's sentence names.
        const string opening = "Chilean and Peruvian officers met in Arica on Monday to review border security, said General Diego Rojas, who led the Chilean team.\n\n";
        var listed = Extract(opening + "Others in the team are Colonel Juan Soto and Major Pedro Vega.\n");
        var meeting = Assert.Single(listed.Engagements);
        Assert.Contains("juan-soto", meeting.Participants);
        Assert.Contains("pedro-vega", meeting.Participants);
        // Officers named without a word of the team's list are not thereby at the meeting.
        var named = Extract(opening + "Colonel Juan Soto and Major Pedro Vega command the border units.\n");
        Assert.DoesNotContain("juan-soto", Assert.Single(named.Engagements).Participants);
    }

    [Theory]
    // A sentence without a trigger that opens "Accompanying the minister were …", or whose officer "welcomed the visitors
    // (guests, a ship …)" or "is hosting" someone (patterns.tsv attendance): its people join the occasion told before.
    [InlineData("Accompanying the minister were Colonel Juan Soto and Major Pedro Vega.")]
    [InlineData("Colonel Juan Soto and Major Pedro Vega welcomed the visitors at the gate.")]
    [InlineData("The Peruvian army is hosting Colonel Juan Soto and Major Pedro Vega this week.")]
    public void People_who_accompanied_welcomed_or_hosted_the_guests_took_part(string sentence)
    {
        const string opening = "Chilean Defence Minister Luis Paz arrived in Lima on Monday to begin a visit of three days to Peru.\n\n";
        var facts = Extract(opening + sentence + "\n");
        var visit = Assert.Single(facts.Engagements);
        Assert.Contains("juan-soto", visit.Participants);
        Assert.Contains("pedro-vega", visit.Participants);
    }

    [Theory]
    // Welcoming a decision, hosting an event, or officers named in a list without those words: no one joins.
    [InlineData("Colonel Juan Soto and Major Pedro Vega welcomed the decision to expand the exchanges.")]
    [InlineData("Colonel Juan Soto and Major Pedro Vega were hosting a football match for the cadets in Callao.")]
    [InlineData("Colonel Juan Soto and Major Pedro Vega command the border units.")]
    public void Officers_who_welcomed_a_decision_or_hosted_an_event_did_not_thereby_take_part(string sentence)
    {
        const string opening = "Chilean Defence Minister Luis Paz arrived in Lima on Monday to begin a visit of three days to Peru.\n\n";
        var facts = Extract(opening + sentence + "\n");
        var visit = Assert.Single(facts.Engagements);
        Assert.DoesNotContain("juan-soto", visit.Participants);
        Assert.DoesNotContain("pedro-vega", visit.Participants);
    }

    [Fact]
    public void A_speaker_named_after_said_who_spoke_at_the_occasion_took_part_when_of_one_of_its_sides()
    {
        const string opening = "The armies of Chile and Peru opened the joint training Southern Star in Arica on Monday.\n\n";
        // "said X, his office, at the opening ceremony": the words were said at the occasion referred to.
        var facts = Extract(opening + "The training brought both armies closer, said Diego Rojas, commander of the Chilean contingent, at the opening ceremony.\n");
        Assert.Contains("diego-rojas", Assert.Single(facts.Engagements).Participants);
        // Words said elsewhere, or read out in a message, are a source's.
        var source = Extract(opening + "The training brought both armies closer, said Diego Rojas, commander of the Chilean contingent, in a message read at the opening ceremony.\n");
        Assert.DoesNotContain("diego-rojas", Assert.Single(source.Engagements).Participants);
        // A speaker of a state that is no party of the occasion does not join it.
        var other = Extract(opening + "The training brought both armies closer, said Luis Paz, Argentine Defence Minister, at the opening ceremony.\n");
        Assert.DoesNotContain("luis-paz", Assert.Single(other.Engagements).Participants);
    }

    [Fact]
    public void A_speaker_whose_words_are_placed_right_after_the_occasion_took_part_in_it_unless_a_spokesman()
    {
        const string opening = "Chilean Defence Minister Luis Paz held talks with Peruvian Defence Minister Jorge Vidal in Tacna on Monday.\n\n";
        // "…, a Peruvian general, said after the talks": words said right after the occasion referred to (patterns.tsv
        // speech-after-occasion); the speaker took part in it, being of one of its sides.
        var facts = Extract(opening + "The border posts will share patrol plans, General Mateo Ruiz, a Peruvian commander, said after the talks.\n");
        Assert.Contains("mateo-ruiz", Assert.Single(facts.Engagements).Participants);
        // A spokesman speaks for a body (lexicon.tsv spokesperson-heads): his words after the occasion do not seat him at it.
        var spokesman = Extract(opening + "The border posts will share patrol plans, Peruvian ministry spokesman Tomas Leal told reporters after the talks.\n");
        Assert.DoesNotContain("tomas-leal", Assert.Single(spokesman.Engagements).Participants);
        // Words said without being placed after the occasion are a source's.
        var source = Extract(opening + "The border posts will share patrol plans, General Mateo Ruiz, a Peruvian commander, said on Tuesday.\n");
        Assert.DoesNotContain("mateo-ruiz", Assert.Single(source.Engagements).Participants);
        // A speaker of a state that is no party of the talks does not join them.
        var other = Extract(opening + "The border posts will share patrol plans, General Mateo Ruiz, a Bolivian commander, said after the talks.\n");
        Assert.DoesNotContain("mateo-ruiz", Assert.Single(other.Engagements).Participants);
    }

    [Fact]
    public void Someone_who_invited_the_visitor_is_not_present_in_the_visit()
    {
        // "at the invitation of" names the host who asked, not someone present; the host named as a side is present.
        var facts = Extract("Lao Defence Minister Khamla Vongsa arrived in Bangkok on Monday for a three-day visit at the invitation of Thai Defence Minister Anan Srisuk.");
        var visit = Assert.Single(facts.Engagements);
        Assert.Equal(new[] { "khamla-vongsa" }, visit.Participants);
        var met = Extract("Lao Defence Minister Khamla Vongsa met Thai Defence Minister Anan Srisuk in Bangkok on Monday.");
        Assert.Equal(new[] { "anan-srisuk", "khamla-vongsa" }, Assert.Single(met.Engagements).Participants.OrderBy(p => p, StringComparer.Ordinal));
    }

    [Fact]
    public void A_visit_at_one_hosts_invitation_and_a_call_on_another_host_stay_two_occasions()
    {
        // The inviter is not present, but he is the host side of the trip: the visit does not fold into a call on
        // another person of that side, whose people are all the visitor's.
        var facts = Extract("Lao Prime Minister Sone Vilay received visiting Thai Defence Minister Anan Srisuk in Vientiane on Tuesday.\n\n"
            + "Anan Srisuk is on a four-day official visit to Laos at the invitation of Lao Defence Minister Khamla Vongsa.\n");
        Assert.Equal(2, facts.Engagements.Count);
        Assert.DoesNotContain(facts.Engagements, e => e.Participants.Contains("khamla-vongsa"));
    }

    [Fact]
    public void Someone_who_led_an_earlier_trip_is_not_present_in_the_occasion()
    {
        // "comes after a recent tour by X": X led an earlier occasion; the sentence still adds to the visit it refers to.
        var facts = Extract("Thai Navy chief Admiral Anan Srisuk met Lao Defence Minister Khamla Vongsa in Vientiane on Monday during his visit to Laos.\n\n"
            + "This visit comes after a recent tour by Lao Prime Minister Sone Vilay to Thailand.\n");
        Assert.DoesNotContain(facts.Engagements, e => e.Participants.Contains("sone-vilay"));
        Assert.Contains(facts.Engagements, e => e.Participants.Contains("anan-srisuk") && e.Participants.Contains("khamla-vongsa"));
        // Without "recent" (or "previous", "earlier", "last"), a trip by someone is the occasion told.
        var told = Extract("The trip by Lao Prime Minister Sone Vilay to Thailand on Monday opened a new chapter.");
        Assert.Contains(told.Engagements, e => e.Participants.Contains("sone-vilay"));
    }

    [Fact]
    public void Someone_only_mentioned_as_served_sending_word_or_leading_another_occasion_is_not_present()
    {
        // "a top adviser to President X": the president the visitor serves is not at the meeting.
        var adviser = Extract("Lao Deputy Defence Minister Khamla Vongsa, a top adviser to Lao President Boun Keo, met Thai Defence Minister Anan Srisuk in Bangkok on Monday.");
        var met = Assert.Single(adviser.Engagements);
        Assert.DoesNotContain("boun-keo", met.Participants);
        Assert.Contains("khamla-vongsa", met.Participants);
        Assert.Contains("anan-srisuk", met.Participants);
        // "conveyed the regards of Minister X": the sender of the regards stays at home.
        var regards = Extract("Lao Deputy Defence Minister Khamla Vongsa met Thai Defence Minister Anan Srisuk in Bangkok on Monday and conveyed the regards of Lao Defence Minister Sone Vilay.");
        Assert.DoesNotContain(regards.Engagements, e => e.Participants.Contains("sone-vilay"));
        Assert.Contains(regards.Engagements, e => e.Participants.Contains("khamla-vongsa") && e.Participants.Contains("anan-srisuk"));
        // "followed on the heels of an official visit by X": X led another occasion.
        var heels = Extract("Thai Army chief General Anan Srisuk held talks with Lao Army chief General Khamla Vongsa in Vientiane on Monday. The talks followed hard on the heels of a three-day official visit to Thailand by Lao Prime Minister Sone Vilay.");
        Assert.DoesNotContain(heels.Engagements, e => e.Participants.Contains("sone-vilay") && e.Participants.Contains("anan-srisuk"));
        // Met with the adviser himself, or with a minister named without such words: present.
        var direct = Extract("Thai Defence Minister Anan Srisuk met Lao President Boun Keo and his adviser Khamla Vongsa in Vientiane on Monday.");
        Assert.Contains(direct.Engagements, e => e.Participants.Contains("boun-keo") && e.Participants.Contains("anan-srisuk"));
    }

    [Fact]
    public void A_source_the_report_quotes_as_saying_is_not_a_participant()
    {
        // patterns.tsv quoted-source-before and quoted-source-after (EngagementBuilder.Participants): "the statement quoted X,
        // the ministry's spokesman, as saying that the talks …": X is the report's source, not one of the talks' people.
        var quoted = Extract("Thai Navy chief Admiral Anan Srisuk held talks with Lao Army chief General Khamla Vongsa in Vientiane on Monday.\n\n"
            + "The Lao ministry's statement quoted Colonel Sone Vilay, the ministry's spokesman, as saying that the talks would deepen ties.\n");
        var talks = Assert.Single(quoted.Engagements, e => e.Participants.Contains("anan-srisuk"));
        Assert.DoesNotContain("sone-vilay", talks.Participants);
        Assert.Contains("khamla-vongsa", talks.Participants);
        // Lowercase office words may stand between "quoted" and the name.
        var office = Extract("Thai Navy chief Admiral Anan Srisuk held talks with Lao Army chief General Khamla Vongsa in Vientiane on Monday.\n\n"
            + "The Lao ministry quoted deputy director of the demining centre Colonel Sone Vilay as saying that the talks would deepen ties.\n");
        Assert.DoesNotContain(office.Engagements, e => e.Participants.Contains("sone-vilay"));
        // The same sentence telling that he attended: he took part.
        var attended = Extract("Thai Navy chief Admiral Anan Srisuk held talks with Lao Army chief General Khamla Vongsa in Vientiane on Monday.\n\n"
            + "Colonel Sone Vilay, the Lao ministry's spokesman, also attended the talks.\n");
        Assert.Contains(attended.Engagements, e => e.Participants.Contains("anan-srisuk") && e.Participants.Contains("sone-vilay"));
        // A source who also met the visitor stays: he is named as a participant in the occasion's first sentence.
        var met = Extract("Thai Navy chief Admiral Anan Srisuk held talks with Lao Army chief General Khamla Vongsa in Vientiane on Monday.\n\n"
            + "The Lao ministry quoted Khamla Vongsa as saying that the talks would deepen ties.\n");
        Assert.Contains(met.Engagements, e => e.Participants.Contains("anan-srisuk") && e.Participants.Contains("khamla-vongsa"));
    }

    [Fact]
    public void The_one_a_pronoun_occasion_was_held_with_takes_part()
    {
        // patterns.tsv pronoun-occasion-with (EngagementBuilder.PartnerAfterWith): "X spoke to the press after his meeting with
        // Prime Minister Y": the meeting is X's, and Y, named after its "with", is the one it was held with.
        var remarks = Extract("Thai Defence Minister Anan Srisuk spoke to the press after his talks with Cambodian Prime Minister Sok Dara in Phnom Penh on Monday.");
        var meeting = Assert.Single(remarks.Engagements);
        Assert.Equal(new[] { "anan-srisuk", "sok-dara" }, meeting.Participants.OrderBy(p => p, StringComparer.Ordinal).ToArray());
        // "following his trip": someone named in another clause after it is not the trip's.
        var trip = Extract("Thai Defence Minister Anan Srisuk spoke to the press following his visit to Cambodia on Monday, where Prime Minister Sok Dara was away.");
        Assert.DoesNotContain(trip.Engagements, e => e.Participants.Contains("sok-dara"));
    }

    [Fact]
    public void A_speaker_in_his_opening_remarks_or_at_the_sentences_own_ceremony_takes_part()
    {
        // patterns.tsv occasion-opener: a sentence that opens with the speaker's own opening words ("In her closing address,
        // X said …") sets him at the occasion, as "At the meeting, X said …" does; a plain "X said …" stays a source.
        const string Lead = "Thai Defence Minister Anan Srisuk met Lao Defence Minister Khamla Vongsa and Cambodian Defence Minister Sok Dara in Vientiane on Monday.\n\n";
        var opening = Extract(Lead + "In her opening address, Lao Vice Minister Sone Vilay said the talks showed the friendship of the three states.\n");
        Assert.Contains(opening.Engagements, e => e.Participants.Contains("khamla-vongsa") && e.Participants.Contains("sone-vilay"));
        var plain = Extract(Lead + "Lao Vice Minister Sone Vilay said the talks showed the friendship of the three states.\n");
        Assert.DoesNotContain(plain.Engagements, e => e.Participants.Contains("sone-vilay"));
        // patterns.tsv speech-placed-at-occasion with "a/an", and EngagementBuilder.Build: "…, said X, …, during a send-off ceremony
        // held at …" places the words at the sentence's own new occasion, which he took part in (his side is one of its parties).
        var sendOff = Extract("About 200 Cambodian deminers left for Mali on Tuesday to serve with the UN mission.\n\n"
            + "The deminers would take over from the earlier team, said Gen. Sok Dara, commander of the Cambodian army, during a send-off ceremony at the Pochentong airbase on Tuesday.\n");
        Assert.Contains(sendOff.Engagements, e => e.Kind == "ceremony" && e.Participants.Contains("sok-dara"));
    }

    [Fact]
    public void Someone_who_gave_remarks_at_the_opening_ceremony_told_before_takes_part_in_it()
    {
        // patterns.tsv reference: "the opening (closing, welcoming, inaugural) ceremony" after one was told refers to it, so
        // the one who "spoke briefly at the opening ceremony" in a later sentence joins the ceremony.
        var told = Extract("Thai and Lao troops attended the opening ceremony of their joint drill in Pakse on May 4.\n\n"
            + "Thai Army Major General Anan Srisuk also spoke briefly at the opening ceremony.\n");
        Assert.Contains(told.Engagements, e => e.Kind == "ceremony" && e.Participants.Contains("anan-srisuk"));
        // The first telling of an opening ceremony is still a new occasion of its own.
        var first = Extract("Thai Army Major General Anan Srisuk and Lao Army Major General Khamla Vongsa attended the opening ceremony of their joint drill in Pakse on May 4.\n");
        Assert.Contains(first.Engagements, e => e.Participants.Contains("anan-srisuk") && e.Participants.Contains("khamla-vongsa"));
    }

    [Fact]
    public void The_people_of_an_occasion_the_sentence_follows_belong_to_that_occasion_only()
    {
        // "followed the March visit to Bangkok of X": X made the earlier visit, not the talks told.
        var followed = Extract("Thai Navy chief Admiral Anan Srisuk held talks with Lao Army chief General Khamla Vongsa in Vientiane on Monday.\n\n"
            + "The talks followed the March visit to Bangkok of Lao Prime Minister Sone Vilay.\n");
        var talks = Assert.Single(followed.Engagements, e => e.Participants.Contains("anan-srisuk"));
        Assert.DoesNotContain("sone-vilay", talks.Participants);
        // "Following the visit of X in February, …": the visit of X has its own time, so X is not of the talks told.
        var following = Extract("Following the visit of Lao Prime Minister Sone Vilay in February, Thai Navy chief Admiral Anan Srisuk held talks with Lao Army chief General Khamla Vongsa in Vientiane on Monday.");
        Assert.DoesNotContain(following.Engagements, e => e.Participants.Contains("anan-srisuk") && e.Participants.Contains("sone-vilay"));
        Assert.Contains(following.Engagements, e => e.Participants.Contains("anan-srisuk") && e.Participants.Contains("khamla-vongsa"));
        // Without a time of its own, "following the meeting between X and Y" may be the occasion told: they stay.
        var same = Extract("Following the meeting between Thai Navy chief Admiral Anan Srisuk and Lao Army chief General Khamla Vongsa, the two sides signed a memorandum on border patrols in Vientiane on Monday.");
        Assert.Contains(same.Engagements, e => e.Participants.Contains("anan-srisuk") && e.Participants.Contains("khamla-vongsa"));
        // A visit told as coming after ("followed by" and its visitor): the visitor took part in what came after, and is not set aside.
        var after = Extract("Thai Navy chief Admiral Anan Srisuk held talks in Vientiane on Monday that were followed by a visit by Lao Army chief General Khamla Vongsa.");
        Assert.Contains(after.Engagements, e => e.Participants.Contains("khamla-vongsa"));
    }

    [Theory]
    // The trigger families of the genre (events.tsv [triggers], [generic-after], [occurrence]; patterns.tsv anchor-words,
    // topic-before), each with a record that must give the occasion and one where the same words must not.
    // Exercises opened, started or closed: the verbs of opening and closing anchor the exercise noun.
    [InlineData("EVT-F01", "The Lao People's Navy started its fifth joint exercise alongside the Royal Thai Navy, the ministry said on Sunday.", "exercise held - LA,TH -")]
    [InlineData("EVT-F02", "The Thai navy said a joint exercise with the Lao People's Navy is a sign of trust.", "")]
    // Goods handed over, transferred or received from a giver; a sum granted for a country.
    [InlineData("EVT-F04", "Japan transferred a coastal patrol vessel to the Cambodian navy in Sihanoukville on Monday.", "aid held 2023-04-24 JP,KH Sihanoukville")]
    [InlineData("EVT-F05", "Cambodia received 20 military trucks from Japan on Monday.", "aid held 2023-04-24 JP,KH -")]
    [InlineData("EVT-F06", "Japan announced $1.5 million on Wednesday for Cambodia's demining.", "aid held 2023-04-26 JP,KH -")]
    // A force told as training another state's people now ("is training … sailors") is a training held, without a date
    // (patterns.tsv anchor-words); training told without the people trained is none.
    [InlineData("EVT-F42", "The Japanese Coast Guard is training Cambodian Navy sailors on the handling of patrol boats.", "training held - JP,KH -")]
    [InlineData("EVT-F43", "The Japanese Coast Guard is training on the handling of patrol boats.", "")]
    // …not goods bought, loans, totals for many countries, nor giving that stands every year or since a year.
    [InlineData("EVT-F07", "Cambodia received 20 military trucks bought from Japan on Monday.", "")]
    [InlineData("EVT-F08", "In Sunday's talks with Sok Dara, Japanese Prime Minister Kenji Mori pledged ¥9 billion in loans to build two river bridges in Cambodia.", "meeting held 2023-04-23 JP,KH -")]
    [InlineData("EVT-F09", "Japan is delivering 30 patrol boats to nine Pacific countries, Defence Minister Kenji Mori said.", "")]
    [InlineData("EVT-F10", "Japan gave 20 trucks to the Cambodian army every year.", "")]
    [InlineData("EVT-F11", "Japan has provided $200 million to Cambodia since 1992.", "")]
    // The words of standing giving are read for aid only: an exercise held annually is still named as one.
    [InlineData("EVT-F26", "Ties cooled in 2019, when Laos cancelled the Mekong Shield joint exercise that had been held annually with Thai forces since 2012.", "exercise held 2019 LA,TH -")]
    // Ships berthing are a visit; goods arriving are none.
    [InlineData("EVT-F12", "Two Japanese destroyers berthed at Sihanoukville on Monday for a goodwill visit.", "visit held 2023-04-24 JP,KH Sihanoukville")]
    [InlineData("EVT-F13", "A shipment of 50 Japanese trucks arrived at Sihanoukville port on Wednesday.", "")]
    // A guest welcomed, a call paid on someone, discussions held: meetings; a greeting at a welcoming ceremony or a decision welcomed is none.
    [InlineData("EVT-F14", "Cambodian Defence Minister Sok Dara welcomed his Lao counterpart Khamla Vongsa at the ministry in Phnom Penh on Monday.", "meeting held 2023-04-24 KH,LA Phnom Penh")]
    [InlineData("EVT-F15", "Cambodian Rear Admiral Sok Dara greeted his Japanese counterpart on the quay in Sihanoukville during a welcoming ceremony.", "")]
    [InlineData("EVT-F16", "Cambodian Defence Minister Sok Dara welcomed the decision of Laos to send cadets.", "")]
    [InlineData("EVT-F17", "Lao Defence Minister Khamla Vongsa paid a call on Cambodian Prime Minister Sok Dara in Phnom Penh on Monday.", "meeting held 2023-04-24 KH,LA Phnom Penh")]
    [InlineData("EVT-F18", "Lao and Cambodian army officers held discussions in Vientiane on Monday.", "meeting held 2023-04-24 KH,LA Vientiane")]
    [InlineData("EVT-F25", "The navies of Laos and Thailand wrapped up their joint exercise off Sattahip on Friday. During the exercise the sailors held discussions, cultural evenings and football matches.", "exercise held 2023-04-21 LA,TH -")]
    // Documents sealed or exchanged; the training an agreement is about is no occasion and leaves the date to the signing.
    [InlineData("EVT-F19", "Laos and Cambodia sealed an agreement on military medicine in Vientiane on Monday.", "agreement held 2023-04-24 KH,LA Vientiane")]
    [InlineData("EVT-F20", "Laos and Cambodia exchanged signed documents on border demarcation in Vientiane on Monday.", "agreement held 2023-04-24 KH,LA Vientiane")]
    [InlineData("EVT-F21", "Laos and Cambodia signed a memorandum of understanding on peacekeeping training in Vientiane on Monday.", "agreement held 2023-04-24 KH,LA Vientiane")]
    [InlineData("EVT-F22", "Laos and Cambodia exchanged views on border security in Vientiane on Monday.", "")]
    // A meeting due later on the day of writing is planned for that day; a hope is no visit.
    [InlineData("EVT-F23", "Cambodian Defence Minister Sok Dara is due to meet Lao Defence Minister Khamla Vongsa in Vientiane later on Thursday.", "meeting planned 2023-04-27 KH,LA Vientiane")]
    [InlineData("EVT-F24", "Cambodia hopes Lao Defence Minister Khamla Vongsa will visit Phnom Penh in May.", "")]
    // A body that convened is a meeting; one state's body is none.
    [InlineData("EVT-F27", "The joint border commission of Laos and Cambodia convened from 4-6 April 2023 in Pakse.", "meeting held 2023-04-04 KH,LA Pakse")]
    [InlineData("EVT-F28", "The Lao parliament convened on Monday to debate the border.", "")]
    // A range of days set off by commas after the trigger's clause is its date (patterns.tsv clause-then-comma, range-tail-comma).
    [InlineData("EVT-F29", "Lao Defence Minister Khamla Vongsa is making a working visit to Cambodia, from April 16 to 20, at the invitation of Sok Dara.", "visit held 2023-04-16 KH,LA -")]
    // Status: an occasion the sides agreed to hold is planned; a "will" of a second verb after "and" leaves the first held (patterns.tsv future-before, future-after, anchor-words).
    [InlineData("EVT-F30", "The British survey ship docked at Sihanoukville on April 24 and will leave on April 29.", "visit held 2023-04-24 GB,KH Sihanoukville")]
    [InlineData("EVT-F31", "Cambodian Defence Minister Sok Dara and his Lao counterpart Khamla Vongsa agreed to hold a combined medical training course next year.", "training planned 2024 KH,LA -")]
    [InlineData("EVT-F32", "Laos and Cambodia agreed to carry out a joint naval exercise on their river border, Lao Defence Minister Khamla Vongsa said.", "exercise planned - KH,LA -")]
    [InlineData("EVT-F33", "Laos and Cambodia agreed to expand training of border guards, Lao Defence Minister Khamla Vongsa said.", "")]
    // More members of the families: landing for a visit, an agreement renewed, manoeuvres, a Defence Dialogue; and where they must not reach.
    [InlineData("EVT-F34", "Lao Defence Minister Khamla Vongsa landed in Phnom Penh on Monday for a three-day official visit.", "visit held 2023-04-24 KH,LA Phnom Penh")]
    [InlineData("EVT-F35", "A cargo plane carrying 20 Japanese trucks landed in Phnom Penh on Monday.", "")]
    [InlineData("EVT-F41", "Laos and Thailand met in Vientiane on Monday, days after a stray Thai missile landed in Lao territory.", "meeting held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-F36", "Laos and Thailand renewed their defence cooperation agreement in Vientiane on Monday.", "agreement held 2023-04-24 LA,TH Vientiane")]
    [InlineData("EVT-F37", "Laos and Thailand renewed their commitment to peace on Monday.", "")]
    [InlineData("EVT-F38", "Lao and Thai troops began joint manoeuvres near Savannakhet on Monday.", "exercise held 2023-04-24 LA,TH -")]
    [InlineData("EVT-F39", "The manoeuvres of the Lao army are a matter for Laos alone, Thai officials said.", "")]
    [InlineData("EVT-F40", "Laos and Thailand held their third Defence Dialogue in Bangkok on Monday.", "conference held 2023-04-24 LA,TH Bangkok")]
    // A person travelling to a named place is a visit (each place of a list its own); troops, ships or goods moving, or a place
    //   not capitalised, are none.
    [InlineData("EVT-F44", "Lao Defence Minister Khamla Vongsa travelled to Cambodia on Monday for talks on the border.", "visit held 2023-04-24 KH,LA -")]
    [InlineData("EVT-F45", "Lao Defence Minister Khamla Vongsa will travel to Cambodia and Thailand in May.", "visit planned 2023-05 KH,LA - | visit planned 2023-05 LA,TH -")]
    [InlineData("EVT-F46", "Two hundred Lao troops travelled to Cambodia on Monday.", "")]
    [InlineData("EVT-F47", "Lao Defence Minister Khamla Vongsa travelled to the border on Monday, the Cambodian army said.", "")]
    [InlineData("EVT-F48", "The Lao government told its citizens not to travel to Cambodia on Monday, Lao Defence Minister Khamla Vongsa said.", "")]
    [InlineData("EVT-F49", "Lao Defence Minister Khamla Vongsa advised against travelling to Cambodia on Monday.", "")]
    [InlineData("EVT-F50", "Thousands of Lao workers travelled to Cambodia on Monday, Lao Defence Minister Khamla Vongsa said.", "")]
    // A ceremony noun followed by the capitalised site it was held at, in a sentence that names someone, is anchored by that site
    //   (patterns.tsv ceremony-at-site); a sentence naming nobody, a site not capitalised, or another noun of the family is not.
    [InlineData("EVT-F51", "Cambodian navy commander Sok Dara and Japanese Ambassador Kenji Mori cut the ribbon of the new pier at a ceremony at the Ream Naval Base.", "ceremony held - JP,KH Sihanoukville")]
    [InlineData("EVT-F52", "The ribbon of the new pier from Japan was cut at a ceremony at the Ream Naval Base.", "")]
    [InlineData("EVT-F53", "Cambodian navy commander Sok Dara and Japanese Ambassador Kenji Mori cut the ribbon of the new pier at a ceremony at the naval base.", "")]
    [InlineData("EVT-F54", "Cambodian navy commander Sok Dara and Japanese Ambassador Kenji Mori spoke of a training event in the Pacific.", "")]
    public void Trigger_families_of_the_genre(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A ceremony anchored by its site alone is no new occasion in a sentence that refers to an earlier one, wherever the
    // reference stands in the sentence (EngagementBuilder: decided after the whole sentence is read).
    [Fact]
    public void A_ceremony_at_a_site_in_a_sentence_referring_back_does_not_depend_on_word_order()
    {
        const string visit = "Japanese Ambassador Kenji Mori visited Cambodia on 3 March 2024. ";
        string before = Summary(Extract(visit + "During the visit, Cambodian navy commander Sok Dara and Kenji Mori cut the ribbon of the new pier at a ceremony at the Ream Naval Base."));
        string after = Summary(Extract(visit + "Cambodian navy commander Sok Dara and Kenji Mori cut the ribbon of the new pier at a ceremony at the Ream Naval Base during the visit."));
        Assert.Equal(before, after);
        Assert.DoesNotContain("ceremony", after);
    }

    [Theory]
    // "met here": the dateline's city, as "held talks here" (events.tsv meeting verb before "here").
    [InlineData("EVT-P01", "KAMPOT, April 24 (Mekong Wire) -- Cambodian and Thai naval officers met here on Monday to plan joint patrols.", "meeting held 2023-04-24 KH,TH Kampot")]
    [InlineData("EVT-P02", "Cambodian and Thai naval officers met on Monday to plan joint patrols.", "meeting held 2023-04-24 KH,TH -")]
    // A town known by two names is one place, whichever the text uses (places.tsv third column).
    [InlineData("EVT-P03", "On Monday three Thai navy ships docked in Preah Sihanouk province for a five-day port call.", "visit held 2023-04-24 KH,TH Sihanoukville")]
    [InlineData("EVT-P04", "On Monday three Thai navy ships docked at Sihanoukville for a five-day port call.", "visit held 2023-04-24 KH,TH Sihanoukville")]
    // The same day, someone who took part in the held occasion before is still where it was held.
    [InlineData("EVT-P05", "Cambodian army chief Sok Dara held talks with Japanese Defence Minister Kenji Mori in Tokyo on Monday.\n\nThe same day, Japanese army chief General Taro Aoki received Sok Dara.", "meeting held 2023-04-24 JP,KH Tokyo | meeting held 2023-04-24 JP,KH Tokyo")]
    [InlineData("EVT-P06", "Cambodian army chief Sok Dara held talks with Japanese Defence Minister Kenji Mori in Tokyo on Monday.\n\nThe same day, Japanese army chief General Taro Aoki received Lao army chief Khamla Vongsa.", "meeting held 2023-04-24 JP,KH Tokyo | meeting held 2023-04-24 JP,LA Tokyo")]
    // A place after a word that turns to another occasion, earlier or set against the one told, is that occasion's (patterns.tsv background-before-place).
    [InlineData("EVT-P07", "The border committee meeting of Laos and Thailand on Monday follows the fourth round in Bangkok.", "meeting held 2023-04-24 LA,TH -")]
    [InlineData("EVT-P08", "Lao Defence Minister Khamla Vongsa held talks with Thai Defence Minister Anan Srisuk on Monday after arriving in Bangkok.", "meeting held 2023-04-24 LA,TH Bangkok")]
    // A later sentence that tells the occasion again, then turns to another one with a trigger of its own ("followed the … visit
    // to", "comes six months after … met in"): that other occasion's place is not given to the occasion told
    // (patterns.tsv other-occasion-turn, earlier-occasion-trigger, past-before; EngagementBuilder.TurnedTo and Merge).
    [InlineData("EVT-OC1", "Lao Defence Minister Khamla Vongsa held talks with Thai Defence Minister Anan Srisuk on Monday.\n\nThe talks followed the March visit to Bangkok of the Lao prime minister, who sought closer ties.", "meeting held 2023-04-24 LA,TH -")]
    [InlineData("EVT-OC2", "Laos and Thailand have signed an agreement on defence cooperation.\n\nThe signing of the agreement comes six months after both defence ministers met in Bangkok, agreeing on a wider compact.\n\nLao Defence Minister Khamla Vongsa and Thai Defence Minister Anan Srisuk signed the agreement on Monday.", "agreement held 2023-04-24 LA,TH -")]
    [InlineData("EVT-OC3", "Lao Defence Minister Khamla Vongsa held talks with Thai Defence Minister Anan Srisuk on Monday.\n\nThe talks in Bangkok covered border security, the Lao prime minister said.", "meeting held 2023-04-24 LA,TH Bangkok")]
    [InlineData("EVT-OC4", "Laos and Thailand have signed an agreement on defence cooperation.\n\nThe signing of the agreement in Bangkok came after the two defence ministers met, agreeing on a wider compact.\n\nLao Defence Minister Khamla Vongsa and Thai Defence Minister Anan Srisuk signed the agreement on Monday.", "agreement held 2023-04-24 LA,TH Bangkok")]
    // National capitals and the ports and bases of the genre are places (places.tsv).
    [InlineData("EVT-P09", "Lao Defence Minister Khamla Vongsa held talks with his Ugandan counterpart Okello Musoke in Kampala on Monday.", "meeting held 2023-04-24 LA,UG Kampala")]
    [InlineData("EVT-P10", "On Monday three Thai navy ships arrived in Yokosuka for a five-day port call.", "visit held 2023-04-24 JP,TH Yokosuka")]
    // A named venue that is no known place, its city after a comma (patterns.tsv venue-then-comma).
    [InlineData("EVT-P11", "Lao Defence Minister Khamla Vongsa and his Thai counterpart Anan Srisuk signed a defence cooperation plan in Dusit, Bangkok, Thailand, on Friday.", "agreement held 2023-04-21 LA,TH Bangkok")]
    [InlineData("EVT-P12", "Lao Defence Minister Khamla Vongsa met Thai Defence Minister Anan Srisuk at the Royal Thai Army Club, Bangkok, on Friday.", "meeting held 2023-04-21 LA,TH Bangkok")]
    [InlineData("EVT-P13", "Lao Defence Minister Khamla Vongsa met Thai Defence Minister Anan Srisuk on Friday in Thailand, Bangkok Post reported.", "meeting held 2023-04-21 LA,TH -")]
    // A held occasion placed only in a country takes the one city where its visitor was at another occasion of the same states.
    [InlineData("EVT-P14", "Cambodian army chief General Sok Dara arrived in Laos on Tuesday for a three-day visit.\n\nSok Dara was welcomed by Lao army chief General Khamla Vongsa at a ceremony held in Vientiane.", "visit held 2023-04-25 KH,LA Vientiane | ceremony held - KH,LA Vientiane")]
    [InlineData("EVT-P15", "Cambodian army chief General Sok Dara arrived in Laos on Tuesday for a three-day visit.\n\nLao army chief General Khamla Vongsa attended a ceremony held in Vientiane with Thai officers.", "visit held 2023-04-25 KH,LA Vientiane | ceremony held - LA,TH Vientiane")]
    // The gazetteer beyond the study set's own places (places.tsv), and how a place is read.
    [InlineData("EVT-G01", "Cambodian Defence Minister Sok Dara held talks with Polish Defence Minister Jan Kowalczyk in Gdynia on Monday.", "meeting held 2023-04-24 KH,PL Gdynia")]
    [InlineData("EVT-G02", "Cambodian Defence Minister Sok Dara held talks with Indian Defence Minister Raj Kumar at Agrarian House on Monday.", "meeting held 2023-04-24 IN,KH -")]
    [InlineData("EVT-G03", "Chinese and Cambodian troops opened the joint exercise at a training site in Cambodia's Kampot province on Monday.", "exercise held 2023-04-24 CN,KH Kampot")]
    [InlineData("EVT-G04", "Indian and Cambodian troops opened the joint exercise on Monday at a hill base in Meghalaya’s Umroi Cantonment.", "exercise held 2023-04-24 IN,KH Umroi")]
    [InlineData("EVT-G05", "Cambodian and Thai sailors held joint drills with a Thai frigate based at Sattahip on Monday.", "exercise held 2023-04-24 KH,TH -")]
    [InlineData("EVT-G06", "Cambodian and Thai officers met in Laos on Monday, before flying to Bangkok.", "meeting held 2023-04-24 KH,TH -")]
    [InlineData("EVT-G07", "Lao Defence Minister Khamla Vongsa held talks with Kenyan Defence Minister Otieno Maina at Mbale Resort Hotel on Monday.", "meeting held 2023-04-24 KE,LA Mbale")]
    [InlineData("EVT-G08", "Cambodian Defence Minister Sok Dara held talks with Japanese Defence Minister Kenji Mori in Tokyo on Monday. After the meeting, Sok Dara is expected to deliver a speech at a regional forum held in Fukuoka.", "meeting held 2023-04-24 JP,KH Tokyo")]
    [InlineData("EVT-G09", "Cambodian Defence Minister Sok Dara held talks with Japanese Defence Minister Kenji Mori on Monday and will then fly to Fukuoka.", "meeting held 2023-04-24 JP,KH -")]
    [InlineData("EVT-G10", "Cambodian and Japanese defence officials will meet in Fukuoka on Friday.", "meeting planned 2023-04-28 JP,KH Fukuoka")]
    // Towns, ports and sites of the genre's occasions beyond the capitals (places.tsv, the eighteenth round), the text's other
    // spelling kept to the file's one name.
    [InlineData("EVT-G11", "Nigerien and Malian border officers met in Dakana on Tuesday to plan patrols.", "meeting held 2023-04-25 ML,NE Dakana")]
    [InlineData("EVT-G12", "Chinese and Thai troops began a joint counter-terrorism drill in Qingtongxia on Monday.", "exercise held 2023-04-24 CN,TH Qingtongxia")]
    [InlineData("EVT-G13", "Vietnamese and Lao border guards met in Tay Ninh on Monday to mark their twinning.", "meeting held 2023-04-24 LA,VN Tây Ninh")]
    [InlineData("EVT-G15", "The Sultan of Brunei received Lao Defence Minister Khamla Vongsa in audience on Monday.\n\nTheir talks were held at Istana Nurul Iman.", "meeting held 2023-04-24 BN,LA Bandar Seri Begawan")]
    [InlineData("EVT-G14", "Polish and Slovak defence ministers met in Lublin on Monday.", "meeting held 2023-04-24 PL,SK Lublin")]
    // A state's capital told by the state's adjective alone (places.tsv, the nineteenth round): another name of that capital;
    // an adjective that ends another state's ("Sudanese" of "South Sudanese") is read as the longer one only.
    [InlineData("EVT-G16", "Colombian and Peruvian border officers met in Villa de Leyva on Monday to plan patrols.", "meeting held 2023-04-24 CO,PE Villa de Leyva")]
    [InlineData("EVT-G17", "Chilean and Panamanian police chiefs met in the Panamanian capital on Monday to plan border patrols.", "meeting held 2023-04-24 CL,PA Panama City")]
    [InlineData("EVT-G18", "Kenyan and Ugandan defence chiefs met in the South Sudanese capital on Monday.", "meeting held 2023-04-24 KE,SS,UG Juba")]
    // A sentence naming the occasion's people and one city gives it that city; a word that only begins another place's name
    // ("South" of "South Korea's", beside "South Korean capital") is no second city (EngagementBuilder.ByToldBefore).
    [InlineData("EVT-G19", "South Korea's Defence Minister Park Min-jun and Lao Defence Minister Khamla Vongsa in Seoul, April 2023.\nPark Min-jun held talks with Khamla Vongsa on Monday.", "meeting held 2023-04-24 KR,LA Seoul")]
    // A held occasion placed in a country only takes the one city of that country the article names as a place, when it names
    // no other city of that country; not a city of a plan's clause, nor a government's seat (EngagementBuilder.CityByArticle).
    [InlineData("EVT-G20", "Kenyan Defence Minister Otieno Maina held talks with the visiting Lao defence minister, Khamla Vongsa, on Monday.\n\nThe guests later toured a museum in Nairobi.", "meeting held 2023-04-24 KE,LA Nairobi")]
    [InlineData("EVT-G21", "Kenyan Defence Minister Otieno Maina held talks with the visiting Lao defence minister, Khamla Vongsa, on Monday.\n\nThe guests later toured a museum in Nairobi and a market in Mombasa.", "meeting held 2023-04-24 KE,LA -")]
    [InlineData("EVT-G22", "Kenyan Defence Minister Otieno Maina held talks with the visiting Lao defence minister, Khamla Vongsa, on Monday.\n\nThe guests will also tour the naval museum at Mombasa on their way home.", "meeting held 2023-04-24 KE,LA -")]
    [InlineData("EVT-G23", "Kenyan Defence Minister Otieno Maina held talks with the visiting Lao defence minister, Khamla Vongsa, on Monday.\n\nLaos has long relied on the government in Nairobi for grain.", "meeting held 2023-04-24 KE,LA -")]
    // A city's name that begins a known venue listed under another city is the venue's, and the venue gives its city
    // (EngagementBuilder.BeginsVenueElsewhere, the twenty-first round); the city named alone, or a venue listed under the city
    // its name begins with, keeps that city.
    [InlineData("EVT-G24", "A Japanese destroyer docked at Ream Naval Base on Monday for a three-day port visit to Cambodia.", "visit held 2023-04-24 JP,KH Sihanoukville")]
    [InlineData("EVT-G25", "A Japanese destroyer docked at Ream on Monday for a three-day port visit to Cambodia.", "visit held 2023-04-24 JP,KH Ream")]
    [InlineData("EVT-G26", "Japanese and Korean air force officers met at Osan Air Base on Monday.", "meeting held 2023-04-24 JP,KR Osan")]
    // A town on no list before, named after "in" (places.tsv, the twenty-first round).
    [InlineData("EVT-G27", "Zambian and Zimbabwean defence officials met in Victoria Falls on Monday to plan border patrols.", "meeting held 2023-04-24 ZM,ZW Victoria Falls")]
    // A held signing placed in no city takes the one city of its states named after a word of signing in another sentence,
    // with nothing of another occasion or time between them (EngagementBuilder.CityBySigning, the twenty-second round).
    [InlineData("EVT-G28", "Kenya and Uganda signed a defence cooperation agreement on Monday.\n\nOfficials said the pact covers border patrols.\n\nThe document was signed by the two defence ministers in Nairobi.", "agreement held 2023-04-24 KE,UG Nairobi")]
    [InlineData("EVT-G29", "Kenya and Uganda signed a defence cooperation agreement on Monday.\n\nOfficials said the pact covers border patrols.\n\nThe document was signed years after a border quarrel in Nairobi.", "agreement held 2023-04-24 KE,UG -")]
    [InlineData("EVT-G30", "Kenya and Uganda signed a defence cooperation agreement on Monday.\n\nOfficials said the pact covers border patrols.\n\nThe document was signed amid a quarrel over the ambassador in Nairobi.", "agreement held 2023-04-24 KE,UG -")]
    // The Mongolian capital in the spelling the text gives it: "Ulan Bator" is a place of its own in places.tsv, as the answers
    // write the city as the text does (the thirty-ninth round); "Ulaanbaatar" stays the file's own name.
    [InlineData("EVT-G31", "Japanese and Mongolian defence officials met in Ulan Bator on Monday to plan peacekeeping training.", "meeting held 2023-04-24 JP,MN Ulan Bator")]
    [InlineData("EVT-G32", "Japanese and Mongolian defence officials met in Ulaanbaatar on Monday to plan peacekeeping training.", "meeting held 2023-04-24 JP,MN Ulaanbaatar")]
    // Towns of the fifty-second round (places.tsv): an island town, a coastal town and a border town on no list before, and a
    // capital by its hyphened French spelling, another name of the file's "Port Louis".
    [InlineData("EVT-G33", "Cambodian and Vietnamese naval officers met in Phu Quoc on Monday to review joint patrols.", "meeting held 2023-04-24 KH,VN Phu Quoc")]
    [InlineData("EVT-G34", "Thai and Myanmar army chiefs held talks in Thandwe on Monday on border security.", "meeting held 2023-04-24 MM,TH Thandwe")]
    [InlineData("EVT-G35", "Argentine and Paraguayan defence ministers met in Clorinda on Monday to plan river patrols.", "meeting held 2023-04-24 AR,PY Clorinda")]
    [InlineData("EVT-G36", "Le ministre cambodgien Sok Dara et son homologue mauricien Anil Ramsamy ont signé lundi à Port-Louis un accord de défense.", "agreement held 2023-04-24 KH,MU Port Louis")]
    // Towns of the sixty-first round (places.tsv): towns on no list before, one with its Latvian spelling, another name of the
    // file's "Liepaja"; and the Ghana Military Academy, a venue whose row gives its town, Teshie, rather than the capital.
    [InlineData("EVT-G37", "Malawian and Zambian defence ministers met in Blantyre on Monday to plan border patrols.", "meeting held 2023-04-24 MW,ZM Blantyre")]
    [InlineData("EVT-G38", "Namibian and Zambian defence officials met in Chilanga on Monday to review joint training.", "meeting held 2023-04-24 NA,ZM Chilanga")]
    [InlineData("EVT-G39", "Mozambican and Portuguese defence ministers signed a defence cooperation agreement in Oeiras on Monday.", "agreement held 2023-04-24 MZ,PT Oeiras")]
    [InlineData("EVT-G40", "Estonian and Latvian defence ministers met in Liepāja on Monday to plan air defence.", "meeting held 2023-04-24 EE,LV Liepaja")]
    [InlineData("EVT-G41", "Ghanaian and Togolese army officers met at the Ghana Military Academy on Monday.", "meeting held 2023-04-24 GH,TG Teshie")]
    // Seats of government of the sixty-fourth round (places.tsv, from the list of national capitals): a state's legislative
    // capital, also by its first words alone (another name of it), and the capitals of small states the file lacked.
    [InlineData("EVT-G42", "Maldivian and Sri Lankan army officers met in Sri Jayewardenepura Kotte on Monday to plan coastal patrols.", "meeting held 2023-04-24 LK,MV Sri Jayewardenepura Kotte")]
    [InlineData("EVT-G43", "Indian and Sri Lankan naval officers met at the defence complex at Sri Jayewardenepura, Kotte on Monday.", "meeting held 2023-04-24 IN,LK Sri Jayewardenepura Kotte")]
    [InlineData("EVT-G44", "Mozambican and Swazi defence officials met in Lobamba on Monday to review border patrols.", "meeting held 2023-04-24 MZ,SZ Lobamba")]
    [InlineData("EVT-G45", "Palauan and Japanese coast guard officers met in Ngerulmud on Monday to plan fisheries patrols.", "meeting held 2023-04-24 JP,PW Ngerulmud")]
    public void Places_of_engagements_in_real_text(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // The French "à" glued to the city, the space lost in a copy ("a été reçu mardi àKampot"), places the occasion there as "à Kampot"
    // does: the "à" is an edge of the city's word (TextTools.AfterGluedA, read by EngagementBuilder.NamedIn) and patterns.tsv
    // city-preposition reads "à" with no space after it (the fifty-fifth round); "voilà" glued to a city is no preposition
    // (EVT-FR10 is the form with the space).
    [Theory]
    [InlineData("EVT-GA1", "Le général laotien Tomas Dosk a été reçu mardi àKampot par le général cambodgien Kem Vasna.", "meeting held 2023-04-25 KH,LA Kampot")]
    [InlineData("EVT-GA2", "Le général laotien Tomas Dosk a été reçu mardi par le général cambodgien Kem Vasna, voilàKampot.", "meeting held 2023-04-25 KH,LA -")]
    public void A_French_a_glued_to_the_city_places_the_occasion_there(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A state's French adjective after "dans", "à" or "vers" and "la capitale" ("reçu dans la capitale ostrienne") places the occasion
    // in that state's capital, the city of places.tsv's "Ostrian capital" row (patterns.tsv capitale-adjective-before,
    // EngagementBuilder.CapitaleOfAdjective, the fifty-seventh round); the capital a guest came from ("venu de la capitale") places nothing, nor
    // does the adjective of a state left out of those rows (its capital moved).
    [Theory]
    [InlineData("EVT-CF1", "Le général cambodgien Kem Vasna a été reçu mardi dans la capitale laotienne par le général Tomas Dosk.", "meeting held 2023-04-25 KH,LA Vientiane")]
    [InlineData("EVT-CF2", "Le général laotien Tomas Dosk, venu de la capitale laotienne, a été reçu mardi par le général cambodgien Kem Vasna.", "meeting held 2023-04-25 KH,LA -")]
    [InlineData("EVT-CF3", "Le général cambodgien Kem Vasna a été reçu mardi dans la capitale birmane par le général Tomas Dosk.", "meeting held 2023-04-25 KH,MM -")]
    // The fifty-eighth round: the adjective of a third state, in a sentence that names two others, is the venue only, no party
    // (EngagementBuilder.CapitaleOfAThirdState); a person of that state keeps it a party (EVT-CF5), and with one other state it
    // is the host's party as before (EVT-CF1).
    [InlineData("EVT-CF4", "Le général cambodgien Kem Vasna et le général laotien Tomas Dosk ont signé mardi un traité dans la capitale thaïlandaise.", "agreement held 2023-04-25 KH,LA Bangkok")]
    [InlineData("EVT-CF5", "Le général cambodgien Kem Vasna et le général laotien Tomas Dosk ont rencontré mardi le général thaïlandais Arlo Preechan dans la capitale thaïlandaise.", "meeting held 2023-04-25 KH,LA,TH Bangkok")]
    public void A_French_capital_told_by_its_state_s_adjective_is_the_place(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A date that opens its sentence after a dateline's place that carries no date ("Kelm (Agency) – On 20 April, …", "Kelm: On …",
    // a French "Kelm (Agence) - Le 20 avril, …") is the opener of the sentence's triggers, as it is without the dateline
    // (patterns.tsv opener-before, the forty-eighth round); words that are no dateline before a colon leave it as it was.
    [Theory]
    [InlineData("EVT-DP1", "Phnom Penh (Agency) – On 20 April, at the defence ministry, Cambodian Defence Minister Sok Dara held talks with Thai Defence Minister Arlo Dosk.", "meeting held 2023-04-20 KH,TH Phnom Penh")]
    [InlineData("EVT-DP2", "Bangkok: On 20 April, in the capital, Thai Defence Minister Arlo Dosk received Cambodian Defence Minister Sok Dara.", "meeting held 2023-04-20 KH,TH -")]
    [InlineData("EVT-DP3", "Phnom Penh (Agence) - Le 20 avril, dans la commune de Dosk, district de Kelm, s'est tenue l'inauguration d'un hôpital offert par le Vietnam au Cambodge.", "ceremony held 2023-04-20 KH,VN Phnom Penh")]
    [InlineData("EVT-DP4", "The ministry wrote in its note: on 20 April, at the defence ministry, Cambodian Defence Minister Sok Dara held talks with Thai Defence Minister Arlo Dosk.", "meeting held - KH,TH -")]
    public void Dates_opening_a_sentence_after_a_dateline(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A French date set off by commas between a compound verb and its object ("a eu, le 20 avril, une séance de travail", "ont
    // coprésidé, jeudi 20 avril, la clôture de la 5e session de la commission mixte") is the date of the object's triggers before
    // the next comma (patterns.tsv verb-set-off-before and set-off-date-object, the fifty-first round); not after a verb of speech,
    // nor for a trigger after a second comma.
    [Theory]
    [InlineData("EVT-VS1", "Le général cambodgien Kem Vasna a eu le 20 avril, une séance de travail avec le général laotien Tomas Dosk.", "meeting held 2023-04-20 KH,LA -")]
    [InlineData("EVT-VS2", "Le général cambodgien Kem Vasna et le général laotien Tomas Dosk ont coprésidé, jeudi 20 avril, la clôture de la 5e session de la commission mixte.", "meeting held 2023-04-20 KH,LA -")]
    [InlineData("EVT-VS3", "Le ministre cambodgien de la Défense Kem Vasna a annoncé, le 20 avril, une visite officielle au Laos.", "visit held - KH,LA -")]
    [InlineData("EVT-VS4", "Le général cambodgien Kem Vasna a eu le 20 avril, comme prévu, une entrevue avec le général laotien Tomas Dosk à Kampot.", "meeting held - KH,LA Kampot")]
    public void Dates_set_off_between_a_french_verb_and_its_object(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A French date opening its sentence after a linking word and its comma ("Ainsi, le 20 avril, …", "Par ailleurs, le …") is the
    // opener of the sentence's triggers, as "Earlier, on …" is (patterns.tsv opener-before, the fifty-fourth round); a phrase set
    // off by commas between the linking word and the date leaves it undated.
    [Theory]
    [InlineData("EVT-OF1", "Ainsi, le 20 avril, le général cambodgien Kem Vasna a reçu le général laotien Tomas Dosk à Kampot.", "meeting held 2023-04-20 KH,LA Kampot")]
    [InlineData("EVT-OF2", "Par ailleurs, le 20 avril dernier, le général cambodgien Kem Vasna a reçu le général laotien Tomas Dosk à Kampot.", "meeting held 2023-04-20 KH,LA Kampot")]
    [InlineData("EVT-OF3", "Ainsi, selon le ministère, le 20 avril, le général cambodgien Kem Vasna a reçu le général laotien Tomas Dosk à Kampot.", "meeting held - KH,LA Kampot")]
    public void French_dates_opening_a_sentence_after_a_linking_word(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A French part of the day and "du" before a date that opens its sentence ("Le matin du 20 avril, …", "Dans l'après-midi du
    // …") is the opener of the sentence's triggers, as "Le 20 avril, …" is, though a venue set off by commas follows it
    // (patterns.tsv opener-before, the sixty-third round); the same words inside the sentence, and the English "On the morning of",
    // leave the occasion undated.
    [Theory]
    [InlineData("EVT-PD1", "Le matin du 20 avril, au quartier général de la région militaire de Kampot, le général cambodgien Kem Vasna a reçu le colonel laotien Tomas Dosk.", "meeting held 2023-04-20 KH,LA -")]
    [InlineData("EVT-PD2", "Kampot (Agence) - Dans l'après-midi du 20 avril, au port de Kampot, les marines cambodgienne et laotienne ont tenu un exercice de partenariat maritime.", "exercise held 2023-04-20 KH,LA Kampot")]
    [InlineData("EVT-PD3", "Le général cambodgien Kem Vasna a salué, le matin du 20 avril, au quartier général de Kampot, le colonel laotien Tomas Dosk lors d'une entrevue.", "meeting held - KH,LA -")]
    [InlineData("EVT-PD4", "On the morning of April 20, at the army's headquarters in Kampot, Cambodian General Kem Vasna received Lao Colonel Tomas Dosk.", "meeting held - KH,LA Kampot")]
    public void French_dates_opening_a_sentence_after_a_part_of_the_day(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A French sentence opened on the margins of a dated occasion ("En marge de la réunion … du 20 avril, …") tells its later
    // triggers on that day (patterns.tsv margin-opener-before, the fifty-fourth round); a treaty's date in the same place
    // ("Dans le cadre du traité du …") dates nothing after it.
    [Theory]
    [InlineData("EVT-MO1", "En marge de la session annuelle des chefs d'état-major de l'ASEAN du 20 avril, le général cambodgien Kem Vasna et le général laotien Tomas Dosk ont signé un mémorandum d'entente sur le déminage.", "agreement held 2023-04-20 KH,LA -")]
    [InlineData("EVT-MO2", "Dans le cadre du traité du 20 avril, le général cambodgien Kem Vasna et le général laotien Tomas Dosk ont signé un mémorandum d'entente sur le déminage.", "agreement held - KH,LA -")]
    public void French_dates_of_an_occasion_on_whose_margins_the_sentence_is_told(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A French sentence opened by the frame of a visit ("Dans le cadre de sa première visite …, le ministre a eu … une entrevue")
    // tells the meeting, not the visit: the meeting is the sentence's occasion and takes the sentence's date, set off by commas or
    // not (patterns.tsv visit-frame, the fifty-eighth round), as "during the state visit made by X" frames an English meeting; the
    // same words set off inside a sentence (", dans le cadre de leur visite,") frame nothing.
    [Theory]
    [InlineData("EVT-VF1", "Dans le cadre de sa première visite au Laos, le général cambodgien Kem Vasna a eu le 20 avril à Vientiane une rencontre avec le général laotien Tomas Dosk.", "meeting held 2023-04-20 KH,LA Vientiane")]
    [InlineData("EVT-VF2", "Kampot (Agence) – Dans le cadre de leur visite au Cambodge, le colonel laotien Tomas Dosk a eu une entrevue, jeudi 20 avril à Kampot, avec le général cambodgien Kem Vasna.", "meeting held 2023-04-20 KH,LA Kampot")]
    [InlineData("EVT-VF3", "La rencontre de mardi entre le général cambodgien Kem Vasna et le colonel laotien Tomas Dosk, dans le cadre de leur visite au Laos, a porté sur le déminage.", "visit held - KH,LA -")]
    public void A_french_meeting_told_in_the_frame_of_a_visit_takes_the_sentence_s_date(string id, string text, string engagements)
        => Assert.Equal((id, engagements), (id, Summary(Extract(text))));

    // A state that is none of the occasion's own states is its place only when a sentence ties it to the occasion's trigger: not
    // when it is told of a mission the troops served in, of a theatre of operations, or before the trigger in another clause
    // (EngagementBuilder.ThirdStateUntied, patterns.tsv third-state-untied; the fortieth round).
    [Theory]
    [InlineData("EVT-TU1", "Cambodian Defence Minister Sok Dara spoke on Monday at a homecoming ceremony for Cambodian peacekeepers who completed the mission in Mali.", null)]
    [InlineData("EVT-TU2", "Kenyan Defence Minister Daniel Otieno met Ugandan army chief Peter Mugisha on Monday.\n\nThe meeting praised the cooperation of the two armies, especially within the peace operation in Somalia.", null)]
    [InlineData("EVT-TU3", "Cambodian peacekeepers have cleared vast areas in Mali, Cambodian army chief Sok Dara told Monday's send-off ceremony.", null)]
    [InlineData("EVT-TU4", "Kenyan army chief Daniel Otieno and Ugandan army chief Peter Mugisha met on Monday at a meeting of regional army commanders in Tanzania.", "TZ")]
    public void A_third_state_is_the_place_only_when_tied_to_the_occasion(string id, string text, string? state)
    {
        var facts = Extract(text);
        Assert.NotEmpty(facts.Engagements);
        Assert.Equal((id, state), (id, facts.Engagements[0].Location?.Country));
    }

    // A held occasion placed nowhere takes the place of the occasions of the same states that frame it: a visit told before it,
    // or an occasion told as of the same day (EngagementBuilder.PlaceByFrame, the twenty-fourth round).
    [Fact]
    public void A_meeting_told_after_a_visit_without_the_visitor_s_name_is_held_where_the_visit_is()
    {
        var facts = Extract("Kenyan Defence Minister Daniel Otieno arrived in Kampala for an official visit.\n\n"
            + "The Kenyan minister laid a wreath at a memorial.\n\n"
            + "Ugandan Defence Minister Peter Mugisha and the Defence Minister of Kenya met at the Defence Ministry.");
        var meeting = Assert.Single(facts.Engagements, e => e.Kind == "meeting");
        Assert.Equal(("Kampala", "UG"), (meeting.Location?.City, meeting.Location?.Country));
    }

    [Fact]
    public void A_meeting_of_another_year_or_told_before_the_visit_takes_no_place_of_it()
    {
        var background = Extract("Kenyan Defence Minister Daniel Otieno arrived in Kampala for an official visit.\n\n"
            + "The Kenyan minister laid a wreath at a memorial.\n\n"
            + "In 2019, Ugandan Defence Minister Peter Mugisha and the Defence Minister of Kenya met at the Defence Ministry.");
        // No city of the frame (PlaceByFrame), nor the article's one city (EventStage.CityOfTheArticle: an occasion dated in
        // another year than the writing's is background); the article's one state only (EventStage.StateOfTheArticle).
        var meeting = Assert.Single(background.Engagements, e => e.Kind == "meeting");
        Assert.Equal(("2019", null, "UG"), (meeting.Date, meeting.Location?.City, meeting.Location?.Country));
        var before = Extract("Ugandan Defence Minister Peter Mugisha and the Defence Minister of Kenya met at the Defence Ministry.\n\n"
            + "The Kenyan minister laid a wreath at a memorial.\n\n"
            + "Kenyan Defence Minister Daniel Otieno arrived in Kampala for an official visit.");
        // Told before the visit: no date of it (the place is then the article's one state and city, EventStage.CityOfTheArticle).
        Assert.Null(Assert.Single(before.Engagements, e => e.Kind == "meeting").Date);
    }

    [Fact]
    public void An_exercise_told_after_a_visit_is_not_held_where_the_visit_is()
    {
        // An exercise is held afield (events.tsv), on ranges or at sea: the frame's city is not its own, as the dateline's is not.
        var facts = Extract("Kenyan Defence Minister Daniel Otieno arrived in Kampala for an official visit.\n\n"
            + "The Kenyan minister laid a wreath at a memorial.\n\n"
            + "Ugandan and Kenyan troops held a joint exercise on the same day.");
        // No city of the frame; the article's one state (EventStage.StateOfTheArticle), then its one city, the visit's
        // (EventStage.CityOfTheArticle, which reads no kind).
        Assert.Equal(new LocationFact(null, "Kampala", "UG"), Assert.Single(facts.Engagements, e => e.Kind == "exercise").Location);
        Assert.True(EventVocabulary.Kind("exercise").Afield);
        Assert.False(EventVocabulary.Kind("meeting").Afield);
    }

    [Fact]
    public void An_occasion_placed_nowhere_takes_the_one_city_the_article_s_opening_names_as_a_place()
    {
        var facts = Extract("Kenyan and Ugandan officers gathered in Kampala for a week of planning.\n\n"
            + "Kenyan Defence Minister Daniel Otieno met Ugandan Defence Minister Peter Mugisha on Tuesday.");
        var meeting = Assert.Single(facts.Engagements);
        Assert.Equal(("Kampala", "UG"), (meeting.Location?.City, meeting.Location?.Country));
    }

    [Fact]
    public void The_one_city_of_the_opening_places_no_occasion_of_another_year_nor_when_another_city_is_named()
    {
        var background = Extract("Kenyan and Ugandan officers gathered in Kampala for a week of planning.\n\n"
            + "In 2019, Kenyan Defence Minister Daniel Otieno met Ugandan Defence Minister Peter Mugisha.");
        Assert.Null(Assert.Single(background.Engagements).Location);
        var two = Extract("Kenyan and Ugandan officers gathered in Kampala for a week of planning.\n\n"
            + "Kenyan Defence Minister Daniel Otieno met Ugandan Defence Minister Peter Mugisha on Tuesday.\n\n"
            + "The officers later flew to Mombasa.");
        Assert.Null(Assert.Single(two.Engagements).Location);
        var afield = Extract("Kenyan and Ugandan officers gathered in Kampala for a week of planning.\n\n"
            + "Kenyan and Ugandan troops held a joint exercise on Tuesday.");
        Assert.Null(Assert.Single(afield.Engagements).Location);
        // A month not the writing's is background. An occasion the builder places in one of its states by its own sentence
        // ("during the minister's stay in Kenya", "In Kenya, …" at the sentence's start) keeps that state: neither takes the
        // lead's city. An opening dateline's
        // city, in capitals, is a second city of the article, so the lead's city places nothing.
        var month = Extract("Kenyan and Ugandan officers gathered in Kampala for a week of planning.\n\n"
            + "Kenyan Defence Minister Daniel Otieno met Ugandan Defence Minister Peter Mugisha in February.");
        Assert.Null(Assert.Single(month.Engagements).Location);
        var stay = Extract("Kenyan and Ugandan officers gathered in Kampala for a week of planning.\n\n"
            + "Kenyan Defence Minister Daniel Otieno met Ugandan Defence Minister Peter Mugisha on Tuesday during the minister's stay in Kenya.");
        var stayed = Assert.Single(stay.Engagements);
        Assert.Equal(((string?)null, "KE"), (stayed.Location?.City, stayed.Location?.Country));
        var opening = Extract("Kenyan and Ugandan officers gathered in Kampala for a week of planning.\n\n"
            + "In Kenya, Kenyan Defence Minister Daniel Otieno met Ugandan Defence Minister Peter Mugisha on Tuesday.");
        var opened = Assert.Single(opening.Engagements);
        Assert.Equal(((string?)null, "KE"), (opened.Location?.City, opened.Location?.Country));
        var dateline = Extract("ADDIS ABABA, April 27 (Lake News) -- The region watched closely.\n\n"
            + "Kenyan and Ugandan officers gathered in Kampala for a week of planning.\n\n"
            + "Kenyan Defence Minister Daniel Otieno met Ugandan Defence Minister Peter Mugisha on Tuesday.");
        Assert.Null(Assert.Single(dateline.Engagements).Location);
    }

    [Fact]
    public void A_meeting_of_the_same_day_as_a_placed_one_is_held_where_it_is()
    {
        var facts = Extract("Ugandan President Moses Kato met Kenyan army chief General Paul Wekesa on Wednesday.\n\n"
            + "The two discussed regional security.\n\n"
            + "Also on Wednesday, Ugandan army chief General Isaac Nsubuga met General Wekesa at the defence headquarters in Kampala.");
        Assert.Equal("meeting held 2023-04-26 KE,UG Kampala | meeting held 2023-04-26 KE,UG Kampala", Summary(facts));
    }

    [Fact]
    public void An_occasion_with_a_visiting_guest_is_held_in_the_host_state()
    {
        var facts = Extract("Egyptian Defence Minister Karim Hassan held talks with the visiting Saudi defence minister, Faisal Nasser, on Monday.");
        var e = Assert.Single(facts.Engagements);
        Assert.Equal(("meeting held 2023-04-24 EG,SA -", "EG"), (Summary(facts), e.Location?.Country));
    }

    [Fact]
    public void An_occasion_with_a_visiting_guest_in_the_dateline_s_country_is_in_the_dateline_s_city()
    {
        var facts = Extract("CAIRO, April 24 (Nile News) -- Egypt and Saudi Arabia agreed to hold joint drills next year.\n\n"
            + "Officials said the plan was drawn up over several months.\n\n"
            + "Officials of both ministries expect the drills to be large.\n\n"
            + "Egyptian Defence Minister Karim Hassan held talks with the visiting Saudi defence minister, Faisal Nasser, on Monday.");
        var e = Assert.Single(facts.Engagements, x => x.Kind == "meeting");
        Assert.Equal(("Cairo", "EG"), (e.Location?.City, e.Location?.Country));
    }

    [Fact]
    public void A_guest_visiting_a_state_is_no_visiting_guest_of_the_other()
    {
        // "visiting Laos" makes Laos the object of a visit, not the adjective of a Lao guest.
        var facts = Extract("Cambodian Defence Minister Sok Dara, visiting Laos for a regional forum, held talks with Thai Defence Minister Anan Srisuk on Monday.");
        Assert.All(facts.Engagements, e => Assert.NotEqual("TH", e.Location?.Country));
    }

    [Fact]
    public void A_province_or_state_places_the_occasion_in_its_country_and_no_city()
    {
        var facts = Extract("Malaysian and Cambodian troops opened a joint exercise in Sabah on Monday.");
        var e = Assert.Single(facts.Engagements);
        Assert.Equal((null, "MY"), (e.Location?.City, e.Location?.Country));
        var sea = Assert.Single(Extract("Indonesian and Cambodian ships opened a joint exercise in the Java Sea on Monday.").Engagements);
        // The sea names no state; only the article's rule (EventStage.StateOfTheArticle: the home side's state when nothing is
        // placed) gives one, never a city.
        Assert.Equal((null, "KH"), (sea.Location?.City, sea.Location?.Country));
    }

    [Theory]
    // The forty-eighth round: the provinces of Cambodia's neighbours (places.tsv [regions]) place an occasion in their
    // country, in no city; without them Long An and Dak Lak were unknown.
    [InlineData("Vietnamese and Cambodian troops opened a joint exercise in Long An on Monday.", "VN")]
    [InlineData("Vietnamese and Cambodian troops opened a joint exercise in Dak Lak on Monday.", "VN")]
    [InlineData("Lao and Cambodian troops opened a joint exercise in Attapeu on Monday.", "LA")]
    [InlineData("Thai and Cambodian troops opened a joint exercise in Buriram on Monday.", "TH")]
    public void A_province_of_Cambodias_neighbours_places_the_occasion_in_its_country(string text, string country)
    {
        var e = Assert.Single(Extract(text).Engagements);
        Assert.Equal((null, country), (e.Location?.City, e.Location?.Country));
    }

    [Theory]
    // The forty-ninth round: other spellings of the places of Cambodia and its neighbours (places.tsv, third column) place
    // the occasion in the file's place: a marked Vietnamese form, an older Cambodian romanisation, a Lao official one and a
    // Thai short name, each under the one name of its place.
    [InlineData("Cambodian Defence Minister Sok Vireak met Vietnamese Defence Minister Tran Quoc Lam in Đà Nẵng on Monday.", "Da Nang", "VN")]
    [InlineData("Cambodian Defence Minister Sok Vireak met Vietnamese Defence Minister Tran Quoc Lam in Hải Phòng on Monday.", "Hai Phong", "VN")]
    [InlineData("Cambodian and Vietnamese troops opened a joint exercise in Kompong Cham on Monday.", "Kampong Cham", "KH")]
    [InlineData("Cambodian and Thai troops opened a joint exercise in Mondol Kiri on Monday.", "Mondulkiri", "KH")]
    [InlineData("Lao Defence Minister Bounmy Keola met Cambodian Defence Minister Sok Vireak in Pakxe on Monday.", "Pakse", "LA")]
    [InlineData("Thai and Cambodian troops opened a joint exercise in Khorat on Monday.", "Nakhon Ratchasima", "TH")]
    public void Another_spelling_of_a_place_of_Cambodia_or_its_neighbours_is_the_files_place(string text, string city, string country)
    {
        var e = Assert.Single(Extract(text).Engagements);
        Assert.Equal((city, country), (e.Location?.City, e.Location?.Country));
    }

    [Fact]
    public void Another_spelling_of_a_province_of_Cambodias_neighbours_places_the_occasion_in_its_country()
    {
        // "Daknong" of Dak Nong, "Samut Prakarn" of Samut Prakan (places.tsv [regions], third column): the country, no city.
        var vn = Assert.Single(Extract("Vietnamese and Cambodian troops opened a joint exercise in Daknong on Monday.").Engagements);
        var th = Assert.Single(Extract("Thai and Cambodian troops opened a joint exercise in Samut Prakarn on Monday.").Engagements);
        Assert.Equal((null, "VN"), (vn.Location?.City, vn.Location?.Country));
        Assert.Equal((null, "TH"), (th.Location?.City, th.Location?.Country));
    }

    [Fact]
    public void A_French_province_closing_an_address_or_told_with_its_states_adjective_is_the_venue()
    {
        // EVT-FR59 (patterns.tsv city-preposition, the fiftieth round): "province de" after a comma, closing the address of
        // the venue ("du district de Kelm, province de …"): the province's country, not the home side's.
        var address = Assert.Single(Extract("Le général vietnamien Tomas Dosk a rencontré mardi le général cambodgien Kem Vasna au siège du district de Kelm, province de Dak Lak.").Engagements);
        Assert.Equal((null, "VN"), (address.Location?.City, address.Location?.Country));
        // EVT-FR60: a state's adjective between "dans la province" and "de".
        var adjective = Assert.Single(Extract("Le général vietnamien Tomas Dosk a rencontré mardi le général cambodgien Kem Vasna dans la province vietnamienne de Binh Phuoc.").Engagements);
        Assert.Equal((null, "VN"), (adjective.Location?.City, adjective.Location?.Country));
        // EVT-FR61: a province named as where a guest comes from is no venue; the meeting keeps the home side's state.
        var origin = Assert.Single(Extract("Le général cambodgien Kem Vasna a rencontré mardi le général vietnamien Tomas Dosk, venu de la province de Son La.").Engagements);
        Assert.Equal("KH", origin.Location?.Country);
    }

    [Fact]
    public void A_Vietnamese_province_in_its_marked_form_is_placed_like_the_plain_one()
    {
        var plain = Assert.Single(Extract("Vietnamese and Cambodian troops opened a joint exercise in Dong Thap on Monday.").Engagements);
        var marked = Assert.Single(Extract("Vietnamese and Cambodian troops opened a joint exercise in Đồng Tháp on Monday.").Engagements);
        Assert.Equal((null, "VN"), (plain.Location?.City, plain.Location?.Country));
        Assert.Equal((plain.Location?.City, plain.Location?.Country), (marked.Location?.City, marked.Location?.Country));
    }

    [Fact]
    public void Between_two_states_the_person_of_unstated_country_meeting_one_side_is_of_the_other()
    {
        var facts = Extract("Defence Minister Lim Hock held talks with his Kenyan counterpart Otieno Maina in Nairobi on Monday to deepen defence ties between Singapore and Kenya.");
        Assert.Equal("meeting held 2023-04-24 KE,SG Nairobi", Summary(facts));
        Assert.Equal("SG", facts.Officials.Single(o => o.Name == "Lim Hock").Country);
        Assert.Equal("KE", facts.Officials.Single(o => o.Name == "Otieno Maina").Country);
        // Three people, two of unstated country: nobody's side is guessed.
        var three = Extract("Defence Minister Lim Hock and army chief Tan Boon held talks with his Kenyan counterpart Otieno Maina in Nairobi on Monday to deepen defence ties between Singapore and Kenya.");
        Assert.Null(three.Officials.Single(o => o.Name == "Lim Hock").Country);
    }

    [Fact]
    public void Two_words_that_begin_or_end_a_longer_name_are_that_person()
    {
        // "Aziz Rahman" is the first two words of "Aziz Rahman Yusof", "Le Floch" the last two of "Jean-Marc Le Floch".
        var facts = Extract("Malaysian Defence Minister Aziz Rahman Yusof held a video conference with Thai Defence Minister Anan Srisuk on Monday.\n\n"
            + "Earlier on Monday, Aziz Rahman received a courtesy call from Kenyan High Commissioner Otieno Maina in Kuala Lumpur.\n");
        Assert.DoesNotContain(facts.Officials, o => o.Name == "Aziz Rahman");
        var call = facts.Engagements.Single(e => e.Countries.Contains("KE"));
        Assert.Equal(new[] { "aziz-rahman-yusof", "otieno-maina" }, call.Participants.OrderBy(p => p, StringComparer.Ordinal));
        var french = Extract("French Defence Minister Jean-Marc Le Floch met Thai Defence Minister Anan Srisuk in Bangkok on Monday. Le Floch said the talks went well.");
        Assert.Single(french.Officials, o => o.Name.Contains("Floch"));
    }

    [Fact]
    public void A_speaker_who_says_he_and_a_counterpart_did_something_took_part()
    {
        var facts = Extract("Indonesia and Singapore held defence talks in Jakarta on Monday. "
            + "Indonesian Defence Minister Budi Santoso said on Monday that he and Singaporean counterpart Lim Hock discussed maritime security.");
        Assert.Equal(new[] { "budi-santoso", "lim-hock" }, Assert.Single(facts.Engagements).Participants.OrderBy(p => p, StringComparer.Ordinal));
        // A speaker who only comments is a source.
        var source = Extract("Indonesia and Singapore held defence talks in Jakarta on Monday. "
            + "Indonesian Defence Minister Budi Santoso said on Monday that the talks went well.");
        Assert.Empty(Assert.Single(source.Engagements).Participants);
    }

    // The forty-fourth round: a speaker whose own sentence tells that he took part is no mere source (patterns.tsv speech:
    // "told" an occasion, or "after he received" someone; speaker-took-part: "…, who attended" an occasion).
    [Theory]
    [InlineData("Cambodia sent 120 deminers to Sudan on Monday. The mission will last a year, Sok Dara, the RCAF commander-in-chief, told Monday's farewell ceremony.", "sok-dara")]
    [InlineData("Cambodia and China signed a pact on naval training this week. The boats will patrol the coast, said General Sok Dara, who attended the signing ceremony in Guangzhou.", "sok-dara")]
    [InlineData("Lao Defence Minister Khamla Vongsa said on Monday after he received his Thai counterpart Anan Srisuk in Vientiane that the border was calm.", "anan-srisuk,khamla-vongsa")]
    public void A_speaker_whose_sentence_tells_he_took_part_is_a_participant(string text, string participants)
        => Assert.Contains(Extract(text).Engagements, e => string.Join(",", e.Participants.OrderBy(p => p, StringComparer.Ordinal)) == participants);

    // Guard: a speaker who tells of an occasion in the next clause is still its source ("said the meeting …").
    [Fact]
    public void A_speaker_who_says_what_an_occasion_was_is_still_a_source()
    {
        var facts = Extract("Cambodia and Laos held defence talks in Vientiane on Monday. Ministry spokesman Sok Dara said the meeting went well.");
        Assert.DoesNotContain(facts.Engagements, e => e.Participants.Contains("sok-dara"));
    }

    // A later telling joins the occasion someone of unstated country, the occasion's other people all of one of its two
    // states: the newcomer is of the other one (EngagementBuilder.OtherSide).
    [Fact]
    public void A_later_telling_gives_its_newcomer_the_other_state_of_the_occasion()
    {
        var facts = Extract("Vientiane, 5 May 2024 (KPL) – The Thai and Lao defence chiefs signed a pact on border patrols on Monday.\n\n"
            + "Thai Defence Minister Anan Srisuk and Secretary Khamla Vongsa signed the pact at the ministry.\n\n"
            + "In a briefing after his talks with Khamla Vongsa, Anan said the pact would help.");
        Assert.Equal("TH", facts.Officials.Single(o => o.Name == "Anan Srisuk").Country);
        Assert.Equal("LA", facts.Officials.Single(o => o.Name == "Khamla Vongsa").Country);
    }

    [Fact]
    public void A_later_telling_leaves_two_newcomers_of_unstated_country_unknown()
    {
        var facts = Extract("Vientiane, 5 May 2024 (KPL) – The Thai and Lao defence chiefs signed a pact on border patrols on Monday.\n\n"
            + "In a briefing after his talks with Secretary Khamla Vongsa and Adviser Bun Chanthy, Thai Defence Minister Anan Srisuk said the pact would help.");
        // The later telling tells neither; the occasion is placed in Laos by the dateline and the Thai minister is told, so the two
        // office holders are the host's (EventStage.HostsOfPlacedOccasions), not each other's other side.
        Assert.Equal("LA", facts.Officials.Single(o => o.Name == "Khamla Vongsa").Country);
        Assert.Equal("LA", facts.Officials.Single(o => o.Name == "Bun Chanthy").Country);
    }

    // Between two states, the people listed right after the trigger are one side (EngagementBuilder.ListedAfterTrigger): those
    // of untold country take the one state told among them, or, with none told among them, the other state than the subject's.
    [Fact]
    public void People_listed_after_a_trigger_take_the_state_told_among_them()
    {
        var facts = Extract("Vientiane, 5 May 2024 (KPL) – During his visit to Laos, Thai Prime Minister Anan Srisuk also met Vice-President "
            + "Khamla Vongsa, Lao Defence Minister Bun Chanthy, Foreign Minister Somsak Phan and Deputy Security Adviser Vilay Keo on Monday.");
        foreach (var name in new[] { "Khamla Vongsa", "Somsak Phan", "Vilay Keo" })
        {
            Assert.Equal("LA", facts.Officials.Single(o => o.Name == name).Country);
            Assert.Equal(CountryBasis.Inferred, facts.Officials.Single(o => o.Name == name).CountryBasis);
        }
        Assert.Equal("TH", facts.Officials.Single(o => o.Name == "Anan Srisuk").Country);
    }

    [Fact]
    public void People_listed_after_a_trigger_take_the_other_state_than_the_subjects()
    {
        var facts = Extract("Vientiane, 5 May 2024 (KPL) – Thai Defence Minister Anan Srisuk met with President Khamla Vongsa, Defence Minister "
            + "Bun Chanthy and Army Chief Somsak Phan in Vientiane on Monday to discuss border security.");
        foreach (var name in new[] { "Khamla Vongsa", "Bun Chanthy", "Somsak Phan" })
            Assert.Equal("LA", facts.Officials.Single(o => o.Name == name).Country);
    }

    // The guests listed after "received" at an occasion placed in the host's state take the state told among them, not the
    // host's: the list rule tells them before EventStage.HostsOfPlacedOccasions, which gives only the people still untold.
    [Fact]
    public void Guests_listed_after_a_trigger_take_their_own_state_not_the_hosts()
    {
        var facts = Extract("Vientiane, 5 May 2024 (KPL) – Lao Defence Minister Bun Chanthy received Thai Army Chief Anan Srisuk, Deputy Chief "
            + "Kiet Wong and Adviser Vilay Keo in Vientiane on Monday to discuss border security.");
        Assert.Equal("LA", facts.Officials.Single(o => o.Name == "Bun Chanthy").Country);
        foreach (var name in new[] { "Kiet Wong", "Vilay Keo" })
            Assert.Equal("TH", facts.Officials.Single(o => o.Name == name).Country);
    }

    [Fact]
    public void People_listed_after_a_trigger_stay_unknown_when_the_list_is_not_one_side()
    {
        // The list holds two states.
        var two = Extract("Vientiane, 5 May 2024 (KPL) – During his visit to Laos, Thai Prime Minister Anan Srisuk also met Vice-President "
            + "Khamla Vongsa, Lao Defence Minister Bun Chanthy, Thai Ambassador Kiet Wong and Deputy Security Adviser Vilay Keo on Monday.");
        // The list tells nothing; the visit is placed in Laos and the Thai Prime Minister is told, so the office holders of untold
        // country are the host's by EventStage.HostsOfPlacedOccasions, and the Thai ambassador stays Thai.
        Assert.Equal("LA", two.Officials.Single(o => o.Name == "Khamla Vongsa").Country);
        Assert.Equal("TH", two.Officials.Single(o => o.Name == "Kiet Wong").Country);
        // The state told in the list is the subject's own.
        var own = Extract("Vientiane, 5 May 2024 (KPL) – During his visit to Laos, Thai Prime Minister Anan Srisuk also met Vice-President "
            + "Khamla Vongsa, Thai Ambassador Kiet Wong and Deputy Security Adviser Vilay Keo on Monday.");
        // (the list tells nothing; the office holders of untold country are the host's by EventStage.HostsOfPlacedOccasions)
        Assert.Equal("LA", own.Officials.Single(o => o.Name == "Khamla Vongsa").Country);
        Assert.Equal("TH", own.Officials.Single(o => o.Name == "Kiet Wong").Country);
        // A word that is none of the list's ends it: the person after it is not taken by the list (the adviser, who accompanies
        // the host's minister at an occasion placed in Laos with the Thai Prime Minister told, is the host's by
        // EventStage.HostsOfPlacedOccasions).
        var ended = Extract("Vientiane, 5 May 2024 (KPL) – During his visit to Laos, Thai Prime Minister Anan Srisuk also met Vice-President "
            + "Khamla Vongsa and Lao Defence Minister Bun Chanthy, accompanied by Adviser Vilay Keo, on Monday.");
        Assert.Equal("LA", ended.Officials.Single(o => o.Name == "Khamla Vongsa").Country);
        Assert.Equal("LA", ended.Officials.Single(o => o.Name == "Vilay Keo").Country);
    }

    // At an occasion of two states placed in one of them, with someone told of the other state taking part, the people of
    // untold country who hold an office are the host's (EventStage.HostsOfPlacedOccasions).
    [Fact]
    public void Office_holders_of_untold_country_at_an_occasion_placed_in_one_state_are_the_hosts()
    {
        var facts = Extract("Tegucigalpa, 29 January 2009 (HNA) – President Rafael Soto, Defence Minister Luis Mora and Army Chief Pablo Ruiz "
            + "received US Defence Secretary James Cole in Tegucigalpa on Monday for talks on port security.");
        foreach (var name in new[] { "Rafael Soto", "Luis Mora", "Pablo Ruiz" })
        {
            Assert.Equal("HN", facts.Officials.Single(o => o.Name == name).Country);
            Assert.Equal(CountryBasis.Inferred, facts.Officials.Single(o => o.Name == name).CountryBasis);
        }
        Assert.Equal("US", facts.Officials.Single(o => o.Name == "James Cole").Country);
    }

    [Fact]
    public void Office_holders_at_a_placed_occasion_stay_unknown_without_a_told_guest_or_an_office()
    {
        // Nobody of the guest's state is told: the people of untold country may be either side.
        var untoldGuest = Extract("Tegucigalpa, 29 January 2009 (HNA) – President Rafael Soto and Defence Minister Luis Mora received "
            + "Admiral James Cole and Army Chief Pablo Ruiz of the United States in Tegucigalpa on Monday.");
        Assert.Null(untoldGuest.Officials.Single(o => o.Name == "Rafael Soto").Country);
        // A rank alone is no office, and an ambassador serves abroad: neither is taken for the host's (the ambassador keeps the
        // side a diplomat is given otherwise).
        var guarded = Extract("Tegucigalpa, 29 January 2009 (HNA) – President Rafael Soto, Colonel Mark Hill and Ambassador Ana Diaz "
            + "received US Defence Secretary James Cole in Tegucigalpa on Monday for talks on port security.");
        Assert.Equal("HN", guarded.Officials.Single(o => o.Name == "Rafael Soto").Country);
        Assert.Null(guarded.Officials.Single(o => o.Name == "Mark Hill").Country);
        Assert.NotEqual("HN", guarded.Officials.Single(o => o.Name == "Ana Diaz").Country);
    }

    // Someone of untold country named before "his <state> counterpart" holds the same office in the state the article's
    // occasions of two states pair with that one (EventStage.CounterpartSides); a sentence with no trigger tells it too.
    [Fact]
    public void A_person_before_his_states_counterpart_is_of_the_state_paired_with_it()
    {
        var facts = Extract("Nairobi, 4 March 2024 (KNA) – Kenya and Uganda signed a defence cooperation pact in Nairobi on Monday.\n\n"
            + "Defence Minister Arlo Kimani later praised his Ugandan counterpart, Tomas Okello, for the pact.");
        Assert.Equal("KE", facts.Officials.Single(o => o.Name == "Arlo Kimani").Country);
        Assert.Equal(CountryBasis.Inferred, facts.Officials.Single(o => o.Name == "Arlo Kimani").CountryBasis);
        Assert.Equal("UG", facts.Officials.Single(o => o.Name == "Tomas Okello").Country);
    }

    [Fact]
    public void A_person_before_a_counterpart_stays_unknown_when_the_states_pairing_is_not_one()
    {
        // The article pairs Uganda with two states: no side is told.
        var two = Extract("Nairobi, 4 March 2024 (KNA) – Kenya and Uganda signed a defence cooperation pact in Nairobi on Monday. "
            + "Tanzania and Uganda held border talks in Arusha on Tuesday.\n\n"
            + "Defence Minister Arlo Kimani later praised his Ugandan counterpart, Tomas Okello, for the pact.");
        Assert.Null(two.Officials.Single(o => o.Name == "Arlo Kimani").Country);
        // A counterpart of no named state tells nothing.
        var none = Extract("Nairobi, 4 March 2024 (KNA) – Kenya and Uganda signed a defence cooperation pact in Nairobi on Monday.\n\n"
            + "Defence Minister Arlo Kimani later praised his counterpart, Tomas Okello, for the pact.");
        Assert.Null(none.Officials.Single(o => o.Name == "Arlo Kimani").Country);
    }

    // A third states' occasion told in passing is left out (EventStage.OfTheReport) before the counterparts are read: the
    // state paired with a counterpart's comes from the occasions kept only.
    [Fact]
    public void A_counterparts_state_is_not_paired_by_a_third_states_occasion_told_in_passing()
    {
        // The drill of two other states is no occasion of the report: it does not pair Tanzania with Mozambique.
        var passing = Extract("Nairobi, 4 March 2024 (KNA) – Kenya and Uganda signed a defence cooperation pact in Nairobi on Monday. "
            + "On Wednesday the navies of Tanzania and Mozambique held a joint exercise in the Indian Ocean.\n\n"
            + "Defence Minister Arlo Kimani later praised his Tanzanian counterpart, Tomas Okello, in a statement.");
        Assert.DoesNotContain(passing.Engagements, e => e.Countries.Contains("MZ"));
        Assert.Null(passing.Officials.Single(o => o.Name == "Arlo Kimani").Country);
    }

    [Fact]
    public void A_counterparts_state_paired_once_by_the_report_is_not_made_two_by_a_third_states_occasion()
    {
        // The report's own talks pair Tanzania with Kenya alone; the drill of Tanzania and Mozambique does not count.
        var kept = Extract("Nairobi, 4 March 2024 (KNA) – Kenya and Uganda signed a defence cooperation pact in Nairobi on Monday. "
            + "Kenya and Tanzania held border talks in Arusha on Tuesday. "
            + "On Wednesday the navies of Tanzania and Mozambique held a joint exercise in the Indian Ocean.\n\n"
            + "Defence Minister Arlo Kimani later praised his Tanzanian counterpart, Tomas Okello, in a statement.");
        Assert.Equal(new[] { "KE,UG", "KE,TZ" }, kept.Engagements.Select(e => string.Join(",", e.Countries)));
        Assert.Equal("KE", kept.Officials.Single(o => o.Name == "Arlo Kimani").Country);
        Assert.Equal(CountryBasis.Inferred, kept.Officials.Single(o => o.Name == "Arlo Kimani").CountryBasis);
    }

    // "The meeting of A and B": the people after a noun trigger and "of" held the occasion together, both sides, and are not
    // one side (EngagementBuilder.ListedAfterTrigger); after a visit's "of" they are its visitors, one side.
    [Fact]
    public void People_listed_after_a_meetings_of_are_not_one_side()
    {
        // The list gives them nothing; placed in Laos with the Thai minister told, they are the host's
        // (EventStage.HostsOfPlacedOccasions). Read as one side with the Thai told among them, they would be Thai.
        var meeting = Extract("Vientiane, 5 May 2024 (KPL) – The meeting of Defence Minister Bun Chanthy and Deputy Minister Somsak Phan "
            + "with Thai Defence Minister Anan Srisuk took place in Vientiane on Monday.");
        Assert.Equal("TH", meeting.Officials.Single(o => o.Name == "Anan Srisuk").Country);
        Assert.Equal("LA", meeting.Officials.Single(o => o.Name == "Bun Chanthy").Country);
        Assert.Equal("LA", meeting.Officials.Single(o => o.Name == "Somsak Phan").Country);
        // Guard: the visitors listed after a visit's "of" are one side, the one state told among them.
        var visit = Extract("Bangkok, 5 May 2024 (TNA) – The official visit of Lao Defence Minister Bun Chanthy, Army Chief Somsak Phan "
            + "and Air Force Chief Vilay Keo to Bangkok began on Monday.");
        Assert.Equal("LA", visit.Officials.Single(o => o.Name == "Somsak Phan").Country);
        Assert.Equal("LA", visit.Officials.Single(o => o.Name == "Vilay Keo").Country);
    }

    // Someone named alone at an occasion held in the one other state named is as likely its visitor as its host: the
    // rule that gives a lone person of untold country the other side tells nothing then.
    [Fact]
    public void A_person_named_alone_at_an_occasion_in_the_other_state_is_told_no_side()
    {
        var abroad = Extract("Phnom Penh, 4 March 2024 – General Dara Vesk spent three days in Hanoi, Vietnam on a working visit last week.");
        var vesk = abroad.Officials.Single(o => o.Name == "Dara Vesk");
        Assert.NotEqual("VN", vesk.Country);
        Assert.NotEqual(CountryBasis.Inferred, vesk.CountryBasis);
    }
}
