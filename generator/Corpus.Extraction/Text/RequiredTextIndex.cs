using System.Runtime.CompilerServices;
using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// The required text (<see cref="RequiredText"/>) of several patterns, searched in one pass: which
/// of the patterns may match a text, found by reading the text once through one automaton of all
/// their literals (Aho–Corasick: at each character one step of a table, and the patterns whose
/// literals end there), instead of one search of the whole text per literal of each pattern. It
/// answers exactly what <see cref="RequiredText.MayMatch(string)"/> answers for each pattern.
/// </summary>
public sealed class RequiredTextIndex
{
    // The characters the literals hold, each a class from 1; any other character is class 0, which
    // no literal holds. ASCII by a table, the rest by a dictionary.
    private readonly int[] _asciiClasses = new int[128];
    private readonly Dictionary<char, int> _otherClasses = new();
    private readonly int _width;

    // The automaton: the state after a character is _next[state * _width + class]; state 0 holds no
    // part of any literal. The patterns one of whose literals ends at a state (its own literal, or
    // one that ends its text), or null.
    private readonly int[] _next;
    private readonly int[]?[] _ends;
    private readonly bool[] _always;
    private readonly int _filtered;

    public RequiredTextIndex(IReadOnlyList<RequiredText> patterns)
    {
        Count = patterns.Count;
        _always = new bool[patterns.Count];
        // The trie of the literals: each state's children by character, and the patterns whose literal it spells.
        var children = new List<Dictionary<char, int>> { new() };
        var own = new List<List<int>?> { null };
        int classes = 0;
        for (int p = 0; p < patterns.Count; p++)
        {
            var any = patterns[p].Any;
            if (any is null) { _always[p] = true; continue; }
            bool always = false;
            foreach (var literal in any) always |= literal.Length == 0;
            // Every text holds the empty string.
            if (always) { _always[p] = true; continue; }
            _filtered++;
            foreach (var literal in any)
            {
                int state = 0;
                foreach (char c in literal)
                {
                    if (ClassOf(c) == 0)
                    {
                        classes++;
                        if (c < 128) _asciiClasses[c] = classes;
                        else _otherClasses[c] = classes;
                    }
                    if (!children[state].TryGetValue(c, out int child))
                    {
                        child = children.Count;
                        children.Add(new Dictionary<char, int>());
                        own.Add(null);
                        children[state][c] = child;
                    }
                    state = child;
                }
                var list = own[state] ??= new List<int>();
                if (!list.Contains(p)) list.Add(p);
            }
        }
        _width = classes + 1;
        int states = children.Count;
        _next = new int[states * _width];
        _ends = new int[]?[states];
        var fail = new int[states];
        // Breadth first: a state's fallback (the longest end of its text that is also a state) is shallower, so its row is made.
        var queue = new Queue<int>();
        queue.Enqueue(0);
        while (queue.Count > 0)
        {
            int state = queue.Dequeue();
            if (state != 0)
            {
                var ends = own[state] is { } mine ? new List<int>(mine) : new List<int>();
                if (_ends[fail[state]] is { } inherited)
                {
                    foreach (int p in inherited) if (!ends.Contains(p)) ends.Add(p);
                }
                if (ends.Count > 0) _ends[state] = ends.ToArray();
            }
            // Row 0 of the fallback: class 0 and every class without a child go where the fallback goes.
            var row = new int[_width];
            if (state != 0) System.Array.Copy(_next, fail[state] * _width, row, 0, _width);
            foreach (var child in children[state])
            {
                int k = ClassOf(child.Key);
                fail[child.Value] = state == 0 ? 0 : _next[fail[state] * _width + k];
                row[k] = child.Value;
                queue.Enqueue(child.Value);
            }
            System.Array.Copy(row, 0, _next, state * _width, _width);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ClassOf(char c) => c < 128 ? _asciiClasses[c] : _otherClasses.TryGetValue(c, out int k) ? k : 0;

    /// <summary>How many patterns the index holds.</summary>
    public int Count { get; }

    /// <summary>For each pattern, false when <paramref name="text"/> holds none of its required strings (it cannot match).</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool[] MayMatch(string text)
    {
        var may = new bool[_always.Length];
        System.Array.Copy(_always, may, may.Length);
        int left = _filtered;
        if (left == 0) return may;
        bool others = _otherClasses.Count > 0;
        var ascii = _asciiClasses;
        var next = _next;
        var ends = _ends;
        int width = _width;
        int state = 0;
        int length = text.Length;
        for (int i = 0; i < length; i++)
        {
            char c = text[i];
            int k;
            if (c < 128) k = ascii[c];
            else if (!others || !_otherClasses.TryGetValue(c, out k)) k = 0;
            state = next[state * width + k];
            if (ends[state] is not { } found) continue;
            foreach (int pattern in found)
            {
                if (may[pattern]) continue;
                may[pattern] = true;
                if (--left == 0) return may;
            }
        }
        return may;
    }
}
