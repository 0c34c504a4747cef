using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Pipeline;

/// <summary>
/// The corpus-level pass: what one article shows about a person holds in the others. It works on
/// the articles' facts after the per-article stage (never on their text), so each article is still
/// extracted and cached on its own, and it keeps every official id an article gives, so the
/// per-article data (engagements, mentions) stays valid.
/// </summary>
/// <remarks>
/// Two rules:
/// <list type="bullet">
/// <item>A name an article gives without an office (<see cref="ArticleFacts.Names"/>) is that
/// official when another article shows the same name (or a spelling it gives as an alias) holding
/// an office: the article then names the official, with the country the corpus knows.</item>
/// <item>Titles merge over time: the positions an official holds across articles are one history
/// in date order, and a position that states the same office in the same words as an earlier one
/// (up to case and punctuation) is merged into the earliest.</item>
/// </list>
/// </remarks>
public static class CorpusResolution
{
    /// <summary>
    /// The articles with the names they give without an office resolved to the officials other
    /// articles show holding one. An article with nothing to resolve is returned as it is.
    /// </summary>
    public static IReadOnlyList<ArticleFacts> Resolve(IReadOnlyList<ArticleFacts> articles)
    {
        var summaries = new ArticleSummary[articles.Count];
        for (int i = 0; i < summaries.Length; i++) summaries[i] = ArticleSummary.Of(articles[i]);
        var resolved = Resolve(summaries);
        for (int i = 0; i < resolved.Length; i++)
        {
            if (!ReferenceEquals(resolved[i], articles[i])) return resolved;
        }
        return articles;
    }

    /// <summary>
    /// The facts of the summarised articles, in the same order, with the names they give without
    /// an office resolved; an article with nothing to resolve keeps its facts object. Works on the
    /// summaries' keys alone: no spelling is slugged here.
    /// </summary>
    internal static ArticleFacts[] Resolve(IReadOnlyList<ArticleSummary> articles)
    {
        // Officials with an office somewhere in the corpus, by the slug of each spelling.
        var known = new Dictionary<string, (string Id, string? Country)>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            foreach (var s in a.Spellings)
            {
                if (known.TryGetValue(s.Key, out var other))
                {
                    if (other.Id != s.Id) ambiguous.Add(s.Key);
                    else if (other.Country is null && s.Country is not null) known[s.Key] = (s.Id, s.Country);
                }
                else known.Add(s.Key, (s.Id, s.Country));
            }
        }

        var result = new ArticleFacts[articles.Count];
        for (int i = 0; i < result.Length; i++)
        {
            var summary = articles[i];
            var a = summary.Facts;
            result[i] = a;
            if (a.Names.Count == 0 || known.Count == 0 || !ResolvesAny(a.Names, known, ambiguous)) continue;
            HashSet<string>? ids = null;
            List<OfficialFact>? added = null;
            var left = new List<NameFact>();
            for (int j = 0; j < a.Names.Count; j++)
            {
                var n = a.Names[j];
                if (ambiguous.Contains(n.Id) || !known.TryGetValue(n.Id, out var k)) { left.Add(n); continue; }
                ids ??= new HashSet<string>(a.Officials.Select(o => o.Id), StringComparer.Ordinal);
                if (!ids.Add(k.Id)) continue;
                var aliases = string.Equals(summary.NameSlugs[j], k.Id, StringComparison.Ordinal)
                    ? EquatableArray<string>.Empty
                    : new EquatableArray<string>(new[] { n.Name });
                (added ??= new List<OfficialFact>()).Add(new OfficialFact(k.Id, n.Name, aliases, k.Country, EquatableArray<PositionFact>.Empty, CountryBasis.Default));
            }
            if (added is null) continue;
            result[i] = a with
            {
                Officials = a.Officials.Concat(added).ToEquatableArray(),
                Names = left.ToEquatableArray(),
            };
        }
        return result;
    }

    private static bool ResolvesAny(EquatableArray<NameFact> names, Dictionary<string, (string Id, string? Country)> known, HashSet<string> ambiguous)
    {
        foreach (var n in names)
        {
            if (known.ContainsKey(n.Id) && !ambiguous.Contains(n.Id)) return true;
        }
        return false;
    }

    /// <summary>
    /// An official's positions as one history: in date order (undated ones after the dated, each
    /// group in the order given). A position that states the same office in the same words as
    /// another (up to case and punctuation, with the same organisation and rank) is one span of
    /// time: its earliest and its latest statement stay, with their documents, and those between
    /// are merged into them, so the history says from when to when the office is reported without
    /// growing with every article that repeats it. Other wordings of an office ("Lao Defense
    /// Minister", "Defence Minister") stay, each with the document that gives it, since a reader of
    /// that document finds the office in its words.
    /// </summary>
    public static List<OfficialPosition> MergeTitles(IEnumerable<OfficialPosition> positions)
        => MergeTitles(positions.Select(p => (p, OfficeOf(p.Position))).ToList());

    /// <summary><see cref="MergeTitles(IEnumerable{OfficialPosition})"/> for positions given with their office keys (<see cref="OfficeOf"/>).</summary>
    internal static List<OfficialPosition> MergeTitles(List<(OfficialPosition Position, string Office)> positions)
    {
        // In date order, undated ones after the dated, each group in the order given (a stable sort).
        var order = new int[positions.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
        {
            string? dx = positions[x].Position.Position.Date, dy = positions[y].Position.Position.Date;
            int c = (dx is null ? 1 : 0) - (dy is null ? 1 : 0);
            if (c == 0) c = string.CompareOrdinal(dx ?? "", dy ?? "");
            return c != 0 ? c : x - y;
        });
        // For each office, its first statement and (when later and dated) its last one.
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < order.Length; i++)
        {
            var (p, office) = positions[order[i]];
            if (!first.TryGetValue(office, out int f)) first.Add(office, i);
            else if (p.Position.Date is not null && p.Position.Date != positions[order[f]].Position.Position.Date) last[office] = i;
        }
        var keep = new HashSet<int>(first.Values.Concat(last.Values));
        var merged = new List<OfficialPosition>(keep.Count);
        for (int i = 0; i < order.Length; i++)
        {
            if (keep.Contains(i)) merged.Add(positions[order[i]].Position);
        }
        return merged;
    }

    /// <summary>What makes two positions the same office: the words of the title and of the organisation (<see cref="OfficeKey"/>) and the rank.</summary>
    internal static string OfficeOf(PositionFact p) => OfficeKey(p.Title) + "|" + OfficeKey(p.Organization ?? "") + "|" + (p.Rank ?? "");

    /// <summary>The words of a title, for comparing two: folded, without punctuation.</summary>
    public static string OfficeKey(string title)
        => string.Join(" ", TextTools.Fold(title)
            .Split(new[] { ' ', ',', '.', '(', ')', '-', '\'', ';', ':' }, StringSplitOptions.RemoveEmptyEntries));
}
