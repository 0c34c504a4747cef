using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Recognise;

/// <summary>
/// The fixed vocabulary of the genre: ranks, titles, organisation words and the capitalised words
/// that are never names, read once per process from <c>Vocabulary/lexicon.tsv</c>.
/// </summary>
public static class Lexicon
{
    private static readonly Dictionary<string, List<string[]>> s_file = DataFile.Read("lexicon.tsv");

    private static HashSet<string> Set(string section, StringComparer? comparer = null)
        => new(s_file[section].SelectMany(e => e[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)), comparer ?? StringComparer.OrdinalIgnoreCase);

    /// <summary>Multi-word and abbreviated ranks, longest first, with their full form.</summary>
    public static readonly (string[] Words, string Rank)[] Ranks =
        s_file["ranks"].Select(e => (e[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), e[1])).ToArray();

    /// <summary>Words that head a title: the office itself.</summary>
    public static readonly HashSet<string> TitleHeads = Set("title-heads");

    /// <summary>Words that modify a title head ("Deputy Prime Minister").</summary>
    public static readonly HashSet<string> TitleModifiers = Set("title-modifiers");

    /// <summary>Words that head a title only in lower case, as French writes its offices ("le commandant de l'Armée"), compared as written.</summary>
    public static readonly HashSet<string> LowerCaseTitleHeads =
        new(s_file["title-heads-lower-case"].SelectMany(e => e[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);

    /// <summary>Lower-case words glued by a hyphen to a word of an office that go on with it ("chef d'état-major").</summary>
    public static readonly HashSet<string> OfficeCompoundTails = Set("office-compound-tails");

    /// <summary>Words of an office after which a compound tail goes on without its hyphen too ("chef d'Etat major").</summary>
    public static readonly HashSet<string> OfficeCompoundHeadsSpaced = Set("office-compound-heads-spaced");

    /// <summary>Phrases of lower-case words that go on inside an office only where the whole phrase stands ("par intérim"), compared as written.</summary>
    public static readonly string[] OfficePhrases = s_file["office-phrases"].Select(e => e[0]).ToArray();

    /// <summary>Capitalised words that name parts of organisations and offices, never people.</summary>
    public static readonly HashSet<string> OrganizationWords = Set("organization-words");

    /// <summary>Capitalised words that start sentences or stand in headlines and are never names.</summary>
    public static readonly HashSet<string> CommonCapitalized = Set("common-capitalized");

    /// <summary>Capitalised common words that are also family names ("He", "To"): a name's first word inside a sentence, before a name word.</summary>
    public static readonly HashSet<string> FamilyNameWords = Set("family-name-words", StringComparer.Ordinal);

    /// <summary>Words of bodies, portfolios, places and headlines that no person's name holds in any place ("Fine Arts", "Home Affairs").</summary>
    public static readonly HashSet<string> NonNameWords = Set("non-name-words");

    /// <summary>Whether a name holds a word of <see cref="NonNameWords"/>: then it is no person's, whatever rule read it.</summary>
    /// <remarks>
    /// Its words are read in place, as <c>Split(' ', RemoveEmptyEntries)</c> then <c>Trim(',', '.', ';', ':')</c> would give them,
    /// each made a string only for its lookup: no array of the words, nor of the separator and the trimmed marks, at each call.
    /// </remarks>
    public static bool HoldsNonNameWord(string name)
    {
        int i = 0;
        while (i < name.Length)
        {
            if (name[i] == ' ') { i++; continue; }
            int start = i;
            while (i < name.Length && name[i] != ' ') i++;
            int end = i;
            while (start < end && IsTrimmedOffAWord(name[start])) start++;
            while (end > start && IsTrimmedOffAWord(name[end - 1])) end--;
            if (NonNameWords.Contains(name.Substring(start, end - start))) return true;
        }
        return false;
    }

    private static bool IsTrimmedOffAWord(char c) => c is ',' or '.' or ';' or ':';

    /// <summary>States' names that are also a capitalised common noun of French ("Réunion"), compared as written.</summary>
    public static readonly HashSet<string> ArticleNames = Set("article-names", StringComparer.Ordinal);

    /// <summary>The words right before a name of <see cref="ArticleNames"/> that make it the state ("la Réunion", "La Réunion"), without case.</summary>
    public static readonly HashSet<string> ArticleNameArticles = Set("article-name-articles");

    /// <summary>The words right after a name of <see cref="ArticleNames"/> that make it the state ("Réunion Island"), as written.</summary>
    public static readonly HashSet<string> ArticleNameNouns = Set("article-name-nouns", StringComparer.Ordinal);

    /// <summary>The endings of an English ordinal after its digits ("st", "nd", "rd", "th"), as written.</summary>
    public static readonly HashSet<string> EnglishOrdinalEndings = Set("english-ordinal-endings", StringComparer.Ordinal);

    /// <summary>The endings of a French ordinal after its digits or Roman numerals ("e", "ème", "er", "re"), as written.</summary>
    public static readonly HashSet<string> FrenchOrdinalEndings = Set("french-ordinal-endings", StringComparer.Ordinal);

    /// <summary>
    /// Whether the one-token country word at <paramref name="index"/> is a name of <see cref="ArticleNames"/> standing without a
    /// word of <see cref="ArticleNameArticles"/> right before it ("la") and without one of <see cref="ArticleNameNouns"/> right
    /// after it ("Island"): then it is the common noun ("Réunion Hautement Stratégique", a meeting), no state.
    /// </summary>
    public static bool IsBareArticleName(IReadOnlyList<Token> tokens, int index, int length)
    {
        if (length != 1 || !ArticleNames.Contains(tokens[index].Text)) return false;
        if (index > 0 && tokens[index - 1].IsWord && ArticleNameArticles.Contains(tokens[index - 1].Text)) return false;
        if (index + 1 < tokens.Count && ArticleNameNouns.Contains(tokens[index + 1].Text)) return false;
        return true;
    }

    /// <summary>Words that mark the person named right after them as dead (the Malay "Al-Marhum" in a ruler's styled name).</summary>
    public static readonly HashSet<string> LateMarks = Set("late-marks");

    /// <summary>
    /// Whether the name that starts at token <paramref name="first"/> stands right after a word of <see cref="LateMarks"/>, with
    /// only capitalised words (his titles and styles), hyphens and apostrophes between ("ibni Al-Marhum Sultan Haji Kel Arlo"):
    /// then it names a dead ruler's father, no official of the occasion.
    /// </summary>
    public static bool IsNamedAsLate(IReadOnlyList<Token> tokens, int first)
    {
        for (int i = first - 1, words = 0; i >= 0 && words < 4; i--)
        {
            var t = tokens[i];
            if (!t.IsWord)
            {
                if (t.Text is "-" or "'" or "’" or "‘") continue;
                return false;
            }
            if (LateMarks.Contains(t.Text)) return true;
            if (t.Text.Length == 0 || !char.IsUpper(t.Text[0])) return false;
            words++;
        }
        return false;
    }

    /// <summary>Nouns that end an organisation's name; a person's name never ends in one.</summary>
    public static readonly HashSet<string> OrganizationHeads = Set("organization-heads");

    /// <summary>Kinds of occasion and meeting body ("Forum", "Summit", "Meeting") whose names run on in capitalised words that are no person.</summary>
    public static readonly HashSet<string> OccasionHeads = Set("occasion-heads");

    /// <summary>Words that start the name of a military site ("Camp Antonio Ruiz"); a run that starts with one is no person.</summary>
    public static readonly HashSet<string> PlaceHeads = Set("place-heads");

    /// <summary>Nouns that end the name of a landmark, a site or a thing ("Atacama Desert"), never a person's name.</summary>
    public static readonly HashSet<string> LandmarkHeads = Set("landmark-heads");

    /// <summary>Honorifics that stand between a title and a name; never part of either.</summary>
    public static readonly HashSet<string> Honorifics = Set("honorifics");

    /// <summary>The honorifics that are styles ("Sheikh", "Samdech", "Datuk" in every spelling): the styled form of a name is another name of the person.</summary>
    public static readonly HashSet<string> Styles =
        new(s_file["honorifics"].Where(e => e.Length > 1 && e[1] == "style").SelectMany(e => e[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that are honorifics only right after another honorific ("Samdech Pichey Sena").</summary>
    public static readonly HashSet<string> HonorificTails = Set("honorific-tails");

    /// <summary>Month names and abbreviations, never names.</summary>
    public static readonly HashSet<string> Months = Set("months");

    /// <summary>Weekdays, never names.</summary>
    public static readonly HashSet<string> Weekdays = Set("weekdays");

    /// <summary>Titles whose holders, when no country is stated, serve the country the corpus is written from.</summary>
    public static readonly HashSet<string> DiplomaticHeads = Set("diplomatic-heads");

    /// <summary>Titles of those who speak for a body (a spokesman): a speech after an occasion does not make them its participant.</summary>
    public static readonly HashSet<string> SpokespersonHeads = Set("spokesperson-heads");

    /// <summary>Heads of a minister's office ("Defence Minister", "Cabinet Secretary for Defence").</summary>
    public static readonly HashSet<string> MinisterHeads = Set("minister-heads");

    /// <summary>Heads of a commander's office ("Commander of the Navy", "le commandant de la région navale").</summary>
    public static readonly HashSet<string> CommanderHeads = Set("commander-heads");

    /// <summary>Nouns for one state's party at an occasion ("the Veskan delegation", "the Ostrian side").</summary>
    public static readonly HashSet<string> PartyHeads = Set("party-heads");

    /// <summary>Lower-case words that may stand inside the list of one party's members; any other ends it.</summary>
    public static readonly HashSet<string> PartyListWords = Set("party-list-words");

    /// <summary>Words after a party's noun that open the body naming its state ("a delegation of Ostria's Ministry of Defence").</summary>
    public static readonly HashSet<string> PartyBodyOpeners = Set("party-body-openers", StringComparer.Ordinal);

    /// <summary>Lower-case words that may stand inside that body between its capitalised words; any other ends it.</summary>
    public static readonly HashSet<string> PartyBodyLinks = Set("party-body-links", StringComparer.Ordinal);

    /// <summary>Lower-case words that may stand inside the list of people named right after a trigger; any other ends it.</summary>
    public static readonly HashSet<string> ObjectListWords = Set("object-list-words");

    /// <summary>Words of a home-side body ("ministry"): an office of one named without a state is the home side's (EventStage.HomeBody).</summary>
    public static readonly HashSet<string> HomeBodies = Set("home-bodies");

    /// <summary>Words of a site ("base") that is the home side's when the title also names a place of the home state.</summary>
    public static readonly HashSet<string> HomeSites = Set("home-sites");

    /// <summary>Lower-case words before a place inside a title that make it the place the office is of ("of", "de"): PersonRecognizer.PlaceState.</summary>
    public static readonly HashSet<string> OfficePlaceLinks = Set("office-place-links");

    /// <summary>Words before a country inside a title that make it the state the office serves in or deals with, never the holder's.</summary>
    public static readonly HashSet<string> HostPrepositions = Set("host-prepositions");

    /// <summary>Words after a plural office's list that give its names the states the office names, in order ("respectively").</summary>
    public static readonly HashSet<string> RespectiveOrder = Set("respective-order");

    /// <summary>Words before a country inside a title that make it where the office sits: the holder's state only when the title names no other.</summary>
    public static readonly HashSet<string> SeatPrepositions = Set("seat-prepositions");

    /// <summary>Marks and words that may stand in the later segments of an apposition after a name, beside capitalised words and numbers.</summary>
    public static readonly HashSet<string> AppositionRunMarks = Set("apposition-run-marks");

    /// <summary>Lower-case words that may join the words of the office opening an apposition after a name.</summary>
    public static readonly HashSet<string> AppositionOfficeLinks = Set("apposition-office-links");

    /// <summary>Words that join the parts of a title.</summary>
    public static readonly HashSet<string> Connectors = Set("connectors");

    /// <summary>Words just before a name that make it a place or a ship ("Camp", "BRP", "frigate").</summary>
    public static readonly HashSet<string> NamePrefixes = Set("name-prefixes");

    /// <summary>Prefixes of one state's ships and that state ("HMAS" → AU), compared as written.</summary>
    public static readonly Dictionary<string, string> ShipPrefixStates =
        s_file["ship-prefix-states"].ToDictionary(e => e[0], e => e[1], StringComparer.Ordinal);

    /// <summary>Offices of state after which one name is a person ("Defense Minister Nakatani", "President Marcos").</summary>
    public static readonly HashSet<string> MononymHeads = Set("mononym-heads");

    /// <summary>Office words that are also grades ("Commander", "general"): alone before a name with an apposition, the rank.</summary>
    public static readonly HashSet<string> GradeHeads = Set("grade-heads");

    /// <summary>A member's style of a legislature ("Senator"): after an office and its comma, the style and not the office.</summary>
    public static readonly HashSet<string> MemberStyles = Set("member-styles");

    /// <summary>Lower-case particles inside a name ("Abdel-Fattah al-Sisi", "Mohammad bin Salman").</summary>
    public static readonly HashSet<string> NameParticles = Set("name-particles");

    /// <summary>Particles written with a capital inside a name ("Kel Bin Arlo Al Dosk"); compared as written.</summary>
    public static readonly HashSet<string> CapitalisedParticles =
        new(s_file["capitalised-particles"].SelectMany(e => e[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);

    /// <summary>Letters after a name (orders, decorations, degrees: "OBE", "CSC", "PhD", "MP"); a name never ends in one.</summary>
    public static readonly HashSet<string> PostNominals = Set("post-nominals");

    /// <summary>The marks of a retired officer in brackets between a rank and a name ("(Retd)", "(Rtd.)", "(Ret'd)"), compared ignoring case.</summary>
    public static readonly HashSet<string> RetiredMarks = Set("retired-marks");

    /// <summary>
    /// A ruler's regnal epithets written after his name ("Mu'izzaddin Waddaulah"), each as its words; the file is read with
    /// its typographic apostrophes folded, as the sentences are (<see cref="Text.Typography"/>), so either form matches.
    /// </summary>
    public static readonly string[][] RegnalEpithets =
        s_file["regnal-epithets"].Select(e => e[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>Generational suffixes after a family name ("Jr", "Sr", "III"), compared as written; part of the name.</summary>
    public static readonly HashSet<string> GenerationalSuffixes =
        new(s_file["generational-suffixes"].SelectMany(e => e[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)), StringComparer.Ordinal);

    /// <summary>
    /// A name without its generational suffix and the comma or full stop round it ("Tom Reid, Jr." → "Tom Reid"), or the
    /// name itself when it ends in none or is no more than the suffix and one word.
    /// </summary>
    public static string WithoutGenerationalSuffix(string name)
    {
        string trimmed = name.TrimEnd('.');
        int space = trimmed.LastIndexOf(' ');
        if (space <= 0 || !GenerationalSuffixes.Contains(trimmed.Substring(space + 1))) return name;
        string rest = trimmed.Substring(0, space).TrimEnd(',', ' ');
        return rest.IndexOf(' ') > 0 ? rest : name;
    }

    /// <summary>French words that join a body's name only inside it ("Centre national pour les opérations de paix"), as written.</summary>
    public static readonly HashSet<string> BodyNameLinks = Set("body-name-links", StringComparer.Ordinal);

    /// <summary>The French adjectives that go on in an office right after a lower-case word of a body ("région militaire"), as written.</summary>
    public static readonly HashSet<string> BodyAdjectives = Set("body-adjectives", StringComparer.Ordinal);

    /// <summary>The French word that lists a further person right before his name ("et"), after which no office before it is his, as written.</summary>
    public static readonly HashSet<string> NameListLinks = Set("name-list-links", StringComparer.Ordinal);

    /// <summary>The French articles before a body's word an office names ("la", "du"), as written.</summary>
    public static readonly HashSet<string> BodyArticles = Set("body-articles", StringComparer.Ordinal);

    /// <summary>The French and Spanish articles read right after a comma before an office or a rank ("le", "la", "el"), as written.</summary>
    public static readonly HashSet<string> CommaArticles = Set("comma-articles", StringComparer.Ordinal);

    /// <summary>The articles written elided before a vowel, read as the word and its apostrophe ("l" of "l'"), as written.</summary>
    public static readonly HashSet<string> ElidedArticles = Set("elided-articles", StringComparer.Ordinal);

    /// <summary>The head words of an office that is another's counterpart ("counterpart", the French "homologue"), as written.</summary>
    public static readonly HashSet<string> CounterpartHeads = Set("counterpart-heads", StringComparer.Ordinal);

    /// <summary>The links between a name and its father's ("bin", "ibn").</summary>
    public static readonly HashSet<string> PatronymicLinks = Set("patronymic-links");

    /// <summary>The articles that open a family name ("al", "el"); a word that opens with one and a hyphen ("Al-Dosk") does too.</summary>
    public static readonly HashSet<string> FamilyArticles = Set("family-articles");

    /// <summary>
    /// The shorter names of a name that chains two or more fathers before a family name ("Kel bin Arlo bin Tomas Al Dosk"): the
    /// name with its first father only ("Kel bin Arlo Al Dosk") and the given name with the family name ("Kel Al Dosk"). None
    /// for any other name: one father ("Kel bin Arlo Al Dosk"), a chain without a family name ("Kel bin Arlo bin Tomas").
    /// </summary>
    public static IEnumerable<string> WithoutForefathers(string name)
    {
        var w = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        // The links stand at every other word from the second: given name, link, father, link, grandfather, …
        int links = 0, at = 1;
        while (at + 1 < w.Length && PatronymicLinks.Contains(w[at])) { links++; at += 2; }
        if (links < 2 || at >= w.Length) yield break;
        if (!(FamilyArticles.Contains(w[at]) || FamilyArticles.Any(a => w[at].Length > a.Length + 1 && w[at].StartsWith(a + "-", StringComparison.OrdinalIgnoreCase))))
            yield break;
        string family = string.Join(" ", w, at, w.Length - at);
        yield return string.Join(" ", w, 0, 3) + " " + family;
        yield return w[0] + " " + family;
    }

    /// <summary>Abbreviations with a full stop that stand inside a name ("Jose Ma. Ramirez").</summary>
    public static readonly HashSet<string> NameAbbreviations = Set("name-abbreviations");

    /// <summary>Plural offices and their singular ("ministers" → "minister"): the heads of a reference to two officials.</summary>
    public static readonly Dictionary<string, string> PluralOffices =
        s_file["plural-offices"].ToDictionary(e => e[0], e => e[1], StringComparer.OrdinalIgnoreCase);

    /// <summary>Offices that another office fills ("chief": a defence chief is its minister or its commander); a reference's such word needs no match in the title.</summary>
    public static readonly HashSet<string> AnyOffice = Set("any-office");

    /// <summary>Counting words from one on, in order ("three" is the third).</summary>
    public static readonly string[] Counts = s_file["counts"].SelectMany(e => e[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)).ToArray();

    /// <summary>The number a counting word or digits give ("three", "3"), or null.</summary>
    public static int? Count(string word)
    {
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) return n;
        int at = Array.FindIndex(Counts, c => string.Equals(c, word, StringComparison.OrdinalIgnoreCase));
        return at < 0 ? null : at + 1;
    }
}
