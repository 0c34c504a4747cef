using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Lock;

/// <summary>The ids of the lock file's diagnostics.</summary>
internal static class LockIds
{
    public const string Added = "CORPUS030";
    public const string Removed = "CORPUS031";
    public const string Changed = "CORPUS032";
    public const string Unreadable = "CORPUS033";
    public const string TooManyDifferences = "CORPUS034";
}

/// <summary>The lock file's diagnostics; <see cref="DiagnosticDescriptors"/> lists them with the others.</summary>
internal static class LockDiagnostics
{
    private const string Accept = "Review it, then accept it with dotnet build -p:CorpusLock=update";

    private static DiagnosticDescriptor Make(string id, string title, string message)
        => new(id, title, message, "Corpus", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());

    public static readonly DiagnosticDescriptor Added = Make(LockIds.Added, "Lock: entry added",
        "The {0} '{1}' is not in the lock file: {2}. " + Accept);
    public static readonly DiagnosticDescriptor Removed = Make(LockIds.Removed, "Lock: entry removed",
        "The {0} '{1}' of the lock file is no longer in the corpus. " + Accept);
    public static readonly DiagnosticDescriptor Changed = Make(LockIds.Changed, "Lock: value changed",
        "The {0} of {1} '{2}' changed from {3} to {4}. " + Accept);
    public static readonly DiagnosticDescriptor Unreadable = Make(LockIds.Unreadable, "Lock file unreadable",
        "The lock file cannot be read: {0}. Correct it, or write it again with dotnet build -p:CorpusLock=update");
    public static readonly DiagnosticDescriptor TooManyDifferences = Make(LockIds.TooManyDifferences, "Lock: more differences",
        "{0} more differences between the lock file and the corpus are not listed (a build lists the first {1}). Write the lock with dotnet build -p:CorpusLock=update and review the difference in version control");

    public static readonly DiagnosticDescriptor[] All = { Added, Removed, Changed, Unreadable, TooManyDifferences };
}
