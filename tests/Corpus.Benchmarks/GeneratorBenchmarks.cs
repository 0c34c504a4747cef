using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks;

/// <summary>
/// The generator as the compiler runs it: a cold run (a new driver, as in a fresh build) and the
/// re-runs of a driver that keeps its state (as in the IDE or the compiler server) after one
/// article changes and after a C# file changes.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private Workload _workload = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText _original = null!, _edited = null!;
    private bool _isEdited;
    private Compilation _consumer = null!, _consumerEdited = null!;
    private bool _csEdited;

    [ParamsSource(typeof(Sizes), nameof(Sizes.Current))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workload.ForSize(N);
        _consumer = _workload.Consumer;
        _consumerEdited = _consumer.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Bench { internal static class Edited { } }", _workload.ParseOptions, path: "Edited.cs"));
        _driver = _workload.Verified(_workload.NewDriver().RunGenerators(_consumer));
        _original = _workload.EditedArticle;
        _edited = Workload.Edit(_original);
    }

    /// <summary>A new driver over every file: what a build without a warm compiler server pays.</summary>
    [Benchmark]
    public GeneratorDriver ColdRun() => _workload.NewDriver().RunGenerators(_consumer);

    /// <summary>One sentence appended to one article, then the generators run again on the driver's state. Alternates between the two versions, so every invocation is one edit.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterArticleEdit()
    {
        var (from, to) = _isEdited ? (_edited, _original) : (_original, _edited);
        _isEdited = !_isEdited;
        _driver = _driver.ReplaceAdditionalText(from, to).RunGenerators(_consumer);
        return _driver;
    }

    /// <summary>A C# file added or removed (a keystroke in user code), then the generators run again.</summary>
    [Benchmark]
    public GeneratorDriver RerunAfterCsEdit()
    {
        _csEdited = !_csEdited;
        _driver = _driver.RunGenerators(_csEdited ? _consumerEdited : _consumer);
        return _driver;
    }
}
