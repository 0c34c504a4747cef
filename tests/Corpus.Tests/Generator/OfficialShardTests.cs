using System.Text.RegularExpressions;
using Corpus.Contract;
using Corpus.Synthetic;
using Corpus.Tests.Robustness;

namespace Corpus.Tests.Generator;

/// <summary>
/// The officials' members and data are split over several files by a hash of each official's id,
/// and together they are every official once, with the same member, docs and value as one file gave
/// (on the synthetic corpus of the caching tests, whose officials fill several shards; slow: several seconds).
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
[Trait(TestGroups.Group, TestGroups.Caching)]
public class OfficialShardLayoutTests
{
    // Enough synthetic articles for more officials than one shard holds.
    private const int Articles = CachingTests.SyntheticSize;

    private static readonly Lazy<RobustRun> s_run = new(() =>
    {
        var harness = GeneratorHarness.FromFiles(SyntheticCorpus.Create(Articles));
        harness.UserCode = Corpus.Tests.Robustness.Robust.UserCode;
        return Corpus.Tests.Robustness.Robust.Run(harness);
    });

    private static readonly Regex s_member = new(@"public static global::Corpus\.Official (\w+) => __s\.Official\((\d+), (\d+)\);", RegexOptions.CultureInvariant);

    [Fact]
    public void Each_official_is_a_member_of_the_one_shard_its_id_gives_in_generated_order()
    {
        var run = s_run.Value;
        Assert.Empty(run.CompileDiagnostics);
        var officials = run.Model.Officials;
        int shards = DataLayout.OfficialShardCount(officials.Count);
        Assert.True(shards >= 2, officials.Count + " officials make " + shards + " shard(s)");

        var files = run.Sources.Where(s => s.HintName.StartsWith("Corpus.Officials.Shard", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, shards).Select(i => "Corpus.Officials.Shard" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs"), files.Select(f => f.HintName));
        // No member is declared in the file that holds the order.
        Assert.DoesNotMatch(s_member, run.Source("Corpus.Officials.g.cs"));

        var declared = new List<(string Member, int Shard, int Index)>();
        for (int s = 0; s < files.Count; s++)
        {
            var members = s_member.Matches(files[s].Source).Select(m => (m.Groups[1].Value, int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
            Assert.All(members, m => Assert.Equal(s, m.Item2));
            Assert.Equal(Enumerable.Range(0, members.Count), members.Select(m => m.Item3));
            // Within a shard the members keep the generated order.
            var expected = officials.Where(o => DataLayout.OfficialShard(o.Id, shards) == s).Select(o => o.Member);
            Assert.Equal(expected, members.Select(m => m.Item1));
            declared.AddRange(members);
        }
        // Together the shards declare every official once.
        Assert.Equal(officials.Select(o => o.Member).OrderBy(m => m, StringComparer.Ordinal), declared.Select(d => d.Member).OrderBy(m => m, StringComparer.Ordinal));
    }

    [Fact]
    public void The_members_and_All_read_the_officials_of_the_model_in_generated_order()
    {
        var run = s_run.Value;
        using var loaded = Corpus.Tests.Robustness.LoadedCorpus.Load(run.Output);
        var all = loaded.All<Official>("Test.Corpus", "Officials");
        var officials = run.Model.Officials;
        Assert.Equal(officials.Select(o => o.Id), all.Select(o => o.Id));
        Assert.Equal(officials.Select(o => o.Name), all.Select(o => o.Name));
        Assert.Equal(officials.Select(o => o.Documents.Count), all.Select(o => o.Documents.Count));
        Assert.Equal(officials.Select(o => o.Positions.Count), all.Select(o => o.Positions.Count));
        // Positions are read from the shard of their official, with the sentences of that shard's table.
        Assert.Equal(officials.SelectMany(o => o.Positions.Select(p => (o.Id, p.Position.Title, p.Position.Evidence.Text))),
            all.SelectMany(o => o.Positions.Select(p => (o.Id, p.Title, p.Evidence.Text))));

        var members = loaded.Members("Test.Corpus", "Officials").Where(m => m.Value is Official).ToDictionary(m => m.Key, m => (Official)m.Value!);
        Assert.Equal(officials.Count, members.Count);
        foreach (var (o, i) in officials.Select((o, i) => (o, i)))
        {
            Assert.Same(all[i], members[o.Member]);
        }
    }

    [Fact]
    public void Every_member_keeps_its_docs()
    {
        var run = s_run.Value;
        string text = string.Concat(run.Sources.Where(s => s.HintName.StartsWith("Corpus.Officials.", StringComparison.Ordinal)).Select(s => s.Source));
        foreach (var o in run.Model.Officials)
        {
            // The summary line right before each member names the official.
            var m = Regex.Match(text, @"/// <summary>([^\n]*)</summary>\n(?:\s*/// <remarks>[^\n]*\n)?\s*public static global::Corpus\.Official " + o.Member + " ", RegexOptions.CultureInvariant);
            Assert.True(m.Success, o.Member);
            Assert.StartsWith(Corpus.Generator.Emit.Literals.Xml(o.Name), m.Groups[1].Value, StringComparison.Ordinal);
        }
    }

}

/// <summary>How officials are given to shards, and how the runtime reads several officials' shards back in generated order.</summary>
public class OfficialShardTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(64, 1)]
    [InlineData(65, 2)]
    [InlineData(128, 2)]
    [InlineData(129, 4)]
    [InlineData(2048, 32)]
    [InlineData(6647, 32)]
    [InlineData(1_000_000, 32)]
    public void The_count_of_shards_is_a_power_of_two_that_changes_only_at_a_power_of_two_times_the_shard_size(int officials, int shards)
        => Assert.Equal(shards, DataLayout.OfficialShardCount(officials));

    [Fact]
    public void An_officials_shard_depends_on_the_id_alone()
    {
        // FNV-1a of "vong-pisen" is 2,838,391,279: the shard is part of the data layout, so a change of hash is a change of format.
        Assert.Equal(47, DataLayout.OfficialShard("vong-pisen", 64));
        Assert.Equal(15, DataLayout.OfficialShard("vong-pisen", 32));
        Assert.Equal(0, DataLayout.OfficialShard("vong-pisen", 1));
        // FNV-1a of the id: spread over the shards, not by first letter.
        var ids = Enumerable.Range(0, 640).Select(i => "official-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var counts = ids.GroupBy(id => DataLayout.OfficialShard(id, 64)).Select(g => g.Count()).ToList();
        Assert.Equal(64, counts.Count);
        Assert.All(counts, c => Assert.InRange(c, 1, 30));
    }

    private static string Who(string id, int positions) => id.Length + ":" + id + id.Length + ":" + id + "0,~" + positions + ",0,";

    private static string Position(string title, int sentence) => title.Length + ":" + title + "~~~1:d" + sentence + ",";

    private static string Body(string who, string positions) => "1," + who.Length + "," + who + positions.Length + "," + positions;

    [Fact]
    public void The_store_puts_the_officials_of_several_shards_in_the_order_the_order_blob_gives()
    {
        var store = StoreOfThreeOfficialsInTwoShards();

        Assert.Equal(new[] { "a", "b", "c" }, store.Officials.Select(o => o.Id));
        Assert.Same(store.Officials[1], store.Official(1, 0));
        Assert.Same(store.Officials[2], store.Official(0, 1));
        Assert.Same(store.Officials[2], store.Official(2));
        Assert.Equal(new[] { ("Ta", "One", 1), ("Tb", "Three", 5), ("Tc", "Two", 2) },
            store.Officials.Select(o => (o.Positions[0].Title, o.Positions[0].Evidence.Text, o.Positions[0].Evidence.Line)));
    }

    // Shard 1 holds b, generated second of a, b, c.
    private static readonly string s_shard1 = Body(Who("b", 1), "1,5,1,5:Three" + Position("Tb", 0));

    // Shard 0 holds a and c, shard 1 holds b; generated order is a, b, c.
    private static CorpusStore StoreOfThreeOfficialsInTwoShards()
    {
        string shard0Who = Who("a", 1) + Who("c", 1);
        string shard0Positions = "2,1,1,3:One2,1,3:Two" + Position("Ta", 0) + Position("Tc", 1);
        string shard0 = "2," + shard0Who.Length + "," + shard0Who + shard0Positions.Length + "," + shard0Positions;
        return StoreOfTwoShards(() => Blob(shard0));
    }

    // The same store with shard 0's Deflate stream broken past the header.
    private static CorpusStore StoreWithABrokenFirstShard()
    {
        string broken = "#" + DataLayout.FormatVersion + ",40," + Corpus.Tests.DataFormat.Base85Tests.Encode(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF });
        return StoreOfTwoShards(() => System.Text.Encoding.ASCII.GetBytes(broken));
    }

    private static CorpusStore StoreOfTwoShards(CorpusData shard0)
        => new(() => Blob("3,2,0,1,0,"), new CorpusData[] { shard0, () => Blob(s_shard1) }, Array.Empty<CorpusData>(), Array.Empty<Country>(), Array.Empty<Topic>());

    [Fact]
    public void An_official_and_its_positions_read_only_its_own_shard()
    {
        var store = StoreWithABrokenFirstShard();

        var b = store.Official(1, 0);

        Assert.Equal("b", b.Id);
        Assert.Equal(("Tb", "Three", 5), (b.Positions[0].Title, b.Positions[0].Evidence.Text, b.Positions[0].Evidence.Line));
        Assert.Same(b, store.Official(1, 0));
    }

    [Fact]
    public void A_corrupt_shard_throws_when_it_is_read_and_on_every_later_read()
    {
        var store = StoreWithABrokenFirstShard();

        Assert.Equal("b", store.Official(1, 0).Id);
        Assert.Throws<FormatException>(() => store.Official(0, 0));
        Assert.Throws<FormatException>(() => store.Officials);
        Assert.Throws<FormatException>(() => store.Official(0, 1));
        Assert.Equal("b", store.Official(1, 0).Id);
    }

    [Fact]
    public void Officials_read_one_at_a_time_are_those_of_the_whole_list()
    {
        var store = StoreOfThreeOfficialsInTwoShards();

        var c = store.Official(0, 1);
        Assert.Equal("Tc", c.Positions[0].Title);
        var b = store.Official(1, 0);

        Assert.Equal(new[] { "a", "b", "c" }, store.Officials.Select(o => o.Id));
        Assert.Same(c, store.Officials[2]);
        Assert.Same(b, store.Officials[1]);
        Assert.Same(c.Positions, store.Officials[2].Positions);
        Assert.Equal("Ta", store.Officials[0].Positions[0].Title);
    }

    [Theory]
    [InlineData("1,2,0,")]       // fewer officials than the shards hold
    [InlineData("2,3,0,1,")]     // another count of shards
    [InlineData("2,2,1,1,")]     // two officials in a shard that holds one
    [InlineData("2,2,0,2,")]     // a shard that does not exist
    [InlineData("2,2,0,1,0,")]   // more entries than officials
    public void An_order_that_disagrees_with_the_shards_is_corrupt(string order)
    {
        var store = new CorpusStore(() => Blob(order), new CorpusData[] { () => Blob(Body(Who("a", 0), "0,")), () => Blob(Body(Who("b", 0), "0,")) },
            Array.Empty<CorpusData>(), Array.Empty<Country>(), Array.Empty<Topic>());
        Assert.Throws<FormatException>(() => store.Officials);
    }

    [Fact]
    public void More_than_one_officials_shard_needs_an_order()
        => Assert.Throws<ArgumentException>(() => new CorpusStore(null, new CorpusData[] { () => Blob(""), () => Blob("") }, Array.Empty<CorpusData>(), Array.Empty<Country>(), Array.Empty<Topic>()));

    private static ReadOnlySpan<byte> Blob(string body)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        if (bytes.Length == 0) return System.Text.Encoding.ASCII.GetBytes("#" + DataLayout.FormatVersion + ",0,");
        return System.Text.Encoding.ASCII.GetBytes(Corpus.Tests.DataFormat.CompressedDataTests.BlobText(body));
    }
}
