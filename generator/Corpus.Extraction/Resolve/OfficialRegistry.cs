using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Resolve;

/// <summary>One person of an article, as resolution builds them up; it does not leave the stage that builds it.</summary>
internal sealed class OfficialDraft
{
    public OfficialDraft(string name) => Name = name;
    public string Name { get; set; }
    public string Id => TextTools.Slug(Name);
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    public string? Country { get; set; }
    /// <summary>How the country was given (<see cref="ResolvedOfficial.CountryBasis"/>).</summary>
    public CountryBasis CountryBasis { get; set; } = CountryBasis.Inferred;
    public List<PositionFact> Positions { get; } = new();
    public string? Rank { get; set; }
    public string? TitleHead { get; set; }
    public int FirstSentence { get; set; } = int.MaxValue;
}

/// <summary>
/// Resolves names to people within an article: gazetteer names and aliases (case and
/// diacritics folded), full names seen in the article, and their short forms ("Pisen", "Manet")
/// where a short form belongs to one person only. A builder inside a stage: the Resolve stage
/// gives its contents as values (<see cref="ResolvedArticle"/>), and curation reopens them.
/// </summary>
internal sealed class OfficialRegistry
{
    private readonly ExtractionContext _context;
    private readonly Dictionary<string, OfficialDraft> _byFolded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OfficialDraft?> _shortForms = new(StringComparer.Ordinal);
    // Every key _byFolded has held since the first lookup of a part of a sentence without folding it (MayBeKnownFullName),
    // and every key _shortForms has held since IsKnownShortForm was first asked; each made on first use (a registry
    // reopened by curation seldom asks).
    private FoldedNameFilter? _fullNames;
    private FoldedNameFilter? _shortNames;

    private FoldedNameFilter FullNames => _fullNames ??= NewFilter(_byFolded.Keys);
    private FoldedNameFilter ShortNames => _shortNames ??= NewFilter(_shortForms.Keys);

    /// <summary>
    /// A number that changes whenever what the name questions (<see cref="IsKnownFullName"/>, <see cref="IsKnownShortForm"/>,
    /// <see cref="MayBeKnownFullName"/>) read changes: the same number, the same answers.
    /// </summary>
    public int Version { get; private set; }

    private FoldedNameFilter NewFilter(IEnumerable<string> folded)
    {
        Version++;
        return Filter(folded);
    }

    private static FoldedNameFilter Filter(IEnumerable<string> folded)
    {
        var filter = new FoldedNameFilter();
        foreach (var name in folded) filter.Add(name);
        return filter;
    }

    public OfficialRegistry(ExtractionContext context) => _context = context;

    /// <summary>A registry holding the officials of a resolved article again, as drafts, under the names they were known by.</summary>
    public OfficialRegistry(ExtractionContext context, IReadOnlyList<OfficialDraft> drafts, EquatableArray<NameKey> names)
    {
        _context = context;
        All.AddRange(drafts);
        foreach (var n in names)
        {
            var draft = n.Official < 0 ? null : drafts[n.Official];
            if (n.IsShortForm) _shortForms[n.Folded] = draft;
            else if (draft is not null) _byFolded[n.Folded] = draft;
        }
    }

    /// <summary>Every full name and alias known, folded, with its person.</summary>
    public IEnumerable<KeyValuePair<string, OfficialDraft?>> Names => _byFolded.Select(p => new KeyValuePair<string, OfficialDraft?>(p.Key, p.Value));

    /// <summary>Every short form known, folded, with its person, or none when several share it.</summary>
    public IEnumerable<KeyValuePair<string, OfficialDraft?>> ShortForms => _shortForms;

    private ExtractionContext Context => _context;

    public List<OfficialDraft> All { get; } = new();

