using System;
using BenchmarkDotNet.Attributes;

namespace Corpus.Benchmarks;

/// <summary>
/// First access at run time: every engagement and one lookup by id, from the generated code
/// against the peer a user would otherwise choose, the interchange JSON loaded with
/// System.Text.Json source generation.
/// </summary>
/// <remarks>
/// Each iteration is one invocation (<c>[IterationSetup]</c> makes BenchmarkDotNet use
/// InvocationCount=1, UnrollFactor=1). Before each invocation the side's own assembly is loaded
/// into a new collectible AssemblyLoadContext (not timed): the compiled consumer with the
/// generated code, or the JSON peer's library with its source-generated JsonSerializerContext.
/// The measured call therefore pays what it pays in a new process: the JIT compiling that
/// assembly's methods and running its type initialisers, then the work itself (reading the
/// compiled data, or deserializing the JSON and indexing it by id). Libraries both sides share
/// (Corpus.Runtime, System.Text.Json) stay loaded and warm. The JSON is a byte array already in
/// memory, so file I/O is left out, as the generated side's assembly load is.
/// </remarks>
[MemoryDiagnoser]
public class FirstAccessBenchmarks
{
    private FirstAccessSides _sides = null!;
    private FreshCopy? _copy;
    private Func<string, int>? _generated;
    private Func<byte[], string, int>? _peer;

    [ParamsSource(typeof(Sizes), nameof(Sizes.Current))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => _sides = new FirstAccessSides(Workload.ForSize(N));

    [IterationSetup(Target = nameof(Generated))]
    public void LoadGenerated()
    {
        _copy = _sides.LoadGenerated();
        _generated = FirstAccessSides.Generated(_copy);
    }

    [IterationSetup(Target = nameof(Json))]
    public void LoadPeer()
    {
        _copy = _sides.LoadPeer();
        _peer = FirstAccessSides.Peer(_copy);
    }

    [IterationCleanup]
    public void Unload()
    {
        _copy?.Dispose();
        _copy = null;
        _generated = null;
        _peer = null;
    }

    /// <summary><c>Engagements.All.Count</c> and <c>Engagements.All.Find(id)</c> on a fresh load of the generated code.</summary>
    [Benchmark]
    public int Generated() => _generated!(_sides.Id);

    /// <summary>Deserialize the interchange JSON, index the engagements by id, count them and look one up, on a fresh load of the peer.</summary>
    [Benchmark(Baseline = true)]
    public int Json() => _peer!(_sides.Json, _sides.Id);
}
