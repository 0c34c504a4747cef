using System.Collections.Concurrent;
using Corpus.Synthetic;
using Corpus.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace Corpus.Tests.Scale;

/// <summary>
/// A synthetic corpus generated and compiled once per test run and size: the scale test and the
/// report's browser test both need the 10,000-article assembly, which takes most of a minute to make.
/// </summary>
public sealed class CompiledSyntheticCorpus
{
    private static readonly ConcurrentDictionary<int, Lazy<CompiledSyntheticCorpus>> s_built = new();

    private CompiledSyntheticCorpus(int articles)
    {
        Articles = articles;
        var harness = GeneratorHarness.FromFiles(SyntheticCorpus.Create(articles));
        harness.TrackSteps = false; // as a command-line build runs the generator
        var run = harness.Run();
        GeneratorProblems = run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        CompileProblems = run.CompileDiagnostics.Select(d => d.ToString()).ToList();
        Image = CompileProblems.Count == 0 ? run.Emit() : Array.Empty<byte>();
    }

    /// <summary>The number of articles.</summary>
    public int Articles { get; }

    /// <summary>Warnings and errors the generator reported.</summary>
    public IReadOnlyList<string> GeneratorProblems { get; }

    /// <summary>Warnings and errors of compiling the generated code.</summary>
    public IReadOnlyList<string> CompileProblems { get; }

    /// <summary>The compiled assembly (namespace <c>Test.Corpus</c>); empty when it did not compile.</summary>
    public byte[] Image { get; }

    /// <summary>The corpus of <paramref name="articles"/> synthetic articles, compiled on first use.</summary>
    public static CompiledSyntheticCorpus Get(int articles)
        => s_built.GetOrAdd(articles, n => new Lazy<CompiledSyntheticCorpus>(() => new CompiledSyntheticCorpus(n))).Value;
}
