using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Tests.Generator;

/// <summary>An additional file held in memory.</summary>
public sealed class MemoryText : AdditionalText
{
    private readonly SourceText _text;

    public MemoryText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>MSBuild-style options: global properties and the CorpusDocument metadata of corpus files.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly Options _global;
    private readonly HashSet<string> _corpusFiles;

    public TestOptionsProvider(IDictionary<string, string> global, IEnumerable<string> corpusFiles)
    {
        _global = new Options(global.ToDictionary(p => "build_property." + p.Key, p => p.Value));
        _corpusFiles = new HashSet<string>(corpusFiles, StringComparer.Ordinal);
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _corpusFiles.Contains(textFile.Path) ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CorpusDocument"] = "true" }) : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}

/// <summary>Runs the generator the way the compiler does, on files in memory.</summary>
public sealed class GeneratorHarness
{
    public const string Root = "/corpus/";
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator);
        var refs = trusted.Where(p => System.IO.Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Collections.dll"
                || System.IO.Path.GetFileName(p) is "System.Linq.dll" or "netstandard.dll" or "System.Memory.dll" or "System.Text.Encoding.Extensions.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        refs.Add(MetadataReference.CreateFromFile(typeof(global::Corpus.Official).Assembly.Location));
        return refs.ToImmutableArray();
    });

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

    public static string SeedsDirectory => System.IO.Path.Combine(RepositoryRoot, "seeds");

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Corpus.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Corpus.sln not found above the test folder.");
        }
    }

    public CSharpCompilation Compilation() => CSharpCompilation.Create("Consumer",
        new[] { CSharpSyntaxTree.ParseText(UserCode, new CSharpParseOptions(LanguageVersion.CSharp12), path: "User.cs") },
        s_references.Value,
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
        new TestOptionsProvider(Properties, Files.Keys),
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