    public bool IsKnownFullName(string name)
    {
        var folded = TextTools.Fold(name);
        return _byFolded.ContainsKey(folded) || (Context.OfficialsByFoldedName.TryGetValue(folded, out var g) && name.IndexOf(' ') > 0)
            || name.IndexOf(' ') > 0 && _shortForms.TryGetValue(folded, out var pair) && pair is not null;
    }

    /// <summary>
    /// False when <see cref="IsKnownFullName"/> of <c>text.Substring(start, length)</c> is certainly false, without making
    /// the substring or folding it; true when it may be true.
    /// </summary>
    public bool MayBeKnownFullName(string text, int start, int length)
    {
        // One hash of the part answers for the three filters.
        int hash = FoldedNameFilter.HashOf(text, start, length, out bool ascii);
        return FullNames.MayContain(hash, ascii) || Context.OfficialNames.MayContain(hash, ascii)
            // Two words that begin or end a longer name are a short form that IsKnownFullName also accepts.
            || text.IndexOf(' ', start, length) > 0 && ShortNames.MayContain(hash, ascii);
    }

    /// <summary>
    /// For a word without a space (<c>text.Substring(start, length)</c>): false when no text that begins with the word
    /// and then a space can be a name <see cref="IsKnownFullName"/> accepts (no known full name, alias or short form,
    /// folded, begins with the folded word and a space); true when one may (the word is not ASCII, or the hash of a
    /// name's first word is the word's). The hash is <see cref="MayBeKnownFullName"/>'s, over the word alone.
    /// </summary>
    public bool MayBeginKnownFullName(string text, int start, int length)
    {
        int hash = FoldedNameFilter.HashOf(text, start, length, out bool ascii);
        return FullNames.MayBeginName(hash, ascii) || Context.OfficialNames.MayBeginName(hash, ascii) || ShortNames.MayBeginName(hash, ascii);
    }

    public bool IsKnownShortForm(string word)
    {
        int hash = FoldedNameFilter.HashOf(word, 0, word.Length, out bool ascii);
        if (!ShortNames.MayContain(hash, ascii) && !Context.OfficialNames.MayContain(hash, ascii)) return false;
        var folded = TextTools.Fold(word);
        if (_shortForms.TryGetValue(folded, out var d) && d is not null) return true;
        return Context.OfficialsByFoldedName.ContainsKey(folded);
    }

    /// <summary>The person a mention names, creating them when the mention is a full name.</summary>
    public OfficialDraft? Resolve(PersonMention mention, int sentence)
    {
        var folded = TextTools.Fold(mention.Name);
        OfficialDraft? draft = null;
        if (_byFolded.TryGetValue(folded, out var known)) draft = known;
        else if (Context.OfficialsByFoldedName.TryGetValue(folded, out var g))
        {
            draft = Find(g.Name) ?? Create(g.Name, sentence);
            if (g.Country is not null) { draft.Country = g.Country; draft.CountryBasis = CountryBasis.Stated; }
            foreach (var a in g.Aliases) Register(a, draft);
        }
        else if (mention.IsShort)
        {
            if (_shortForms.TryGetValue(folded, out var s)) draft = s;
        }
        else if (mention.Name.IndexOf(' ') < 0 && _shortForms.TryGetValue(folded, out var one) && one is not null)
        {
            // "Japanese Deputy Defence Minister Kenta Hara … Deputy Minister Hara": one name that is the short form of one person is that person.
            draft = one;
        }
        else if (mention.Name.IndexOf(' ') > 0 && _shortForms.TryGetValue(folded, out var two) && two is not null)
        {
            // "Defence Minister Aziz Rahman Yusof … Aziz Rahman said": two words that begin or end the name of one person are that person.
            draft = two;
        }
        else if (mention.Name.IndexOf(' ') < 0 && (mention.Rank is not null || mention.Title is not null) && MiddleNameOf(folded) is { } middle)
        {
            // "Defence Minister Kel Arlo Vesk … Minister Arlo": one name after a rank or an office that is the middle word of one
            // person's three-word name is that person.
            draft = middle;
        }
        else
        {
            draft = Create(mention.Name, sentence);
        }
        if (draft is null) return null;
        if (!string.Equals(mention.Name, draft.Name, StringComparison.Ordinal)) draft.Aliases.Add(mention.Name);
        // "Sheikh Kel bin Arlo" is another name of Kel bin Arlo.
        if (mention.Styled is not null && !string.Equals(mention.Styled, draft.Name, StringComparison.Ordinal)) draft.Aliases.Add(mention.Styled);
        draft.FirstSentence = Math.Min(draft.FirstSentence, sentence);
        return draft;
    }

