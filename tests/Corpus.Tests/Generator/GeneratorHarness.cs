using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Corpus.Generator;
using Corpus.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Tests.Generator;

/// <summary>Runs the generator the way the compiler does, on files in memory.</summary>
public sealed class GeneratorHarness
{
    public const string Root = "/corpus/";
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Properties { get; } = new() { ["CorpusNamespace"] = "Test.Corpus", ["CorpusDirectoryFullPath"] = Root };
    public string UserCode { get; set; } = "namespace User { public static class Program { public static int Count => 0; } }";

    public static GeneratorHarness FromDirectory(string directory)
    {
        var harness = new GeneratorHarness();
        foreach (var file in Directory.EnumerateFiles(directory).OrderBy(f => f, StringComparer.Ordinal))
        {
            harness.Files[Root + System.IO.Path.GetFileName(file)] = File.ReadAllText(file);
        }
        return harness;
    }

    /// <summary>A harness over corpus files in memory, such as those of <c>Corpus.Synthetic.SyntheticCorpus</c>.</summary>
    public static GeneratorHarness FromFiles(IEnumerable<global::Corpus.Synthetic.CorpusFile> files)
    {
        var harness = new GeneratorHarness();
        foreach (var file in files) harness.Files[Root + file.Path] = file.Text;
        return harness;
    }

    public static string SeedsDirectory => RepositoryPaths.Seeds;

    public static string RepositoryRoot => RepositoryPaths.Root;

    public CSharpCompilation Compilation() => CSharpCompilation.Create("Consumer",
        new[] { CSharpSyntaxTree.ParseText(UserCode, new CSharpParseOptions(LanguageVersion.CSharp12), path: "User.cs") },
        ConsumerReferences.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
            generalDiagnosticOption: ReportDiagnostic.Error));

    private ImmutableArray<AdditionalText>? _texts;

    /// <summary>The additional files, created once so that a driver's texts can be replaced by identity.</summary>
    public ImmutableArray<AdditionalText> Texts() => _texts ??= Files.Select(p => (AdditionalText)new MemoryText(p.Key, p.Value)).ToImmutableArray();

    /// <summary>
    /// Whether the driver records every step (for the caching tests). Command-line builds do not;
    /// with Roslyn 4.8 the recording costs grow much faster than the corpus, so large runs turn it off.
    /// </summary>
    public bool TrackSteps { get; set; } = true;

    public GeneratorDriver Driver() => CSharpGeneratorDriver.Create(
        new[] { new CorpusGenerator().AsSourceGenerator() },
        Texts(),
        new CSharpParseOptions(LanguageVersion.CSharp12),
        new CorpusOptionsProvider(Properties, Files.Keys),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: TrackSteps));

    public GeneratorRun Run()
    {
        var compilation = Compilation();
        var driver = Driver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, compilation, output, diagnostics);
    }
}

public sealed record GeneratorRun(GeneratorDriver Driver, Compilation Input, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    public IReadOnlyList<(string HintName, string Source)> Sources
        => Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();

    /// <summary>Compiles the consumer with the generated code to an assembly in memory; fails the test with the first errors if it does not compile.</summary>
    public byte[] Emit()
    {
        using var image = new MemoryStream();
        var result = Output.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        return image.ToArray();
    }

    /// <summary>The compiled consumer, loaded into a collectible context of its own (dispose to unload).</summary>
    public LoadedAssembly Load() => new(Emit());

    /// <summary>Errors and warnings of compiling the consumer with the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompileDiagnostics
        => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}

/// <summary>An assembly loaded from bytes into a collectible load context; <c>Corpus.Runtime</c> is shared with the tests.</summary>
public sealed class LoadedAssembly : IDisposable
{
    private System.Runtime.Loader.AssemblyLoadContext? _context;

    public LoadedAssembly(byte[] image)
    {
        _context = new System.Runtime.Loader.AssemblyLoadContext("corpus-test-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        using var stream = new MemoryStream(image, writable: false);
        Assembly = _context.LoadFromStream(stream);
    }

    public System.Reflection.Assembly Assembly { get; }

    /// <summary>The value of a public static property, such as ("Test.Corpus.Engagements", "All").</summary>
    public T Get<T>(string type, string property)
        => (T)Assembly.GetType(type, throwOnError: true)!.GetProperty(property, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.GetValue(null)!;

    public void Dispose()
    {
        _context?.Unload();
        _context = null;
    }
}
