namespace Corpus.Synthetic;

/// <summary>A partner country as articles of the genre name it: ISO code, name, adjective and a city that hosts meetings.</summary>
public sealed record Partner(string Code, string Name, string Demonym, string Capital);

/// <summary>The fixed word lists the synthetic articles are made of.</summary>
internal static class Vocabulary
{
    public static readonly Partner[] Partners =
    {
        new("TR", "Turkey", "Turkish", "Ankara"), new("JP", "Japan", "Japanese", "Tokyo"), new("CN", "China", "Chinese", "Beijing"),
        new("VN", "Vietnam", "Vietnamese", "Hanoi"), new("LA", "Laos", "Lao", "Vientiane"), new("TH", "Thailand", "Thai", "Bangkok"),
        new("KR", "South Korea", "South Korean", "Seoul"), new("US", "the United States", "American", "Washington"),
        new("RU", "Russia", "Russian", "Moscow"), new("IN", "India", "Indian", "New Delhi"), new("ID", "Indonesia", "Indonesian", "Jakarta"),
        new("MY", "Malaysia", "Malaysian", "Kuala Lumpur"), new("SG", "Singapore", "Singaporean", "Singapore"),
        new("PH", "the Philippines", "Filipino", "Manila"), new("MM", "Myanmar", "Burmese", "Naypyidaw"), new("BN", "Brunei", "Bruneian", "Bandar Seri Begawan"),
        new("AU", "Australia", "Australian", "Canberra"), new("NZ", "New Zealand", "New Zealand", "Wellington"), new("FR", "France", "French", "Paris"),
        new("GB", "the United Kingdom", "British", "London"), new("DE", "Germany", "German", "Berlin"), new("BE", "Belgium", "Belgian", "Brussels"),
        new("PK", "Pakistan", "Pakistani", "Islamabad"), new("BD", "Bangladesh", "Bangladeshi", "Dhaka"), new("AE", "the United Arab Emirates", "Emirati", "Abu Dhabi"),
        new("QA", "Qatar", "Qatari", "Doha"), new("EG", "Egypt", "Egyptian", "Cairo"), new("CA", "Canada", "Canadian", "Ottawa"),
        new("ES", "Spain", "Spanish", "Madrid"), new("IT", "Italy", "Italian", "Rome"), new("PL", "Poland", "Polish", "Warsaw"),
        new("AT", "Austria", "Austrian", "Vienna"), new("SE", "Sweden", "Swedish", "Stockholm"), new("NO", "Norway", "Norwegian", "Oslo"),
        new("DK", "Denmark", "Danish", "Copenhagen"), new("FI", "Finland", "Finnish", "Helsinki"), new("ZA", "South Africa", "South African", "Pretoria"),
        new("BR", "Brazil", "Brazilian", "Brasilia"), new("AR", "Argentina", "Argentine", "Buenos Aires"), new("MX", "Mexico", "Mexican", "Mexico City"),
        new("CU", "Cuba", "Cuban", "Havana"), new("AZ", "Azerbaijan", "Azerbaijani", "Baku"), new("KZ", "Kazakhstan", "Kazakh", "Astana"),
        new("UZ", "Uzbekistan", "Uzbek", "Tashkent"), new("MN", "Mongolia", "Mongolian", "Ulaanbaatar"), new("IL", "Israel", "Israeli", "Tel Aviv"),
        new("JO", "Jordan", "Jordanian", "Amman"), new("TL", "Timor-Leste", "Timorese", "Dili"),
    };

    // Cambodian names: a family name and a given name of two syllables.
    public static readonly string[] KhmerFamilies =
    {
        "Sok", "Chea", "Heng", "Ouk", "Pen", "Prak", "Sam", "Tep", "Yim", "Nhem", "Keo", "Chhay", "Neang", "Ros", "Chum", "Srey", "Huot", "Vann", "Thach", "Nget",
    };

    public static readonly string[] KhmerFirst = { "Da", "So", "Vi", "Chan", "Pho", "Ra", "Bo", "Sey", "Vuth", "Pheak", "Mony", "Sam", "Kosal", "Pis", "Veas", "Ly", "Nar", "Seng" };

