namespace Corpus.Tests.Performance;

/// <summary>
/// The distinct sentences of 40 synthetic articles and of the seed, test and holdout articles: the texts
/// the tests of the engine's search shortcuts compare against a plain search.
/// </summary>
internal static class InHouseSentences
{
    public static List<string> All()
        => Articles().SelectMany(f => Corpus.Extraction.Segment.Segmenter.Split(f.Text)).Select(s => s.Text).Distinct().ToList();

    /// <summary>The article files (<c>.txt</c>) of 40 synthetic articles and of the seed, test and holdout articles.</summary>
    public static List<Corpus.Synthetic.CorpusFile> Articles()
        => Corpus.Synthetic.SyntheticCorpus.Create(40)
            .Concat(Corpus.Synthetic.SyntheticCorpus.ReadFolder(RepositoryPaths.Seeds))
            .Concat(Corpus.Synthetic.SyntheticCorpus.ReadFolder(RepositoryPaths.Combine("tests", "articles", "corpus")))
            .Concat(Corpus.Synthetic.SyntheticCorpus.ReadFolder(RepositoryPaths.Combine("tests", "holdout", "corpus")))
            .Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
}
