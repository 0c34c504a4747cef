using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// The required text (<see cref="RequiredText"/>) of several patterns, searched in one pass: which
/// of the patterns may match a text, found by reading the text once and comparing, at each
/// character, only the literals that start with it, instead of one search of the whole text per
/// literal of each pattern. It answers exactly what <see cref="RequiredText.MayMatch(string)"/> answers
/// for each pattern.
/// </summary>
public sealed class RequiredTextIndex
{
    // The literals by their first character: ASCII in a table, the rest in a dictionary.
    private readonly (string Literal, int Pattern)[]?[] _ascii = new (string, int)[]?[128];
    private readonly Dictionary<char, (string Literal, int Pattern)[]> _other = new();
    private readonly bool[] _always;
    private readonly int _filtered;

    public RequiredTextIndex(IReadOnlyList<RequiredText> patterns)
    {
        Count = patterns.Count;
        _always = new bool[patterns.Count];
        var byFirst = new Dictionary<char, List<(string, int)>>();
        for (int p = 0; p < patterns.Count; p++)
        {
            var any = patterns[p].Any;
            if (any is null) { _always[p] = true; continue; }
            _filtered++;
            foreach (var literal in any)
            {
                if (!byFirst.TryGetValue(literal[0], out var list)) byFirst[literal[0]] = list = new List<(string, int)>();
                list.Add((literal, p));
            }
        }
        foreach (var pair in byFirst)
        {
            if (pair.Key < 128) _ascii[pair.Key] = pair.Value.ToArray();
            else _other[pair.Key] = pair.Value.ToArray();
        }
    }

    /// <summary>How many patterns the index holds.</summary>
    public int Count { get; }

    /// <summary>For each pattern, false when <paramref name="text"/> holds none of its required strings (it cannot match).</summary>
    public bool[] MayMatch(string text)
    {
        var may = (bool[])_always.Clone();
        int left = _filtered;
        for (int i = 0; i < text.Length && left > 0; i++)
        {
            char c = text[i];
            var candidates = c < 128 ? _ascii[c] : (_other.Count > 0 && _other.TryGetValue(c, out var found) ? found : null);
            if (candidates is null) continue;
            foreach (var (literal, pattern) in candidates)
            {
                if (may[pattern] || literal.Length > text.Length - i) continue;
                if (string.CompareOrdinal(text, i, literal, 0, literal.Length) != 0) continue;
                may[pattern] = true;
                left--;
            }
        }
        return may;
    }
}
