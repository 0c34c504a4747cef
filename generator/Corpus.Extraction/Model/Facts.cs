namespace Corpus.Extraction.Model;

// The value-equatable models that flow through the pipeline. Dates are ISO 8601 partial-date
// strings ("2023-04-26", "--06"), countries ISO 3166-1 alpha-2 codes, officials slugs.

/// <summary>An article as read: id, path relative to the corpus folder, text with LF line ends and no BOM.</summary>
public sealed record ArticleSource(string Id, string Path, string RelativePath, string Text);

/// <summary>
/// A sentence: its offset and length in the article, 1-based line and column, paragraph index and text. <see cref="Text"/>
/// is what the engine matches: the article's text with typographic punctuation in its ASCII form (<c>Text/Typography.cs</c>:
/// ’ as ', “ ” as ", – — as -, no-break and thin spaces as a space), of the same length, so its offsets are the article's.
/// <see cref="Original"/> is the sentence in the article's own characters, which evidence quotes; the same string when
/// the sentence has no typographic character.
/// </summary>
public sealed record Sentence(int Index, int Start, int Length, int Line, int Column, int Paragraph, string Text)
{
    /// <summary>The sentence in the article's own characters (evidence quotes it); <see cref="Text"/> when they are the same.</summary>
    public string Original { get; init; } = Text;
}

/// <summary>Where a fact was read.</summary>
public sealed record EvidenceFact(int Line, int Column, string Text);

public sealed record DocumentFact(string Id, string Path, string? Title, string? Outlet, string? Url, string? Published, int LineCount);

public sealed record PositionFact(string Title, string? Organization, string? Rank, string? Date, EvidenceFact Evidence);

/// <summary>
/// One person of an article. <paramref name="CountryBasis"/> says how the article gave the country, so that
/// the corpus, which gives each official one country, can prefer a country an article states.
/// </summary>
public sealed record OfficialFact(string Id, string Name, EquatableArray<string> Aliases, string? Country, EquatableArray<PositionFact> Positions,
    CountryBasis CountryBasis = CountryBasis.Stated);

/// <summary>How an article gave an official's country, weakest first.</summary>
public enum CountryBasis
{
    /// <summary>No country was stated or told: the article's home side, given to someone of untold country.</summary>
    Default = 0,
    /// <summary>Told by an engagement (the other side of the person met), or a diplomat's main partner.</summary>
    Inferred = 1,
    /// <summary>Stated: a title's country, a demonym, the gazetteer or a sidecar.</summary>
    Stated = 2,
}

public sealed record LocationFact(string? Place, string? City, string? Country);

public sealed record EngagementFact(
    string Id,
    string Kind,
    string Status,
    string? Date,
    LocationFact? Location,
    EquatableArray<string> Countries,
    EquatableArray<string> Participants,
    EquatableArray<string> Topics,
    EquatableArray<string> Agreements,
    string? Cameo,
    EquatableArray<EvidenceFact> Evidence);

public sealed record MentionFact(string Official, string Text, EvidenceFact Evidence);

public sealed record OrganizationFact(string Id, string Name, string? Acronym, string? Country);

/// <summary>
/// A person's name that an article gives without any office, rank or part in an engagement
/// ("Tep Sokhom said …"): not an official of that article on its own, but one when another article
/// shows the same name holding an office (the corpus-level pass, Pipeline/CorpusResolution.cs).
/// </summary>
public sealed record NameFact(string Id, string Name, EvidenceFact Evidence);

/// <summary>
/// Everything one article yields: its document, the officials, organisations and countries it
/// names, its engagements, and the names it gives without an office (<see cref="Names"/>).
/// </summary>
public sealed record ArticleFacts(
    DocumentFact Document,
    EquatableArray<OfficialFact> Officials,
    EquatableArray<EngagementFact> Engagements,
    EquatableArray<MentionFact> Mentions,
    EquatableArray<string> Countries,
    EquatableArray<OrganizationFact> Organizations,
    EquatableArray<Problem> Problems,
    EquatableArray<NameFact> Names = default)
{
    /// <summary>An article's document alone, with these countries and problems: what remains when its facts cannot be had.</summary>
    public static ArticleFacts DocumentOnly(DocumentFact document, EquatableArray<string> countries, EquatableArray<Problem> problems)
        => new(document, EquatableArray<OfficialFact>.Empty, EquatableArray<EngagementFact>.Empty, EquatableArray<MentionFact>.Empty,
            countries, EquatableArray<OrganizationFact>.Empty, problems);
}
