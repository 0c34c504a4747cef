using System.Runtime.CompilerServices;
using Corpus.Synthetic;
using Corpus.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace Corpus.Tests.Scale;

/// <summary>
/// A large corpus compiles and runs: no compiler limit (CS8103, the string heap, and the like), no
/// stack overflow in the compiler or at the first access. Not timed: the benchmarks measure time.
/// </summary>
/// <remarks>
/// 10,000 synthetic articles (<c>CORPUS_SCALE_ARTICLES</c> sets another number): generated with
/// step tracking off, as a command-line build does, then compiled to an assembly in memory, loaded
/// into a load context of its own, and every list touched. About half a minute here.
/// </remarks>
[Trait(TestGroups.Category, TestGroups.Slow)]
[Trait(TestGroups.Group, TestGroups.Scale)]
public class ScaleTests
{
    /// <summary>The articles of the scale test; <c>CORPUS_SCALE_ARTICLES</c> overrides it.</summary>
    public static int Articles => int.TryParse(Environment.GetEnvironmentVariable("CORPUS_SCALE_ARTICLES"), out int n) ? n : 10000;

    [Fact]
    public void Ten_thousand_articles_generate_compile_and_load()
    {
        int n = Articles;
        var corpus = CompiledSyntheticCorpus.Get(n);
        Assert.Empty(corpus.GeneratorProblems);
        Assert.Empty(corpus.CompileProblems);

        var (engagements, officials, mentions, documents) = Touch(corpus.Image);
        Assert.Equal(n, documents);
        Assert.True(engagements > n, $"{engagements} engagements");
        Assert.True(officials > n / 4, $"{officials} officials");
        Assert.True(mentions > engagements, $"{mentions} mentions");
    }

    // In a method of its own, so nothing keeps the load context alive after it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (int, int, int, int) Touch(byte[] image)
    {
        using var loaded = new LoadedAssembly(image);
        var engagements = loaded.Get<IReadOnlyList<global::Corpus.Engagement>>("Test.Corpus.Engagements", "All");
        var officials = loaded.Get<IReadOnlyList<global::Corpus.Official>>("Test.Corpus.Officials", "All");
        var mentions = loaded.Get<IReadOnlyList<global::Corpus.Mention>>("Test.Corpus.Mentions", "All");
        var documents = loaded.Get<IReadOnlyList<global::Corpus.Document>>("Test.Corpus.Documents", "All");
        var engagement = engagements[engagements.Count / 2];
        Assert.Same(engagement, loaded.Get<global::Corpus.CorpusIndex<global::Corpus.Engagement>>("Test.Corpus.Engagements", "All").Find(engagement.Id));
        return (engagements.Count, officials.Count, mentions.Count, documents.Count);
    }
}
