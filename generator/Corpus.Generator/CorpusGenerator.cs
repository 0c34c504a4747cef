using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
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
            .WithTrackingName(TrackingNames.Files)
            // A file listed twice (an item added by hand that the folder's items already hold) is read once.
            .Collect()
            .SelectMany(static (all, _) => Distinct(all));

        var gazetteer = files
            .Where(static f => f.Kind == CorpusFileKind.Gazetteer)
            .Collect()
            .Select(static (all, _) => ReadGazetteer(all))
            .WithTrackingName(TrackingNames.Gazetteer);

        // Extraction sees the gazetteer without its problems and positions, so moving lines of corpus.yaml re-extracts nothing.
        var extractionGazetteer = gazetteer
            .Select(static (g, _) => g.ForExtraction());

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
            .Combine(extractionGazetteer)
            .Combine(options)
            .Select(static (x, _) => new ArticleInput(x.Left.Left.Left, x.Left.Left.Right.For(x.Left.Left.Left), x.Left.Right, x.Right.Curation))
            .WithTrackingName(TrackingNames.ArticleInputs);

        var extracted = inputs
            .Select(static (input, _) => new ExtractedArticle(input.Article.Path, SafeExtract(input)))
            .WithTrackingName(TrackingNames.Extraction);
        var facts = extracted.Select(static (e, _) => e.Facts);

        var sources = articles.Collect()
            .Combine(sidecars)
            .Select(static (x, _) => DocumentSources(x.Left, x.Right))
            .WithTrackingName(TrackingNames.Sources);

        var corpus = facts.Collect()
            .Combine(gazetteer)
            .Combine(options)
            .Combine(sources)
            .Select(static (x, _) => SafeAssemble(x.Left.Left.Left, x.Left.Left.Right, x.Left.Right.Namespace, x.Right))
            .WithTrackingName(TrackingNames.Corpus);

        var orphans = files.Collect()
            .Select(static (all, _) => OrphanSidecars(all))
            .WithTrackingName(TrackingNames.Orphans);

        var perArticle = extracted
            .Select(static (x, _) => SafeEncode(x))
            .WithTrackingName(TrackingNames.ArticleData);

        var shards = perArticle
            .Select(static (x, _) => x.Data)
            .Collect()
            .Combine(options)
            .SelectMany(static (x, _) => CorpusEmitter.Shards(x.Left, x.Right.Namespace))
            .WithTrackingName(TrackingNames.Shards);

        context.RegisterSourceOutput(files, static (spc, f) => Report(spc, f.Problems));
        context.RegisterSourceOutput(gazetteer, static (spc, g) => Report(spc, g.Problems));
        context.RegisterSourceOutput(sidecars, static (spc, all) => { foreach (var s in all.Items) Report(spc, s.Problems); });
        context.RegisterSourceOutput(orphans, static (spc, problems) => Report(spc, problems));
        context.RegisterSourceOutput(options, static (spc, o) => Report(spc, o.Problems));
        context.RegisterSourceOutput(facts, static (spc, f) => Report(spc, f.Problems));
        var parts = corpus
            .SelectMany(static (model, _) => CorpusEmitter.Parts(model))
            .WithTrackingName(TrackingNames.CorpusParts);

        context.RegisterSourceOutput(corpus.Select(static (model, _) => model.Problems), static (spc, problems) => Report(spc, problems));
        context.RegisterSourceOutput(perArticle, static (spc, a) => Report(spc, a.Problems));
        context.RegisterSourceOutput(parts, static (spc, part) =>
        {
            try
            {
                spc.AddSource(part.HintName, SourceText.From(CorpusEmitter.Emit(part), Encoding.UTF8));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Report(spc, Failure("", "the corpus (" + part.HintName + ")", e));
            }
        });
        // The lock file (corpus.lock.yaml) and the ids of the checked-lookups analyzer: Lock/ and Lookups/.
        Lock.LockPipeline.Register(context, facts, corpus);
        Lookups.LookupKeys.Register(context, facts, corpus);

        context.RegisterSourceOutput(shards, static (spc, shard) =>
        {
            try
            {
                var (hint, source) = CorpusEmitter.EmitShard(shard);
                spc.AddSource(hint, SourceText.From(source, Encoding.UTF8));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Report(spc, Failure("", "the corpus (data shard " + shard.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")", e));
            }
        });
    }

    /// <summary>
    /// Encodes one article's data. A failure becomes one diagnostic naming the article, which is
    /// then encoded with its document alone, so every other article and the corpus still compile.
    /// </summary>
    private static EncodedArticle SafeEncode(ExtractedArticle x)
    {
        try
        {
            FaultInjection.At(FaultInjection.Emit, x.Path);
            return new EncodedArticle(CorpusEmitter.EncodeArticle(x.Facts), EquatableArray<Problem>.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var f = x.Facts;
            var empty = new ArticleFacts(f.Document, EquatableArray<OfficialFact>.Empty, EquatableArray<EngagementFact>.Empty,
                EquatableArray<MentionFact>.Empty, f.Countries, EquatableArray<OrganizationFact>.Empty, EquatableArray<Problem>.Empty);
            return new EncodedArticle(CorpusEmitter.EncodeArticle(empty), Failure(x.Path, f.Document.Path, e));
        }
    }

    private static ImmutableArray<CorpusFile> Distinct(ImmutableArray<CorpusFile> files)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var builder = ImmutableArray.CreateBuilder<CorpusFile>(files.Length);
        foreach (var f in files)
        {
            if (seen.Add(f.Path)) builder.Add(f);
        }
        return builder.Count == files.Length ? files : builder.ToImmutable();
    }

    private static Gazetteer ReadGazetteer(ImmutableArray<CorpusFile> files)
    {
        var file = files.OrderBy(f => f.RelativePath.Count(c => c == '/')).ThenBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault();
        if (file is null) return Gazetteer.Default;
        try
        {
            FaultInjection.At(FaultInjection.Parse, file.Path);
            return GazetteerReader.Read(file.Path, file.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Gazetteer.Default with { Problems = Failure(file.Path, file.RelativePath, e) };
        }
    }

    private static Sidecar SafeSidecar(CorpusFile f)
    {
        string stem = Path.GetFileNameWithoutExtension(f.Path);
        try
        {
            FaultInjection.At(FaultInjection.Parse, f.Path);
            return SidecarReader.Read(f.Path, stem, f.Text);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new Sidecar(f.Path, stem, null, null, null, null, null, EquatableArray<CuratedOfficial>.Empty, false,
                EquatableArray<CuratedEngagement>.Empty, Failure(f.Path, f.RelativePath, e));
        }
    }

    private static ArticleFacts SafeExtract(ArticleInput input)
    {
        try
        {
            FaultInjection.At(FaultInjection.Extract, input.Article.Path);
            return ArticleExtractor.Extract(input.Article, input.Sidecar, input.Gazetteer, input.Curation);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var a = input.Article;
            var document = new DocumentFact(input.Sidecar?.Id ?? a.Id, a.RelativePath, input.Sidecar?.Title, input.Sidecar?.Outlet, input.Sidecar?.Url,
                input.Sidecar?.Published, ArticleReader.CountLines(a.Text));
            return new ArticleFacts(document, EquatableArray<OfficialFact>.Empty, EquatableArray<EngagementFact>.Empty, EquatableArray<MentionFact>.Empty,
                EquatableArray<string>.Empty, EquatableArray<OrganizationFact>.Empty, Failure(a.Path, a.RelativePath, e));
        }
    }

    private static EquatableArray<DocumentSource> DocumentSources(ImmutableArray<ArticleSource> articles, SidecarSet sidecars)
        => articles.OrderBy(a => a.Path, StringComparer.Ordinal)
            .Select(a => sidecars.For(a) is { } s ? new DocumentSource(a.RelativePath, a.Path, s.IdLocation, s.Path) : new DocumentSource(a.RelativePath, a.Path))
            .ToEquatableArray();

    private static CorpusModel SafeAssemble(ImmutableArray<ArticleFacts> facts, Gazetteer gazetteer, string ns, EquatableArray<DocumentSource> sources)
    {
        try
        {
            return CorpusAssembler.Assemble(facts, gazetteer, ns, "", sources);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without a model no article can be emitted; the classes are still generated, empty, so code that uses them reports what is missing.
            var names = new NameMap(ns, EquatableArray<NamePair>.Empty, EquatableArray<NamePair>.Empty, EquatableArray<NamePair>.Empty, EquatableArray<NamePair>.Empty);
            return new CorpusModel(names, EquatableArray<DocumentModel>.Empty, EquatableArray<CountryModel>.Empty, EquatableArray<OrganizationModel>.Empty,
                EquatableArray<OfficialModel>.Empty, EquatableArray<TopicModel>.Empty, Failure("", "the corpus", e));
        }
    }

    private static EquatableArray<Problem> Failure(string path, string name, Exception e)
        => new(new[] { Problem.AtFile(ProblemIds.UnexpectedFailure, path, name, e.GetType().Name + ": " + OneLine(e.Message)) });

    private static string OneLine(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 300));
        foreach (char c in text)
        {
            if (sb.Length == 300) { sb.Append('…'); break; }
            sb.Append(char.IsControl(c) ? ' ' : c);
        }
        return sb.ToString().Trim();
    }

    private static EquatableArray<Problem> OrphanSidecars(ImmutableArray<CorpusFile> files)
    {
        var articles = files.Where(f => f.Kind == CorpusFileKind.Article).Select(f => Path.ChangeExtension(f.Path, null)).ToImmutableHashSet(StringComparer.Ordinal);
        return files.Where(f => f.Kind == CorpusFileKind.Sidecar && !articles.Contains(Path.ChangeExtension(f.Path, null)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => Problem.AtFile(ProblemIds.SidecarWithoutArticle, f.Path, Path.GetFileName(f.Path), Path.GetFileNameWithoutExtension(f.Path) + ".txt"))
            .ToEquatableArray();
    }

    /// <summary>The most values any message takes; missing ones are passed as "" so that no message can fail to format.</summary>
    private const int MaxMessageArguments = 8;

    private static void Report(SourceProductionContext spc, EquatableArray<Problem> problems)
    {
        foreach (var p in problems)
        {
            var descriptor = DiagnosticDescriptors.For(p.Id);
            var location = Location.None;
            if (p.Path.Length > 0)
            {
                var start = new LinePosition(Math.Max(0, p.Line), Math.Max(0, p.Column));
                var end = new LinePosition(Math.Max(0, p.EndLine), Math.Max(0, p.EndColumn));
                if (end < start) end = start;
                location = Location.Create(p.Path, new TextSpan(Math.Max(0, p.Start), Math.Max(0, p.Length)), new LinePositionSpan(start, end));
            }
            var args = new object[Math.Max(MaxMessageArguments, p.Args.Count)];
            for (int i = 0; i < args.Length; i++) args[i] = i < p.Args.Count ? p.Args[i] : "";
            spc.ReportDiagnostic(Diagnostic.Create(descriptor, location, args));
        }
    }
}

