using System;
using System.Globalization;
using System.Text;

namespace Corpus.Explorer;

/// <summary>Escaping and number formatting for the HTML report.</summary>
public static class Html
{
    /// <summary>
    /// Escapes text for use as HTML (or inline SVG) character data or as a double- or single-quoted attribute
    /// value: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>, <c>"</c> and <c>'</c> become character references, and
    /// characters that have no place in an HTML document (C0 controls other than tab, line feed and carriage
    /// return, C1 controls, lone surrogates) become U+FFFD. Anything else, including non-ASCII letters, is kept.
    /// </summary>
    /// <returns>The escaped text; the empty string for <see langword="null"/>.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            string? replacement = c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\t' or '\n' or '\r' => null,
                < ' ' or (>= '\u007F' and <= '\u009F') => "\uFFFD",
                _ when char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) => null,
                _ when char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1]) => null,
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => null,
            };
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            builder.Append(replacement);
        }
        return builder?.ToString() ?? text;
    }

    /// <summary>A coordinate or length for SVG: invariant culture, at most one decimal, never "-0".</summary>
    public static string Number(double value)
    {
        double rounded = Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (rounded == 0) return "0";
        return rounded.ToString("0.#", CultureInfo.InvariantCulture);
    }

    /// <summary>An integer in invariant culture.</summary>
    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
