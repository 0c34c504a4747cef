using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.Extraction.Vocabulary;

/// <summary>The date words of <c>Vocabulary/dates.tsv</c>, parsed once per process: month names and their abbreviations, and
/// the months' names in other languages (<c>[months-other]</c>).</summary>
public static class DateVocabulary
{
    private static readonly Lazy<(string Pattern, string EnglishPattern, string[] OtherWords, (Dictionary<string, int> Words, Dictionary<string, int> Prefixes) Numbers)> s_months = new(() =>
    {
        var file = DataFile.Read("dates.tsv");
        var entries = file["months"];
        var other = file["months-other"];
        var english = entries.Select(e => Regex.Escape(e[1]));
        var otherWords = other.SelectMany(e => e.Skip(1)).ToArray();
        var full = english.Concat(otherWords.Select(Regex.Escape));
        var abbreviations = entries.SelectMany(e => e.Skip(2)).Select(a => Regex.Escape(a) + "\\.?");
        // Every name and abbreviation as written ("juin" and "juillet" share their first three letters), then the first
        // three letters of each name, the first row's winning ("Sept." as "Sep").
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            int n = int.Parse(e[0], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var word in e.Skip(1)) numbers[word] = n;
            if (!prefixes.ContainsKey(e[1].Substring(0, 3))) prefixes[e[1].Substring(0, 3)] = n;
        }
        foreach (var e in other)
        {
            int n = int.Parse(e[0], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var word in e.Skip(1)) numbers[word] = n;
        }
        return (string.Join("|", full.Concat(abbreviations)), string.Join("|", english.Concat(abbreviations)), otherWords, (numbers, prefixes));
    });

    private static readonly Lazy<(string Pattern, Dictionary<string, DayOfWeek> Days)> s_otherWeekdays = new(() =>
    {
        var days = new Dictionary<string, DayOfWeek>(StringComparer.Ordinal);
        foreach (var e in DataFile.Read("dates.tsv")["weekdays-other"])
        {
            var day = (DayOfWeek)int.Parse(e[0], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var word in e.Skip(1)) days[word] = day;
        }
        return (string.Join("|", days.Keys.Select(Regex.Escape)), days);
    });

    /// <summary>An alternation of the weekdays' names in other languages (<c>[weekdays-other]</c>: "lundi|…").</summary>
    public static string OtherWeekdayPattern => s_otherWeekdays.Value.Pattern;

    /// <summary>The weekdays' names in other languages.</summary>
    public static IReadOnlyCollection<string> OtherWeekdayWords => s_otherWeekdays.Value.Days.Keys;

    /// <summary>The day a weekday's name in another language names, or null.</summary>
    public static DayOfWeek? OtherWeekday(string name) => s_otherWeekdays.Value.Days.TryGetValue(name, out var d) ? d : null;

    /// <summary>A regular expression alternation of every month name and abbreviation ("January|…|Jan\.?|…").</summary>
    public static string MonthPattern => s_months.Value.Pattern;

    /// <summary><see cref="MonthPattern"/> without the names of <c>[months-other]</c>: the English names and abbreviations, in the same order.</summary>
    public static string EnglishMonthPattern => s_months.Value.EnglishPattern;

    /// <summary>The months' names in other languages (<c>[months-other]</c>), as written there.</summary>
    public static IReadOnlyList<string> OtherMonthWords => s_months.Value.OtherWords;

    /// <summary>The number of a month from its name or abbreviation (as written, with or without a full stop, else by its
    /// first three letters), or null.</summary>
    public static int? MonthNumber(string name)
    {
        var numbers = s_months.Value.Numbers;
        string word = name.TrimEnd('.');
        if (numbers.Words.TryGetValue(word, out int n)) return n;
        return name.Length >= 3 && numbers.Prefixes.TryGetValue(name.Substring(0, 3), out n) ? n : null;
    }
}
