using Corpus.Extraction.Curate;
using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Segment;

namespace Corpus.Extraction.Pipeline;

/// <summary>Runs the stages for one article: read, segment, recognise, resolve, build events, curate.</summary>
public static class ArticleExtractor
{
    public static ArticleFacts Extract(ArticleSource article, Sidecar? sidecar, Gazetteer gazetteer, bool curation)
    {
        var read = ArticleReader.Read(article, sidecar);
        if (!read.IsReadable) return ArticleFacts.DocumentOnly(read.Document, EquatableArray<string>.Empty, read.Problems);
        var curated = curation ? sidecar : null;
        var segmented = Segmenter.Segment(read);
        var recognised = ArticleRecognizer.Recognise(segmented, gazetteer);
        var resolved = ArticleResolver.Resolve(recognised, gazetteer, curated);
        var events = EventStage.Build(resolved, gazetteer);
        return Curator.Curate(events, gazetteer, curated);
    }
}
