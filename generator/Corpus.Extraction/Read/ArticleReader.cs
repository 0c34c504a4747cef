using System;
using System.Globalization;
using System.Text.RegularExpressions;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Read;

/// <summary>A dateline at the head of an article: "Phnom Penh, 27 April 2023 (TDI): …".</summary>
public sealed record Dateline(string Place, string Date, string? Outlet, int Length);

public static partial class ArticleReader
{
    /// <summary>The largest article read, in characters; a larger one is reported and skipped.</summary>
    public const int MaxArticleLength = 1024 * 1024;

    /// <summary>
    /// Removes a byte-order mark, turns CRLF and lone CR into LF, and turns a lone UTF-16
    /// surrogate (which no UTF-8 file can hold) into U+FFFD, as decoding it from UTF-8 would; so
    /// every platform, and text handed over in memory, reads the same.
    /// </summary>
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text.Substring(1);
        text = ReplaceLoneSurrogates(text);
        if (text.IndexOf('\r') < 0) return text;
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    /// <summary>The text with every surrogate that is not half of a pair replaced by U+FFFD.</summary>
    public static string ReplaceLoneSurrogates(string text)
    {
        char[]? chars = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsSurrogate(c)) continue;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            chars ??= text.ToCharArray();
            chars[i] = '\uFFFD';
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>The number of lines, counting a last line without a line break.</summary>
    public static int CountLines(string text)
    {
        if (text.Length == 0) return 0;
        int lines = 1;
        foreach (char c in text) if (c == '\n') lines++;
        if (text[text.Length - 1] == '\n') lines--;
        return lines;
    }

    private static readonly Regex s_dateline = new(
        @"^(?<place>\p{Lu}[\p{L}\p{M} .'’-]{1,40}?),\s+(?:(?<d1>\d{1,2})\s+(?<m1>" + DateVocabulary.MonthPattern + @")|(?<m2>" + DateVocabulary.MonthPattern + @")\s+(?<d2>\d{1,2}),?)\s+(?<y>\d{4})\s*(?:\((?<outlet>[^)\n]{1,40})\))?\s*[:\-–—]",
        RegexOptions.CultureInvariant);

    /// <summary>Reads the dateline of the first line, if there is one.</summary>
    public static Dateline? ReadDateline(string text)
    {
        var m = s_dateline.Match(text);
        if (!m.Success) return null;
        string monthName = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value;
        string dayText = m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value;
        int? month = DateVocabulary.MonthNumber(monthName);
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(dayText, CultureInfo.InvariantCulture);
        if (month is null || !IsoDate.IsValid(year, month, day)) return null;
        return new Dateline(m.Groups["place"].Value.Trim(), new IsoDate(year, month, day).ToString(),
            m.Groups["outlet"].Success ? m.Groups["outlet"].Value.Trim() : null, m.Length);
    }
}
