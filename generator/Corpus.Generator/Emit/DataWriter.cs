using System.Text;
using Corpus.Contract;
using Corpus.Extraction.Text;

namespace Corpus.Generator.Emit;

/// <summary>
/// Writes the data layout of <see cref="DataLayout"/>, which <c>Corpus.CorpusStore</c> reads:
/// numbers as decimal digits and <c>,</c>, strings as their UTF-8 byte count, <c>:</c> and the
/// text, <c>~</c> for what is missing; <see cref="DataBlob"/> compresses the result into a blob. Keeps count of the UTF-8 bytes written, so a section can be
/// preceded by its length.
/// </summary>
internal sealed class DataWriter
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly StringBuilder _sb = new(1024);

    /// <summary>The UTF-8 length of what has been written.</summary>
    public int ByteCount { get; private set; }

    public DataWriter Int(int value)
    {
        string digits = Literals.Int(value);
        _sb.Append(digits).Append(DataLayout.NumberEnd);
        ByteCount += digits.Length + 1;
        return this;
    }

    public DataWriter NullableInt(int? value) => value is null ? Missing() : Int(value.Value);

    public DataWriter Missing()
    {
        _sb.Append(DataLayout.Missing);
        ByteCount++;
        return this;
    }

    /// <summary>Marks that a compound value (a location) follows, as opposed to <see cref="Missing"/>.</summary>
    public DataWriter Present()
    {
        _sb.Append(DataLayout.Present);
        ByteCount++;
        return this;
    }

    public DataWriter String(string? value)
    {
        if (value is null) return Missing();
        string text = WellFormed(value);
        int bytes = s_utf8.GetByteCount(text);
        string length = Literals.Int(bytes);
        _sb.Append(length).Append(DataLayout.LengthEnd).Append(text);
        ByteCount += length.Length + 1 + bytes;
        return this;
    }

    /// <summary>An ISO 8601 partial date as <c>@</c> and year, month and day; <c>~</c> when there is none or it is not valid.</summary>
    public DataWriter Date(string? iso)
    {
        if (iso is null || !IsoDate.TryParse(iso, out var d)) return Missing();
        return Present().NullableInt(d.Year).NullableInt(d.Month).NullableInt(d.Day);
    }

    /// <summary>Another writer's content, preceded by its length in bytes.</summary>
    public DataWriter Section(DataWriter section)
    {
        Int(section.ByteCount);
        _sb.Append(section._sb);
        ByteCount += section.ByteCount;
        return this;
    }

    /// <summary>Another writer's content as it is.</summary>
    public DataWriter Append(DataWriter other)
    {
        _sb.Append(other._sb);
        ByteCount += other.ByteCount;
        return this;
    }

    /// <summary>Text this writer wrote earlier (<see cref="ToString"/>), as it is: an article's entry of a section.</summary>
    public DataWriter Raw(string written)
    {
        _sb.Append(written);
        ByteCount += s_utf8.GetByteCount(written);
        return this;
    }

    /// <summary>The text written; lone surrogates have become U+FFFD, so its UTF-8 form is exactly <see cref="ByteCount"/> bytes.</summary>
    public override string ToString() => _sb.ToString();

    // UTF-8 cannot hold a lone surrogate; the literal would turn it into U+FFFD, so count it as one.
    private static string WellFormed(string value)
    {
        int i = 0;
        for (; i < value.Length; i++)
        {
            if (char.IsSurrogate(value[i]) && !(char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))) break;
            if (char.IsHighSurrogate(value[i])) i++;
        }
        if (i == value.Length) return value;
        var sb = new StringBuilder(value.Length);
        for (int j = 0; j < value.Length; j++)
        {
            char c = value[j];
            if (char.IsHighSurrogate(c) && j + 1 < value.Length && char.IsLowSurrogate(value[j + 1]))
            {
                sb.Append(c).Append(value[j + 1]);
                j++;
            }
            else sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }
}
