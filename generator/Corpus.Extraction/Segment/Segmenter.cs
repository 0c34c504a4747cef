using System;
using System.Collections.Generic;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Segment;

/// <summary>
/// Splits an article into paragraphs (separated by blank lines or single line breaks, as news
/// copy uses both) and sentences, each with its offset, 1-based line and column.
/// </summary>
public static partial class Segmenter
{
    private static readonly Dictionary<string, List<string[]>> s_words = DataFile.Read("segment.tsv");

    // Words after which a full stop does not end a sentence (Vocabulary/segment.tsv [abbreviations]).
    private static readonly HashSet<string> s_abbreviations = new(SegmentWords("abbreviations"), StringComparer.Ordinal);

    // Words that open a sentence and are no part of a name (Vocabulary/segment.tsv [openers]).
    private static readonly HashSet<string> s_openers = new(SegmentWords("openers"), StringComparer.Ordinal);

    // Words that open a credit in brackets: "(Photo: …)", "(Source: …)" (Vocabulary/segment.tsv [credits]).
    private static readonly string[] s_creditWords = SegmentWords("credits").ToArray();

    // Words that open a date stamp before an ISO date (Vocabulary/segment.tsv [stamps]).
    private static readonly string[] s_stampWords = SegmentWords("stamps").ToArray();

    // Characters glued to a day-month-year stamp: "3 May 2024_ …" (Vocabulary/segment.tsv [stamp-glue]).
    private static readonly string[] s_stampGlue = SegmentWords("stamp-glue").ToArray();

