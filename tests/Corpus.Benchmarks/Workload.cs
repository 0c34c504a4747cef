using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Corpus.Generator;
using Corpus.Synthetic;
using Corpus.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Benchmarks;

/// <summary>
/// One corpus ready for the generator the way the compiler sees it: additional texts in memory,
/// <c>build_metadata.AdditionalFiles.CorpusDocument=true</c> on each, the MSBuild properties, and a
/// consumer compilation with a small probe class that reads the generated data.
/// </summary>
public sealed class Workload
{
    /// <summary>The folder the additional files pretend to live in.</summary>
    public const string Root = "/corpus/";

    /// <summary>The namespace of the generated classes.</summary>
    public const string Namespace = "Bench.Data";

    /// <summary>The consumer's code: one method that is the "first access" of the run-time benchmarks.</summary>
    public const string ProbeSource = """
        namespace Bench
        {
            public static class Probe
            {
                /// <summary>Touches every engagement and looks one up by id.</summary>
                public static int FirstAccess(string id)
                {
                    var all = global::Bench.Data.Engagements.All;
                    return all.Count + (all.Find(id) is null ? 0 : 1);
                }

                public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Document> Documents => global::Bench.Data.Documents.All;
                public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Official> Officials => global::Bench.Data.Officials.All;
                public static global::System.Collections.Generic.IReadOnlyList<global::Corpus.Engagement> Engagements => global::Bench.Data.Engagements.All;
                public static int Mentions => global::Bench.Data.Mentions.All.Count;
            }
        }
        """;

    public Workload(IReadOnlyList<Synthetic.CorpusFile> files)
    {
        Files = files;
        Texts = files.Select(f => (AdditionalText)new MemoryText(Root + f.Path, f.Text)).ToImmutableArray();
        Options = new CorpusOptionsProvider(new Dictionary<string, string>
        {
            ["CorpusNamespace"] = Namespace,
            ["CorpusDirectory"] = Root,
        }, Texts.Select(t => t.Path));
        ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        Consumer = CSharpCompilation.Create("Bench.Data",
            new[] { CSharpSyntaxTree.ParseText(ProbeSource, ParseOptions, path: "Probe.cs") },
            ConsumerReferences.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

    /// <summary>N = 5 is the real seed corpus of <c>seeds/</c>; any other N is the synthetic corpus of that many articles.</summary>
    public static Workload ForSize(int articles)
        => new(articles == 5 ? SyntheticCorpus.ReadFolder(SeedsDirectory) : SyntheticCorpus.Create(articles));

    public IReadOnlyList<Synthetic.CorpusFile> Files { get; }

    public ImmutableArray<AdditionalText> Texts { get; }

    public AnalyzerConfigOptionsProvider Options { get; }

    public CSharpParseOptions ParseOptions { get; }

    /// <summary>The consumer's compilation before generation: the probe class alone.</summary>
    public CSharpCompilation Consumer { get; }

    /// <summary>A fresh driver, as the compiler creates one for a build (step tracking off, as in a command-line build).</summary>
    public GeneratorDriver NewDriver(bool trackSteps = false) => CSharpGeneratorDriver.Create(
        new[] { new CorpusGenerator().AsSourceGenerator() },
        Texts,
        ParseOptions,
        Options,
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Throws unless the run generated the corpus: a generator that fails to load or throws yields nothing, fast.</summary>
    public GeneratorDriver Verified(GeneratorDriver driver)
    {
        var result = driver.GetRunResult();
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5).ToList();
        if (result.GeneratedTrees.Length < 9 || problems.Count > 0)
        {
            throw new InvalidOperationException($"The generator produced {result.GeneratedTrees.Length} files: " + string.Join("; ", problems));
        }
        return driver;
    }

    /// <summary>The article the re-run benchmarks edit: the one in the middle of the corpus.</summary>
    public AdditionalText EditedArticle
    {
        get
        {
            var articles = Texts.Where(t => t.Path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
            return articles[articles.Count / 2];
        }
    }

    /// <summary>The edit: one sentence appended to the article.</summary>
    public static AdditionalText Edit(AdditionalText article)
        => new MemoryText(article.Path, article.GetText()!.ToString().TrimEnd('\n') + "\n\nBoth sides also agreed to meet again next year.\n");

    /// <summary>Runs the generator once and returns the generated syntax trees, with the errors it or the compiler reported.</summary>
    public (ImmutableArray<SyntaxTree> Trees, ImmutableArray<Diagnostic> Diagnostics) Generate()
    {
        var driver = NewDriver().RunGenerators(Consumer);
        var result = driver.GetRunResult();
        return (result.GeneratedTrees, result.Diagnostics);
    }

    /// <summary>The consumer compilation with the generated trees added: what <c>dotnet build</c> compiles.</summary>
    public CSharpCompilation WithGenerated(ImmutableArray<SyntaxTree> generated) => Consumer.AddSyntaxTrees(generated);

    /// <summary>Compiles the consumer with the generated code to an in-memory assembly; throws with the first errors if it does not compile.</summary>
    public byte[] CompileToImage()
    {
        var (trees, generatorDiagnostics) = Generate();
        var errors = generatorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("The generator reported errors: " + string.Join("; ", errors.Take(5)));
        using var image = new MemoryStream();
        var emit = WithGenerated(trees).Emit(image);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The generated code does not compile: "
                + string.Join("; ", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
        }
        return image.ToArray();
    }

    public static string SeedsDirectory => RepositoryPaths.Seeds;

    public static string RepositoryRoot => RepositoryPaths.Root;
}