    public static readonly string[] KhmerSecond = { "ra", "phal", "thy", "ny", "rith", "rin", "vy", "ka", "nith", "mean", "roth", "dy", "leak", "veng", "chea", "bol" };

    // Names of the partners' officials: a given name and a family name, each of two parts.
    public static readonly string[] GivenFirst = { "Ka", "Lo", "Mi", "Ta", "Re", "Vo", "Ne", "Sa", "Du", "Ri", "Be", "Ha", "Jo", "Ze", "Fa", "Go", "Ul", "Ay" };

    public static readonly string[] GivenSecond = { "ren", "mil", "dan", "sel", "vik", "ton", "lar", "bert", "mond", "rik", "nas", "tos", "lin", "ko", "se", "ya" };

    public static readonly string[] FamilyFirst = { "Bar", "Kel", "Dor", "Vel", "Tor", "Hal", "Ost", "Lind", "Gar", "Bren", "Cal", "Fen", "Wes", "Mor", "Ny", "Sav", "Pet", "Kov" };

    public static readonly string[] FamilySecond = { "ski", "son", "ova", "ez", "ani", "berg", "ley", "etti", "ides", "ov", "mann", "sen", "aki", "ura", "oglu", "enko" };

    public static readonly (string Title, string? Rank)[] KhmerTitles =
    {
        ("Deputy Prime Minister and Minister of National Defence", "General"),
        ("Commander-in-Chief of the Royal Cambodian Armed Forces", "General"),
        ("Deputy Commander-in-Chief of the Royal Cambodian Armed Forces", "General"),
        ("Secretary of State at the Ministry of National Defence", "General"),
        ("Under-Secretary of State at the Ministry of National Defence", "Lieutenant General"),
        ("Commander of the Royal Cambodian Navy", "Admiral"),
        ("Commander of the Royal Cambodian Army", "General"),
        ("Director-General of the General Department of Policy and Foreign Affairs", "Lieutenant General"),
        ("Minister of Foreign Affairs and International Cooperation", null),
        ("Deputy Commander of the Royal Gendarmerie", "Major General"),
    };

    public static readonly (string Title, string? Rank)[] PartnerTitles =
    {
        ("Ambassador to Cambodia", null),
        ("Defence Minister", null),
        ("Deputy Defence Minister", null),
        ("Defence Attaché", "Colonel"),
        ("Military Attaché", "Colonel"),
        ("Chief of the General Staff", "General"),
        ("Commander of the Navy", "Admiral"),
        ("Army Chief", "Lieutenant General"),
        ("Vice Minister of Defence", "Major General"),
        ("Ambassador", null),
    };

    public static readonly string[] Venues =
    {
        "the Ministry of National Defence", "RCAF headquarters", "the Peace Palace", "the Council of Ministers", "Ream Naval Base", "the Techo Sen Military School",
    };

    public static readonly string[] Topics =
    {
        "peacekeeping", "counterterrorism", "defence technology", "training", "transnational crime", "demining", "humanitarian", "maritime security", "military aid",
    };

    public static readonly string[] TopicPhrases =
    {
        "peacekeeping operations", "counter-terrorism", "military technology", "exchange programmes", "cross-border crimes", "mine clearance",
        "disaster relief", "maritime security", "military assistance", "landmines and unexploded ordnance", "cybercrime", "humanitarian assistance",
    };

    public static readonly string[] Gifts =
    {
        "military vehicles", "demining equipment", "medical supplies", "field hospital equipment", "engineering equipment", "communication equipment", "uniforms and boots",
    };

    public static readonly string[] Conferences =
    {
        "ASEAN Defence Ministers' Meeting", "Shangri-La Dialogue", "Moscow Conference on International Security", "Beijing Xiangshan Forum", "ASEAN Regional Forum",
    };

    public static readonly string[] Outlets = { "AKP", "Khmer Times", "The Phnom Penh Post", "Fresh News", "CamboJA News", "Kampuchea Thmey" };

    public static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };
}
