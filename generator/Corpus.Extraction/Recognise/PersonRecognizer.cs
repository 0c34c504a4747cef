using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Corpus.Extraction.Vocabulary;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Recognise;

/// <summary>
/// A title phrase found next to a name, with what it tells about the person. <paramref name="CountryByPlace"/>: the country is
/// told only by a place of that state the office is of ("deputy governor of Kelm province"), a local office.
/// </summary>
public sealed record TitleInfo(string Title, string? Country, string? Organization, string Head, bool CountryByPlace = false);

/// <summary>
/// A person named only by their office ("the Thai defence minister"): the phrase's token range, the country its
/// adjective names and the office's words in lower case ("defence", "minister").
/// </summary>
public sealed record OfficeReference(int FirstToken, int TokenCount, string? Country, IReadOnlyList<string> Words, bool Paired = false);

/// <summary>
/// A person named in a sentence: the name's token range, and the rank and title around it. <paramref name="StatedCountry"/>
/// is the state a name without a title is given by the words round it ("Kenya’s Tomas Arden", "Piet Dosk of Chile").
/// <paramref name="Styled"/> is the name with the styles right before it ("Sheikh Kel bin Arlo"), when it has any.
/// </summary>
public sealed record PersonMention(int FirstToken, int TokenCount, int Start, int Length, string Name, string? Rank, TitleInfo? Title, bool IsShort,
    string? StatedCountry = null, string? Styled = null);

/// <summary>
/// Recognises people by the titles and ranks around their names: before the name
/// ("Turkish Ambassador to Cambodia Ülkü Kocaefe", "Commander-in-Chief Gen. Vong Pisen"), after it
/// as an apposition ("Kin Phea, the director of …", "Khamliang Outhakaysone – Deputy Minister … –"),
/// by a known name from the gazetteer, and by the short forms of names already seen ("Pisen").
/// </summary>
public sealed class PersonRecognizer
{
    private const int MaxTitleTokens = 30;
    private readonly CountryRecognizer _countries;
    private readonly PhraseMatcher<string> _organizations;
    private readonly PhraseMatcher<string> _ranks = new(ignoreCase: false);
    // The ranks written out in full words ("lieutenant general", "rear admiral"), ignoring case: "X, a lieutenant general with the … command".
    private readonly PhraseMatcher<string> _spelledRanks = new(ignoreCase: true);
    // The ranks of two words or more written with neither full stop nor hyphen ("Maj Gen", "Rear Admiral"), their words in
    // lower case: a rank written as one word ("MajGen", "RAdm") is read by them.
    private readonly List<(string[] Words, string Rank)> _wordRanks = new();
    // For each ASCII pair of characters (the first lower-cased) whether a word that begins with them may be a rank
    // written as one word (MayBeJoinedRank): made once from the ranks of two words or more.
    private readonly bool[] _joinedRankStarts;
    // And the ASCII first three letters of those words (first * 128 * 128 + second * 128 + third), for a word whose second is no capital.
    private readonly HashSet<int> _joinedRankThrees;

    private readonly IReadOnlyDictionary<string, string> _cities;
    private readonly TitleWords _titles;
    private readonly IReadOnlyDictionary<string, OrganizationFactLookup>? _organizationsByName;

    // The places as a tree of their characters: which of them start at a token is read from the
    // token on, without searching the sentence for them.
    private readonly PrefixTrie _cityTrie;

    // The built-in regions (places.tsv [regions]: provinces, states, islands) as such a tree, for the places an office is of (PlaceState).
    private static readonly Lazy<PrefixTrie> s_regionTrie = new(() => PrefixTrie.OfKeys(PlaceVocabulary.Regions));

    // The title heads and modifiers, organisation words, common capitalised words, months and
    // weekdays in one set (all ignore case): one lookup per token instead of one per set.
    private readonly HashSet<string> _vocabularyWords;

    // The title heads with an "s" that are no heads themselves ("counterparts", "ministers"), ignoring case.
    private readonly HashSet<string> _pluralHeads;

    // The sets above and the title words read by a token's id (LexiconWords): an array read instead of a hash of the text per set.
    private readonly LexiconWords.ById _vocabularyById;
    private readonly LexiconWords.ById _pluralHeadsById;
    private readonly LexiconWords.ById _headsById;
    private readonly LexiconWords.ById _modifiersById;

    // A word of a title, its head or a modifier ("minister", "defence"), read by the token's id.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsTitleWord(in Token t) => _headsById.Contains(t) || _modifiersById.Contains(t);

    // The rank words compare as written (ordinal): a word with no id is one only when some rank word has none.
    private readonly bool _rankWordsOutside;

    // The patterns of the rules below, each built once.
    private static readonly Regex s_monumentAfter = RulePatterns.Get("monument-after");
    private static readonly Regex s_lateBefore = RulePatterns.Get("late-before");
    private static readonly Regex s_ledByBefore = RulePatterns.Get("led-by-before");
    private static readonly Regex s_partyMembersAfter = RulePatterns.Get("party-members-after");
    private static readonly Regex s_officePartyMembersAfter = RulePatterns.Get("office-party-members-after");
    private static readonly Regex s_counterpartOfHolder = RulePatterns.Get("counterpart-of-holder");
    private static readonly Regex s_spaces = new(@"\s+");

    public PersonRecognizer(CountryRecognizer countries, PhraseMatcher<string> organizations, IReadOnlyDictionary<string, string> cities, TitleWords? titles = null,
        IReadOnlyDictionary<string, OrganizationFactLookup>? organizationsByName = null)
    {
        _organizationsByName = organizationsByName;
        _cities = cities;
        _cityTrie = PrefixTrie.OfKeys(cities);
        _countries = countries;
        _organizations = organizations;
        _titles = titles ?? TitleWords.Builtin;
        foreach (var (words, rank) in _titles.Ranks)
        {
            _ranks.Add(string.Join(" ", words), rank);
            if (words.All(w => w.Length > 3 && w.All(char.IsLetter))) _spelledRanks.Add(string.Join(" ", words), rank);
            if (words.Length >= 2 && words.All(w => w.All(char.IsLetter))) _wordRanks.Add((words.Select(w => w.ToLowerInvariant()).ToArray(), rank));
        }
        _joinedRankStarts = JoinedRankStarts(_wordRanks);
        _joinedRankThrees = JoinedRankThrees(_wordRanks);
        _vocabularyWords = new HashSet<string>(_titles.Heads, StringComparer.OrdinalIgnoreCase);
        foreach (var set in new[] { _titles.Modifiers, Lexicon.OrganizationWords, Lexicon.CommonCapitalized, Lexicon.Months, Lexicon.Weekdays })
            _vocabularyWords.UnionWith(set);
        _pluralHeads = new HashSet<string>(_titles.Heads.Where(h => h.Length > 3 && !_titles.Heads.Contains(h + "s")).Select(h => h + "s"), StringComparer.OrdinalIgnoreCase);
        // The plurals that are no head with an "s" ("secretaries"), from lexicon.tsv [plural-offices] (the sixtieth round).
        foreach (var plural in Lexicon.PluralOffices)
            if (_titles.Heads.Contains(plural.Value) && !_titles.Heads.Contains(plural.Key)) _pluralHeads.Add(plural.Key);
        _vocabularyById = new LexiconWords.ById(_vocabularyWords);
        _pluralHeadsById = new LexiconWords.ById(_pluralHeads);
        _headsById = _titles.HeadsById;
        _modifiersById = _titles.ModifiersById;
        _rankWordsOutside = _titles.RankWords.Any(w => LexiconWords.IdOf(w) < 0);
    }

    /// <summary>A courtesy (no style) at token <paramref name="i"/> right after the French possessive "Son" or "Sa" ("Son Excellence", "Sa Majesté").</summary>
    private static bool IsFrenchPossessiveCourtesy(IReadOnlyList<Token> tokens, int i)
        => i > 0 && tokens[i - 1].Text is "Son" or "Sa" && tokens[i - 1].End < tokens[i].Start && IsHonorific(tokens, i)
           && !Lexicon.Styles.Contains(tokens[i].Text);

    /// <summary>An honorific at token <paramref name="i"/>: a word of <see cref="Lexicon.Honorifics"/>, one of <see cref="Lexicon.HonorificTails"/> after another honorific, "Tan Sri", or the letters of "H.E.".</summary>
    private static bool IsHonorific(IReadOnlyList<Token> tokens, int i) => IsHonorific(tokens, tokens[i], i);

    /// <summary>As <see cref="IsHonorific(IReadOnlyList{Token}, int)"/>, given the token <paramref name="t"/> at <paramref name="i"/> (read from an array by the caller).</summary>
    private static bool IsHonorific(IReadOnlyList<Token> tokens, in Token t, int i)
    {
        if (t.IsWord && LexiconWords.Is(t, LexiconWords.Class.Honorific))
        {
            if (t.Text.Length > 1) return true;
            // A one-letter courtesy (the French "M. Kel Arlo") only before its full stop and a spaced capitalised word of two
            // letters or more, and after no capitalised word or full stop (a middle initial: "Tom M. Reid", "Gen M. M. Dosk"); a
            // sentence's first word that is never a name's and no honorific ("Selon M. Kel Arlo, …") is no name's word before it.
            if (!Lexicon.Styles.Contains(t.Text))
                return t.IsCapitalized && i + 2 < tokens.Count && tokens[i + 1].Text == "." && tokens[i + 1].Start == t.End && tokens[i + 2].IsCapitalized
                    && tokens[i + 2].Start > tokens[i + 1].End && tokens[i + 2].Text.Length > 1
                    && (i == 0 || !(tokens[i - 1].IsCapitalized || tokens[i - 1].Text == ".")
                        || (i == 1 && tokens[0].IsWord && LexiconWords.Is(tokens[0], LexiconWords.Class.CommonCapitalized)
                            && !LexiconWords.Is(tokens[0], LexiconWords.Class.Honorific)));
            // A one-letter style ("U") only before a spaced capitalised word of two letters or more ("U.S." is none).
            return i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && tokens[i + 1].Start > t.End && tokens[i + 1].Text.Length > 1;
        }
        if (t.IsWord && LexiconWords.Is(t, LexiconWords.Class.HonorificTail) && i > 0 && IsHonorific(tokens, i - 1)) return true;
        // "Dato' Seri": the apostrophe glued to an honorific spelt with it in the lexicon is part of the honorific.
        if (t.Text is "'" && i > 0 && tokens[i - 1].End == t.Start && tokens[i - 1].IsWord
            && Lexicon.Honorifics.Contains(tokens[i - 1].Text + "'")) return true;
        if (t.Text == "Tan" && i + 1 < tokens.Count && tokens[i + 1].Text == "Sri") return true;
        // H.E.: the letters and their full stops.
        if ((t.Text == "H" || t.Text == "E") && i + 1 < tokens.Count && tokens[i + 1].Text == "." && tokens[i + 1].Start == t.End) return true;
        if (t.Text == "." && i > 0 && (tokens[i - 1].Text == "H" || tokens[i - 1].Text == "E")) return true;
        return false;
    }

    /// <summary>A number at token <paramref name="i"/>, or a full stop glued to the word before it and then a number ("Oct. 15").</summary>
    private static bool DigitAfter(IReadOnlyList<Token> tokens, int i)
    {
        if (i < tokens.Count && tokens[i].Text == "." && tokens[i].Start == tokens[i - 1].End) i++;
        return i < tokens.Count && char.IsDigit(tokens[i].Text[0]);
    }

    /// <summary>Words that never start a name.</summary>
    public bool IsLexical(IReadOnlyList<Token> tokens, int i) => IsLexical(tokens, tokens[i], i);

    /// <summary>As <see cref="IsLexical(IReadOnlyList{Token}, int)"/>, given the token <paramref name="t"/> at <paramref name="i"/>.</summary>
    private bool IsLexical(IReadOnlyList<Token> tokens, in Token t, int i)
    {
        if (!t.IsWord) return true;
        string w = t.Text;
        if (_vocabularyById.Contains(t)) return true;
        if (IsAcronym(w)) return true;
        // The country search and the Roman ordinal's questions asked only where their first tests, read from the token in
        // hand, let a word start there (the eighty-third speed round): the same answers, most tokens refused without a call.
        if (_countries.IsCountryWord(tokens, t, i, out _)) return true;
        if (MayBeRomanOrdinal(w) && IsFrenchRomanOrdinalOfABody(tokens, i)) return true;
        return (t.WordId >= 0 || _rankWordsOutside) && _titles.RankWords.Contains(w);
    }

    // The Roman ordinal's expression starts with "(?=[IVX])": a word that does not is none.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeRomanOrdinal(string w) => w.Length > 0 && w[0] is 'I' or 'V' or 'X';

    /// <summary>
    /// The fifty-fourth round: a French ordinal in Roman numerals ("IIe", "VIIe", "IXe", "Ier") after the article of the body an
    /// office names and before a word of that body ("commandant de la IVe Zone militaire"): a word of the office, never the
    /// start of a name, as the ordinal in digits is (<see cref="NumberInOffice"/>).
    /// </summary>
    private static bool IsFrenchRomanOrdinalOfABody(IReadOnlyList<Token> tokens, int i)
        => StandsAsOrdinalOfABody(tokens, i) && s_frenchRomanOrdinal.IsMatch(tokens[i].Text);

    // Where a French ordinal names a body inside an office ("de la 3e région", "de la IVe Zone"): right after an article of
    // lexicon.tsv [body-articles] and right before a spaced word of a body; the ordinal's own form is asked by the caller.
    private static bool StandsAsOrdinalOfABody(IReadOnlyList<Token> tokens, int i)
        => i > 0 && i + 1 < tokens.Count && Lexicon.BodyArticles.Contains(tokens[i - 1].Text)
           && tokens[i + 1].Start > tokens[i].End && LexiconWords.Is(tokens[i + 1], LexiconWords.Class.OrganizationWord);

