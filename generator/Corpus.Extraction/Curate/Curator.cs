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
    public static void Apply(ArticleSource article, Sidecar sidecar, OfficialRegistry registry, ref List<EngagementFact> engagements,
        List<MentionFact> mentions, List<Problem> problems, ExtractionContext context, IsoDate? published, IReadOnlyList<SentenceAnalysis> segmented)
    {
        string text = article.Text;
        string folded = TextTools.Fold(text);
        string documentId = sidecar.Id ?? article.Id;
        // The article as the pipeline segmented it, folded once: several curated names and engagements look sentences up.
        var sentences = segmented.Select(x => (x.Sentence, Folded: TextTools.Fold(x.Text))).ToList();

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
            if (draft is null) draft = registry.Create(c.Name.Value, FirstSentenceIndex(sentences, c.Name.Value));
            if (!string.Equals(draft.Name, c.Name.Value, StringComparison.Ordinal))
            {
                draft.Aliases.Add(draft.Name);
                draft.Name = c.Name.Value;
                registry.Register(c.Name.Value, draft);
            }
            foreach (var alias in c.Aliases) { draft.Aliases.Add(alias); registry.Register(alias, draft); }
            if (c.Country is not null) { draft.Country = c.Country; draft.CountryIsExplicit = true; }
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
                    evidence.Add(new EvidenceFact(first.Line, first.Column, first.Text));
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
        return new EvidenceFact(s.Line, s.Column, s.Text);
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
