using Corpus.Generator;
using Corpus.Synthetic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Tests.Generator;

/// <summary>
/// The pipeline caches per article. Each test runs on the five seed articles (<see cref="SeedCachingTests"/>)
/// and on a synthetic corpus of 140 articles in three shards of 64 (<see cref="SyntheticCachingTests"/>, a slow group), through the tracked steps of
/// <see cref="TrackingNames"/> and their <see cref="IncrementalStepRunReason"/>s.
/// </summary>
/// <remarks>
/// The steps, in order: <c>Options</c> (MSBuild settings), <c>Files</c> (each additional file),
/// <c>Gazetteer</c> (corpus.yaml), <c>Sidecars</c> (each sidecar), <c>Articles</c> (each article),
/// <c>ArticleInputs</c> (an article with its sidecar, the gazetteer and the options),
/// <c>Extraction</c> (an article's facts), <c>Summaries</c> (what the corpus-wide step needs of an
/// article, from its facts alone), <c>CorpusFacts</c> (all summaries merged), <c>Corpus</c> (the merged facts named), <c>ArticleData</c>
/// (an article encoded, from its facts alone), <c>Shards</c>
/// (articles grouped in files of 64), <c>CorpusParts</c> (the corpus-wide files, each with its part
/// of the model), <c>OfficialShards</c> (the officials split by a hash of their id, a file each) and
/// <c>Orphans</c> (sidecars without an article).
/// </remarks>
public abstract class CachingTests
{
    public const string SeedEdit = "004_30c4707a8c52a9b1.txt";
    // 140 articles name 118 officials: the two new officials of the edits below stay within two officials'
    // shards (a count above 128 makes four), which the tests assert before they compare what is emitted again.
    public const int SyntheticSize = 140;

    /// <summary>The corpus the tests of this class run on: "seeds" or "synthetic".</summary>
    protected abstract string Corpus { get; }

    private static GeneratorHarness Harness(string corpus) => corpus == "seeds"
        ? GeneratorHarness.FromDirectory(GeneratorHarness.SeedsDirectory)
        : GeneratorHarness.FromFiles(SyntheticCorpus.Create(SyntheticSize));

    private static string EditedArticle(string corpus) => corpus == "seeds" ? SeedEdit : SyntheticCorpus.ArticleId(SyntheticSize / 2) + ".txt";

    private static int Articles(string corpus) => corpus == "seeds" ? 5 : SyntheticSize;

