using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Resolve;

/// <summary>
/// One person of an article as the Resolve stage gives them: the name they are known by, the
/// other names the article gives them, the country the text states (by a title, a demonym or the
/// gazetteer), the positions the article shows them in, and the first sentence naming them.
/// Sentences refer to the same instance for the same person.
/// </summary>
public sealed class ResolvedOfficial
{
    public ResolvedOfficial(string name, EquatableArray<string> aliases, string? country, CountryBasis countryBasis, EquatableArray<PositionFact> positions,
        string? rank, string? titleHead, int firstSentence)
    {
        Name = name;
        Id = TextTools.Slug(name);
        Aliases = aliases;
        Country = country;
        CountryBasis = countryBasis;
        Positions = positions;
        Rank = rank;
        TitleHead = titleHead;
        FirstSentence = firstSentence;
    }

    public string Id { get; }
    public string Name { get; }
    /// <summary>The other names the article gives, in ordinal order.</summary>
    public EquatableArray<string> Aliases { get; }
    public string? Country { get; }
    /// <summary>
    /// How the country was given: stated (a title's country, the gazetteer, a sidecar), inferred (told by an
    /// engagement), or only the article's home side given to someone of untold country.
    /// </summary>
    public CountryBasis CountryBasis { get; }
    public EquatableArray<PositionFact> Positions { get; }
    public string? Rank { get; }
    /// <summary>The head word of the first title seen ("minister", "ambassador", "counterpart").</summary>
    public string? TitleHead { get; }
    /// <summary>The index of the first sentence naming the person (<see cref="int.MaxValue"/> for none).</summary>
    public int FirstSentence { get; }

    /// <summary>The same person with another country, not stated in the text: told by an engagement, or the article's default.</summary>
    public ResolvedOfficial WithCountry(string? country, bool isDefault)
        => new(Name, Aliases, country, CountryBasis == CountryBasis.Stated ? CountryBasis.Stated : isDefault ? CountryBasis.Default : CountryBasis.Inferred,
            Positions, Rank, TitleHead, FirstSentence);
}

/// <summary>
/// A name the article's officials are known by, case and diacritics folded: a full name or alias
/// (<see cref="IsShortForm"/> false) or a short form ("Pisen"); <see cref="Official"/> is the index
/// in <see cref="ResolvedArticle.Officials"/>, or -1 for a short form several people share.
/// </summary>
public readonly record struct NameKey(string Folded, int Official, bool IsShortForm);

/// <summary>
/// An article as the Resolve stage gives it: the recognised article, each sentence with its
/// people, the officials in the order they were found, the names they are known by, and the
/// names given without rank or title (for the corpus-level pass).
/// </summary>
public sealed record ResolvedArticle(
    RecognisedArticle Recognised,
    IReadOnlyList<SentenceAnalysis> Sentences,
    IReadOnlyList<ResolvedOfficial> Officials,
    EquatableArray<NameKey> Names,
    EquatableArray<(string Name, EvidenceFact Evidence)> BareNames)
{
    public ReadArticle Article => Recognised.Article;
}

