using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Vocabulary;

/// <summary>
/// Where a trigger pattern's matches may start: the literal strings every match of it starts with (its first words, read
/// from the pattern's start: zero-width assertions passed over, literal characters, small classes of single characters and
/// groups of alternatives taken, up to the first construct of another kind or an optional part), and the pattern anchored
/// with <c>\G</c>. A sentence is searched only at the places where one of those strings stands, each with the anchored
/// expression, which gives there the match the whole search would find starting there (the expression sees the whole
/// sentence: its lookbehinds and <c>\b</c> read before the place). A pattern whose start is not known has none.
/// </summary>
internal sealed class TriggerStart
{
    /// <summary>The most strings a pattern's start may expand to.</summary>
    private const int MaxStrings = 64;

    /// <summary>The most strings an optional part may leave (each is searched for); beyond it the starts end before the part.</summary>
    private const int MaxOptionalStrings = 8;

    private TriggerStart(string[] strings, HotRegex anchored)
    {
        Strings = strings;
        Anchored = anchored;
    }

    /// <summary>The strings every match starts with, none of them empty.</summary>
    public string[] Strings { get; }

    /// <summary>The pattern with <c>\G</c> before it: it matches only where the search starts.</summary>
    public HotRegex Anchored { get; }

    public static TriggerStart? Of(HotRegex pattern)
    {
        if ((pattern.Options & (RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.ECMAScript | RegexOptions.Multiline)) != 0)
            return null;
        string text = pattern.ToString();
        var kept = StartsOf(text);
        if (kept is null) return null;
        return new TriggerStart(kept.ToArray(), new HotRegex(@"\G(?:" + text + ")", pattern.Options));
    }

    /// <summary>
    /// The matches of the pattern in <paramref name="sentence"/>, as <see cref="Regex.Matches(string)"/> gives them (each
    /// search starts where the last match ended; a trigger's match is never empty), searched only where a start stands.
    /// </summary>
    public void AddMatches(string sentence, List<Match> matches)
    {
        List<int>? places = null;
        int only = -1;
        foreach (var s in Strings)
        {
            for (int at = sentence.IndexOf(s, StringComparison.Ordinal); at >= 0; at = at + 1 < sentence.Length ? sentence.IndexOf(s, at + 1, StringComparison.Ordinal) : -1)
            {
                if (only < 0 && places is null) { only = at; continue; }
                if (places is null) { places = new List<int> { only }; }
                places.Add(at);
            }
        }
        if (only < 0) return;
        if (places is null)
        {
            var m = Anchored.Regex.Match(sentence, only);
            if (m.Success) matches.Add(m);
            return;
        }
        places.Sort();
        int from = 0;
        var regex = Anchored.Regex;
        for (int i = 0; i < places.Count; i++)
        {
            int at = places[i];
            if (at < from || (i > 0 && at == places[i - 1])) continue;
            var m = regex.Match(sentence, at);
            if (!m.Success) continue;
            matches.Add(m);
            from = m.Index + Math.Max(m.Length, 1);
        }
    }

    // The strings every match of the pattern starts with, none starting with another; null when not known.
    internal static List<string>? StartsOf(string pattern)
    {
        int i = 0;
        var strings = Alternation(pattern, ref i, out _);
        if (strings is null || strings.Count == 0) return null;
        foreach (var s in strings) if (s.Length == 0) return null;
        // A string that starts with another of them adds no place: only the shortest are searched, each once.
        var kept = new List<string>();
        foreach (var s in strings)
        {
            bool longer = false;
            foreach (var t in strings)
            {
                if (t.Length < s.Length && s.StartsWith(t, StringComparison.Ordinal)) { longer = true; break; }
            }
            if (!longer && !kept.Contains(s)) kept.Add(s);
        }
        return kept;
    }

    // An alternation up to ')' or the end: the union of its branches' starts; complete when every branch is all literal.
    private static List<string>? Alternation(string p, ref int i, out bool complete)
    {
        var all = new List<string>();
        complete = true;
        while (true)
        {
            var branch = Sequence(p, ref i, out bool branchComplete);
            if (branch is null) { complete = false; return null; }
            all.AddRange(branch);
            complete &= branchComplete;
            if (all.Count > MaxStrings) return null;
            if (i < p.Length && p[i] == '|') { i++; continue; }
            return all;
        }
    }

