using Corpus.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Tests.Generator;

/// <summary>The pipeline caches per article: an unrelated edit re-runs nothing, an article edit re-runs that article.</summary>
public class CachingTests
{
    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step)
        => driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason)
            : Enumerable.Empty<IncrementalStepRunReason>();

    [Fact]
    public void Editing_a_cs_file_reruns_no_corpus_step()
    {
        var harness = GeneratorHarness.FromDirectory(GeneratorHarness.SeedsDirectory);
        var compilation = harness.Compilation();
        var driver = harness.Driver().RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace User { class Other { } }"));
        driver = driver.RunGenerators(edited);
        foreach (var step in new[] { TrackingNames.Extraction, TrackingNames.Corpus, TrackingNames.ArticleSources, TrackingNames.Gazetteer })
        {
            var reasons = Reasons(driver, step).ToList();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + r));
        }
    }

    [Fact]
    public void Editing_one_article_reruns_only_that_articles_extraction_and_file()
    {
        var harness = GeneratorHarness.FromDirectory(GeneratorHarness.SeedsDirectory);
        var compilation = harness.Compilation();
        var driver = harness.Driver().RunGenerators(compilation);
        var texts = harness.Texts();
        var old = texts.Single(t => t.Path.EndsWith("004_30c4707a8c52a9b1.txt", StringComparison.Ordinal));
        var replacement = new MemoryText(old.Path, old.GetText()!.ToString() + "\n\nBoth sides also discussed the weather.");
        driver = driver.ReplaceAdditionalText(old, replacement).RunGenerators(compilation);

        var extraction = Reasons(driver, TrackingNames.Extraction).ToList();
        Assert.Equal(5, extraction.Count);
        Assert.Equal(1, extraction.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, extraction.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        var sources = Reasons(driver, TrackingNames.ArticleSources).ToList();
        Assert.Equal(1, sources.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(4, sources.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void A_comment_in_corpus_yaml_reruns_no_extraction()
    {
        // The gazetteer is compared by value: a comment leaves it equal, so nothing downstream runs.
        var (driver, _) = EditCorpusYaml(text => text + "\n# edited\n");
        Assert.All(Reasons(driver, TrackingNames.Extraction), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
    }

    [Fact]
    public void Editing_corpus_yaml_reruns_every_articles_extraction()
    {
        // The gazetteer feeds every article's recognition (names, organisations, topics), so a
        // change to it extracts every article again; articles whose facts come out the same stop there.
        var (driver, _) = EditCorpusYaml(text => text.Replace("  - { name: Tea Banh, country: KH }", "  - { name: Tea Banh, aliases: [Banh], country: KH }"));
        var extraction = Reasons(driver, TrackingNames.Extraction).ToList();
        Assert.Equal(5, extraction.Count);
        Assert.All(extraction, r => Assert.True(r is IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged));
    }

    private static (GeneratorDriver Driver, GeneratorHarness Harness) EditCorpusYaml(Func<string, string> edit)
    {
        var harness = GeneratorHarness.FromDirectory(GeneratorHarness.SeedsDirectory);
        var compilation = harness.Compilation();
        var driver = harness.Driver().RunGenerators(compilation);
        var old = harness.Texts().Single(t => t.Path.EndsWith("corpus.yaml", StringComparison.Ordinal));
        var text = old.GetText()!.ToString();
        var edited = edit(text);
        Assert.NotEqual(text, edited);
        driver = driver.ReplaceAdditionalText(old, new MemoryText(old.Path, edited)).RunGenerators(compilation);
        return (driver, harness);
    }
}
