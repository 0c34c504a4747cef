using System;
using System.Collections.Generic;
using System.IO;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Corpus.Generator.Emit;

namespace Corpus.Generator;

/// <summary>
/// The sidecars of the corpus, equal when their contents are; finds an article's sidecar (same
/// path but for the extension) through an index built once, not by a search per article.
/// </summary>
internal sealed class SidecarSet : IEquatable<SidecarSet>
{
    private Dictionary<string, Sidecar>? _byStem;

    public SidecarSet(EquatableArray<Sidecar> items) => Items = items;

    public EquatableArray<Sidecar> Items { get; }

    public Sidecar? For(ArticleSource article)
    {
        var map = _byStem;
        if (map is null)
        {
            map = new Dictionary<string, Sidecar>(StringComparer.Ordinal);
            foreach (var s in Items)
            {
                string key = Path.ChangeExtension(s.Path, null);
                if (!map.ContainsKey(key)) map.Add(key, s);
            }
            _byStem = map;
        }
        return map.TryGetValue(Path.ChangeExtension(article.Path, null), out var sidecar) ? sidecar : null;
    }

    public bool Equals(SidecarSet? other) => other is not null && Items.Equals(other.Items);

    public override bool Equals(object? obj) => Equals(obj as SidecarSet);

    public override int GetHashCode() => Items.GetHashCode();
}

/// <summary>An article's facts and the full path of its file.</summary>
internal sealed record ExtractedArticle(string Path, ArticleFacts Facts);

/// <summary>
/// An article's summary for the corpus-wide step, the member names its officials' names give, the
/// full path of its file, and the failure to summarise it if there was one (the summary is then of
/// the article's document alone).
/// </summary>
internal sealed record SummarisedArticle(string Path, ArticleSummary Summary, EquatableArray<MemberBase> Members, EquatableArray<Problem> Problems);

/// <summary>
/// The member name an official's name gives before disambiguation, and why it differs from the
/// plain PascalCase name, if it does (<see cref="Naming.MemberNames.Base"/>): made per article for
/// the names of its officials, so naming the corpus does no text work for them.
/// </summary>
internal readonly record struct MemberBase(string Name, string Member, string? Adjustment);

/// <summary>An article's encoded data, and the failure to encode it if there was one.</summary>
internal sealed record EncodedArticle(ArticleData Data, EquatableArray<Problem> Problems);

/// <summary>One article with everything its extraction depends on.</summary>
internal sealed record ArticleInput(ArticleSource Article, Sidecar? Sidecar, Gazetteer Gazetteer, bool Curation);

internal enum CorpusFileKind { Article, Sidecar, Gazetteer }
