using System;
using System.IO;

namespace Corpus.TestSupport;

/// <summary>Folders of this repository, found from the running assembly (or the working folder).</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The folder that holds <c>Corpus.sln</c>.</summary>
    public static string Root => s_root.Value;

    /// <summary>The bundled seed articles.</summary>
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>A path below the repository's root.</summary>
    public static string Combine(params string[] parts) => Path.Combine(Root, Path.Combine(parts));

    private static string FindRoot()
    {
        // BenchmarkDotNet runs each benchmark from a generated project below the output folder,
        // so the working folder is the second place to look.
        return Above(AppContext.BaseDirectory) ?? Above(Environment.CurrentDirectory)
            ?? throw new InvalidOperationException("Corpus.sln was not found above " + AppContext.BaseDirectory + " or " + Environment.CurrentDirectory);
    }

    private static string? Above(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Corpus.sln"))) return dir.FullName;
        }
        return null;
    }
}
