using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using Corpus.Extraction.Pipeline;
using Corpus.Generator.Model;
using Corpus.Generator;
using Corpus.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Tests.Robustness;

/// <summary>An additional file decoded from bytes the way a caller chooses, to stand for what the compiler hands the generator.</summary>
public sealed class BytesText : AdditionalText
{
    private readonly SourceText _text;

    public BytesText(string path, byte[] bytes, System.Text.Encoding encoding)
    {
        Path = path;
        using var stream = new MemoryStream(bytes);
        _text = SourceText.From(stream, encoding);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>
/// Runs the generator the way a consumer's build does (XML documentation diagnosed, warnings as
/// errors) and gives access to what it produced: diagnostics, sources, the assembled model.
/// </summary>
internal static class Robust
{
    public const string Root = GeneratorHarness.Root;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    /// <summary>User code documented as a consumer's build with XML documentation requires.</summary>
    public const string UserCode = "namespace User\n{\n    /// <summary>A class.</summary>\n    public static class Program\n    {\n        /// <summary>A number.</summary>\n        public static int Count => 0;\n    }\n}\n";

    public static GeneratorHarness Corpus(params (string Name, string Text)[] files)
    {
        var harness = new GeneratorHarness { UserCode = UserCode };
        foreach (var (name, text) in files) harness.Files[Root + name] = text;
        return harness;
    }

    /// <summary>Runs the generator over <paramref name="texts"/>; every one of them is a corpus document.</summary>
    public static RobustRun Run(GeneratorHarness harness, IEnumerable<AdditionalText>? texts = null, CSharpParseOptions? parseOptions = null)
    {
        var options = parseOptions ?? ParseOptions;
        var all = (texts ?? harness.Texts()).ToImmutableArray();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new CorpusGenerator().AsSourceGenerator() },
            all,
            options,
            new CorpusOptionsProvider(harness.Properties, all.Select(t => t.Path)),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
        var input = harness.Compilation();
        input = input.ReplaceSyntaxTree(input.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText(harness.UserCode, options, path: "User.cs"));
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics);
        return new RobustRun(driver, output, diagnostics);
    }

    public static RobustRun Run(params (string Name, string Text)[] files) => Run(Corpus(files));
}

internal sealed record RobustRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> Diagnostics)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    public IReadOnlyList<(string HintName, string Source)> Sources
        => Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();

    /// <summary>The corpus model the pipeline assembled.</summary>
    public CorpusModel Model
        => (CorpusModel)Result.TrackedSteps[TrackingNames.Corpus].Single().Outputs.Single().Value;

    /// <summary>Errors and warnings of compiling the consumer with the generated code.</summary>
    public IReadOnlyList<Diagnostic> CompileDiagnostics
        => Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public IEnumerable<Diagnostic> WithId(string id) => Diagnostics.Where(d => d.Id == id);

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).Source;

    private IEnumerable<T> StepValues<T>(string step)
        => Result.TrackedSteps[step].SelectMany(r => r.Outputs).Select(o => o.Value).OfType<T>();

    /// <summary>The facts extracted from the article at <paramref name="path"/> (relative to the corpus folder).</summary>
    public Corpus.Extraction.Model.ArticleFacts Facts(string path)
        => StepValues<ExtractedArticle>(TrackingNames.Extraction).Single(e => e.Facts.Document.Path == path).Facts;

    /// <summary>The encoded data of the article at <paramref name="path"/>, as it goes into a data shard's body (its entries of the four sections).</summary>
    public string ArticleData(string path)
    {
        var data = StepValues<EncodedArticle>(TrackingNames.ArticleData).Single(e => e.Data.Path == path).Data;
        return string.Join("|", data.Document, data.Sentences, data.Engagements, data.Mentions);
    }

    /// <summary>The paths of the articles whose data was encoded.</summary>
    public IReadOnlyList<string> EncodedArticles
        => StepValues<EncodedArticle>(TrackingNames.ArticleData).Select(e => e.Data.Path).ToList();
}

/// <summary>Compiles generated code into an assembly loaded in a collectible context, so tests can read the values back through the runtime types.</summary>
internal sealed class LoadedCorpus : IDisposable
{
    private readonly AssemblyLoadContext _context;

    private LoadedCorpus(AssemblyLoadContext context, Assembly assembly)
    {
        _context = context;
        Assembly = assembly;
    }

    public Assembly Assembly { get; }

    /// <summary>Emits <paramref name="compilation"/>; fails the test with the compiler's errors when it does not compile.</summary>
    public static LoadedCorpus Load(Compilation compilation)
    {
        using var pe = new MemoryStream();
        var result = compilation.Emit(pe);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        pe.Position = 0;
        var context = new AssemblyLoadContext("corpus-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        return new LoadedCorpus(context, context.LoadFromStream(pe));
    }

    public Type Class(string ns, string name) => Assembly.GetType(ns + "." + name, throwOnError: true)!;

    /// <summary>The static properties a generated class declares, by name, other than <c>All</c>.</summary>
    public IReadOnlyDictionary<string, object?> Members(string ns, string name)
        => Class(ns, name).GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(p => p.Name != "All")
            .ToDictionary(p => p.Name, p => p.GetValue(null), StringComparer.Ordinal);

    public IReadOnlyList<T> All<T>(string ns, string name)
        => ((IEnumerable<T>)Class(ns, name).GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).ToList();

    public void Dispose() => _context.Unload();
}
