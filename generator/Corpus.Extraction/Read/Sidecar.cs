using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Contract;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;
using YamlDotNet.RepresentationModel;

namespace Corpus.Extraction.Read;

/// <summary>A curated official of a sidecar: merged into the gazetteer by name; <c>exclude</c> says a name is not an official.</summary>
public sealed record CuratedOfficial(
    Located Name,
    EquatableArray<string> Aliases,
    string? Country,
    string? Title,
    string? Organization,
    string? Rank,
    string? Date,
    Located? Evidence,
    bool Exclude);

/// <summary>A curated engagement of a sidecar; the sidecar's list replaces the article's extracted engagements.</summary>
public sealed record CuratedEngagement(
    TextPosition Start,
    string Kind,
    string Status,
    string? Date,
    LocationFact? Location,
    EquatableArray<string> Countries,
    EquatableArray<Located> Participants,
    EquatableArray<Located> Topics,
    EquatableArray<string> Agreements,
    string? Cameo,
    EquatableArray<Located> Evidence);

/// <summary>
/// An article's sidecar (<c>&lt;stem&gt;.yaml</c>): document metadata and optional curation.
/// <see cref="IdLocation"/> is where the <c>id:</c> value stands, when the sidecar gives one.
/// </summary>
public sealed record Sidecar(
    string Path,
    string Stem,
    string? Id,
    string? Title,
    string? Outlet,
    string? Url,
    string? Published,
    EquatableArray<CuratedOfficial> Officials,
    bool HasEngagements,
    EquatableArray<CuratedEngagement> Engagements,
    EquatableArray<Problem> Problems,
    Located? IdLocation = null)
{
    /// <summary>A sidecar that could not be read: no curation, only its problems.</summary>
    public static Sidecar Unread(string path, string stem, EquatableArray<Problem> problems)
        => new(path, stem, null, null, null, null, null, EquatableArray<CuratedOfficial>.Empty, false, EquatableArray<CuratedEngagement>.Empty, problems);
}

public static class SidecarReader
{
    private static readonly string[] s_rootKeys = { "id", "title", "outlet", "url", "published", "officials", "engagements" };
    private static readonly string[] s_officialKeys = { "name", "aliases", "country", "title", "organization", "rank", "date", "evidence", "exclude" };
    private static readonly string[] s_engagementKeys = { "kind", "status", "date", "location", "countries", "participants", "topics", "agreements", "cameo", "evidence" };

