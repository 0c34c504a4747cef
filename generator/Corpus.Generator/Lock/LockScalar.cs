using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Generator.Lock;

/// <summary>
/// Writes and reads the scalars of the lock file: plain where YAML reads the text back unchanged,
/// otherwise double-quoted with backslash escapes; <c>~</c> is null.
/// </summary>
internal static class LockScalar
{
    public const string Null = "~";

    private static readonly HashSet<string> s_reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    public static string Write(string? value) => value is null ? Null : IsPlain(value) ? value : Quote(value);

    private static bool IsPlain(string value)
    {
        if (value.Length == 0 || s_reserved.Contains(value)) return false;
        if ("-?:,[]{}#&*!|>'\"%@` ".IndexOf(value[0]) >= 0 || value[value.Length - 1] == ' ' || value[value.Length - 1] == ':') return false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c < ' ' || c == '\u007F' || c == ',' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c == '\\') return false;
            if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') return false;
            if (c == ':' && i + 1 < value.Length && value[i + 1] == ' ') return false;
            if (c == '#' && value[i - 1] == ' ') return false;
        }
        return true;
    }

    private static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    bool pair = char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]);
                    if (pair) { sb.Append(c).Append(value[++i]); }
                    else if (c < ' ' || c == '\u007F' || char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF')
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A list written in flow style: <c>[KH, TR]</c>.</summary>
    public static string WriteFlow(IEnumerable<string> items)
    {
        var sb = new StringBuilder("[");
        foreach (var item in items)
        {
            if (sb.Length > 1) sb.Append(", ");
            sb.Append(Write(item));
        }
        return sb.Append(']').ToString();
    }

    /// <summary>
    /// Reads one scalar of <paramref name="line"/> starting at <paramref name="index"/>, stopping at
    /// the end of the line, or in a flow list at a comma or closing bracket. Returns false with a reason when it cannot.
    /// </summary>
    public static bool TryRead(string line, ref int index, bool inFlow, out string? value, out string error)
    {
        value = null;
        error = "";
        if (index < line.Length && line[index] == '"')
        {
            var sb = new StringBuilder();
            int i = index + 1;
            while (true)
            {
                if (i >= line.Length) { error = "a quoted value is not closed"; return false; }
                char c = line[i];
                if (c == '"') { i++; break; }
                if (c != '\\') { sb.Append(c); i++; continue; }
                if (i + 1 >= line.Length) { error = "a quoted value ends with a backslash"; return false; }
                char e = line[i + 1];
                switch (e)
                {
                    case '"': sb.Append('"'); i += 2; break;
                    case '\\': sb.Append('\\'); i += 2; break;
                    case 'n': sb.Append('\n'); i += 2; break;
                    case 't': sb.Append('\t'); i += 2; break;
                    case 'r': sb.Append('\r'); i += 2; break;
                    case 'u':
                        if (i + 6 > line.Length || !int.TryParse(line.Substring(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        {
                            error = "\\u must be followed by four hexadecimal digits";
                            return false;
                        }
                        sb.Append((char)code);
                        i += 6;
                        break;
                    default: error = "unknown escape \\" + e; return false;
                }
            }
            index = i;
            value = sb.ToString();
            return true;
        }
        int end = index;
        while (end < line.Length && !(inFlow && (line[end] == ',' || line[end] == ']'))) end++;
        string text = line.Substring(index, end - index).Trim();
        index = end;
        if (text.Length == 0) { error = "a value is missing"; return false; }
        value = text == Null ? null : text;
        return true;
    }
}
