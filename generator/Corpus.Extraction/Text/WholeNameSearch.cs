using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Corpus.Extraction.Text;

/// <summary>
/// Finds the names of a fixed list (the news outlets of <c>events.tsv</c>, say) as whole words in a
/// text, case-sensitively, each space of a name read as one or more white-space characters: the
/// matches of the regular expression <see cref="Pattern"/>,
/// <c>(?&lt;![\p{L}-])(?:name|name|…)(?![\p{L}-])</c> with the longest names first, found without
/// running it. A regular expression with one alternative per name tries them all at every position
/// of the text (with the interpreter, tens of thousands of instructions per sentence); this reads the
/// text once for the characters a name starts with and compares, at such a character, only the names
/// that start with it, in the order of the expression's alternatives. The matches are the same:
/// leftmost first, at one position the first name of that order that fits, the search going on after
/// the end of a match. The names' words are registered with <see cref="LiteralPresence"/>: a text whose answer marks for
/// no name all its words present (most sentences) holds no match and is not read at all.
/// </summary>
public sealed class WholeNameSearch
{
    // One name: its words (the text between its spaces) and, before each word after the first, the
    // number of spaces that separated it from the one before (as many \s+ in a row: at least as many
    // white-space characters).
    private sealed class Name
    {
        public Name(string[] words, int[] gaps)
        {
            Words = words;
            Gaps = gaps;
        }

        public string[] Words { get; }
        public int[] Gaps { get; }
    }

    // The names by their first character, each list in the order of the expression's alternatives.
    private readonly Dictionary<char, Name[]> _byFirst = new();
    private readonly char[] _firsts;

    // The names' words registered with LiteralPresence (null when they could not be): every word of a name is in a text
    // the name matches in, so a text whose answer marks no name's words all present holds no match and is not read.
    // _keyWords/_keyMasks: each name's last word's id, as masks of the answer's words (one entry a word the ids fall in);
    // _nameWords/_nameMasks: for each name, all its words' ids so; _maxLiteralId the largest id.
    private readonly int[]? _keyWords;
    private readonly ulong[]? _keyMasks;
    private readonly int[][]? _nameWords;
    private readonly ulong[][]? _nameMasks;
    private readonly int _maxLiteralId;

    public WholeNameSearch(IEnumerable<string> names)
    {
        if (names is null) throw new ArgumentNullException(nameof(names));
        var entries = new List<(string Escaped, Name Name)>();
        foreach (var name in names)
        {
            if (name is null) throw new ArgumentException("A name list holds no null name.", nameof(names));
            entries.Add((Escape(name), Parse(name)));
        }
        // Longer names first, so "Vesk News Agency" is read whole rather than as "Vesk News".
        entries.Sort((a, b) => b.Escaped.Length != a.Escaped.Length ? b.Escaped.Length.CompareTo(a.Escaped.Length) : string.CompareOrdinal(a.Escaped, b.Escaped));
        var byFirst = new Dictionary<char, List<Name>>();
        var escaped = new List<string>(entries.Count);
        foreach (var (e, n) in entries)
        {
            escaped.Add(e);
            char first = n.Words[0][0];
            if (!byFirst.TryGetValue(first, out var list)) byFirst[first] = list = new List<Name>();
            list.Add(n);
        }
        foreach (var pair in byFirst) _byFirst[pair.Key] = pair.Value.ToArray();
        _firsts = new char[byFirst.Count];
        byFirst.Keys.CopyTo(_firsts, 0);
        Array.Sort(_firsts);
        Pattern = @"(?<![\p{L}-])(?:" + string.Join("|", escaped) + @")(?![\p{L}-])";

        var words = new List<string>();
        foreach (var (_, n) in entries)
        {
            foreach (var w in n.Words)
            {
                if (!words.Contains(w)) words.Add(w);
            }
        }
        if (LiteralPresence.Register(words) is not { } ids) return;
        int IdOf(string word) => ids[words.IndexOf(word)];
        var keys = new List<int>();
        _nameWords = new int[entries.Count][];
        _nameMasks = new ulong[entries.Count][];
        for (int e = 0; e < entries.Count; e++)
        {
            var name = entries[e].Name;
            keys.Add(IdOf(name.Words[name.Words.Length - 1]));
            var nameIds = new List<int>();
            foreach (var w in name.Words) nameIds.Add(IdOf(w));
            (_nameWords[e], _nameMasks[e]) = LiteralPresence.MasksOf(nameIds);
        }
        (_keyWords, _keyMasks) = LiteralPresence.MasksOf(keys);
        int max = 0;
        foreach (int id in ids) max = Math.Max(max, id);
        _maxLiteralId = max;
    }

