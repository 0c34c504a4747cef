using Corpus.Synthetic;
using Corpus.Tests.Generator;

namespace Corpus.Tests.Synthetic;

public class SyntheticCorpusTests
{
    [Fact]
    public void The_generator_gives_the_same_sequence_for_a_seed_on_every_platform()
    {
        // Fixed values: a change to the algorithm changes every benchmark corpus, so it must be deliberate.
        // xorshift64* seeded through SplitMix64, checked against an independent implementation.
        var rng = new XorShift(42);
        var first = new[] { rng.NextUInt64(), rng.NextUInt64(), rng.NextUInt64() };
        Assert.Equal(new[] { 0x31B0ECE7C4F697A2UL, 0x9008A3B1CB686F03UL, 0x7C7173ABD97BE16FUL }, first);
        Assert.NotEqual(first[0], new XorShift(43).NextUInt64());
        Assert.All(Enumerable.Range(0, 1000).Select(_ => rng.Next(7)), v => Assert.InRange(v, 0, 6));
    }

    [Fact]
    public void A_corpus_is_the_same_every_time_and_an_article_does_not_depend_on_the_corpus_size()
    {
        var a = SyntheticCorpus.Create(40);
        var b = SyntheticCorpus.Create(40);
        Assert.Equal(a, b);
        var larger = SyntheticCorpus.Create(80).ToDictionary(f => f.Path, f => f.Text);
        Assert.All(a, f => Assert.Equal(f.Text, larger[f.Path]));
        Assert.NotEqual(a, SyntheticCorpus.Create(40, seed: 7));
    }

    [Fact]
    public void A_corpus_has_its_articles_about_a_tenth_of_them_with_sidecars_and_a_gazetteer()
    {
        var files = SyntheticCorpus.Create(1000);
        Assert.Equal(1000, files.Count(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)));
        int sidecars = files.Count(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal) && f.Path != "corpus.yaml");
        Assert.InRange(sidecars, 70, 130);
        Assert.Contains(files, f => f.Path == "corpus.yaml");
        Assert.Equal(files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal), files.Select(f => f.Path));
        var texts = files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).Select(f => f.Text).ToList();
        Assert.Equal(texts.Count, texts.Distinct().Count());
        // Varied: many kinds of engagement, many partner countries, many dates.
        foreach (var word in new[] { " met ", "visit", "signed", "training course", "handed over", "joint exercise", "ceremony", "sidelines" })
        {
            Assert.Contains(texts, t => t.Contains(word, StringComparison.Ordinal));
        }
        Assert.True(texts.Select(t => t.Substring(0, t.IndexOf('(', StringComparison.Ordinal))).Distinct().Count() > 500, "datelines should vary");
    }

    [Fact]
    public void Officials_have_distinct_names_and_the_pool_grows_with_the_corpus()
    {
        var names = Enumerable.Range(0, 20000).Select(i => SyntheticCorpus.Foreign(i).Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        var khmer = Enumerable.Range(0, 3000).Select(i => SyntheticCorpus.Cambodian(i).Name).ToList();
        Assert.Equal(khmer.Count, khmer.Distinct().Count());
        Assert.Empty(names.Intersect(khmer));
    }

    [Fact]
    public void Files_written_to_a_folder_read_back_the_same()
    {
        var files = SyntheticCorpus.Create(12);
        string folder = Path.Combine(Path.GetTempPath(), "corpus-synthetic-" + Guid.NewGuid().ToString("N"));
        try
        {
            var written = SyntheticCorpus.WriteTo(folder, files);
            Assert.Equal(files.Count, written.Count);
            Assert.Equal(files, SyntheticCorpus.ReadFolder(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_generator_finds_officials_and_engagements_and_reports_nothing_on_a_synthetic_corpus()
    {
        var run = GeneratorHarness.FromFiles(SyntheticCorpus.Create(50)).Run();
        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompileDiagnostics);
        using var loaded = run.Load();
        var engagements = loaded.Get<IReadOnlyList<global::Corpus.Engagement>>("Test.Corpus.Engagements", "All");
        var officials = loaded.Get<IReadOnlyList<global::Corpus.Official>>("Test.Corpus.Officials", "All");
        Assert.InRange(engagements.Count, 50, 200);
        Assert.InRange(officials.Count, 30, 150);
        Assert.True(engagements.Select(e => e.Kind).Distinct().Count() >= 6, "kinds should vary");
        Assert.True(engagements.SelectMany(e => e.Countries).Select(c => c.Alpha2).Distinct().Count() >= 8, "countries should vary");
        Assert.Contains(engagements, e => e.Date is { IsComplete: true });
    }
}
