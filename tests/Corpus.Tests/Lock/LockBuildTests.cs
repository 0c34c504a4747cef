using System.Text.RegularExpressions;
using Corpus.Tests.Robustness;

namespace Corpus.Tests.Lock;

/// <summary>
/// The update path in real builds: <c>dotnet build -p:CorpusLock=update</c> writes the lock, a
/// plain build then passes, an edited article fails the build at the lock file's line with the
/// new value, and updating again accepts it. The project lives in a temporary folder and uses the
/// generator through its build files, as the package does; the lock is at its default place.
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
[Trait(TestGroups.Group, TestGroups.Build)]
public sealed class LockBuildTests : IDisposable
{
    private const string Article = "Phnom Penh, 9 May 2024 (TDI): Malaysian Chief of Defence Force General Hakim Rahman paid an official visit to Cambodia on Tuesday.\n\n"
        + "During the visit, Hakim Rahman met Minister of National Defence General Chea Sopheak at the ministry in Phnom Penh to discuss maritime security.\n";

    private readonly string _temp = Directory.CreateTempSubdirectory("corpus-lock-").FullName;

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

    private (int ExitCode, string Output) Build(params string[] extra)
    {
        var result = ProbeBuild.Dotnet(_temp, new[] { "build", "probe/Probe.csproj", "-nodeReuse:false", "-p:CorpusDirectory=articles" }.Concat(extra).ToArray());
        return (result.ExitCode, result.Output);
    }

    [Fact]
    public void Update_writes_the_lock_a_plain_build_passes_and_a_changed_date_fails_at_the_lock_line()
    {
        string articles = Directory.CreateDirectory(Path.Combine(_temp, "articles")).FullName;
        string article = Path.Combine(articles, "001_malaysia-visit.txt");
        string lockFile = Path.Combine(_temp, "probe", "corpus.lock.yaml");
        File.WriteAllText(article, Article);
        ProbeBuild.WriteProject(_temp);

        var plainWithoutLock = Build();
        Assert.True(plainWithoutLock.ExitCode == 0, plainWithoutLock.Output);
        Assert.False(File.Exists(lockFile));

        var update = Build("-p:CorpusLock=update");
        Assert.True(update.ExitCode == 0, update.Output);
        Assert.Contains("Corpus: wrote " + lockFile, update.Output, StringComparison.Ordinal);
        string text = File.ReadAllText(lockFile);
        Assert.Contains("  001_malaysia-visit-1:\n    kind: visit\n    status: held\n    date: 2024-05-07\n", text, StringComparison.Ordinal);
        Assert.Contains("  hakim-rahman:\n    name: Hakim Rahman\n    country: MY\n", text, StringComparison.Ordinal);

        var plain = Build();
        Assert.True(plain.ExitCode == 0, plain.Output);

        File.WriteAllText(article, Article.Replace("on Tuesday", "on Wednesday", StringComparison.Ordinal));
        var changed = Build();
        Assert.NotEqual(0, changed.ExitCode);
        int dateLine = text.Split('\n').ToList().FindIndex(l => l == "    date: 2024-05-07") + 1;
        var errors = changed.Output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToList();
        var error = Assert.Single(errors);
        Assert.Matches(new Regex(Regex.Escape(lockFile) + @"\(" + dateLine + @",11\): error CORPUS032: The date of engagement '001_malaysia-visit-1' changed from 2024-05-07 to 2024-05-08\."), error);

        var accept = Build("-p:CorpusLock=update");
        Assert.True(accept.ExitCode == 0, accept.Output);
        Assert.Contains("    date: 2024-05-08\n", File.ReadAllText(lockFile), StringComparison.Ordinal);
        var after = Build();
        Assert.True(after.ExitCode == 0, after.Output);
    }
}