    // I to XXXIX with an ending of lexicon.tsv [french-ordinal-endings]: "IIe", "IVe", "XIe", "Ier", "Ire", "IIIème".
    private static readonly System.Text.RegularExpressions.Regex s_frenchRomanOrdinal =
        new(@"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})(" + string.Join("|", Lexicon.FrenchOrdinalEndings.OrderBy(e => e, StringComparer.Ordinal).Select(System.Text.RegularExpressions.Regex.Escape)) + ")$",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // "Phnom Penh Post": the name begins with a place and a space.
    private bool StartsWithCityAndSpace(string name) => _cityTrie.AnyAtBefore(name, 0, ' ');

    // "counterparts", "Ministers": an office in the plural (a title head and an "s").
    private bool IsPluralHead(Token t) => t.IsWord && _pluralHeadsById.Contains(t);

    private static bool HasVowel(string w)
    {
        foreach (char c in w) if (c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y') return true;
        return false;
    }

    // "MoD", "MoFA", "MoND": a short form of two to six letters that ends in a capital and has two or more; no name is written so.
    private static bool IsMixedCaseAcronym(string w)
    {
        if (w.Length < 3 || w.Length > 6 || !char.IsUpper(w[0]) || !char.IsUpper(w[w.Length - 1])) return false;
        foreach (char c in w) if (!char.IsLetter(c)) return false;
        return true;
    }

    /// <summary>
    /// Token <paramref name="i"/> is an initial glued by its full stop to a family name ("K.Arlovas"): one capital letter after
    /// no glued full stop, its stop, then a word of three letters or more, capitalised and in small letters after its first, that
    /// is no word of the vocabulary.
    /// </summary>
    private static bool GluedInitial(IReadOnlyList<Token> toks, int i, bool[] lexical)
    {
        if (i + 2 >= toks.Count) return false;
        var t = toks[i];
        if (t.Text.Length != 1 || !char.IsUpper(t.Text[0])) return false;
        if (i > 0 && toks[i - 1].Text == "." && toks[i - 1].End == t.Start) return false;
        var stop = toks[i + 1];
        var word = toks[i + 2];
        if (stop.Text != "." || stop.Start != t.End || word.Start != stop.End || !word.IsWord || lexical[i + 2]) return false;
        if (word.Text.Length < 3 || !char.IsUpper(word.Text[0])) return false;
        for (int c = 1; c < word.Text.Length; c++) if (!char.IsLower(word.Text[c])) return false;
        return true;
    }

    // Family names are sometimes set in capitals ("TAKEDA Hiroshi"); acronyms are short.
    private static bool IsAcronym(string w)
    {
        if (w.Length < 2 || w.Length > 5) return false;
        foreach (char c in w) if (!char.IsUpper(c) && !char.IsDigit(c)) return false;
        return true;
    }

    /// <summary>
    /// Finds the people of one sentence, given which full names and short forms are already known.
    /// Names of two words or more that have neither rank nor title go to <paramref name="bare"/>, when given.
    /// <paramref name="mayBeKnownFullName"/>, when given, answers false for a part of the sentence (start, length) that
    /// <paramref name="isKnownFullName"/> would certainly refuse, so that the part is neither copied nor asked about.
    /// <paramref name="countries"/>, when given, are the country words of the tokens as <see cref="CountryRecognizer.Find(IReadOnlyList{Token})"/>
    /// gives them (<see cref="RecognisedSentence.TokenCountriesFoundBy"/>), so that they are not looked for again.
    /// <paramref name="mayBeginKnownFullName"/>, when given with <paramref name="mayBeKnownFullName"/>, answers false for a
    /// word (start, length: a part of the sentence up to the first space after a starting word) that no known full name
    /// begins with before a space, so that the parts from that word that go on past the space are not asked about.
    /// <paramref name="trace"/>, when given, records the search run by run (the questions being asked through its log), or
    /// takes the runs of a search of the same tokens it recorded where their answers still hold (<see cref="PersonSearchTrace"/>).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public List<PersonMention> Find(string sentence, IReadOnlyList<Token> tokens, Func<string, bool> isKnownShortForm, Func<string, bool> isKnownFullName,
        List<PersonMention>? bare = null, Func<string, int, int, bool>? mayBeKnownFullName = null, IReadOnlyList<CountryMention>? countries = null,
        Func<string, int, int, bool>? mayBeginKnownFullName = null, PersonSearchTrace? trace = null)
    {
        var result = new List<PersonMention>();
        // The rules below read the tokens by index hundreds of times a sentence: from an array (TokenArray) rather than
        // through the interface, one dispatch per read; the helpers they call are still given the list.
        int count = tokens.Count;
        var toks = TokenArray.Rent(tokens);
        var cache = t_lexical ??= new Dictionary<IReadOnlyList<Token>, LexicalFlags>(ByReference.Instance);
        if (!cache.TryGetValue(tokens, out var kept) || kept.Known.Length != count)
        {
            if (cache.Count >= LexicalCacheSize) cache.Clear();
            cache[tokens] = kept = Lexical(sentence, tokens, toks, countries);
        }
        var known = kept.Known;
        // The call's working flags and lists, from the thread's buffers (FindBuffers) rather than new each call.
        var buffers = FindBuffers.Rent(count);
        // The rules below adjust the flags for this call (they depend on the names known so far): a copy, so the kept flags stay as computed.
        var lexical = buffers.Lexical;
        Array.Copy(known, lexical, count);
        // A search that records writes down the answers the flags below are given (the registry is asked about "Gen" only).
        bool recording = trace is not null && trace.Recording;
        int flagsFrom = recording ? trace!.Log.Count : 0;
        // A rank of several words is vocabulary as a whole ("Captain First Rank", "Sen. Lieut. Gen.", "Pol Gen"), while
        // its first word alone may be a family name ("Gen. Pol Vannak"). "Gen" without its full stop before one name
        // nobody bears yet ("Defence Minister Gen Nakatani and …") is a given name.
        var rankAt = buffers.RankAt;
        // Whether any token is a rank's: the two loops after this one ask first for a rank before the token, so a sentence
        // with none skips them (the same flags).
        bool anyRank = false;
        for (int i = 0; i < count; i++)
        {
            if (!toks[i].IsWord || !TryRank(tokens, toks[i], i, out int rankLength, out _)) continue;
            if (rankLength == 1 && IsGivenNameGen(tokens, i, isKnownShortForm)) { lexical[i] = false; continue; }
            for (int r = i; r < i + rankLength; r++) { lexical[r] = true; rankAt[r] = true; }
            anyRank = true;
            i += rankLength - 1;
        }
        // "MajGen Kabul Dosk Arlo": a city's one-word name right after a rank and before two name words is a given name (no
        // place stands between a rank and its holder's name).
        for (int i = 1; anyRank && i + 2 < count; i++)
        {
            if (rankAt[i - 1] && !rankAt[i] && lexical[i] && toks[i].IsCapitalized && _cities.ContainsKey(toks[i].Text)
                && !_vocabularyWords.Contains(toks[i].Text) && !_countries.IsCountryWord(tokens, i, out _)
                && toks[i + 1].IsCapitalized && !lexical[i + 1] && toks[i + 2].IsCapitalized && !lexical[i + 2])
            {
                lexical[i] = false;
            }
        }
        // "General TEA Banh", "Colonel HV Kalia": a short word in capitals right after a rank and before a name is a family
        // name or initials, unless it is an organisation or a country.
        for (int i = 1; anyRank && i + 1 < count; i++)
        {
            if (rankAt[i - 1] && !rankAt[i] && IsAcronym(toks[i].Text) && toks[i + 1].IsCapitalized && !lexical[i + 1] && toks[i + 1].Start > toks[i].End
                && !_organizations.TryMatch(tokens, i, out _, out _) && !_countries.IsCountryWord(tokens, i, out _))
            {
                lexical[i] = false;
            }
        }
        // "The Japanese Ambassador, UENO Kenji, and …", "Ambassador PARK Min-ho": a family name set in capitals before a given name,
        // after a title head, an honorific or a comma, is a name when it is no word of the vocabulary, organisation or country.
        for (int i = 1; i + 1 < count; i++)
        {
            var prev = toks[i - 1];
            if (!lexical[i] || rankAt[i] || !IsAcronym(toks[i].Text) || !HasVowel(toks[i].Text) || _vocabularyWords.Contains(toks[i].Text)) continue;
            if (!(prev.Text == "," || IsHonorific(tokens, i - 1) || (prev.IsCapitalized && _titles.Heads.Contains(prev.Text)))) continue;
            var next = toks[i + 1];
            if (!next.IsCapitalized || lexical[i + 1] || next.Start == toks[i].End || IsAcronym(next.Text)) continue;
            if (_organizations.TryMatch(tokens, i, out _, out _) || _countries.IsCountryWord(tokens, i, out _)) continue;
            lexical[i] = false;
        }
        // "General Secretary To Van Lam", "Rear Adm In Dosk": a capitalised function word after a title or a rank and before a
        // name is part of the name (a place after it is vocabulary, so "Gen. Dosk, In Kelm" stays as it is); a courtesy ("Minister Mr Arlo") is none.
        for (int i = 1; i + 1 < count; i++)
        {
            // "Major General Said Arlo": after a rank, a longer common word that is no office's word is a given name too (asked
            // only of a capitalised common word, after the cheaper questions).
            if (toks[i].IsCapitalized && Lexicon.CommonCapitalized.Contains(toks[i].Text)
                && (toks[i].Text.Length <= 3 || (rankAt[i - 1] && !IsTitleWord(toks[i])
                    && !LexiconWords.Is(toks[i], LexiconWords.Class.OrganizationWord)))
                && (rankAt[i - 1] || (toks[i - 1].IsCapitalized && _titles.Heads.Contains(toks[i - 1].Text))) && !rankAt[i] && !IsHonorific(tokens, i)
                && toks[i + 1].IsCapitalized && !lexical[i + 1]
                && toks[i + 1].Start > toks[i].End)
            {
                lexical[i] = false;
            }
        }
        // "met with He Kelwei", "For his part, He Kelwei said", "à Vesk He Kelwei": a capitalised common word that is also a
        // family name (lexicon.tsv [family-name-words]) inside a sentence, after a lower-case word, a comma or a city and
        // before a spaced capitalised word no vocabulary holds, is a name's first word: the pronoun is capitalised only at a
        // sentence's start, and a title-cased headline puts a capitalised word before it (the sixty-sixth round). Read from the
        // first such word the sentence holds (kept with its flags: LexicalFlags), so that most sentences skip the loop.
        int familyAt = kept.FamilyNameWordAt;
        for (int i = familyAt; familyAt > 0 && i + 1 < count; i++)
        {
            if (!lexical[i] || rankAt[i] || !IsFamilyNameWord(toks[i])) continue;
            var prev = toks[i - 1];
            if (!((prev.IsWord && !prev.IsCapitalized && !char.IsDigit(prev.Text[0])) || prev.Text == ","
                  || (prev.IsCapitalized && i > 1 && _cities.ContainsKey(prev.Text) && toks[i - 2].IsWord && !toks[i - 2].IsCapitalized))) continue;
            var next = toks[i + 1];
            if (!next.IsCapitalized || lexical[i + 1] || next.Start == toks[i].End) continue;
            lexical[i] = false;
        }

        // The recorded runs a search that replays may take (none when the flags' answers changed, or with no trace).
        int replayAt = 0, replayTo = 0;
        if (recording) trace!.BeginRecord(tokens, flagsFrom, bare?.Count ?? 0);
        else if (trace is not null) (replayAt, replayTo) = trace.ReplayRuns(tokens);
        // The parts of the run of capitalised words at hand and of the name in it, emptied for each run.
        var parts = buffers.Parts;
        var nameParts = buffers.NameParts;
        // "their counterparts A and B", "Defence Ministers A, B and C": the last name listed under a plural office, and its title.
        int listedUntil = -1;
        TitleInfo? listTitle = null;
        // The states a plural office names in order ("the Veskan and Ostrian ministers", "the ministers of Veskia and Ostria"),
        // and where in the result each name listed under it stands: "…, respectively" after the list gives them out in order.
        List<string>? listStates = null;
        List<int>? listedAt = null;
        // The names of two words or more without rank or office, with the state around each (a list of them may name people).
        List<StatedName>? untitled = null;
        // The run being recorded (its first token, -1 for none) and the counts its answers and additions start from.
        int runStart = -1, askedFrom = 0;
        int k = 0;
        while (k < count)
        {
            // A run read before any list under a plural office began is written down when the next begins (at its end).
            if (runStart >= 0)
            {
                if (listTitle is null) trace!.AddRun(runStart, k, askedFrom, result.Count, bare?.Count ?? 0, untitled?.Count ?? 0);
                runStart = -1;
            }
            if (!toks[k].IsCapitalized) { k++; continue; }
            // A recorded run that starts here, read before any list began then and now, whose answers still hold: its additions
            // are taken again and the search goes on after it.
            if (replayAt < replayTo && listTitle is null)
            {
                while (replayAt < replayTo && trace!.RunAt(replayAt).Start < k) replayAt++;
                if (replayAt < replayTo && trace!.RunAt(replayAt) is var recorded && recorded.Start == k && trace!.Log.StillHolds(recorded.AskedFrom, recorded.AskedTo))
                {
                    trace!.TakeRun(replayAt, result, bare, ref untitled);
                    k = recorded.End;
                    replayAt++;
                    continue;
                }
            }
            if (recording)
            {
                runStart = k;
                askedFrom = trace!.Log.Count;
            }
            // A run of capitalised words; hyphenated parts ("Jung-wook") join the word before them.
            parts.Clear();
            int j = k;
            while (j < count && (toks[j].IsCapitalized || (parts.Count > 0 && (IsNameParticle(tokens, j) || IsGlottalStop(tokens, j)))) && parts.Count < 12)
            {
                if (parts.Count > 0 && !(toks[j].Start > toks[j - 1].End || (toks[j - 1].Text == "-" ))) break;
                int last = IsGlottalStop(tokens, j) && parts.Count > 0 ? j + 1 : j;
                while (last + 2 < count && (toks[last + 1].Text == "-" || (toks[last + 1].Text is "'" && ApostropheInsideName(tokens, last)))
                       && toks[last + 1].Start == toks[last].End
                       && toks[last + 2].IsWord && toks[last + 2].Start == toks[last + 1].End
                       && !_titles.Heads.Contains(toks[last + 2].Text) && !Lexicon.Connectors.Contains(toks[last + 2].Text))
                {
                    last += 2;
                }
                // Middle initials run together ("Kel E.O. Arlo", "Brigadier T.R.K. Vesk", "Kel E.O Arlo"): after a capitalised
                // word of the run, single capitals joined by full stops, then a spaced name word that is no rank, title or body word.
                if (last == j && parts.Count > 0 && toks[j].Text.Length == 1 && char.IsUpper(toks[j].Text[0]))
                {
                    int m = j;
                    while (m + 3 < count && toks[m + 1].Text == "." && toks[m + 1].Start == toks[m].End
                           && toks[m + 2].IsWord && toks[m + 2].Text.Length == 1 && char.IsUpper(toks[m + 2].Text[0])
                           && toks[m + 2].Start == toks[m + 1].End)
                        m += 2;
                    if (m > j && m + 2 < count && toks[m + 1].Text == "." && toks[m + 1].Start == toks[m].End
                        && toks[m + 2].IsCapitalized && toks[m + 2].Start > toks[m + 1].End && !lexical[m + 2])
                        last = m + 1;
                    // The last initial's stop left out: "Kel E.O Arlo".
                    else if (m > j && m + 1 < count && toks[m + 1].IsCapitalized && toks[m + 1].Start > toks[m].End && !lexical[m + 1])
                        last = m;
                }
                // An initial glued to the family name ("Minister K.Arlovas", "Major General T.Dossbaatar"): a capital letter that
                // follows no glued full stop, its full stop, and at once a capitalised word of three letters or more in small
                // letters after its first that is no word of the vocabulary; the three are one word of the name ("U.S.Navy",
                // "S.Korea" stay out).
                if (last == j && GluedInitial(tokens, j, lexical)) last = j + 2;
                // A middle initial ("Matthew W. McFarlane", "C. J. Mahoney"): a capital letter and its full stop, then a name.
                if (last == j && (toks[j].Text.Length == 1 || (parts.Count > 0 && Lexicon.NameAbbreviations.Contains(toks[j].Text)))
                    && last + 2 < count && toks[last + 1].Text == "."
                    && toks[last + 1].Start == toks[last].End && toks[last + 2].IsCapitalized && toks[last + 2].Start > toks[last + 1].End)
                {
                    last += 1;
                }
                parts.Add((j, last));
                j = last + 1;
            }
            if (parts.Count == 0) { k++; continue; }
            // Known full names anywhere in the run win.
            if (TryKnown(sentence, tokens, parts, isKnownFullName, mayBeKnownFullName, mayBeginKnownFullName, result, lexical))
            {
                k = j;
                continue;
            }
            // A lone word that is the short form of someone already named ("Royal", "Pisen").
            if (parts.Count == 1 && parts[0].First == parts[0].Last && isKnownShortForm(toks[k].Text))
            {
                string? shortRank = RankBefore(tokens, k, out _, lexical);
                result.Add(new PersonMention(k, 1, toks[k].Start, toks[k].Length, toks[k].Text, shortRank, null, true));
                k = j;
                continue;
            }
            // The name starts at the first word that is not part of the vocabulary.
            int startPart = PastParticlesOfABody(tokens, parts, FirstNotLexical(parts, 0, lexical), lexical);
            if (startPart < 0) { k = j; continue; }
            // "Stung Treng Governor Sok Dara", "RBLF Commander Brig. Gen. X": the name follows the last rank, honorific or title in the run.
            for (int p = parts.Count - 1; p > startPart; p--)
            {
                int t = parts[p].First;
                // "Son Excellence Kel Arlo": a courtesy after the French possessive, which is a capitalised word of no vocabulary.
                if (rankAt[t] || (lexical[t] && _titles.Heads.Contains(toks[t].Text)) || IsFrenchPossessiveCourtesy(tokens, t))
                {
                    int next = FirstNotLexical(parts, p + 1, lexical);
                    if (next > p && (rankAt[t] || parts.Count - next >= 2)) startPart = next;
                    break;
                }
            }
            startPart = PastParticlesOfABody(tokens, parts, startPart, lexical);
            if (startPart < 0) { k = j; continue; }
            // "Abdel-Fattah al-Sisi", "Mohammad bin Salman": particles join a name but neither start nor end it, nor count as its words.
            int wanted = 4, taken = 0;
            // "General Lucky Ade Obi Chika Okoro": five name words that end the run right after a rank, an honorific or
            // an office are one name; a longer run stays cut after the fourth.
            if (parts[startPart].First > 0 && (rankAt[parts[startPart].First - 1] || IsHonorific(tokens, parts[startPart].First - 1)
                    || (lexical[parts[startPart].First - 1] && _titles.Heads.Contains(toks[parts[startPart].First - 1].Text)))
                && NameWords(tokens, parts, startPart) == 5)
                wanted = 5;
            nameParts.Clear();
            for (int p = startPart; p < parts.Count && taken < wanted; p++)
            {
                nameParts.Add(parts[p]);
                if (!IsParticlePart(tokens, parts[p])) taken++;
            }
            // "Ana Keller CSC", "Tom Reid OBE PhD": letters after a name are no part of it.
            while (nameParts.Count > 1 && nameParts[nameParts.Count - 1].First == nameParts[nameParts.Count - 1].Last
                   && Lexicon.PostNominals.Contains(toks[nameParts[nameParts.Count - 1].First].Text))
            {
                nameParts.RemoveAt(nameParts.Count - 1);
            }
            // "Sultan Haji Kelan Arlovan Mu'izzaddin Waddaulah": a ruler's regnal epithet (lexicon.tsv [regnal-epithets]) after two
            // name words or more is no part of the name, nor is anything after it.
            int epithet = RegnalEpithetAt(sentence, tokens, nameParts);
            if (epithet >= 2) nameParts.RemoveRange(epithet, nameParts.Count - epithet);
            // "Western Sea Command Commander", "Deputy Commanding General-East": a name ends neither in a particle nor in a title
            // word, nor in a compound that begins with one.
            while (nameParts.Count > 1 && (IsParticlePart(tokens, nameParts[nameParts.Count - 1])
                   || (nameParts[nameParts.Count - 1].First == nameParts[nameParts.Count - 1].Last && lexical[nameParts[nameParts.Count - 1].First]
                       && _titles.Heads.Contains(toks[nameParts[nameParts.Count - 1].First].Text))
                   || IsOfficeCompound(tokens, nameParts[nameParts.Count - 1])))
            {
                nameParts.RemoveAt(nameParts.Count - 1);
            }
            // A name ends before a weekday or a month that starts a date ("Richard Marles Thursday", "Ismet Yilmaz May 15",
            // "Kel Arlo Oct. 15": an abbreviated month with its full stop).
            int dateWord = -1;
            for (int p = 1; p < nameParts.Count && dateWord < 0; p++)
            {
                var part = nameParts[p];
                if (Lexicon.Weekdays.Contains(toks[part.First].Text)
                    || (Lexicon.Months.Contains(toks[part.First].Text) && DigitAfter(tokens, part.Last + 1))) dateWord = p;
            }
            if (dateWord > 0) nameParts.RemoveRange(dateWord, nameParts.Count - dateWord);
            // "Prime Minister Sheikh Darya", "General Tun Kelm": a style right before a name of one word is how the person is
            // named; a name of one word left after stripping it is no name, so the style stays in it.
            if (StyleOpensOneWordName(tokens, parts, startPart, nameParts)) nameParts.Insert(0, parts[startPart - 1]);
            // "the head of Ostria's Defence Industries Presidency": after "the" or a possessive, a run that opens with words of an
            // organisation's name or an office's modifiers ("Defence", "National") and reaches the name without an office, rank,
            // style or body is that organisation's name ("Secretary of Defense Tom Reid" follows "of"; "Ostria's Defence
            // Minister Tom Reid" has an office).
            if (OpensOrganisationName(tokens, parts, startPart, rankAt))
            {
                k = j;
                continue;
            }
            // "the Vesk Security Forum Harbour Session": capitalised words after the kind of an occasion or body, with no office or
            // rank between, go on with its name.
            if (TailOfBodyName(tokens, parts, nameParts[0].First, lexical, rankAt))
            {
                k = j;
                continue;
            }
            // "at Camp Antonio Ruiz": a site named after a person is no person.
            if (Lexicon.PlaceHeads.Contains(toks[nameParts[0].First].Text) && nameParts.Count > 1)
            {
                k = j;
                continue;
            }
            // "Mine Action Centre", "Southern Theater Command": a name does not end in an organisation word.
            if (Lexicon.OrganizationHeads.Contains(toks[nameParts[nameParts.Count - 1].First].Text))
            {
                k = j;
                continue;
            }
            int first = nameParts[0].First, lastToken = nameParts[nameParts.Count - 1].Last;
            // "Tamsin R. Dosk, Jr, the undersecretary": a generational suffix after the comma that closes a name of two words or more is part of it.
            if (nameParts.Count >= 2 && lastToken == j - 1 && GenerationalSuffixAfterComma(tokens, lastToken)) lastToken += 2;
            string name = Span(sentence, tokens, first, lastToken);
            // "Camp General Emilio Aguinaldo", "BRP General Tomas Dizon", "the frigate Admiral Gorshenko", "the Admiral Gorshenko": a place or a ship.
            if (IsNamedThing(tokens, first, nameParts.Count, lexical))
            {
                k = j;
                continue;
            }
            // "… du Comité populaire de la province de Kelm, Arlo Vesk": a city, or a region of places.tsv [regions] (a province,
            // a state, an island), named whole is a place, no person.
            if (_cities.ContainsKey(name) || PlaceVocabulary.Regions.ContainsKey(name) || (StartsWithCityAndSpace(name) && !(first > 0 && rankAt[first - 1])))
            {
                k = j;
                continue;
            }
            // "Ho Chi Minh’s Mausoleum", "the late …": a name on a monument is not an official at work.
            if (RequiredText.IsMatch(s_monumentAfter, sentence, toks[lastToken].End, sentence.Length - toks[lastToken].End)
                || RequiredText.IsMatch(s_lateBefore, sentence, 0, toks[first].Start))
            {
                k = j;
                continue;
            }
            string? mononymRank = nameParts.Count == 1 ? RankBefore(tokens, first, out _, lexical) : null;
            // "Defense Minister Nakatani, visiting …", "President Marcos and …": one name right after an office of state.
            bool mononymOffice = nameParts.Count == 1 && first > 0 && toks[first - 1].IsCapitalized && Lexicon.MononymHeads.Contains(toks[first - 1].Text)
                && !(lastToken + 1 < count && toks[lastToken + 1].IsCapitalized);
            // "K.Arlovas": an initial glued to the family name is a name of two words written as one.
            bool gluedInitial = nameParts.Count == 1 && lastToken == first + 2 && GluedInitial(tokens, first, lexical);
            if (nameParts.Count >= 2 || gluedInitial
                || ((mononymRank is not null || mononymOffice) && !isKnownShortForm(name) && toks[first].Text.Length > 2))
            {
                string? rank = RankBefore(tokens, first, out int beforeRank, lexical);
                // "the Commander of First Unit of Harbor Watch", "head of the commanding group of the Kelm Vesk ship": a name right
                // after "of" or "for" (and "the") belongs to an organisation.
                bool afterOf = beforeRank == first && first > 0 && (toks[first - 1].Text is "of" or "for"
                    || (toks[first - 1].Text == "the" && first > 1 && toks[first - 2].Text is "of" or "for"));
                var title = afterOf ? null : TitleBefore(sentence, tokens, beforeRank, lexical);
                // "the ASEAN Defence Minister's Harbour Plus", "an Officer to the KDF's Engineer Platoon": capitalised words right after
                // an office or a body in the possessive are a thing it has (its meeting, its unit), not its holder's name.
                if (title is not null && rank is null && beforeRank == first && OfficePossessiveBefore(tokens, first))
                {
                    k = j;
                    continue;
                }
                // "the defence ministers of the three countries A, B and C": a plural office of the states as a group heads the list.
                bool officeOfStates = false;
                int officeEnd = -1;
                if (title is null && rank is null && beforeRank == first && OfficeOfTheStates(tokens, first, out officeEnd))
                {
                    title = TitleBefore(sentence, tokens, officeEnd, lexical);
                    officeOfStates = title is not null;
                }
                // "Colonel Ivo Brandt OBE, the defence attaché": the apposition follows the letters after the name.
                int afterName = lastToken + 1;
                while (afterName < count && toks[afterName].IsWord && Lexicon.PostNominals.Contains(toks[afterName].Text) && toks[afterName].IsCapitalized) afterName++;
                // "Vice Admiral Tom Reid (pictured), the commander of …": a photograph's note of one lower-case word in brackets
                // stands between the name and its apposition.
                if (afterName + 3 < count && toks[afterName].Text == "(" && toks[afterName + 1].IsWord && !toks[afterName + 1].IsCapitalized
                    && toks[afterName + 2].Text == ")" && toks[afterName + 3].Text == ",") afterName += 3;
                var apposition = title is null ? TitleAfter(sentence, tokens, lexical, afterName) : null;
                // "Commander Kel Arlo, KNS Vesk's Commanding Officer", "the four-star general Ana Dosk, a secretary of state for
                // defence": an office word that is also a grade (lexicon.tsv grade-heads), alone before the name with no rank, is
                // the rank when an apposition follows; the apposition is the office.
                if (title is not null && rank is null && beforeRank == first && first > 0 && toks[first - 1].IsWord
                    && title.Title == toks[first - 1].Text && Lexicon.GradeHeads.Contains(title.Title)
                    && TitleAfter(sentence, tokens, lexical, afterName) is { } gradeApposition)
                {
                    rank = char.ToUpperInvariant(title.Title[0]) + title.Title.Substring(1).ToLowerInvariant();
                    title = null;
                    apposition = gradeApposition;
                }
                // "Turkey’s Ambassador to Cambodia, Ayşe Nur Kılıçarslan, who …", "the Secretary-General of the Ministry, Datuk X",
                // "Singapore’s Chief of Defence Force, Vice-Admiral X": the title stands before a comma, the rank and honorifics after it.
                int beforeComma = beforeRank;
                while (beforeComma > 0 && (IsHonorific(tokens, beforeComma - 1) || (toks[beforeComma - 1].Text == "." && beforeComma >= 2 && IsHonorific(tokens, beforeComma - 2))
                       // ", the Hon Ana Keller": the article of a style.
                       || (toks[beforeComma - 1].Text == "the" && beforeComma < count && IsHonorific(tokens, beforeComma))))
                    beforeComma--;
                // "el jefe del Estado Mayor de Kelm, el general Kel Arlo": the French or Spanish article right after the comma,
                // before the rank and name.
                if (beforeComma > 2 && IsArticleAfterComma(toks[beforeComma - 1].Text) && toks[beforeComma - 2].Text == ",") beforeComma--;
                // "…, l'amiral Kel Arlo": the French article elided before a rank that opens with a vowel (the fifty-fifth round).
                else if (beforeComma > 3 && IsElidedArticle(toks, beforeComma - 2) && toks[beforeComma - 1].End == toks[beforeComma].Start
                         && toks[beforeComma - 3].Text == ",") beforeComma -= 2;
                // "…, el general Kel Arlo": a grade word read as the office alone before the name, after such an article and a
                // comma, is the rank when an office stands before the comma; that office is the title.
                if (title is not null && rank is null && apposition is null && beforeRank == first && first > 3 && toks[first - 1].IsWord
                    && title.Title == toks[first - 1].Text && Lexicon.GradeHeads.Contains(title.Title)
                    && IsArticleAfterComma(toks[first - 2].Text) && toks[first - 3].Text == ","
                    && TitleBefore(sentence, tokens, first - 3, lexical) is { } officeBeforeComma)
                {
                    rank = char.ToUpperInvariant(title.Title[0]) + title.Title.Substring(1).ToLowerInvariant();
                    title = null;
                    apposition = officeBeforeComma;
                }
                if (title is null && apposition is null && beforeComma > 1 && toks[beforeComma - 1].Text == ",")
                {
                    apposition = TitleBefore(sentence, tokens, beforeComma - 1, lexical);
                }
                // "Minister for Kelm Affairs, Senator the Hon Ana Dosk": a member's style of a legislature read as the office, with
                // only honorifics between it and the name and a comma before it, gives way to the office before that comma.
                if (title is not null && rank is null && Lexicon.MemberStyles.Contains(title.Title)
                    && OfficeBeforeMemberStyle(sentence, tokens, first, lexical) is { } office)
                {
                    title = office;
                }
                // "Air Vice-Marshal Gregory Hale of Australia": the country after the name.
                var titleInfo = title ?? apposition;
                // The name's own "of <state>" and the last token it takes ("Tom Reid of Vesk and …").
                string? stateAfterName = null;
                int nameUntil = lastToken;
                if (lastToken + 2 < count && toks[lastToken + 1].Text == "of"
                    && _countries.TryCountry(tokens, lastToken + 2, out int countryLength, out var countryCode)
                    && (lastToken + 2 + countryLength == count || toks[lastToken + 2 + countryLength].Text is "," or "." or "and" or ";" or ")"))
                {
                    stateAfterName = countryCode;
                    nameUntil = lastToken + 1 + countryLength;
                }
                if ((titleInfo is not null || rank is not null) && titleInfo?.Country is null && stateAfterName is { } nameState)
                {
                    // "Gen. Tea Banh of Cambodia": a rank alone stands for the office the country is given with.
                    titleInfo = titleInfo is null ? new TitleInfo(rank!, nameState, null, rank!.ToLowerInvariant()) : titleInfo with { Country = nameState };
                }
                // "Colonel Kel Arlo, Deputy Commander, Brigade No. 4, Veskan Army": an office told in an apposition after the name,
                // whose state is named by the capitalised segments that go on after it (a body, a unit of the state's forces).
                if (title is null && apposition is not null && titleInfo is not null && titleInfo.Country is null
                    && StateOfAppositionRun(tokens, afterName) is { } appositionState)
                {
                    titleInfo = titleInfo with { Country = appositionState };
                }
                // "Vesk Navy Rear Adm. Tom Reid, commander, …", "Ostrian Army Colonel Ana Dosk": a state and its service right
                // before the rank are the holder's state (a look back from the rank only; no office stood before it).
                if (rank is not null && title is null && titleInfo?.Country is null && ServiceStateBefore(tokens, beforeRank) is { } serviceState)
                {
                    titleInfo = titleInfo is null ? new TitleInfo(rank, serviceState, null, rank.ToLowerInvariant()) : titleInfo with { Country = serviceState };
                }
                // "Chao Dara, a lieutenant general with the logistics command, said": a rank written out in an apposition.
                if (rank is null && title is null && apposition is null) rank = RankInApposition(tokens, afterName);
                // The second and later names of a list under a plural office take its title; a name followed by "of <state>"
                // ("the defence ministers Tom Reid of Vesk and Ana Dosk of Kelm") goes on the list after its state, and
                // the state is its holder's (tried in the fifty-ninth round, applied again with "respectively" in the sixtieth).
                bool listed = beforeRank == first && listTitle is not null && listedUntil >= 0 && first == listedUntil + 2 && toks[listedUntil + 1].Text is "and" or ",";
                bool takesListTitle = listed && title is null && apposition is null;
                if (takesListTitle) titleInfo = listTitle!.Country is null && stateAfterName is not null ? listTitle with { Country = stateAfterName } : listTitle;
                if (title is not null && (officeOfStates || (beforeRank > 0 && IsPluralHead(toks[beforeRank - 1]))))
                {
                    GiveStatesRespectively(tokens, listedUntil, listStates, listedAt, result);
                    listTitle = title;
                    listedUntil = nameUntil;
                    listStates = officeOfStates ? StatesNamed(Slice(tokens, officeEnd, first)) : StatesNamed(Tokenizer.Tokenize(title.Title));
                    listedAt = listStates is null ? null : new List<int> { result.Count };
                }
                else if (takesListTitle)
                {
                    listedUntil = nameUntil;
                    listedAt?.Add(result.Count);
                }
                if (rank is not null || title is not null || apposition is not null || titleInfo is not null)
                {
                    result.Add(new PersonMention(first, lastToken - first + 1, toks[first].Start, toks[lastToken].End - toks[first].Start,
                        name, rank, titleInfo, false, Styled: StyledName(sentence, tokens, first, lastToken)));
                }
                else if (nameParts.Count >= 2 && RequiredText.IsMatch(s_ledByBefore, sentence, 0, toks[first].Start))
                {
                    // "A delegation led by Tom Reid will visit …": the head of a delegation is a person, without an office.
                    result.Add(new PersonMention(first, lastToken - first + 1, toks[first].Start, toks[lastToken].End - toks[first].Start,
                        name, null, null, false));
                }
                else if (nameParts.Count >= 2)
                {
                    var untitledName = new PersonMention(first, lastToken - first + 1, toks[first].Start, toks[lastToken].End - toks[first].Start,
                        name, null, null, false);
                    bare?.Add(untitledName);
                    (untitled ??= new List<StatedName>()).Add(StateAround(tokens, untitledName));
                }
            }
            else if (isKnownShortForm(name) && !(j < count && toks[j].IsCapitalized))
            {
                string? rank = RankBefore(tokens, first, out _, lexical);
                result.Add(new PersonMention(first, 1, toks[first].Start, toks[first].Length, name, rank, null, true));
            }
            k = j;
        }
        if (recording)
        {
            if (runStart >= 0 && listTitle is null) trace!.AddRun(runStart, k, askedFrom, result.Count, bare?.Count ?? 0, untitled?.Count ?? 0);
            // The runs' additions are written down once, as the runs left them (the rules below may change the mentions).
            trace!.EndRecord(result, bare, untitled);
        }
        GiveStatesRespectively(tokens, listedUntil, listStates, listedAt, result);
        if (untitled is not null && untitled.Count >= 2) TakeNamesListedWithStates(tokens, untitled, result, bare);
        if (result.Count > 0) TakeStatesOfParties(sentence, tokens, toks, result);
        if (result.Count >= 2) TakeOfficesOfCounterparts(sentence, result);
        TokenArray.Return(toks);
        FindBuffers.Return(buffers);
        return result;
    }

    /// <summary>
    /// The flags and lists one call of <see cref="Find"/> works in, kept per thread as <see cref="TokenArray"/> keeps its
    /// array: <see cref="Rent"/> takes the thread's buffers (new ones when they are out or too short), with the flags of
    /// the first <c>count</c> tokens of <see cref="RankAt"/> cleared and the lists empty; <see cref="Return"/> gives them
    /// back. A call that rents while another holds them gets buffers of its own. The arrays may be longer than the
    /// sentence: they are read up to its count only, and slots past it keep an earlier sentence's flags.
    /// </summary>
    internal sealed class FindBuffers
    {
        private const int MinimumLength = 64;

        [ThreadStatic] private static FindBuffers? t_free;

        public bool[] Lexical = Array.Empty<bool>();
        public bool[] RankAt = Array.Empty<bool>();
        public readonly List<(int First, int Last)> Parts = new();
        public readonly List<(int First, int Last)> NameParts = new();

        public static FindBuffers Rent(int count)
        {
            var buffers = t_free ?? new FindBuffers();
            t_free = null;
            if (buffers.Lexical.Length < count)
            {
                buffers.Lexical = new bool[Math.Max(count, MinimumLength)];
                buffers.RankAt = new bool[buffers.Lexical.Length];
            }
            else Array.Clear(buffers.RankAt, 0, count);
            buffers.Parts.Clear();
            buffers.NameParts.Clear();
            return buffers;
        }

        public static void Return(FindBuffers buffers) => t_free = buffers;
    }

    /// <summary>
    /// "The Veskan delegation was led by Defence Minister Arlo Dosk and his deputy Tomas Brandt", "the Ostrian side included
    /// General Ilse Morrow, Chief of Staff; …": the people listed right after the noun of one state's party (<c>lexicon.tsv</c>
    /// party-heads, with the state's adjective, name or possessive just before it) and the words that open its members
    /// (<c>patterns.tsv</c> party-members-after) are of that state, unless their office names one. The list runs through
    /// offices (their words in lower case too: "led by its chief, Captain …"), ranks, commas and semicolons and the
    /// lower-case words of <c>lexicon.tsv</c> party-list-words ("supported by"); any other lower-case word ("met", "said")
    /// ends it, so a person the party meets is not taken.
    /// </summary>
    // toks: the tokens in Find's array (TokenArray), read up to tokens.Count.
    private void TakeStatesOfParties(string sentence, IReadOnlyList<Token> tokens, Token[] toks, List<PersonMention> result)
    {
        int count = tokens.Count;
        for (int h = 1; h < count; h++)
        {
            if (!toks[h].IsWord || toks[h].IsCapitalized) continue;
            string? code;
            System.Text.RegularExpressions.Match opening;
            if (Lexicon.PartyHeads.Contains(toks[h].Text))
            {
                code = PartyState(tokens, h);
                int from = toks[h].End;
                // "a delegation of Ostria's Ministry of Defence, led by …": the state named in the body after the noun
                // (the fifty-eighth round).
                if (code is null)
                {
                    code = PartyStateAfter(tokens, h, out int bodyLast);
                    if (code is null) continue;
                    from = toks[bodyLast].End;
                }
                opening = s_partyMembersAfter.Match(sentence, from, sentence.Length - from);
            }
            // "The Ostrian defence minister was accompanied by …": an office named by its state and lower-case words alone,
            // its holder unnamed, and the words that open those going with them (patterns.tsv office-party-members-after;
            // the fifty-sixth round).
            else if (_headsById.Contains(toks[h]))
            {
                code = OfficeState(tokens, h);
                if (code is null) continue;
                opening = s_officePartyMembersAfter.Match(sentence, toks[h].End, sentence.Length - toks[h].End);
            }
            else continue;
            if (!opening.Success) continue;
            int cursor = h + 1;
            while (cursor < count && toks[cursor].Start < opening.Index + opening.Length) cursor++;
            for (int n = 0; n < result.Count; n++)
            {
                var m = result[n];
                if (m.FirstToken < cursor) continue;
                bool listed = true;
                for (int t = cursor; t < m.FirstToken && listed; t++)
                    listed = !toks[t].IsWord || toks[t].IsCapitalized || Lexicon.PartyListWords.Contains(toks[t].Text)
                        // "led by its chief, Captain …": an office's words in lower case (the fifty-sixth round).
                        || IsTitleWord(toks[t]);
                if (!listed) break;
                if (m.Title?.Country is null && m.StatedCountry is null) result[n] = m with { StatedCountry = code };
                cursor = m.FirstToken + m.TokenCount;
            }
        }
    }

    /// <summary>
    /// "Defence Minister Arlo Vesk met his Ostrian counterpart, Ilse Morrow": a person whose only office in the sentence is
    /// "counterpart" after "his/her" holds the office of the sentence's first person, who opens the sentence's people and
    /// is named with an office of their own, with no one named between them and "his/her". The counterpart keeps the
    /// state of their own words ("Ostrian"); the first person's state words are left out of the office taken.
    /// </summary>
    private void TakeOfficesOfCounterparts(string sentence, List<PersonMention> result)
    {
        var holder = result[0];
        if (holder.Title is not { } office || Lexicon.CounterpartHeads.Contains(office.Head) || !RequiredText.Of(s_counterpartOfHolder).MayMatch(sentence)) return;
        for (var m = s_counterpartOfHolder.Match(sentence); m.Success; m = m.NextMatch())
        {
            int end = m.Index + m.Length;
            // The French "son homologue" (the pattern's group "after"): the state's word in lower case, the article after a comma
            // and the rank stand after the head word, before the name ("son homologue ostrien, le général Ilse Morrow").
            bool wordsAfter = m.Groups["after"].Success;
            if (m.Index < holder.Start + holder.Length) continue;
            for (int n = 1; n < result.Count; n++)
            {
                var p = result[n];
                if (p.Start < holder.Start + holder.Length) continue;
                // Someone named between the holder and "his/her": the pronoun may be theirs.
                if (p.Start < m.Index) break;
                if (p.Start < end) continue;
                if (p.Title is { } own && Lexicon.CounterpartHeads.Contains(own.Head)
                    && (wordsAfter ? StateArticleAndRankBetween(sentence, end, p.Start, p.Rank) : NoWordsBetween(sentence, end, p.Start)))
                {
                    string? title = OfficeWithoutState(office.Title, wordsAfter);
                    if (title is not null)
                        result[n] = p with { Title = new TitleInfo(title, own.Country, null, office.Head) };
                }
                break;
            }
        }
    }

    // Only punctuation, capitalised words and abbreviations' stops between the end of "counterpart" and the name (a comma,
    // a rank: "his Ostrian counterpart, Gen Ilse Morrow").
    private static bool NoWordsBetween(string sentence, int from, int to)
    {
        foreach (var t in Tokenizer.Tokenize(sentence.Substring(from, to - from)))
        {
            if (t.IsWord && !t.IsCapitalized) return false;
        }
        return true;
    }

    /// <summary>
    /// The fifty-fifth round: between the French "son homologue" and the name, only punctuation, capitalised words, a state's
    /// word in lower case ("ostrien"), the article after a comma ("le", "la") and the name's own rank ("son homologue ostrien,
    /// le général Ilse Morrow"); any other lower-case word ("a salué", "du ministère") is someone else's telling.
    /// </summary>
    private bool StateArticleAndRankBetween(string sentence, int from, int to, string? rank)
    {
        string between = sentence.Substring(from, to - from).TrimEnd();
        if (rank is not null && between.EndsWith(rank, StringComparison.OrdinalIgnoreCase))
            between = between.Substring(0, between.Length - rank.Length);
        var words = Tokenizer.Tokenize(between);
        for (int t = 0; t < words.Count; t++)
        {
            if (!words[t].IsWord || words[t].IsCapitalized || IsArticleAfterComma(words[t].Text)) continue;
            if (_countries.IsCountryWord(words, t, out int length)) { t += length - 1; continue; }
            return false;
        }
        return true;
    }

    // "Ostrian Defence Minister" -> "Defence Minister": an office's words after its state's word (or the state's name and
    // its possessive); null when nothing of an office is left or a state is named further inside it. With
    // <paramref name="frenchDemonym"/> (the French "son homologue"), a state's word in lower case inside the office is left
    // out too ("ministre ostrien de la Défense" -> "ministre de la Défense").
    private string? OfficeWithoutState(string title, bool frenchDemonym = false)
    {
        var words = Tokenizer.Tokenize(title);
        int start = 0;
        if (words.Count > 0 && _countries.TryCountry(words, 0, out int length, out _))
        {
            start = length;
            if (start + 1 < words.Count && words[start].Text == "'" && words[start + 1].Text == "s") start += 2;
        }
        if (start >= words.Count) return null;
        // "Minister of Defence of Norland", "Kelm Norland Defence Minister" (a dateline's city before the state): a state
        // inside the office, which the counterpart does not share.
        for (int t = start; t < words.Count; t++)
        {
            if (words[t].IsCapitalized && _countries.IsCountryWord(words, t, out _)) return null;
        }
        string rest = title.Substring(words[start].Start).Trim();
        if (frenchDemonym)
        {
            for (int t = words.Count - 1; t > start; t--)
            {
                if (!words[t].IsWord || words[t].IsCapitalized || !_countries.IsCountryWord(words, t, out int demonym)) continue;
                int cut = words[t].Start - words[start].Start, cutEnd = words[t + demonym - 1].End - words[start].Start;
                rest = (rest.Substring(0, cut).TrimEnd() + " " + rest.Substring(cutEnd).TrimStart()).Trim();
            }
        }
        return rest.Length == 0 ? null : rest;
    }

    // The state named just before a party's noun: "the Veskan delegation", "Vesk's team", "the Veskan Army delegation" (the
    // state's word, then only capitalised words or a possessive before the noun).
    private string? PartyState(IReadOnlyList<Token> tokens, int head)
    {
        for (int start = head - 1; start >= Math.Max(0, head - 5); start--)
        {
            if (!tokens[start].IsCapitalized) continue;
            if (!_countries.TryCountry(tokens, start, out int length, out var code) || start + length > head) continue;
            for (int t = start + length; t < head; t++)
            {
                if (!(tokens[t].IsCapitalized || tokens[t].Text is "'" or "s")) return null;
            }
            return code;
        }
        return null;
    }

    // "a delegation of Ostria's Ministry of Defence", "a team from the Department of Training under the General Staff of the
    // Ostrian Army": a word of lexicon.tsv [party-body-openers] after a party's noun, then a body's capitalised words (with the
    // words of [party-body-links] and the possessive between them) that name one state and no other; the state and the body's
    // last token.
    private string? PartyStateAfter(IReadOnlyList<Token> tokens, int head, out int bodyLast)
    {
        bodyLast = head;
        if (head + 2 >= tokens.Count || !Lexicon.PartyBodyOpeners.Contains(tokens[head + 1].Text)) return null;
        string? code = null;
        for (int t = head + 2; t < tokens.Count && t <= head + 16; t++)
        {
            if (tokens[t].IsCapitalized)
            {
                if (_countries.TryCountry(tokens, t, out int length, out var found))
                {
                    if (code is not null && code != found) return null;
                    code = found;
                    t += length - 1;
                }
                bodyLast = t;
            }
            else if (tokens[t].Text is "'" or "s" && bodyLast == t - 1) bodyLast = t;
            else if (!Lexicon.PartyBodyLinks.Contains(tokens[t].Text)) break;
        }
        return code;
    }

    // The state of an office written in lower case after its state's word ("the Ostrian defence minister"): the state's name or
    // adjective, then only lower-case words of an office (title heads and modifiers) up to the head at <paramref name="head"/>.
    private string? OfficeState(IReadOnlyList<Token> tokens, int head)
    {
        for (int start = head - 1; start >= Math.Max(0, head - 4); start--)
        {
            if (!tokens[start].IsCapitalized) continue;
            if (!_countries.TryCountry(tokens, start, out int length, out var code) || start + length > head) return null;
            for (int t = start + length; t < head; t++)
            {
                if (!tokens[t].IsWord || tokens[t].IsCapitalized || !IsTitleWord(tokens[t])) return null;
            }
            return code;
        }
        return null;
    }

    /// <summary>A name without an office, the state the words round it give (or null) and the tokens of that frame.</summary>
    internal readonly record struct StatedName(PersonMention Mention, string? Country, int FrameFirst, int FrameLast);

    // "Kenya’s Tomas Arden": a state's name in the possessive right before the name; "Piet Dosk of Chile": "of" and a state
    // after it, then the end of the clause or the list.
    private StatedName StateAround(IReadOnlyList<Token> tokens, PersonMention m)
    {
        int first = m.FirstToken, last = m.FirstToken + m.TokenCount - 1;
        if (first >= 3 && tokens[first - 1].Text == "s" && tokens[first - 2].Text is "'" && tokens[first - 2].Start == tokens[first - 3].End)
        {
            for (int start = first - 3; start >= Math.Max(0, first - 6); start--)
            {
                if (_countries.TryCountry(tokens, start, out int length, out var code) && start + length == first - 2)
                    return new StatedName(m, code, start, last);
            }
        }
        if (last + 2 < tokens.Count && tokens[last + 1].Text == "of" && _countries.TryCountry(tokens, last + 2, out int ofLength, out var ofCode)
            && (last + 2 + ofLength == tokens.Count || tokens[last + 2 + ofLength].Text is "," or "." or "and" or ";" or ")" || !tokens[last + 2 + ofLength].IsCapitalized))
            return new StatedName(m, ofCode, first, last + 1 + ofLength);
        return new StatedName(m, null, first, last);
    }

    /// <summary>
    /// "Kenya’s Tomas Arden, Peru’s Ilse Morrow and Piet Dosk of Chile watched the drill": a list of two or more names
    /// without an office, joined by commas and "and", each with its state in the possessive before it or after "of",
    /// is a list of people of those states. A name that ends in a landmark's noun ("Chile’s Atacama Desert") breaks the list.
    /// </summary>
    private static void TakeNamesListedWithStates(IReadOnlyList<Token> tokens, List<StatedName> untitled, List<PersonMention> result, List<PersonMention>? bare)
    {
        bool taken = false;
        int i = 0;
        while (i < untitled.Count)
        {
            int end = i;
            while (end + 1 < untitled.Count && ListedAfter(tokens, untitled[end], untitled[end + 1])) end++;
            bool stated = end > i;
            for (int n = i; n <= end && stated; n++)
                stated = untitled[n].Country is not null && !Lexicon.LandmarkHeads.Contains(LastWord(untitled[n].Mention.Name));
            if (stated)
            {
                for (int n = i; n <= end; n++)
                {
                    var m = untitled[n].Mention;
                    result.Add(m with { StatedCountry = untitled[n].Country });
                    bare?.Remove(m);
                }
                taken = true;
            }
            i = end + 1;
        }
        if (taken) result.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
    }

    private static string LastWord(string name)
    {
        int space = name.LastIndexOf(' ');
        return space < 0 ? name : name.Substring(space + 1);
    }

    // Whether only a comma, "and" or ", and" stand between the frames of two names (the tokens are the sentence's).
    private static bool ListedAfter(IReadOnlyList<Token> tokens, StatedName before, StatedName after)
    {
        int gap = after.FrameFirst - before.FrameLast - 1;
        if (gap == 1) return tokens[before.FrameLast + 1].Text is "," or "and";
        return gap == 2 && tokens[before.FrameLast + 1].Text == "," && tokens[before.FrameLast + 2].Text == "and";
    }

    // The words of a run from part from on that count towards a name's length (particles do not).
    private static int NameWords(IReadOnlyList<Token> tokens, List<(int First, int Last)> parts, int from)
    {
        int count = 0;
        for (int p = from; p < parts.Count; p++)
            if (!IsParticlePart(tokens, parts[p])) count++;
        return count;
    }

    // Which tokens are vocabulary and never start a name. It depends on the sentence alone, and the
    // extractor asks for the people of each sentence twice (full names, then short forms): the
    // answers for the last sentences (a few articles' worth; per thread, by token list, which is
    // never changed once made) are kept. A table with weak keys cost more in garbage collection than it saved.
    private const int LexicalCacheSize = 2048;

    [ThreadStatic] private static Dictionary<IReadOnlyList<Token>, LexicalFlags>? t_lexical;

    /// <summary>
    /// A sentence's flags of <see cref="Lexical"/>, and the first token from the second to the last but one that is a
    /// capitalised word of lexicon.tsv [family-name-words] (<see cref="IsFamilyNameWord"/>), −1 when none is: the search's
    /// loop over such words begins there.
    /// </summary>
    internal sealed class LexicalFlags
    {
        public readonly bool[] Known;
        public readonly int FamilyNameWordAt;

        public LexicalFlags(bool[] known, int familyNameWordAt)
        {
            Known = known;
            FamilyNameWordAt = familyNameWordAt;
        }
    }

    // lexicon.tsv [family-name-words] ignoring case, read by a token's id: a word outside it is refused without a hash of its text.
    private static readonly LexiconWords.ById s_familyNameWordsById = new(new HashSet<string>(Lexicon.FamilyNameWords, StringComparer.OrdinalIgnoreCase));

    /// <summary>A capitalised token whose text is a word of lexicon.tsv [family-name-words] as written (ordinal).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsFamilyNameWord(in Token t)
        => t.IsCapitalized && s_familyNameWordsById.Contains(t) && Lexicon.FamilyNameWords.Contains(t.Text);

    /// <summary>
    /// The first of the <paramref name="count"/> tokens, from the second to the last but one, that is a family-name word
    /// (<see cref="IsFamilyNameWord"/>), or −1: <see cref="LexicalFlags.FamilyNameWordAt"/>.
    /// </summary>
    internal static int FirstFamilyNameWord(Token[] toks, int count)
    {
        for (int i = 1; i + 1 < count; i++)
            if (IsFamilyNameWord(toks[i])) return i;
        return -1;
    }

    private sealed class ByReference : IEqualityComparer<IReadOnlyList<Token>>
    {
        public static readonly ByReference Instance = new();
        public bool Equals(IReadOnlyList<Token>? x, IReadOnlyList<Token>? y) => ReferenceEquals(x, y);
        public int GetHashCode(IReadOnlyList<Token> obj) => RuntimeHelpers.GetHashCode(obj);
    }

    // The tokens are read from toks (the same tokens in an array: TokenArray), not through the list's interface; the helpers
    // that take the list are still given it.
    [MethodImpl(HotPath.Optimized)]
    private LexicalFlags Lexical(string sentence, IReadOnlyList<Token> tokens, Token[] toks, IReadOnlyList<CountryMention>? countries)
    {
        int count = tokens.Count;
        var lexical = new bool[count];
        for (int i = 0; i < count; i++) lexical[i] = IsLexical(tokens, toks[i], i) || IsHonorific(tokens, toks[i], i) || IsPluralHead(toks[i]);
        // Every word of a city's or a country's name is vocabulary ("Phnom Penh", "New Zealand", "Viet Nam"):
        // the tokens up to the end of the longest city that starts at a capitalised token (the text
        // there begins with it, ordinal; "Agra" of "Agrarian" too).
        for (int i = 0; i < count; i++)
        {
            if (!toks[i].IsCapitalized) continue;
            // "… de la province de Kelm Vesk, Arlo Dosk": a region of places.tsv [regions] named as whole words is vocabulary
            // too, so an office of it runs on to the name after the comma. Both start at this token, so the longer one
            // covers the other.
            int start = toks[i].Start;
            int length = Math.Max(_cityTrie.LongestAt(sentence, start), s_regionTrie.Value.LongestWordAt(sentence, start));
            for (int k2 = i; length > 0 && k2 < count && toks[k2].Start < start + length; k2++) lexical[k2] = true;
        }
        var found = countries ?? _countries.Find(tokens);
        for (int f = 0; f < found.Count; f++)
        {
            var c = found[f];
            for (int i = c.FirstToken; i < c.FirstToken + c.TokenCount; i++) lexical[i] = true;
        }
        return new LexicalFlags(lexical, FirstFamilyNameWord(toks, count));
    }

    private static readonly HashSet<string> s_referenceHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "minister", "ambassador", "commander", "chief", "secretary", "president", "premier", "attaché", "attache", "envoy",
        "director", "governor", "spokesman", "spokeswoman", "spokesperson", "chairman", "commander-in-chief", "secretary-general",
    };

