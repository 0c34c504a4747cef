using Corpus.Extraction.Model;

namespace Corpus.Extraction.Pipeline;

/// <summary>A generated member name for a key (an official's id, a country code, a topic, a document id).</summary>
public sealed record NamePair(string Key, string Member);

/// <summary>The member names every generated file agrees on.</summary>
public sealed record NameMap(
    string Namespace,
    EquatableArray<NamePair> Officials,
    EquatableArray<NamePair> Countries,
    EquatableArray<NamePair> Topics,
    EquatableArray<NamePair> Documents);

public sealed record CountryModel(string Alpha2, string Alpha3, string Name, string OfficialName, EquatableArray<string> Demonyms, string Member);

public sealed record OrganizationModel(string Id, string Name, string? Acronym, string? Country, string Member);

public sealed record TopicModel(string Name, EquatableArray<string> Triggers, string Member);

public sealed record OfficialPosition(string DocumentId, PositionFact Position);

public sealed record OfficialModel(string Id, string Name, EquatableArray<string> Aliases, string? Country, EquatableArray<OfficialPosition> Positions,
    EquatableArray<string> Documents, string Member);

public sealed record DocumentModel(DocumentFact Document, string Member);

/// <summary>The whole corpus, merged across articles, ready to emit.</summary>
public sealed record CorpusModel(
    NameMap Names,
    EquatableArray<DocumentModel> Documents,
    EquatableArray<CountryModel> Countries,
    EquatableArray<OrganizationModel> Organizations,
    EquatableArray<OfficialModel> Officials,
    EquatableArray<TopicModel> Topics,
    EquatableArray<Problem> Problems);

/// <summary>One article's facts with the names it needs to emit its own file.</summary>
public sealed record ArticleEmitModel(ArticleFacts Facts, NameMap Names);
