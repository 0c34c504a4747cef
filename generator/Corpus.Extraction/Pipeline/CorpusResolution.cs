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
        // Officials with an office somewhere in the corpus, by the slug of each spelling.
        var known = new Dictionary<string, (string Id, string? Country)>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            foreach (var o in a.Officials)
            {
                if (o.Positions.Count == 0) continue;
                foreach (var spelling in new[] { o.Name }.Concat(o.Aliases))
                {
                    string key = TextTools.Slug(spelling);
                    if (key.Length == 0) continue;
                    if (known.TryGetValue(key, out var other))
                    {
                        if (other.Id != o.Id) ambiguous.Add(key);
                        else if (other.Country is null && o.Country is not null) known[key] = (o.Id, o.Country);
                    }
                    else known.Add(key, (o.Id, o.Country));
                }
            }
        }
        if (known.Count == 0) return articles;

        var result = new List<ArticleFacts>(articles.Count);
        bool changed = false;
        foreach (var a in articles)
        {
            if (a.Names.Count == 0) { result.Add(a); continue; }
            var ids = new HashSet<string>(a.Officials.Select(o => o.Id), StringComparer.Ordinal);
            var added = new List<OfficialFact>();
            var left = new List<NameFact>();
            foreach (var n in a.Names)
            {
                if (ambiguous.Contains(n.Id) || !known.TryGetValue(n.Id, out var k)) { left.Add(n); continue; }
                if (!ids.Add(k.Id)) continue;
                var aliases = string.Equals(TextTools.Slug(n.Name), k.Id, StringComparison.Ordinal)
                    ? EquatableArray<string>.Empty
                    : new EquatableArray<string>(new[] { n.Name });
                added.Add(new OfficialFact(k.Id, n.Name, aliases, k.Country, EquatableArray<PositionFact>.Empty));
            }
            if (added.Count == 0) { result.Add(a); continue; }
            changed = true;
            result.Add(a with
            {
                Officials = a.Officials.Concat(added).ToEquatableArray(),
                Names = left.ToEquatableArray(),
            });
        }
        return changed ? result : articles;
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
    {
        var ordered = positions
            .Select((p, i) => (Position: p, Index: i, Date: p.Position.Date))
            .OrderBy(x => x.Date is null ? 1 : 0)
            .ThenBy(x => x.Date ?? "", StringComparer.Ordinal)
            .ThenBy(x => x.Index)
            .Select(x => x.Position)
            .ToList();
        // For each office, its first statement and (when later and dated) its last one.
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < ordered.Count; i++)
        {
            var p = ordered[i].Position;
            string office = OfficeKey(p.Title) + "|" + OfficeKey(p.Organization ?? "") + "|" + (p.Rank ?? "");
            if (!first.ContainsKey(office)) first.Add(office, i);
            else if (p.Date is not null && p.Date != ordered[first[office]].Position.Date) last[office] = i;
        }
        var keep = new HashSet<int>(first.Values.Concat(last.Values));
        return ordered.Where((_, i) => keep.Contains(i)).ToList();
    }

    /// <summary>The words of a title, for comparing two: folded, without punctuation.</summary>
    public static string OfficeKey(string title)
        => string.Join(" ", TextTools.Fold(title)
            .Split(new[] { ' ', ',', '.', '(', ')', '-', '\'', '’', ';', ':' }, StringSplitOptions.RemoveEmptyEntries));
}
