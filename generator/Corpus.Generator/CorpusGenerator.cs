using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Corpus.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator;

/// <summary>
/// Compiles the corpus — the articles, their sidecars and corpus.yaml given as additional files
/// with <c>CorpusDocument="true"</c> — into static typed records.
/// </summary>
/// <remarks>
/// The pipeline caches per article: each article is extracted on its own (tracking name
/// <see cref="TrackingNames.Extraction"/>) and encoded on its own (<see cref="TrackingNames.ArticleData"/>);
/// articles are emitted in shards (<see cref="TrackingNames.Shards"/>), so editing one article
/// re-runs that article's steps and re-emits its shard and the corpus-wide files, and editing a
/// C# file re-runs nothing.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class CorpusGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var files = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, ct) => CorpusFile.Read(pair.Left, pair.Right, ct))
            .Where(static f => f is not null)
            .Select(static (f, _) => f!)
            .WithTrackingName(TrackingNames.Files);

        var gazetteer = files
            .Where(static f => f.Kind == CorpusFileKind.Gazetteer)
            .Collect()
            .Select(static (all, _) => ReadGazetteer(all))
            .WithTrackingName(TrackingNames.Gazetteer);

        var sidecars = files
            .Where(static f => f.Kind == CorpusFileKind.Sidecar)
            .Select(static (f, _) => SafeSidecar(f))
            .WithTrackingName(TrackingNames.Sidecars)
            .Collect()
            .Select(static (all, _) => new SidecarSet(all.ToEquatableArray()));

        var articles = files
            .Where(static f => f.Kind == CorpusFileKind.Article)
            .Select(static (f, _) => new ArticleSource(Path.GetFileNameWithoutExtension(f.Path), f.Path, f.RelativePath, f.Text))
            .WithTrackingName(TrackingNames.Articles);

        var inputs = articles
            .Combine(sidecars)
            .Combine(gazetteer)
            .Combine(options)
            .Select(static (x, _) => new ArticleInput(x.Left.Left.Left, x.Left.Left.Right.For(x.Left.Left.Left), x.Left.Right, x.Right.Curation))
            .WithTrackingName(TrackingNames.ArticleInputs);

        var facts = inputs
            .Select(static (input, _) => SafeExtract(input))
            .WithTrackingName(TrackingNames.Extraction);

        var corpus = facts.Collect()
            .Combine(gazetteer)
            .Combine(options)
            .Select(static (x, _) => CorpusAssembler.Assemble(x.Left.Left, x.Left.Right, x.Right.Namespace, ""))
            .WithTrackingName(TrackingNames.Corpus);

        var orphans = files.Collect()
            .Select(static (all, _) => OrphanSidecars(all))
            .WithTrackingName(TrackingNames.Orphans);

        var perArticle = facts
            .Select(static (f, _) => CorpusEmitter.EncodeArticle(f))
            .WithTrackingName(TrackingNames.ArticleData);

        var shards = perArticle.Collect()
            .Combine(options)
            .SelectMany(static (x, _) => CorpusEmitter.Shards(x.Left, x.Right.Namespace))
            .WithTrackingName(TrackingNames.Shards);

        context.RegisterSourceOutput(gazetteer, static (spc, g) => Report(spc, g.Problems));
        context.RegisterSourceOutput(sidecars, static (spc, all) => { foreach (var s in all.Items) Report(spc, s.Problems); });
        context.RegisterSourceOutput(orphans, static (spc, problems) => Report(spc, problems));
        context.RegisterSourceOutput(options, static (spc, o) => Report(spc, o.Problems));
        context.RegisterSourceOutput(facts, static (spc, f) => Report(spc, f.Problems));
        var parts = corpus
            .SelectMany(static (model, _) => CorpusEmitter.Parts(model))
            .WithTrackingName(TrackingNames.CorpusParts);

        context.RegisterSourceOutput(corpus.Select(static (model, _) => model.Problems), static (spc, problems) => Report(spc, problems));
        context.RegisterSourceOutput(parts, static (spc, part) => spc.AddSource(part.HintName, SourceText.From(CorpusEmitter.Emit(part), System.Text.Encoding.UTF8)));
        context.RegisterSourceOutput(shards, static (spc, shard) =>
        {
            var (hint, source) = CorpusEmitter.EmitShard(shard);
            spc.AddSource(hint, SourceText.From(source, System.Text.Encoding.UTF8));
        });
    }

    private static Gazetteer ReadGazetteer(ImmutableArray<CorpusFile> files)
    {
        var file = files.OrderBy(f => f.RelativePath.Count(c => c == '/')).ThenBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault();
        if (file is null) return Gazetteer.Default;
        try
        {
            return GazetteerReader.Read(file.Path, file.Text);
        }
        catch (Exception e)
        {
            return Gazetteer.Default with { Problems = new EquatableArray<Problem>(new[] { Failure(file.Path, file.RelativePath, e) }) };
        }
    }

    private static Sidecar SafeSidecar(CorpusFile f)
    {
        string stem = Path.GetFileNameWithoutExtension(f.Path);
        try
        {
            return SidecarReader.Read(f.Path, stem, f.Text);
        }
        catch (Exception e)
        {
            return new Sidecar(f.Path, stem, null, null, null, null, null, EquatableArray<CuratedOfficial>.Empty, false,
                EquatableArray<CuratedEngagement>.Empty, new EquatableArray<Problem>(new[] { Failure(f.Path, f.RelativePath, e) }));
        }
    }

    private static ArticleFacts SafeExtract(ArticleInput input)
    {
        try
        {
            return ArticleExtractor.Extract(input.Article, input.Sidecar, input.Gazetteer, input.Curation);
        }
        catch (Exception e)
        {
            var a = input.Article;
            var document = new DocumentFact(input.Sidecar?.Id ?? a.Id, a.RelativePath, null, null, null, null, ArticleReader.CountLines(a.Text));
            return new ArticleFacts(document, EquatableArray<OfficialFact>.Empty, EquatableArray<EngagementFact>.Empty, EquatableArray<MentionFact>.Empty,
                EquatableArray<string>.Empty, EquatableArray<OrganizationFact>.Empty, new EquatableArray<Problem>(new[] { Failure(a.Path, a.RelativePath, e) }));
        }
    }

    private static Problem Failure(string path, string relativePath, Exception e)
        => Problem.AtFile(ProblemIds.UnexpectedFailure, path, relativePath, e.GetType().Name + ": " + e.Message);

    private static EquatableArray<Problem> OrphanSidecars(ImmutableArray<CorpusFile> files)
    {
        var articles = files.Where(f => f.Kind == CorpusFileKind.Article).Select(f => Path.ChangeExtension(f.Path, null)).ToImmutableHashSet(StringComparer.Ordinal);
        return files.Where(f => f.Kind == CorpusFileKind.Sidecar && !articles.Contains(Path.ChangeExtension(f.Path, null)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => Problem.AtFile(ProblemIds.SidecarWithoutArticle, f.Path, Path.GetFileName(f.Path), Path.GetFileNameWithoutExtension(f.Path) + ".txt"))
            .ToEquatableArray();
    }

    private static void Report(SourceProductionContext spc, EquatableArray<Problem> problems)
    {
        foreach (var p in problems)
        {
            var descriptor = DiagnosticDescriptors.For(p.Id);
            var location = p.Path.Length == 0
                ? Location.None
                : Location.Create(p.Path, new TextSpan(p.Start, p.Length), new LinePositionSpan(new LinePosition(p.Line, p.Column), new LinePosition(p.EndLine, p.EndColumn)));
            spc.ReportDiagnostic(Diagnostic.Create(descriptor, location, p.Args.Cast<object>().ToArray()));
        }
    }
}

