using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Corpus.TestSupport;

/// <summary>The assemblies a project that consumes generated corpus code compiles against.</summary>
public static class ConsumerReferences
{
    private static readonly string[] s_framework =
    {
        "System.Runtime.dll", "System.Private.CoreLib.dll", "System.Collections.dll", "System.Linq.dll",
        "netstandard.dll", "System.Memory.dll", "System.Text.Encoding.Extensions.dll",
    };

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_all = new(() =>
    {
        var names = new HashSet<string>(s_framework, StringComparer.OrdinalIgnoreCase);
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted.Where(p => names.Contains(Path.GetFileName(p)))
            .OrderBy(p => Path.GetFileName(p), StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(global::Corpus.Official).Assembly.Location));
        return references.ToImmutableArray();
    });

    /// <summary>The framework assemblies the generated code needs, and <c>Corpus.Runtime</c>.</summary>
    public static ImmutableArray<MetadataReference> All => s_all.Value;
}