/// <summary>
/// The Resolve stage: who each person of an article is. Full names first, then short forms, which
/// need the full names; then counterparts and people named only by their office.
/// </summary>
public static class ArticleResolver
{
    /// <summary>Resolves the people of an article; <paramref name="curation"/> is the sidecar when curation is on, whose officials are known from the start.</summary>
    [Stage("Resolve")]
    public static ResolvedArticle Resolve(RecognisedArticle recognised, Gazetteer gazetteer, Sidecar? curation)
    {
        var context = ExtractionContext.For(gazetteer);
        string text = recognised.Article.Text;
        var sidecar = curation;
        IsoDate? publishedDate = recognised.Article.Published;
        var sentences = recognised.Sentences.Select(s => new SentenceDraft(s)).ToList();

        // Resolve: full names first, then short forms, which need the full names.
        var registry = new OfficialRegistry(context);
        var curatedNames = sidecar is not null ? sidecar.Officials.Where(o => !o.Exclude).ToList() : new List<CuratedOfficial>();
        string foldedText = curatedNames.Count > 0 ? TextTools.Fold(text) : "";
        foreach (var c in curatedNames)
        {
            if (foldedText.Contains(TextTools.Fold(c.Name.Value)))
            {
                var draft = registry.Create(c.Name.Value, int.MaxValue);
                foreach (var alias in c.Aliases) registry.Register(alias, draft);
            }
        }
        // "Defence Chief Meet In Ankara": a headline never introduces a person by itself. A name there that the rest of the
        // article does not spell again, in full, is no person.
        // So is any other line in title case ("Minister of Defence of Ostria Visits Norland" after a line with the date):
        // a name read there must be spelled again after it.
        Func<PersonMention, int, bool>? headlineOnly = null;
        if (sentences.Count > 1)
        {
            int headline = IsHeadline(sentences[0].Sentence) ? 0 : -1;
            int bodyFrom = -1, shapeOf = -1;
            bool titleCase = false;
            string? foldedBody = null;
            headlineOnly = (m, si) =>
            {
                if (m.IsShort) return false;
                // Whether the sentence is a line in title case, asked once per sentence rather than once per name in it,
                // and before the registry is asked about the name.
                if (si != headline)
                {
                    if (shapeOf != si) { shapeOf = si; titleCase = IsTitleCaseLine(sentences, si); }
                    if (!titleCase) return false;
                }
                if (registry.Find(m.Name) is not null) return false;
                if (bodyFrom != si) { bodyFrom = si; foldedBody = TextTools.Fold(text.Substring(Math.Min(text.Length, sentences[si].Sentence.Start + sentences[si].Sentence.Length))); }
                return foldedBody!.IndexOf(TextTools.Fold(m.Name), StringComparison.Ordinal) < 0;
            };
        }
        // Names given without rank or title, for the corpus-level pass (CorpusResolution): first sentence of each.
        var bareNames = new List<(string Name, EvidenceFact Evidence)>();
        Func<string, bool> isKnownShortForm = registry.IsKnownShortForm, isKnownFullName = registry.IsKnownFullName;
        Func<string, int, int, bool> mayBeKnownFullName = registry.MayBeKnownFullName, mayBeginKnownFullName = registry.MayBeginKnownFullName;
        // The first pass's search of each sentence, its bare names, the registry's answers it read (from, to) and the
        // registry's version after it: the second pass takes it again when the registry answers as it did.
        var log = NameLookupLog.For(isKnownShortForm, isKnownFullName, mayBeKnownFullName, mayBeginKnownFullName);
        var firstFound = new List<PersonMention>?[sentences.Count];
        var firstBare = new PersonMention[]?[sentences.Count];
        var firstAsked = new (int From, int To, int Version)[sentences.Count];
        var scratchBare = new List<PersonMention>();
        // The first pass's searches run by run: a sentence the second pass must search again takes the runs whose answers
        // did not change (the registry answers them as it did) from the first search.
        var trace = PersonSearchTrace.For(log);
        var firstTraced = new int[sentences.Count];
        // "the Ostrian Army (OA) … OA chief Lt. Gen. Kel Dosk": the acronyms the article defines, with their states.
        var acronyms = ArticleAcronyms.Read(sentences.Where(s => !s.IsLink && s.Tokens is { Count: > 0 })
            .Select(s => (s.Tokens, s.Recognised.TokenCountriesFoundBy(context.Countries) ?? context.Countries.Find(s.Tokens))));
        // The log is the thread's: it lets go of this article's registry even when a search throws.
        try
        {
        for (int pass = 0; pass < 2; pass++)
        {
            for (int si = 0; si < sentences.Count; si++)
            {
                var a = sentences[si];
                if (a.IsLink) continue;
                a.People.Clear();
                IReadOnlyList<PersonMention>? bare = null;
                List<PersonMention> found;
                if (pass == 0)
                {
                    // Bare names are collected in the first pass too (they change nothing else), so that its search can stand for the second's.
                    scratchBare.Clear();
                    int from = log.Count;
                    firstTraced[si] = trace.Record();
                    found = context.People.Find(a.Text, a.Tokens, log.IsKnownShortForm, log.IsKnownFullName, scratchBare, log.MayBeKnownFullName, a.Recognised.TokenCountriesFoundBy(context.Countries), log.MayBeginKnownFullName, trace);
                    firstFound[si] = found;
                    firstBare[si] = scratchBare.Count == 0 ? Array.Empty<PersonMention>() : scratchBare.ToArray();
                    firstAsked[si] = (from, log.Count, registry.Version);
                }
                else if (firstFound[si] is { } kept && (firstAsked[si].Version == registry.Version || log.StillHolds(firstAsked[si].From, firstAsked[si].To)))
                {
                    found = kept;
                    bare = firstBare[si];
                }
                else
                {
                    var fresh = new List<PersonMention>();
                    trace.Replay(firstTraced[si]);
                    found = context.People.Find(a.Text, a.Tokens, isKnownShortForm, isKnownFullName, fresh, mayBeKnownFullName, a.Recognised.TokenCountriesFoundBy(context.Countries), mayBeginKnownFullName, trace);
                    bare = fresh;
                }
                foreach (var foundMention in found)
                {
                    var mention = acronyms.Apply(foundMention);
                    if (pass == 0 && mention.IsShort) continue;
                    if (headlineOnly is not null && headlineOnly(mention, si)) continue;
                    // "…, Vesk's Minister of Heritage and Fine Arts": a name holding a word of a body, a portfolio or a headline
                    // (lexicon.tsv [non-name-words]) is no person's, whichever rule read it.
                    if (Lexicon.HoldsNonNameWord(mention.Name)) continue;
                    // "Sultan Kel ibni Al-Marhum Sultan Arlo": the father named after "the late" (lexicon.tsv [late-marks]) is no person of the article's occasions.
                    if (Lexicon.IsNamedAsLate(a.Tokens, mention.FirstToken)) continue;
                    // "… and Prime Minister Kel Dos" where the copy of the article stops in the middle of a word: a new name that
                    // ends the text with no mark after it and whose last word only begins a word of the name of the one person
                    // of the article so far ("General Tomas Vesk … General Ves") is that person; else, when it so begins a
                    // name of the table of leaders ("Kel Dosk"), it is a cut name, no person of the article.
                    OfficialDraft? cutOf = null;
                    if (!mention.IsShort && IsCutAtTheEnd(text, a, mention) && registry.Find(mention.Name) is null)
                    {
                        cutOf = registry.CutNameOf(mention.Name);
                        if (cutOf is null && LeaderVocabulary.IsCutName(mention.Name)) continue;
                    }
                    var official = cutOf ?? registry.Resolve(mention, a.Sentence.Index);
                    if (official is null) continue;
                    if (pass == 1 && !a.People.Any(x => x.Official == official)) a.People.Add((mention, official));
                    if (pass == 0) Observe(official, mention, a, publishedDate);
                }
                if (bare is not null) foreach (var m in bare) bareNames.Add((m.Name, a.Evidence));
            }
        }
        }
        finally
        {
            log.Forget();
            trace.Forget();
        }
        ResolveCounterparts(sentences);
        registry.ResolveOfficeReferences(sentences, context.People);

        return Freeze(recognised, registry, sentences, bareNames);
    }

