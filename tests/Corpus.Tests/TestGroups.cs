namespace Corpus.Tests;

/// <summary>
/// The traits that split the suite. Every test without <c>Category=Slow</c> is in the fast group:
/// <c>dotnet test --filter Category!=Slow</c>. The slow groups each run alone with
/// <c>dotnet test --filter Group=NAME</c>; <c>dotnet test</c> runs everything.
/// </summary>
public static class TestGroups
{
    /// <summary>The trait that marks the slow groups.</summary>
    public const string Category = "Category";

    /// <summary>The value of <see cref="Category"/> for every slow test.</summary>
    public const string Slow = "Slow";

    /// <summary>The trait that names a slow group.</summary>
    public const string Group = "Group";

    /// <summary>Packs the three packages and builds consumer projects against them with <c>dotnet</c>.</summary>
    public const string Packaging = "Packaging";

    /// <summary>Real <c>dotnet build</c> processes over corpus folders on disk.</summary>
    public const string Build = "Build";

    /// <summary>The HTML report rendered in headless Chromium.</summary>
    public const string Browser = "Browser";

    /// <summary>10,000 synthetic articles generated, compiled and loaded.</summary>
    public const string Scale = "Scale";

    /// <summary>Property tests over a thousand generated hostile corpora.</summary>
    public const string Properties = "Properties";

    /// <summary>The caching tests on a synthetic corpus of several shards.</summary>
    public const string Caching = "Caching";
}
