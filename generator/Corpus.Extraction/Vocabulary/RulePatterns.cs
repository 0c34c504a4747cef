using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Vocabulary;

/// <summary>One example of <c>Vocabulary/patterns.tsv</c>: a text that its pattern must match, or must not.</summary>
public sealed record RulePatternExample(string Name, bool Matches, string Text);

/// <summary>
/// The clause-level patterns of the extraction rules, from <c>Vocabulary/patterns.tsv</c>, each
/// built once per process. A rule asks for its pattern by name; the file's examples are read only
/// when asked for (by the engine's tests).
/// </summary>
public static class RulePatterns
{
    private static readonly Lazy<Dictionary<string, Regex>> s_patterns = new(() => Parse(DataFile.Read("patterns.tsv")));
    private static readonly Lazy<List<RulePatternExample>> s_examples = new(() => Examples(DataFile.Read("patterns.tsv")));

    /// <summary>The pattern of a rule by its name in <c>patterns.tsv</c>.</summary>
    /// <exception cref="InvalidOperationException">The file has no pattern of that name.</exception>
    public static Regex Get(string name)
        => s_patterns.Value.TryGetValue(name, out var pattern)
            ? pattern
            : throw new InvalidOperationException("patterns.tsv has no pattern named '" + name + "'.");

    /// <summary>The names of the patterns, in file order.</summary>
    public static IEnumerable<string> Names => s_patterns.Value.Keys;

    /// <summary>The examples of the file, in file order.</summary>
    public static IReadOnlyList<RulePatternExample> AllExamples => s_examples.Value;

    /// <summary>The patterns of a parsed <c>patterns.tsv</c>, by name.</summary>
    internal static Dictionary<string, Regex> Parse(Dictionary<string, List<string[]>> file)
    {
        var patterns = new Dictionary<string, Regex>(StringComparer.Ordinal);
        foreach (var entry in file["patterns"])
        {
            if (entry.Length != 3) throw new InvalidOperationException("patterns.tsv: the entry '" + entry[0] + "' needs a name, options and a pattern.");
            if (patterns.ContainsKey(entry[0])) throw new InvalidOperationException("patterns.tsv names the pattern '" + entry[0] + "' twice.");
            patterns.Add(entry[0], new RuleRegex(entry[2], Options(entry[0], entry[1])));
        }
        return patterns;
    }

    private static RegexOptions Options(string name, string column)
    {
        var options = RegexOptions.None;
        if (column == "-") return options;
        foreach (var word in column.Split(' '))
        {
            options |= word switch
            {
                "invariant" => RegexOptions.CultureInvariant,
                "ignore-case" => RegexOptions.IgnoreCase,
                "right-to-left" => RegexOptions.RightToLeft,
                _ => throw new InvalidOperationException("patterns.tsv: the pattern '" + name + "' has an unknown option '" + word + "'."),
            };
        }
        return options;
    }

    private static List<RulePatternExample> Examples(Dictionary<string, List<string[]>> file)
    {
        var examples = new List<RulePatternExample>();
        foreach (var entry in file["examples"])
        {
            string text = DataFile.Column(entry, 2);
            if (entry.Length != 3 || entry[1] is not ("+" or "-") || text.Length < 2 || text[0] != '"' || text[text.Length - 1] != '"')
                throw new InvalidOperationException("patterns.tsv: the example of '" + entry[0] + "' needs a name, + or -, and a text in double quotes.");
            examples.Add(new RulePatternExample(entry[0], entry[1] == "+", text.Substring(1, text.Length - 2)));
        }
        return examples;
    }
}
