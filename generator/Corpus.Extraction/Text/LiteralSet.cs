using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Text;

/// <summary>
/// A fixed list of strings (the cities of a gazetteer, say) and which of them a text holds, found
/// by reading the text once: at each position only the strings that start with its first two
/// characters are compared, instead of one ordinal search of the whole text per string. The answer
/// keeps the list's order, so a loop over the strings a text holds visits them as a loop over the
/// whole list that skips the absent ones would. Each thread keeps its last answer, with the set and
/// the text it answers (a string is immutable, so the same object gives the same answer).
/// </summary>
public sealed class LiteralSet
{
    private static readonly ConditionalWeakTable<object, LiteralSet> s_byOwner = new();

    private readonly string[] _literals;
    // The positions in _literals of the strings of two characters or more by their first two (ASCII
    // pairs in a table, other pairs in a dictionary), and of the strings of one character by it.
    private readonly int[]?[] _asciiPairs = new int[]?[128 * 128];
    private readonly Dictionary<int, int[]> _otherPairs = new();
    private readonly Dictionary<char, int[]> _singles = new();
    private readonly bool _hasEmpty;

    [ThreadStatic] private static LiteralSet? t_lastSet;
    [ThreadStatic] private static string? t_lastText;
    [ThreadStatic] private static string[]? t_lastFound;
    [ThreadStatic] private static bool[]? t_present;

    public LiteralSet(IEnumerable<string> literals)
    {
        _literals = new List<string>(literals).ToArray();
        var pairs = new Dictionary<int, List<int>>();
        var singles = new Dictionary<char, List<int>>();
        for (int i = 0; i < _literals.Length; i++)
        {
            string s = _literals[i] ?? throw new ArgumentException("A literal set holds no null string.", nameof(literals));
            if (s.Length == 0) { _hasEmpty = true; continue; }
            if (s.Length == 1)
            {
                if (!singles.TryGetValue(s[0], out var withChar)) singles[s[0]] = withChar = new List<int>();
                withChar.Add(i);
                continue;
            }
            int key = Pair(s[0], s[1]);
            if (!pairs.TryGetValue(key, out var list)) pairs[key] = list = new List<int>();
            list.Add(i);
        }
        foreach (var pair in pairs)
        {
            char a = (char)(pair.Key >> 16), b = (char)(pair.Key & 0xFFFF);
            if (a < 128 && b < 128) _asciiPairs[a * 128 + b] = pair.Value.ToArray();
            else _otherPairs[pair.Key] = pair.Value.ToArray();
        }
        foreach (var single in singles) _singles[single.Key] = single.Value.ToArray();
    }

    /// <summary>
    /// The set of the keys of <paramref name="dictionary"/>, in its order, made at the dictionary's
    /// first use and kept with it. The dictionary must not change once asked about (a set whose
    /// count differs from the dictionary's is made again).
    /// </summary>
    public static LiteralSet OfKeys<TValue>(IReadOnlyDictionary<string, TValue> dictionary)
    {
        var set = s_byOwner.GetValue(dictionary, d => new LiteralSet(((IReadOnlyDictionary<string, TValue>)d).Keys));
        return set.Count == dictionary.Count ? set : new LiteralSet(dictionary.Keys);
    }

    /// <summary>How many strings the set holds.</summary>
    public int Count => _literals.Length;

    /// <summary>The strings of the set that occur in <paramref name="text"/> (ordinal), in the set's order.</summary>
    [MethodImpl(HotPath.Optimized)]
    public IReadOnlyList<string> In(string text)
    {
        if (ReferenceEquals(t_lastSet, this) && ReferenceEquals(t_lastText, text) && t_lastFound is { } kept) return kept;
        var found = Find(text);
        t_lastSet = this;
        t_lastText = text;
        t_lastFound = found;
        return found;
    }

    [MethodImpl(HotPath.Optimized)]
    private string[] Find(string text)
    {
        // Which strings were seen, in a table kept per thread (cleared again below) rather than one per text.
        var present = t_present;
        if (present is null || present.Length < _literals.Length) t_present = present = new bool[Math.Max(_literals.Length, 64)];
        int count = 0;
        if (_hasEmpty)
        {
            for (int i = 0; i < _literals.Length; i++)
            {
                if (_literals[i].Length == 0) { present[i] = true; count++; }
            }
        }
        bool singles = _singles.Count > 0, others = _otherPairs.Count > 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (singles && _singles.TryGetValue(c, out var withSingle))
            {
                foreach (int l in withSingle)
                {
                    if (!present[l]) { present[l] = true; count++; }
                }
            }
            if (i + 1 == text.Length) break;
            char d = text[i + 1];
            int[]? candidates;
            if (c < 128 && d < 128) candidates = _asciiPairs[c * 128 + d];
            else if (!others || !_otherPairs.TryGetValue(Pair(c, d), out candidates)) continue;
            if (candidates is null) continue;
            foreach (int l in candidates)
            {
                if (present[l]) continue;
                string literal = _literals[l];
                if (literal.Length > text.Length - i || string.CompareOrdinal(text, i, literal, 0, literal.Length) != 0) continue;
                present[l] = true;
                count++;
            }
        }
        if (count == 0) return Array.Empty<string>();
        var result = new string[count];
        for (int i = 0, k = 0; k < count; i++)
        {
            if (!present[i]) continue;
            present[i] = false;
            result[k++] = _literals[i];
        }
        return result;
    }

    // Any pair of characters as one number.
    private static int Pair(char a, char b) => a << 16 | b;
}
