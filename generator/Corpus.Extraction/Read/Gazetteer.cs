using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Corpus.Extraction.Model;
using Corpus.Extraction.Vocabulary;
using YamlDotNet.RepresentationModel;

namespace Corpus.Extraction.Read;

public sealed record GazetteerOfficial(string Name, EquatableArray<string> Aliases, string? Country);

/// <summary>A place corpus.yaml adds to the venues of the vocabulary, with its country.</summary>
public sealed record PlaceEntry(string Name, string Country);

public sealed record CountryNames(string Code, EquatableArray<string> Names, EquatableArray<string> Demonyms);

/// <summary>A topic of the vocabulary and its trigger words; <see cref="At"/> is where its name stands in corpus.yaml.</summary>
public sealed record TopicEntry(string Name, EquatableArray<string> Triggers, TextPosition At = default);

/// <summary>
/// <c>corpus.yaml</c>: the country the corpus is written from (<see cref="Home"/>, only when
/// corpus.yaml states it with <c>home:</c>), known officials, organisations, extra country names
/// and the topic vocabulary.
/// </summary>
public sealed record Gazetteer(
    string? Path,
    string? Home,
    EquatableArray<GazetteerOfficial> Officials,
    EquatableArray<OrganizationFact> Organizations,
    EquatableArray<CountryNames> Countries,
    EquatableArray<TopicEntry> Topics,
    EquatableArray<Problem> Problems)
{
    /// <summary>Places corpus.yaml adds to the venues of the vocabulary (<c>places:</c>).</summary>
    public EquatableArray<PlaceEntry> Places { get; init; } = EquatableArray<PlaceEntry>.Empty;

    private static readonly Lazy<Gazetteer> s_default = new(() =>
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("Corpus.Extraction.default-corpus.yaml")
            ?? throw new InvalidOperationException("The default gazetteer is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return GazetteerReader.Read("corpus.yaml", reader.ReadToEnd());
    });

    /// <summary>The built-in gazetteer, used when a corpus has no <c>corpus.yaml</c>.</summary>
    public static Gazetteer Default => s_default.Value;

    /// <summary>
    /// What extraction depends on: this gazetteer without its problems and the places of its
    /// topics, so that an edit to corpus.yaml that only moves lines re-extracts no article.
    /// </summary>
    public Gazetteer ForExtraction()
        => Problems.IsEmpty && Topics.All(t => t.At == default) ? this
            : this with { Problems = EquatableArray<Problem>.Empty, Topics = Topics.Select(t => t with { At = default }).ToEquatableArray() };
}

public static class GazetteerReader
{
    private static readonly string[] s_rootKeys = { "home", "officials", "organizations", "countries", "topics", "places" };

    public static Gazetteer Read(string path, string text)
    {
        var yaml = new YamlSupport(path, CountryTable.Instance);
        var root = yaml.Load(text);
        string? home = null;
        var officials = new List<GazetteerOfficial>();
        var organizations = new List<OrganizationFact>();
        var countries = new List<CountryNames>();
        var topics = new List<TopicEntry>();
        var places = new List<PlaceEntry>();
        if (root is not null)
        {
            yaml.CheckKeys(root, "corpus.yaml", s_rootKeys);
            home = yaml.Country(root, "home", "corpus");
            var officialIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in Items(yaml, root, "officials"))
            {
                yaml.CheckKeys(item, "an official", "name", "aliases", "country");
                var name = RequiredName(yaml, item, "official");
                if (name is null) continue;
                if (!officialIds.Add(Text.TextTools.Slug(name)))
                {
                    Duplicate(yaml, item, "official of corpus.yaml", Text.TextTools.Slug(name));
                    continue;
                }
                officials.Add(new GazetteerOfficial(name, yaml.StringList(item, "aliases", "official").ToEquatableArray(),
                    yaml.Country(item, "country", "official")));
            }
            var organizationIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in Items(yaml, root, "organizations"))
            {
                yaml.CheckKeys(item, "an organisation", "name", "acronym", "country");
                var name = RequiredName(yaml, item, "organization");
                if (name is null) continue;
                if (!organizationIds.Add(Text.TextTools.Slug(name)))
                {
                    Duplicate(yaml, item, "organisation of corpus.yaml", Text.TextTools.Slug(name));
                    continue;
                }
                organizations.Add(new OrganizationFact(Text.TextTools.Slug(name), name, yaml.String(item, "acronym", "organization"),
                    yaml.Country(item, "country", "organization")));
            }
            foreach (var item in Items(yaml, root, "countries"))
            {
                yaml.CheckKeys(item, "a country", "code", "names", "demonyms");
                var code = yaml.Country(item, "code", "country");
                if (code is null) continue;
                countries.Add(new CountryNames(code, yaml.StringList(item, "names", "country").ToEquatableArray(),
                    yaml.StringList(item, "demonyms", "country").ToEquatableArray()));
            }
            foreach (var item in Items(yaml, root, "places"))
            {
                yaml.CheckKeys(item, "a place", "name", "country");
                var name = RequiredName(yaml, item, "place");
                var country = yaml.Country(item, "country", "place");
                if (name is null) continue;
                if (country is null)
                {
                    yaml.WrongType(item, "place", "a mapping with a name and a country");
                    continue;
                }
                places.Add(new PlaceEntry(name, country));
            }
            if (YamlSupport.Get(root, "topics") is { } topicsNode)
            {
                if (topicsNode is YamlMappingNode topicMap)
                {
                    foreach (var (key, keyNode, _) in YamlSupport.Entries(topicMap))
                    {
                        topics.Add(new TopicEntry(key, yaml.StringList(topicMap, key, "topics").ToEquatableArray(), YamlSupport.Position(keyNode.Start)));
                    }
                }
                else if (!(topicsNode is YamlScalarNode s && YamlSupport.IsNull(s)))
                {
                    yaml.WrongType(topicsNode, "topics", "a mapping of topic names to lists of trigger words");
                }
            }
        }
        return new Gazetteer(path, home, officials.ToEquatableArray(), organizations.ToEquatableArray(), countries.ToEquatableArray(),
            topics.ToEquatableArray(), yaml.Problems.ToEquatableArray()) { Places = places.ToEquatableArray() };
    }

    /// <summary>The entry's name, or null with one problem when it has none or it is not a text.</summary>
    internal static string? RequiredName(YamlSupport yaml, YamlMappingNode item, string what)
    {
        var node = YamlSupport.Get(item, "name");
        if (node is null)
        {
            yaml.WrongType(item, what, "a mapping with a name");
            return null;
        }
        var name = yaml.String(node, what + ".name");
        if (name is null && node is YamlScalarNode) yaml.WrongType(node, what + ".name", "a name");
        return name;
    }

    private static void Duplicate(YamlSupport yaml, YamlMappingNode item, string what, string id)
    {
        var node = YamlSupport.Get(item, "name") ?? item;
        yaml.Problems.Add(Problem.At(ProblemIds.DuplicateId, yaml.Path, YamlSupport.Position(node.Start), YamlSupport.Position(node.End), what, id,
            "merge the two entries into one"));
    }

    internal static IEnumerable<YamlMappingNode> Items(YamlSupport yaml, YamlMappingNode root, string key)
    {
        var node = YamlSupport.Get(root, key);
        if (node is null || (node is YamlScalarNode s && YamlSupport.IsNull(s))) yield break;
        if (node is not YamlSequenceNode seq)
        {
            yaml.WrongType(node, key, "a list");
            yield break;
        }
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode map) yield return map;
            else yaml.WrongType(item, key + " item", "a mapping of keys to values");
        }
    }
}
