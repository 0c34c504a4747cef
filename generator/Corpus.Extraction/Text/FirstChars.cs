using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// The characters a match of a regular expression can start with, read from the pattern's text: a set of characters, with
/// digits (<c>\d</c>, any Unicode decimal digit, as <see cref="char.IsDigit(char)"/> reads them) apart, or any character when
/// the pattern's start holds something this reader does not tell apart (a negated class, <c>\w</c>, <c>\s</c>, <c>\p{…}</c>,
/// <c>.</c>, an inline option). Always as many characters as a match can start with, or more: zero-width parts (<c>\b</c>,
/// <c>\G</c>, lookarounds) are read as matching nothing and leaving the start to what follows, whatever they require.
/// Written for the patterns of the case-sensitive expressions the engine builds (no <see cref="System.Text.RegularExpressions.RegexOptions.IgnoreCase"/>).
/// </summary>
internal sealed class FirstChars
{
    /// <summary>The characters a match can start with (besides digits when <see cref="Digit"/>).</summary>
    public readonly HashSet<char> Chars = new();

    /// <summary>A match can start with a digit (<c>\d</c>).</summary>
    public bool Digit { get; private set; }

    /// <summary>A match can start with a character this reader does not know: any character.</summary>
    public bool Any { get; private set; }

    /// <summary>Whether a match can start with c.</summary>
    public bool Holds(char c) => Any || Digit && char.IsDigit(c) || Chars.Contains(c);

    /// <summary>The first characters of a match of <paramref name="pattern"/>.</summary>
    public static FirstChars Of(string pattern)
    {
        var firsts = new FirstChars();
        int i = 0;
        if (Alternation(pattern, ref i, firsts)) firsts.Any = true; // an empty match: whatever follows it starts the match
        if (i != pattern.Length) throw new ArgumentException("Unbalanced ')' in the pattern at " + i + ".", nameof(pattern));
        return firsts;
    }

    // Alternatives up to a ')' or the end; into (null: read and dropped) gets each one's first characters. Whether one of
    // them can match the empty string.
    private static bool Alternation(string p, ref int i, FirstChars? into)
    {
        bool empty = false;
        while (true)
        {
            empty |= Sequence(p, ref i, into);
            if (i < p.Length && p[i] == '|') { i++; continue; }
            return empty;
        }
    }

    // Items up to a '|', a ')' or the end: each item's first characters count while every item before it can be empty.
    private static bool Sequence(string p, ref int i, FirstChars? into)
    {
        bool open = true;
        while (i < p.Length && p[i] != '|' && p[i] != ')')
        {
            bool empty = Atom(p, ref i, open ? into : null);
            if (i < p.Length)
            {
                char q = p[i];
                if (q == '?' || q == '*') { empty = true; i++; }
                else if (q == '+') i++;
                else if (q == '{' && Repeat(p, i) is var (close, least))
                {
                    empty |= least == 0;
                    i = close + 1;
                }
                else q = '\0';
                if (q != '\0' && i < p.Length && p[i] == '?') i++; // a lazy quantifier
            }
            if (!empty) open = false;
        }
        return open;
    }

    // A quantifier {n}, {n,} or {n,m} at i: its closing brace and n; null when the brace is a literal.
    private static (int Close, int Least)? Repeat(string p, int i)
    {
        int close = p.IndexOf('}', i);
        if (close < 0) return null;
        var parts = p.Substring(i + 1, close - i - 1).Split(',');
        if (parts.Length > 2 || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int least)) return null;
        if (parts.Length == 2 && parts[1].Length > 0 && !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)) return null;
        return (close, least);
    }

    // One atom at i: its first characters into into (null: dropped); whether it can match the empty string.
    private static bool Atom(string p, ref int i, FirstChars? into)
    {
        char c = p[i];
        if (c == '(')
        {
            i++;
            bool zeroWidth = false;
            if (i < p.Length && p[i] == '?')
            {
                if (Next(p, i, "?:")) i += 2;
                else if (Next(p, i, "?=") || Next(p, i, "?!")) { i += 2; zeroWidth = true; }
                else if (Next(p, i, "?<=") || Next(p, i, "?<!")) { i += 3; zeroWidth = true; }
                else if (Next(p, i, "?<") || Next(p, i, "?'"))
                {
                    char close = p[i + 1] == '<' ? '>' : '\'';
                    int end = p.IndexOf(close, i + 2);
                    if (end < 0) throw new ArgumentException("An unclosed group name at " + i + ".", nameof(p));
                    i = end + 1;
                }
                else
                {
                    // An inline option, a condition, an atomic group: not read; any character may start it.
                    into?.SetAny();
                    into = null;
                    zeroWidth = true;
                    i++;
                }
            }
            bool empty = Alternation(p, ref i, zeroWidth ? null : into);
            if (i >= p.Length || p[i] != ')') throw new ArgumentException("An unclosed group in the pattern.", nameof(p));
            i++;
            return zeroWidth || empty;
        }
        if (c == '[') { Class(p, ref i, into); return false; }
        if (c == '\\')
        {
            if (i + 1 >= p.Length) throw new ArgumentException("A pattern that ends with '\\'.", nameof(p));
            char e = p[i + 1];
            i += 2;
            switch (e)
            {
                case 'b': case 'B': case 'G': case 'A': case 'z': case 'Z':
                    return true;
                case 'd':
                    if (into is not null) into.Digit = true;
                    return false;
                case 'p': case 'P':
                    if (i < p.Length && p[i] == '{') i = p.IndexOf('}', i) + 1;
                    into?.SetAny();
                    return false;
                default:
                    if (char.IsLetterOrDigit(e)) into?.SetAny(); // \w, \s, \D, \u…, a back-reference: not read
                    else into?.Chars.Add(e);
                    return false;
            }
        }
        i++;
        if (c == '^' || c == '$') return true;
        if (c == '.') into?.SetAny();
        else into?.Chars.Add(c);
        return false;
    }

    // A class [...] at i; a negated one, or one with an escape this reader does not read as a character, is any character.
    private static void Class(string p, ref int i, FirstChars? into)
    {
        i++;
        bool negated = i < p.Length && p[i] == '^';
        if (negated) i++;
        var chars = new List<char>();
        bool any = negated, digit = false;
        bool first = true;
        while (i < p.Length && (p[i] != ']' || first))
        {
            first = false;
            char c = p[i++];
            if (c == '\\')
            {
                char e = p[i++];
                if (e == 'd') { digit = true; continue; }
                if (e == 'p' || e == 'P') { if (i < p.Length && p[i] == '{') i = p.IndexOf('}', i) + 1; any = true; continue; }
                if (char.IsLetterOrDigit(e)) { any = true; continue; }
                c = e;
            }
            if (i + 1 < p.Length && p[i] == '-' && p[i + 1] != ']')
            {
                char to = p[i + 1];
                i += 2;
                if (to == '\\' || to == '[') { any = true; continue; }
                for (char r = c; r <= to && r >= c; r++) chars.Add(r);
                continue;
            }
            chars.Add(c);
        }
        if (i >= p.Length) throw new ArgumentException("An unclosed class in the pattern.", nameof(p));
        i++;
        if (into is null) return;
        if (any) { into.SetAny(); return; }
        if (digit) into.Digit = true;
        foreach (char c in chars) into.Chars.Add(c);
    }

    private static bool Next(string p, int i, string s) => string.CompareOrdinal(p, i, s, 0, s.Length) == 0;

    private void SetAny() => Any = true;
}
