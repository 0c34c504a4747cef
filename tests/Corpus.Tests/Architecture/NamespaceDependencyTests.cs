using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Tests.Generator;
using Xunit;

namespace Corpus.Tests.Architecture;

/// <summary>
/// Reads the engine's sources and checks that its namespaces depend on each other one way only:
/// read → segment → recognise → resolve → build events → curate, with the pipeline on top and the
/// model, text helpers and vocabularies below every stage.
/// </summary>
public class NamespaceDependencyTests
{
    /// <summary>The engine's namespaces, lowest first: each may use only those before it.</summary>
    private static readonly string[] s_layers = { "Model", "Text", "Vocabulary", "Read", "Segment", "Recognise", "Resolve", "Events", "Curate", "Pipeline" };

    private const string Prefix = "Corpus.Extraction.";

    /// <summary>Which engine namespaces each engine namespace uses, and a file that shows it.</summary>
    internal static Dictionary<string, Dictionary<string, string>> Dependencies(string engineFolder)
    {
        var graph = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var names = string.Join("|", s_layers);
        var relative = new Regex(@"(?<![\w.])(?:Corpus\.Extraction\.)?(" + names + @")\.[A-Z]");
        foreach (var file in Directory.EnumerateFiles(engineFolder, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                                 && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                     .OrderBy(f => f, StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            var ns = lines.Select(l => Regex.Match(l, @"^namespace Corpus\.Extraction\.(\w+)")).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            if (ns is null) continue;
            if (!graph.TryGetValue(ns, out var uses)) graph[ns] = uses = new Dictionary<string, string>(StringComparer.Ordinal);
            string name = Path.GetRelativePath(engineFolder, file);
            foreach (var line in lines)
            {
                string code = line.TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal)) continue;
                var used = new List<string>();
                var directive = Regex.Match(code, @"^using (?:static )?Corpus\.Extraction\.(\w+)");
                if (directive.Success) used.Add(directive.Groups[1].Value);
                else if (!code.StartsWith("namespace ", StringComparison.Ordinal))
                {
                    used.AddRange(relative.Matches(Regex.Replace(code, "\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")).Select(m => m.Groups[1].Value));
                }
                foreach (var u in used.Where(u => u != ns)) uses.TryAdd(u, name);
            }
        }
        return graph;
    }

    /// <summary>A cycle in the graph as "A → B → A", or null when there is none.</summary>
    internal static string? FindCycle(IReadOnlyDictionary<string, Dictionary<string, string>> graph)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        var path = new List<string>();
        string? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            if (graph.TryGetValue(node, out var next))
            {
                foreach (var n in next.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    state.TryGetValue(n, out int s);
                    if (s == 1) return string.Join(" → ", path.Skip(path.IndexOf(n)).Append(n));
                    if (s == 0 && Visit(n) is { } cycle) return cycle;
                }
            }
            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }
        foreach (var node in graph.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (!state.ContainsKey(node) && Visit(node) is { } cycle) return cycle;
        }
        return null;
    }

    private static Dictionary<string, Dictionary<string, string>> Engine()
        => Dependencies(Path.Combine(GeneratorHarness.RepositoryRoot, "generator", "Corpus.Extraction"));

    [Fact]
    public void The_engine_namespaces_have_no_cycle()
    {
        var graph = Engine();
        Assert.True(graph.Count >= s_layers.Length, "every stage's namespace is found: " + string.Join(", ", graph.Keys));
        var cycle = FindCycle(graph);
        Assert.True(cycle is null, "namespace cycle: " + cycle + " (" + Describe(graph) + ")");
    }

    [Fact]
    public void Each_namespace_uses_only_the_stages_before_it()
    {
        var wrong = new List<string>();
        foreach (var (ns, uses) in Engine())
        {
            int level = Array.IndexOf(s_layers, ns);
            Assert.True(level >= 0, "an engine namespace outside the known layers: " + ns);
            foreach (var (used, file) in uses)
            {
                if (Array.IndexOf(s_layers, used) >= level) wrong.Add(ns + " → " + used + " (" + file + ")");
            }
        }
        Assert.Empty(wrong);
    }

    [Fact]
    public void The_check_fails_on_a_cycle()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-arch-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "A.cs"), "using Corpus.Extraction.Pipeline;\nnamespace Corpus.Extraction.Read;\nclass A { }\n");
            File.WriteAllText(Path.Combine(folder.FullName, "B.cs"), "namespace Corpus.Extraction.Pipeline;\nclass B { Read.A? a; }\n");
            var graph = Dependencies(folder.FullName);
            Assert.Equal("Pipeline → Read → Pipeline", FindCycle(graph));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string Describe(Dictionary<string, Dictionary<string, string>> graph)
        => string.Join("; ", graph.OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + " → " + string.Join(", ", g.Value.Select(u => u.Key + " [" + u.Value + "]"))));
}
