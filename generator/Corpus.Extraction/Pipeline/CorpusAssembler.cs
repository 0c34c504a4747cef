using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Pipeline;

/// <summary>
/// Where an article comes from, for diagnostics about it: its path relative to the corpus folder
/// (the key of its <see cref="DocumentFact"/>), its full path, and where its sidecar sets its id,
/// when the sidecar does.
/// </summary>
public sealed record DocumentSource(string RelativePath, string Path, Located? Id = null, string? SidecarPath = null);

/// <summary>
/// Merges the articles' facts into one corpus: one official per id across articles (positions
/// over time, every document that names them), the countries and organisations named, the
/// topic vocabulary, and collision-free C# member names.
/// </summary>
/// <remarks>
/// Member names follow one rule for every kind of record: the PascalCase of the name's slug
/// (<see cref="TextTools.MemberName"/>), cut to <see cref="MaxMemberLength"/> characters, with
/// <c>_</c> after a name the generated class already uses (<c>All</c>, <c>Find</c>, …) and a
/// number (2, 3, …) after a name an earlier record of the same kind took, ignoring case. Records
/// are named in output order, so the numbering is the same on every build.
/// </remarks>
public static class CorpusAssembler
{
    /// <summary>The longest generated member name, before a disambiguating number.</summary>
    public const int MaxMemberLength = 128;

