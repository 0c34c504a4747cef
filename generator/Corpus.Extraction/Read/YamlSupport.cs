using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;
using YamlDotNet.Core;
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
    /// <summary>The largest YAML file read, in characters.</summary>
    public const int MaxYamlLength = 4 * 1024 * 1024;

    private readonly string _path;
    public string Path => _path;
    private readonly ICountryCodes _countries;
    public List<Problem> Problems { get; } = new();

    public YamlSupport(string path, ICountryCodes countries)
    {
        _path = path;
        _countries = countries;
    }

    public static TextPosition Position(Mark mark) => new((int)Math.Min(int.MaxValue, mark.Index), (int)mark.Line - 1, (int)mark.Column - 1);

    /// <summary>Parses the text; returns the root mapping, or null (with a problem) when the YAML is broken or not a mapping.</summary>
    public YamlMappingNode? Load(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new YamlMappingNode();
        if (text.Length > MaxYamlLength)
        {
            Problems.Add(Problem.AtFile(ProblemIds.YamlSyntax, _path, "the file is larger than " + MaxYamlLength.ToString(CultureInfo.InvariantCulture) + " characters"));
            return null;
        }
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            var root = stream.Documents[0].RootNode;
            if (root is YamlMappingNode map) return map;
            if (root is YamlScalarNode s && IsNull(s)) return new YamlMappingNode();
            Problems.Add(Problem.At(ProblemIds.WrongValueType, _path, Position(root.Start), Position(root.End), "the document", "a mapping of keys to values"));
            return null;
        }
        catch (YamlException e)
        {
            var start = Position(e.Start);
            var end = Position(e.End);
            string message = e.InnerException?.Message ?? e.Message;
            int cut = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(", StringComparison.Ordinal) && cut > 0) message = message.Substring(cut + 3);
            Problems.Add(Problem.At(ProblemIds.YamlSyntax, _path, start, end, message));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException || e is ArgumentException || e is OverflowException)
        {
            Problems.Add(Problem.AtFile(ProblemIds.YamlSyntax, _path, e.Message));
            return null;
        }
    }

    public static bool IsNull(YamlScalarNode node)
        => node.Style == ScalarStyle.Plain && (node.Value is null || node.Value.Length == 0 || node.Value == "~" || node.Value == "null" || node.Value == "Null" || node.Value == "NULL");

    public void CheckKeys(YamlMappingNode map, string context, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            string name = key is YamlScalarNode s ? s.Value ?? "" : key.ToString();
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

    public static string Closest(string name, IEnumerable<string> candidates)
    {
        string best = "";
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int d = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance) { bestDistance = d; best = candidate; }
        }
        return bestDistance <= Math.Max(2, name.Length / 3) ? best : "";
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

/// <summary>Knows which country codes exist (the ISO table and the gazetteer's additions).</summary>
public interface ICountryCodes
{
    /// <summary>The alpha-2 code for an alpha-2 or alpha-3 code, or null when there is none.</summary>
    string? Normalize(string code);
}
