using System.Collections.Generic;
using System.Globalization;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Read;

/// <summary>
/// An article as the Read stage gives it: its source, the id it is known by (the sidecar's or the
/// file's), its document (title, outlet, URL and publication date from the sidecar, else from the
/// dateline), the dateline, and the problems of its text. <see cref="IsReadable"/> is false for
/// an empty or oversized article, which no later stage reads.
/// </summary>
public sealed record ReadArticle(
    ArticleSource Source,
    string Id,
    DocumentFact Document,
    Dateline? Dateline,
    IsoDate? Published,
    EquatableArray<Problem> Problems,
    bool IsReadable)
{
    /// <summary>The article's text, normalised.</summary>
    public string Text => Source.Text;
}

public static partial class ArticleReader
{
    /// <summary>
    /// The Read stage: the document of an article and its sidecar, its dateline and publication
    /// date, and the problems of its text (empty, too large, not UTF-8).
    /// </summary>
    [Stage("Read")]
    public static ReadArticle Read(ArticleSource article, Sidecar? sidecar)
    {
        var problems = new List<Problem>();
        string text = article.Text;
        string id = sidecar?.Id ?? article.Id;
        var dateline = ReadDateline(text);
        string? published = sidecar?.Published ?? dateline?.Date;
        var document = new DocumentFact(id, article.RelativePath, sidecar?.Title, sidecar?.Outlet ?? dateline?.Outlet, sidecar?.Url, published,
            CountLines(text));
        IsoDate? publishedDate = IsoDate.TryParse(published, out var p) ? p : null;
        if (text.Trim().Length == 0)
        {
            problems.Add(Problem.AtFile(ProblemIds.EmptyArticle, article.Path, article.RelativePath));
            return new ReadArticle(article, id, document, dateline, publishedDate, problems.ToEquatableArray(), false);
        }
        if (text.Length > MaxArticleLength)
        {
            problems.Add(Problem.AtFile(ProblemIds.ArticleTooLarge, article.Path, article.RelativePath, text.Length.ToString(CultureInfo.InvariantCulture),
                MaxArticleLength.ToString(CultureInfo.InvariantCulture)));
            return new ReadArticle(article, id, document, dateline, publishedDate, problems.ToEquatableArray(), false);
        }
        if (text.IndexOf('\uFFFD') >= 0)
        {
            int at = text.IndexOf('\uFFFD');
            problems.Add(Problem.At(ProblemIds.NotUtf8, article.Path, TextPosition.Of(text, at), TextPosition.Of(text, at + 1), article.RelativePath));
        }
        return new ReadArticle(article, id, document, dateline, publishedDate, problems.ToEquatableArray(), true);
    }
}
