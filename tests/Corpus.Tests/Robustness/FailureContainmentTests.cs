using System.Globalization;
using Corpus.Generator;

namespace Corpus.Tests.Robustness;

/// <summary>
/// An unexpected failure while processing one file becomes one CORPUS016 naming that file, and
/// every other article still compiles. The failure is injected through the generator's
/// <see cref="FaultInjection"/> seam, which only this test's execution context sees.
/// </summary>
public class FailureContainmentTests
{
    private const string A = "Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.\n";
    private const string B = "General Vong Pisen met US Principal Deputy Assistant Secretary of Defense Jed Royal on February 26.\n";
    private const string C = "Prime Minister Hun Manet visited Laos on 3 March 2024 and met Lao Prime Minister Sonexay Siphandone.\n";

    internal static RobustRun RunFailing(string stage, string file)
    {
        var harness = Robust.Corpus(("a.txt", A), ("b.txt", B), ("b.yaml", "title: The B article\n"), ("c.txt", C));
        var saved = FaultInjection.FailWhen;
        FaultInjection.FailWhen = (s, path) => s == stage && path == Robust.Root + file;
        try
        {
            return Robust.Run(harness);
        }
        finally
        {
            FaultInjection.FailWhen = saved;
        }
    }

    [Theory]
    [InlineData(FaultInjection.Extract, "b.txt")]
    [InlineData(FaultInjection.Summarise, "b.txt")]
    [InlineData(FaultInjection.Emit, "b.txt")]
    [InlineData(FaultInjection.Read, "b.txt")]
    [InlineData(FaultInjection.Parse, "b.yaml")]
    public void A_failure_in_one_article_is_one_diagnostic_and_the_others_compile(string stage, string file)
    {
        var run = RunFailing(stage, file);
        Assert.Null(run.Result.Exception);
        var failure = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS016");
        Assert.Equal(Robust.Root + file, failure.Location.GetLineSpan().Path);
        Assert.Contains("'" + file + "'", failure.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("InjectedFailureException", failure.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        Assert.Empty(run.CompileDiagnostics);

        // The other articles keep their facts.
        var ok = Robust.Run(Robust.Corpus(("a.txt", A), ("b.txt", B), ("b.yaml", "title: The B article\n"), ("c.txt", C)));
        foreach (var name in new[] { "Tea Banh", "Hun Manet" })
        {
            Assert.Contains(run.Model.Officials, o => o.Name == name);
        }
        Assert.Equal(ok.ArticleData("a.txt"), run.ArticleData("a.txt"));
        Assert.Equal(ok.ArticleData("c.txt"), run.ArticleData("c.txt"));
        // The failed article's document is still generated.
        Assert.Contains(run.Model.Documents, d => d.Path == "b.txt");
    }

    // A failed summary drops the article's facts from the corpus and from its data alike, so no
    // engagement of the data names an official the corpus lacks.
    [Theory]
    [InlineData(FaultInjection.Extract)]
    [InlineData(FaultInjection.Summarise)]
    public void A_failed_article_keeps_the_sidecars_metadata_and_drops_the_facts(string stage)
    {
        var run = RunFailing(stage, "b.txt");
        var b = run.Model.Documents.Single(d => d.Path == "b.txt");
        Assert.Equal("The B article", b.Title);
        Assert.DoesNotContain(run.Model.Officials, o => o.Name == "Jed Royal");
        using var loaded = LoadedCorpus.Load(run.Output);
        var documents = loaded.All<global::Corpus.Document>("Test.Corpus", "Documents");
        Assert.Equal(new[] { "a", "b", "c" }, documents.Select(d => d.Id));
        var engagements = loaded.All<global::Corpus.Engagement>("Test.Corpus", "Engagements");
        Assert.DoesNotContain(engagements, e => e.Document.Id == "b");
        Assert.Contains(engagements, e => e.Document.Id == "a");
    }

    // Splitting the corpus into corpus-wide files, officials' shards or data shards fails as a whole:
    // one diagnostic with no file, and every file the other steps emit is still emitted as it would be.
    [Theory]
    [InlineData(SplitStep.Parts)]
    [InlineData(SplitStep.OfficialShards)]
    [InlineData(SplitStep.DataShards)]
    public void A_failure_splitting_the_corpus_into_files_is_one_diagnostic_for_the_corpus(string step)
    {
        var harness = Robust.Corpus(("a.txt", A), ("b.txt", B), ("c.txt", C));
        var ok = Robust.Run(harness);
        var saved = FaultInjection.FailWhen;
        FaultInjection.FailWhen = (s, path) => s == FaultInjection.Split && path == step;
        RobustRun run;
        try
        {
            run = Robust.Run(harness);
        }
        finally
        {
            FaultInjection.FailWhen = saved;
        }

        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CS8785");
        var failure = Assert.Single(run.Diagnostics, d => d.Id == "CORPUS016");
        Assert.Equal(Microsoft.CodeAnalysis.Location.None, failure.Location);
        string message = failure.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("InjectedFailureException", message, StringComparison.Ordinal);
        Assert.Contains("(" + step + ")", message, StringComparison.Ordinal);
        Assert.DoesNotContain(ok.Diagnostics, d => d.Id == "CORPUS016");
        Assert.NotEmpty(run.Sources);
        Assert.True(run.Sources.Count < ok.Sources.Count, step + ": " + run.Sources.Count + " of " + ok.Sources.Count + " files");
        Assert.All(run.Sources, s => Assert.Contains(s, ok.Sources));
    }

    [Fact]
    public void A_failure_reading_corpus_yaml_falls_back_to_the_built_in_gazetteer()
    {
        var harness = Robust.Corpus(("a.txt", A), ("corpus.yaml", "topics:\n  demining: [demining]\n"));
        FaultInjection.FailWhen = (stage, path) => stage == FaultInjection.Parse && path.EndsWith("corpus.yaml", StringComparison.Ordinal);
        RobustRun run;
        try
        {
            run = Robust.Run(harness);
        }
        finally
        {
            FaultInjection.FailWhen = null;
        }
        Assert.Single(run.Diagnostics, d => d.Id == "CORPUS016");
        Assert.Equal(global::Corpus.Extraction.Read.Gazetteer.Default.Topics.Select(t => t.Name), run.Model.Topics.Select(t => t.Name));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public async Task The_seam_is_invisible_outside_the_context_that_set_it()
    {
        FaultInjection.FailWhen = (_, _) => true;
        try
        {
            // A task started here inherits the setting; a thread started without the context does not.
            var inherited = await Task.Run(() => Robust.Run(("a.txt", A)));
            Assert.Contains(inherited.Diagnostics, d => d.Id == "CORPUS016");
            RobustRun? clean = null;
            using (ExecutionContext.SuppressFlow())
            {
                var thread = new Thread(() => clean = Robust.Run(("a.txt", A)));
                thread.Start();
                thread.Join();
            }
            Assert.DoesNotContain(clean!.Diagnostics, d => d.Id == "CORPUS016");
        }
        finally
        {
            FaultInjection.FailWhen = null;
        }
    }
}
