using System.Globalization;
using System.Text;

namespace Corpus.Generator.Emit;

/// <summary>Turns corpus text into C# literals and XML doc text that no input can break out of.</summary>
internal static class Literals
{
    /// <summary>A regular string literal. Quotes, backslashes, control, format (bidi) and separator characters are escaped; lone surrogates too.</summary>
    public static string String(string? value) => value is null ? "null" : Quote(value, utf8: false);

    /// <summary>A UTF-8 string literal (<c>"…"u8</c>), which keeps long text out of the assembly's string heap. Lone surrogates, which UTF-8 cannot hold, become U+FFFD.</summary>
    public static string Utf8(string value) => Quote(value, utf8: true) + "u8";

    /// <summary>The inside of a UTF-8 string literal, without the quotes and the suffix, so that pieces can be joined into one literal.</summary>
    public static string Utf8Body(string value)
    {
        var quoted = Quote(value, utf8: true);
        return quoted.Substring(1, quoted.Length - 2);
    }

    private static string Quote(string value, bool utf8)
    {
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\0': sb.Append("\\0"); continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                sb.Append(utf8 ? "\\uFFFD" : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
                continue;
            }
            if (NeedsEscape(c)) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        sb.Append('"');
        return sb.ToString();
    }

    private static bool NeedsEscape(char c)
    {
        if (c < 0x20 || c == 0x7F) return true;
        if (c < 0x80) return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.SpaceSeparator when c != ' ':
                return true;
            default:
                return false;
        }
    }

    /// <summary>Text for an XML doc comment line: markup escaped, and anything that could end the line or reorder it shown as a space.</summary>
    public static string Xml(string? value)
    {
        if (value is null) return "";
        var sb = new StringBuilder(value.Length);
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                default:
                    if (char.IsSurrogate(c) || NeedsEscape(c)) sb.Append(' ');
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
