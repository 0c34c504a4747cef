using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// An article read, segmented, recognised and resolved as the extraction does (home side Cambodia), and its sentences
/// as the Events stage's sentences with no parties: what the tests of the answers kept on an event sentence start from.
/// </summary>
internal static class EventSentenceFixture
{
    /// <summary>The default gazetteer with Cambodia as the home side.</summary>
    public static Gazetteer Gazetteer { get; } = Gazetteer.Default with { Home = "KH" };

    public static ResolvedArticle Resolve(string text)
    {
        var read = ArticleReader.Read(new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text)), null);
        return ArticleResolver.Resolve(ArticleRecognizer.Recognise(Segmenter.Segment(read), Gazetteer), Gazetteer, null);
    }

    public static List<EventSentence> EventSentences(ResolvedArticle resolved)
        => resolved.Sentences.Select((s, i) => new EventSentence(s, new List<(PersonMention, Party)>(), i)).ToList();
}
