using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Text;

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

/// <summary>
/// A spelling an article gives an official who holds an office in it: the spelling's slug (the
/// key names without an office are looked up by), the official's id and the country the article
/// gives them.
/// </summary>
public readonly record struct SpellingKey(string Key, string Id, string? Country);

/// <summary>
/// What the corpus-wide step needs of one article, derived from its facts alone: the facts, the
/// slug of every spelling of every official holding an office in it (<see cref="Spellings"/>, in
/// order), the slug of every name it gives without an office (<see cref="NameSlugs"/>, one per
/// <see cref="ArticleFacts.Names"/> entry) and the office key of every position
/// (<see cref="OfficeKeys"/>, one per position of each official in turn, as
/// <see cref="CorpusResolution.MergeTitles(IEnumerable{OfficialPosition})"/> compares them). The generator makes it in the cached
/// per-article step, so after an edit only the edited article's is made again, and merging the
/// corpus (<see cref="CorpusAssembler.Merge"/>) does no text work.
/// </summary>
public sealed record ArticleSummary(ArticleFacts Facts, EquatableArray<SpellingKey> Spellings, EquatableArray<string> NameSlugs, EquatableArray<string> OfficeKeys)
{
    /// <summary>The summary of one article's facts.</summary>
    public static ArticleSummary Of(ArticleFacts facts)
    {
        var spellings = new List<SpellingKey>();
        var offices = new List<string>();
        foreach (var o in facts.Officials)
        {
            if (o.Positions.Count == 0) continue;
            AddSpelling(spellings, o.Name, o);
            foreach (var alias in o.Aliases) AddSpelling(spellings, alias, o);
            foreach (var p in o.Positions) offices.Add(CorpusResolution.OfficeOf(p));
        }
        var names = facts.Names.Count == 0 ? EquatableArray<string>.Empty : facts.Names.Select(n => TextTools.Slug(n.Name)).ToEquatableArray();
        return new ArticleSummary(facts, spellings.ToEquatableArray(), names, offices.ToEquatableArray());
    }

    private static void AddSpelling(List<SpellingKey> spellings, string spelling, OfficialFact official)
    {
        string key = TextTools.Slug(spelling);
        if (key.Length > 0) spellings.Add(new SpellingKey(key, official.Id, official.Country));
    }
}