    /// <summary>
    /// Whether <paramref name="mention"/> of sentence <paramref name="a"/> ends the article's text, a letter being the text's last
    /// character (no full stop or other mark after the name: a copy cut short).
    /// </summary>
    private static bool IsCutAtTheEnd(string text, SentenceDraft a, PersonMention mention)
    {
        int end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == 0 || !char.IsLetter(text[end - 1])) return false;
        if (a.Sentence.Start + a.Sentence.Length < end) return false;
        string s = a.Text;
        int sentenceEnd = s.Length;
        while (sentenceEnd > 0 && char.IsWhiteSpace(s[sentenceEnd - 1])) sentenceEnd--;
        return mention.Start + mention.Length == sentenceEnd;
    }

    // The article's first sentence is its headline when it is a line of its own without a closing full stop, and a
    // paragraph follows it.
    private static bool IsHeadline(Sentence first)
        => first.Index == 0 && first.Text.Length > 0 && !TextTools.EndsAsSentence(first.Text) && first.Text[first.Text.Length - 1] is not (':' or ',' or ';');

    // A sentence that is a paragraph of its own, without a closing full stop, whose words of four letters or more (three
    // at least) all begin with a capital: a headline or a section's title, wherever it stands.
    private static bool IsTitleCaseLine(List<SentenceDraft> sentences, int si)
    {
        var s = sentences[si].Sentence;
        if (s.Text.Length == 0 || s.Text[s.Text.Length - 1] is '.' or '!' or '?' or ':' or ',' or ';') return false;
        if ((si > 0 && sentences[si - 1].Sentence.Paragraph == s.Paragraph) || (si + 1 < sentences.Count && sentences[si + 1].Sentence.Paragraph == s.Paragraph)) return false;
        int longWords = 0;
        foreach (var t in sentences[si].Tokens)
        {
            if (!t.IsWord || t.Text.Length < 4 || !char.IsLetter(t.Text[0])) continue;
            if (!char.IsUpper(t.Text[0])) return false;
            longWords++;
        }
        return longWords >= 3;
    }

    // The drafts as values: one ResolvedOfficial per person, shared by every sentence naming them.
    private static ResolvedArticle Freeze(RecognisedArticle recognised, OfficialRegistry registry, List<SentenceDraft> sentences,
        List<(string Name, EvidenceFact Evidence)> bareNames)
    {
        var officials = new List<ResolvedOfficial>(registry.All.Count);
        var byDraft = new Dictionary<OfficialDraft, ResolvedOfficial>();
        var index = new Dictionary<OfficialDraft, int>();
        foreach (var o in registry.All)
        {
            var (country, basis) = StateOfRecordIfUntold(o.Country, o.CountryBasis, o.Name, o.Aliases, LeaderVocabulary.StatesBySlug);
            var resolved = new ResolvedOfficial(o.Name, o.Aliases.ToEquatableArray(), country, basis, o.Positions.ToEquatableArray(),
                o.Rank, o.TitleHead, o.FirstSentence);
            index[o] = officials.Count;
            byDraft[o] = resolved;
            officials.Add(resolved);
        }
        var analysed = new List<SentenceAnalysis>(sentences.Count);
        foreach (var s in sentences)
        {
            var people = s.People.Count == 0 ? Array.Empty<(PersonMention, ResolvedOfficial)>()
                : s.People.Select(p => (p.Mention, byDraft[p.Official])).ToArray();
            analysed.Add(new SentenceAnalysis(s.Recognised, Array.AsReadOnly(people)));
        }
        var names = registry.Names.Select(n => new NameKey(n.Key, n.Value is { } d ? index[d] : -1, false))
            .Concat(registry.ShortForms.Select(n => new NameKey(n.Key, n.Value is { } d ? index[d] : -1, true)))
            .ToEquatableArray();
        return new ResolvedArticle(recognised, analysed.AsReadOnly(), officials.AsReadOnly(), names, bareNames.ToEquatableArray());
    }

    /// <summary>
    /// "Minister Kel Arlo called his counterpart Ola Berg" with nothing in the article telling Arlo's state: a leader's state of
    /// record (<paramref name="leaders"/>, by the name or a spelling of it: <c>LeaderVocabulary.StateOf</c>, the lookup
    /// CorpusAssembler asks) is stated, as a gazetteer official's is, before any occasion is read, so that the occasion holds
    /// that state rather than the home side given by default. A state the article tells is kept.
    /// </summary>
    internal static (string? Country, CountryBasis Basis) StateOfRecordIfUntold(string? country, CountryBasis basis, string name,
        IEnumerable<string> aliases, IReadOnlyDictionary<string, string> leaders)
        => country is null && LeaderVocabulary.StateOf(leaders, name, aliases) is { } record ? (record, CountryBasis.Stated) : (country, basis);

    private static void Observe(OfficialDraft official, PersonMention mention, SentenceDraft a, IsoDate? published)
    {
        if (mention.Rank is not null) official.Rank ??= mention.Rank;
        if (mention.Title is { } title)
        {
            if (title.Country is not null && official.CountryBasis != CountryBasis.Stated) { official.Country = title.Country; official.CountryBasis = CountryBasis.Stated; }
            official.TitleHead ??= title.Head;
            if (title.Head != "counterpart" && !official.Positions.Any(p => string.Equals(p.Title, title.Title, StringComparison.OrdinalIgnoreCase)))
            {
                official.Positions.Add(new PositionFact(title.Title, title.Organization, mention.Rank ?? official.Rank, ObservedOn(a, published), a.Evidence));
            }
            else if (title.Head == "counterpart")
            {
                official.Positions.Add(new PositionFact(title.Title, null, mention.Rank, ObservedOn(a, published), a.Evidence));
            }
        }
        else if (mention.Rank is not null && official.Positions.Count == 0)
        {
            official.Positions.Add(new PositionFact(mention.Rank, null, mention.Rank, ObservedOn(a, published), a.Evidence));
        }
        // "Kenya’s Tomas Arden, Peru’s Ilse Morrow and …": a name without an office whose state the words round it give.
        // "The Veskan delegation was led by Defence Minister Arlo Dosk": the state of the party the person is listed in.
        if (mention.Title?.Country is null && mention.StatedCountry is not null && official.CountryBasis != CountryBasis.Stated)
        {
            official.Country = mention.StatedCountry;
            official.CountryBasis = CountryBasis.Stated;
        }
        if (official.Rank is not null)
        {
            for (int i = 0; i < official.Positions.Count; i++)
            {
                if (official.Positions[i].Rank is null) official.Positions[i] = official.Positions[i] with { Rank = official.Rank };
            }
        }
    }

    private static string? ObservedOn(SentenceDraft a, IsoDate? published)
    {
        foreach (var d in a.Dates)
        {
            if (d.Form == DateForm.Absolute && d.Year is not null) return DateRecognizer.Resolve(d, published, false)?.ToString();
        }
        return published?.ToString();
    }

    // "his Turkish counterpart Suleyman Soylu": the counterpart holds the same office as the other person.
    private static void ResolveCounterparts(List<SentenceDraft> sentences)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            foreach (var (mention, official) in sentences[i].People)
            {
                if (mention.Title?.Head != "counterpart") continue;
                var other = sentences[i].People.Select(x => x.Official).FirstOrDefault(o => o != official)
                    ?? (i > 0 ? sentences[i - 1].People.Select(x => x.Official).FirstOrDefault(o => o != official) : null);
                int index = official.Positions.FindIndex(p => p.Title == mention.Title.Title);
                if (index < 0) continue;
                // A title stated outright elsewhere in the article says more than the counterpart's.
                if (official.Positions.Count > 1)
                {
                    official.Positions.RemoveAt(index);
                    continue;
                }
                var source = other?.Positions.FirstOrDefault(p => !p.Title.EndsWith("counterpart", StringComparison.OrdinalIgnoreCase));
                if (source is null) continue;
                official.Positions[index] = official.Positions[index] with { Title = source.Title, Organization = null };
            }
        }
    }
}