    /// <summary>The regular expression whose matches <see cref="FindAll"/> finds (with <see cref="RegexOptions.CultureInvariant"/>).</summary>
    public string Pattern { get; }

    // The name as the expression reads it: escaped, each space one or more white-space characters.
    private static string Escape(string name) => Regex.Escape(name).Replace(@"\ ", @"\s+");

    private static Name Parse(string name)
    {
        var words = new List<string>();
        var gaps = new List<int>();
        int i = 0, gap = 0;
        while (i < name.Length)
        {
            if (name[i] == ' ') { gap++; i++; continue; }
            int start = i;
            while (i < name.Length && name[i] != ' ') i++;
            string word = name.Substring(start, i - start);
            // A word that starts or ends with other white space would let \s+ give back characters to it:
            // this search reads a run of white space whole, so such names are refused.
            if (char.IsWhiteSpace(word[0]) || char.IsWhiteSpace(word[word.Length - 1]))
                throw new ArgumentException("The name '" + name + "' has white space other than a space at a word's edge.", nameof(name));
            if (words.Count == 0 && gap > 0)
                throw new ArgumentException("The name '" + name + "' starts with a space.", nameof(name));
            words.Add(word);
            gaps.Add(gap);
            gap = 0;
        }
        if (words.Count == 0) throw new ArgumentException("A name of the list is empty.", nameof(name));
        if (gap > 0) throw new ArgumentException("The name '" + name + "' ends with a space.", nameof(name));
        return new Name(words.ToArray(), gaps.ToArray());
    }

    /// <summary>Adds the start and end of every match in <paramref name="text"/> to <paramref name="spans"/>, in order.</summary>
    /// <remarks>
    /// A text whose answer (<see cref="LiteralPresence"/>, the rules' one pass over it) marks, for no name, all its words
    /// present holds no match and is not read; otherwise (or without an answer that covers the names' words) it is read as
    /// <see cref="FindAllEach"/> reads it.
    /// </remarks>
    public void FindAll(string text, List<(int Index, int End)> spans)
    {
        if (CannotHold(text)) return;
        FindAllEach(text, spans);
    }

    /// <summary>
    /// True when <paramref name="text"/>'s answer (<see cref="LiteralPresence.Of"/>), covering the names' words, marks for
    /// no name all its words present: no name can then match in it. False without such an answer.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal bool CannotHold(string text)
    {
        if (_keyWords is null) return false;
        var made = LiteralPresence.Of(text);
        if (made is null || _maxLiteralId >= made.Count) return false;
        var present = made.Present;
        // Each name's last word first, all the names at once: a text that holds none of them holds no name.
        if (!LiteralPresence.AnyPresent(present, _keyWords, _keyMasks!)) return true;
        var nameWords = _nameWords!;
        var nameMasks = _nameMasks!;
        for (int n = 0; n < nameWords.Length; n++)
        {
            if (LiteralPresence.AllPresent(present, nameWords[n], nameMasks[n])) return false;
        }
        return true;
    }

    /// <summary><see cref="FindAll"/> reading the whole text, whatever its answer says.</summary>
    [MethodImpl(HotPath.Optimized)]
    internal void FindAllEach(string text, List<(int Index, int End)> spans)
    {
        int pos = 0;
        while (pos < text.Length)
        {
            int at = text.IndexOfAny(_firsts, pos);
            if (at < 0) return;
            pos = at + 1;
            // (?<![\p{L}-]): no letter or hyphen before the name.
            if (at > 0 && IsWordEdge(text[at - 1])) continue;
            foreach (var name in _byFirst[text[at]])
            {
                int end = MatchAt(name, text, at);
                // (?![\p{L}-]): no letter or hyphen after it; else the next name is tried at the same place.
                if (end < 0 || (end < text.Length && IsWordEdge(text[end]))) continue;
                spans.Add((at, end));
                pos = end;
                break;
            }
        }
    }

    private static bool IsWordEdge(char c) => c == '-' || char.IsLetter(c);

    // The end of the name read at start, or -1.
    private static int MatchAt(Name name, string text, int start)
    {
        int pos = start;
        var words = name.Words;
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                int spaces = 0;
                while (pos < text.Length && char.IsWhiteSpace(text[pos])) { pos++; spaces++; }
                if (spaces < name.Gaps[w]) return -1;
            }
            string word = words[w];
            if (word.Length > text.Length - pos || string.CompareOrdinal(text, pos, word, 0, word.Length) != 0) return -1;
            pos += word.Length;
        }
        return pos;
    }
}
