using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Corpus.Extraction.Read;

/// <summary>A value read from YAML together with where it stands, so later stages can point at it.</summary>
public sealed record Located(string Value, TextPosition Start, TextPosition End);

/// <summary>
/// Reads YAML documents into typed values, collecting problems (with the YAML line and column)
/// instead of throwing.
/// </summary>
internal sealed class YamlSupport
{
    private readonly string _path;
    public string Path => _path;
    private readonly ICountryCodes _countries;
    public List<Problem> Problems { get; } = new();

    public YamlSupport(string path, ICountryCodes countries)
    {
        _path = path;
        _countries = countries;
    }

    public static TextPosition Position(Mark mark)
        => new((int)Math.Max(0, Math.Min(int.MaxValue, mark.Index)), (int)Math.Max(0, Math.Min(int.MaxValue, mark.Line - 1)), (int)Math.Max(0, Math.Min(int.MaxValue, mark.Column - 1)));

    /// <summary>
    /// Parses the text; returns the root mapping, or null (with a problem) when the YAML is broken,
    /// over one of the <see cref="YamlLimits"/>, or not a mapping.
    /// </summary>
    public YamlMappingNode? Load(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new YamlMappingNode();
        if (text.Length > YamlLimits.MaxLength)
        {
            Problems.Add(Problem.AtFile(ProblemIds.YamlLimit, _path, "the file has " + Count(text.Length) + " characters", Count(YamlLimits.MaxLength) + " characters"));
            return null;
        }
        var scanner = new Scanner(new StringReader(text));
        try
        {
            var stream = new YamlStream();
            stream.Load(new LimitingParser(new Parser(scanner)));
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            var root = stream.Documents[0].RootNode;
            if (root is YamlMappingNode map) return map;
            if (root is YamlScalarNode s && IsNull(s)) return new YamlMappingNode();
            Problems.Add(Problem.At(ProblemIds.WrongValueType, _path, Position(root.Start), Position(root.End), "the document", "a mapping of keys to values"));
            return null;
        }
        catch (YamlLimitException e)
        {
            Problems.Add(Problem.At(ProblemIds.YamlLimit, _path, Position(e.Start), Position(e.End), e.What, e.Limit));
            return null;
        }
        catch (YamlException e)
        {
            var start = Position(e.Start);
            var end = Position(e.End);
            string message = e.InnerException?.Message ?? e.Message;
            int cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(", StringComparison.Ordinal) && cut > 0) message = message.Substring(cut + 3);
            Problems.Add(Problem.At(ProblemIds.YamlSyntax, _path, start, end, OneLine(message)));
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The YAML library failed in a way it does not report as a YAML error (an unclosed
            // bracket can do that): still a syntax error, where the scanner stopped.
            var at = Position(scanner.CurrentPosition);
            Problems.Add(Problem.At(ProblemIds.YamlSyntax, _path, at, at, "the parser stopped here; a bracket, brace or quote before it may be left open"));
            return null;
        }
    }

    internal static string Count(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string OneLine(string message)
    {
        message = message.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' ').Trim();
        return message.EndsWith(".", StringComparison.Ordinal) ? message.Substring(0, message.Length - 1) : message;
    }

    public static bool IsNull(YamlScalarNode node)
        => node.Style == ScalarStyle.Plain && (node.Value is null || node.Value.Length == 0 || node.Value == "~" || node.Value == "null" || node.Value == "Null" || node.Value == "NULL");

    public void CheckKeys(YamlMappingNode map, string context, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            string name = key is YamlScalarNode s ? s.Value ?? "" : "(a list or mapping as a key)";
            if (Array.IndexOf(allowed, name) >= 0) continue;
            string suggestion = Closest(name, allowed);
            Problems.Add(Problem.At(ProblemIds.UnknownKey, _path, Position(key.Start), Position(key.End), name, context,
                suggestion.Length > 0 ? "did you mean '" + suggestion + "'?" : "expected one of: " + string.Join(", ", allowed)));
        }
    }

    public static IEnumerable<(string Key, YamlScalarNode KeyNode, YamlNode Value)> Entries(YamlMappingNode map)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode k) yield return (k.Value ?? "", k, pair.Value);
        }
    }

    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode k && k.Value == key) return pair.Value;
        }
        return null;
    }

    public string? String(YamlMappingNode map, string key, string context)
    {
        var node = Get(map, key);
        return node is null ? null : String(node, context + "." + key);
    }

    public string? String(YamlNode node, string what)
    {
        if (node is YamlScalarNode s)
        {
            if (IsNull(s)) return null;
            return s.Value;
        }
        WrongType(node, what, "a single text value");
        return null;
    }

    public Located? LocatedString(YamlNode node, string what)
    {
        var value = String(node, what);
        return value is null ? null : new Located(value, Position(node.Start), Position(node.End));
    }

    public List<Located> LocatedList(YamlMappingNode map, string key, string context)
    {
        var result = new List<Located>();
        var node = Get(map, key);
        if (node is null) return result;
        if (node is YamlScalarNode single)
        {
            if (!IsNull(single)) result.Add(new Located(single.Value ?? "", Position(single.Start), Position(single.End)));
            return result;
        }
        if (node is YamlSequenceNode seq)
        {
            foreach (var item in seq.Children)
            {
                var value = LocatedString(item, context + "." + key + " item");
                if (value is not null) result.Add(value);
            }
            return result;
        }
        WrongType(node, context + "." + key, "a list of text values");
        return result;
    }

    public List<string> StringList(YamlMappingNode map, string key, string context)
        => LocatedList(map, key, context).Select(l => l.Value).ToList();

    public bool? Bool(YamlMappingNode map, string key, string context)
    {
        var node = Get(map, key);
        if (node is null) return null;
        if (node is YamlScalarNode s && !IsNull(s))
        {
            if (string.Equals(s.Value, "true", StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(s.Value, "false", StringComparison.OrdinalIgnoreCase)) return false;
        }
        WrongType(node, context + "." + key, "true or false");
        return null;
    }

    public string? Date(YamlMappingNode map, string key, string context)
    {
        var node = Get(map, key);
        if (node is null) return null;
        var text = String(node, context + "." + key);
        if (text is null) return null;
        if (IsoDate.TryParse(text, out var date)) return date.ToString();
        Problems.Add(Problem.At(ProblemIds.InvalidDate, _path, Position(node.Start), Position(node.End), text));
        return null;
    }

    public string? Country(YamlMappingNode map, string key, string context)
    {
        var node = Get(map, key);
        if (node is null) return null;
        var text = String(node, context + "." + key);
        return text is null ? null : CheckCountry(text, node);
    }

    public string? CheckCountry(string text, YamlNode node)
    {
        var code = _countries.Normalize(text);
        if (code is not null) return code;
        Problems.Add(Problem.At(ProblemIds.UnknownCountry, _path, Position(node.Start), Position(node.End), text));
        return null;
    }

    public void WrongType(YamlNode node, string what, string expected)
        => Problems.Add(Problem.At(ProblemIds.WrongValueType, _path, Position(node.Start), Position(node.End), what, expected));

    public void Invalid(YamlNode node, string value, string what, string expected)
        => Problems.Add(Problem.At(ProblemIds.InvalidValue, _path, Position(node.Start), Position(node.End), value, what, expected));

    /// <summary>
    /// The value of <paramref name="key"/> when it is one of <paramref name="allowed"/> (ignoring case and
    /// surrounding space), in lower case; null when absent, and null with a problem (CORPUS012, naming the
    /// nearest allowed value) when it is another. <paramref name="context"/> names the entry ("engagement"),
    /// <paramref name="invalidWhat"/> what the problem calls the value (the key when not given).
    /// </summary>
    public string? Choice(YamlMappingNode item, string key, string context, string[] allowed, string? invalidWhat = null)
    {
        var node = Get(item, key);
        if (node is null) return null;
        var value = String(node, context + "." + key);
        if (value is null) return null;
        var lower = value.Trim().ToLowerInvariant();
        if (Array.IndexOf(allowed, lower) >= 0) return lower;
        string suggestion = Closest(lower, allowed);
        Invalid(node, value, invalidWhat ?? key, (suggestion.Length > 0 ? "did you mean '" + suggestion + "'? " : "") + "one of " + string.Join(", ", allowed));
        return null;
    }

    /// <summary>The longest name <see cref="Closest"/> compares; longer names get no suggestion, so the comparison stays cheap.</summary>
    public const int MaxSuggestionLength = 100;

    /// <summary>The candidate nearest to <paramref name="name"/> (edit distance, case folded), or "" when none is near; ties go to the first candidate.</summary>
    public static string Closest(string name, IEnumerable<string> candidates)
    {
        if (name.Length > MaxSuggestionLength) return "";
        int threshold = Math.Max(2, name.Length / 3);
        string best = "";
        int bestDistance = int.MaxValue;
        string lower = name.ToLowerInvariant();
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - name.Length) > threshold) continue;
            int d = Distance(lower, candidate.ToLowerInvariant());
            if (d < bestDistance) { bestDistance = d; best = candidate; }
        }
        return bestDistance <= threshold ? best : "";
    }

    private static int Distance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) prev[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[b.Length];
    }
}