    // A month's name or abbreviation of Vocabulary/dates.tsv, the whole word.
    private static readonly System.Text.RegularExpressions.Regex s_monthWord = new(
        "^(?:" + DateVocabulary.MonthPattern + ")$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static List<string> SegmentWords(string section)
        => s_words[section].ConvertAll(entry => entry[0]);

    /// <summary>
    /// The year and month of a date stamp opening the text ("date 2024-06 …", "date 2024-06-05 …": a word of [stamps], an
    /// optional colon, an ISO year and month, its day optional), or null.
    /// </summary>
    public static (int Year, int Month)? StampMonth(string text)
    {
        // The stamp's word, its colon and at least one white space: the stamp here always has its word.
        if (StampWordEnd(text, FirstWord(text, 0, text.Length), text.Length) is not int i || i >= text.Length || !char.IsWhiteSpace(text[i]))
            return null;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (!IsoShapeAt(text, i, 7, text.Length)) return null;
        if (i + 7 < text.Length && char.IsDigit(text[i + 7])) return null;
        int year = int.Parse(text.Substring(i, 4), System.Globalization.CultureInfo.InvariantCulture);
        int month = int.Parse(text.Substring(i + 5, 2), System.Globalization.CultureInfo.InvariantCulture);
        return IsoDate.IsValid(year, month, null) ? (year, month) : null;
    }

    /// <summary>
    /// Whether a sentence is a date stamp and nothing more ("date 2024-06", "Published: 2024-06-05"): a word of [stamps], an
    /// optional colon, an ISO year and month and its day optional (<see cref="StampMonth"/>), as <see cref="Split"/> sets such a
    /// stamp apart when the article's text follows it.
    /// </summary>
    public static bool IsStampAlone(string sentence)
    {
        string text = sentence.Trim();
        if (StampMonth(text) is null || StampWordEnd(text, FirstWord(text, 0, text.Length), text.Length) is not int end) return false;
        string date = text.Substring(end).Trim();
        return (date.Length == 7 || date.Length == 10) && IsoShapeAt(date, 0, date.Length, date.Length);
    }

    // Whether an ISO date's shape of `length` characters stands at `i` before `end`: "2024-06" (7) or "2024-06-05" (10),
    // digits with a hyphen after the year and after the month. Read by StampMonth, IsStampAlone, Stamp and YearMonthAt.
    private static bool IsoShapeAt(string text, int i, int length, int end)
    {
        if (i + length > end) return false;
        for (int k = 0; k < length; k++)
        {
            char c = text[i + k];
            if (k == 4 || k == 7 ? c != '-' : !char.IsDigit(c)) return false;
        }
        return true;
    }

    // Where a word of [stamps] at `at`, followed by a colon or white space, ends with its colon (the white space after it not
    // read); null when no such word stands there. Read by Stamp and StampMonth.
    private static int? StampWordEnd(string text, int at, int end)
    {
        foreach (var word in s_stampWords)
        {
            if (at + word.Length < end && string.CompareOrdinal(text, at, word, 0, word.Length) == 0
                && (text[at + word.Length] == ':' || char.IsWhiteSpace(text[at + word.Length])))
                return text[at + word.Length] == ':' ? at + word.Length + 1 : at + word.Length;
        }
        return null;
    }

    /// <summary>
    /// The sentences of a text, split and matched in its folded form (<see cref="Typography.Fold(string)"/>: typographic
    /// quotes, apostrophes, dashes and spaces as their ASCII forms, offsets unchanged); a sentence that had typographic
    /// characters keeps them in <see cref="Sentence.Original"/>.
    /// </summary>
    public static List<Sentence> Split(string text)
    {
        string folded = Typography.Fold(text);
        var sentences = SplitFolded(folded);
        if (ReferenceEquals(folded, text)) return sentences;
        for (int i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (string.CompareOrdinal(text, s.Start, s.Text, 0, s.Length) != 0)
                sentences[i] = s with { Original = text.Substring(s.Start, s.Length) };
        }
        return sentences;
    }

    private static List<Sentence> SplitFolded(string text)
    {
        var sentences = new List<Sentence>();
        // The characters read from a copy in an array of this thread's, not through the string's indexer.
        var chars = CharCopy.Into(ref t_chars, text, 4096);
        int line = 1, paragraph = 0;
        int pos = 0;
        while (pos < text.Length)
        {
            int end = text.IndexOf('\n', pos);
            if (end < 0) end = text.Length;
            if (end > pos && !IsBlank(text, pos, end))
            {
                SplitParagraph(text, chars, pos, end, line, paragraph, sentences);
                paragraph++;
            }
            line++;
            pos = end + 1;
        }
        return sentences;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    [ThreadStatic] private static char[]? t_chars;

    private static void SplitParagraph(string text, char[] chars, int start, int end, int line, int paragraph, List<Sentence> output)
    {
        int s = start;
        while (s < end && char.IsWhiteSpace(text[s])) s++;
        int i = s, afterStamp = -1;
        while (i < end)
        {
            if (i == s && (s == FirstWord(text, start, end) || s == afterStamp) && Stamp(text, s, end) is int stamped)
            {
                // "date 2023-04-27 On 14 April, the minister met …": a date stamp opening a paragraph is a sentence of its own.
                Add(text, s, stamped, line, start, paragraph, output);
                s = stamped;
                while (s < end && char.IsWhiteSpace(text[s])) s++;
                i = afterStamp = s;
                continue;
            }
            if (i == s && Credit(text, s, end) is int closed)
            {
                // "(Photo: Lao News) Vientiane (Lao News) – …": a credit in brackets before a sentence is one of its own.
                Add(text, s, closed, line, start, paragraph, output);
                s = closed;
                while (s < end && char.IsWhiteSpace(text[s])) s++;
                i = s;
                continue;
            }
            char c = chars[i];
            if ((c == '.' || c == '!' || c == '?') && IsBoundary(text, s, i, end, out int after))
            {
                Add(text, s, after, line, start, paragraph, output);
                s = after;
                while (s < end && char.IsWhiteSpace(text[s])) s++;
                i = s;
                continue;
            }
            i++;
        }
        if (s < end) Add(text, s, end, line, start, paragraph, output);
    }


    private static int FirstWord(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        return start;
    }

    // The end of a date stamp at a paragraph's start that more text follows ("date 2023-04-27 …": an
    // optional word of [stamps], an optional colon, an ISO date, white space), or null. After a word of [stamps] the ISO
    // year and month alone are a stamp too ("date 2023-07 Kelm (Agency) - …", the month StampMonth reads); a bare year and
    // month at a paragraph's start are not.
    private static int? Stamp(string text, int at, int end)
    {
        int i = at;
        if (StampWordEnd(text, at, end) is int wordEnd)
        {
            i = wordEnd;
            while (i < end && char.IsWhiteSpace(text[i])) i++;
        }
        if (i == at && GluedStamp(text, at, end) is int glued) return glued;
        // YYYY-MM after the stamp's word
        if (i > at && YearMonthAt(text, i, end)) return TextFollows(text, i + 7, end);
        // YYYY-MM-DD
        return IsoShapeAt(text, i, 10, end) ? TextFollows(text, i + 10, end) : null;
    }

    // Whether an ISO year and a month of 01 to 12 ("2023-07") stand at `i`, with white space or the paragraph's end right after them.
    private static bool YearMonthAt(string text, int i, int end)
    {
        if (!IsoShapeAt(text, i, 7, end)) return false;
        int month = (text[i + 5] - '0') * 10 + (text[i + 6] - '0');
        return month >= 1 && month <= 12 && (i + 7 == end || char.IsWhiteSpace(text[i + 7]));
    }

    // The end of a stamp at `after` when white space and then more text follow it; or null.
    private static int? TextFollows(string text, int after, int end)
    {
        if (after >= end || !char.IsWhiteSpace(text[after])) return null;
        int next = after;
        while (next < end && char.IsWhiteSpace(text[next])) next++;
        return next < end ? after : null;
    }

    // The end of a stamp of day, month and year with a character of [stamp-glue] right after its year ("3 May 2024_ …", the
    // month a name or an abbreviation of dates.tsv), when white space and more text follow it; or null.
    private static int? GluedStamp(string text, int at, int end)
    {
        int i = at;
        while (i < end && i - at < 2 && char.IsDigit(text[i])) i++;
        if (i == at || i >= end || text[i] != ' ') return null;
        int month = ++i;
        while (i < end && char.IsLetter(text[i])) i++;
        if (i < end && text[i] == '.') i++;
        if (i - month < 3 || !s_monthWord.IsMatch(text.Substring(month, i - month))) return null;
        if (i >= end || text[i] != ' ') return null;
        int year = ++i;
        while (i < end && char.IsDigit(text[i])) i++;
        if (i - year != 4) return null;
        foreach (var glue in s_stampGlue)
        {
            if (i + glue.Length >= end || string.CompareOrdinal(text, i, glue, 0, glue.Length) != 0 || !char.IsWhiteSpace(text[i + glue.Length])) continue;
            return TextFollows(text, i + glue.Length, end);
        }
        return null;
    }

    // The end (after the closing bracket) of a credit in brackets at a sentence's start that more text follows, or null.
    private static int? Credit(string text, int at, int end)
    {
        if (text[at] != '(') return null;
        bool credit = false;
        foreach (var word in s_creditWords)
        {
            if (at + 1 + word.Length <= end && string.CompareOrdinal(text, at + 1, word, 0, word.Length) == 0
                && (at + 1 + word.Length == end || !char.IsLetter(text[at + 1 + word.Length]))) { credit = true; break; }
        }
        if (!credit) return null;
        int close = text.IndexOf(')', at);
        if (close < 0 || close >= end || close - at > 120) return null;
        int next = close + 1;
        while (next < end && char.IsWhiteSpace(text[next])) next++;
        return next < end ? close + 1 : null;
    }

    private static bool IsBoundary(string text, int sentenceStart, int i, int end, out int after)
    {
        after = i + 1;
        // Closing quotes and brackets belong to the sentence they end.
        while (after < end && (text[after] == '"' || text[after] == '\'' || text[after] == ')')) after++;
        if (after >= end) return true;
        if (!char.IsWhiteSpace(text[after])) return Glued(text, sentenceStart, i, after, end);
        int next = after;
        while (next < end && char.IsWhiteSpace(text[next])) next++;
        if (next >= end) return true;
        char n = text[next];
        if (!(char.IsUpper(n) || char.IsDigit(n) || n == '"' || n == '(' || n == '[')) return false;
        if (text[i] != '.') return true;
        // The word before the full stop.
        int w = i;
        while (w > sentenceStart && (char.IsLetterOrDigit(text[w - 1]) || text[w - 1] == '.')) w--;
        string word = text.Substring(w, i - w);
        if (word.Length == 1 && char.IsUpper(word[0])) return false; // an initial: "Daniel K. Inouye"
        if (s_abbreviations.Contains(word)) return false;
        // A run of dotted initials before a capitalised word that opens no sentence: "General Kel E.O. Arlo".
        if (DottedInitials(word) && char.IsUpper(n) && !s_openers.Contains(NextWord(text, next, end))) return false;
        return true;
    }

    // Two or more single capitals joined by full stops, the last one's stop not included: "E.O", "T.R.K".
    private static bool DottedInitials(string word)
    {
        if (word.Length < 3 || word.Length % 2 == 0) return false;
        for (int k = 0; k < word.Length; k++)
            if (k % 2 == 0 ? !char.IsUpper(word[k]) : word[k] != '.') return false;
        return true;
    }

    // The letters of the word at a position.
    private static string NextWord(string text, int at, int end)
    {
        int e = at;
        while (e < end && char.IsLetter(text[e])) e++;
        return text.Substring(at, e - at);
    }

    // "… defence ministries.In a meeting …": copy that lost the space after a full stop. A word of
    // three letters or more ending in a small letter, then a capitalised word, is a boundary;
    // "U.S.", "e.g." and domain names ("example.com") are not.
    private static bool Glued(string text, int sentenceStart, int i, int after, int end)
    {
        if (text[i] != '.' || after + 1 >= end || !char.IsUpper(text[after]) || !char.IsLower(text[after + 1])) return false;
        int w = i;
        while (w > sentenceStart && char.IsLetter(text[w - 1])) w--;
        return i - w >= 3 && char.IsLower(text[i - 1]) && (w == sentenceStart || !char.IsPunctuation(text[w - 1]) || text[w - 1] == ',');
    }

    private static void Add(string text, int start, int end, int line, int lineStart, int paragraph, List<Sentence> output)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end <= start) return;
        output.Add(new Sentence(output.Count, start, end - start, line, start - lineStart + 1, paragraph, text.Substring(start, end - start)));
    }
}
