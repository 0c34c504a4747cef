using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;

namespace Corpus.Extraction.Text;

/// <summary>
/// What text a regular expression needs in its input: a set of literal strings of which every
/// match holds at least one. An input that contains none of them cannot match, so the expression
/// need not run over it: a few ordinal searches (vectorised) instead of a scan of the expression
/// at every position where its first character could start. The set is worked out from the
/// pattern once and conservatively: a construct the analysis does not know gives no requirement
/// (the expression always runs), never a wrong one.
/// </summary>
public sealed class RequiredText
{
    /// <summary>The most strings a finite part of a pattern may expand to before it counts as unknown.</summary>
    private const int MaxStrings = 64;

    private static readonly ConditionalWeakTable<Regex, RequiredText> s_byRegex = new();

    private readonly string[]? _any;

    // The bits of each required string's pairs of characters (CharPairs.BitsOf), beside _any.
    private readonly int[]?[]? _pairs;

    // The ids of _any's strings in LiteralPresence, once the requirement is registered there (a rule's, RuleRegex); the
    // largest of them, written before the ids.
    private int[]? _literalIds;
    private int _maxLiteralId;
    // The same ids as masks of the answer's words (LiteralPresence.Made.Present): word _literalWords[j] masked by
    // _literalMasks[j], one entry a word the ids fall in; written before the ids.
    private int[]? _literalWords;
    private ulong[]? _literalMasks;
    // The registered strings by the masks' bits: bit b of word _literalWords[j] (id _literalWords[j] * 64 + b) at
    // j * 64 + b, null where no string has the id; written before the ids.
    private string?[]? _stringsByBit;

    private RequiredText(string[]? any)
    {
        _any = any;
        if (any is null) return;
        _pairs = new int[]?[any.Length];
        for (int i = 0; i < any.Length; i++) _pairs[i] = CharPairs.BitsOf(any[i]);
    }

    /// <summary>No known requirement: every text may match (nothing is registered with the rules' one pass).</summary>
    internal static RequiredText Unknown() => new(null);

    /// <summary>The strings of which every match holds one, shortest first; null when the pattern requires no known text.</summary>
    public IReadOnlyList<string>? Any => _any;

    /// <summary>The requirement of a pattern with its options.</summary>
    public static RequiredText Of(string pattern, RegexOptions options)
    {
        // Options that change what a literal matches, or how the pattern is read: no requirement.
        // Under IgnoreCase a literal is read only where it has no other case: an ASCII character that is not a letter (":",
        // a digit, a space) matches itself alone in every culture; a letter (and any other character) is unknown.
        const RegexOptions unsupported = RegexOptions.IgnorePatternWhitespace | RegexOptions.ECMAScript;
        if ((options & unsupported) != 0) return new RequiredText(null);
        string[]? any = null;
        try
        {
            var parser = new Parser(pattern, (options & RegexOptions.IgnoreCase) != 0);
            var node = parser.ParseAlternation();
            if (parser.AtEnd) any = Minimal(node.Required);
        }
        catch (NotSupportedException)
        {
            any = null;
        }
        return new RequiredText(any);
    }

    /// <summary>The requirement of one literal string (not empty): the text must hold it.</summary>
    internal static RequiredText OfLiteral(string literal) => new(new[] { literal });

    /// <summary>
    /// The requirement of a list of strings (none empty): the text must hold one of them; registered with
    /// <see cref="LiteralPresence"/>, so that whether a text holds one is read from the rules' one pass over it.
    /// </summary>
    internal static RequiredText OfAny(IReadOnlyList<string> strings)
    {
        var required = new RequiredText(strings.ToArray());
        required.Register();
        return required;
    }

    /// <summary>
    /// Registers the strings with <see cref="LiteralPresence"/> (once; a rule's expression does it where it is made), so
    /// that a text is answered from the one pass that finds every rule's strings in it.
    /// </summary>
    internal void Register()
    {
        if (_any is null || Volatile.Read(ref _literalIds) is not null) return;
        if (LiteralPresence.Register(_any) is not { } ids) return;
        int max = 0;
        foreach (int id in ids) max = Math.Max(max, id);
        _maxLiteralId = max;
        (_literalWords, _literalMasks) = LiteralPresence.MasksOf(ids);
        _stringsByBit = StringsByBit(_any, ids, _literalWords);
        Volatile.Write(ref _literalIds, ids);
    }