    // A sequence of atoms up to '|' or ')' or the end: the strings its start expands to, and whether they are the whole
    // sequence (every atom literal and taken). Once a construct is not known, or is optional or repeated, the strings so
    // far are the starts and the rest of the sequence is skipped.
    private static List<string>? Sequence(string p, ref int i, out bool complete)
    {
        var current = new List<string> { "" };
        complete = true;
        bool open = true;
        while (i < p.Length && p[i] != '|' && p[i] != ')')
        {
            int atomStart = i;
            List<string>? atom; // null: zero-width; the strings an atom matches otherwise
            bool atomComplete = true;
            bool known = true;
            char c = p[i];
            if (c == '(')
            {
                if (i + 2 < p.Length && p[i + 1] == '?' && (p[i + 2] == '=' || p[i + 2] == '!' ||
                    (p[i + 2] == '<' && i + 3 < p.Length && (p[i + 3] == '=' || p[i + 3] == '!'))))
                {
                    // A lookaround: zero-width, its text skipped.
                    if (!SkipGroup(p, ref i)) return null;
                    atom = null;
                }
                else if (i + 2 < p.Length && p[i + 1] == '?' && p[i + 2] == ':')
                {
                    i += 3;
                    atom = Alternation(p, ref i, out atomComplete);
                    if (atom is null || i >= p.Length || p[i] != ')') return null;
                    i++;
                }
                else if (i + 1 < p.Length && p[i + 1] != '?')
                {
                    i += 1;
                    atom = Alternation(p, ref i, out atomComplete);
                    if (atom is null || i >= p.Length || p[i] != ')') return null;
                    i++;
                }
                else { known = false; atom = null; }
            }
            else if (c == '^' ) { i++; atom = null; }
            else if (c == '\\')
            {
                if (i + 1 >= p.Length) return null;
                char e = p[i + 1];
                if (e == 'b' || e == 'B' || e == 'G' || e == 'A') { i += 2; atom = null; }
                else if (!char.IsLetterOrDigit(e) && e < 128) { i += 2; atom = new List<string> { e.ToString() }; }
                else { known = false; atom = null; }
            }
            else if (c == '[')
            {
                // A class of single characters, none escaped, no range, no negation.
                int close = p.IndexOf(']', i + 1);
                if (close < 0) return null;
                var chars = p.Substring(i + 1, close - i - 1);
                if (chars.Length == 0 || chars[0] == '^' || chars.IndexOf('\\') >= 0 || chars.IndexOf('-') >= 0 || chars.IndexOf('[') >= 0) { known = false; atom = null; }
                else
                {
                    atom = new List<string>();
                    foreach (char ch in chars) if (!atom.Contains(ch.ToString())) atom.Add(ch.ToString());
                    i = close + 1;
                }
            }
            else if (c == '.' || c == '$' || c == '*' || c == '+' || c == '?' || c == '{' || c == ']' || c == '}') { known = false; atom = null; }
            else { i++; atom = new List<string> { c.ToString() }; }

            if (!known)
            {
                // Not known: the starts so far, the rest of the sequence skipped.
                return StartsSoFar(p, ref i, atomStart, current, out complete);
            }
            // A quantifier after the atom.
            bool optional = false, repeated = false;
            if (i < p.Length)
            {
                char q = p[i];
                if (q == '?' || q == '*') optional = true;
                else if (q == '+') repeated = true;
                else if (q == '{')
                {
                    int j = i + 1;
                    int n = 0; bool digits = false;
                    while (j < p.Length && char.IsDigit(p[j])) { n = n * 10 + (p[j] - '0'); j++; digits = true; }
                    if (!digits) return null;
                    if (n == 0) optional = true; else repeated = true;
                }
            }
            if (atom is null)
            {
                // A zero-width assertion: it consumes nothing, whatever follows it; a quantified one is passed over as well.
                if (optional || repeated) return StartsSoFar(p, ref i, atomStart, current, out complete);
                continue;
            }
            if (optional && p[i] == '?' && atomComplete)
            {
                // An atom that may stand or not ("(?:bilateral )?meetings?"): the starts with it and without it, read on.
                i++;
                if (i < p.Length && p[i] == '?') i++;
                var both = new List<string>();
                foreach (var s in current) { both.Add(s); foreach (var a in atom) both.Add(s + a); }
                if (both.Count > MaxOptionalStrings)
                {
                    // Too many ways: the starts before the atom.
                    return StartsSoFar(p, ref i, atomStart, current, out complete);
                }
                current = both;
                continue;
            }
            if (optional) return StartsSoFar(p, ref i, i, current, out complete);
            if (!open) continue;
            var next = new List<string>();
            foreach (var s in current) foreach (var a in atom) next.Add(s + a);
            if (next.Count > MaxStrings) return StartsSoFar(p, ref i, atomStart, current, out complete);
            current = next;
            if (repeated || !atomComplete) return StartsSoFar(p, ref i, i, current, out complete);
        }
        return current;
    }

    // The strings so far as the sequence's starts, not the whole of it, and the rest of the sequence from p[from] skipped;
    // null when a class in that rest is not closed.
    private static List<string>? StartsSoFar(string p, ref int i, int from, List<string> current, out bool complete)
    {
        complete = false;
        i = from;
        return SkipSequence(p, ref i) ? current : null;
    }

    // Past a group that starts at p[i] == '(' and its closing ')' (a quantifier after it is left to the caller); false when
    // the group or a class inside it is not closed.
    private static bool SkipGroup(string p, ref int i)
    {
        i++;
        if (!SkipLevel(p, ref i, barEnds: false) || i >= p.Length) return false;
        i++;
        return true;
    }

    // Past the rest of a sequence: up to the '|' or ')' of its own level.
    private static bool SkipSequence(string p, ref int i) => SkipLevel(p, ref i, barEnds: true);

    // Past the text of one level of the pattern from p[i]: up to the ')' that closes the level, or, when barEnds, a '|' of
    // the level; escapes and classes passed over; false only for a class not closed (i at or past the end when the level
    // is not closed).
    private static bool SkipLevel(string p, ref int i, bool barEnds)
    {
        int depth = 0;
        for (; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '\\') { i++; continue; }
            if (c == '[') { int close = ClassEnd(p, i); if (close < 0) return false; i = close; continue; }
            if (c == '(') depth++;
            else if (c == ')') { if (depth == 0) return true; depth--; }
            else if (c == '|' && depth == 0 && barEnds) return true;
        }
        return true;
    }

    // The index of the ']' closing a class that opens at p[i].
    private static int ClassEnd(string p, int i)
    {
        int j = i + 1;
        if (j < p.Length && p[j] == '^') j++;
        if (j < p.Length && p[j] == ']') j++;
        for (; j < p.Length; j++)
        {
            if (p[j] == '\\') { j++; continue; }
            if (p[j] == ']') return j;
        }
        return -1;
    }
}
