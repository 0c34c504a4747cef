using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;

namespace Corpus.Generator.Model;

/// <summary>A generated member name for a key (an official's id, a country code, a topic).</summary>
internal sealed record NamePair(string Key, string Member);

/// <summary>The member names every generated file agrees on.</summary>
internal sealed record NameMap(
    string Namespace,
    EquatableArray<NamePair> Officials,
    EquatableArray<NamePair> Countries,
    EquatableArray<NamePair> Topics);

internal sealed record CountryModel(string Alpha2, string Alpha3, string Name, string OfficialName, EquatableArray<string> Demonyms, string Member);

internal sealed record OrganizationModel(string Id, string Name, string? Acronym, string? Country, string Member);

internal sealed record TopicModel(string Name, EquatableArray<string> Triggers, string Member);

internal sealed record OfficialModel(string Id, string Name, EquatableArray<string> Aliases, string? Country, EquatableArray<OfficialPosition> Positions,
    EquatableArray<string> Documents, string Member, OfficialDigest Digest);

/// <summary>
/// The corpus as the generated code presents it: the engine's merged facts with a C# member name
/// for each record generated as a member (countries, organisations, topics, officials). Documents
/// are compiled as data and have no member.
/// </summary>
internal sealed record CorpusModel(
    NameMap Names,
    string? Home,
    EquatableArray<DocumentFact> Documents,
    EquatableArray<CountryModel> Countries,
    EquatableArray<OrganizationModel> Organizations,
    EquatableArray<OfficialModel> Officials,
    EquatableArray<TopicModel> Topics,
    EquatableArray<Problem> Problems);
