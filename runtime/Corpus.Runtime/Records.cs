using System;
using System.Collections.Generic;
using System.Text;

namespace Corpus;

/// <summary>Where a fact was read: the document, the 1-based line and column, and the sentence.</summary>
/// <param name="DocumentId">The id of the <see cref="Document"/> the sentence comes from.</param>
/// <param name="Line">The 1-based line of the article on which the sentence starts.</param>
/// <param name="Column">The 1-based column (in UTF-16 code units) at which the sentence starts.</param>
/// <param name="Text">The sentence, exactly as the article spells it.</param>
public sealed record Evidence(string DocumentId, int Line, int Column, string Text)
{
    /// <summary>Creates evidence whose sentence is given as UTF-8 bytes (generated code keeps long text out of the string heap this way).</summary>
    public static Evidence FromUtf8(string documentId, int line, int column, ReadOnlySpan<byte> utf8Text)
        => new(documentId, line, column, Encoding.UTF8.GetString(utf8Text));

    /// <summary>"document:line:column".</summary>
    public string Location => DocumentId + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + ":" + Column.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An article of the corpus.</summary>
/// <param name="Id">The document id: the file stem unless the sidecar names another.</param>
/// <param name="Path">The article's path relative to the corpus folder, with forward slashes.</param>
/// <param name="Title">The title, when the sidecar gives one.</param>
/// <param name="Outlet">The publishing outlet, when known.</param>
/// <param name="Url">The address of the original, when known.</param>
/// <param name="Published">The publication date, from the sidecar or the dateline, when known.</param>
/// <param name="LineCount">The number of lines of the article.</param>
public sealed record Document(string Id, string Path, string? Title, string? Outlet, string? Url, PartialDate? Published, int LineCount);

/// <summary>A country or territory of ISO 3166-1.</summary>
/// <param name="Alpha2">The alpha-2 code, for example <c>KH</c>.</param>
/// <param name="Alpha3">The alpha-3 code, for example <c>KHM</c>.</param>
/// <param name="Name">The common English name.</param>
/// <param name="OfficialName">The official name.</param>
/// <param name="Demonyms">Demonyms and adjectives by which articles refer to it.</param>
public sealed record Country(string Alpha2, string Alpha3, string Name, string OfficialName, IReadOnlyList<string> Demonyms)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>An organisation: a ministry, an armed force, an agency, an alliance.</summary>
/// <param name="Id">A stable slug.</param>
/// <param name="Name">The full name.</param>
/// <param name="Acronym">The acronym, when one is used.</param>
/// <param name="Country">The country it belongs to, when it belongs to one.</param>
public sealed record Organization(string Id, string Name, string? Acronym, Country? Country)
{
    /// <inheritdoc />
    public override string ToString() => Acronym is null ? Name : Name + " (" + Acronym + ")";
}

/// <summary>A topic of the corpus vocabulary (<c>corpus.yaml</c>).</summary>
/// <param name="Id">The topic as the vocabulary names it, for example <c>peacekeeping</c>.</param>
/// <param name="Triggers">The words that mark the topic in a sentence.</param>
public sealed record Topic(string Id, IReadOnlyList<string> Triggers)
{
    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>A title an official was seen to hold, at a date, in a document.</summary>
/// <param name="Title">The office, as the article gives it.</param>
/// <param name="Organization">The organisation the office belongs to, when named.</param>
/// <param name="Rank">The military or diplomatic rank, when given ("General", "Colonel").</param>
/// <param name="Date">When the title was observed: the event or publication date, when known.</param>
/// <param name="DocumentId">The document in which it was observed.</param>
/// <param name="Evidence">The sentence that states it.</param>
public sealed record Position(string Title, string? Organization, string? Rank, PartialDate? Date, string DocumentId, Evidence Evidence);

/// <summary>A person holding a government, military, diplomatic or international office.</summary>
/// <param name="Id">A stable slug of the canonical name, for example <c>vong-pisen</c>.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Aliases">Other spellings and short forms used for the person.</param>
/// <param name="Country">The country the person serves, when known.</param>
/// <param name="Positions">The titles seen over time, in document order.</param>
/// <param name="Documents">The ids of the documents that mention the person.</param>
public sealed record Official(string Id, string Name, IReadOnlyList<string> Aliases, Country? Country,
    IReadOnlyList<Position> Positions, IReadOnlyList<string> Documents)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>Where an engagement took place.</summary>
/// <param name="Place">A venue or site, for example "RCAF headquarters".</param>
/// <param name="City">The city.</param>
/// <param name="Country">The country.</param>
public sealed record Location(string? Place, string? City, Country? Country)
{
    /// <inheritdoc />
    public override string ToString()
    {
        var parts = new List<string>(3);
        if (Place is not null) parts.Add(Place);
        if (City is not null) parts.Add(City);
        if (Country is not null) parts.Add(Country.Name);
        return string.Join(", ", parts);
    }
}

/// <summary>An event of a bilateral (or multilateral) defence or diplomatic relationship.</summary>
/// <param name="Id">A stable id: the document id and a sequence number.</param>
/// <param name="Document">The document that reports it.</param>
/// <param name="Kind">What kind of event it is.</param>
/// <param name="Status">Held or planned.</param>
/// <param name="Date">When, as precisely as the text states it.</param>
/// <param name="Location">Where, when stated.</param>
/// <param name="Countries">The states whose officials or forces take part.</param>
/// <param name="Participants">The officials taking part.</param>
/// <param name="Topics">What it was about.</param>
/// <param name="Agreements">The agreements it concerns, as the text names them.</param>
/// <param name="Cameo">The CAMEO event code it corresponds to.</param>
/// <param name="Evidence">The sentences that report it, first the one that establishes it.</param>
public sealed record Engagement(string Id, Document Document, EngagementKind Kind, EngagementStatus Status,
    PartialDate? Date, Location? Location, IReadOnlyList<Country> Countries, IReadOnlyList<Official> Participants,
    IReadOnlyList<Topic> Topics, IReadOnlyList<string> Agreements, string? Cameo, IReadOnlyList<Evidence> Evidence)
{
    /// <inheritdoc />
    public override string ToString() => Id;
}

/// <summary>An official named in a document.</summary>
/// <param name="Official">Who is named.</param>
/// <param name="DocumentId">Where.</param>
/// <param name="Text">The words used ("Pisen", "Gen. Vong Pisen").</param>
/// <param name="Evidence">The sentence.</param>
public sealed record Mention(Official Official, string DocumentId, string Text, Evidence Evidence);
