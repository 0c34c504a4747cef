using System;
using System.Globalization;

namespace Corpus;

/// <summary>
/// A calendar date of which the year, the month and the day are each optional, so that
/// "in June", "last year" or "February 26" (year not stated) are represented exactly as the
/// text states them and never completed by invention.
/// </summary>
/// <remarks>
/// The ISO 8601 forms are <c>2023-04-26</c>, <c>2023-04</c>, <c>2023</c>, <c>--02-26</c>
/// (month and day, year unknown) and <c>--06</c> (month only).
/// </remarks>
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>
{
    private readonly short _year;
    private readonly byte _month;
    private readonly byte _day;

    /// <summary>Creates a partial date; pass <see langword="null"/> for each unknown part.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is out of range, or the day does not exist in that month.</exception>
    /// <exception cref="ArgumentException">A day is given without a month, or nothing at all is given.</exception>
    public PartialDate(int? year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) throw new ArgumentOutOfRangeException(nameof(year), year, "The year must be between 1 and 9999.");
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        if (day is not null)
        {
            if (month is null) throw new ArgumentException("A day needs a month.", nameof(day));
            int max = DateTime.DaysInMonth(year ?? 2000, month.Value);
            if (day < 1 || day > max) throw new ArgumentOutOfRangeException(nameof(day), day, "That day does not exist in that month.");
        }
        if (year is null && month is null) throw new ArgumentException("A partial date needs at least a year or a month.");
        _year = (short)(year ?? 0);
        _month = (byte)(month ?? 0);
        _day = (byte)(day ?? 0);
    }

    /// <summary>The year, when the text states or implies it.</summary>
    public int? Year => _year == 0 ? null : _year;

    /// <summary>The month (1 to 12), when known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, when known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>True when year, month and day are all known.</summary>
    public bool IsComplete => _year != 0 && _month != 0 && _day != 0;

    /// <summary>Returns the full date when <see cref="IsComplete"/>, otherwise <see langword="null"/>.</summary>
    public DateOnly? ToDateOnly() => IsComplete ? new DateOnly(_year, _month, _day) : null;

    /// <summary>The earliest full date this partial date may stand for, when the year is known.</summary>
    public DateOnly? Start => _year == 0 ? null : new DateOnly(_year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

    /// <summary>The latest full date this partial date may stand for, when the year is known.</summary>
    public DateOnly? End
    {
        get
        {
            if (_year == 0) return null;
            int month = _month == 0 ? 12 : _month;
            int day = _day == 0 ? DateTime.DaysInMonth(_year, month) : _day;
            return new DateOnly(_year, month, day);
        }
    }

    /// <summary>Whether <paramref name="date"/> falls within the span this partial date stands for.</summary>
    public bool Contains(DateOnly date)
        => (_year == 0 || date.Year == _year) && (_month == 0 || date.Month == _month) && (_day == 0 || date.Day == _day);

    /// <summary>Formats the date in its ISO 8601 partial form, for example <c>2023-04</c> or <c>--02-26</c>.</summary>
    public override string ToString()
    {
        if (_year == 0 && _month == 0) return "";
        if (_year == 0)
        {
            return _day == 0
                ? "--" + Two(_month)
                : "--" + Two(_month) + "-" + Two(_day);
        }
        string y = _year.ToString("D4", CultureInfo.InvariantCulture);
        if (_month == 0) return y;
        return _day == 0 ? y + "-" + Two(_month) : y + "-" + Two(_month) + "-" + Two(_day);
    }

    /// <summary>Formats the date for people, as precisely as it is known: "26 April 2023", "June", "26 February".</summary>
    public string ToDisplayString()
    {
        string? month = _month == 0 ? null : CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(_month);
        string year = _year == 0 ? "" : _year.ToString(CultureInfo.InvariantCulture);
        if (month is null) return year;
        string day = _day == 0 ? "" : _day.ToString(CultureInfo.InvariantCulture) + " ";
        return (day + month + " " + year).Trim();
    }

    private static string Two(int value) => value.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Parses an ISO 8601 partial date.</summary>
    /// <exception cref="FormatException">The text is not one of the accepted forms or names a date that does not exist.</exception>
    public static PartialDate Parse(string text)
        => TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not an ISO 8601 partial date such as 2023-04-26, 2023-04, 2023, --02-26 or --06.");

    /// <summary>Tries to parse an ISO 8601 partial date: <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, <c>--MM</c> or <c>--MM-DD</c>.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text)) return false;
        ReadOnlySpan<char> s = text.AsSpan();
        int? year = null;
        if (s.StartsWith("--"))
        {
            s = s[2..];
        }
        else
        {
            if (s.Length < 4 || !Digits(s[..4], out int y)) return false;
            year = y;
            s = s[4..];
            if (s.Length == 0) return Make(year, null, null, out date);
            if (s[0] != '-') return false;
            s = s[1..];
        }
        if (s.Length < 2 || !Digits(s[..2], out int m)) return false;
        s = s[2..];
        if (s.Length == 0) return Make(year, m, null, out date);
        if (s.Length != 3 || s[0] != '-' || !Digits(s[1..], out int d)) return false;
        return Make(year, m, d, out date);
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (char c in s)
        {
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static bool Make(int? y, int? m, int? d, out PartialDate date)
    {
        date = default;
        if (y is < 1 || m is < 1 or > 12) return false;
        if (d is not null && (d < 1 || d > DateTime.DaysInMonth(y ?? 2000, m!.Value))) return false;
        date = new PartialDate(y, m, d);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(PartialDate other) => _year == other._year && _month == other._month && _day == other._day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_year << 16) | (_month << 8) | _day;

    /// <summary>Orders by year, then month, then day; an unknown part sorts before any known one.</summary>
    public int CompareTo(PartialDate other)
    {
        int c = _year.CompareTo(other._year);
        if (c != 0) return c;
        c = _month.CompareTo(other._month);
        return c != 0 ? c : _day.CompareTo(other._day);
    }

    /// <summary>Equality of all three parts.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality of any part.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);
}
