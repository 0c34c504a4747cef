using Corpus.Extraction.Model;
using Corpus.Extraction.Read;

namespace Corpus.Extraction.Segment;

/// <summary>An article as the Segment stage gives it: the read article and its sentences, in order, with their lines and columns.</summary>
public sealed record SegmentedArticle(ReadArticle Article, EquatableArray<Sentence> Sentences);

public static partial class Segmenter
{
    /// <summary>The Segment stage: a read article split into its sentences.</summary>
    [Stage("Segment")]
    public static SegmentedArticle Segment(ReadArticle article) => new(article, Split(article.Text).ToEquatableArray());
}