/// <summary>The names of the pipeline's steps, for caching tests and diagnostics of the pipeline.</summary>
public static class TrackingNames
{
    public const string Options = "Options";
    public const string Files = "Files";
    public const string Gazetteer = "Gazetteer";
    public const string Sidecars = "Sidecars";
    public const string Articles = "Articles";
    public const string ArticleInputs = "ArticleInputs";
    public const string Extraction = "Extraction";
    public const string Corpus = "Corpus";
    public const string CorpusParts = "CorpusParts";
    public const string Orphans = "Orphans";
    public const string ArticleData = "ArticleData";
    public const string Shards = "Shards";
}

/// <summary>
/// The sidecars of the corpus, equal when their contents are; finds an article's sidecar (same
/// path but for the extension) through an index built once, not by a search per article.
/// </summary>
internal sealed class SidecarSet : IEquatable<SidecarSet>
{
    private Dictionary<string, Sidecar>? _byStem;

    public SidecarSet(EquatableArray<Sidecar> items) => Items = items;

    public EquatableArray<Sidecar> Items { get; }

    public Sidecar? For(ArticleSource article)
    {
        var map = _byStem;
        if (map is null)
        {
            map = new Dictionary<string, Sidecar>(StringComparer.Ordinal);
            foreach (var s in Items)
            {
                string key = Path.ChangeExtension(s.Path, null);
                if (!map.ContainsKey(key)) map.Add(key, s);
            }
            _byStem = map;
        }
        return map.TryGetValue(Path.ChangeExtension(article.Path, null), out var sidecar) ? sidecar : null;
    }

