using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Corpus.Generator.Lookups;

/// <summary>
/// Checks string literals passed to the generated lookups: <c>Officials.All.Find("…")</c>,
/// <c>Get</c> and <c>TryGet</c> of the <c>All</c> lists of officials, countries, topics,
/// organisations, engagements and documents, and <c>Countries.Find("…")</c>. An id the corpus does
/// not hold is CORPUS200 at the literal, naming the nearest id; a lookup of an id that has a member
/// is CORPUS201 (info), which the code fix rewrites into the member. The ids come from the
/// attributes of the generated class <c>CorpusLookupKeys</c> in the namespace of the class looked up in (compiled out of the assembly).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CheckedLookupAnalyzer : DiagnosticAnalyzer
{
    private const string IndexType = "Corpus.CorpusIndex`1";

    /// <summary>The classes with lookups: the generated class name, the record type, the noun for messages and the keys field.</summary>
    private static readonly (string Class, string Record, string Noun, string Field)[] s_families =
    {
        ("Officials", "Official", "official", LookupKeys.OfficialsField),
        ("Countries", "Country", "country", LookupKeys.CountriesField),
        ("Topics", "Topic", "topic", LookupKeys.TopicsField),
        ("Organizations", "Organization", "organisation", LookupKeys.OrganizationsField),
        ("Engagements", "Engagement", "engagement", LookupKeys.EngagementsField),
        ("Documents", "Document", "document", LookupKeys.DocumentsField),
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(LookupDiagnostics.UnknownId, LookupDiagnostics.KnownId);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var index = start.Compilation.GetTypeByMetadataName(IndexType);
            if (index is null) return;
            var tables = new ConcurrentDictionary<string, KeyTable?>(StringComparer.Ordinal);
            start.RegisterOperationAction(c => Analyze(c, index, tables), OperationKind.Invocation);
        });
    }

    private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol index, ConcurrentDictionary<string, KeyTable?> tables)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (invocation.Arguments.Length == 0) return;
        var argument = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value;
        if (argument?.Syntax is not LiteralExpressionSyntax literal || !literal.IsKind(SyntaxKind.StringLiteralExpression)) return;
        if (argument.ConstantValue is not { HasValue: true, Value: string id }) return;

        INamedTypeSymbol? owner;
        string field;
        bool onList;
        if (SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, index))
        {
            if (method.Name is not ("Find" or "Get" or "TryGet")) return;
            if (invocation.Instance is not IPropertyReferenceOperation { Property: { IsStatic: true, Name: "All" } all }) return;
            owner = all.ContainingType;
            var family = s_families.FirstOrDefault(f => f.Class == owner.Name);
            if (family.Class is null || method.ContainingType!.TypeArguments.FirstOrDefault()?.Name != family.Record) return;
            field = family.Field;
            onList = true;
        }
        else if (method.IsStatic && method.Name == "Find" && method.ContainingType?.Name == "Countries")
        {
            owner = method.ContainingType;
            field = LookupKeys.CountryCodesField;
            onList = false;
        }
        else return;

        var table = Table(context.Compilation, owner, tables);
        if (table is null) return;
        var keys = table.Fields.TryGetValue(field, out var k) ? k : null;
        if (keys is null) return;
        if (field == LookupKeys.CountryCodesField && table.Fields.TryGetValue(LookupKeys.CountriesField, out var alpha2))
            keys = alpha2.Concat(keys).ToList();
        string noun = s_families.First(f => f.Class == owner.Name).Noun;

        var match = keys.FirstOrDefault(p => string.Equals(p.Key, id, StringComparison.OrdinalIgnoreCase));
        if (match.Key is null)
        {
            string? nearest = Nearest(id, keys.Select(p => p.Key));
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (nearest is not null) properties = properties.Add(LookupDiagnostics.SuggestionProperty, nearest);
            context.ReportDiagnostic(Diagnostic.Create(LookupDiagnostics.UnknownId, literal.GetLocation(), properties,
                noun, id, nearest is null ? "" : "; did you mean \"" + nearest + "\"?"));
            return;
        }
        if (match.Member is { Length: > 0 } member && method.Name != "TryGet")
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(LookupDiagnostics.MemberProperty, member)
                .Add(LookupDiagnostics.OnListProperty, onList ? "true" : "false");
            context.ReportDiagnostic(Diagnostic.Create(LookupDiagnostics.KnownId, invocation.Syntax.GetLocation(), properties, id, owner.Name, member));
        }
    }

    private static KeyTable? Table(Compilation compilation, INamedTypeSymbol owner, ConcurrentDictionary<string, KeyTable?> tables)
    {
        string ns = owner.ContainingNamespace.IsGlobalNamespace ? "" : owner.ContainingNamespace.ToDisplayString();
        return tables.GetOrAdd(ns, n =>
        {
            var type = compilation.GetTypeByMetadataName(n.Length == 0 ? LookupKeys.ClassName : n + "." + LookupKeys.ClassName);
            if (type is null) return null;
            var fields = new Dictionary<string, List<(string Key, string? Member)>>(StringComparer.Ordinal);
            foreach (var attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass?.Name != LookupKeys.AttributeName || attribute.ConstructorArguments.Length != 2) continue;
                if (attribute.ConstructorArguments[0].Value is not string kind || attribute.ConstructorArguments[1].Value is not string text) continue;
                var list = new List<(string, string?)>();
                foreach (var line in text.Split('\n'))
                {
                    if (line.Length == 0) continue;
                    int tab = line.IndexOf('\t');
                    list.Add(tab < 0 ? (line, null) : (line.Substring(0, tab), line.Substring(tab + 1)));
                }
                fields[kind] = list;
            }
            return new KeyTable(fields);
        });
    }

    /// <summary>The id closest to <paramref name="id"/> by edit distance (case-insensitive), if one is close enough to be a likely misspelling.</summary>
    internal static string? Nearest(string id, IEnumerable<string> keys)
    {
        string? best = null;
        int bestDistance = int.MaxValue, bestPrefix = -1;
        string target = id.ToLowerInvariant();
        foreach (var key in keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            string candidate = key.ToLowerInvariant();
            int d = Distance(target, candidate, bestDistance == int.MaxValue ? int.MaxValue : bestDistance + 1);
            if (d > bestDistance) continue;
            // Of ids as near, the one that shares the longest beginning ("TRK": "TR" before "TJK").
            int prefix = 0;
            while (prefix < target.Length && prefix < candidate.Length && target[prefix] == candidate[prefix]) prefix++;
            if (d < bestDistance || prefix > bestPrefix) { bestDistance = d; bestPrefix = prefix; best = key; }
        }
        if (best is null) return null;
        int limit = Math.Max(2, Math.Max(id.Length, best.Length) / 2);
        return bestDistance <= limit ? best : null;
    }

    /// <summary>Levenshtein distance, giving up (returning at least <paramref name="cap"/>) once every path costs that much.</summary>
    private static int Distance(string a, string b, int cap)
    {
        if (Math.Abs(a.Length - b.Length) >= cap) return cap;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (current[j] < rowMin) rowMin = current[j];
            }
            if (rowMin >= cap) return cap;
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }

    private sealed class KeyTable
    {
        public KeyTable(Dictionary<string, List<(string Key, string? Member)>> fields) => Fields = fields;

        public Dictionary<string, List<(string Key, string? Member)>> Fields { get; }
    }
}
