using System;
using System.Linq;
using Corpus.Contract;
using Xunit;

namespace Corpus.Tests.DataFormat;

/// <summary>The data layout shared by the generator and the runtime, and its version check.</summary>
public class DataFormatTests
{
    private static CorpusStore Store(CorpusData officials, params CorpusData[] shards)
        => new(officials, shards, Array.Empty<Country>(), Array.Empty<Topic>());

    [Fact]
    public void Data_of_the_current_version_is_read()
    {
        var store = Store(static () => "#3,0,"u8, static () => "#3,0,"u8);
        Assert.Equal(3, CorpusStore.FormatVersion);
        Assert.Empty(store.Officials);
        Assert.Empty(store.Documents);
        Assert.Empty(store.Engagements);
    }

    [Fact]
    public void Data_without_a_version_is_version_1_and_throws_a_clear_message_on_every_use()
    {
        // The layout before versions existed: the officials' data starts with their count.
        var store = Store(static () => "0,"u8);
        var first = Assert.Throws<InvalidOperationException>(() => store.Officials);
        Assert.Equal("The compiled corpus data has format version 1, but this Corpus.Runtime reads format version 3: use matching versions of the "
            + "Corpus.Generator and Corpus.Runtime packages (the same package version) and rebuild the project that holds the corpus.", first.Message);
        var again = Assert.Throws<InvalidOperationException>(() => store.Documents);
        Assert.Equal(first.Message, again.Message);
    }

    [Fact]
    public void Data_of_a_newer_version_in_any_shard_throws_naming_both_versions()
    {
        var store = Store(static () => "#3,0,"u8, static () => "#3,0,"u8, static () => "#4,0,"u8);
        var e = Assert.Throws<InvalidOperationException>(() => store.Engagements);
        Assert.Contains("format version 4, but this Corpus.Runtime reads format version 3", e.Message, StringComparison.Ordinal);
        Assert.Contains("Corpus.Generator and Corpus.Runtime", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_generated_data_starts_with_the_version_the_runtime_reads()
    {
        var run = Corpus.Tests.Robustness.Robust.Run(("a.txt", "Phnom Penh, 9 May 2024 (TDI): General Tea Banh met the Malaysian ambassador on Tuesday.\n"));
        var data = run.Result.GeneratedSources.Where(s => s.HintName.StartsWith("Corpus.Data.Shard", StringComparison.Ordinal) || s.HintName == "Corpus.Officials.g.cs")
            .Select(s => s.SourceText.ToString()).ToList();
        Assert.Equal(2, data.Count);
        Assert.All(data, source => Assert.Contains("=> \"#" + DataLayout.FormatVersion + ",", source, StringComparison.Ordinal));
    }

    [Fact]
    public void The_kinds_and_statuses_have_one_definition_whose_names_the_sidecars_and_the_data_use()
    {
        Assert.Equal(Enum.GetNames<EngagementKind>().Select(n => n.ToLowerInvariant()), EngagementNames.Kinds);
        Assert.Equal(new[] { "meeting", "visit", "agreement", "training", "exercise", "ceremony", "aid", "conference", "other" }, EngagementNames.Kinds);
        Assert.Equal(new[] { "held", "planned" }, EngagementNames.Statuses);
        Assert.Equal((int)EngagementKind.Other, EngagementNames.KindNumber("no such kind"));
        Assert.Equal((int)EngagementStatus.Planned, EngagementNames.StatusNumber("planned"));
    }
}
