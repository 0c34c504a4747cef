using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// Compiling the generated code as a build does after the generator has run: the generated
/// files are parsed (the driver hands the compiler syntax trees that are parsed on first use, and
/// a new set after every run), added to a new compilation of the consumer, bound and emitted to
/// memory with optimisations on.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private Workload _workload = null!;
    private ImmutableArray<(string Path, SourceText Text)> _generated;

    [ParamsSource(typeof(Sizes), nameof(Sizes.Current))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.ForSize(N);
        var driver = _workload.Verified(_workload.NewDriver().RunGenerators(_workload.Consumer));
        _generated = driver.GetRunResult().Results[0].GeneratedSources.Select(s => (s.HintName, s.SourceText)).ToImmutableArray();
    }

    [Benchmark]
    public long ParseAndEmit()
    {
        var trees = _generated.Select(g => CSharpSyntaxTree.ParseText(g.Text, _workload.ParseOptions, g.Path));
        using var image = new MemoryStream();
        var result = _workload.Consumer.AddSyntaxTrees(trees).Emit(image);
        if (!result.Success) throw new InvalidOperationException("The generated code does not compile: " + string.Join("; ", result.Diagnostics));
        return image.Length;
    }
}
