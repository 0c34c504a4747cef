using Corpus.Extraction.Model;
using Corpus.Extraction.Read;

namespace Corpus.Extraction.Segment;

/// <summary>An article as the Segment stage gives it: the read article and its sentences, in order, with their lines and columns.</summary>
public sealed record SegmentedArticle(ReadArticle Article, EquatableArray<Sentence> Sentences);

public static partial class Segmenter
{
    /// <summary>
    /// The Segment stage: a read article split into its sentences. The article is split in its folded form
    /// (<see cref="Text.Typography.Fold(string)"/>, one scan and no copy for a text without typographic characters), so every
    /// later stage matches vocabularies and patterns against ASCII punctuation; each sentence keeps its own characters in
    /// <see cref="Sentence.Original"/> for the evidence.
    /// </summary>
    [Stage("Segment")]
    public static SegmentedArticle Segment(ReadArticle article) => new(article, Split(article.Text).ToEquatableArray());
}
