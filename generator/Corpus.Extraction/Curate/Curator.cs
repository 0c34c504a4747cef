using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Read;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Curate;

/// <summary>
/// Applies a sidecar's curation to an article: curated officials merge into what was found
/// (aliases, country, the position this article states; <c>exclude</c> removes a false find),
/// and curated engagements replace the extracted ones. Every curated participant must be
/// mentioned in the article and every quoted evidence must occur in it verbatim.
/// </summary>
public static class Curator
{
    /// <summary>
    /// The Curate stage: the article's facts. With a sidecar (<paramref name="curation"/>, when
    /// curation is on) its officials and engagements are applied first; then the officials the
    /// article shows holding an office or taking part, their mentions, the names it gives without
    /// an office, the countries and organisations it names, and the problems found.
    /// </summary>
    [Stage("Curate")]
    public static ArticleFacts Curate(ArticleEvents events, Gazetteer gazetteer, Sidecar? curation)
    {
        var context = ExtractionContext.For(gazetteer);
        var resolved = events.Resolved;
        var read = resolved.Article;
        var article = read.Source;
        var sidecar = curation;
        var sentences = resolved.Sentences;
        var problems = new List<Problem>(read.Problems);
        // The officials as drafts again, with their countries from the Events stage, under the names resolution knew.
        var drafts = events.Officials.Select(Draft).ToList();
        var registry = new OfficialRegistry(context, drafts, resolved.Names);

        var mentions = new List<MentionFact>();
        foreach (var a in sentences)
        {
            foreach (var (mention, official) in a.People)
            {
                // Cut from the folded sentence, the words are given back in the article's characters (Text/Typography.cs).
                mentions.Add(new MentionFact(official.Id, Typography.Restore(mention.Name, a.Sentence.Text, a.Sentence.Original), a.Evidence));
            }
        }

        var engagements = events.Engagements.ToList();
        var officials = registry.All;
        // The titles the engine found (not those a sidecar gives, applied below) in the article's characters; only the
        // sentences that had typographic characters can give anything back.
        var typographic = TypographicSentences(sentences);
        if (typographic is not null)
        {
            foreach (var o in officials)
            {
                for (int i = 0; i < o.Positions.Count; i++) o.Positions[i] = Restored(o.Positions[i], typographic);
            }
        }

        if (sidecar is not null)
        {
            Apply(article, sidecar, registry, ref engagements, mentions, problems, context, read.Published, sentences);
        }
        // People who are mentioned only without any title are not shown to hold an office.
        var officialFacts = officials.Where(o => o.Positions.Count > 0 || engagements.Any(e => e.Participants.Contains(o.Id)))
            .OrderBy(o => o.FirstSentence).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => new OfficialFact(o.Id, o.Name, o.Aliases.Where(x => !string.Equals(x, o.Name, StringComparison.Ordinal)).ToEquatableArray(), o.Country,
                o.Positions.ToEquatableArray(),
                o.CountryBasis))
            .ToList();
        var kept = new HashSet<string>(officialFacts.Select(o => o.Id), StringComparer.Ordinal);
        var names = NamesWithoutOffice(resolved.BareNames, officials, mentions, kept, sidecar);
        mentions.RemoveAll(m => !kept.Contains(m.Official));

