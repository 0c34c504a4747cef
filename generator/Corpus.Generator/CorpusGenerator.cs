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
using Corpus.Generator.Model;
using Corpus.Generator.Naming;
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
/// <see cref="TrackingNames.Extraction"/>), summarised for the corpus-wide step on its own
/// (<see cref="TrackingNames.Summaries"/>) and encoded on its own (<see cref="TrackingNames.ArticleData"/>);
/// articles are emitted in shards (<see cref="TrackingNames.Shards"/>) and officials in shards of
/// their own (<see cref="TrackingNames.OfficialShards"/>), so editing one article re-runs that
/// article's steps and re-emits its shard and the corpus-wide files whose part changed (a new
/// official: one officials' shard and the officials' order), and editing a C# file re-runs nothing.
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

        // What the corpus-wide step needs of each article (slugs, office keys), made per article so
        // that after an edit only the edited article's is made again.
        var summaries = extracted
            .Select(static (e, _) => SafeSummarise(e))
            .WithTrackingName(TrackingNames.Summaries);

        var sources = articles.Collect()
            .Combine(sidecars)
            .Select(static (x, _) => DocumentSources(x.Left, x.Right))
            .WithTrackingName(TrackingNames.Sources);

        var corpusFacts = summaries.Collect()
            .Combine(gazetteer)
            .Combine(sources)
            .Select(static (x, _) => SafeAssemble(x.Left.Left, x.Left.Right, x.Right))
            .WithTrackingName(TrackingNames.CorpusFacts);

        // Naming the C# members is the generator's job, after the engine has given the facts.
        var corpus = corpusFacts
            .Combine(options)
            .Combine(summaries.Collect())
            .Select(static (x, _) => SafeName(x.Left.Left, x.Left.Right.Namespace, x.Right))
            .WithTrackingName(TrackingNames.Corpus);

        // The data blobs are UTF-8 literals from C# 11 on and plain string literals before it.
        var utf8Literals = context.ParseOptionsProvider
            .Select(static (p, _) => p is not Microsoft.CodeAnalysis.CSharp.CSharpParseOptions c || c.LanguageVersion >= Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11);

        var orphans = files.Collect()
            .Select(static (all, _) => OrphanSidecars(all))
            .WithTrackingName(TrackingNames.Orphans);

        var perArticle = summaries
            .Select(static (x, _) => SafeEncode(new ExtractedArticle(x.Path, x.Summary.Facts)))
            .WithTrackingName(TrackingNames.ArticleData);

        var shards = perArticle
            .Select(static (x, _) => x.Data)
            .Collect()
            .Combine(options)
            .SelectMany(static (x, _) => SafeSplit(SplitStep.DataShards, (x.Left, x.Right.Namespace), static y => CorpusEmitter.Shards(y.Item1, y.Item2)))
            .WithTrackingName(TrackingNames.Shards);

        context.RegisterSourceOutput(files, static (spc, f) => ProblemReporter.Report(spc, f.Problems));
        context.RegisterSourceOutput(gazetteer, static (spc, g) => ProblemReporter.Report(spc, g.Problems));
        context.RegisterSourceOutput(sidecars, static (spc, all) => { foreach (var s in all.Items) ProblemReporter.Report(spc, s.Problems); });
        context.RegisterSourceOutput(orphans, static (spc, problems) => ProblemReporter.Report(spc, problems));
        context.RegisterSourceOutput(options, static (spc, o) => ProblemReporter.Report(spc, o.Problems));
        context.RegisterSourceOutput(facts, static (spc, f) => ProblemReporter.Report(spc, f.Problems));
        var parts = corpus
            .SelectMany(static (model, _) => SafeSplit(SplitStep.Parts, model, CorpusEmitter.Parts))
            .WithTrackingName(TrackingNames.CorpusParts);

        context.RegisterSourceOutput(corpus.Select(static (model, _) => model.Problems), static (spc, problems) => ProblemReporter.Report(spc, problems));
        context.RegisterSourceOutput(summaries, static (spc, a) => ProblemReporter.Report(spc, a.Problems));
        context.RegisterSourceOutput(perArticle, static (spc, a) => ProblemReporter.Report(spc, a.Problems));
        context.RegisterSourceOutput(parts.Combine(utf8Literals), static (spc, x) =>
            EmitSplit(spc, x.Left, x.Right, static (part, utf8) => (part.HintName, CorpusEmitter.Emit(part, utf8)), static part => part.HintName));
        // The officials' members and data, a file per shard of officials: a new official re-emits one shard.
        var officialShards = corpus
            .SelectMany(static (model, _) => SafeSplit(SplitStep.OfficialShards, model, CorpusEmitter.OfficialShards))
            .WithTrackingName(TrackingNames.OfficialShards);
        context.RegisterSourceOutput(officialShards.Combine(utf8Literals), static (spc, x) =>
            EmitSplit(spc, x.Left, x.Right, CorpusEmitter.EmitOfficialShard, static shard => "officials' shard " + shard.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // The lock file (corpus.lock.yaml) and the ids of the checked-lookups analyzer: Lock/ and Lookups/.
        Lock.LockPipeline.Register(context, facts, corpus);
        Lookups.LookupKeys.Register(context, facts, corpus);

        context.RegisterSourceOutput(shards.Combine(utf8Literals), static (spc, x) =>
            EmitSplit(spc, x.Left, x.Right, CorpusEmitter.EmitShard, static shard => "data shard " + shard.Index.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>
    /// Emits the file of one item of a split step, or reports the split's failure the item carries
    /// instead. A failure to emit the file is one diagnostic naming it (<paramref name="what"/>), and
    /// every other file is still emitted.
    /// </summary>
    private static void EmitSplit<T>(SourceProductionContext spc, SplitItem<T> item, bool utf8Literals, Func<T, bool, (string HintName, string Source)> emit, Func<T, string> what) where T : class
    {
        if (item.Item is not { } x)
        {
            ProblemReporter.Report(spc, item.Problems);
            return;
        }
        try
        {
            var (hint, source) = emit(x, utf8Literals);
            spc.AddSource(hint, SourceText.From(source, Encoding.UTF8));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ProblemReporter.Report(spc, ProblemReporter.Failure("", "the corpus (" + what(x) + ")", e));
        }
    }

    /// <summary>
    /// Splits the corpus into the items of a step that emits a file per item, all of them made
    /// before the step returns. A failure becomes the step's only item, which carries one diagnostic
    /// for the whole corpus and emits nothing, so the build gets that diagnostic instead of the
    /// compiler's CS8785 and the other steps still emit their files.
    /// </summary>
    private static ImmutableArray<SplitItem<T>> SafeSplit<TInput, T>(string step, TInput input, Func<TInput, IEnumerable<T>> split) where T : class
    {
        try
        {
            FaultInjection.At(FaultInjection.Split, step);
            var items = ImmutableArray.CreateBuilder<SplitItem<T>>();
            foreach (var item in split(input)) items.Add(new SplitItem<T>(item, EquatableArray<Problem>.Empty));
            return items.ToImmutable();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ImmutableArray.Create(new SplitItem<T>(null, ProblemReporter.Failure("", "the corpus (" + step + ")", e)));
        }
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
            var empty = ArticleFacts.DocumentOnly(x.Facts.Document, x.Facts.Countries, EquatableArray<Problem>.Empty);
            return new EncodedArticle(CorpusEmitter.EncodeArticle(empty), ProblemReporter.Failure(x.Path, x.Facts.Document.Path, e));
        }
    }

    /// <summary>
    /// Summarises one article for the corpus-wide step. A failure becomes one diagnostic naming the
    /// article, which then counts with its document alone, in the corpus and in its data alike, so
    /// every other article and the corpus still compile.
    /// </summary>
    private static SummarisedArticle SafeSummarise(ExtractedArticle x)
    {
        try
        {
            FaultInjection.At(FaultInjection.Summarise, x.Path);
            return new SummarisedArticle(x.Path, ArticleSummary.Of(x.Facts), MemberBases(x.Facts), EquatableArray<Problem>.Empty);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var empty = ArticleFacts.DocumentOnly(x.Facts.Document, x.Facts.Countries, EquatableArray<Problem>.Empty);
            return new SummarisedArticle(x.Path, ArticleSummary.Of(empty), EquatableArray<MemberBase>.Empty, ProblemReporter.Failure(x.Path, x.Facts.Document.Path, e));
        }
    }

    // The member name each of the article's officials' names gives (an official of the corpus is named by the spelling of the article that names them first).
    private static EquatableArray<MemberBase> MemberBases(ArticleFacts facts)
    {
        if (facts.Officials.Count == 0) return EquatableArray<MemberBase>.Empty;
        var bases = new List<MemberBase>(facts.Officials.Count);
        foreach (var o in facts.Officials)
        {
            if (bases.Exists(b => b.Name == o.Name)) continue;
            var (member, adjustment) = MemberNames.Base(o.Name);
            bases.Add(new MemberBase(o.Name, member, adjustment));
        }
        return bases.ToEquatableArray();
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
            return Gazetteer.Default with { Problems = ProblemReporter.Failure(file.Path, file.RelativePath, e) };
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
            return Sidecar.Unread(f.Path, stem, ProblemReporter.Failure(f.Path, f.RelativePath, e));
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
            return ArticleFacts.DocumentOnly(document, EquatableArray<string>.Empty, ProblemReporter.Failure(a.Path, a.RelativePath, e));
        }
    }

    private static EquatableArray<DocumentSource> DocumentSources(ImmutableArray<ArticleSource> articles, SidecarSet sidecars)
        => articles.OrderBy(a => a.Path, StringComparer.Ordinal)
            .Select(a => sidecars.For(a) is { } s ? new DocumentSource(a.RelativePath, a.Path, s.IdLocation, s.Path) : new DocumentSource(a.RelativePath, a.Path))
            .ToEquatableArray();

    private static CorpusFacts SafeAssemble(ImmutableArray<SummarisedArticle> articles, Gazetteer gazetteer, EquatableArray<DocumentSource> sources)
    {
        try
        {
            var summaries = new ArticleSummary[articles.Length];
            for (int i = 0; i < summaries.Length; i++) summaries[i] = articles[i].Summary;
            return CorpusAssembler.Merge(summaries, gazetteer, sources);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Without the facts no article can be emitted; the classes are still generated, empty, so code that uses them reports what is missing.
            return CorpusFacts.Empty(ProblemReporter.Failure("", "the corpus", e));
        }
    }

    private static CorpusModel SafeName(CorpusFacts facts, string ns, ImmutableArray<SummarisedArticle> articles)
    {
        try
        {
            // The member names the articles' officials' names give, made per article (the same for a name wherever it is given).
            var bases = new Dictionary<string, (string Member, string? Adjustment)>(StringComparer.Ordinal);
            foreach (var a in articles)
            {
                foreach (var b in a.Members)
                {
                    if (!bases.ContainsKey(b.Name)) bases.Add(b.Name, (b.Member, b.Adjustment));
                }
            }
            return MemberNames.Name(facts, ns, bases);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var none = EquatableArray<NamePair>.Empty;
            return new CorpusModel(new NameMap(ns, none, none, none), facts.Home, EquatableArray<DocumentFact>.Empty, EquatableArray<CountryModel>.Empty,
                EquatableArray<OrganizationModel>.Empty, EquatableArray<OfficialModel>.Empty, EquatableArray<TopicModel>.Empty,
                new EquatableArray<Problem>(facts.Problems.Concat(ProblemReporter.Failure("", "the corpus", e)).ToArray()));
        }
    }

    private static EquatableArray<Problem> OrphanSidecars(ImmutableArray<CorpusFile> files)
    {
        var articles = files.Where(f => f.Kind == CorpusFileKind.Article).Select(f => Path.ChangeExtension(f.Path, null)).ToImmutableHashSet(StringComparer.Ordinal);
        return files.Where(f => f.Kind == CorpusFileKind.Sidecar && !articles.Contains(Path.ChangeExtension(f.Path, null)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => Problem.AtFile(ProblemIds.SidecarWithoutArticle, f.Path, Path.GetFileName(f.Path), Path.GetFileNameWithoutExtension(f.Path) + ".txt"))
            .ToEquatableArray();
    }

}

/// <summary>The steps that split the corpus into the items of a file each (<see cref="FaultInjection.Split"/> names them).</summary>
internal static class SplitStep
{
    public const string Parts = "corpus-wide files";
    public const string OfficialShards = "officials' shards";
    public const string DataShards = "data shards";
}

/// <summary>One item of a step that splits the corpus into files, or, with no item, the failure that stopped the split.</summary>
internal sealed record SplitItem<T>(T? Item, EquatableArray<Problem> Problems) where T : class;