    private static readonly HashSet<string> s_notNow = new(StringComparer.OrdinalIgnoreCase) { "former", "outgoing", "incoming", "late", "then", "new", "next" };

    // A reference takes part in what the sentence reports only as the object of a meeting ("called on the ambassador",
    // "met with the minister") or as the subject of one or of "said" ("the premier met …", "the minister said …", which
    // event building weighs as it weighs any speaker); "the ambassador also touched upon an earlier deal" is talk about other things.
    private static readonly HashSet<string> s_beforeReference = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "with", "by", "met", "meets", "meeting", "received", "receives", "receiving", "welcomed", "welcomes", "hosted", "hosts", "visited",
        "and", "asked", "thanked", "congratulated", "accompanied", "joined", "briefed", "invited", "greeted",
    };

    private static readonly HashSet<string> s_afterReference = new(StringComparer.OrdinalIgnoreCase)
    {
        "met", "meets", "received", "receives", "visited", "visits", "called", "calls", "held", "holds", "hosted", "hosts", "paid", "pays",
        "signed", "signs", "attended", "attends", "led", "leads", "inspected", "welcomed", "welcomes", "arrived", "arrives", "will", "is", "was",
        "said", "says", "told",
    };

    private static readonly HashSet<string> s_adverbs = new(StringComparer.OrdinalIgnoreCase) { "also", "then", "later", "earlier", "personally", "had", "has" };

    /// <summary>
    /// People named only by their office: "the", an optional country adjective, title words ending in an office
    /// ("the Thai defence minister said", "the ambassador"), not followed by a name or "of …", not former, and outside the
    /// names of <paramref name="people"/>. Whom they stand for is for resolution to say (<c>OfficialRegistry.ResolveOffice</c>).
    /// </summary>
    public List<OfficeReference> FindOfficeReferences(IReadOnlyList<Token> tokens, IReadOnlyList<PersonMention> people)
    {
        var result = new List<OfficeReference>();
        for (int i = 0; i + 1 < tokens.Count; i++)
        {
            if (!string.Equals(tokens[i].Text, "the", StringComparison.OrdinalIgnoreCase)) continue;
            // "the Veskan and Ostrian defence chiefs", "the commanders of the Veskan and Ostrian armies": one office of each state.
            if (PairedOffices(tokens, i, people, result, out int pairedEnd)) { i = pairedEnd - 1; continue; }
            int j = i + 1;
            // "the visiting Thai defence minister": the guest is still named by his office.
            if (string.Equals(tokens[j].Text, "visiting", StringComparison.OrdinalIgnoreCase) && j + 1 < tokens.Count) j++;
            string? country = null;
            if (tokens[j].IsCapitalized && _countries.TryCountry(tokens, j, out int countryLength, out var code))
            {
                country = code;
                j += countryLength;
            }
            var words = new List<string>();
            int headEnd = -1;
            while (j < tokens.Count && tokens[j].IsWord && (_titles.Heads.Contains(tokens[j].Text) || _titles.Modifiers.Contains(tokens[j].Text)))
            {
                if (s_notNow.Contains(tokens[j].Text)) { words.Clear(); headEnd = -1; break; }
                string w = tokens[j].Text.ToLowerInvariant();
                words.Add(w == "defense" ? "defence" : w);
                if (s_referenceHeads.Contains(tokens[j].Text)) headEnd = j + 1;
                j++;
            }
            if (headEnd != j || words.Count == 0) continue;
            // "the defence minister Gen. X", "the minister of …", "the ambassador's residence": not a reference to a person alone.
            if (j < tokens.Count && (tokens[j].IsCapitalized || tokens[j].Text is "of" or "for" or "'" or "-")) continue;
            int first = i, last = j - 1;
            if (NamesSpan(people, first, last)) continue;
            int after = j;
            while (after < tokens.Count && s_adverbs.Contains(tokens[after].Text)) after++;
            bool objectOf = first > 0 && s_beforeReference.Contains(tokens[first - 1].Text);
            bool subjectOf = after < tokens.Count && s_afterReference.Contains(tokens[after].Text);
            if (!objectOf && !subjectOf) continue;
            result.Add(new OfficeReference(first, j - first, country, words));
            i = j - 1;
        }
        return result;
    }

    // "the A and B <office words> <plural office>" or "the <office words> <plural office> of [the] A and B": two references, one per
    // state (each spanning its country word), whose office words are the plural's in the singular (`[plural-offices]`). Only
    // as the subject or the object of a meeting or signing, as for one office.
    private bool PairedOffices(IReadOnlyList<Token> tokens, int the, IReadOnlyList<PersonMention> people, List<OfficeReference> result, out int end)
    {
        end = the + 1;
        int j = the + 1;
        var words = new List<string>();
        (int At, int Length, string Code) first, second;
        if (tokens[j].IsCapitalized && _countries.TryCountry(tokens, j, out int l1, out var c1))
        {
            // "the A and B defence chiefs"
            if (!PairAt(tokens, j, l1, c1, out first, out second, out j)) return false;
            while (j < tokens.Count && tokens[j].IsWord && !Lexicon.PluralOffices.ContainsKey(tokens[j].Text) && _titles.Modifiers.Contains(tokens[j].Text))
                words.Add(Office(tokens[j++].Text));
            if (j >= tokens.Count || !Lexicon.PluralOffices.TryGetValue(tokens[j].Text, out var head)) return false;
            words.Add(head);
            j++;
            if (j < tokens.Count && (tokens[j].IsCapitalized || tokens[j].Text is "of" or "'")) return false;
        }
        else
        {
            // "the commanders of the A and B armies", "the defence ministers of A and B"
            while (j < tokens.Count && tokens[j].IsWord && !Lexicon.PluralOffices.ContainsKey(tokens[j].Text) && _titles.Modifiers.Contains(tokens[j].Text))
                words.Add(Office(tokens[j++].Text));
            if (j >= tokens.Count || !Lexicon.PluralOffices.TryGetValue(tokens[j].Text, out var head)) return false;
            words.Add(head);
            j++;
            if (j + 2 >= tokens.Count || tokens[j].Text != "of") return false;
            j++;
            if (string.Equals(tokens[j].Text, "the", StringComparison.OrdinalIgnoreCase)) j++;
            if (j >= tokens.Count || !tokens[j].IsCapitalized || !_countries.TryCountry(tokens, j, out int l2, out var c2)) return false;
            if (!PairAt(tokens, j, l2, c2, out first, out second, out j)) return false;
            // "… of the A and B armies": one lower-case word may follow (the forces the offices head).
            if (j < tokens.Count && tokens[j].IsWord && !tokens[j].IsCapitalized && !s_afterReference.Contains(tokens[j].Text)) j++;
        }
        if (first.Code == second.Code) return false;
        if (NamesSpan(people, the, j - 1)) return false;
        int after = j;
        while (after < tokens.Count && s_adverbs.Contains(tokens[after].Text)) after++;
        bool objectOf = the > 0 && s_beforeReference.Contains(tokens[the - 1].Text);
        bool subjectOf = after < tokens.Count && s_afterReference.Contains(tokens[after].Text);
        if (!objectOf && !subjectOf) return false;
        result.Add(new OfficeReference(first.At, first.Length, first.Code, words, Paired: true));
        result.Add(new OfficeReference(second.At, second.Length, second.Code, words, Paired: true));
        end = j;
        return true;
    }

    // Whether one of the names of people holds a token from first to last. A loop, not Any with a lambda: the lambda's
    // captured locals made an object at every token FindOfficeReferences reads (every turn of its loop), and at every
    // "the" PairedOffices is asked at, whether or not the question was reached.
    internal static bool NamesSpan(IReadOnlyList<PersonMention> people, int first, int last)
    {
        for (int k = 0; k < people.Count; k++)
        {
            var p = people[k];
            if (p.FirstToken <= last && p.FirstToken + p.TokenCount > first) return true;
        }
        return false;
    }

    // "A and B" (or "A, B"): two countries at index at, the first of length length and code code.
    private bool PairAt(IReadOnlyList<Token> tokens, int at, int length, string code, out (int, int, string) first, out (int, int, string) second, out int next)
    {
        first = (at, length, code);
        second = default;
        next = at + length;
        if (next + 1 >= tokens.Count || tokens[next].Text != "and" || !tokens[next + 1].IsCapitalized) return false;
        if (!_countries.TryCountry(tokens, next + 1, out int l2, out var c2)) return false;
        second = (next + 1, l2, c2);
        next = next + 1 + l2;
        return true;
    }

    private static string Office(string word)
    {
        string w = word.ToLowerInvariant();
        return w == "defense" ? "defence" : w;
    }

    // Whether a word of the run before the name's first token is the kind of an occasion or meeting body ("Forum",
    // "Meeting", "Summit") and no rank, honorific or title head stands between it and the name.
    private bool TailOfBodyName(IReadOnlyList<Token> tokens, List<(int First, int Last)> parts, int nameFirst, bool[] lexical, bool[] rankAt)
    {
        for (int p = parts.Count - 1; p >= 0; p--)
        {
            int t = parts[p].First;
            if (t >= nameFirst) continue;
            if (rankAt[t] || IsHonorific(tokens, t) || (lexical[t] && _titles.Heads.Contains(tokens[t].Text))) return false;
            if (parts[p].First == parts[p].Last && Lexicon.OccasionHeads.Contains(tokens[t].Text)) return true;
        }
        return false;
    }

    // A word that heads an office: one of the title table's heads, or one that heads an office only in lower case, as French
    // writes it ("commandant", lexicon.tsv title-heads-lower-case). Read where an office after a name and its head are found.
    private bool IsOfficeHead(string word) => _titles.Heads.Contains(word) || Lexicon.LowerCaseTitleHeads.Contains(word);

    /// <summary>
    /// The part a name starts at, from <paramref name="startPart"/>: particles after the words of an office or a body and before its
    /// other words start no name ("Chef de la Défense", "Commandant la Zone Sud"), so the search goes on after them; a particle
    /// before a name word stays ("Minister de Silva"). −1 when no part is left.
    /// </summary>
    private static int PastParticlesOfABody(IReadOnlyList<Token> tokens, List<(int First, int Last)> parts, int startPart, bool[] lexical)
    {
        while (startPart >= 0 && IsParticlePart(tokens, parts[startPart]))
        {
            int after = startPart;
            while (after < parts.Count && IsParticlePart(tokens, parts[after])) after++;
            if (after == parts.Count || !lexical[parts[after].First]) break;
            startPart = FirstNotLexical(parts, after, lexical);
        }
        return startPart;
    }

    // The first part from index from on whose first word is not vocabulary, or -1.
    private static int FirstNotLexical(List<(int First, int Last)> parts, int from, bool[] lexical)
    {
        for (int p = from; p < parts.Count; p++) if (!lexical[parts[p].First]) return p;
        return -1;
    }

    [MethodImpl(HotPath.Optimized)]
    private bool TryKnown(string sentence, IReadOnlyList<Token> tokens, List<(int First, int Last)> parts, Func<string, bool> isFull,
        Func<string, int, int, bool>? mayBeFull, Func<string, int, int, bool>? mayBeginFull, List<PersonMention> result, bool[] lexical)
    {
        for (int a = 0; a < parts.Count; a++)
        {
            int longest = Math.Min(parts.Count - 1, a + 4);
            int spanStart = tokens[parts[a].First].Start;
            // Parts that go on past the first space after the starting word are asked about only when a known name may begin
            // with that word (one question for all of them, when there are two or more to ask about).
            int refusedFrom = int.MaxValue;
            if (mayBeginFull is not null && mayBeFull is not null && longest - a >= 2)
            {
                int space = sentence.IndexOf(' ', spanStart, tokens[parts[longest].Last].End - spanStart);
                if (space > spanStart && !mayBeginFull(sentence, spanStart, space - spanStart)) refusedFrom = space;
            }
            for (int b = longest; b > a; b--)
            {
                if (tokens[parts[b].Last].End > refusedFrom) continue;
                if (mayBeFull is not null && !mayBeFull(sentence, spanStart, tokens[parts[b].Last].End - spanStart)) continue;
                string candidate = Span(sentence, tokens, parts[a].First, parts[b].Last);
                if (!isFull(candidate)) continue;
                int first = parts[a].First, last = parts[b].Last;
                // "the USS Kel Arlo", "the frigate Ana Dosk": a ship or a place named after someone already named is no mention of them.
                if (IsNamedThing(tokens, first, b - a + 1, lexical)) return false;
                string? rank = RankBefore(tokens, first, out int beforeRank, lexical);
                var title = TitleBefore(sentence, tokens, beforeRank, lexical) ?? TitleAfter(sentence, tokens, lexical, last + 1);
                result.Add(new PersonMention(first, last - first + 1, tokens[first].Start, tokens[last].End - tokens[first].Start, candidate, rank, title, false));
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The first part of a name, from its third on, where a ruler's regnal epithet of <c>lexicon.tsv</c>
    /// <c>[regnal-epithets]</c> begins (the parts from there on are its first words, or all of it), or -1.
    /// </summary>
    private static int RegnalEpithetAt(string sentence, IReadOnlyList<Token> tokens, List<(int First, int Last)> nameParts)
    {
        for (int p = 2; p < nameParts.Count; p++)
        {
            foreach (var epithet in Lexicon.RegnalEpithets)
            {
                int n = Math.Min(epithet.Length, nameParts.Count - p);
                bool all = true;
                for (int i = 0; i < n && all; i++)
                {
                    // The sentence is folded text (Text/Typography.cs), as the lexicon is: a curly apostrophe reads as a straight one.
                    int start = tokens[nameParts[p + i].First].Start, length = tokens[nameParts[p + i].Last].End - start;
                    all = length == epithet[i].Length
                        && string.Compare(sentence, start, epithet[i], 0, length, StringComparison.OrdinalIgnoreCase) == 0;
                }
                if (all) return p;
            }
        }
        return -1;
    }

    private static string Span(string sentence, IReadOnlyList<Token> tokens, int first, int last)
        => sentence.Substring(tokens[first].Start, tokens[last].End - tokens[first].Start);

    /// <summary>
    /// The state of a service named right before a rank ("U.S. Navy Rear Adm.", "Royal Ostrian Army Colonel", "Vesk Armed
    /// Forces General"): one to four capitalised words of <c>lexicon.tsv</c> <c>[organization-words]</c> that end at
    /// <paramref name="rankStart"/>, with a country's name or demonym right before them; null otherwise. A state right before
    /// the rank with no service between ("Ostrian General X") is not read: such a word may end another phrase.
    /// </summary>
    private string? ServiceStateBefore(IReadOnlyList<Token> tokens, int rankStart)
    {
        int at = rankStart;
        while (at > 0 && rankStart - at < 4 && tokens[at - 1].IsWord && tokens[at - 1].IsCapitalized
               && LexiconWords.Is(tokens[at - 1], LexiconWords.Class.OrganizationWord))
            at--;
        // The service's words run from "end" to the rank; a state's name may hold words of the list ("United States Navy").
        for (int end = rankStart - 1; end >= at && end > 0; end--)
        {
            for (int start = Math.Max(0, end - 5); start < end; start++)
            {
                if (_countries.TryCountry(tokens, start, out int length, out var code) && start + length == end) return code;
            }
        }
        return null;
    }

    /// <summary>
    /// The sixty-sixth round: the French one-letter courtesy at token <paramref name="i"/> ("l'ambassadeur vesquien M. Kel Arlo")
    /// after a lower-case word that joins no title or list (a state's adjective, an office's last word), so that the office before
    /// it is the name's as it is without the courtesy; after "et", "de" or "and" (a list going on) it is not.
    /// </summary>
    private static bool FrenchCourtesyAfterOffice(IReadOnlyList<Token> tokens, int i)
        => tokens[i].Text.Length == 1 && i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized
           && !Lexicon.Connectors.Contains(tokens[i - 1].Text) && !Lexicon.NameListLinks.Contains(tokens[i - 1].Text);

    /// <summary>No token at <paramref name="i"/> (before the sentence), or one that is punctuation or a capitalised word.</summary>
    private static bool NoLowerCaseWordAt(IReadOnlyList<Token> tokens, int i)
        => i < 0 || !tokens[i].IsWord || tokens[i].IsCapitalized;

    /// <summary>
    /// A rank that ends just before token <paramref name="index"/>; <paramref name="before"/> is where it starts (or <paramref name="index"/>).
    /// A rank word that <paramref name="lexical"/> says is part of a name ("Gen Nakatani") is none.
    /// </summary>
    private string? RankBefore(IReadOnlyList<Token> tokens, int index, out int before, bool[]? lexical = null)
    {
        while (index > 0)
        {
            if (IsHonorific(tokens, index - 1)) index--;
            // "Defence Minister Hon. Tom Reid": the full stop glued to an abbreviated courtesy goes with it, when the courtesy
            // follows a capitalised word or punctuation ("… of Ostria and Dr. Tom Reid, secretary": a list goes on, no office).
            else if (index > 1 && tokens[index - 1].Text == "." && tokens[index - 1].Start == tokens[index - 2].End && tokens[index - 2].IsWord
                     && IsHonorific(tokens, index - 2) && (NoLowerCaseWordAt(tokens, index - 3) || FrenchCourtesyAfterOffice(tokens, index - 2))) index -= 2;
            // "the Defence Minister, His Excellency Tom Reid": the possessive of a courtesy goes with it, on the same terms.
            else if (index < tokens.Count && tokens[index - 1].Text is "His" or "Her" && IsHonorific(tokens, index)
                     && NoLowerCaseWordAt(tokens, index - 2)) index--;
            // "Major General (Retd) Kel Arlo", "Brig. (Rtd.) Ana Dosk": a retired officer's mark in brackets stands between the
            // rank and the name.
            else if (RetiredMarkBefore(tokens, index) is int open and >= 0) index = open;
            else break;
        }
        before = index;
        for (int start = Math.Max(0, index - 6); start < index; start++)
        {
            if (lexical is not null && !lexical[start]) continue;
            if (TryRank(tokens, start, out int length, out var rank) && start + length == index)
            {
                before = start;
                return rank;
            }
        }
        return null;
    }

    /// <summary>
    /// The opening bracket of a retired officer's mark (<c>lexicon.tsv</c> retired-marks) whose closing bracket is token
    /// <paramref name="index"/> − 1 ("(Retd)", "(Rtd.)", "(Ret'd)": the mark's words joined, its full stops and apostrophes
    /// left out), or −1.
    /// </summary>
    private static int RetiredMarkBefore(IReadOnlyList<Token> tokens, int index)
    {
        if (index < 3 || tokens[index - 1].Text != ")") return -1;
        var mark = new System.Text.StringBuilder();
        for (int i = index - 2; i >= 0 && i >= index - 6; i--)
        {
            var t = tokens[i];
            if (t.Text == "(") return mark.Length > 0 && Lexicon.RetiredMarks.Contains(mark.ToString()) ? i : -1;
            if (t.IsWord) mark.Insert(0, t.Text);
            else if (t.Text is not ("." or "'")) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The name from tokens <paramref name="first"/> to <paramref name="last"/> with the styles that stand right before it
    /// ("Sheikh", "Samdech Pichay Sena": words of <see cref="Lexicon.Styles"/> and the honorific tails after them), or null
    /// when no style does. A courtesy ("Mr", "Excellency") ends the styles.
    /// </summary>
    private static string? StyledName(string sentence, IReadOnlyList<Token> tokens, int first, int last)
    {
        int start = first;
        // A capitalised word that is an honorific here (a style, a tail such as "Sena", "Tan Sri") and no courtesy.
        // "Dato' Seri": an apostrophe that belongs to the style before it goes with it.
        while (start > 0 && ((tokens[start - 1].IsCapitalized && (tokens[start - 1].Text.Length > 1 || Lexicon.Styles.Contains(tokens[start - 1].Text)) && IsHonorific(tokens, start - 1)
                              && (Lexicon.Styles.Contains(tokens[start - 1].Text) || !Lexicon.Honorifics.Contains(tokens[start - 1].Text)))
                             || (start > 1 && !tokens[start - 1].IsWord && IsHonorific(tokens, start - 1) && Lexicon.Styles.Contains(tokens[start - 2].Text + "'"))))
            start--;
        return start == first ? null : Span(sentence, tokens, start, last);
    }

    /// <summary>
    /// Whether the name found is one word (particles aside) that opens at <paramref name="startPart"/> right after a part of
    /// one capitalised word that is a style of <see cref="Lexicon.Styles"/> ("Sheikh Darya"); a courtesy ("Mr Dosk") is none.
    /// </summary>
    private static bool StyleOpensOneWordName(IReadOnlyList<Token> tokens, List<(int First, int Last)> parts, int startPart, List<(int First, int Last)> nameParts)
    {
        if (startPart == 0 || nameParts.Count == 0 || nameParts[0].First != parts[startPart].First) return false;
        int words = 0;
        foreach (var part in nameParts)
            if (!IsParticlePart(tokens, part)) words++;
        if (words != 1) return false;
        var style = parts[startPart - 1];
        return style.First == style.Last && tokens[style.First].IsCapitalized && IsHonorific(tokens, style.First)
               && Lexicon.Styles.Contains(tokens[style.First].Text);
    }

    /// <summary>
    /// A hyphenated part whose first word is a title head or a rank ("General-East", "Commander-North"): an office, no name word.
    /// "Commander-in-Chief" as written whole is a title head and is read by the rule for those.
    /// </summary>
    private bool IsOfficeCompound(IReadOnlyList<Token> tokens, (int First, int Last) part)
        => part.Last > part.First && tokens[part.First + 1].Text == "-"
           && (_titles.Heads.Contains(tokens[part.First].Text) || _titles.RankWords.Contains(tokens[part.First].Text));

    /// <summary>Whether every part of the run before <paramref name="startPart"/> continues an organisation's name and the run follows "the" or a possessive.</summary>
    private bool OpensOrganisationName(IReadOnlyList<Token> tokens, List<(int First, int Last)> parts, int startPart, bool[] rankAt)
    {
        if (startPart == 0) return false;
        for (int p = 0; p < startPart; p++)
            if (parts[p].First != parts[p].Last || !ContinuesOrganisationName(tokens, parts[p].First, rankAt)) return false;
        int before = parts[0].First - 1;
        if (before < 0) return false;
        if (string.Equals(tokens[before].Text, "the", StringComparison.OrdinalIgnoreCase)) return true;
        return ApostropheS(tokens, before);
    }

    /// <summary>
    /// Token <paramref name="i"/> is a capitalised word of an organisation's name or an office's modifier ("Defence",
    /// "National", "Industries" no) that is no title head, rank, honorific, body ("Navy", "Ministry") or state: a name never
    /// follows one directly ("Secretary of the Navy Tom Reid" does follow a body).
    /// </summary>
    private bool ContinuesOrganisationName(IReadOnlyList<Token> tokens, int i, bool[] rankAt)
    {
        var t = tokens[i];
        if (!t.IsCapitalized || rankAt[i] || IsHonorific(tokens, i) || _titles.Heads.Contains(t.Text) || Lexicon.OrganizationHeads.Contains(t.Text)) return false;
        if (!(Lexicon.OrganizationWords.Contains(t.Text) || _titles.Modifiers.Contains(t.Text))) return false;
        return !_countries.IsCountryWord(tokens, i, out _);
    }

    /// <summary>
    /// A comma glued to token <paramref name="last"/>, then a generational suffix ("Jr", "III") that ends the clause: the end of the
    /// sentence, a full stop, a comma, a bracket, a dash or a word in lower case after it. "Tom Reid, II Corps commander" is a unit.
    /// </summary>
    private static bool GenerationalSuffixAfterComma(IReadOnlyList<Token> tokens, int last)
    {
        if (last + 2 >= tokens.Count || tokens[last + 1].Text != "," || tokens[last + 1].Start != tokens[last].End) return false;
        var suffix = tokens[last + 2];
        if (!suffix.IsWord || !Lexicon.GenerationalSuffixes.Contains(suffix.Text)) return false;
        int after = last + 3;
        if (after < tokens.Count && tokens[after].Text == "." && tokens[after].Start == suffix.End) after++;
        if (after >= tokens.Count) return true;
        var next = tokens[after];
        return next.IsWord ? !next.IsCapitalized : next.Text is "," or ")" or ";" or "–" or "—" or "-" or "." or ":";
    }

    /// <summary>A rank that starts at token <paramref name="i"/>: a form of the vocabulary, or one written as one word ("MajGen").</summary>
    internal bool TryRank(IReadOnlyList<Token> tokens, int i, out int length, out string rank) => TryRank(tokens, tokens[i], i, out length, out rank);

    /// <summary>The ranks of the vocabulary, as <see cref="TryRank(IReadOnlyList{Token}, int, out int, out string)"/> matches them first (for tests).</summary>
    internal PhraseMatcher<string> RankPhrases => _ranks;

    /// <summary>As <see cref="TryRank(IReadOnlyList{Token}, int, out int, out string)"/>, given the token <paramref name="t"/> at <paramref name="i"/>.</summary>
    private bool TryRank(IReadOnlyList<Token> tokens, in Token t, int i, out int length, out string rank)
    {
        // Most tokens can start neither a rank of the vocabulary nor one written as one word: refused without the
        // matcher's call and the joined rank's reading, with the answers those give.
        if (!_ranks.MayStartWith(t.Text))
        {
            length = 0;
            rank = default!;
        }
        else if (_ranks.TryMatch(tokens, i, out length, out rank)) return true;
        if (!t.IsCapitalized) return false;
        if (!MayBeJoinedRank(t.Text))
        {
            rank = "";
            return false;
        }
        if (!TryJoinedRank(t.Text, out rank)) return false;
        // "LtGen." with its full stop glued to it.
        length = i + 1 < tokens.Count && tokens[i + 1].Text == "." && tokens[i + 1].Start == t.End ? 2 : 1;
        return true;
    }

    /// <summary>
    /// How many capitals (<see cref="char.IsUpper(char)"/>) <paramref name="word"/> has when every character of it is a
    /// letter (<see cref="char.IsLetter(char)"/>), else −1; ASCII is read without the character tables, with the same answers.
    /// </summary>
    internal static int CapitalsOfLetters(string word)
    {
        int capitals = 0;
        foreach (char c in word)
        {
            if (c < 128)
            {
                if ((uint)((c | 0x20) - 'a') > 'z' - 'a') return -1;
                if (c <= 'Z') capitals++;
                continue;
            }
            if (!char.IsLetter(c)) return -1;
            if (char.IsUpper(c)) capitals++;
        }
        return capitals;
    }

    /// <summary>
    /// False when <see cref="TryJoinedRank"/> of <paramref name="word"/> is certainly false, read from its first two or three
    /// characters when they are ASCII: the first part of a joined rank (its letters up to its second capital) begins the
    /// first word of a rank of two words or more, so its first letter, lower-cased, is that word's first, its second
    /// character is a capital (a part of one letter) or that word's second letter, and then its third is a capital or
    /// that word's third letter. True when it may be true.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayBeJoinedRank(string word)
    {
        if (word.Length < 3) return false;
        char first = word[0], second = word[1];
        if (first >= 128 || second >= 128) return true;
        if (first is >= 'A' and <= 'Z') first = (char)(first + 32);
        if (!_joinedRankStarts[first * 128 + second]) return false;
        // A capital second character ends a first part of one letter; else the first part has two letters or more, and a
        // third character that is no ASCII capital (which would end it) is the first word's third letter.
        if (second is >= 'A' and <= 'Z') return true;
        char third = word[2];
        return third >= 128 || third is >= 'A' and <= 'Z' || _joinedRankThrees.Contains((first * 128 + second) * 128 + third);
    }

    private static bool[] JoinedRankStarts(List<(string[] Words, string Rank)> wordRanks)
    {
        var starts = new bool[128 * 128];
        foreach (var (words, _) in wordRanks)
        {
            string w0 = words[0];
            if (w0.Length == 0 || w0[0] >= 128) continue;
            for (char capital = 'A'; capital <= 'Z'; capital++) starts[w0[0] * 128 + capital] = true;
            if (w0.Length >= 2 && w0[1] < 128) starts[w0[0] * 128 + w0[1]] = true;
        }
        return starts;
    }

    private static HashSet<int> JoinedRankThrees(List<(string[] Words, string Rank)> wordRanks)
    {
        var threes = new HashSet<int>();
        foreach (var (words, _) in wordRanks)
        {
            string w0 = words[0];
            if (w0.Length >= 3 && w0[0] < 128 && w0[1] < 128 && w0[2] < 128) threes.Add((w0[0] * 128 + w0[1]) * 128 + w0[2]);
        }
        return threes;
    }

    /// <summary>
    /// A rank written as one word, its parts glued at their capitals ("MajGen", "LtCol", "BrigGen", "RAdm", "VAdm"): each part
    /// begins the word of the same place of one rank of the vocabulary written in words ("Maj Gen", "Rear Admiral"), and all
    /// the ranks so read are one. A name glued at a capital ("McKay", "DeSouza") begins no rank's words.
    /// </summary>
    internal bool TryJoinedRank(string word, out string rank)
    {
        rank = "";
        int capitals = CapitalsOfLetters(word);
        if (capitals < 2 || capitals == word.Length) return false;
        var parts = new List<string>();
        int from = 0;
        for (int c = 1; c <= word.Length; c++)
        {
            if (c < word.Length && !char.IsUpper(word[c])) continue;
            parts.Add(word.Substring(from, c - from).ToLowerInvariant());
            from = c;
        }
        string? found = null;
        foreach (var (words, full) in _wordRanks)
        {
            if (words.Length != parts.Count) continue;
            bool begins = true;
            for (int p = 0; p < parts.Count && begins; p++) begins = words[p].StartsWith(parts[p], StringComparison.Ordinal);
            if (!begins) continue;
            if (found is not null && found != full) return false;
            found = full;
        }
        if (found is null) return false;
        rank = found;
        return true;
    }

    /// <summary>
    /// "Gen" without its full stop, followed by one capitalised word that nobody of the article bears yet and then no
    /// other capitalised word: the Japanese given name ("Defence Minister Gen Nakatani and his counterpart …").
    /// Before an honorific, two name words or a known name ("Gen Datuk Hafiz Salleh", "Gen Anil Deshmukh", "Gen Deshmukh") it is the rank.
    /// </summary>
    private bool IsGivenNameGen(IReadOnlyList<Token> tokens, int i, Func<string, bool> isKnownShortForm)
    {
        if (tokens[i].Text != "Gen" || i + 1 >= tokens.Count) return false;
        var next = tokens[i + 1];
        if (!next.IsCapitalized || next.Start == tokens[i].End || IsHonorific(tokens, i + 1) || IsLexical(tokens, i + 1)) return false;
        if (i + 2 < tokens.Count && (tokens[i + 2].IsCapitalized || (tokens[i + 2].Text is "-" or "." && tokens[i + 2].Start == next.End))) return false;
        return !isKnownShortForm(next.Text);
    }

    /// <summary>
    /// A name that is a place or a ship: its first word or the word before it (its rank and honorifics aside) is a
    /// name prefix ("Camp", "BRP", "frigate"), or a rank and a single name follow "the" ("the Admiral Gorshenko").
    /// </summary>
    private bool IsNamedThing(IReadOnlyList<Token> tokens, int first, int nameWords, bool[] lexical)
    {
        if (Lexicon.NamePrefixes.Contains(tokens[first].Text)) return true;
        RankBefore(tokens, first, out int before, lexical);
        while (before > 0 && IsHonorific(tokens, before - 1)) before--;
        if (before == 0) return false;
        string previous = tokens[before - 1].Text;
        if (Lexicon.NamePrefixes.Contains(previous)) return true;
        return nameWords == 1 && before < first && (previous == "the" || previous == "a");
    }

    /// <summary>
    /// A part of a run that is a particle of the name, not one of its words: a lower-case particle ("bin", "al", "de la") or
    /// a capitalised one of <see cref="Lexicon.CapitalisedParticles"/> standing alone between two name words, spaced
    /// ("Rear Admiral Kel Bin Arlo Bin Dosk Al Vesk"). Particles neither start nor end a name, nor count as its words.
    /// </summary>
    private static bool IsParticlePart(IReadOnlyList<Token> tokens, (int First, int Last) part)
    {
        int j = part.First;
        if (j != part.Last) return false;
        if (IsNameParticle(tokens, j)) return true;
        var t = tokens[j];
        if (!t.IsCapitalized || j == 0 || j + 1 >= tokens.Count || !Lexicon.CapitalisedParticles.Contains(t.Text)) return false;
        var before = tokens[j - 1];
        var after = tokens[j + 1];
        return before.IsWord && before.IsCapitalized && before.End < t.Start && after.IsCapitalized && after.Start > t.End;
    }

    /// <summary>A lower-case particle inside a name ("al" of "al-Sisi", "bin"), followed by a capitalised word.</summary>
    private static bool IsNameParticle(IReadOnlyList<Token> tokens, int j)
    {
        var t = tokens[j];
        if (!t.IsWord || t.IsCapitalized || !Lexicon.NameParticles.Contains(t.Text) || !char.IsLower(t.Text[0])) return false;
        if (j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && tokens[j + 1].Start > t.End) return true;
        if (j + 2 < tokens.Count && tokens[j + 1].Text == "-" && tokens[j + 1].Start == t.End && tokens[j + 2].IsCapitalized && tokens[j + 2].Start == tokens[j + 1].End) return true;
        // "de la Vega", "van der Berg": a second particle between this one and the name word.
        var second = j + 1 < tokens.Count ? tokens[j + 1] : default;
        return second.IsWord && second.Start > t.End && !second.IsCapitalized && Lexicon.NameParticles.Contains(second.Text)
            && j + 2 < tokens.Count && tokens[j + 2].IsCapitalized && tokens[j + 2].Start > second.End;
    }

    /// <summary>
    /// An apostrophe between token <paramref name="before"/> and the next word is inside a name: "O'Brien" (one capital
    /// before it, a capital after it) or "Tupouto'a", "Ja'far" (a word of two or more letters glued on both sides), but not a
    /// possessive or a contraction ("Tonga's", "Kim's") nor the closing quote of a quoted word.
    /// </summary>
    private static bool ApostropheInsideName(IReadOnlyList<Token> tokens, int before)
    {
        var word = tokens[before];
        var after = tokens[before + 2];
        if (!word.IsWord || !after.IsWord) return false;
        if (word.Text.Length == 1) return after.IsCapitalized;
        if (s_contractions.Contains(after.Text)) return false;
        // A closing quote has a space or punctuation after it; the letters after an inner apostrophe end the word or go on as one.
        return after.Text.Length >= 1 && (before + 3 >= tokens.Count || tokens[before + 3].Start > after.End || tokens[before + 3].Text is "-" or "'");
    }

    private static readonly HashSet<string> s_contractions = new(StringComparer.OrdinalIgnoreCase) { "s", "t", "d", "m", "ll", "re", "ve" };

    /// <summary>
    /// An apostrophe that opens a name word inside a run of names, written for the glottal stop of Polynesian and
    /// Arabic names ("Crown Prince Tevita'a 'Akau"): a space before it, a capitalised word glued after it, and no
    /// apostrophe closing that word (a quoted word: "Minister Tom Reid 'Pleased'").
    /// </summary>
    private static bool IsGlottalStop(IReadOnlyList<Token> tokens, int j)
    {
        if (tokens[j].Text is not "'" || j == 0 || tokens[j].Start == tokens[j - 1].End) return false;
        if (j + 1 >= tokens.Count || !tokens[j + 1].IsCapitalized || tokens[j + 1].Start != tokens[j].End) return false;
        return !(j + 2 < tokens.Count && tokens[j + 2].Text is "'" && tokens[j + 2].Start == tokens[j + 1].End);
    }

    private static readonly HashSet<string> s_eventNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "meeting", "meetings", "visit", "visits", "talks", "ceremony", "event", "during", "following", "after", "before", "when", "while",
        "at", "on", "in", "with", "met", "received", "said", "told",
    };

    private bool TitleToken(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (IsHonorific(tokens, t, i)) return true;
        if (t.IsWord && s_eventNouns.Contains(t.Text) && t.Text != "in" && t.Text != "on" && t.Text != "at") return false;
        if (t.IsNumber) return NumberInOffice(tokens, i);
        if (t.IsWord)
        {
            if (t.IsCapitalized) return !LexiconWords.Is(t, LexiconWords.Class.CommonCapitalized) || IsTitleWord(t) || LexiconWords.Is(t, LexiconWords.Class.OrganizationWord);
            return IsTitleWord(t) || LexiconWords.Is(t, LexiconWords.Class.Connector) || IsPluralHead(t)
                || t.Text == "affairs" || t.Text == "s" || t.Text == "in"
                // "Chargé d’Affaires": the French "of" glued to its apostrophe inside an office.
                || (t.Text == "d" && i + 1 < tokens.Count && tokens[i + 1].Text is "'" && tokens[i + 1].Start == t.End)
                // "head of the Lao directorate of border affairs", "director of the department of naval services".
                || (LexiconWords.Is(t, LexiconWords.Class.OrganizationWord) && i > 0 && (LexiconWords.Is(tokens[i - 1], LexiconWords.Class.Connector) || TitleToken(tokens, i - 1)))
                // "directeur du Centre national pour les opérations de paix": the French "pour" inside a body's name, after a
                // word of that body and before an article and a lower-case word of a body (the fifty-fourth round); not
                // "… pour le Vesk" nor "… pour son soutien".
                || (Lexicon.BodyNameLinks.Contains(t.Text) && FrenchBodyNameLink(tokens, i))
                // "commandant de la région militaire": a French adjective of lexicon.tsv body-adjectives right after a lower-case
                // word of a body inside the office (the fifty-fifth round); not after an office's head ("attaché militaire").
                || (Lexicon.BodyAdjectives.Contains(t.Text) && i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].IsCapitalized && tokens[i - 1].End < t.Start
                    && LexiconWords.Is(tokens[i - 1], LexiconWords.Class.OrganizationWord) && !_headsById.Contains(tokens[i - 1]) && TitleToken(tokens, i - 1))
                // "le ministre malaisien de la Défense": a demonym in lower case, as French writes it (countries.tsv column 8).
                || _countries.IsCountryWord(tokens, t, i, out _)
                // "le commandant de l'Armée": a head of an office in lower case only (lexicon.tsv title-heads-lower-case).
                || Lexicon.LowerCaseTitleHeads.Contains(t.Text)
                // "chef d'état-major": a word of lexicon.tsv office-compound-tails glued by a hyphen to a word of the office.
                || (i >= 2 && Lexicon.OfficeCompoundTails.Contains(t.Text) && tokens[i - 1].Text == "-" && tokens[i - 1].Start == tokens[i - 2].End
                    && t.Start == tokens[i - 1].End && tokens[i - 2].IsWord && TitleToken(tokens, i - 2))
                // "chef d'Etat major": the same tail after a space, where the word before it is one of lexicon.tsv
                // office-compound-heads-spaced (the fifty-third round).
                || (i >= 1 && Lexicon.OfficeCompoundTails.Contains(t.Text) && tokens[i - 1].IsWord && t.Start > tokens[i - 1].End
                    && Lexicon.OfficeCompoundHeadsSpaced.Contains(tokens[i - 1].Text) && TitleToken(tokens, i - 1))
                // "ministre de la Défense par intérim": a word of a phrase of lexicon.tsv office-phrases where the whole
                // phrase stands (the sixty-second round).
                || InOfficePhrase(tokens, i);
        }
        // The full stops of "U.S." and "U.K." inside a title.
        if (t.Text == "." && i > 0 && tokens[i - 1].End == t.Start && tokens[i - 1].Text.Length == 1 && char.IsUpper(tokens[i - 1].Text[0])
            && (i + 1 >= tokens.Count || tokens[i + 1].Start == t.End || (i >= 2 && tokens[i - 2].Text == "." && tokens[i - 2].End == tokens[i - 1].Start)))
            return true;
        // Hyphens inside compounds, possessive apostrophes and acronyms in parentheses.
        if (t.Text == "-" || t.Text == "'")
            return i > 0 && i + 1 < tokens.Count && tokens[i - 1].End == t.Start && tokens[i + 1].Start == t.End;
        if (t.Text == "(" || t.Text == ")")
        {
            int inner = t.Text == "(" ? i + 1 : i - 1;
            return inner >= 0 && inner < tokens.Count && IsAcronym(tokens[inner].Text);
        }
        return false;
    }

    // The phrases of lexicon.tsv [office-phrases] ("par intérim"), compared as written, and the most words one holds.
    private static readonly PhraseMatcher<bool> s_officePhrases = OfficePhraseMatcher();
    private static readonly int s_officePhraseWords = Lexicon.OfficePhrases.Select(p => Tokenizer.Tokenize(p).Count).DefaultIfEmpty(0).Max();

    private static PhraseMatcher<bool> OfficePhraseMatcher()
    {
        var matcher = new PhraseMatcher<bool>(ignoreCase: false);
        foreach (var phrase in Lexicon.OfficePhrases) matcher.Add(phrase, true);
        return matcher;
    }

    // Whether the word at i is one of a phrase of lexicon.tsv [office-phrases] and the whole phrase stands around it: a
    // phrase that starts at most its length before i and reaches i.
    private static bool InOfficePhrase(IReadOnlyList<Token> tokens, int i)
    {
        for (int first = Math.Max(0, i - s_officePhraseWords + 1); first <= i; first++)
        {
            if (s_officePhrases.TryMatch(tokens, first, out int length, out _) && first + length > i) return true;
        }
        return false;
    }

    // A word of lexicon.tsv [body-name-links] ("pour") between a body's word ("national", "Centre") and an article of
    // [body-articles] or "l'" before a lower-case word of [organization-words] that is no state's word.
    private bool FrenchBodyNameLink(IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0 || i + 2 >= tokens.Count || !LexiconWords.Is(tokens[i - 1], LexiconWords.Class.OrganizationWord)) return false;
        int next = i + 1;
        if (Lexicon.BodyArticles.Contains(tokens[next].Text)) next++;
        else if (IsElidedArticle(tokens, next)) next += 2;
        else return false;
        return next < tokens.Count && tokens[next].IsWord && !tokens[next].IsCapitalized
            && LexiconWords.Is(tokens[next], LexiconWords.Class.OrganizationWord) && !_countries.IsCountryWord(tokens, next, out _);
    }

    /// <summary>
    /// The office before a member's style and its comma ("Minister for Kelm Affairs, Senator the Hon Ana Dosk"): walking back
    /// from the name <paramref name="first"/> over honorifics (and their full stops and "the"), one word of
    /// <c>lexicon.tsv</c> <c>[member-styles]</c>, then a comma, the office read back from that comma; else null (no comma, no
    /// office before it, or an office that is itself such a style).
    /// </summary>
    private TitleInfo? OfficeBeforeMemberStyle(string sentence, IReadOnlyList<Token> tokens, int first, bool[]? lexical)
    {
        int at = first;
        while (at > 0 && (IsHonorific(tokens, at - 1) || (tokens[at - 1].Text == "." && at >= 2 && IsHonorific(tokens, at - 2))
               || (tokens[at - 1].Text == "the" && at < tokens.Count && IsHonorific(tokens, at))))
            at--;
        if (at < 3 || !tokens[at - 1].IsWord || !tokens[at - 1].IsCapitalized || !Lexicon.MemberStyles.Contains(tokens[at - 1].Text)
            || tokens[at - 2].Text != ",") return null;
        var office = TitleBefore(sentence, tokens, at - 2, lexical);
        return office is null || Lexicon.MemberStyles.Contains(office.Title) ? null : office;
    }

    // The French and Spanish articles that stand after a comma before an office or a rank (", le commandant de …",
    // ", el ministro de …", "…, el general Kel Arlo").
    private static bool IsArticleAfterComma(string word) => Lexicon.CommaArticles.Contains(word);

    // An elided article of lexicon.tsv [elided-articles] at i, its apostrophe glued to it ("l'" read as "l" and "'"): the
    // word after the apostrophe is the next one read.
    private static bool IsElidedArticle(IReadOnlyList<Token> tokens, int i)
        => i + 1 < tokens.Count && Lexicon.ElidedArticles.Contains(tokens[i].Text) && tokens[i + 1].Text == "'" && tokens[i + 1].Start == tokens[i].End;

    private TitleInfo? TitleBefore(string sentence, IReadOnlyList<Token> tokens, int end, bool[]? lexical = null)
    {
        // "…, chef de la zone militaire et Kel Arlo, chargé …": the office before the French "et" right before the
        // name is the person's listed before, not this name's (lexicon.tsv name-list-links; the fifty-fifth round).
        if (end > 0 && end < tokens.Count && Lexicon.NameListLinks.Contains(tokens[end - 1].Text)) return null;
        int start = end;
        // Stop at another person's name: "Ambassador … TAKEDA Hiroshi and CMAC Director Ly Sovann"; but words of a body's own
        // name inside the office go on with it ("Deputy Minister of Vesk Reforms of Ostria, Tom Reid").
        while (start > 0 && end - start < MaxTitleTokens && TitleToken(tokens, start - 1))
        {
            if (lexical is not null && tokens[start - 1].IsCapitalized && !lexical[start - 1])
            {
                int runStart = start - 1;
                while (runStart > 0 && start - runStart < 3 && tokens[runStart - 1].IsCapitalized && !lexical[runStart - 1]) runStart--;
                if (start == end || !BodyWordsInOffice(tokens, lexical, runStart, start - 1, end)) break;
                start = runStart;
                continue;
            }
            start--;
        }
        return MakeTitle(sentence, tokens, start, end);
    }

    private TitleInfo? TitleAfter(string sentence, IReadOnlyList<Token> tokens, bool[] lexical, int index)
    {
        if (index >= tokens.Count) return null;
        string sep = tokens[index].Text;
        if (sep != "," && sep != "–" && sep != "—" && sep != "-" && sep != "(") return null;
        int start = index + 1;
        if (start < tokens.Count && (tokens[start].Text == "the" || tokens[start].Text == "a" || tokens[start].Text == "an")) start++;
        // The French and Spanish articles: ", le commandant de …", ", l'ambassadrice de …", ", el ministro de …".
        else if (start < tokens.Count && IsArticleAfterComma(tokens[start].Text)) start++;
        else if (start + 2 < tokens.Count && IsElidedArticle(tokens, start)) start += 2;
        int end = start;
        // "Colonel Kel Arlo, Vesk Harbour Guard commanding general, said": a body named before the office word (read from the office
        // word on; only after a comma and no article, when the first word is no office word, state or known body).
        int office = sep == "," && start == index + 1 ? BodyBeforeOffice(tokens, start) : start;
        bool bodyFirst = office > start;
        if (bodyFirst) end = office;
        while (end < tokens.Count && end - start < MaxTitleTokens && TitleToken(tokens, end))
        {
            // Another name means this is a list of people, not an apposition; a ministry's short form in mixed case ("MoD") is none,
            // nor the words of a body's own name inside the office.
            if (tokens[end].IsCapitalized && !lexical[end] && !IsMixedCaseAcronym(tokens[end].Text))
            {
                // "Captain Arlo Vesk, commander of Kelm Harbour Division, said": after "of" or "for", capitalised words ending
                // in an organisation's head are the body's name, no other person.
                int body = BodyNameAfterOf(tokens, end, start);
                if (body > end)
                {
                    end = body;
                    continue;
                }
                // "director of the Bureau for Vesk Studies": words of a body's name between the office's own words.
                int runEnd = end;
                while (runEnd + 1 < tokens.Count && runEnd - end < 2 && tokens[runEnd + 1].IsCapitalized && !lexical[runEnd + 1]) runEnd++;
                if (end > start && !BodyWordsInOffice(tokens, lexical, end, runEnd))
                {
                    // "head of the commanding group of the Kelm Vesk ship": a name right after "of" or "for" (and "the") is a body's,
                    // no other person's; the office ends before it.
                    int of = tokens[end - 1].Text == "the" ? end - 2 : end - 1;
                    // "commanding officer of KNS Vesk", "commander of the U.S. Ninth Fleet": an acronym or initials of the body's
                    // name may stand between "of" and its unknown words.
                    int lead = end;
                    while (of > start && lead - of <= 6 && (IsAcronym(tokens[of].Text) || tokens[of].Text == "."
                           || (tokens[of].Text.Length == 1 && char.IsUpper(tokens[of].Text[0])))) { lead = of; of--; }
                    if (lead < end && of > start && tokens[of].Text == "the") { lead = of; of--; }
                    if (of > start && tokens[of].Text is "of" or "for")
                    {
                        // The body's unknown capitalised words end the apposition (a comma, a full stop, a semicolon or a
                        // bracket after them): they are its name, kept in the office; else the office ends before "of".
                        int bodyEnd = runEnd;
                        while (bodyEnd + 1 < tokens.Count && bodyEnd - of < 8 && tokens[bodyEnd + 1].IsWord && tokens[bodyEnd + 1].IsCapitalized) bodyEnd++;
                        end = bodyEnd + 1 < tokens.Count && tokens[bodyEnd + 1].Text is "," or "." or ";" or ")" && UnknownBodyName(tokens, of + 1, bodyEnd)
                            ? bodyEnd + 1 : of;
                        break;
                    }
                    return null;
                }
                if (end == start) return null;
                end = runEnd + 1;
                continue;
            }
            end++;
        }
        if (end == start) return null;
        // The office after a body ends the apposition: a capitalised word going on is another name or a longer run.
        if (bodyFirst && end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized) return null;
        // "Colonel Kel Arlo, commander, Kelm Task Force 9, Ostrian Navy": a bare office goes on after its comma with the bodies it
        // heads (cheap: only an office of title words alone, and only when a comma follows it).
        if (end < tokens.Count && tokens[end].Text == "," && end - start <= 3) end = CommaBodies(tokens, start, end);
        // Leading words must be title words: "the director of …", "Turkish Military Attaché …", or an organisation before
        // them ("RCAF deputy commander-in-chief"), or a body's word in the possessive ("the agency's deputy head").
        var first = tokens[start];
        if (!(bodyFirst || IsOfficeHead(first.Text) || _titles.Modifiers.Contains(first.Text) || _countries.IsCountryWord(tokens, start, out _)
              || (first.IsWord && !first.IsCapitalized && LexiconWords.Is(first, LexiconWords.Class.OrganizationWord) && start + 2 < end
                  && tokens[start + 1].Text is "'" && tokens[start + 1].Start == first.End && tokens[start + 2].Text == "s")
              || (_organizations.TryMatch(tokens, start, out int orgLength, out _) && start + orgLength < end
                  && (_titles.Heads.Contains(tokens[start + orgLength].Text) || _titles.Modifiers.Contains(tokens[start + orgLength].Text)))))
            return null;
        return MakeTitle(sentence, tokens, start, end);
    }

    /// <summary>
    /// Whether the tokens from <paramref name="first"/> to <paramref name="last"/> after an office's "of" are one body's name: an
    /// optional "the", then capitalised words, acronyms and initials only ("KNS Vesk", "the U.S. Ninth Fleet"), at most six,
    /// no style, rank or office word among them, so no other person's name is taken into the office.
    /// </summary>
    private bool UnknownBodyName(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (first <= last && tokens[first].Text == "the") first++;
        if (first > last || last - first > 6) return false;
        for (int i = first; i <= last; i++)
        {
            var t = tokens[i];
            if (t.Text == ".") continue;
            if (!t.IsWord || !t.IsCapitalized || IsHonorific(tokens, i) || _titles.Heads.Contains(t.Text) || _titles.RankWords.Contains(t.Text)) return false;
        }
        return true;
    }

    /// <summary>
    /// The first office word of an apposition that names its body first ("Vesk Harbour Guard commanding general", "KNS Arlo's
    /// Commanding Officer", "KAF Chief of Staff", "Royal Navy Commander"), or <paramref name="start"/>: the first word is
    /// capitalised and no office word, modifier, style, state or known body (those the apposition reader takes as they are); the
    /// body is a run of at most six capitalised words (a possessive "'s" allowed), lower-case modifiers of the office may follow
    /// it ("commanding"), and a word of <c>[title-heads]</c> ends it. The body must be one: an acronym, a word of
    /// <c>[organization-words]</c> or a possessive in it, so a list of names ("Tom Reid, Ana Dosk and …") is none.
    /// </summary>
    private int BodyBeforeOffice(IReadOnlyList<Token> tokens, int start)
    {
        if (start >= tokens.Count) return start;
        var first = tokens[start];
        if (!first.IsWord || !first.IsCapitalized || _titles.Heads.Contains(first.Text) || _titles.Modifiers.Contains(first.Text)
            || IsHonorific(tokens, start) || _countries.IsCountryWord(tokens, start, out _) || _organizations.TryMatch(tokens, start, out _, out _))
            return start;
        bool body = false, modifiers = false;
        int words = 0;
        for (int i = start; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsWord && _titles.Heads.Contains(t.Text)) return body && words > 0 ? i : start;
            if (!modifiers && i > start && i + 1 < tokens.Count && ApostropheS(tokens, i + 1) && tokens[i - 1].End == t.Start) { body = true; i++; continue; }
            if (!t.IsWord) return start;
            if (t.IsCapitalized && !modifiers)
            {
                if (++words > 6 || IsHonorific(tokens, i)) return start;
                if (IsAcronym(t.Text) || Lexicon.OrganizationWords.Contains(t.Text)) body = true;
                continue;
            }
            // "… Guard commanding general": lower-case words of the office before its head.
            if (!t.IsCapitalized && _titles.Modifiers.Contains(t.Text)) { modifiers = true; continue; }
            return start;
        }
        return start;
    }

    /// <summary>
    /// The end of an office written as a bare office word and, after commas, the bodies it heads ("commander, Kelm Task Force 9",
    /// "General Officer Commanding, 12 Harbour Division, Ostrian Army"): the office from <paramref name="start"/> to
    /// <paramref name="end"/> is title words alone (no body, no country), and each body after a comma is a short run of
    /// capitalised words (a leading number and a country's name allowed) that ends in a word of <c>[organization-heads]</c>, or in
    /// one and a short number, followed by a comma, a full stop or a lower-case word. Else <paramref name="end"/>: a name after the
    /// comma ("commander, Tom Reid"), a body that ends in no head word ("commander, Kelm East") or a run that goes on.
    /// </summary>
    private int CommaBodies(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !(_titles.Heads.Contains(t.Text) || _titles.Modifiers.Contains(t.Text))) return end;
        }
        int result = end;
        for (int bodies = 0; bodies < 2 && result < tokens.Count && tokens[result].Text == ","; bodies++)
        {
            int i = result + 1, first = i, lastHead = -1;
            if (i < tokens.Count && tokens[i].IsNumber && IsShortNumberOrOrdinal(tokens[i].Text)) i++;
            while (i < tokens.Count && i - first < 6 && tokens[i].IsWord && tokens[i].IsCapitalized)
            {
                if (Lexicon.OrganizationHeads.Contains(tokens[i].Text)) lastHead = i;
                i++;
            }
            if (lastHead < 0 || lastHead != i - 1) break;
            // "Task Force 9": a short number right after the head word.
            if (i < tokens.Count && tokens[i].IsNumber && IsShortNumberOrOrdinal(tokens[i].Text) && char.IsDigit(tokens[i].Text[tokens[i].Text.Length - 1])) i++;
            if (i < tokens.Count && !(tokens[i].Text is "," or "." or ";" || tokens[i].IsWord && !tokens[i].IsCapitalized)) break;
            result = i;
        }
        return result;
    }

    /// <summary>
    /// A number that is part of a body's name inside an office: an ordinal or a short number before the body's capitalised
    /// name, after "the", "of", a possessive or an acronym ("commander of the 3rd Kelm Division", "Vesk's 12th Harbour
    /// Brigade", "KDF 7th Group Army", "the 13 DBLE"), or a short number right after a body's head word ("commander of
    /// Escort Flotilla 4"). A day of a date ("on May 5 Defence Minister …") follows no such word and is none.
    /// </summary>
    private static bool NumberInOffice(IReadOnlyList<Token> tokens, int i)
    {
        if (i == 0) return false;
        var prev = tokens[i - 1];
        // The fifty-third round: a French ordinal after the article of the body an office names, before a word of a body in
        // lower case or capitalised ("commandant de la 3e région navale"): the office goes on through it.
        if (!IsShortNumberOrOrdinal(tokens[i].Text))
            return StandsAsOrdinalOfABody(tokens, i) && IsFrenchOrdinal(tokens[i].Text);
        if (prev.IsCapitalized && Lexicon.OrganizationHeads.Contains(prev.Text) && char.IsDigit(tokens[i].Text[tokens[i].Text.Length - 1]))
            return true;
        if (i + 1 >= tokens.Count || !tokens[i + 1].IsCapitalized || tokens[i + 1].Start == tokens[i].End) return false;
        return prev.Text is "the" or "of" || IsPossessiveS(tokens, i - 1) || (prev.Text.Length >= 2 && IsAcronym(prev.Text));
    }

    // A French ordinal of one or two digits: "5e", "3ème", "1er", "1re".
    private static bool IsFrenchOrdinal(string text) => NumberSuffix(text, 2) is { } ending && Lexicon.FrenchOrdinalEndings.Contains(ending);

    // A bare number of one to three digits or an English ordinal of as many ("12", "3rd"): the endings are [english-ordinal-endings].
    private static bool IsShortNumberOrOrdinal(string text)
        => NumberSuffix(text, 3) is { } ending && (ending.Length == 0 || Lexicon.EnglishOrdinalEndings.Contains(ending));

    // What follows the digits a token opens with ("" for a bare number, "th" of "5th"), or null when it opens with no digit or
    // with more than maxDigits of them.
    private static string? NumberSuffix(string text, int maxDigits)
    {
        int d = 0;
        while (d < text.Length && char.IsDigit(text[d])) d++;
        return d == 0 || d > maxDigits ? null : text.Substring(d);
    }

    // The office or body read before the name ends in a possessive right before it ("Minister's", "KDF's"): the apostrophe and
    // its "s" glued to a capitalised word.
    private static bool OfficePossessiveBefore(IReadOnlyList<Token> tokens, int first)
        => first >= 3 && IsPossessiveS(tokens, first - 1);

    private static bool IsPossessiveS(IReadOnlyList<Token> tokens, int i)
        => i >= 2 && ApostropheS(tokens, i) && tokens[i - 2].End == tokens[i - 1].Start && tokens[i - 2].IsCapitalized;

    // The token is the "s" of "'s", the apostrophe right before it.
    private static bool ApostropheS(IReadOnlyList<Token> tokens, int i)
        => i > 0 && tokens[i].Text == "s" && tokens[i - 1].Text is "'" && tokens[i - 1].End == tokens[i].Start;

    /// <summary>
    /// The end of a body's name in an apposition's office: at <paramref name="index"/>, right after "of" or "for" (or "of the"),
    /// a run of capitalised words ending in a word of <c>[organization-heads]</c> ("of Kelm Harbour Division"); else
    /// <paramref name="index"/> (a name of a person, "of Defence Tomas Arden", ends in no such word).
    /// </summary>
    private int BodyNameAfterOf(IReadOnlyList<Token> tokens, int index, int start)
    {
        int before = index - 1;
        // "of the Ostrian Kelm Guard": known capitalised words of the body's name before the first unknown one.
        while (before > start && tokens[before].IsCapitalized) before--;
        // "of the 3rd Kelm Division", "of Vesk's 12th Harbour Brigade": a number of the body's name before it.
        if (before > start && tokens[before].IsNumber && NumberInOffice(tokens, before)) before--;
        if (before > start && tokens[before].Text == "the") before--;
        if (before >= start + 3 && IsPossessiveS(tokens, before) && tokens[before - 3].Text is "of" or "for") before -= 3;
        if (before < start) return index;
        // "director of Kelm Forces and the Harbour Office": a second body joined by "and" ends in its head word itself.
        bool afterAnd = tokens[before].Text == "and" && before > start;
        if (!afterAnd && tokens[before].Text is not ("of" or "for")) return index;
        int end = index, last = -1, lastSimple = -1;
        bool joined = false;
        while (end < tokens.Count && end - index < 12)
        {
            var t = tokens[end];
            if (t.IsWord && t.IsCapitalized)
            {
                if (!joined && end - index >= 6) break;
                if (Lexicon.OrganizationHeads.Contains(t.Text)) { last = end; if (!joined) lastSimple = end; }
                end++;
                continue;
            }
            // "Self-Defense Force": a hyphen inside a capitalised compound.
            if (t.Text == "-" && end > index && tokens[end - 1].End == t.Start && end + 1 < tokens.Count && tokens[end + 1].Start == t.End
                && tokens[end + 1].IsCapitalized) { end++; continue; }
            // "of Stores and Repairs of the Ministry", "of Plans and Policy at Kelm Headquarters": a name of capitalised words
            // that ends in no head word runs on through "and", "of", "the", "at" to one, when nothing capitalised follows it.
            if (!afterAnd && lastSimple < 0 && t.Text is "and" or "of" or "the" or "at") { joined = true; end++; continue; }
            break;
        }
        if (lastSimple >= 0) return lastSimple + 1;
        if (joined && last >= 0 && !(last + 1 < tokens.Count && tokens[last + 1].IsCapitalized)) return last + 1;
        return index;
    }

    /// <summary>
    /// Whether the capitalised words from <paramref name="first"/> to <paramref name="last"/>, none of them vocabulary, are words of a
    /// body's own name inside an office ("Minister of Vesk Reforms of Ostria", "director of the Bureau for Arlo Studies and
    /// Dosk-planning", "chairman of Ostria's Kelm Arbitration Council"), not another person's name: a connector, a modifier, a body's
    /// word or a possessive stands right before them, no office, rank or style; and a connector, a body's word or a possessive goes
    /// on right after them, so the office does not end in them. "Minister Tom Reid and Director …" and "met Tom Reid and Director …" stay names.
    /// </summary>
    private bool BodyWordsInOffice(IReadOnlyList<Token> tokens, bool[] lexical, int first, int last, int holder = -1)
    {
        if (first == 0 || last + 1 >= tokens.Count) return false;
        var before = tokens[first - 1];
        if (!ApostropheS(tokens, first - 1))
        {
            if (!before.IsWord || !lexical[first - 1] || IsHonorific(tokens, first - 1) || _titles.Heads.Contains(before.Text)
                || _titles.RankWords.Contains(before.Text) || IsPluralHead(before)) return false;
            if (!(Lexicon.Connectors.Contains(before.Text) || _titles.Modifiers.Contains(before.Text) || Lexicon.OrganizationWords.Contains(before.Text))) return false;
        }
        var after = tokens[last + 1];
        // "Dosk-planning", "Arlo's": a compound or a possessive glued to the last word.
        if (after.Text is "'" or "-") return after.Start == tokens[last].End;
        if (!after.IsWord || !lexical[last + 1] || IsHonorific(tokens, last + 1) || _titles.Heads.Contains(after.Text) || _titles.RankWords.Contains(after.Text)) return false;
        // "minister for foreign affairs Tom Reid and German ambassador Ana Keller": "and", a state's word and an office word
        // start another person's office, so the words before "and" are a name, no body's.
        if (after.Text == "and" && last + 3 < tokens.Count && _countries.IsCountryWord(tokens, last + 2, out _)
            && _titles.Heads.Contains(tokens[last + 3].Text)) return false;
        // "secretary of state Tom Reid and defence secretary Ana Keller", "… Tom Reid and Ostria's defence minister Ana Keller":
        // looking back from a holder's name, two or three unknown capitalised words before "and" and an office of the holder's
        // (a state's word, its possessive, modifiers, then an office word) are another person's name, no body's words.
        if (after.Text == "and" && holder >= 0 && last > first && OfficeStartsAt(tokens, last + 2, holder)) return false;
        return after.Text is "of" or "for" or "and" || (after.IsCapitalized && (Lexicon.OrganizationWords.Contains(after.Text) || _titles.Modifiers.Contains(after.Text)));
    }

    /// <summary>
    /// Whether an office starts at <paramref name="index"/> and stays before <paramref name="holder"/>: an optional state's word
    /// (with its possessive "'s"), then modifiers of <c>[title-modifiers]</c>, then a word of <c>[title-heads]</c>.
    /// </summary>
    private bool OfficeStartsAt(IReadOnlyList<Token> tokens, int index, int holder)
    {
        int i = index;
        if (i < holder && _countries.IsCountryWord(tokens, i, out int length))
        {
            i += length;
            if (i + 1 < holder && tokens[i].Text == "'" && tokens[i].Start == tokens[i - 1].End && tokens[i + 1].Text == "s") i += 2;
        }
        while (i < holder && tokens[i].IsWord && _titles.Modifiers.Contains(tokens[i].Text) && !_titles.Heads.Contains(tokens[i].Text)) i++;
        return i < holder && tokens[i].IsWord && _titles.Heads.Contains(tokens[i].Text);
    }

    /// <summary>
    /// A plural office, "of", an optional "the" and count ("three", "both"), and "countries", "states" or "nations", or the two
    /// states named ("of Veskia and Ostria"), right before token <paramref name="first"/> or a comma before it ("the defence
    /// ministers of the three countries Kel Arlo, …", "the defence ministers of Veskia and Ostria, Kel Arlo and …");
    /// <paramref name="officeEnd"/> is the token after the plural office.
    /// </summary>
    private bool OfficeOfTheStates(IReadOnlyList<Token> tokens, int first, out int officeEnd)
    {
        officeEnd = -1;
        int i = first - 1;
        // "… of the two countries, A and B": a comma may stand before the list.
        if (i >= 0 && tokens[i].Text == ",") i--;
        if (i < 2) return false;
        if (tokens[i].Text is "countries" or "states" or "nations")
        {
            i--;
            if (Lexicon.Counts.Contains(tokens[i].Text) || tokens[i].Text == "both") i--;
        }
        // "the defence ministers of Veskia and Ostria, A and B": the two states named.
        else if (!PairOfStatesBefore(tokens, i, out i)) return false;
        if (i >= 0 && tokens[i].Text == "the") i--;
        if (i < 1 || tokens[i].Text != "of") return false;
        if (!IsPluralHead(tokens[i - 1]))
        {
            // "the ministers of Defence of the two countries, A and B", "the commanders in the Harbour Fleets of Veskia and Ostria,
            // A and B": the body of the plural office, one to three capitalised words after "of" or "in" (and "the"), stands
            // between it and the states.
            int body = i - 1;
            while (body > i - 4 && body > 0 && tokens[body].IsWord && tokens[body].IsCapitalized && !IsHonorific(tokens, body)) body--;
            if (body == i - 1) return false;
            if (tokens[body].Text == "the") body--;
            if (body < 1 || tokens[body].Text is not ("of" or "in") || !IsPluralHead(tokens[body - 1])) return false;
            i = body;
        }
        officeEnd = i;
        return true;
    }

    // A plural office word in the singular: "secretaries" as lexicon.tsv [plural-offices] gives it (its case kept for the
    // first letter), else the word without its "s".
    private static string Singular(string plural)
    {
        if (!Lexicon.PluralOffices.TryGetValue(plural, out var singular) || string.Equals(singular + "s", plural, StringComparison.OrdinalIgnoreCase))
            return plural.Substring(0, plural.Length - 1);
        return char.IsUpper(plural[0]) ? char.ToUpperInvariant(singular[0]) + singular.Substring(1) : singular;
    }

    /// <summary>
    /// The states a plural office names, in the order named, when it names two or more different ones and no other country
    /// word (none after a word of <c>lexicon.tsv</c> host or seat prepositions, "ministers to Veskia"); else null.
    /// </summary>
    private List<string>? StatesNamed(IReadOnlyList<Token> tokens)
    {
        List<string>? states = null;
        foreach (var m in _countries.Find(tokens))
        {
            if (m.FirstToken > 0 && (Lexicon.HostPrepositions.Contains(tokens[m.FirstToken - 1].Text) || Lexicon.SeatPrepositions.Contains(tokens[m.FirstToken - 1].Text)))
                return null;
            states ??= new List<string>();
            if (states.Contains(m.Code)) return null;
            states.Add(m.Code);
        }
        return states is { Count: >= 2 } ? states : null;
    }

    /// <summary>
    /// "the Veskan and Ostrian defence ministers Tom Reid and Ana Dosk, respectively", "the state secretaries in the Harbour
    /// Offices of Veskia and Ostria, Tom Reid and Ana Dosk, respectively" (the sixtieth round): when "respectively" follows
    /// the last name listed under a plural office that names as many states as names are listed, each name takes the state
    /// named in its place. Without "respectively" the list is left as it was.
    /// </summary>
    private static void GiveStatesRespectively(IReadOnlyList<Token> tokens, int listedUntil, List<string>? states, List<int>? listedAt, List<PersonMention> result)
    {
        if (states is null || listedAt is null || listedAt.Count != states.Count || listedUntil < 0) return;
        int next = listedUntil + 1;
        if (next < tokens.Count && tokens[next].Text == ",") next++;
        if (next >= tokens.Count || !Lexicon.RespectiveOrder.Contains(tokens[next].Text)) return;
        if (listedAt.Any(at => at >= result.Count || result[at].Title is null)) return;
        for (int n = 0; n < listedAt.Count; n++)
        {
            var mention = result[listedAt[n]];
            result[listedAt[n]] = mention with { Title = mention.Title! with { Country = states[n] } };
        }
    }

    /// <summary>
    /// Two different states joined by "and" whose second name ends at token <paramref name="last"/> ("Veskia and Ostria");
    /// <paramref name="before"/> is the token before the first.
    /// </summary>
    private bool PairOfStatesBefore(IReadOnlyList<Token> tokens, int last, out int before)
    {
        before = -1;
        if (!StateEndingAt(tokens, last, out int second, out var secondCode) || second < 2 || tokens[second - 1].Text != "and") return false;
        if (!StateEndingAt(tokens, second - 2, out int firstState, out var firstCode) || firstCode == secondCode) return false;
        before = firstState - 1;
        return true;
    }

    // A state's name (of up to four tokens) that ends at token last, the longest first: "South Sudan" and "Papua New Guinea"
    // are read whole, not as "Sudan" and "Guinea" (as ServiceStateBefore reads them).
    private bool StateEndingAt(IReadOnlyList<Token> tokens, int last, out int start, out string code)
    {
        for (start = Math.Max(0, last - 3); start <= last; start++)
        {
            if (tokens[start].IsCapitalized && _countries.TryCountry(tokens, start, out int length, out code) && start + length - 1 == last) return true;
        }
        start = -1;
        code = "";
        return false;
    }

    /// <summary>
    /// A rank written out after the comma of an apposition ("…, a lieutenant general with the … command", "…, a rear admiral,"),
    /// followed by the end of the apposition, a preposition or a title word; "a major donor" is none.
    /// </summary>
    private string? RankInApposition(IReadOnlyList<Token> tokens, int index)
    {
        if (index + 2 >= tokens.Count || tokens[index].Text != ",") return null;
        int start = index + 1;
        if (tokens[start].Text is "a" or "an" or "the") start++;
        if (start >= tokens.Count || tokens[start].IsCapitalized || !_spelledRanks.TryMatch(tokens, start, out int length, out var rank)) return null;
        int after = start + length;
        if (after >= tokens.Count) return rank;
        var next = tokens[after];
        return !next.IsWord || s_afterSpelledRank.Contains(next.Text) || _titles.Heads.Contains(next.Text) || _titles.Modifiers.Contains(next.Text) ? rank : null;
    }

    private static readonly HashSet<string> s_afterSpelledRank = new(StringComparer.Ordinal)
    {
        "in", "of", "at", "and", "who", "responsible", "from", "with", "for", "heading", "leading", "commanding",
    };

    private TitleInfo? MakeTitle(string sentence, IReadOnlyList<Token> tokens, int start, int end)
    {
        // Drop connectors and honorifics at either edge ("and Interior Minister", "Minister of", "… H.E.").
        while (start < end && (Lexicon.Connectors.Contains(tokens[start].Text) || !tokens[start].IsWord || IsHonorific(tokens, start))) start++;
        // A dateline's "(PTI) Indian Army chief": an acronym closed by a bracket it was not opened in is no part of the title.
        if (start + 1 < end && IsAcronym(tokens[start].Text) && tokens[start + 1].Text == ")")
        {
            start += 2;
            while (start < end && (Lexicon.Connectors.Contains(tokens[start].Text) || !tokens[start].IsWord)) start++;
        }
        while (end > start && (Lexicon.Connectors.Contains(tokens[end - 1].Text) || tokens[end - 1].Text == "(" || IsHonorific(tokens, end - 1))) end--;
        if (end <= start) return null;
        string? head = null;
        bool pluralHead = false;
        for (int i = end - 1; i >= start && head is null; i--)
        {
            if (tokens[i].IsWord && IsOfficeHead(tokens[i].Text)
                && !(tokens[i].IsCapitalized && Lexicon.OrganizationWords.Contains(tokens[i].Text) && i + 1 < end && tokens[i + 1].IsCapitalized)) head = tokens[i].Text;
            // "their Chilean counterparts A and B": a plural office heads the title of each person it lists.
            else if (i == end - 1 && IsPluralHead(tokens[i]))
            {
                head = Singular(tokens[i].Text);
                pluralHead = true;
            }
        }
        if (head is null) return null;
        // Text without parenthesised acronyms.
        var sb = new System.Text.StringBuilder();
        int pos = tokens[start].Start;
        for (int i = start; i < end; i++)
        {
            if (tokens[i].Text == "(" && i + 2 < end + 1 && i + 2 < tokens.Count && tokens[i + 2].Text == ")")
            {
                sb.Append(sentence, pos, tokens[i].Start - pos);
                i += 2;
                pos = tokens[i].End;
            }
        }
        sb.Append(sentence, pos, tokens[end - 1].End - pos);
        string title = sb.ToString();
        if (HasSpaceToCollapse(title)) title = s_spaces.Replace(title, " ");
        title = title.Trim();
        // "the defence ministers A and B", "Presidents A and B": each person listed holds the office once, in the singular; not
        // a body's plural after a connector ("secretary of state at the Council of Ministers"), nor offices joined by "and".
        if (pluralHead && title.EndsWith(tokens[end - 1].Text, StringComparison.Ordinal) && end - 2 >= start && !Lexicon.Connectors.Contains(tokens[end - 2].Text)
            && !title.Contains(" and ")) title = title.Substring(0, title.Length - tokens[end - 1].Text.Length) + Singular(tokens[end - 1].Text);
        else if (pluralHead && end - 1 == start && title == tokens[start].Text) title = Singular(title);
        // "RCAF commander-in-chief" reads as "commander-in-chief of the Royal Cambodian Armed Forces".
        if (end - start >= 2 && IsAcronym(tokens[start].Text) && _organizations.TryMatch(tokens, start, out int acronymLength, out var acronymOrg)
            && acronymLength == 1 && _titles.Heads.Contains(tokens[end - 1].Text))
        {
            title = title.Substring(tokens[start].Length).TrimStart() + " of the " + acronymOrg;
        }

        string? country = null, hostCountry = null, seatCountry = null;
        foreach (var m in _countries.Find(Slice(tokens, start, end)))
        {
            int at = start + m.FirstToken;
            // "ambassador to Cambodia", "envoy on Myanmar": the host or the subject, never the holder's state;
            // "representative in Cambodia": where the office sits, the holder's only when no other country is named.
            string? before = at > start ? tokens[at - 1].Text : null;
            if (before is not null && Lexicon.HostPrepositions.Contains(before)) { hostCountry ??= m.Code; continue; }
            if (before is not null && Lexicon.SeatPrepositions.Contains(before)) { seatCountry ??= m.Code; continue; }
            if (m.Kind == CountryWordKind.Demonym && country is null) country = m.Code;
            else if (country is null) country = m.Code;
        }
        string? organization = null;
        bool ofNoState = false;
        for (int i = start; i < end && organization is null; i++)
        {
            if (_organizations.TryMatch(tokens, i, out int len, out var org) && i + len <= end)
            {
                organization = org;
                // "RCAF Commander-in-Chief": the gazetteer's country of the organisation, unless the office is "to" it.
                if (!(i > 0 && tokens[i - 1].Text == "to") && _organizationsByName is not null
                    && _organizationsByName.TryGetValue(org, out var lookup))
                {
                    if (lookup.Country is not null) country ??= lookup.Country;
                    // "UN Resident Coordinator in Cambodia": an office of a body of no state (the gazetteer gives it none).
                    else ofNoState = true;
                }
            }
        }
        // "HMAS Kelm's commanding officer", "commanding officer of the USS Kelm": a ship of one state's navy (lexicon.tsv
        // [ship-prefix-states]) names the holder's state, unless the office is "to" it; not for an office of a body of no state.
        if (country is null && !ofNoState) country = ShipState(tokens, start, end);
        // "deputy governor of Kelm province", "spokesman of the Eastern Kelm Command": a place of one state (places.tsv) that the
        // office is of, not where it sits or whom it serves ("attache in Kelm", "envoy to Kelm"); none when two states' places are named.
        bool byPlace = false;
        if (country is null && !ofNoState && PlaceState(sentence, tokens, start, end) is { } placeState) { country = placeState; byPlace = true; }
        // An organisation's country outweighs where its office sits ("commander of the RSNF in Jordan"); an office of a body
        // of no state sits in a country that is not its holder's ("UN coordinator in Cambodia").
        if (!ofNoState) country ??= seatCountry;
        return new TitleInfo(title, country, organization, head.ToLowerInvariant(), byPlace);
    }

    /// <summary>
    /// The one state named in the run of an apposition that starts with the comma at <paramref name="comma"/>: its first
    /// segment (the office) of capitalised words, title words and <c>lexicon.tsv</c> <c>[apposition-office-links]</c>, then further
    /// comma-separated segments of capitalised words, numbers and <c>[apposition-run-marks]</c> only; the run ends at any other
    /// word ("to", "and", a verb). The
    /// state is the country word or demonym of the run; none when two states are named or the run names a body of no state.
    /// </summary>
    private string? StateOfAppositionRun(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma + 1 >= tokens.Count || tokens[comma].Text != ",") return null;
        int end = comma + 1;
        bool firstSegment = true;
        while (end < tokens.Count)
        {
            var t = tokens[end];
            if (t.Text == ",")
            {
                if (end + 1 < tokens.Count && tokens[end + 1].IsWord && tokens[end + 1].IsCapitalized) { firstSegment = false; end++; continue; }
                break;
            }
            bool fits = t.IsCapitalized || (t.Text.Length > 0 && char.IsDigit(t.Text[0])) || Lexicon.AppositionRunMarks.Contains(t.Text)
                || (firstSegment && (Lexicon.AppositionOfficeLinks.Contains(t.Text) || _titles.Heads.Contains(t.Text) || _titles.Modifiers.Contains(t.Text)));
            if (!fits) break;
            end++;
        }
        while (end > comma + 1 && !tokens[end - 1].IsWord) end--;
        if (end <= comma + 1) return null;
        string? state = null;
        foreach (var m in _countries.Find(Slice(tokens, comma + 1, end)))
        {
            if (state is not null && state != m.Code) return null;
            state = m.Code;
        }
        // "…, commanding officer, USS Kelm": a ship of one state's navy in the run names the state.
        if (ShipState(tokens, comma + 1, end) is { } shipState)
        {
            if (state is not null && state != shipState) return null;
            state = shipState;
        }
        for (int i = comma + 1; i < end && _organizationsByName is not null; i++)
        {
            if (_organizations.TryMatch(tokens, i, out int len, out var org) && i + len <= end
                && _organizationsByName.TryGetValue(org, out var lookup) && lookup.Country is null) return null;
        }
        return state;
    }

    /// <summary>
    /// The one state whose ships the words from <paramref name="start"/> to <paramref name="end"/> name by a prefix of
    /// <c>lexicon.tsv</c> <c>[ship-prefix-states]</c> before a capitalised word ("HMAS Kelm"), not after a host preposition
    /// ("liaison officer to USS Kelm"); none when ships of two states are named.
    /// </summary>
    private static string? ShipState(IReadOnlyList<Token> tokens, int start, int end)
    {
        string? state = null;
        for (int i = start; i + 1 < end; i++)
        {
            if (!Lexicon.ShipPrefixStates.TryGetValue(tokens[i].Text, out var code) || !tokens[i + 1].IsWord || !tokens[i + 1].IsCapitalized) continue;
            int before = i - 1;
            if (before >= start && tokens[before].Text == "the") before--;
            if (before >= start && Lexicon.HostPrepositions.Contains(tokens[before].Text)) continue;
            if (state is not null && state != code) return null;
            state = code;
        }
        return state;
    }

    /// <summary>
    /// The one state whose places (<c>places.tsv</c>, its <c>[regions]</c>, and the corpus's own) the words from <paramref name="start"/> to
    /// <paramref name="end"/> name as what the office is of: a place at the title's head, inside a run of capitalised words,
    /// or after a word of <c>lexicon.tsv</c> <c>[office-place-links]</c> ("of", "the"; the French "de", "du", "des"); not after another
    /// lower-case word ("in", "to", "at", "visiting"). None when two states' places are named.
    /// </summary>
    private string? PlaceState(string sentence, IReadOnlyList<Token> tokens, int start, int end)
    {
        string? state = null;
        for (int i = start; i < end; i++)
        {
            if (!tokens[i].IsWord || !tokens[i].IsCapitalized) continue;
            int cityLength = _cityTrie.LongestWordAt(sentence, tokens[i].Start);
            int regionLength = s_regionTrie.Value.LongestWordAt(sentence, tokens[i].Start);
            int length = Math.Max(cityLength, regionLength);
            if (length == 0) continue;
            int stop = tokens[i].Start + length;
            int last = i;
            while (last + 1 < end && tokens[last + 1].Start < stop) last++;
            if (tokens[last].End != stop) continue;
            string place = sentence.Substring(tokens[i].Start, length);
            if (!(regionLength > cityLength ? PlaceVocabulary.Regions : _cities).TryGetValue(place, out var code)) continue;
            int before = i - 1;
            if (before >= start && tokens[before].Text == "the") before--;
            if (before >= start && tokens[before].IsWord && !tokens[before].IsCapitalized && !Lexicon.OfficePlaceLinks.Contains(tokens[before].Text)) { i = last; continue; }
            if (state is not null && state != code) return null;
            state = code;
            i = last;
        }
        return state;
    }

    // Whether \s+ → " " changes the text: a white-space character other than a space, or two in a row.
    private static bool HasSpaceToCollapse(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i])) continue;
            if (text[i] != ' ' || (i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]))) return true;
        }
        return false;
    }

    // The tokens from start to end in the thread's one list, emptied and refilled each call (not a new list): its callers
    // hand it to CountryRecognizer.Find, which reads it and keeps nothing of it, and read only Find's answer afterwards.
    private static List<Token> Slice(IReadOnlyList<Token> tokens, int start, int end)
    {
        var list = t_slice ??= new List<Token>();
        list.Clear();
        for (int i = start; i < end; i++) list.Add(tokens[i]);
        return list;
    }

    [ThreadStatic] private static List<Token>? t_slice;
}
