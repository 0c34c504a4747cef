using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Extraction.Vocabulary;

/// <summary>One country of ISO 3166-1 with the words English news uses for it, and the names and demonyms an article in another
/// language uses (columns 7 and 8 of <c>countries.tsv</c>, French and Spanish so far: "Cambodge", "cambodgienne", "Camboya"), which the emitted corpus
/// does not carry.</summary>
public sealed record CountryEntry(string Alpha2, string Alpha3, string Name, string OfficialName, string[] Names, string[] Demonyms)
{
    /// <summary>Names of the country in other languages ("Cambodge", "Royaume-Uni"), read as names.</summary>
    public string[] OtherNames { get; init; } = Array.Empty<string>();

    /// <summary>Demonyms in other languages, written in lower case as those languages write them ("française"); read as
    /// written and capitalised.</summary>
    public string[] OtherDemonyms { get; init; } = Array.Empty<string>();
}

/// <summary>The built-in ISO 3166-1 table (embedded <c>countries.tsv</c>), loaded once.</summary>
public sealed class CountryTable : ICountryCodes
{
    private static readonly Lazy<CountryTable> s_instance = new(Load);

    private readonly Dictionary<string, CountryEntry> _byCode;

    public static CountryTable Instance => s_instance.Value;

    public IReadOnlyList<CountryEntry> All { get; }

    private CountryTable(List<CountryEntry> entries)
    {
        All = entries;
        _byCode = new Dictionary<string, CountryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entries)
        {
            _byCode[e.Alpha2] = e;
            _byCode[e.Alpha3] = e;
        }
    }

    public CountryEntry? Find(string code) => _byCode.TryGetValue(code.Trim(), out var e) ? e : null;

    public string? Normalize(string code) => Find(code)?.Alpha2;

    private static CountryTable Load()
    {
        using var stream = typeof(CountryTable).Assembly.GetManifestResourceStream("Corpus.Extraction.countries.tsv")
            ?? throw new InvalidOperationException("The country table is missing from the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new List<CountryEntry>(256);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 6) continue;
            int known = f[1].Length == 0 && f[2].Length == 0 ? entries.FindIndex(e => e.Alpha2 == f[0]) : -1;
            if (known >= 0)
            {
                // A row with a code and only the words of other languages adds them to that state's row above, which keeps
                // its English words as they are ("GB" with "Royaume-Uni" and "britannique").
                entries[known] = entries[known] with
                {
                    OtherNames = entries[known].OtherNames.Concat(f.Length > 6 ? Split(f[6]) : Array.Empty<string>()).ToArray(),
                    OtherDemonyms = entries[known].OtherDemonyms.Concat(f.Length > 7 ? Split(f[7]) : Array.Empty<string>()).ToArray(),
                };
                continue;
            }
            entries.Add(new CountryEntry(f[0], f[1], f[2], f[3], Split(f[4]), Split(f[5]))
            {
                OtherNames = f.Length > 6 ? Split(f[6]) : Array.Empty<string>(),
                OtherDemonyms = f.Length > 7 ? Split(f[7]) : Array.Empty<string>(),
            });
        }
        return new CountryTable(entries);
    }

    private static string[] Split(string field)
        => field.Length == 0 ? Array.Empty<string>() : field.Split(';').Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
}
