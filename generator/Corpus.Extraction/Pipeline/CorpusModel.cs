using Corpus.Extraction.Model;

namespace Corpus.Extraction.Pipeline;

/// <summary>
/// Where a record of the corpus is first stated: a file and a start and end in it. Diagnostics
/// about the record (such as the generator's naming warnings) point there.
/// </summary>
public readonly record struct SourceSpan(string Path, TextPosition Start, TextPosition End)
{
    /// <summary>No file.</summary>
    public static SourceSpan None => new("", default, default);
}

/// <summary>A country the corpus mentions, as the country table and the gazetteer describe it.</summary>
public sealed record CorpusCountry(string Alpha2, string Alpha3, string Name, string OfficialName, EquatableArray<string> Demonyms, SourceSpan Origin);

/// <summary>An organisation of the gazetteer or of an article.</summary>
public sealed record CorpusOrganization(string Id, string Name, string? Acronym, string? Country, SourceSpan Origin);

/// <summary>A topic of the vocabulary, with the words that mark it.</summary>
public sealed record CorpusTopic(string Name, EquatableArray<string> Triggers, SourceSpan Origin);

/// <summary>A position an official held, and the document that states it.</summary>
public sealed record OfficialPosition(string DocumentId, PositionFact Position);

/// <summary>An engagement an official takes part in, and the document that reports it.</summary>
public sealed record OfficialEngagement(string DocumentId, EngagementFact Engagement);

/// <summary>
/// An official merged across articles: one id, every spelling, positions over time, the documents
/// that name them and the engagements that list them as a participant (in document order).
/// </summary>
public sealed record CorpusOfficial(string Id, string Name, EquatableArray<string> Aliases, string? Country, EquatableArray<OfficialPosition> Positions,
    EquatableArray<string> Documents, EquatableArray<OfficialEngagement> Engagements, SourceSpan Origin);

/// <summary>
/// The facts of the whole corpus, merged across articles: documents in id order, the countries
/// mentioned in code order, organisations, officials in order of first appearance, the topic
/// vocabulary, the home country (only when corpus.yaml states one), and the problems found while
/// merging. It holds no C# names: naming members is the generator's job.
/// </summary>
public sealed record CorpusFacts(
    string? Home,
    EquatableArray<DocumentFact> Documents,
    EquatableArray<CorpusCountry> Countries,
    EquatableArray<CorpusOrganization> Organizations,
    EquatableArray<CorpusOfficial> Officials,
    EquatableArray<CorpusTopic> Topics,
    EquatableArray<Problem> Problems)
{
    /// <summary>A corpus with no records and these problems.</summary>
    public static CorpusFacts Empty(EquatableArray<Problem> problems)
        => new(null, EquatableArray<DocumentFact>.Empty, EquatableArray<CorpusCountry>.Empty, EquatableArray<CorpusOrganization>.Empty,
            EquatableArray<CorpusOfficial>.Empty, EquatableArray<CorpusTopic>.Empty, problems);
}
