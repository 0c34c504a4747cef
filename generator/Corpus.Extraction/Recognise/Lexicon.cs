using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Recognise;

/// <summary>The fixed vocabulary of the genre: ranks, titles, organisation words and the capitalised words that are never names.</summary>
public static class Lexicon
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Multi-word and abbreviated ranks, longest first, with their full form.</summary>
    public static readonly (string[] Words, string Rank)[] Ranks =
    {
        (new[] { "Senior", "Lieutenant", "General" }, "Senior Lieutenant General"),
        (new[] { "Colonel", "General" }, "Colonel General"),
        (new[] { "Senior", "Colonel" }, "Senior Colonel"),
        (new[] { "Senior", "General" }, "Senior General"),
        (new[] { "Lieutenant", "General" }, "Lieutenant General"),
        (new[] { "Lt", ".", "Gen", "." }, "Lieutenant General"),
        (new[] { "Lt", "Gen" }, "Lieutenant General"),
        (new[] { "Major", "General" }, "Major General"),
        (new[] { "Maj", ".", "Gen", "." }, "Major General"),
        (new[] { "Brigadier", "General" }, "Brigadier General"),
        (new[] { "Brig", ".", "Gen", "." }, "Brigadier General"),
        (new[] { "Lieutenant", "Colonel" }, "Lieutenant Colonel"),
        (new[] { "Lt", ".", "Col", "." }, "Lieutenant Colonel"),
        (new[] { "Vice", "Admiral" }, "Vice Admiral"),
        (new[] { "Vice", "Adm", "." }, "Vice Admiral"),
        (new[] { "Rear", "Admiral" }, "Rear Admiral"),
        (new[] { "Rear", "Adm", "." }, "Rear Admiral"),
        (new[] { "Air", "Chief", "Marshal" }, "Air Chief Marshal"),
        (new[] { "Air", "Marshal" }, "Air Marshal"),
        (new[] { "Field", "Marshal" }, "Field Marshal"),
        (new[] { "Gen", "." }, "General"),
        (new[] { "General" }, "General"),
        (new[] { "Adm", "." }, "Admiral"),
        (new[] { "Admiral" }, "Admiral"),
        (new[] { "Col", "." }, "Colonel"),
        (new[] { "Colonel" }, "Colonel"),
        (new[] { "Maj", "." }, "Major"),
        (new[] { "Major" }, "Major"),
        (new[] { "Capt", "." }, "Captain"),
        (new[] { "Captain" }, "Captain"),
        (new[] { "Commodore" }, "Commodore"),
        (new[] { "Lieutenant" }, "Lieutenant"),
        (new[] { "Lt", "." }, "Lieutenant"),
    };

    /// <summary>Words that head a title: the office itself.</summary>
    public static readonly HashSet<string> TitleHeads = Set(
        "minister", "president", "premier", "ambassador", "attaché", "attache", "commander", "commander-in-chief", "chief", "secretary",
        "undersecretary", "under-secretary", "secretary-general", "spokesman", "spokeswoman", "spokesperson", "director", "director-general",
        "analyst", "chairman", "chairwoman", "chairperson", "governor", "envoy", "counsellor", "counselor", "adviser", "advisor", "head",
        "leader", "consul", "consul-general", "representative", "coordinator", "king", "queen", "prince", "princess", "senator", "speaker",
        "chancellor", "commissioner", "counterpart", "officer", "general", "admiral", "colonel", "deputy", "vice-president", "mayor",
        "lawmaker", "delegate", "marshal", "administrator", "inspector", "superintendent", "captain", "president-elect", "researcher", "professor",
        "expert", "observer", "sultan", "emir");

    /// <summary>Words that modify a title head ("Deputy Prime Minister", "Principal Deputy Assistant Secretary").</summary>
    public static readonly HashSet<string> TitleModifiers = Set(
        "deputy", "vice", "principal", "assistant", "senior", "first", "second", "permanent", "acting", "prime", "defence", "defense",
        "foreign", "interior", "military", "naval", "air", "political", "supreme", "executive", "general", "state", "special",
        "associate", "under", "joint", "army", "navy", "police", "border", "economic", "former", "outgoing", "incoming", "chief",
        "regional", "resident", "national", "secretary", "finance", "commerce", "trade", "health", "education", "justice", "security");

    /// <summary>Capitalised words that name parts of organisations and offices, never people.</summary>
    public static readonly HashSet<string> OrganizationWords = Set(
        "ministry", "ministries", "armed", "forces", "force", "army", "navy", "air", "department", "embassy", "academy", "institute",
        "center", "centre", "university", "agency", "organisation", "organization", "council", "committee", "command", "police",
        "guard", "guards", "corps", "office", "bureau", "party", "assembly", "parliament", "senate", "government", "kingdom", "republic",
        "state", "states", "people", "people's", "nations", "united", "union", "association", "summit", "conference", "forum", "day",
        "bridge", "national", "defence", "defense", "interior", "affairs", "foreign", "international", "relations", "security", "studies",
        "royal", "general", "staff", "headquarters", "division", "brigade", "battalion", "regiment", "fleet", "base", "school", "college",
        "programme", "program", "mission", "operation", "operations", "cooperation", "co-operation", "strategic", "dialogue", "group",
        "commerce", "trade", "public", "health", "education", "justice", "finance", "economy", "development", "bank", "fund", "service",
        "services", "gendarmerie", "military", "marine", "marines", "coast", "peacekeeping", "secretariat", "water", "partnership",
        "framework", "treaty", "agreement", "memorandum", "understanding", "liberation", "anniversary", "friendship", "post", "times",
        "news", "agency", "press", "media", "television", "radio", "network", "pacific", "asia", "asian", "europe", "european", "africa",
        "african", "america", "middle", "east", "west", "north", "south", "southeast", "northeast", "central", "region", "sea", "ocean",
        "mekong", "asean", "nato", "un", "eu", "covid-19", "covid", "initiative", "measures", "building", "interaction", "confidence",
        "authority", "action", "task", "theater", "theatre", "district", "province", "centre", "institute", "victim", "victims", "assistance",
        "training", "cruise", "exercise", "dragon", "golden", "shield", "command", "squadron", "flotilla", "ship", "vessel", "frigate", "destroyer");

    /// <summary>Capitalised words that start sentences or stand in headlines and are never names.</summary>
    public static readonly HashSet<string> CommonCapitalized = Set(
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "their", "our", "its", "this", "that", "these", "those",
        "in", "on", "at", "by", "for", "from", "with", "during", "after", "before", "since", "as", "and", "but", "or", "also", "both",
        "according", "while", "when", "where", "which", "who", "what", "mr", "mrs", "ms", "dr", "his", "excellency", "h.e", "sir",
        "madam", "lord", "lady", "samdech", "techo", "lok", "chumteav", "oknha", "neak", "ukna", "datuk", "dato", "datin", "tun", "puan", "encik", "read", "also", "said", "however",
        "meanwhile", "moreover", "furthermore", "another", "one", "two", "three", "last", "next", "this", "each", "every", "some",
        "many", "more", "most", "other", "such", "there", "here", "to", "of", "will", "would", "has", "have", "had", "is", "are", "was",
        "were", "be", "not", "no", "yes", "if", "so", "than", "then", "thus", "under", "over", "about", "between", "among", "through",
        "exchanging", "political", "kingdom", "ministry", "minister", "prime", "deputy");

    /// <summary>Nouns that end an organisation's name ("… Mine Action Centre", "… Task Group"); a person's name never ends in one.</summary>
    public static readonly HashSet<string> OrganizationHeads = Set(
        "ministry", "forces", "force", "army", "navy", "department", "embassy", "academy", "institute", "center", "centre", "university",
        "agency", "organisation", "organization", "council", "committee", "command", "police", "guard", "guards", "corps", "office",
        "bureau", "party", "assembly", "parliament", "senate", "government", "association", "summit", "conference", "forum", "day",
        "bridge", "headquarters", "division", "brigade", "battalion", "regiment", "fleet", "base", "school", "college", "programme",
        "program", "mission", "operation", "group", "authority", "action", "secretariat", "service", "services", "squadron", "flotilla",
        "initiative", "network", "times", "post", "news", "agency", "district", "province");

    /// <summary>Honorifics that stand between a title and a name ("H.E. General …", "Datuk Azman", "Tan Sri Mohd Faizal"); never part of either.</summary>
    public static readonly HashSet<string> Honorifics = Set(
        "Datuk", "Dato", "Datin", "Seri", "Tun", "Haji", "Hajjah", "Samdech", "Techo", "Lok", "Chumteav", "Oknha", "Neak", "Excellency",
        "Mr", "Mrs", "Ms", "Dr", "Madam", "Sir", "Pehin", "Dato'", "Puan", "Khun");

    public static readonly HashSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    public static readonly HashSet<string> Weekdays = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Titles whose holders, when no country is stated, serve the country the corpus is written from.</summary>
    public static readonly HashSet<string> DiplomaticHeads = Set("ambassador", "attaché", "attache", "envoy", "consul", "consul-general", "counsellor", "counselor");

    public static readonly HashSet<string> Connectors = Set("of", "the", "to", "for", "and", "on", "in", "at");
}
