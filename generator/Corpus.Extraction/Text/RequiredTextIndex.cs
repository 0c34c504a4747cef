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
    // Beside each state's patterns (_ends): the length of the shortest literal of each that ends the state's text.
    private readonly int[]?[] _endLengths;
    private readonly bool[] _always;
    private readonly int _filtered;

    public RequiredTextIndex(IReadOnlyList<RequiredText> patterns)
    {
        Count = patterns.Count;
        _always = new bool[patterns.Count];
        // The trie of the literals: each state's children by character, and the patterns whose literal it spells.
        var children = new List<Dictionary<char, int>> { new() };
        var own = new List<List<int>?> { null };
        var depth = new List<int> { 0 };
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
                        depth.Add(depth[state] + 1);
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
        _endLengths = new int[]?[states];
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
                var lengths = new List<int>();
                foreach (int p in ends) lengths.Add(depth[state]);
                if (_ends[fail[state]] is { } inherited)
                {
                    var inheritedLengths = _endLengths[fail[state]]!;
                    for (int j = 0; j < inherited.Length; j++)
                    {
                        // The fallback's literals are ends of this state's text, so shorter than its own.
                        int at = ends.IndexOf(inherited[j]);
                        if (at < 0) { ends.Add(inherited[j]); lengths.Add(inheritedLengths[j]); }
                        else lengths[at] = System.Math.Min(lengths[at], inheritedLengths[j]);
                    }
                }
                if (ends.Count > 0)
                {
                    _ends[state] = ends.ToArray();
                    _endLengths[state] = lengths.ToArray();
                }
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

    /// <summary>For each pattern, false when <paramref name="text"/> holds none of its required strings (it cannot match):
    /// <see cref="MayMatchBits(string)"/> read out as one flag a pattern.</summary>
    public bool[] MayMatch(string text)
    {
        var bits = MayMatchBits(text);
        var may = new bool[_always.Length];
        for (int p = 0; p < may.Length; p++) may[p] = (bits[p >> 6] & 1UL << p) != 0;
        return may;
    }

    /// <summary>
    /// The patterns that may match <paramref name="text"/> (it holds one of their required strings, or they have none), as
    /// bits (pattern <c>p</c> is bit <c>p % 64</c> of word <c>p / 64</c>), read in one pass over the whole text.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public ulong[] MayMatchBits(string text)
    {
        var tables = _bitsTables ??= new BitsTables(this);
        var bits = new ulong[tables.Always.Length];
        if (tables.AnyAlways) System.Array.Copy(tables.Always, bits, bits.Length);
        if (_filtered == 0) return bits;
        bool others = _otherClasses.Count > 0;
        var ascii = _asciiClasses;
        var steps = tables.Steps;
        var ends = _ends;
        int width = _width;
        int row = 0;
        int length = text.Length;
        var chars = CharCopy.Into(ref t_chars, text);
        for (int i = 0; i < length; i++)
        {
            char c = chars[i];
            int k;
            if (c < 128) k = ascii[c];
            else if (!others || !_otherClasses.TryGetValue(c, out k)) k = 0;
            int step = steps[row + k];
            row = step >> 1;
            if ((step & 1) == 0) continue;
            foreach (int pattern in ends[row / width]!) bits[pattern >> 6] |= 1UL << pattern;
        }
        return bits;
    }

    // What MayMatchBits reads, made at its first call (two threads may both make them, alike): _always as bits, and the
    // automaton's steps as the next state's row (state * width) shifted left by one, the low bit set when patterns end at
    // that state, so a step costs no multiplication and a state without ends no look-up of them.
    private BitsTables? _bitsTables;

    private sealed class BitsTables
    {
        public readonly ulong[] Always;
        public readonly bool AnyAlways;
        public readonly int[] Steps;

        public BitsTables(RequiredTextIndex index)
        {
            var always = index._always;
            Always = new ulong[(always.Length + 63) >> 6];
            for (int p = 0; p < always.Length; p++)
            {
                if (!always[p]) continue;
                Always[p >> 6] |= 1UL << p;
                AnyAlways = true;
            }
            var next = index._next;
            int width = index._width;
            if ((long)next.Length * 2 >= int.MaxValue) throw new System.InvalidOperationException("The automaton is too large for its steps' table.");
            Steps = new int[next.Length];
            for (int j = 0; j < next.Length; j++)
            {
                int target = next[j];
                Steps[j] = target * width << 1 | (index._ends[target] is null ? 0 : 1);
            }
        }
    }

    // The text's characters read from a copy of this thread's (CharCopy), not through the string's indexer.
    [System.ThreadStatic] private static char[]? t_chars;

    /// <summary>
    /// For each pattern, in one pass over <paramref name="text"/>: into <paramref name="firstEnds"/> what
    /// <see cref="RequiredText.FirstEnd(string, int)"/> answers with <paramref name="limit"/>, and into
    /// <paramref name="lastStarts"/> what <see cref="RequiredText.LastStart(string, int)"/> answers with <paramref name="from"/>
    /// (0 and <see cref="int.MaxValue"/> for a pattern that requires no known text), for a <paramref name="limit"/> up to the
    /// text's length and a <paramref name="from"/> of 0 or more. A forward read meets the literals' occurrences by their ends:
    /// the first end by the limit is the first end; at each end the shortest literal ending there starts last, and the last
    /// start at or after <paramref name="from"/> is the largest of those.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public void FirstEndsAndLastStarts(string text, int limit, int from, int[] firstEnds, int[] lastStarts)
    {
        var always = _always;
        for (int p = 0; p < always.Length; p++)
        {
            firstEnds[p] = always[p] ? 0 : int.MaxValue;
            lastStarts[p] = always[p] ? int.MaxValue : -1;
        }
        if (_filtered == 0) return;
        bool others = _otherClasses.Count > 0;
        var ascii = _asciiClasses;
        var next = _next;
        var ends = _ends;
        var endLengths = _endLengths;
        int width = _width;
        int state = 0;
        int length = text.Length;
        var chars = CharCopy.Into(ref t_chars, text);
        for (int i = 0; i < length; i++)
        {
            char c = chars[i];
            int k;
            if (c < 128) k = ascii[c];
            else if (!others || !_otherClasses.TryGetValue(c, out k)) k = 0;
            state = next[state * width + k];
            if (ends[state] is not { } found) continue;
            var lengths = endLengths[state]!;
            int end = i + 1;
            for (int j = 0; j < found.Length; j++)
            {
                int pattern = found[j];
                if (end <= limit && firstEnds[pattern] == int.MaxValue) firstEnds[pattern] = end;
                int start = end - lengths[j];
                if (start >= from && start > lastStarts[pattern]) lastStarts[pattern] = start;
            }
        }
    }
}
