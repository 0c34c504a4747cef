using System;
using System.Collections.Immutable;
using System.IO;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>
/// Compiling the generated code: a new compilation of the consumer plus the generated syntax
/// trees (parsed once in setup, as the generator run hands them to the compiler), bound and
/// emitted to memory with optimisations on.
/// </summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private Workload _workload = null!;
    private ImmutableArray<SyntaxTree> _generated;

    [ParamsSource(typeof(Sizes), nameof(Sizes.Current))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.ForSize(N);
        _generated = _workload.Generate().Trees;
    }

    [Benchmark]
    public long EmitGenerated()
    {
        using var image = new MemoryStream();
        var result = _workload.WithGenerated(_generated).Emit(image);
        if (!result.Success) throw new InvalidOperationException("The generated code does not compile: " + string.Join("; ", result.Diagnostics));
        return image.Length;
    }
}
