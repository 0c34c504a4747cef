using System;
using System.Collections.Generic;
using System.Linq;

namespace Corpus.Explorer;

/// <summary>
/// The records the Explorer works on. <c>Program</c> builds one from the generated <c>Corpus.Data</c>
/// collections; tests build one by hand, so every report and export can be checked without the dataset.
/// </summary>
public sealed class CorpusSnapshot
{

    /// <summary>Creates a snapshot of the given records, kept in the order given.</summary>
    /// <param name="documents">The articles, in document order.</param>
    /// <param name="officials">The officials, in generated order.</param>
    /// <param name="engagements">The engagements, in document order.</param>
    /// <param name="homeCountry">The alpha-2 code of the home country; every other country taking part is a partner.</param>
    public CorpusSnapshot(IReadOnlyList<Document> documents, IReadOnlyList<Official> officials,
        IReadOnlyList<Engagement> engagements, string? homeCountry)
    {
        Documents = documents ?? throw new ArgumentNullException(nameof(documents));
        Officials = officials ?? throw new ArgumentNullException(nameof(officials));
        Engagements = engagements ?? throw new ArgumentNullException(nameof(engagements));
        HomeCountry = homeCountry;
    }

    /// <summary>The articles, in document order.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>The officials, in generated order.</summary>
    public IReadOnlyList<Official> Officials { get; }

    /// <summary>The engagements, in document order.</summary>
    public IReadOnlyList<Engagement> Engagements { get; }

    /// <summary>The alpha-2 code of the home country (<c>KH</c> for the bundled corpus).</summary>
    public string? HomeCountry { get; }

    /// <summary>Whether <paramref name="country"/> is the home country.</summary>
    public bool IsHome(Country country) => HomeCountry is not null && string.Equals(country.Alpha2, HomeCountry, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The alpha-2 code of the partner country taking part in most engagements (ties go to the lower code), or
    /// <see langword="null"/> when no engagement has a partner.
    /// </summary>
    public string? BusiestPartner()
        => Formatting.PartnerGroups(this).Where(g => g.Partner is not null)
            .OrderByDescending(g => g.Engagements.Count).ThenBy(g => g.Partner!.Alpha2, StringComparer.Ordinal)
            .Select(g => g.Partner!.Alpha2).FirstOrDefault();
}