/// <summary>
/// A seam for tests: a test sets <see cref="FailWhen"/> to make the processing of one file throw,
/// and checks that the failure becomes one diagnostic while the rest of the corpus compiles. The
/// setting lives in an <see cref="AsyncLocal{T}"/>, so it reaches only generator runs started from
/// the test's own execution context: tests running in parallel and real builds never see it.
/// </summary>
internal static class FaultInjection
{
    public const string Read = "read";
    public const string Parse = "parse";
    public const string Extract = "extract";
    public const string Emit = "emit";

    private static readonly AsyncLocal<Func<string, string, bool>?> s_failWhen = new();

    /// <summary>Given the stage (<see cref="Read"/> any file, <see cref="Parse"/> a YAML file, <see cref="Extract"/> or <see cref="Emit"/> an article) and the file's path, whether to fail there.</summary>
    public static Func<string, string, bool>? FailWhen
    {
        get => s_failWhen.Value;
        set => s_failWhen.Value = value;
    }

    public static void At(string stage, string path)
    {
        var failWhen = s_failWhen.Value;
        if (failWhen is not null && failWhen(stage, path)) throw new InjectedFailureException(stage + " of " + path);
    }
}

/// <summary>The failure <see cref="FaultInjection"/> throws.</summary>
internal sealed class InjectedFailureException : Exception
{
    public InjectedFailureException(string where) : base("injected failure in the " + where) { }
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
    public const string Sources = "Sources";
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

/// <summary>An article's facts and the full path of its file.</summary>
internal sealed record ExtractedArticle(string Path, ArticleFacts Facts);

/// <summary>An article's encoded data, and the failure to encode it if there was one.</summary>
internal sealed record EncodedArticle(ArticleData Data, EquatableArray<Problem> Problems);

/// <summary>One article with everything its extraction depends on.</summary>
internal sealed record ArticleInput(ArticleSource Article, Sidecar? Sidecar, Gazetteer Gazetteer, bool Curation);

internal enum CorpusFileKind { Article, Sidecar, Gazetteer }

/// <summary>
/// A corpus file as read from an additional file: kind, absolute path, path relative to the
/// corpus folder, text (LF line ends, no BOM, UTF-8 decoded) and the problems of reading it.
/// </summary>
internal sealed record CorpusFile(CorpusFileKind Kind, string Path, string RelativePath, string Text, EquatableArray<Problem> Problems)
{
    public static CorpusFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken ct)
    {
        var fileOptions = options.GetOptions(file);
        if (!fileOptions.TryGetValue("build_metadata.AdditionalFiles.CorpusDocument", out var flag)
            || !string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase)) return null;
        string path = file.Path ?? "";
        string name = System.IO.Path.GetFileName(path);
        string ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        CorpusFileKind kind;
        if (string.Equals(name, "corpus.yaml", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "corpus.yml", StringComparison.OrdinalIgnoreCase)) kind = CorpusFileKind.Gazetteer;
        else if (ext == ".yaml" || ext == ".yml") kind = CorpusFileKind.Sidecar;
        else if (ext == ".txt") kind = CorpusFileKind.Article;
        else return null;
        if (!options.GlobalOptions.TryGetValue("build_property.CorpusDirectoryFullPath", out var root) || string.IsNullOrEmpty(root))
        {
            options.GlobalOptions.TryGetValue("build_property.CorpusDirectory", out root);
        }
        string relative = Relative(path, root);
        try
        {
            FaultInjection.At(FaultInjection.Read, path);
            var text = ArticleReader.Normalize(Decode(file.GetText(ct)));
            var problems = EquatableArray<Problem>.Empty;
            // Articles report unreadable bytes when they are extracted; YAML files here.
            int bad = kind == CorpusFileKind.Article ? -1 : text.IndexOf('\uFFFD');
            if (bad >= 0)
            {
                problems = new EquatableArray<Problem>(new[] { Problem.At(ProblemIds.NotUtf8, path, ArticleExtractor.Position(text, bad), ArticleExtractor.Position(text, bad + 1), relative) });
            }
            return new CorpusFile(kind, path, relative, text, problems);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new CorpusFile(kind, path, relative, "",
                new EquatableArray<Problem>(new[] { Problem.AtFile(ProblemIds.UnexpectedFailure, path, relative, e.GetType().Name + ": " + e.Message) }));
        }
    }

    /// <summary>
    /// The text of a file as UTF-8. The compiler decodes additional files as UTF-8, invalid bytes
    /// becoming U+FFFD; a text that arrives decoded with a legacy code page instead (its
    /// <see cref="SourceText.Encoding"/> says so) is turned back into its bytes and decoded as
    /// UTF-8 the same way, so the valid parts read right and each invalid byte becomes U+FFFD.
    /// </summary>
    internal static string Decode(SourceText? source)
    {
        if (source is null) return "";
        string text = source.ToString();
        var encoding = source.Encoding;
        if (encoding is null || IsUnicode(encoding)) return text;
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(encoding.GetBytes(text));
        }
        catch (Exception e) when (e is ArgumentException || e is EncoderFallbackException || e is DecoderFallbackException)
        {
            return text;
        }
    }

    private static bool IsUnicode(Encoding encoding)
        => encoding.CodePage is 65001 or 65000 or 1200 or 1201 or 12000 or 12001;

    /// <summary>
    /// The path relative to the corpus folder, with forward slashes. A file outside the folder gets
    /// a path with "../" from it (or its full path, on another drive), so two files never share a
    /// relative path; without a folder, the file name.
    /// </summary>
    internal static string Relative(string path, string? root)
    {
        string p = path.Replace('\\', '/');
        if (string.IsNullOrEmpty(root)) return System.IO.Path.GetFileName(p);
        string r = root!.Replace('\\', '/');
        if (!r.EndsWith("/", StringComparison.Ordinal)) r += "/";
        if (p.StartsWith(r, StringComparison.Ordinal)) return p.Substring(r.Length);
        var rootParts = r.Substring(0, r.Length - 1).Split('/');
        var pathParts = p.Split('/');
        int common = 0;
        while (common < rootParts.Length && common < pathParts.Length - 1 && rootParts[common] == pathParts[common]) common++;
        // Nothing in common (another drive): the full path, still unique.
        if (common == 0) return p;
        var sb = new StringBuilder();
        for (int i = common; i < rootParts.Length; i++) sb.Append("../");
        sb.Append(string.Join("/", pathParts.Skip(common)));
        return sb.ToString();
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
