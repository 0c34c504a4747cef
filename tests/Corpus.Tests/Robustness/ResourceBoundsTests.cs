using System.Globalization;
using System.Text;
using Corpus.Extraction.Read;
using Corpus.Tests.Generator;

namespace Corpus.Tests.Robustness;

/// <summary>
/// Hostile YAML ends with a diagnostic in bounded memory: alias bombs, deep nesting and huge values. A run
/// that does not end within two minutes fails as a hang; how fast the generator is, is measured by the
/// benchmarks, not here. The generator runs on a thread with the 1 MB stack a compiler thread has, so
/// unbounded recursion would crash the test host rather than pass.
/// </summary>
public class ResourceBoundsTests
{
    private const string Article = "Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.\n";

    /// <summary>A generous bound on what one run may allocate; the inputs need a few megabytes.</summary>
    private const long Memory = 200L * 1024 * 1024;

    private sealed record Bounded(RobustRun Run, long Allocated);

    private static Bounded RunBounded(params (string Name, string Text)[] files)
    {
        Bounded? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                var harness = Robust.Corpus(files);
                long before = GC.GetAllocatedBytesForCurrentThread();
                var run = Robust.Run(harness);
                result = new Bounded(run, GC.GetAllocatedBytesForCurrentThread() - before);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromMinutes(2)), "the generator did not finish");
        if (failure is not null) throw new Xunit.Sdk.XunitException("the generator run threw: " + failure);
        return result!;
    }

    private static void AssertBoundedWith(Bounded b, string id, string file, string? message = null)
    {
        Assert.True(b.Allocated < Memory, "allocated " + b.Allocated.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
        var d = Assert.Single(b.Run.WithId(id));
        Assert.Equal(Robust.Root + file, d.Location.GetLineSpan().Path);
        if (message is not null) Assert.Contains(message, d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(b.Run.CompileDiagnostics);
    }

    /// <summary>"Billion laughs": ten levels, each alias list ten times the one before: 10^10 values if expanded.</summary>
    internal static string AliasBomb(string key = "title")
    {
        var sb = new StringBuilder();
        sb.Append("l0: &l0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int i = 1; i <= 9; i++)
        {
            sb.Append('l').Append(i).Append(": &l").Append(i).Append(" [");
            sb.Append(string.Join(", ", Enumerable.Repeat("*l" + (i - 1), 10)));
            sb.Append("]\n");
        }
        sb.Append(key).Append(": *l9\n");
        return sb.ToString();
    }

    [Fact]
    public void An_alias_bomb_in_a_sidecar_stops_at_the_node_limit()
    {
        var b = RunBounded(("a.txt", Article), ("a.yaml", AliasBomb()));
        AssertBoundedWith(b, "CORPUS019", "a.yaml", "more than 100000 values, lists and mappings");
        // The article is still compiled, without the sidecar.
        Assert.Contains(b.Run.Model.Officials, o => o.Name == "Tea Banh");
    }

    [Fact]
    public void An_alias_bomb_in_corpus_yaml_stops_at_the_node_limit()
        => AssertBoundedWith(RunBounded(("a.txt", Article), ("corpus.yaml", AliasBomb("topics"))), "CORPUS019", "corpus.yaml");

    [Fact]
    public void An_alias_bomb_as_a_mapping_key_stops_before_the_key_is_hashed()
    {
        var yaml = AliasBomb().Replace("title: *l9\n", "? *l9\n: x\n", StringComparison.Ordinal);
        AssertBoundedWith(RunBounded(("a.txt", Article), ("a.yaml", yaml)), "CORPUS019", "a.yaml");
    }

    [Fact]
    public void Aliases_within_the_limit_are_read()
    {
        var yaml = "engagements:\n  - kind: meeting\n    participants: &p [Tea Banh, Ülkü Kocaefe]\n    evidence: [\"Tea Banh met\"]\n  - kind: visit\n    participants: *p\n    evidence: [\"Ülkü Kocaefe on Wednesday\"]\n";
        var run = Robust.Run(("a.txt", Article), ("a.yaml", yaml));
        Assert.Empty(run.Diagnostics);
        var facts = run.Facts("a.txt");
        Assert.Equal(2, facts.Engagements.Count);
        Assert.All(facts.Engagements, e => Assert.Contains("ulku-kocaefe", e.Participants));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void An_alias_inside_what_it_refers_to_is_an_error_not_a_cycle()
    {
        var b = RunBounded(("a.txt", Article), ("a.yaml", "officials: &o\n  - *o\n"));
        AssertBoundedWith(b, "CORPUS001", "a.yaml", "the alias *o refers to a list or mapping that contains it");
        Assert.Equal(2, b.Run.WithId("CORPUS001").Single().Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void An_alias_to_no_anchor_is_an_error()
        => AssertBoundedWith(RunBounded(("a.txt", Article), ("a.yaml", "title: *nowhere\n")), "CORPUS001", "a.yaml", "refers to no anchor &nowhere");

    public static TheoryData<string, string> DeepNesting() => new()
    {
        { "flow lists", "title: " + new string('[', 10_000) + new string(']', 10_000) + "\n" },
        { "flow mappings", "title: " + string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "x" + new string('}', 10_000) + "\n" },
        { "block lists", "title:\n" + string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n" },
        { "unclosed", "title: " + new string('[', 10_000) + "\n" },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void Ten_thousand_levels_of_nesting_stop_at_the_depth_limit(string shape, string yaml)
    {
        var b = RunBounded(("a.txt", Article), ("a.yaml", yaml));
        AssertBoundedWith(b, "CORPUS019", "a.yaml", "nested 65 deep, over the limit of 64 levels");
        Assert.False(string.IsNullOrEmpty(shape));
    }

    [Fact]
    public void Depth_reached_through_aliases_counts_too()
    {
        var sb = new StringBuilder("d0: &d0 " + new string('[', 40) + new string(']', 40) + "\n");
        sb.Append("d1: &d1 " + new string('[', 30) + "*d0" + new string(']', 30) + "\n");
        AssertBoundedWith(RunBounded(("a.txt", Article), ("a.yaml", sb.ToString())), "CORPUS019", "a.yaml", "over the limit of 64 levels");
    }

    [Fact]
    public void A_value_over_the_scalar_limit_is_reported_at_the_value()
    {
        var yaml = "outlet: TDI\ntitle: " + new string('x', 3_000_000) + "\n";
        var b = RunBounded(("a.txt", Article), ("a.yaml", yaml));
        AssertBoundedWith(b, "CORPUS019", "a.yaml", "a value has 3000000 characters, over the limit of 65536 characters");
        Assert.Equal(2, b.Run.WithId("CORPUS019").Single().Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_quoted_value_over_the_scalar_limit_is_reported_too()
    {
        var yaml = "title: \"" + string.Concat(Enumerable.Repeat("\\\" \\u202E ", 100_000)) + "\"\n";
        AssertBoundedWith(RunBounded(("a.txt", Article), ("a.yaml", yaml)), "CORPUS019", "a.yaml", "over the limit of 65536 characters");
    }

    [Fact]
    public void A_file_over_the_length_limit_is_not_parsed()
    {
        var yaml = "title: x\n# " + new string('#', YamlLimits.MaxLength) + "\n";
        AssertBoundedWith(RunBounded(("a.txt", Article), ("a.yaml", yaml)), "CORPUS019", "a.yaml", "characters, over the limit of 4194304 characters");
    }

    [Fact]
    public void Many_small_values_within_the_length_limit_stop_at_the_node_limit()
    {
        var yaml = "engagements:\n" + string.Concat(Enumerable.Repeat("  - [a, b, c, d, e, f, g, h, i, j]\n", 20_000));
        AssertBoundedWith(RunBounded(("a.txt", Article), ("a.yaml", yaml)), "CORPUS019", "a.yaml");
    }

    [Fact]
    public void An_article_of_one_line_at_the_size_limit_is_extracted_in_bounded_time()
    {
        var sb = new StringBuilder("General Vong Pisen met ");
        string[] pieces = { "\"\"\"", "*/", "#line 1 \"x\"", "{", "\u202E", "\\", "Alpha Beta", "\0", "Turkey", "27 April 2023", "İstanbul" };
        for (int i = 0; sb.Length < ArticleReader.MaxArticleLength - 100; i++) sb.Append(pieces[i % pieces.Length]).Append(' ');
        var b = RunBounded(("long.txt", sb.ToString()));
        Assert.Empty(b.Run.WithId("CORPUS016"));
        Assert.Empty(b.Run.WithId("CORPUS015"));
        Assert.Empty(b.Run.CompileDiagnostics);
    }
}
