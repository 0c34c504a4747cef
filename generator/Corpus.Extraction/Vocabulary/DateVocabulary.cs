using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.Extraction.Vocabulary;

/// <summary>The date words of <c>Vocabulary/dates.tsv</c>, parsed once per process: month names and their abbreviations.</summary>
public static class DateVocabulary
{
    private static readonly Lazy<(string Pattern, Dictionary<string, int> Numbers)> s_months = new(() =>
    {
        var entries = DataFile.Read("dates.tsv")["months"];
        var full = entries.Select(e => Regex.Escape(e[1]));
        var abbreviations = entries.SelectMany(e => e.Skip(2)).Select(a => Regex.Escape(a) + "\\.?");
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries) numbers[e[1].Substring(0, 3)] = int.Parse(e[0], System.Globalization.CultureInfo.InvariantCulture);
        return (string.Join("|", full.Concat(abbreviations)), numbers);
    });

    /// <summary>A regular expression alternation of every month name and abbreviation ("January|…|Jan\.?|…").</summary>
    public static string MonthPattern => s_months.Value.Pattern;

    /// <summary>The number of a month from its name or abbreviation (its first three letters), or null.</summary>
    public static int? MonthNumber(string name)
        => name.Length >= 3 && s_months.Value.Numbers.TryGetValue(name.Substring(0, 3), out int n) ? n : null;
}