    protected static List<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step)
        => driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToList()
            : new List<IncrementalStepRunReason>();

    protected static bool Reused(IncrementalStepRunReason r) => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    private static int Count(GeneratorDriver driver, string step, IncrementalStepRunReason reason) => Reasons(driver, step).Count(r => r == reason);

    // The generated files whose text differs between two runs. (Whether the compiler parses an
    // unchanged output again depends on its version; the steps above decide what is emitted.)
    private static List<string> ChangedFiles(GeneratorDriver before, GeneratorDriver after)
    {
        var old = before.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        return after.GetRunResult().Results.Single().GeneratedSources
            .Where(s => !old.TryGetValue(s.HintName, out var text) || text != s.SourceText.ToString())
            .Select(s => s.HintName).ToList();
    }

    // What the driver's tracking of the source outputs reports for each generated file: the file's
    // hint name and whether that output was produced again (New or Modified) or kept from the run
    // before (Cached or Unchanged). A file the driver keeps is handed over with the same text.
    protected static Dictionary<string, IncrementalStepRunReason> OutputReasons(GeneratorDriver driver)
    {
        var reasons = new Dictionary<string, IncrementalStepRunReason>(StringComparer.Ordinal);
        var result = driver.GetRunResult().Results.Single();
        Assert.True(result.TrackedOutputSteps.TryGetValue(WellKnownGeneratorOutputs.SourceOutput, out var steps), "the source outputs were not tracked");
        foreach (var output in steps.SelectMany(s => s.Outputs))
        {
            // A source output's value is the pair (generated sources, diagnostics); the source type is internal to Roslyn, so its hint name is read by reflection.
            if (output.Value is not System.Runtime.CompilerServices.ITuple { Length: 2 } pair || pair[0] is not System.Collections.IEnumerable sources) continue;
            foreach (var source in sources)
            {
                var hint = source.GetType().GetProperty("HintName")?.GetValue(source) as string;
                if (hint is not null) reasons.Add(hint, output.Reason);
            }
        }
        return reasons;
    }

    private static (GeneratorDriver Before, GeneratorDriver After, GeneratorHarness Harness) EditFile(string corpus, string name, Func<string, string> edit)
    {
        var harness = Harness(corpus);
        var compilation = harness.Compilation();
        var before = harness.Driver().RunGenerators(compilation);
        var old = harness.Texts().Single(t => t.Path.EndsWith("/" + name, StringComparison.Ordinal));
        var text = old.GetText()!.ToString();
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        var after = before.ReplaceAdditionalText(old, new MemoryText(old.Path, edited)).RunGenerators(compilation);
        return (before, after, harness);
    }

    // The generated files of a cold run over the corpus with the same edit made before the first run.
    private static Dictionary<string, string> ColdRun(string corpus, string name, Func<string, string> edit)
    {
        var harness = Harness(corpus);
        var path = harness.Files.Keys.Single(p => p.EndsWith("/" + name, StringComparison.Ordinal));
        harness.Files[path] = edit(harness.Files[path]);
        return harness.Driver().RunGenerators(harness.Compilation()).GetRunResult().Results.Single().GeneratedSources
            .ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
    }

    // The files an incremental run hands over, kept or produced again, are those of a cold run over the same inputs, byte for byte.
    private static void AssertSameAsColdRun(GeneratorDriver after, Dictionary<string, string> cold)
    {
        var incremental = after.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        Assert.Equal(cold.Keys.OrderBy(k => k, StringComparer.Ordinal), incremental.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var (hint, text) in cold) Assert.True(text == incremental[hint], hint + " differs from a cold run's");
    }

    [Fact]
    public void Editing_a_cs_file_reruns_no_corpus_step()
    {
        string corpus = Corpus;
        var harness = Harness(corpus);
        var compilation = harness.Compilation();
        var before = harness.Driver().RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User { class Other { } }"));
        var after = before.RunGenerators(edited);

        var steps = after.GetRunResult().Results.Single().TrackedSteps;
        foreach (var step in new[] { TrackingNames.Files, TrackingNames.Gazetteer, TrackingNames.Articles, TrackingNames.ArticleInputs, TrackingNames.Extraction,
                     TrackingNames.Summaries, TrackingNames.Corpus, TrackingNames.ArticleData, TrackingNames.Shards, TrackingNames.CorpusParts })
        {
            Assert.True(steps.ContainsKey(step), "step " + step + " was not tracked");
        }
        foreach (var (step, runs) in steps)
        {
            Assert.All(runs.SelectMany(r => r.Outputs), o => Assert.True(Reused(o.Reason), step + ": " + o.Reason));
        }
        Assert.Empty(ChangedFiles(before, after));
    }

    [Fact]
    public void Editing_one_article_reruns_only_that_articles_steps_and_its_shard()
    {
        string corpus = Corpus;
        Func<string, string> edit = text => text + "\n\nBoth sides also discussed the weather.";
        var (before, after, _) = EditFile(corpus, EditedArticle(corpus), edit);
        int n = Articles(corpus);

        foreach (var step in new[] { TrackingNames.Articles, TrackingNames.ArticleInputs, TrackingNames.Extraction, TrackingNames.Summaries, TrackingNames.ArticleData })
        {
            var reasons = Reasons(after, step);
            Assert.Equal(n, reasons.Count);
            Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
            Assert.Equal(n - 1, reasons.Count(Reused));
        }
        // The summaries the corpus is merged from are taken from the cache for every other article, not made again.
        Assert.Equal(n - 1, Count(after, TrackingNames.Summaries, IncrementalStepRunReason.Cached));

        // The merged corpus is assembled again (the article's line count changed).
        Assert.Equal(1, Count(after, TrackingNames.Corpus, IncrementalStepRunReason.Modified));

        // One shard changes; the others, and every corpus-wide file, are not emitted again.
        var shards = Reasons(after, TrackingNames.Shards);
        Assert.Equal((n + 63) / 64, shards.Count);
        Assert.Equal(1, shards.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.All(Reasons(after, TrackingNames.CorpusParts), r => Assert.True(Reused(r), "CorpusParts: " + r));
        // No official is new and none's docs change: every officials' shard compares equal.
        var officialShards = Reasons(after, TrackingNames.OfficialShards);
        Assert.NotEmpty(officialShards);
        Assert.All(officialShards, r => Assert.True(Reused(r), "OfficialShards: " + r));

        var file = Assert.Single(ChangedFiles(before, after));
        Assert.StartsWith("Corpus.Data.Shard", file, StringComparison.Ordinal);

        // The driver's own tracking of the source outputs agrees: every generated file but the
        // edited article's shard is kept from the run before, and the data of the new run still
        // holds every article once.
        var outputs = OutputReasons(after);
        Assert.Equal(after.GetRunResult().Results.Single().GeneratedSources.Length, outputs.Count);
        var produced = outputs.Where(o => !Reused(o.Value)).Select(o => o.Key).ToList();
        Assert.Equal(new[] { file }, produced);
        Assert.Equal(outputs.Count - 1, outputs.Values.Count(Reused));
        Assert.Contains("Corpus.Officials.g.cs", outputs.Keys);
        Assert.True(Reused(outputs["Corpus.Officials.g.cs"]), "Corpus.Officials.g.cs: " + outputs["Corpus.Officials.g.cs"]);
        Assert.All(outputs.Where(o => o.Key.StartsWith(OfficialShardPrefix, StringComparison.Ordinal)), o => Assert.True(Reused(o.Value), o.Key + ": " + o.Value));
        AssertSameAsColdRun(after, ColdRun(corpus, EditedArticle(corpus), edit));
    }

    [Fact]
    public void A_comment_in_corpus_yaml_reruns_no_extraction()
    {
        string corpus = Corpus;
        // The gazetteer is compared by value: a comment leaves it equal, so nothing downstream runs.
        var (_, after, _) = EditFile(corpus, "corpus.yaml", text => text + "\n# edited\n");
        Assert.Equal(1, Count(after, TrackingNames.Files, IncrementalStepRunReason.Modified));
        Assert.All(Reasons(after, TrackingNames.Gazetteer), r => Assert.True(Reused(r), "Gazetteer: " + r));
        foreach (var step in new[] { TrackingNames.ArticleInputs, TrackingNames.Extraction, TrackingNames.Summaries, TrackingNames.Corpus, TrackingNames.ArticleData, TrackingNames.Shards, TrackingNames.CorpusParts })
        {
            Assert.All(Reasons(after, step), r => Assert.True(Reused(r), step + ": " + r));
        }
    }

    [Fact]
    public void Editing_corpus_yaml_reruns_every_articles_extraction_and_what_depends_on_the_result()
    {
        string corpus = Corpus;
        // What an edit to corpus.yaml re-runs: the gazetteer feeds every article's recognition
        // (names, organisations, countries, topics), so every ArticleInputs entry is Modified and
        // every article is extracted again; an article whose facts come out the same stops there
        // (Extraction: Unchanged), and only the articles whose facts changed are encoded again
        // (ArticleData), so only their shards are emitted again. The corpus is merged again. Here
        // a new topic is added: it changes the Topics file (a new member). The Officials,
        // Countries and Organizations files are not emitted again unless their part changed.
        var (_, after, _) = EditFile(corpus, "corpus.yaml", text => text + "\n  cyber defence: [cyber defence, cyber security]\n");
        int n = Articles(corpus);

        Assert.Equal(1, Count(after, TrackingNames.Gazetteer, IncrementalStepRunReason.Modified));
        var inputs = Reasons(after, TrackingNames.ArticleInputs);
        Assert.Equal(n, inputs.Count);
        Assert.All(inputs, r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        var extraction = Reasons(after, TrackingNames.Extraction);
        Assert.Equal(n, extraction.Count);
        Assert.All(extraction, r => Assert.True(r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged, "Extraction: " + r));

        Assert.Equal(1, Count(after, TrackingNames.Corpus, IncrementalStepRunReason.Modified));
        var data = Reasons(after, TrackingNames.ArticleData);
        Assert.Equal(n, data.Count);
        Assert.Equal(extraction.Count(r => r == IncrementalStepRunReason.Modified), data.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(n - data.Count(r => r == IncrementalStepRunReason.Modified), data.Count(Reused));

        var parts = after.GetRunResult().Results.Single().TrackedSteps[TrackingNames.CorpusParts].SelectMany(s => s.Outputs)
            .Select(o => (((Corpus.Generator.SplitItem<Corpus.Generator.Emit.CorpusPart>)o.Value).Item!.HintName, o.Reason)).ToDictionary(p => p.HintName, p => p.Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, parts["Corpus.Topics.g.cs"]);
        foreach (var hint in new[] { "Corpus.Countries.g.cs", "Corpus.Organizations.g.cs", "Corpus.Documents.g.cs", "Corpus.Engagements.g.cs", "Corpus.Mentions.g.cs", "Corpus.Data.g.cs" })
        {
            Assert.True(Reused(parts[hint]), hint + ": " + parts[hint]);
        }
    }

    [Fact]
    public void An_edit_that_names_a_new_official_encodes_only_that_article_again()
    {
        string corpus = Corpus;
        // Articles refer to officials by id, so the two new officials change the officials' order, the
        // officials' shards that hold them and the edited article's shard, and no other article's data.
        Func<string, string> edit = text => text
            + "\n\nDeputy Prime Minister and Minister of National Defence General Zorba Quill met Turkish Ambassador to Cambodia Ansel Brightwater in Phnom Penh on April 26, 2023.";
        var (before, after, _) = EditFile(corpus, EditedArticle(corpus), edit);
        AssertSameOfficialShardCount(before, after);
        int n = Articles(corpus);
        var data = Reasons(after, TrackingNames.ArticleData);
        Assert.Equal(1, data.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(n - 1, data.Count(Reused));
        // Only the edited article is summarised again; every other summary comes from the cache.
        var summaries = Reasons(after, TrackingNames.Summaries);
        Assert.Equal(n, summaries.Count);
        Assert.Equal(1, summaries.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(n - 1, summaries.Count(r => r == IncrementalStepRunReason.Cached));
        var changed = ChangedFiles(before, after);
        Assert.Contains("Corpus.Officials.g.cs", changed);
        Assert.Single(changed, f => f.StartsWith("Corpus.Data.Shard", StringComparison.Ordinal));

        // Tracked by the driver: the officials' order, the officials' shards of the two new
        // officials, the checked lookups' ids and the edited shard are produced again; every other
        // generated file, every other shard of either kind among them, is kept.
        var outputs = OutputReasons(after);
        var produced = outputs.Where(o => !Reused(o.Value)).Select(o => o.Key).OrderBy(h => h, StringComparer.Ordinal).ToList();
        Assert.Equal(changed.OrderBy(h => h, StringComparer.Ordinal), produced);
        var holding = new[] { OfficialShardOf(after, "ZorbaQuill"), OfficialShardOf(after, "AnselBrightwater") }.Distinct();
        Assert.Equal(new[] { "Corpus.LookupKeys.g.cs", "Corpus.Officials.g.cs" }.Concat(holding).OrderBy(h => h, StringComparer.Ordinal), produced.Where(h => !h.StartsWith("Corpus.Data.Shard", StringComparison.Ordinal)));
        Assert.All(outputs.Where(o => (o.Key.StartsWith("Corpus.Data.Shard", StringComparison.Ordinal) || o.Key.StartsWith(OfficialShardPrefix, StringComparison.Ordinal)) && !changed.Contains(o.Key)),
            o => Assert.True(Reused(o.Value), o.Key + ": " + o.Value));
        AssertSameAsColdRun(after, ColdRun(corpus, EditedArticle(corpus), edit));
    }

    [Fact]
    public void An_edit_that_names_one_new_official_emits_one_officials_shard_again()
    {
        string corpus = Corpus;
        Func<string, string> edit = text => text
            + "\n\nDeputy Prime Minister and Minister of National Defence General Zorba Quill inspected the border posts in Phnom Penh on April 26, 2023.";
        var (before, after, _) = EditFile(corpus, EditedArticle(corpus), edit);
        var model = (global::Corpus.Generator.Model.CorpusModel)after.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Corpus].Single().Outputs.Single().Value;
        var old = (global::Corpus.Generator.Model.CorpusModel)before.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Corpus].Single().Outputs.Single().Value;
        AssertSameOfficialShardCount(before, after);
        Assert.Equal(new[] { "ZorbaQuill" }, model.Officials.Select(o => o.Member).Except(old.Officials.Select(o => o.Member)));

        // The step: one officials' shard is new (Modified), each other one compares equal to the run before.
        var shards = Reasons(after, TrackingNames.OfficialShards);
        Assert.Equal(global::Corpus.Contract.DataLayout.OfficialShardCount(model.Officials.Count), shards.Count);
        Assert.Equal(1, shards.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(shards.Count - 1, shards.Count(Reused));

        // The outputs: of the officials' files, the order and the shard holding the new member are
        // produced again, the other shards are kept from the run before.
        var outputs = OutputReasons(after);
        string holding = OfficialShardOf(after, "ZorbaQuill");
        var producedOfficials = outputs.Where(o => !Reused(o.Value) && o.Key.StartsWith("Corpus.Officials.", StringComparison.Ordinal)).Select(o => o.Key).OrderBy(h => h, StringComparer.Ordinal);
        Assert.Equal(new[] { "Corpus.Officials.g.cs", holding }.OrderBy(h => h, StringComparer.Ordinal), producedOfficials);
        Assert.Equal(shards.Count - 1, outputs.Count(o => o.Key.StartsWith(OfficialShardPrefix, StringComparison.Ordinal) && Reused(o.Value)));
        AssertSameAsColdRun(after, ColdRun(corpus, EditedArticle(corpus), edit));
    }

    [Fact]
    public void An_edit_that_takes_the_officials_over_a_shard_boundary_emits_every_officials_shard_again()
    {
        string corpus = Corpus;
        var harness = Harness(corpus);
        int was = Model(harness.Driver().RunGenerators(harness.Compilation())).Officials.Count;
        int shards = global::Corpus.Contract.DataLayout.OfficialShardCount(was);
        // Enough new officials to pass the next power of two times the officials per shard, and two more.
        int needed = shards * global::Corpus.Contract.DataLayout.OfficialsPerShard + 3 - was;
        var names = InventedNames().Take(needed).ToList();
        Assert.Equal(needed, names.Count);
        Func<string, string> edit = text => text + string.Concat(names.Select(n =>
            "\n\nTurkish Ambassador to Cambodia " + n + " attended the reception in Phnom Penh on April 26, 2023."));
        var (before, after, _) = EditFile(corpus, EditedArticle(corpus), edit);
        int now = Model(after).Officials.Count;
        Assert.Equal(was, Model(before).Officials.Count);
        int more = global::Corpus.Contract.DataLayout.OfficialShardCount(now);
        Assert.True(more > shards, $"{now} officials after the edit still make {shards} officials' shards");

        // The number of shards decides which shard holds each official, so every officials' shard is
        // produced again, and the corpus file, which records that number.
        var outputs = OutputReasons(after);
        var officialShards = outputs.Where(o => o.Key.StartsWith(OfficialShardPrefix, StringComparison.Ordinal)).ToList();
        Assert.Equal(more, officialShards.Count);
        Assert.All(officialShards, o => Assert.False(Reused(o.Value), o.Key + ": " + o.Value));
        Assert.False(Reused(outputs["Corpus.Data.g.cs"]), "Corpus.Data.g.cs: " + outputs["Corpus.Data.g.cs"]);
        AssertSameAsColdRun(after, ColdRun(corpus, EditedArticle(corpus), edit));
    }

    // Invented full names, none of them in the seeds or the synthetic corpus.
    private static IEnumerable<string> InventedNames()
    {
        string[] given = { "Ansel", "Corvin", "Darian", "Evander", "Florian", "Gideon", "Hollis", "Ignatius", "Jasper", "Leander" };
        string[] family = { "Brightwater", "Coldbrook", "Deepmoor", "Eastvale", "Fairwind", "Greystone", "Hollowell", "Ironwood", "Kestrelle", "Longmere" };
        foreach (var f in family)
        {
            foreach (var g in given) yield return g + " " + f;
        }
    }

    private static global::Corpus.Generator.Model.CorpusModel Model(GeneratorDriver driver)
        => (global::Corpus.Generator.Model.CorpusModel)driver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.Corpus].Single().Outputs.Single().Value;

    // An edit that takes the officials' count over a power of two times the officials per shard changes
    // the number of officials' shards and so every shard (see the test of that case): the tests of an
    // edit that keeps the count must not sit at that boundary, whatever the extraction rules find.
    private static void AssertSameOfficialShardCount(GeneratorDriver before, GeneratorDriver after)
    {
        int was = Model(before).Officials.Count, now = Model(after).Officials.Count;
        Assert.True(global::Corpus.Contract.DataLayout.OfficialShardCount(was) == global::Corpus.Contract.DataLayout.OfficialShardCount(now),
            $"The corpus went from {was} to {now} officials, over an officials' shard boundary; choose a corpus size whose officials' count leaves room.");
    }

    private const string OfficialShardPrefix = "Corpus.Officials.Shard";

    // The officials' shard file that declares the member.
    private static string OfficialShardOf(GeneratorDriver driver, string member)
        => driver.GetRunResult().Results.Single().GeneratedSources
            .Single(s => s.HintName.StartsWith(OfficialShardPrefix, StringComparison.Ordinal) && s.SourceText.ToString().Contains("public static global::Corpus.Official " + member + " ", StringComparison.Ordinal)).HintName;
}

/// <summary>The caching tests on the five seed articles (fast).</summary>
public sealed class SeedCachingTests : CachingTests
{
    protected override string Corpus => "seeds";
}

/// <summary>The caching tests on 140 synthetic articles, three shards (slow: about half a minute).</summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
[Trait(TestGroups.Group, TestGroups.Caching)]
public sealed class SyntheticCachingTests : CachingTests
{
    protected override string Corpus => "synthetic";

    [Fact]
    public void Adding_an_article_shifts_no_earlier_shard()
    {
        // Articles are grouped in document order; an article added at the end changes the last shard only.
        var harness = GeneratorHarness.FromFiles(SyntheticCorpus.Create(SyntheticSize));
        var compilation = harness.Compilation();
        harness.Texts();
        var added = new MemoryText(GeneratorHarness.Root + SyntheticCorpus.ArticleId(SyntheticSize) + ".txt", SyntheticCorpus.ArticleText(SyntheticSize));
        harness.Files[added.Path] = added.GetText()!.ToString(); // marked as a corpus document, not yet given to the driver
        var driver = harness.Driver().RunGenerators(compilation);
        driver = driver.AddAdditionalTexts(System.Collections.Immutable.ImmutableArray.Create<AdditionalText>(added)).RunGenerators(compilation);

        var shards = Reasons(driver, TrackingNames.Shards);
        Assert.Equal(3, shards.Count);
        Assert.Equal(IncrementalStepRunReason.Modified, shards[2]);
        Assert.True(Reused(shards[0]) && Reused(shards[1]), string.Join(", ", shards));
    }
}