    public bool Equals(SidecarSet? other) => other is not null && Items.Equals(other.Items);

    public override bool Equals(object? obj) => Equals(obj as SidecarSet);

    public override int GetHashCode() => Items.GetHashCode();
}

/// <summary>One article with everything its extraction depends on.</summary>
internal sealed record ArticleInput(ArticleSource Article, Sidecar? Sidecar, Gazetteer Gazetteer, bool Curation);

internal enum CorpusFileKind { Article, Sidecar, Gazetteer }

/// <summary>A corpus file as read from an additional file: kind, absolute path, path relative to the corpus folder, text.</summary>
internal sealed record CorpusFile(CorpusFileKind Kind, string Path, string RelativePath, string Text)
{
    public static CorpusFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, System.Threading.CancellationToken ct)
    {
        var fileOptions = options.GetOptions(file);
        if (!fileOptions.TryGetValue("build_metadata.AdditionalFiles.CorpusDocument", out var flag)
            || !string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase)) return null;
        string path = file.Path;
        string name = System.IO.Path.GetFileName(path);
        string ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        CorpusFileKind kind;
        if (string.Equals(name, "corpus.yaml", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "corpus.yml", StringComparison.OrdinalIgnoreCase)) kind = CorpusFileKind.Gazetteer;
        else if (ext == ".yaml" || ext == ".yml") kind = CorpusFileKind.Sidecar;
        else if (ext == ".txt") kind = CorpusFileKind.Article;
        else return null;
        options.GlobalOptions.TryGetValue("build_property.CorpusDirectory", out var root);
        var text = ArticleReader.Normalize(file.GetText(ct)?.ToString() ?? "");
        return new CorpusFile(kind, path, Relative(path, root), text);
    }

    private static string Relative(string path, string? root)
    {
        string p = path.Replace('\\', '/');
        if (!string.IsNullOrEmpty(root))
        {
            string r = root!.Replace('\\', '/');
            if (!r.EndsWith("/", StringComparison.Ordinal)) r += "/";
            if (p.StartsWith(r, StringComparison.Ordinal)) return p.Substring(r.Length);
        }
        return System.IO.Path.GetFileName(p);
    }
}

/// <summary>The MSBuild settings the generator reads.</summary>
internal sealed record GeneratorOptions(string Namespace, bool Curation, EquatableArray<Problem> Problems)
{
    public const string FallbackNamespace = "Corpus.Generated";

    public static GeneratorOptions From(AnalyzerConfigOptions global)
    {
        global.TryGetValue("build_property.CorpusNamespace", out var ns);
        if (string.IsNullOrWhiteSpace(ns)) global.TryGetValue("build_property.RootNamespace", out ns);
        var problems = EquatableArray<Problem>.Empty;
        if (string.IsNullOrWhiteSpace(ns)) ns = FallbackNamespace;
        else if (!IsValidNamespace(ns!))
        {
            problems = new EquatableArray<Problem>(new[] { Problem.AtFile(ProblemIds.InvalidNamespace, "", ns!, FallbackNamespace) });
            ns = FallbackNamespace;
        }
        global.TryGetValue("build_property.CorpusCuration", out var curation);
        bool curate = !string.Equals(curation?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(ns!.Trim(), curate, problems);
    }

    private static bool IsValidNamespace(string ns)
        => ns.Trim().Split('.').All(part => part.Length > 0
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part)
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
            && part != "global");
}
