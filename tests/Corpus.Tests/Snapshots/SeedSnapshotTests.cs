using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Corpus.Tests.Generator;

namespace Corpus.Tests.Snapshots;

/// <summary>
/// Every source generated from the seed corpus is compared with its approved file beside this
/// class. A change shows up as a *.received.* file; approve it by renaming it to *.approved.*.
/// </summary>
[UseReporter(typeof(QuietReporter))]
public class SeedSnapshotTests
{
    private static readonly GeneratorRun s_run = GeneratorHarness.FromDirectory(GeneratorHarness.SeedsDirectory).Run();

    public static TheoryData<string> HintNames()
    {
        var data = new TheoryData<string>();
        foreach (var (hint, _) in s_run.Sources) data.Add(hint);
        return data;
    }

    [Theory]
    [MemberData(nameof(HintNames))]
    public void Generated_source_matches_the_approved_snapshot(string hintName)
    {
        var source = s_run.Sources.Single(s => s.HintName == hintName).Source;
        using (ApprovalResults.ForScenario(hintName.Replace(".g.cs", "")))
        {
            Approvals.Verify(source);
        }
    }

    [Fact]
    public void The_seed_corpus_generates_one_file_per_record_family_the_store_the_lookup_keys_one_officials_shard_and_one_shard()
    {
        var hints = s_run.Sources.Select(s => s.HintName).ToList();
        Assert.Equal(8 + 1 + 1 + 1, hints.Count);
        Assert.Contains("Corpus.LookupKeys.g.cs", hints);
        Assert.Contains("Corpus.Officials.g.cs", hints);
        Assert.Equal(new[] { "Corpus.Officials.Shard00.g.cs" }, hints.Where(h => h.StartsWith("Corpus.Officials.Shard", StringComparison.Ordinal)));
        Assert.Contains("Corpus.Data.g.cs", hints);
        Assert.Equal(new[] { "Corpus.Data.Shard0000.g.cs" }, hints.Where(h => h.StartsWith("Corpus.Data.Shard", StringComparison.Ordinal)));
    }
}
