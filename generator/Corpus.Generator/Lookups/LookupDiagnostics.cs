using Microsoft.CodeAnalysis;

namespace Corpus.Generator.Lookups;

/// <summary>The checked-lookups analyzer's diagnostics; <see cref="DiagnosticDescriptors"/> lists them with the others.</summary>
public static class LookupDiagnostics
{
    public const string UnknownIdId = "CORPUS200";
    public const string KnownIdId = "CORPUS201";

    /// <summary>The diagnostic property that names the member a known id's lookup can be replaced with.</summary>
    public const string MemberProperty = "Member";
    /// <summary>The diagnostic property that holds the nearest id to an unknown one.</summary>
    public const string SuggestionProperty = "Suggestion";
    /// <summary>"true" when the lookup is made on the class's <c>All</c> list (<c>Officials.All.Find</c>), "false" on the class itself (<c>Countries.Find</c>).</summary>
    public const string OnListProperty = "OnList";

    public static readonly DiagnosticDescriptor UnknownId = new(UnknownIdId, "Unknown id in a corpus lookup",
        "The corpus has no {0} with the id \"{1}\"{2}", "Corpus", DiagnosticSeverity.Error, isEnabledByDefault: true,
        helpLinkUri: "docs/diagnostics.md#corpus200");

    public static readonly DiagnosticDescriptor KnownId = new(KnownIdId, "Lookup of a known id",
        "\"{0}\" is {1}.{2}: use the member, which the compiler checks", "Corpus", DiagnosticSeverity.Info, isEnabledByDefault: true,
        helpLinkUri: "docs/diagnostics.md#corpus201");
}
