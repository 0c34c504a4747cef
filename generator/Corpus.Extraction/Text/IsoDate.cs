using System;
using System.Globalization;

namespace Corpus.Extraction.Text;

/// <summary>An ISO 8601 partial date as the engine handles it: year, month, day each optional.</summary>
public readonly record struct IsoDate(int? Year, int? Month, int? Day)
{
    public override string ToString()
    {
        string Two(int v) => v.ToString("D2", CultureInfo.InvariantCulture);
        if (Year is null)
        {
            if (Month is null) return "";
            return Day is null ? "--" + Two(Month.Value) : "--" + Two(Month.Value) + "-" + Two(Day.Value);
        }
        string y = Year.Value.ToString("D4", CultureInfo.InvariantCulture);
        if (Month is null) return y;
        return Day is null ? y + "-" + Two(Month.Value) : y + "-" + Two(Month.Value) + "-" + Two(Day.Value);
    }

    /// <summary>
    /// Whether the two dates cannot be one day: a part both give (year, month or day) differs. A part only one gives
    /// decides nothing ("2031-05" and "2031-05-12" agree).
    /// </summary>
    public bool ConflictsWith(IsoDate other)
        => Year is not null && other.Year is not null && Year != other.Year
        || Month is not null && other.Month is not null && Month != other.Month
        || Day is not null && other.Day is not null && Day != other.Day;

    public static bool IsValid(int? year, int? month, int? day)
    {
        if (year is < 1 or > 9999) return false;
        if (month is < 1 or > 12) return false;
        if (year is null && month is null) return false;
        if (day is not null)
        {
            if (month is null) return false;
            if (day < 1 || day > DateTime.DaysInMonth(year ?? 2000, month.Value)) return false;
        }
        return true;
    }

    /// <summary>Parses YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD, rejecting dates that do not exist (2023-02-30).</summary>
    public static bool TryParse(string? text, out IsoDate date)
    {
        date = default;
        if (text is null) return false;
        int? y = null, m = null, d = null;
        string s = text.Trim();
        int i = 0;
        if (s.StartsWith("--", StringComparison.Ordinal)) i = 2;
        else
        {
            if (!Number(s, 0, 4, out int year)) return false;
            y = year;
            i = 4;
            if (s.Length == 4) { date = new IsoDate(y, null, null); return IsValid(y, null, null); }
            if (s[i] != '-') return false;
            i++;
        }
        if (!Number(s, i, 2, out int month)) return false;
        m = month;
        i += 2;
        if (s.Length > i)
        {
            if (s[i] != '-' || !Number(s, i + 1, 2, out int day) || s.Length != i + 3) return false;
            d = day;
        }
        if (!IsValid(y, m, d)) return false;
        date = new IsoDate(y, m, d);
        return true;
    }

    private static bool Number(string s, int start, int length, out int value)
    {
        value = 0;
        if (s.Length < start + length) return false;
        for (int i = start; i < start + length; i++)
        {
            char c = s[i];
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }
}
