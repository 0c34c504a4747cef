using System.Text;
using System.Text.RegularExpressions;
using Corpus.Tests.Generator;

namespace Corpus.Tests.Robustness;

/// <summary>
/// Real builds, in a separate process: a missing CorpusDirectory is one CORPUS100 line and a
/// failed build (no stack trace), and a file with bytes that are not UTF-8, read by the compiler
/// itself, is CORPUS014 at the right line and column. Every output goes to a temporary folder,
/// so these builds never touch the repository's obj/ and bin/ folders or a concurrent build.
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
[Trait(TestGroups.Group, TestGroups.Build)]
public sealed class BuildProcessTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("corpus-build-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_temp, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the folder is in the temporary directory.
        }
    }

    private static void AssertNoStackTrace(string output)
    {
        Assert.DoesNotMatch(new Regex(@"^\s+at \S+\(", RegexOptions.Multiline), output);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS8785", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_CorpusDirectory_fails_the_build_with_one_CORPUS100_line()
    {
        string missing = Path.Combine(_temp, "no-such-articles");
        var result = ProbeBuild.Dotnet(GeneratorHarness.RepositoryRoot, "build", "samples/Corpus.Data/Corpus.Data.csproj", "--no-restore", "--no-dependencies", "-nodeReuse:false",
            "-p:CorpusDirectory=" + missing, "-p:OutputPath=" + Path.Combine(_temp, "bin") + "/", "-p:IntermediateOutputPath=" + Path.Combine(_temp, "obj") + "/");
        Assert.NotEqual(0, result.ExitCode);
        var errors = result.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
        var error = Assert.Single(errors);
        Assert.Contains("error CORPUS100: CorpusDirectory '" + missing + "' does not exist", error, StringComparison.Ordinal);
        AssertNoStackTrace(result.Output);
    }

    /// <remarks>
    /// The project lives in probe/ and the articles in articles/ beside it; the build runs from
    /// their parent with <c>-p:CorpusDirectory=articles</c>, so it also shows that a relative
    /// folder is taken from where the command runs.
    /// </remarks>
    [Fact]
    public void Bytes_that_are_not_UTF_8_in_a_real_file_are_CORPUS014_at_their_line_and_column()
    {
        string articles = Path.Combine(_temp, "articles");
        Directory.CreateDirectory(articles);
        // Line 2 holds "Türkiye" in Windows-1252 (0xFC is not UTF-8 on its own); line 3 is valid UTF-8.
        var bytes = Encoding.UTF8.GetBytes("Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.\n")
            .Concat(new byte[] { 0x54, 0xFC, 0x72, 0x6B, 0x69, 0x79, 0x65, 0x20, 0x61, 0x67, 0x72, 0x65, 0x65, 0x64, 0x2E, 0x0A })
            .Concat(Encoding.UTF8.GetBytes("Both sides thanked Ülkü Kocaefe.\n")).ToArray();
        File.WriteAllBytes(Path.Combine(articles, "latin.txt"), bytes);
        File.WriteAllText(Path.Combine(articles, "fine.txt"), "Prime Minister Hun Manet visited Laos.\n");
        ProbeBuild.WriteProject(_temp, documentationFile: true);
        var result = ProbeBuild.Dotnet(_temp, "build", "probe/Probe.csproj", "-nodeReuse:false", "-p:CorpusDirectory=articles");
        Assert.True(result.ExitCode == 0, result.Output);
        var warnings = result.Output.Split('\n').Where(l => l.Contains(" warning CORPUS", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains(Path.Combine(articles, "latin.txt") + "(2,2): warning CORPUS014: The file 'latin.txt' has bytes that are not UTF-8", warning, StringComparison.Ordinal);
        AssertNoStackTrace(result.Output);
        Assert.True(File.Exists(Path.Combine(_temp, "probe", "bin", "Debug", "net10.0", "Probe.dll")));
    }
}
