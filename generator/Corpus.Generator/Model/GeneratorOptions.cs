using System;
using System.Linq;
using Corpus.Extraction.Model;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.Generator;

/// <summary>The MSBuild settings the generator reads.</summary>
internal sealed record GeneratorOptions(string Namespace, bool Curation, EquatableArray<Problem> Problems)
{
    public const string FallbackNamespace = "Corpus.Generated";

    public static GeneratorOptions From(AnalyzerConfigOptions global)
    {
        global.TryGetValue("build_property.CorpusNamespace", out var ns);
        if (string.IsNullOrWhiteSpace(ns)) global.TryGetValue("build_property.RootNamespace", out ns);
        var problems = EquatableArray<Problem>.Empty;
        if (string.IsNullOrWhiteSpace(ns)) ns = FallbackNamespace;
        else if (!IsValidNamespace(ns!))
        {
            problems = new EquatableArray<Problem>(new[] { Problem.AtFile(ProblemIds.InvalidNamespace, "", ns!, FallbackNamespace) });
            ns = FallbackNamespace;
        }
        global.TryGetValue("build_property.CorpusCuration", out var curation);
        bool curate = !string.Equals(curation?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        return new GeneratorOptions(ns!.Trim(), curate, problems);
    }

    private static bool IsValidNamespace(string ns)
        => ns.Trim().Split('.').All(part => part.Length > 0
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part)
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None
            && part != "global");
}
