using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Corpus.Synthetic;

/// <summary>One file of a corpus: its path relative to the corpus folder (forward slashes) and its text.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>An official of the synthetic world: the same index always gives the same person.</summary>
public sealed record SyntheticOfficial(string Name, string ShortName, string Country, string? Demonym, string Title, string? Rank)
{
    /// <summary>How the article introduces the person: "Turkish Ambassador to Cambodia Kaden Barski", "... General Sok Dara".</summary>
    public string Introduction => (Demonym is null ? "" : Demonym + " ") + Title + " " + (Rank is null ? "" : Rank + " ") + Name;
}

/// <summary>
/// Makes a deterministic corpus of the genre: articles about Cambodia's bilateral defence and
/// diplomatic engagements (meetings, visits, signings, training, donations, exercises,
/// ceremonies, conferences), sidecars for about a tenth of them, and a <c>corpus.yaml</c>.
/// </summary>
/// <remarks>
/// Every choice comes from <see cref="XorShift"/> seeded by (seed, article index), so article
/// <c>i</c> is the same text whatever the size of the corpus it belongs to, on every platform and
/// .NET version. The officials an article names are drawn from pools that grow with the index
/// (about one new partner official per article, one new Cambodian official per ten), so a larger
/// corpus has proportionally more officials, as a real one would.
/// </remarks>
public static class SyntheticCorpus
{
    /// <summary>The seed used unless another is given.</summary>
    public const ulong DefaultSeed = 20230426;

    private const ulong ArticleStream = 1, KhmerStream = 2, PartnerStream = 3, SidecarStream = 4;

    /// <summary>The file stem (document id) of article <paramref name="index"/>.</summary>
    public static string ArticleId(int index) => "syn" + index.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>
    /// The files of a corpus of <paramref name="articles"/> articles: every article
    /// (<c>synNNNNNN.txt</c>), the sidecars of about <paramref name="sidecarPercent"/> percent of them
    /// (<c>synNNNNNN.yaml</c>) and <c>corpus.yaml</c>, in path order.
    /// </summary>
    public static IReadOnlyList<CorpusFile> Create(int articles, ulong seed = DefaultSeed, int sidecarPercent = 10)
    {
        if (articles < 0) throw new ArgumentOutOfRangeException(nameof(articles));
        var files = new List<CorpusFile>(articles + articles / 8 + 1) { new("corpus.yaml", Gazetteer()) };
        for (int i = 0; i < articles; i++)
        {
            var article = Article(i, seed);
            files.Add(new CorpusFile(ArticleId(i) + ".txt", article.Text));
            if (XorShift.For(seed, SidecarStream, i).Next(100) < sidecarPercent)
            {
                files.Add(new CorpusFile(ArticleId(i) + ".yaml", article.Sidecar(seed, i)));
            }
        }
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>Writes <paramref name="files"/> below <paramref name="directory"/> (created if needed) as UTF-8 without BOM; returns the full paths.</summary>
    public static IReadOnlyList<string> WriteTo(string directory, IEnumerable<CorpusFile> files)
    {
        if (directory is null) throw new ArgumentNullException(nameof(directory));
        if (files is null) throw new ArgumentNullException(nameof(files));
        Directory.CreateDirectory(directory);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        var written = new List<string>();
        foreach (var file in files)
        {
            string path = System.IO.Path.Combine(directory, file.Path.Replace('/', System.IO.Path.DirectorySeparatorChar));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text, encoding);
            written.Add(path);
        }
        return written;
    }

