namespace Corpus.Tests.Packaging;

/// <summary>The packaging tests share one pack of the solution; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "Packed packages";
}

/// <summary>
/// Packs the solution once per test run, the way the README says, into a temporary folder feed
/// with a version no other build uses, and builds the consumers of <c>samples/Consumers</c> from
/// copies that restore from that feed alone, into a package cache of their own. The repository's
/// bin/ and obj/ folders are not touched: the build output goes to a temporary artifacts folder.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    public static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(8);
    public static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(2);

    public static readonly string[] PackageIds = ["Corpus.Runtime", "Corpus.Generator", "Corpus.Data"];

    private int _copies;

    public PackedPackages()
    {
        RepositoryRoot = FindRepositoryRoot();
        WorkDirectory = Path.Combine(Path.GetTempPath(), "corpus-packaging-" + Guid.NewGuid().ToString("N")[..12]);
        // SemVer 2 pre-release: the letter keeps the last identifier alphanumeric.
        Version = "0.0.0-test.r" + Guid.NewGuid().ToString("N")[..12];
        Directory.CreateDirectory(WorkDirectory);
    }

    public string RepositoryRoot { get; }

    /// <summary>The temporary folder holding the feed, the package cache, the build output and the consumer copies.</summary>
    public string WorkDirectory { get; }

    public string Version { get; }

    public string Feed => Path.Combine(WorkDirectory, "feed");

    public string PackageCache => Path.Combine(WorkDirectory, "packages");

    public CommandResult? Pack { get; private set; }

    public string PackagePath(string id, string extension = ".nupkg") => Path.Combine(Feed, $"{id}.{Version}{extension}");

    public async Task InitializeAsync()
    {
        Pack = await DotNetCommand.RunAsync(RepositoryRoot, PackTimeout, null,
            "pack", Path.Combine(RepositoryRoot, "Corpus.sln"), "-c", "Release", "-o", Feed,
            "-p:Version=" + Version, "--artifacts-path", Path.Combine(WorkDirectory, "build"), "--disable-build-servers");
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A process that outlived its test may still hold a file; the folder is in the temp directory.
        }
        catch (UnauthorizedAccessException)
        {
        }
        return Task.CompletedTask;
    }

    /// <summary>Fails the calling test with the pack command's output unless the pack succeeded.</summary>
    public void AssertPacked()
    {
        Assert.NotNull(Pack);
        Assert.True(Pack!.Succeeded, "Packing failed:\n" + Pack.Describe());
    }

    /// <summary>
    /// Copies <c>samples/Consumers</c> (without bin/ and obj/) to a new folder whose nuget.config
    /// names the temporary feed as the only package source; returns that folder.
    /// </summary>
    public string CopyConsumers()
    {
        string target = Path.Combine(WorkDirectory, "consumers-" + Interlocked.Increment(ref _copies));
        CopyDirectory(Path.Combine(RepositoryRoot, "samples", "Consumers"), target);
        File.WriteAllText(Path.Combine(target, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="corpus-test-feed" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return target;
    }

    /// <summary><c>dotnet build</c> of one consumer of a copy, restoring from the feed into the private cache.</summary>
    public Task<CommandResult> BuildConsumerAsync(string consumers, string project)
        => DotNetCommand.RunAsync(consumers, BuildTimeout, ConsumerEnvironment,
            "build", Path.Combine(consumers, project, project + ".csproj"), "-p:CorpusPackageVersion=" + Version, "--disable-build-servers");

    /// <summary>Runs a consumer built by <see cref="BuildConsumerAsync"/>.</summary>
    public Task<CommandResult> RunConsumerAsync(string consumers, string project)
        => DotNetCommand.RunAsync(consumers, RunTimeout, ConsumerEnvironment,
            Path.Combine(consumers, project, "bin", "Debug", "net10.0", project + ".dll"));

    private IReadOnlyDictionary<string, string> ConsumerEnvironment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackageCache,
    };

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }
        foreach (var directory in Directory.EnumerateDirectories(source))
        {
            string name = Path.GetFileName(directory);
            if (name is "bin" or "obj") continue;
            CopyDirectory(directory, Path.Combine(target, name));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Corpus.sln was not found above " + AppContext.BaseDirectory);
    }
}
