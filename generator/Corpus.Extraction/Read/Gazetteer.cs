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

/// <summary>A word or phrase corpus.yaml adds to the event triggers: the kind it reports, and whether it is a verb (its actors are the subject) or a noun.</summary>
public sealed record TriggerEntry(string Kind, bool IsVerb, string Phrase);

/// <summary>A rank corpus.yaml adds: a written form ("Brig. Gen.") and the full rank it stands for.</summary>
public sealed record RankEntry(string Form, string Rank);

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

    /// <summary>Words and phrases corpus.yaml adds to the event triggers (<c>triggers:</c>); they are tried before the built-in ones.</summary>
    public EquatableArray<TriggerEntry> Triggers { get; init; } = EquatableArray<TriggerEntry>.Empty;

    /// <summary>Titles corpus.yaml adds to the title words (<c>titles:</c>): the last word of each heads a title, the others modify it.</summary>
    public EquatableArray<string> Titles { get; init; } = EquatableArray<string>.Empty;

    /// <summary>Ranks corpus.yaml adds (<c>ranks:</c>), with their full forms.</summary>
    public EquatableArray<RankEntry> Ranks { get; init; } = EquatableArray<RankEntry>.Empty;

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
    private static readonly string[] s_rootKeys = { "home", "officials", "organizations", "countries", "topics", "places", "triggers", "titles", "ranks" };
    private static readonly string[] s_forms = { "noun", "verb" };

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
        var triggers = new List<TriggerEntry>();
        var titles = new List<string>();
        var ranks = new List<RankEntry>();
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
            foreach (var item in Items(yaml, root, "triggers"))
            {
                yaml.CheckKeys(item, "a trigger", "kind", "form", "words");
                string? kind = yaml.Choice(item, "kind", "trigger", Corpus.Contract.EngagementNames.Kinds, "trigger.kind");
                string? form = YamlSupport.Get(item, "form") is null ? "noun" : yaml.Choice(item, "form", "trigger", s_forms, "trigger.form");
                var words = yaml.StringList(item, "words", "trigger").Where(w => w.Trim().Length > 0).ToList();
                if (YamlSupport.Get(item, "kind") is null || YamlSupport.Get(item, "words") is null)
                {
                    yaml.WrongType(item, "trigger", "a mapping with a kind and a list of words");
                    continue;
                }
                if (kind is null || form is null) continue;
                foreach (var w in words) triggers.Add(new TriggerEntry(kind, form == "verb", w.Trim()));
            }
            titles.AddRange(yaml.StringList(root, "titles", "corpus").Select(t => t.Trim()).Where(t => t.Length > 0));
            foreach (var item in Items(yaml, root, "ranks"))
            {
                yaml.CheckKeys(item, "a rank", "form", "rank");
                string? form = yaml.String(item, "form", "rank"), rank = yaml.String(item, "rank", "rank");
                if (string.IsNullOrWhiteSpace(form) || string.IsNullOrWhiteSpace(rank))
                {
                    yaml.WrongType(item, "rank", "a mapping with a form (\"Brig. Gen.\") and the rank it stands for (\"Brigadier General\")");
                    continue;
                }
                ranks.Add(new RankEntry(form!.Trim(), rank!.Trim()));
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
            topics.ToEquatableArray(), yaml.Problems.ToEquatableArray())
        {
            Places = places.ToEquatableArray(),
            Triggers = triggers.ToEquatableArray(),
            Titles = titles.ToEquatableArray(),
            Ranks = ranks.ToEquatableArray(),
        };
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
