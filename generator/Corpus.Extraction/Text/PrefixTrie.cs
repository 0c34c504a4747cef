using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Text;

/// <summary>
/// A fixed list of strings (the places of a gazetteer, say) as a tree of their characters, to ask
/// which of them a text holds at one point (ordinal) by reading the text from that point, one
/// character per step, for as long as some string goes on: a recogniser that needs the strings
/// starting at a token asks there, instead of searching the whole text for every string or for the
/// strings it holds. Empty strings are left out: none is found anywhere.
/// </summary>
public sealed class PrefixTrie
{
    private static readonly ConditionalWeakTable<object, PrefixTrie> s_byOwner = new();

    // The nodes: for node n, the characters that go on from it (_labels[n], in the order they were
    // added) with the nodes they lead to (_next[n]), and whether a string ends there. Node 0 is the
    // root; its children are also in a table by ASCII character.
    private readonly List<char[]> _labels = new();
    private readonly List<int[]> _next = new();
    private readonly List<bool> _ends = new();
    private readonly int[] _rootAscii = new int[128];
    // The nodes two ASCII characters lead to from the root (first * 128 + second), 0 where none: the second step of a
    // search, the one that reads the longest list of characters (those that go on from a capital), made without the list.
    private readonly int[] _rootPairs = new int[128 * 128];
    private char[][] _labelArray = Array.Empty<char[]>();
    private int[][] _nextArray = Array.Empty<int[]>();
    private bool[] _endArray = Array.Empty<bool>();

    public PrefixTrie(IEnumerable<string> strings)
    {
        NewNode();
        foreach (var s in strings)
        {
            if (s is null) throw new ArgumentException("A prefix trie holds no null string.", nameof(strings));
            Added++;
            if (s.Length == 0) continue;
            int node = 0;
            foreach (char c in s) node = Child(node, c) is int next and > 0 ? next : AddChild(node, c);
            _ends[node] = true;
            Count++;
        }
        _labelArray = _labels.ToArray();
        _nextArray = _next.ToArray();
        _endArray = _ends.ToArray();
        for (int i = 0; i < _labelArray[0].Length; i++)
        {
            if (_labelArray[0][i] < 128) _rootAscii[_labelArray[0][i]] = _nextArray[0][i];
        }
        for (int first = 0; first < 128; first++)
        {
            int node = _rootAscii[first];
            if (node == 0) continue;
            for (int i = 0; i < _labelArray[node].Length; i++)
            {
                if (_labelArray[node][i] < 128) _rootPairs[first * 128 + _labelArray[node][i]] = _nextArray[node][i];
            }
        }
    }

    /// <summary>
    /// The tree of the keys of <paramref name="dictionary"/>, made at the dictionary's first use and
    /// kept with it. The dictionary must not change once asked about (a tree made of another number
    /// of strings than the dictionary holds is made again).
    /// </summary>
    public static PrefixTrie OfKeys<TValue>(IReadOnlyDictionary<string, TValue> dictionary)
    {
        var trie = s_byOwner.GetValue(dictionary, d => new PrefixTrie(((IReadOnlyDictionary<string, TValue>)d).Keys));
        return trie.Added == dictionary.Count ? trie : new PrefixTrie(dictionary.Keys);
    }

    /// <summary>How many strings of one character or more the tree was made of (a string given twice counts twice).</summary>
    public int Count { get; }

    // How many strings the tree was made of, the empty ones included.
    private int Added { get; }

    /// <summary>The length of the longest string of the tree that <paramref name="text"/> holds at <paramref name="start"/>, or 0 when it holds none there.</summary>
    public int LongestAt(string text, int start) => LongestAt(text, start, wholeWord: false);

    /// <summary>
    /// The length of the longest string of the tree that <paramref name="text"/> holds at <paramref name="start"/>
    /// as a whole word at its end (the text ends there or goes on with neither a letter nor a digit: "Kelm" in
    /// "Kelm," but not in "Kelmland"), or 0 when it holds none there.
    /// </summary>
    public int LongestWordAt(string text, int start) => LongestAt(text, start, wholeWord: true);

    /// <summary>
    /// The length of the longest string of the tree that <paramref name="text"/> holds at <paramref name="start"/>, or 0
    /// when it holds none there; with <paramref name="wholeWord"/>, only a string after which the text ends or goes on
    /// with neither a letter nor a digit counts (<see cref="LongestWordAt"/>).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public int LongestAt(string text, int start, bool wholeWord)
    {
        int longest = 0;
        if (start >= text.Length) return 0;
        char first = text[start];
        int node = first < 128 ? _rootAscii[first] : Next(0, first);
        for (int i = start + 1; node > 0; i++)
        {
            if (_endArray[node] && (!wholeWord || i >= text.Length || !char.IsLetterOrDigit(text[i]))) longest = i - start;
            if (i >= text.Length) break;
            char c = text[i];
            // The second step from two ASCII characters read from the table of pairs: the node Next gives.
            node = i == start + 1 && first < 128 && c < 128 ? _rootPairs[first * 128 + c] : Next(node, c);
        }
        return longest;
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a string of the tree at <paramref name="start"/> that is
    /// followed by the character <paramref name="after"/> ("Port Vila" before a space).
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public bool AnyAtBefore(string text, int start, char after)
    {
        if (start >= text.Length) return false;
        char first = text[start];
        int node = first < 128 ? _rootAscii[first] : Next(0, first);
        for (int i = start + 1; node > 0 && i < text.Length; i++)
        {
            if (_endArray[node] && text[i] == after) return true;
            node = Next(node, text[i]);
        }
        return false;
    }

    // The node that character c leads to from node, or 0 (the root is nobody's child).
    private int Next(int node, char c)
    {
        var labels = _labelArray[node];
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == c) return _nextArray[node][i];
        }
        return 0;
    }

    private int Child(int node, char c)
    {
        var labels = _labels[node];
        for (int i = 0; i < labels.Length; i++)
        {
            if (labels[i] == c) return _next[node][i];
        }
        return 0;
    }

    private int AddChild(int node, char c)
    {
        int child = NewNode();
        var labels = _labels[node];
        var next = _next[node];
        Array.Resize(ref labels, labels.Length + 1);
        Array.Resize(ref next, next.Length + 1);
        labels[labels.Length - 1] = c;
        next[next.Length - 1] = child;
        _labels[node] = labels;
        _next[node] = next;
        return child;
    }

    private int NewNode()
    {
        _labels.Add(Array.Empty<char>());
        _next.Add(Array.Empty<int>());
        _ends.Add(false);
        return _labels.Count - 1;
    }
}