/// <summary>
/// The bounds on a YAML file (a sidecar or corpus.yaml). Each keeps reading within bounded time
/// and memory whatever the file holds; a file over one is reported (CORPUS019) and not read.
/// docs/diagnostics.md lists them.
/// </summary>
public static class YamlLimits
{
    /// <summary>The most characters a YAML file may have; a longer one is not parsed at all.</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of lists and mappings, counting the root mapping as 1 and what an alias stands for.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes (values, lists and mappings) a file may stand for once every alias is replaced by what it refers to.</summary>
    public const int MaxNodes = 100_000;

    /// <summary>The most characters one value (a scalar) may have.</summary>
    public const int MaxScalarLength = 64 * 1024;
}

/// <summary>A YAML file over one of the <see cref="YamlLimits"/>: what it holds and the limit.</summary>
internal sealed class YamlLimitException : YamlException
{
    public YamlLimitException(Mark start, Mark end, string what, string limit)
        : base(start, end, what + " (the limit is " + limit + ")")
    {
        What = what;
        Limit = limit;
    }

    public string What { get; }

    public string Limit { get; }
}

/// <summary>
/// Passes the parser's events through to the representation model while enforcing the
/// <see cref="YamlLimits"/>, so the model's recursive construction never goes deeper than
/// <see cref="YamlLimits.MaxDepth"/> and an alias bomb stops at <see cref="YamlLimits.MaxNodes"/>
/// before anything walks it. Aliases are counted by the size and depth of what they refer to; an
/// alias to a node that contains it, or to no earlier anchor, is an error.
/// </summary>
internal sealed class LimitingParser : IParser
{
    private sealed class Frame
    {
        public Frame(string? anchor, long startNodes)
        {
            Anchor = anchor;
            StartNodes = startNodes;
        }

