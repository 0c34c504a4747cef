using System.Net;
using System.Text.RegularExpressions;

namespace Corpus.Tests.Explorer;

/// <summary>
/// A small reader of serialised HTML for the report tests: the start tags of a document with their attributes
/// (names lower-cased, values decoded). It relies on what both the report and Chromium's DOM serialisation
/// guarantee: attribute values are double-quoted, and a "&lt;" in text or in a value is always escaped.
/// </summary>
internal static partial class HtmlScan
{
    public sealed record Tag(string Name, IReadOnlyDictionary<string, string> Attributes, int Position)
    {
        public string? this[string attribute] => Attributes.TryGetValue(attribute, out var value) ? value : null;
    }

    [GeneratedRegex("""<([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*"[^"]*")?)*)\s*/?>""")]
    private static partial Regex StartTag();

    [GeneratedRegex("""([^\s=/>"']+)(?:\s*=\s*"([^"]*)")?""")]
    private static partial Regex Attribute();

    [GeneratedRegex("""<(?!/|!)""")]
    private static partial Regex AnyTagOpen();

    /// <summary>Every start tag, in document order.</summary>
    public static List<Tag> Tags(string html)
    {
        var tags = new List<Tag>();
        foreach (Match m in StartTag().Matches(html))
        {
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match a in Attribute().Matches(m.Groups[2].Value))
            {
                attributes.TryAdd(a.Groups[1].Value.ToLowerInvariant(), WebUtility.HtmlDecode(a.Groups[2].Value));
            }
            tags.Add(new Tag(m.Groups[1].Value.ToLowerInvariant(), attributes, m.Index));
        }
        return tags;
    }

    /// <summary>How many "&lt;" open a start tag (not an end tag, comment or doctype): every one must be matched by <see cref="Tags"/>.</summary>
    public static int TagOpenings(string html) => AnyTagOpen().Matches(html).Count;

    /// <summary>The tags that carry <paramref name="attribute"/>.</summary>
    public static List<Tag> With(this IEnumerable<Tag> tags, string attribute) => tags.Where(t => t.Attributes.ContainsKey(attribute)).ToList();

    /// <summary>The text from the start tag of the timeline section for partner <paramref name="code"/> to the end of that section.</summary>
    public static string PartnerSection(string html, string code)
    {
        var start = Tags(html).FirstOrDefault(t => t.Name == "section" && t["data-partner"] == code);
        Assert.True(start is not null, "no timeline section for " + code);
        int to = html.IndexOf("</section>", start!.Position, StringComparison.Ordinal);
        return html[start.Position..to];
    }
}
