using System.Runtime.CompilerServices;
using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// The required text (<see cref="RequiredText"/>) of several patterns, searched in one pass: which
/// of the patterns may match a text, found by reading the text once and comparing, at each
/// position, only the literals that start with its first two characters, instead of one search of
/// the whole text per literal of each pattern. It answers exactly what
/// <see cref="RequiredText.MayMatch(string)"/> answers for each pattern.
/// </summary>
public sealed class RequiredTextIndex
{
    // The literals of two characters or more by their first two, ASCII pairs in a table and other
    // pairs in a dictionary; the literals of one character by that character.
    private readonly (string Literal, int Pattern)[]?[] _asciiPairs = new (string, int)[]?[128 * 128];
    private readonly Dictionary<int, (string Literal, int Pattern)[]> _otherPairs = new();
    private readonly int[]?[] _asciiSingles = new int[]?[128];
    private readonly Dictionary<char, int[]> _otherSingles = new();
    private readonly bool[] _always;
    private readonly int _filtered;
    private readonly bool _anySingle;

    public RequiredTextIndex(IReadOnlyList<RequiredText> patterns)
    {
        Count = patterns.Count;
        _always = new bool[patterns.Count];
        var pairs = new Dictionary<int, List<(string, int)>>();
        var otherPairs = new Dictionary<int, List<(string, int)>>();
        var singles = new Dictionary<char, List<int>>();
        for (int p = 0; p < patterns.Count; p++)
        {
            var any = patterns[p].Any;
            if (any is null) { _always[p] = true; continue; }
            _filtered++;
            foreach (var literal in any)
            {
                if (literal.Length == 1)
                {
                    if (!singles.TryGetValue(literal[0], out var patternList)) singles[literal[0]] = patternList = new List<int>();
                    patternList.Add(p);
                    continue;
                }
                int key = Key(literal[0], literal[1]);
                var byKey = key >= 0 ? pairs : otherPairs;
                if (key < 0) key = Pair(literal[0], literal[1]);
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = new List<(string, int)>();
                list.Add((literal, p));
            }
        }
        foreach (var pair in pairs) _asciiPairs[pair.Key] = pair.Value.ToArray();
        foreach (var pair in otherPairs) _otherPairs[pair.Key] = pair.Value.ToArray();
        foreach (var single in singles)
        {
            if (single.Key < 128) _asciiSingles[single.Key] = single.Value.ToArray();
            else _otherSingles[single.Key] = single.Value.ToArray();
        }
        _anySingle = singles.Count > 0;
    }

    // Two ASCII characters give their place in the table (0 to 128 * 128 - 1), any other pair -1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(char a, char b) => a < 128 && b < 128 ? a * 128 + b : -1;

    // Any pair as one number, for the dictionary (each pair its own).
    private static int Pair(char a, char b) => a << 16 | b;

    /// <summary>How many patterns the index holds.</summary>
    public int Count { get; }

    /// <summary>For each pattern, false when <paramref name="text"/> holds none of its required strings (it cannot match).</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool[] MayMatch(string text)
    {
        var may = (bool[])_always.Clone();
        int left = _filtered;
        if (left == 0) return may;
        bool singles = _anySingle, otherSingles = _otherSingles.Count > 0, others = _otherPairs.Count > 0;
        var asciiPairs = _asciiPairs;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (singles)
            {
                int[]? withSingle = null;
                if (c < 128) withSingle = _asciiSingles[c];
                else if (otherSingles) _otherSingles.TryGetValue(c, out withSingle);
                if (withSingle is not null)
                {
                    foreach (int pattern in withSingle)
                    {
                        if (may[pattern]) continue;
                        may[pattern] = true;
                        if (--left == 0) return may;
                    }
                }
            }
            if (i + 1 == text.Length) break;
            char next = text[i + 1];
            (string Literal, int Pattern)[]? candidates;
            if (c < 128 && next < 128) candidates = asciiPairs[c * 128 + next];
            else if (!others || !_otherPairs.TryGetValue(Pair(c, next), out candidates)) continue;
            if (candidates is null) continue;
            foreach (var (literal, pattern) in candidates)
            {
                if (may[pattern]) continue;
                // The first two characters are the pair's own; the rest are compared here, character by character.
                int length = literal.Length;
                if (length > text.Length - i) continue;
                int k = 2;
                while (k < length && text[i + k] == literal[k]) k++;
                if (k < length) continue;
                may[pattern] = true;
                if (--left == 0) return may;
            }
        }
        return may;
    }
}