    /// <summary>
    /// The one official so far whose name <paramref name="name"/> begins a run of, its last word cut short
    /// (<see cref="LeaderVocabulary.IsCutOf"/>); none when no one or several are.
    /// </summary>
    public OfficialDraft? CutNameOf(string name)
    {
        if (LeaderVocabulary.CutWords(name) is not { } cut) return null;
        OfficialDraft? found = null;
        foreach (var d in All)
        {
            if (!LeaderVocabulary.IsCutOf(TextTools.Slug(d.Name).Split('-'), cut)) continue;
            if (found is not null && found != d) return null;
            found = d;
        }
        return found;
    }

    public OfficialDraft? Find(string name) => _byFolded.TryGetValue(TextTools.Fold(name), out var d) ? d : null;

    /// <summary>
    /// The one official so far whose name is three capitalised words, the middle one (of four letters or more, no particle)
    /// being <paramref name="folded"/>; none when no one or several are.
    /// </summary>
    private OfficialDraft? MiddleNameOf(string folded)
    {
        OfficialDraft? found = null;
        foreach (var d in All)
        {
            var words = d.Name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length != 3 || words[1].Length < 4 || !words.All(w => char.IsUpper(w[0]))
                || Lexicon.CapitalisedParticles.Contains(words[1]) || TextTools.Fold(words[1]) != folded) continue;
            if (found is not null && found != d) return null;
            found = d;
        }
        return found;
    }

    /// <summary>
    /// The official of a name: the one registered under it, else the one person of a single name that begins or ends it
    /// (neither of them one that <paramref name="isOther"/> knows to be someone else), else a new one.
    /// </summary>
    public OfficialDraft Create(string name, int sentence, Func<OfficialDraft, bool>? isOther = null)
    {
        var existing = Find(name);
        if (existing is not null && isOther?.Invoke(existing) != true) return existing;
        // "Defence Minister Lich …" before "Ngo Xuan Lich": the one person of a single name that begins or ends the full name takes it.
        var words = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2)
        {
            string firstWord = TextTools.Fold(words[0]), lastWord = TextTools.Fold(words[words.Length - 1]);
            var single = All.Where(d => d.Name.IndexOf(' ') < 0 && (TextTools.Fold(d.Name) == firstWord || TextTools.Fold(d.Name) == lastWord) && isOther?.Invoke(d) != true).ToList();
            if (single.Count == 1)
            {
                var one = single[0];
                one.Aliases.Add(one.Name);
                one.Name = name;
                one.FirstSentence = Math.Min(one.FirstSentence, sentence);
                Register(name, one);
                return one;
            }
        }
        // "Field Marshal Kelan Dosk … Field Marshal Kelen": one person spelled one letter apart in one article.
        var spelled = OneLetterApart(name, isOther);
        if (spelled is not null)
        {
            // The gazetteer's spelling, or a full name after a single one, names the person; the other stays an alias.
            if (Context.OfficialsByFoldedName.ContainsKey(TextTools.Fold(name)) || (spelled.Name.IndexOf(' ') < 0 && words.Length >= 2))
            {
                spelled.Aliases.Add(spelled.Name);
                spelled.Name = name;
            }
            else spelled.Aliases.Add(name);
            spelled.FirstSentence = Math.Min(spelled.FirstSentence, sentence);
            Register(name, spelled);
            return spelled;
        }
        var draft = new OfficialDraft(name) { FirstSentence = sentence };
        // "Tom Reid, Jr" is also known as "Tom Reid".
        string plain = Lexicon.WithoutGenerationalSuffix(name);
        if (!ReferenceEquals(plain, name)) draft.Aliases.Add(plain);
        // "Kel bin Arlo bin Tomas Al Dosk" is also known as "Kel bin Arlo Al Dosk" and "Kel Al Dosk".
        foreach (var shorter in Lexicon.WithoutForefathers(name)) draft.Aliases.Add(shorter);
        All.Add(draft);
        Register(name, draft);
        return draft;
    }

    /// <summary>
    /// The one person (none when several, or one <paramref name="isOther"/> knows to be someone else) whose name or an
    /// alias is <paramref name="name"/> with one word one letter apart (<see cref="OneLetterApart(string, string)"/>), the other
    /// words the same; a name of one word is compared with the first and the last word of a longer one.
    /// </summary>
    private OfficialDraft? OneLetterApart(string name, Func<OfficialDraft, bool>? isOther)
    {
        var words = TextTools.Fold(name).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        OfficialDraft? found = null;
        foreach (var d in All)
        {
            if (!NamesOneLetterApart(words, d.Name) && !d.Aliases.Any(a => NamesOneLetterApart(words, a))) continue;
            if (isOther?.Invoke(d) == true) continue;
            if (found is not null && found != d) return null;
            found = d;
        }
        return found;
    }

    private static bool NamesOneLetterApart(string[] words, string other)
    {
        var others = TextTools.Fold(other).Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (others.Length == 0 || words.Length == 0) return false;
        if (words.Length == 1 && others.Length >= 2)
            return OneLetterApart(words[0], others[0]) || OneLetterApart(words[0], others[others.Length - 1]);
        if (others.Length == 1 && words.Length >= 2)
            return OneLetterApart(others[0], words[0]) || OneLetterApart(others[0], words[words.Length - 1]);
        if (words.Length != others.Length) return false;
        int apart = -1;
        for (int i = 0; i < words.Length; i++)
        {
            if (string.Equals(words[i], others[i], StringComparison.Ordinal)) continue;
            if (apart >= 0) return false;
            apart = i;
        }
        return apart >= 0 && OneLetterApart(words[apart], others[apart]);
    }

    /// <summary>
    /// Two folded words one letter apart (one letter changed, added or dropped), with the same first letter, the shorter of
    /// four letters or more ("berhanu"/"birhanu", "siha"/"seiha"; never "hoa"/"hoan").
    /// </summary>
    internal static bool OneLetterApart(string a, string b)
    {
        if (a.Length > b.Length) (a, b) = (b, a);
        if (a.Length < 4 || b.Length - a.Length > 1 || a[0] != b[0] || string.Equals(a, b, StringComparison.Ordinal)) return false;
        int i = 0;
        while (i < a.Length && a[i] == b[i]) i++;
        if (a.Length == b.Length) return string.CompareOrdinal(a, i + 1, b, i + 1, a.Length - i - 1) == 0;
        return string.CompareOrdinal(a, i, b, i + 1, a.Length - i) == 0;
    }

    public void Register(string name, OfficialDraft draft)
    {
        string folded = TextTools.Fold(name);
        Version++;
        _byFolded[folded] = draft;
        _fullNames?.Add(folded);
        // "Tom Reid, Jr": the name without its generational suffix is a short form, and its words give the others.
        string plain = Lexicon.WithoutGenerationalSuffix(name);
        if (!ReferenceEquals(plain, name)) { AddShort(TextTools.Fold(plain), draft); name = plain; }
        var parts = name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) { AddShort(TextTools.Fold(name), draft); return; }
        AddShort(TextTools.Fold(parts[0]), draft);
        AddShort(TextTools.Fold(parts[parts.Length - 1]), draft);
        // A name of three words or more is also known by its first two or its last two ("Aziz Rahman", "Le Floch").
        if (parts.Length >= 3)
        {
            AddShort(TextTools.Fold(parts[0] + " " + parts[1]), draft);
            AddShort(TextTools.Fold(parts[parts.Length - 2] + " " + parts[parts.Length - 1]), draft);
        }
        // "Colonel Kel Ramón Arlo Vesk … Colonel Arlo": a name of four capitalised words without a particle is also known by
        // its third, the first of two family names in Spanish and Portuguese usage.
        if (parts.Length == 4 && parts.All(p => char.IsUpper(p[0]) && !Lexicon.CapitalisedParticles.Contains(p) && p[p.Length - 1] != ','))
            AddShort(TextTools.Fold(parts[2]), draft);
    }

    private void AddShort(string folded, OfficialDraft draft)
    {
        Version++;
        _shortNames?.Add(folded);
        if (_shortForms.TryGetValue(folded, out var other) && other != draft) _shortForms[folded] = null; // ambiguous: "Hun"
        else _shortForms[folded] = draft;
    }

    /// <summary>
    /// People named later only by their office ("the Thai defence minister said …"): each reference of a sentence
    /// stands for the one official introduced in an earlier sentence whose office has all its words (and whose country
    /// is the one the reference names, when it names one). When no official or several fit, the reference names nobody.
    /// </summary>
    public void ResolveOfficeReferences(List<SentenceDraft> sentences, PersonRecognizer people)
    {
        foreach (var a in sentences)
        {
            if (a.IsLink || a.Tokens.Count == 0) continue;
            var references = people.FindOfficeReferences(a.Tokens, a.People.Select(p => p.Mention).ToList());
            foreach (var r in references)
            {
                var official = ResolveOffice(r, a.Sentence.Index);
                if (official is null || a.People.Any(p => p.Official == official)) continue;
                int start = a.Tokens[r.FirstToken].Start, end = a.Tokens[r.FirstToken + r.TokenCount - 1].End;
                a.People.Add((new PersonMention(r.FirstToken, r.TokenCount, start, end - start, a.Text.Substring(start, end - start), null, null, true), official));
            }
        }
    }

    /// <summary>The one official introduced before sentence <paramref name="sentence"/> whose office fits the reference, or none.</summary>
    public OfficialDraft? ResolveOffice(OfficeReference reference, int sentence)
    {
        OfficialDraft? found = null;
        foreach (var o in All)
        {
            // A pair of offices names its states ("the Veskan and Ostrian defence ministers signed …"), so a lead may tell it
            // before the names are given; one office alone refers back.
            if (!reference.Paired && o.FirstSentence >= sentence) continue;
            if (reference.Country is not null && o.Country != reference.Country) continue;
            bool fits = o.Positions.Any(p => p.Title is { } title
                && reference.Words.All(w => (reference.Paired && Lexicon.AnyOffice.Contains(w)) || OfficeWords(title).Contains(w)));
            if (!fits) continue;
            if (found is not null) return null;
            found = o;
        }
        return found;
    }

    private static HashSet<string> OfficeWords(string title)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in title.Split(new[] { ' ', '-', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            string lower = w.ToLowerInvariant();
            words.Add(lower == "defense" ? "defence" : lower);
        }
        // "commander-in-chief" and "secretary-general" as written whole.
        foreach (var w in title.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries)) words.Add(w.ToLowerInvariant());
        return words;
    }

    public void Remove(OfficialDraft draft)
    {
        Version++;
        All.Remove(draft);
        foreach (var key in _byFolded.Where(p => p.Value == draft).Select(p => p.Key).ToList()) _byFolded.Remove(key);
        foreach (var key in _shortForms.Where(p => p.Value == draft).Select(p => p.Key).ToList()) _shortForms[key] = null;
    }
}