    /// <summary>The <c>*.txt</c> and <c>*.yaml</c> files of a folder (not its subfolders), in path order: how the benchmarks read <c>seeds/</c>.</summary>
    public static IReadOnlyList<CorpusFile> ReadFolder(string directory)
        => Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new CorpusFile(System.IO.Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();

    /// <summary>Cambodian official number <paramref name="index"/>.</summary>
    public static SyntheticOfficial Cambodian(int index, ulong seed = DefaultSeed)
    {
        var v = Vocabulary.KhmerFamilies.Length * Vocabulary.KhmerFirst.Length * Vocabulary.KhmerSecond.Length;
        long k = Scramble(index, v);
        string family = Vocabulary.KhmerFamilies[k % Vocabulary.KhmerFamilies.Length];
        k /= Vocabulary.KhmerFamilies.Length;
        string given = Vocabulary.KhmerFirst[k % Vocabulary.KhmerFirst.Length] + Vocabulary.KhmerSecond[(k / Vocabulary.KhmerFirst.Length) % Vocabulary.KhmerSecond.Length];
        string suffix = index >= v ? " " + Roman(index / v + 1) : "";
        var rng = XorShift.For(seed, KhmerStream, index);
        var (title, rank) = rng.Pick(Vocabulary.KhmerTitles);
        return new SyntheticOfficial(family + " " + given + suffix, given, "KH", null, title, rank);
    }

    /// <summary>Partner official number <paramref name="index"/>: a country, a title and a name.</summary>
    public static SyntheticOfficial Foreign(int index, ulong seed = DefaultSeed)
    {
        var v = Vocabulary.GivenFirst.Length * Vocabulary.GivenSecond.Length * Vocabulary.FamilyFirst.Length * Vocabulary.FamilySecond.Length;
        long k = Scramble(index, v);
        string given = Vocabulary.GivenFirst[k % Vocabulary.GivenFirst.Length] + Vocabulary.GivenSecond[(k / Vocabulary.GivenFirst.Length) % Vocabulary.GivenSecond.Length];
        k /= Vocabulary.GivenFirst.Length * Vocabulary.GivenSecond.Length;
        string family = Vocabulary.FamilyFirst[k % Vocabulary.FamilyFirst.Length] + Vocabulary.FamilySecond[(k / Vocabulary.FamilyFirst.Length) % Vocabulary.FamilySecond.Length];
        string suffix = index >= v ? " " + Roman(index / v + 1) : "";
        var rng = XorShift.For(seed, PartnerStream, index);
        // The first dozen partners are the frequent ones, as in the real coverage.
        var partner = rng.Chance(70) ? Vocabulary.Partners[rng.Next(12)] : rng.Pick(Vocabulary.Partners);
        var (title, rank) = rng.Pick(Vocabulary.PartnerTitles);
        return new SyntheticOfficial(given + " " + family + suffix, family, partner.Code, partner.Demonym, title, rank);
    }

    /// <summary>The partner country of an official.</summary>
    public static Partner PartnerOf(SyntheticOfficial official) => Vocabulary.Partners.First(p => p.Code == official.Country);

    /// <summary>The text of article <paramref name="index"/> (without its sidecar).</summary>
    public static string ArticleText(int index, ulong seed = DefaultSeed) => Article(index, seed).Text;

    // A bijection of [0, size) so that neighbouring indexes get unrelated names.
    private static long Scramble(int index, int size) => (long)(index % size) * 7919 % size;

    private static string Roman(int n) => n switch { 2 => "II", 3 => "III", 4 => "IV", _ => "V" + n.ToString(CultureInfo.InvariantCulture) };

    private static string Gazetteer()
    {
        var sb = new StringBuilder();
        sb.Append("# The gazetteer of the synthetic corpus: known Cambodian officials, organisations, extra country names, topics.\n");
        sb.Append("home: KH\n\nofficials:\n");
        for (int i = 0; i < 12; i++)
        {
            var o = Cambodian(i);
            sb.Append("  - { name: ").Append(o.Name).Append(", aliases: [").Append(o.ShortName).Append("], country: KH }\n");
        }
        sb.Append("\norganizations:\n");
        sb.Append("  - { name: Royal Cambodian Armed Forces, acronym: RCAF, country: KH }\n");
        sb.Append("  - { name: Royal Cambodian Army, country: KH }\n");
        sb.Append("  - { name: Royal Cambodian Navy, country: KH }\n");
        sb.Append("  - { name: Royal Gendarmerie, country: KH }\n");
        sb.Append("  - { name: Ministry of National Defence, country: KH }\n");
        sb.Append("  - { name: Association of Southeast Asian Nations, acronym: ASEAN }\n");
        sb.Append("  - { name: United Nations, acronym: UN }\n");
        sb.Append("\ncountries:\n");
        sb.Append("  - { code: TR, names: [Türkiye, Turkiye], demonyms: [Turkish] }\n");
        sb.Append("  - { code: LA, names: [Lao PDR], demonyms: [Lao] }\n");
        sb.Append("\ntopics:\n");
        sb.Append("  peacekeeping: [peacekeeping, peace-keeping, peacekeepers, UN PKO]\n");
        sb.Append("  counterterrorism: [counterterrorism, counter-terrorism, terrorism]\n");
        sb.Append("  defence technology: [defence technology, defense technology, military technology]\n");
        sb.Append("  training: [training, trainees, exchange programs, exchange programmes]\n");
        sb.Append("  transnational crime: [transnational crime, cross-border crimes, trafficking, cybercrime]\n");
        sb.Append("  demining: [demining, mine clearance, landmines, unexploded ordnance]\n");
        sb.Append("  humanitarian: [humanitarian, disaster relief]\n");
        sb.Append("  maritime security: [maritime security]\n");
        sb.Append("  military aid: [military assistance, military vehicles]\n");
        return sb.ToString();
    }

    private static GeneratedArticle Article(int index, ulong seed)
    {
        var rng = XorShift.For(seed, ArticleStream, index);
        var writer = new ArticleWriter(rng, seed, index);
        return writer.Write();
    }
}