        public string? Anchor { get; }
        public long StartNodes { get; }
        public int ChildDepth { get; set; }
    }

    private readonly IParser _inner;
    private readonly List<Frame> _open = new();
    private readonly Dictionary<string, (long Nodes, int Depth)> _anchors = new(StringComparer.Ordinal);
    private long _nodes;

    public LimitingParser(IParser inner) => _inner = inner;

    public ParsingEvent Current => _inner.Current!;

    public bool MoveNext()
    {
        if (!_inner.MoveNext()) return false;
        var e = _inner.Current;
        switch (e)
        {
            case DocumentStart:
                _anchors.Clear();
                break;
            case Scalar scalar:
                if (scalar.Value.Length > YamlLimits.MaxScalarLength)
                {
                    throw new YamlLimitException(e.Start, e.End, "a value has " + YamlSupport.Count(scalar.Value.Length) + " characters",
                        YamlSupport.Count(YamlLimits.MaxScalarLength) + " characters");
                }
                Add(e, 1, 0);
                if (!scalar.Anchor.IsEmpty) _anchors[scalar.Anchor.Value] = (1, 0);
                break;
            case AnchorAlias alias:
                string name = alias.Value.IsEmpty ? "" : alias.Value.Value;
                if (_open.Exists(f => f.Anchor == name))
                {
                    throw new YamlException(e.Start, e.End, "the alias *" + name + " refers to a list or mapping that contains it");
                }
                if (!_anchors.TryGetValue(name, out var target))
                {
                    throw new YamlException(e.Start, e.End, "the alias *" + name + " refers to no anchor &" + name + " before it");
                }
                Add(e, target.Nodes, target.Depth);
                break;
            case SequenceStart or MappingStart:
                Add(e, 1, 1);
                var anchor = ((NodeEvent)e).Anchor;
                _open.Add(new Frame(anchor.IsEmpty ? null : anchor.Value, _nodes - 1));
                break;
            case SequenceEnd or MappingEnd:
                if (_open.Count == 0) break;
                var frame = _open[_open.Count - 1];
                _open.RemoveAt(_open.Count - 1);
                int depth = 1 + frame.ChildDepth;
                if (frame.Anchor is not null) _anchors[frame.Anchor] = (_nodes - frame.StartNodes, depth);
                if (_open.Count > 0) _open[_open.Count - 1].ChildDepth = Math.Max(_open[_open.Count - 1].ChildDepth, depth);
                break;
        }
        return true;
    }

    /// <summary>Counts a node that stands for <paramref name="nodes"/> nodes nested <paramref name="depth"/> deep below the open collections.</summary>
    private void Add(ParsingEvent e, long nodes, int depth)
    {
        _nodes += nodes;
        if (_nodes > YamlLimits.MaxNodes)
        {
            throw new YamlLimitException(e.Start, e.End, "with its aliases expanded it has more than " + YamlSupport.Count(YamlLimits.MaxNodes) + " values, lists and mappings",
                YamlSupport.Count(YamlLimits.MaxNodes) + " nodes");
        }
        if (_open.Count + depth > YamlLimits.MaxDepth)
        {
            throw new YamlLimitException(e.Start, e.End, "lists and mappings are nested " + YamlSupport.Count(_open.Count + depth) + " deep",
                YamlSupport.Count(YamlLimits.MaxDepth) + " levels");
        }
        if (_open.Count > 0 && e is not SequenceStart && e is not MappingStart)
        {
            _open[_open.Count - 1].ChildDepth = Math.Max(_open[_open.Count - 1].ChildDepth, depth);
        }
    }
}