    /// <summary>
    /// The ids of the strings in <see cref="LiteralPresence"/>, in the order of <see cref="Any"/>, once they are registered;
    /// null before, or when the requirement has no strings or they were not registered. <see cref="MayMatchWhole"/> of a
    /// text's answer that covers them is then whether the answer marks one of them present.
    /// </summary>
    internal IReadOnlyList<int>? LiteralIds => Volatile.Read(ref _literalIds);

    /// <summary>The requirement of an expression, worked out on its first use and kept with it.</summary>
    public static RequiredText Of(Regex regex)
        => regex is RuleRegex rule ? rule.Required : s_byRegex.GetValue(regex, r => Of(r.ToString(), r.Options));

    /// <summary>False when the text holds none of the required strings, so the expression cannot match in it.</summary>
    public bool MayMatch(string text) => MayMatch(text, 0, text.Length);

    /// <summary>False when the part of <paramref name="text"/> from <paramref name="start"/>, <paramref name="length"/> characters long, holds none of the required strings.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool MayMatch(string text, int start, int length)
    {
        if (_any is null) return true;
        var any = _any;
        if (Volatile.Read(ref _literalIds) is { } ids)
        {
            // A registered requirement: the text's answer (every rule's strings found in it in one pass) is at hand, so only
            // a string the text holds is searched, and only in a part (the whole text holds it); without an answer that
            // covers the requirement, each string is searched.
            var made = LiteralPresence.Of(text);
            if (made is null || _maxLiteralId >= made.Count) return Search(text, start, length);
            var present = made.Present;
            // Whether the text holds any of the strings; a string the whole text holds is no longer than the text, so for the
            // whole text that is the answer.
            if (!AnyHeld(present)) return false;
            if (start == 0 && length == text.Length) return true;
            for (int i = 0; i < any.Length; i++)
            {
                int id = ids[i];
                if ((present[id >> 6] & 1UL << id) == 0) continue;
                var s = any[i];
                if (s.Length > length) continue;
                if (text.IndexOf(s, start, length, StringComparison.Ordinal) >= 0) return true;
            }
            return false;
        }
        // A text asked about again has its pairs of characters at hand: a string one of whose
        // pairs is not in the whole text is not in the part either, and is not searched.
        var pairs = CharPairs.Of(text);
        for (int i = 0; i < any.Length; i++)
        {
            var s = any[i];
            if (s.Length > length) continue;
            if (pairs is not null && _pairs![i] is { } bits)
            {
                // CharPairs.MayHold written out (the JIT left it a call, once a string).
                bool absent = false;
                foreach (int bit in bits)
                {
                    if ((pairs[bit >> 6] & 1UL << (bit & 63)) == 0) { absent = true; break; }
                }
                if (absent) continue;
            }
            if (text.IndexOf(s, start, length, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    /// <summary>
    /// <see cref="MayMatch(string)"/> of <paramref name="text"/>, read from <paramref name="made"/> (the text's answer,
    /// <see cref="LiteralPresence.Of"/>, asked once by a caller with several requirements to test) when it covers the
    /// requirement: the masks of its strings' ids alone. Otherwise (no answer, one of another text, or one made before the
    /// requirement was registered) it is <see cref="MayMatch(string)"/>.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal bool MayMatchWhole(LiteralPresence.Made? made, string text)
    {
        if (_any is null) return true;
        if (made is null || !ReferenceEquals(made.Text, text) || Volatile.Read(ref _literalIds) is null || _maxLiteralId >= made.Count)
            return MayMatch(text, 0, text.Length);
        return AnyHeld(made.Present);
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds one of the required strings at which <paramref name="accept"/> (the text, the
    /// string) answers true: each string the text's answer (<see cref="LiteralPresence"/>) marks present, or without an
    /// answer that covers the requirement each string a search finds, asked in turn; true when there is no requirement.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal bool AnyHeld(string text, Func<string, string, bool> accept)
    {
        if (_any is null) return true;
        var ids = Volatile.Read(ref _literalIds);
        var made = ids is null ? null : LiteralPresence.Of(text);
        if (ids is null || made is null || _maxLiteralId >= made.Count) return AnyHeldInTurn(text, accept);
        // The set bits of the answer's words under the masks, each bit's string asked: the strings the answer marks
        // present and no other (accept is a question of the text and the string, so the order it is asked in is no matter).
        var present = made.Present;
        var words = _literalWords!;
        var masks = _literalMasks!;
        var byBit = _stringsByBit!;
        for (int j = 0; j < words.Length; j++)
        {
            for (ulong bits = present[words[j]] & masks[j]; bits != 0; bits &= bits - 1)
            {
                if (accept(text, byBit[(j << 6) + LiteralPresence.LowestBit(bits)]!)) return true;
            }
        }
        return false;
    }

    // The strings of ids (the strings of _any, in order) by the bits of the masks of words (LiteralPresence.MasksOf(ids)).
    private static string?[] StringsByBit(string[] any, int[] ids, int[] words)
    {
        var byBit = new string?[words.Length << 6];
        for (int i = 0; i < any.Length; i++)
        {
            int j = Array.IndexOf(words, ids[i] >> 6);
            byBit[(j << 6) + (ids[i] & 63)] ??= any[i];
        }
        return byBit;
    }

    /// <summary>
    /// <see cref="AnyHeld(string, Func{string, string, bool})"/> asking each string in turn, as it was first written: with an
    /// answer that covers the requirement each string whose id it marks present, otherwise each string a search finds.
    /// Kept to test the walk over the answer's bits against.
    /// </summary>
    internal bool AnyHeldInTurn(string text, Func<string, string, bool> accept)
    {
        if (_any is null) return true;
        var any = _any;
        var ids = Volatile.Read(ref _literalIds);
        var made = ids is null ? null : LiteralPresence.Of(text);
        if (ids is not null && made is not null && _maxLiteralId < made.Count)
        {
            var present = made.Present;
            if (!AnyHeld(present)) return false;
            for (int i = 0; i < any.Length; i++)
            {
                int id = ids[i];
                if ((present[id >> 6] & 1UL << id) != 0 && accept(text, any[i])) return true;
            }
            return false;
        }
        foreach (var s in any)
        {
            if (text.IndexOf(s, StringComparison.Ordinal) >= 0 && accept(text, s)) return true;
        }
        return false;
    }

    // Whether an answer (LiteralPresence.Made.Present) holds one of the registered strings: a few words of it, masked.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool AnyHeld(ulong[] present) => LiteralPresence.AnyPresent(present, _literalWords!, _literalMasks!);

    // Each string searched in the part, in turn.
    private bool Search(string text, int start, int length)
    {
        foreach (var s in _any!)
        {
            if (s.Length <= length && text.IndexOf(s, start, length, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    /// <summary>
    /// Where the first of the required strings to end in <c>text[0..limit)</c> ends: <see cref="MayMatch(string, int, int)"/>
    /// over <c>(0, start)</c> for any <c>start ≤ limit</c> is then <c>start ≥</c> this, so the parts of one text that
    /// begin at its start (the text before each of several mentions) are asked with a comparison after one search.
    /// 0 when the pattern requires no known text; <see cref="int.MaxValue"/> when no required string ends by <paramref name="limit"/>.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public int FirstEnd(string text, int limit)
    {
        if (_any is null) return 0;
        int first = int.MaxValue;
        foreach (var s in _any)
        {
            // Only an occurrence that ends before the best so far (and by the limit) can be better.
            int bound = Math.Min(limit, first - 1);
            if (s.Length > bound) continue;
            int at = text.IndexOf(s, 0, bound, StringComparison.Ordinal);
            if (at >= 0) first = at + s.Length;
        }
        return first;
    }

    /// <summary>
    /// Where the last of the required strings to start in <c>text[from..)</c> starts: <see cref="MayMatch(string, int, int)"/>
    /// over <c>(end, text.Length - end)</c> for any <c>end ≥ from</c> is then <c>end ≤</c> this, so the parts of one text
    /// that run to its end (the text after each of several mentions) are asked with a comparison after one search.
    /// <see cref="int.MaxValue"/> when the pattern requires no known text; -1 when no required string starts at or after <paramref name="from"/>.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public int LastStart(string text, int from)
    {
        if (_any is null) return int.MaxValue;
        int last = -1;
        foreach (var s in _any)
        {
            // Only an occurrence that starts after the best so far (and at or after from) can be better.
            int lower = Math.Max(from, last + 1);
            if (s.Length > text.Length - lower) continue;
            int at = text.LastIndexOf(s, text.Length - 1, text.Length - lower, StringComparison.Ordinal);
            if (at >= 0) last = at;
        }
        return last;
    }

    /// <summary>False when the expression cannot match in the text, without running it; otherwise whether it matches.</summary>
    public static bool IsMatch(Regex regex, string text) => Of(regex).MayMatch(text) && regex.IsMatch(text);

    /// <summary>
    /// The expression's first match in the text, as <see cref="Regex.Match(string)"/> gives it; <see cref="System.Text.RegularExpressions.Match.Empty"/>
    /// (no success), without running the expression, when the text holds none of its required strings.
    /// </summary>
    public static Match Match(Regex regex, string text) => Of(regex).MayMatch(text) ? regex.Match(text) : System.Text.RegularExpressions.Match.Empty;

    /// <summary>
    /// <see cref="IsMatch(Regex, string)"/> over <c>text.Substring(start, length)</c> without making the
    /// substring: the expression sees the part as its whole input (anchors and lookarounds stop at
    /// its ends), as <see cref="Regex.Match(string, int, int)"/> does.
    /// </summary>
    public static bool IsMatch(Regex regex, string text, int start, int length)
        => Of(regex).MayMatch(text, start, length) && regex.Match(text, start, length).Success;

    /// <summary>The set without the strings that hold another of its strings (holding the shorter follows from holding the longer); null if it has the empty string.</summary>
    private static string[]? Minimal(HashSet<string>? set)
    {
        if (set is null || set.Count == 0 || set.Contains("")) return null;
        var sorted = new List<string>(set);
        sorted.Sort((a, b) => a.Length != b.Length ? a.Length.CompareTo(b.Length) : string.CompareOrdinal(a, b));
        var kept = new List<string>();
        foreach (var s in sorted)
        {
            bool covered = false;
            foreach (var k in kept)
            {
                if (s.IndexOf(k, StringComparison.Ordinal) >= 0) { covered = true; break; }
            }
            if (!covered) kept.Add(s);
        }
        return kept.ToArray();
    }

    /// <summary>
    /// What the analysis knows of a part of a pattern: the finite set of strings it matches
    /// (null if unknown or too many), and a set of strings every match of it holds one of (null
    /// if none is known).
    /// </summary>
    private sealed class Node
    {
        public Node(HashSet<string>? exact, HashSet<string>? required)
        {
            Exact = exact;
            Required = required ?? (exact is not null && !exact.Contains("") ? exact : null);
        }

        public HashSet<string>? Exact { get; }

        public HashSet<string>? Required { get; }

        public static Node Empty => new(new HashSet<string>(StringComparer.Ordinal) { "" }, null);

        public static Node Unknown => new(null, null);

        public static Node Literal(string s) => new(new HashSet<string>(StringComparer.Ordinal) { s }, null);
    }

    /// <summary>A reader of .NET pattern syntax that understands literals, groups, alternation, quantifiers, classes and anchors, and throws <see cref="NotSupportedException"/> on anything else it cannot skip safely.</summary>
    private sealed class Parser
    {
        private readonly string _p;
        private readonly bool _caseless;
        private int _i;

        public Parser(string pattern, bool caseless)
        {
            _p = pattern;
            _caseless = caseless;
        }

        // A literal string; under IgnoreCase, unknown unless every character of it has no other case.
        private Node Literal(string s) => !_caseless || CaseFree(s) ? Node.Literal(s) : Node.Unknown;

        private static bool CaseFree(string s)
        {
            foreach (char c in s)
            {
                if (c >= 128 || char.IsLetter(c)) return false;
            }
            return true;
        }

        public bool AtEnd => _i == _p.Length;

        public Node ParseAlternation()
        {
            var branches = new List<Node> { ParseSequence() };
            while (_i < _p.Length && _p[_i] == '|')
            {
                _i++;
                branches.Add(ParseSequence());
            }
            if (branches.Count == 1) return branches[0];
            HashSet<string>? exact = new(StringComparer.Ordinal);
            HashSet<string>? required = new(StringComparer.Ordinal);
            foreach (var b in branches)
            {
                if (exact is not null && b.Exact is not null) exact.UnionWith(b.Exact);
                else exact = null;
                if (required is not null && b.Required is not null) required.UnionWith(b.Required);
                else required = null;
            }
            if (exact is not null && exact.Count > MaxStrings) exact = null;
            return new Node(exact, required);
        }

        private Node ParseSequence()
        {
            // The strings of the current run of finite parts (their cross product), and the best
            // requirement found so far among closed runs and unknown parts.
            HashSet<string>? run = new(StringComparer.Ordinal) { "" };
            HashSet<string>? best = null;
            bool allExact = true;
            while (_i < _p.Length && _p[_i] != '|' && _p[_i] != ')')
            {
                var item = ParseQuantified();
                if (item.Exact is not null && run is not null)
                {
                    var product = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var a in run)
                    {
                        foreach (var b in item.Exact) product.Add(a + b);
                    }
                    if (product.Count <= MaxStrings) { run = product; continue; }
                }
                // The run ends here: keep it, or the item's own requirement, if either is better.
                allExact = false;
                best = Better(best, run);
                best = Better(best, item.Required);
                run = item.Exact is not null ? new HashSet<string>(item.Exact, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal) { "" };
            }
            best = Better(best, run);
            return new Node(allExact ? run : null, best);
        }

        /// <summary>The better of two requirements: one without the empty string, then the longer shortest string, then fewer strings.</summary>
        private static HashSet<string>? Better(HashSet<string>? a, HashSet<string>? b)
        {
            if (b is null || b.Count == 0 || b.Contains("")) return a;
            if (a is null) return b;
            int ma = MinLength(a), mb = MinLength(b);
            if (mb != ma) return mb > ma ? b : a;
            return b.Count < a.Count ? b : a;
        }

        private static int MinLength(HashSet<string> set)
        {
            int min = int.MaxValue;
            foreach (var s in set) min = Math.Min(min, s.Length);
            return min;
        }

        private Node ParseQuantified()
        {
            var atom = ParseAtom();
            if (_i >= _p.Length) return atom;
            char c = _p[_i];
            int min, max;
            if (c == '?') { min = 0; max = 1; _i++; }
            else if (c == '*') { min = 0; max = -1; _i++; }
            else if (c == '+') { min = 1; max = -1; _i++; }
            else if (c == '{' && TryBraces(out min, out max)) { }
            else return atom;
            // A lazy quantifier matches the same strings as a greedy one, only in another order.
            if (_i < _p.Length && _p[_i] == '?') _i++;
            if (max == 1 && min == 0)
            {
                if (atom.Exact is null) return Node.Unknown;
                var exact = new HashSet<string>(atom.Exact, StringComparer.Ordinal) { "" };
                return new Node(exact, null);
            }
            if (min == 1 && max == 1) return atom;
            // Repeated at least once: every match holds what one repetition holds.
            return new Node(null, min >= 1 ? atom.Required : null);
        }

        private bool TryBraces(out int min, out int max)
        {
            min = max = 0;
            int j = _i + 1;
            int start = j;
            while (j < _p.Length && char.IsDigit(_p[j]) && _p[j] < 128) j++;
            if (j == start) return false;
            min = int.Parse(_p.Substring(start, j - start), System.Globalization.CultureInfo.InvariantCulture);
            if (j < _p.Length && _p[j] == '}') { max = min; _i = j + 1; return true; }
            if (j >= _p.Length || _p[j] != ',') return false;
            j++;
            int start2 = j;
            while (j < _p.Length && char.IsDigit(_p[j]) && _p[j] < 128) j++;
            if (j >= _p.Length || _p[j] != '}') return false;
            max = j == start2 ? -1 : int.Parse(_p.Substring(start2, j - start2), System.Globalization.CultureInfo.InvariantCulture);
            _i = j + 1;
            return true;
        }

        private Node ParseAtom()
        {
            char c = _p[_i];
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case '[':
                    return ParseClass();
                case '\\':
                    return ParseEscape();
                case '^':
                case '$':
                    _i++;
                    return Node.Empty;
                case '.':
                    _i++;
                    return Node.Unknown;
                case '*':
                case '+':
                case '?':
                case '{' when TryBracesAhead():
                    throw new NotSupportedException();
                default:
                    _i++;
                    if (char.IsHighSurrogate(c) && _i < _p.Length && char.IsLowSurrogate(_p[_i])) return Literal(c.ToString() + _p[_i++]);
                    return Literal(c.ToString());
            }
        }

        private bool TryBracesAhead()
        {
            int saved = _i;
            bool ok = TryBraces(out _, out _);
            _i = saved;
            return ok;
        }

        private Node ParseGroup()
        {
            _i++; // (
            bool zeroWidth = false;
            if (_i < _p.Length && _p[_i] == '?')
            {
                _i++;
                if (_i >= _p.Length) throw new NotSupportedException();
                char k = _p[_i];
                if (k == ':') _i++;
                else if (k == '=' || k == '!') { _i++; zeroWidth = true; }
                else if (k == '<' && _i + 1 < _p.Length && (_p[_i + 1] == '=' || _p[_i + 1] == '!')) { _i += 2; zeroWidth = true; }
                else if (k == '<' || k == '\'')
                {
                    // A named group: (?<name>…) or (?'name'…); balancing groups are not read.
                    char close = k == '<' ? '>' : '\'';
                    int end = _p.IndexOf(close, _i + 1);
                    if (end < 0) throw new NotSupportedException();
                    for (int j = _i + 1; j < end; j++)
                    {
                        if (!(char.IsLetterOrDigit(_p[j]) || _p[j] == '_')) throw new NotSupportedException();
                    }
                    _i = end + 1;
                }
                else throw new NotSupportedException(); // inline options, atomic, conditional, comment
            }
            var inner = ParseAlternation();
            if (_i >= _p.Length || _p[_i] != ')') throw new NotSupportedException();
            _i++;
            return zeroWidth ? Node.Empty : inner;
        }

        private Node ParseClass()
        {
            // [abc] of plain characters is the set of those strings; any other class matches one unknown character.
            int j = _i + 1;
            bool plain = true;
            var chars = new HashSet<string>(StringComparer.Ordinal);
            if (j < _p.Length && _p[j] == '^') { plain = false; j++; }
            bool first = true;
            while (true)
            {
                if (j >= _p.Length) throw new NotSupportedException();
                char c = _p[j];
                if (c == ']' && !first) break;
                first = false;
                if (c == '[') throw new NotSupportedException(); // subtraction or a nested class
                if (c == '\\')
                {
                    if (j + 1 >= _p.Length) throw new NotSupportedException();
                    char e = _p[j + 1];
                    if (e == 'p' || e == 'P')
                    {
                        int close = _p.IndexOf('}', j);
                        if (close < 0) throw new NotSupportedException();
                        plain = false;
                        j = close + 1;
                        continue;
                    }
                    if (char.IsLetterOrDigit(e)) { plain = false; j += 2; continue; }
                    chars.Add(e.ToString());
                    j += 2;
                    continue;
                }
                if (c == '-' && j + 1 < _p.Length && _p[j + 1] != ']' && chars.Count > 0) plain = false; // a range
                if (char.IsSurrogate(c)) plain = false;
                chars.Add(c.ToString());
                j++;
            }
            _i = j + 1;
            if (_caseless && !chars.All(CaseFree)) plain = false;
            return plain && chars.Count > 0 && chars.Count <= 8 ? new Node(chars, null) : Node.Unknown;
        }

        private Node ParseEscape()
        {
            if (_i + 1 >= _p.Length) throw new NotSupportedException();
            char e = _p[_i + 1];
            _i += 2;
            switch (e)
            {
                case 'b':
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                case 'G':
                    return Node.Empty;
                case 'w':
                case 'W':
                case 's':
                case 'S':
                case 'd':
                case 'D':
                    return Node.Unknown;
                case 'p':
                case 'P':
                    {
                        if (_i >= _p.Length || _p[_i] != '{') throw new NotSupportedException();
                        int close = _p.IndexOf('}', _i);
                        if (close < 0) throw new NotSupportedException();
                        _i = close + 1;
                        return Node.Unknown;
                    }
                case 't': return Literal("\t");
                case 'n': return Literal("\n");
                case 'r': return Literal("\r");
                case 'f': return Literal("\f");
                case 'v': return Literal("\v");
                case 'e': return Literal("\u001B");
                case 'a': return Literal("\a");
                default:
                    // Backreferences, \x, \u, \c, \k and the rest: not read.
                    if (char.IsLetterOrDigit(e)) throw new NotSupportedException();
                    return Literal(e.ToString());
            }
        }
    }
}