    /// <summary>Names the generated classes already use (members of every class and the class names themselves).</summary>
    public static IReadOnlyCollection<string> ReservedNames => s_reserved;

    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "All", "Find", "Get", "TryGet", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Countries", "Officials", "Organizations", "Topics", "Documents", "Engagements", "Mentions",
    };

    public static CorpusModel Assemble(IReadOnlyList<ArticleFacts> articles, Gazetteer gazetteer, string ns, string nsSourcePath)
        => Assemble(articles, gazetteer, ns, nsSourcePath, null);

    /// <summary>Assembles the corpus; <paramref name="sources"/> gives the files behind the articles, so diagnostics can point at them.</summary>
    public static CorpusModel Assemble(IReadOnlyList<ArticleFacts> articles, Gazetteer gazetteer, string ns, string nsSourcePath,
        IReadOnlyList<DocumentSource>? sources)
    {
        var problems = new List<Problem>();
        var ordered = articles.OrderBy(a => a.Document.Id, StringComparer.Ordinal).ThenBy(a => a.Document.Path, StringComparer.Ordinal).ToList();
        var byRelativePath = new Dictionary<string, DocumentSource>(StringComparer.Ordinal);
        foreach (var s in sources ?? Array.Empty<DocumentSource>())
        {
            if (!byRelativePath.ContainsKey(s.RelativePath)) byRelativePath.Add(s.RelativePath, s);
        }
        string FullPath(ArticleFacts a) => byRelativePath.TryGetValue(a.Document.Path, out var s) ? s.Path : a.Document.Path;
        Place ArticleStart(ArticleFacts a) => new(FullPath(a), default, default);

        // Documents, with duplicate ids reported where the later one's id is set.
        var documents = new List<DocumentModel>();
        var docMembers = new MemberNames("document", problems);
        var seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in ordered)
        {
            if (!seenIds.Add(a.Document.Id))
            {
                var place = byRelativePath.TryGetValue(a.Document.Path, out var s) && s.Id is not null && s.SidecarPath is not null
                    ? new Place(s.SidecarPath, s.Id.Start, s.Id.End)
                    : ArticleStart(a);
                problems.Add(Problem.At(ProblemIds.DuplicateId, place.Path, place.Start, place.End, "document", a.Document.Id,
                    "give this one its own id in its sidecar, or rename one of the files"));
            }
            documents.Add(new DocumentModel(a.Document, docMembers.Take(a.Document.Id, "Article " + a.Document.Id, () => ArticleStart(a))));
        }

        // Officials merged by id, in order of first appearance.
        var officials = new Dictionary<string, (string Name, SortedSet<string> Aliases, string? Country, List<OfficialPosition> Positions, List<string> Docs, ArticleFacts First)>(StringComparer.Ordinal);
        var order = new List<string>();
        var gazetteerCountry = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var o in gazetteer.Officials)
        {
            string slug = Slug(o.Name);
            if (!gazetteerCountry.ContainsKey(slug)) gazetteerCountry.Add(slug, o.Country);
        }
        foreach (var a in ordered)
        {
            foreach (var o in a.Officials)
            {
                if (!officials.TryGetValue(o.Id, out var entry))
                {
                    entry = (o.Name, new SortedSet<string>(StringComparer.Ordinal), o.Country, new List<OfficialPosition>(), new List<string>(), a);
                    order.Add(o.Id);
                }
                // A later article may spell the same person (same id) differently: that spelling is kept as an alias.
                if (!string.Equals(o.Name, entry.Name, StringComparison.Ordinal)) entry.Aliases.Add(o.Name);
                foreach (var alias in o.Aliases) entry.Aliases.Add(alias);
                if (entry.Country is null) entry.Country = o.Country;
                foreach (var p in o.Positions) entry.Positions.Add(new OfficialPosition(a.Document.Id, p));
                if (!entry.Docs.Contains(a.Document.Id)) entry.Docs.Add(a.Document.Id);
                officials[o.Id] = entry;
            }
        }
        var officialMembers = new MemberNames("official", problems);
        var officialModels = order.Select(id =>
        {
            var e = officials[id];
            string? country = gazetteerCountry.TryGetValue(id, out var gc) && gc is not null ? gc : e.Country;
            e.Aliases.Remove(e.Name);
            return new OfficialModel(id, e.Name, e.Aliases.ToEquatableArray(), country, e.Positions.ToEquatableArray(), e.Docs.ToEquatableArray(),
                officialMembers.Take(id, e.Name, () => OfficialPlace(e.First, id, FullPath(e.First))));
        }).ToList();

        // Countries the corpus mentions, in code order.
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var a in ordered) foreach (var c in a.Countries) codes.Add(c);
        foreach (var o in officialModels) if (o.Country is not null) codes.Add(o.Country);
        var countryMembers = new MemberNames("country", problems);
        var countries = new List<CountryModel>();
        foreach (var code in codes)
        {
            var entry = CountryTable.Instance.Find(code);
            if (entry is null) continue;
            var demonyms = entry.Demonyms.Concat(gazetteer.Countries.Where(c => c.Code == code).SelectMany(c => c.Demonyms)).Distinct(StringComparer.Ordinal).ToEquatableArray();
            countries.Add(new CountryModel(entry.Alpha2, entry.Alpha3, entry.Name, entry.OfficialName, demonyms,
                countryMembers.Take(code, entry.Name, () => ordered.FirstOrDefault(a => a.Countries.Contains(code)) is { } first ? ArticleStart(first) : Place.None)));
        }

        // Organisations: the gazetteer's, and any an article names.
        var orgMembers = new MemberNames("organisation", problems);
        var organizations = new List<OrganizationModel>();
        var organizationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var org in gazetteer.Organizations)
        {
            if (!organizationIds.Add(org.Id)) continue;
            organizations.Add(new OrganizationModel(org.Id, org.Name, org.Acronym, org.Country,
                orgMembers.Take(org.Id, org.Name, () => new Place(gazetteer.Path ?? "", default, default))));
        }
        foreach (var a in ordered)
        {
            foreach (var org in a.Organizations)
            {
                if (!organizationIds.Add(org.Id)) continue;
                organizations.Add(new OrganizationModel(org.Id, org.Name, org.Acronym, org.Country, orgMembers.Take(org.Id, org.Name, () => ArticleStart(a))));
            }
        }

        var topicMembers = new MemberNames("topic", problems);
        var topics = gazetteer.Topics.Select(t => new TopicModel(t.Name, t.Triggers,
            topicMembers.Take(t.Name, t.Name, () => new Place(gazetteer.Path ?? "", t.At, new TextPosition(t.At.Offset, t.At.Line, t.At.Column))))).ToList();

        var names = new NameMap(ns,
            officialModels.Select(o => new NamePair(o.Id, o.Member)).ToEquatableArray(),
            countries.Select(c => new NamePair(c.Alpha2, c.Member)).ToEquatableArray(),
            topics.Select(t => new NamePair(t.Name, t.Member)).ToEquatableArray(),
            documents.Select(d => new NamePair(d.Document.Path, d.Member)).ToEquatableArray());
        return new CorpusModel(names, documents.ToEquatableArray(), countries.ToEquatableArray(), organizations.ToEquatableArray(),
            officialModels.ToEquatableArray(), topics.ToEquatableArray(), problems.ToEquatableArray());
    }

    /// <summary>The member name a record of this name gets before disambiguation, and why it differs from the plain PascalCase name, if it does.</summary>
    public static (string Member, string? Adjustment) BaseMemberName(string name)
    {
        string member = TextTools.MemberName(name);
        string? why = null;
        if (!TextTools.Fold(name).Any(c => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
        {
            why = "the name has no Latin letter or digit to make a C# name of";
        }
        else if (member.Length > 0 && member[0] == '_')
        {
            why = "a C# name cannot start with a digit";
        }
        if (member.Length > MaxMemberLength)
        {
            member = member.Substring(0, MaxMemberLength);
            why ??= "the name is longer than " + MaxMemberLength.ToString(CultureInfo.InvariantCulture) + " characters";
        }
        if (s_reserved.Contains(member))
        {
            member += "_";
            why ??= "'" + member.Substring(0, member.Length - 1) + "' is a name the generated classes already use";
        }
        return (member, why);
    }

    // An official is placed where the first article that names them states a position, else at that article's start.
    private static Place OfficialPlace(ArticleFacts article, string id, string path)
    {
        var evidence = article.Officials.FirstOrDefault(o => o.Id == id)?.Positions.Select(p => p.Evidence).FirstOrDefault();
        if (evidence is null || evidence.Line < 1 || evidence.Column < 1) return new Place(path, default, default);
        var at = new TextPosition(0, evidence.Line - 1, evidence.Column - 1);
        return new Place(path, at, at);
    }

    private static string Slug(string name) => TextTools.Slug(name);

    /// <summary>A place for a diagnostic: a file, and a start and end in it.</summary>
    private readonly record struct Place(string Path, TextPosition Start, TextPosition End)
    {
        public static Place None => new("", default, default);
    }

    /// <summary>Hands out member names, disambiguating collisions deterministically (in input order) with a warning.</summary>
    private sealed class MemberNames
    {
        private readonly string _what;
        private readonly List<Problem> _problems;
        // Names that differ only in case count as taken too: the file of an article is named after its member, and file names may ignore case.
        private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

        public MemberNames(string what, List<Problem> problems)
        {
            _what = what;
            _problems = problems;
        }

        public string Take(string key, string name, Func<Place> where)
        {
            var (baseName, adjustment) = BaseMemberName(name);
            string member = baseName;
            for (int n = 2; !_used.Add(member); n++) member = baseName + n.ToString(CultureInfo.InvariantCulture);
            if (adjustment is not null)
            {
                var place = where();
                _problems.Add(Problem.At(ProblemIds.MemberNameAdjusted, place.Path, place.Start, place.End, _what, key, baseName, adjustment));
            }
            if (member != baseName)
            {
                var place = where();
                _problems.Add(Problem.At(ProblemIds.MemberNameCollision, place.Path, place.Start, place.End, _what, key, baseName, member));
            }
            return member;
        }
    }
}
