using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Xunit;

namespace Corpus.Tests.Architecture;

/// <summary>
/// The stages pass immutable values: every method marked <see cref="StageAttribute"/> accepts and
/// returns only types without public setters (init-only ones make a new value and are allowed),
/// writable public fields or mutable collections, checked through every type of the engine they
/// reach by their public properties and fields. The stages chain one way, each taking what the
/// stage before it gives, and the article extractor holds nothing but the chain.
/// </summary>
public class StageValueTests
{
    private static readonly string[] s_stages = { "Read", "Segment", "Recognise", "Resolve", "Events", "Curate" };

    // Collection types with methods that change them; arrays are mutable too.
    private static readonly Type[] s_mutableCollections =
    {
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedSet<>), typeof(SortedDictionary<,>), typeof(SortedList<,>),
        typeof(Queue<>), typeof(Stack<>), typeof(LinkedList<>), typeof(ICollection<>), typeof(IList<>), typeof(IDictionary<,>), typeof(ISet<>),
    };

    private static IReadOnlyList<MethodInfo> StageMethods(Assembly assembly)
        => assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<StageAttribute>() is not null)
            .ToList();

    /// <summary>What is mutable in the types a method accepts and returns, as "Type.Member: why" lines.</summary>
    internal static List<string> MutableParts(MethodInfo method)
    {
        var found = new List<string>();
        var seen = new HashSet<Type>();
        foreach (var p in method.GetParameters()) Inspect(p.ParameterType, method.Name + "(" + p.Name + ")", method.DeclaringType!.Assembly, seen, found);
        Inspect(method.ReturnType, method.Name + " returns", method.DeclaringType!.Assembly, seen, found);
        return found;
    }

    private static void Inspect(Type type, string where, Assembly engine, HashSet<Type> seen, List<string> found)
    {
        if (type.IsByRef)
        {
            found.Add(where + ": passed by reference");
            type = type.GetElementType()!;
        }
        if (!seen.Add(type) || type.IsEnum || type.IsPrimitive) return;
        if (type.IsArray)
        {
            found.Add(where + ": an array (" + type.Name + ")");
            Inspect(type.GetElementType()!, where, engine, seen, found);
            return;
        }
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (s_mutableCollections.Contains(definition)) found.Add(where + ": a mutable collection (" + definition.Name + ")");
            foreach (var argument in type.GetGenericArguments()) Inspect(argument, where, engine, seen, found);
        }
        else if (typeof(IList).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type))
        {
            found.Add(where + ": a mutable collection (" + type.Name + ")");
        }
        if (type.Assembly != engine) return;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var setter = property.GetSetMethod();
            if (setter is not null && !IsInitOnly(setter)) found.Add(type.Name + "." + property.Name + ": a public setter");
            Inspect(property.PropertyType, type.Name + "." + property.Name, engine, seen, found);
        }
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!field.IsInitOnly) found.Add(type.Name + "." + field.Name + ": a writable public field");
            Inspect(field.FieldType, type.Name + "." + field.Name, engine, seen, found);
        }
    }

    private static bool IsInitOnly(MethodInfo setter)
        => setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");

    [Fact]
    public void Every_stage_has_one_entry_point_and_they_chain_one_way()
    {
        var methods = StageMethods(typeof(ArticleExtractor).Assembly);
        var byName = methods.ToDictionary(m => m.GetCustomAttribute<StageAttribute>()!.Name, StringComparer.Ordinal);
        Assert.Equal(s_stages, byName.Keys.OrderBy(k => Array.IndexOf(s_stages, k)).ToArray());
        foreach (var m in methods)
        {
            Assert.True(m.IsStatic && m.IsPublic, m.Name + " is a public static function");
            Assert.Equal("Corpus.Extraction." + m.GetCustomAttribute<StageAttribute>()!.Name, m.DeclaringType!.Namespace);
        }
        // Each stage takes, first, what the stage before it gives.
        for (int i = 1; i < s_stages.Length; i++)
        {
            Assert.Equal(byName[s_stages[i - 1]].ReturnType, byName[s_stages[i]].GetParameters()[0].ParameterType);
        }
    }

    [Fact]
    public void No_stage_accepts_or_returns_anything_mutable()
    {
        var found = StageMethods(typeof(ArticleExtractor).Assembly).SelectMany(MutableParts).ToList();
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public void The_article_extractor_only_chains_the_stages()
    {
        var type = typeof(ArticleExtractor);
        var members = type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.GetCustomAttribute<System.Runtime.CompilerServices.CompilerGeneratedAttribute>() is null)
            .Select(m => m.Name).ToList();
        Assert.Equal(new[] { nameof(ArticleExtractor.Extract) }, members);
    }

    // Values a stage must not take: each breaks the rule in one way.
    public sealed class WithSetter { public string? Name { get; set; } }
    public sealed record WithInit(string Name);
    public sealed class WithList { public List<string> Names { get; } = new(); }
    public sealed class WithArray { public string[] Names { get; } = Array.Empty<string>(); }
    public sealed class WithField { public int Count; }
    public sealed class Nested { public IReadOnlyList<WithSetter> Items { get; } = Array.Empty<WithSetter>(); }
    public sealed class Clean { public IReadOnlyList<WithInit> Items { get; } = Array.Empty<WithInit>(); public EquatableArray<string> Names { get; } }

    public static Clean Takes(WithSetter a) => new();
    public static Clean Returns() => new();
    public static WithList GivesList() => new();
    public static Clean TakesArray(WithArray a) => new();
    public static Clean TakesField(WithField a) => new();
    public static Clean TakesNested(Nested a) => new();
    public static Clean TakesDictionary(IDictionary<string, string> a) => new();
    public static Clean TakesClean(Clean a, WithInit b) => new();

    [Theory]
    [InlineData(nameof(Takes), "WithSetter.Name: a public setter")]
    [InlineData(nameof(GivesList), "WithList.Names: a mutable collection (List`1)")]
    [InlineData(nameof(TakesArray), "WithArray.Names: an array (String[])")]
    [InlineData(nameof(TakesField), "WithField.Count: a writable public field")]
    [InlineData(nameof(TakesNested), "WithSetter.Name: a public setter")]
    [InlineData(nameof(TakesDictionary), "TakesDictionary(a): a mutable collection (IDictionary`2)")]
    public void The_check_finds_what_is_mutable(string method, string expected)
    {
        var found = MutableParts(typeof(StageValueTests).GetMethod(method)!);
        Assert.Contains(expected, found);
    }

    [Theory]
    [InlineData(nameof(Returns))]
    [InlineData(nameof(TakesClean))]
    public void The_check_passes_immutable_values(string method)
        => Assert.Empty(MutableParts(typeof(StageValueTests).GetMethod(method)!));
}