    public static Sidecar Read(string path, string stem, string text)
    {
        var yaml = new YamlSupport(path, CountryTable.Instance);
        var root = yaml.Load(text);
        string? id = null, title = null, outlet = null, url = null, published = null;
        Located? idLocation = null;
        var officials = new List<CuratedOfficial>();
        var engagements = new List<CuratedEngagement>();
        bool hasEngagements = false;
        if (root is not null)
        {
            yaml.CheckKeys(root, "a sidecar", s_rootKeys);
            id = yaml.String(root, "id", "sidecar");
            if (id is not null && !IsValidId(id) && YamlSupport.Get(root, "id") is { } idNode)
            {
                yaml.Invalid(idNode, id, "id", "letters, digits, '-', '_' or '.'");
                id = null;
            }
            if (id is not null && YamlSupport.Get(root, "id") is { } validIdNode) idLocation = new Located(id, YamlSupport.Position(validIdNode.Start), YamlSupport.Position(validIdNode.End));
            title = yaml.String(root, "title", "sidecar");
            outlet = yaml.String(root, "outlet", "sidecar");
            url = yaml.String(root, "url", "sidecar");
            published = yaml.Date(root, "published", "sidecar");
            var officialIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var item in GazetteerReader.Items(yaml, root, "officials"))
            {
                yaml.CheckKeys(item, "a curated official", s_officialKeys);
                var nameNode = YamlSupport.Get(item, "name");
                if (nameNode is null) { yaml.WrongType(item, "official", "a mapping with the official's name"); continue; }
                var name = yaml.LocatedString(nameNode, "official.name");
                if (name is null)
                {
                    if (nameNode is YamlScalarNode) yaml.WrongType(nameNode, "official.name", "the official's name");
                    continue;
                }
                string officialId = TextTools.Slug(name.Value);
                if (!officialIds.Add(officialId))
                {
                    yaml.Problems.Add(Problem.At(ProblemIds.DuplicateId, yaml.Path, name.Start, name.End, "official of this sidecar", officialId,
                        "merge the two entries into one"));
                    continue;
                }
                var evidenceNode = YamlSupport.Get(item, "evidence");
                officials.Add(new CuratedOfficial(
                    name,
                    yaml.StringList(item, "aliases", "official").ToEquatableArray(),
                    yaml.Country(item, "country", "official"),
                    yaml.String(item, "title", "official"),
                    yaml.String(item, "organization", "official"),
                    yaml.String(item, "rank", "official"),
                    yaml.Date(item, "date", "official"),
                    evidenceNode is null ? null : yaml.LocatedString(evidenceNode, "official.evidence"),
                    yaml.Bool(item, "exclude", "official") ?? false));
            }
            if (YamlSupport.Get(root, "engagements") is not null)
            {
                hasEngagements = true;
                foreach (var item in GazetteerReader.Items(yaml, root, "engagements"))
                {
                    var engagement = ReadEngagement(yaml, item);
                    if (engagement is not null) engagements.Add(engagement);
                }
            }
        }
        return new Sidecar(path, stem, id, title, outlet, url, published, officials.ToEquatableArray(), hasEngagements,
            engagements.ToEquatableArray(), yaml.Problems.ToEquatableArray(), idLocation);
    }

    private static CuratedEngagement? ReadEngagement(YamlSupport yaml, YamlMappingNode item)
    {
        yaml.CheckKeys(item, "a curated engagement", s_engagementKeys);
        string kind = yaml.Choice(item, "kind", "engagement", EngagementNames.Kinds) ?? EngagementNames.Other;
        string status = yaml.Choice(item, "status", "engagement", EngagementNames.Statuses) ?? EngagementNames.Held;
        LocationFact? location = null;
        if (YamlSupport.Get(item, "location") is { } locNode)
        {
            if (locNode is YamlMappingNode loc)
            {
                yaml.CheckKeys(loc, "a location", "place", "city", "country");
                location = new LocationFact(yaml.String(loc, "place", "location"), yaml.String(loc, "city", "location"),
                    yaml.Country(loc, "country", "location"));
            }
            else if (!(locNode is YamlScalarNode s && YamlSupport.IsNull(s)))
            {
                yaml.WrongType(locNode, "engagement.location", "a mapping with place, city and country");
            }
        }
        var countries = new List<string>();
        foreach (var c in yaml.LocatedList(item, "countries", "engagement"))
        {
            var code = CountryTable.Instance.Normalize(c.Value);
            if (code is null) yaml.Problems.Add(Problem.At(ProblemIds.UnknownCountry, yaml.Path, c.Start, c.End, c.Value));
            else if (!countries.Contains(code)) countries.Add(code);
        }
        string? cameo = yaml.String(item, "cameo", "engagement");
        if (cameo is not null && (cameo.Length < 2 || cameo.Length > 4 || !cameo.All(char.IsDigit)) && YamlSupport.Get(item, "cameo") is { } cameoNode)
        {
            yaml.Invalid(cameoNode, cameo, "cameo", "a CAMEO event code of 2 to 4 digits, quoted (\"043\")");
            cameo = null;
        }
        return new CuratedEngagement(
            YamlSupport.Position(item.Start),
            kind,
            status,
            yaml.Date(item, "date", "engagement"),
            location,
            countries.ToEquatableArray(),
            yaml.LocatedList(item, "participants", "engagement").ToEquatableArray(),
            yaml.LocatedList(item, "topics", "engagement").ToEquatableArray(),
            yaml.StringList(item, "agreements", "engagement").ToEquatableArray(),
            cameo,
            yaml.LocatedList(item, "evidence", "engagement").ToEquatableArray());
    }

    public static bool IsValidId(string id)
        => id.Length > 0 && id.All(c => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');
}