        var countries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var a in sentences) foreach (var c in a.Countries) countries.Add(c.Code);
        foreach (var o in officialFacts) if (o.Country is not null) countries.Add(o.Country);
        foreach (var e in engagements)
        {
            foreach (var c in e.Countries) countries.Add(c);
            if (e.Location?.Country is { } lc) countries.Add(lc);
        }
        return new ArticleFacts(read.Document, officialFacts.ToEquatableArray(), engagements.ToEquatableArray(), mentions.ToEquatableArray(),
            countries.ToEquatableArray(), resolved.Recognised.Organizations, problems.ToEquatableArray(), names);
    }

    // A title as its sentence writes it: the recognisers cut it from the folded sentence (Text/Typography.cs), so a title
    // that is a part of its evidence as it stands is given back in the article's characters ("Kelm’s Ambassador to Vesk").
    private static PositionFact Restored(PositionFact p, Dictionary<(int Line, int Column), Sentence> typographic)
    {
        // The evidence of a title the engine found is its sentence's: the sentence at that line and column gives its folded text.
        if (!typographic.TryGetValue((p.Evidence.Line, p.Evidence.Column), out var s) || !string.Equals(s.Original, p.Evidence.Text, StringComparison.Ordinal)) return p;
        string title = Typography.Restore(p.Title, s.Text, s.Original);
        return ReferenceEquals(title, p.Title) ? p : p with { Title = title };
    }

    // The sentences whose article characters differ from their folded text, by line and column; null when there is none
    // (most articles: no dictionary, no look-up).
    private static Dictionary<(int Line, int Column), Sentence>? TypographicSentences(IReadOnlyList<SentenceAnalysis> sentences)
    {
        Dictionary<(int Line, int Column), Sentence>? found = null;
        foreach (var a in sentences)
        {
            var s = a.Sentence;
            if (ReferenceEquals(s.Text, s.Original)) continue;
            found ??= new Dictionary<(int Line, int Column), Sentence>();
            found[(s.Line, s.Column)] = s;
        }
        return found;
    }

    private static OfficialDraft Draft(ResolvedOfficial o)
    {
        var draft = new OfficialDraft(o.Name)
        {
            Country = o.Country,
            CountryBasis = o.CountryBasis,
            Rank = o.Rank,
            TitleHead = o.TitleHead,
            FirstSentence = o.FirstSentence,
        };
        foreach (var alias in o.Aliases) draft.Aliases.Add(alias);
        draft.Positions.AddRange(o.Positions);
        return draft;
    }

    // The names the article gives without any office: those of people it drops for want of a title,
    // and bare names it never resolves. A name a sidecar excludes stays out.
    private static EquatableArray<NameFact> NamesWithoutOffice(EquatableArray<(string Name, EvidenceFact Evidence)> bare, List<OfficialDraft> officials,
        List<MentionFact> mentions, HashSet<string> kept, Sidecar? sidecar)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        if (sidecar is not null)
        {
            foreach (var c in sidecar.Officials.Where(c => c.Exclude))
            {
                excluded.Add(TextTools.Fold(c.Name.Value));
                foreach (var alias in c.Aliases) excluded.Add(TextTools.Fold(alias));
            }
        }
        var names = new List<NameFact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, EvidenceFact evidence)
        {
            string id = TextTools.Slug(name);
            if (id.Length == 0 || kept.Contains(id) || excluded.Contains(TextTools.Fold(name)) || !seen.Add(id)) return;
            names.Add(new NameFact(id, name, evidence));
        }
        foreach (var o in officials.Where(o => !kept.Contains(o.Id)).OrderBy(o => o.FirstSentence).ThenBy(o => o.Id, StringComparer.Ordinal))
        {
            var first = mentions.FirstOrDefault(m => m.Official == o.Id);
            if (first is not null && o.Name.IndexOf(' ') > 0) Add(o.Name, first.Evidence);
        }
        foreach (var (name, evidence) in bare) Add(name, evidence);
        return names.ToEquatableArray();
    }

    private static void Apply(ArticleSource article, Sidecar sidecar, OfficialRegistry registry, ref List<EngagementFact> engagements,
        List<MentionFact> mentions, List<Problem> problems, ExtractionContext context, IsoDate? published, IReadOnlyList<SentenceAnalysis> segmented)
    {
        string text = article.Text;
        string folded = TextTools.Fold(text);
        string documentId = sidecar.Id ?? article.Id;
        // The article as the pipeline segmented it, folded once: several curated names and engagements look sentences up.
        var sentences = segmented.Select(x => (x.Sentence, Folded: TextTools.Fold(x.Text))).ToList();

        // The officials the sidecar lists are different people: a single name it lists ("Dara") is not taken as
        // the short form of a longer one it lists ("Dara Sok"), nor the other way round.
        var listed = new HashSet<OfficialDraft>();
        var listedNames = new HashSet<string>(sidecar.Officials.Where(o => !o.Exclude).Select(o => TextTools.Fold(o.Name.Value)), StringComparer.Ordinal);
        foreach (var c in sidecar.Officials)
        {
            var draft = registry.Find(c.Name.Value) ?? c.Aliases.Select(registry.Find).FirstOrDefault(d => d is not null);
            if (c.Exclude)
            {
                if (draft is not null)
                {
                    registry.Remove(draft);
                    mentions.RemoveAll(m => m.Official == draft.Id);
                    engagements = engagements.Select(e => e with { Participants = e.Participants.Where(p => p != draft.Id).ToEquatableArray() }).ToList();
                }
                continue;
            }
            if (!Mentioned(folded, c.Name.Value, c.Aliases))
            {
                problems.Add(Problem.At(ProblemIds.ParticipantNotMentioned, sidecar.Path, c.Name.Start, c.Name.End, c.Name.Value, article.RelativePath));
                continue;
            }
            string own = TextTools.Fold(c.Name.Value);
            bool IsOther(OfficialDraft d) => TextTools.Fold(d.Name) is var name && name != own && (listed.Contains(d) || listedNames.Contains(name));
            if (draft is not null && IsOther(draft))
            {
                draft.Aliases.Remove(c.Name.Value);
                draft = null;
            }
            if (draft is null) draft = registry.Create(c.Name.Value, FirstSentenceIndex(sentences, c.Name.Value), IsOther);
            listed.Add(draft);
            if (!string.Equals(draft.Name, c.Name.Value, StringComparison.Ordinal))
            {
                draft.Aliases.Add(draft.Name);
                draft.Name = c.Name.Value;
                registry.Register(c.Name.Value, draft);
            }
            foreach (var alias in c.Aliases) { draft.Aliases.Add(alias); registry.Register(alias, draft); }
            if (c.Country is not null) { draft.Country = c.Country; draft.CountryBasis = CountryBasis.Stated; }
            if (c.Rank is not null) draft.Rank = c.Rank;
            if (c.Title is not null)
            {
                var evidence = Locate(text, sidecar, c.Evidence, problems) ?? draft.Positions.FirstOrDefault()?.Evidence
                    ?? SentenceAround(sentences, c.Name.Value) ?? SentenceAround(sentences, c.Aliases.FirstOrDefault() ?? c.Name.Value);
                if (evidence is not null)
                {
                    draft.Positions.Clear();
                    draft.Positions.Add(new PositionFact(c.Title, c.Organization, c.Rank ?? draft.Rank, c.Date ?? published?.ToString(), evidence));
                }
            }
            else if (c.Rank is not null)
            {
                for (int i = 0; i < draft.Positions.Count; i++) draft.Positions[i] = draft.Positions[i] with { Rank = c.Rank };
            }
        }

        if (!sidecar.HasEngagements) return;
        var curated = new List<EngagementFact>();
        var topicNames = new HashSet<string>(context.Gazetteer.Topics.Select(t => t.Name), StringComparer.Ordinal);
        int index = 0;
        foreach (var e in sidecar.Engagements)
        {
            var participants = new List<string>();
            foreach (var name in e.Participants)
            {
                var draft = registry.Find(name.Value);
                if (draft is null && Mentioned(folded, name.Value, default)) draft = registry.Create(name.Value, FirstSentenceIndex(sentences, name.Value));
                if (draft is null)
                {
                    problems.Add(Problem.At(ProblemIds.ParticipantNotMentioned, sidecar.Path, name.Start, name.End, name.Value, article.RelativePath));
                    continue;
                }
                if (!participants.Contains(draft.Id)) participants.Add(draft.Id);
            }
            var evidence = new List<EvidenceFact>();
            foreach (var quote in e.Evidence)
            {
                var located = Locate(text, sidecar, quote, problems);
                if (located is not null) evidence.Add(located);
            }
            if (evidence.Count == 0)
            {
                if (sentences.Count > 0)
                {
                    var first = sentences[0].Sentence;
                    evidence.Add(new EvidenceFact(first.Line, first.Column, first.Original));
                }
            }
            var topics = new List<string>();
            foreach (var t in e.Topics)
            {
                if (topicNames.Contains(t.Value))
                {
                    if (!topics.Contains(t.Value)) topics.Add(t.Value);
                }
                else
                {
                    problems.Add(Problem.At(ProblemIds.UnknownTopic, sidecar.Path, t.Start, t.End, t.Value,
                        YamlSupport.Closest(t.Value, topicNames.OrderBy(n => n, StringComparer.Ordinal)) is { Length: > 0 } s
                            ? "did you mean '" + s + "'?" : "add it to the topics of corpus.yaml"));
                }
            }
            index++;
            bool third = e.Location?.Country is { } lc && !e.Countries.Contains(lc);
            curated.Add(new EngagementFact(
                documentId + "-" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
                e.Kind, e.Status, e.Date, e.Location, e.Countries, participants.ToEquatableArray(), topics.ToEquatableArray(),
                e.Agreements, e.Cameo ?? EngagementBuilder.Cameo(e.Kind, e.Status, third), evidence.ToEquatableArray()));
        }
        engagements = curated;
    }

    private static bool Mentioned(string foldedText, string name, EquatableArray<string> aliases)
        => foldedText.Contains(TextTools.Fold(name)) || aliases.Any(a => foldedText.Contains(TextTools.Fold(a)));

    private static int FirstSentenceIndex(List<(Sentence Sentence, string Folded)> sentences, string name)
    {
        string foldedName = TextTools.Fold(name);
        return sentences.FindIndex(x => x.Folded.Contains(foldedName)) is var i and >= 0 ? i : int.MaxValue;
    }

    private static EvidenceFact? SentenceAround(List<(Sentence Sentence, string Folded)> sentences, string name)
    {
        int i = FirstSentenceIndex(sentences, name);
        if (i == int.MaxValue) return null;
        var s = sentences[i].Sentence;
        return new EvidenceFact(s.Line, s.Column, s.Original);
    }

    private static EvidenceFact? Locate(string text, Sidecar sidecar, Located? quote, List<Problem> problems)
    {
        if (quote is null) return null;
        string q = ArticleReader.Normalize(quote.Value).Trim();
        int at = q.Length == 0 ? -1 : text.IndexOf(q, StringComparison.Ordinal);
        if (at < 0)
        {
            problems.Add(Problem.At(ProblemIds.EvidenceNotFound, sidecar.Path, quote.Start, quote.End, Shorten(q)));
            return null;
        }
        var pos = TextPosition.Of(text, at);
        return new EvidenceFact(pos.Line + 1, pos.Column + 1, q);
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s.Substring(0, 57) + "...";
}
