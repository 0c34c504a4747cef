using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Pipeline;

/// <summary>
/// Merges the articles' facts into one corpus: one official per id across articles (positions
/// over time, every document that names them), the countries and organisations named, the
/// topic vocabulary, and collision-free C# member names.
/// </summary>
public static class CorpusAssembler
{
    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "All", "Find", "Get", "TryGet", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Countries", "Officials", "Organizations", "Topics", "Documents", "Engagements", "Mentions",
    };

    public static CorpusModel Assemble(IReadOnlyList<ArticleFacts> articles, Gazetteer gazetteer, string ns, string nsSourcePath)
    {
        var problems = new List<Problem>();
        var ordered = articles.OrderBy(a => a.Document.Id, StringComparer.Ordinal).ThenBy(a => a.Document.Path, StringComparer.Ordinal).ToList();

        // Documents, with duplicate ids reported.
        var documents = new List<DocumentModel>();
        var docMembers = new MemberNames("document", problems);
        var seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in ordered)
        {
            if (!seenIds.Add(a.Document.Id))
            {
                problems.Add(Problem.AtFile(ProblemIds.DuplicateId, a.Document.Path, "document", a.Document.Id));
            }
            documents.Add(new DocumentModel(a.Document, docMembers.Take(a.Document.Id, "Article " + a.Document.Id)));
        }

        // Officials merged by id, in order of first appearance.
        var officials = new Dictionary<string, (string Name, SortedSet<string> Aliases, string? Country, List<OfficialPosition> Positions, List<string> Docs)>(StringComparer.Ordinal);
        var order = new List<string>();
        var gazetteerCountry = gazetteer.Officials.ToDictionary(o => Slug(o.Name), o => o.Country, StringComparer.Ordinal);
        foreach (var a in ordered)
        {
            foreach (var o in a.Officials)
            {
                if (!officials.TryGetValue(o.Id, out var entry))
                {
                    entry = (o.Name, new SortedSet<string>(StringComparer.Ordinal), o.Country, new List<OfficialPosition>(), new List<string>());
                    order.Add(o.Id);
                }
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
                officialMembers.Take(id, e.Name));
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
            var demonyms = entry.Demonyms.Concat(gazetteer.Countries.Where(c => c.Code == code).SelectMany(c => c.Demonyms)).Distinct().ToEquatableArray();
            countries.Add(new CountryModel(entry.Alpha2, entry.Alpha3, entry.Name, entry.OfficialName, demonyms, countryMembers.Take(code, entry.Name)));
        }

        // Organisations: the gazetteer's, and any an article names.
        var orgMembers = new MemberNames("organisation", problems);
        var organizations = new List<OrganizationModel>();
        foreach (var org in gazetteer.Organizations.Concat(ordered.SelectMany(a => a.Organizations)))
        {
            if (organizations.Any(o => o.Id == org.Id)) continue;
            organizations.Add(new OrganizationModel(org.Id, org.Name, org.Acronym, org.Country, orgMembers.Take(org.Id, org.Name)));
        }

        var topicMembers = new MemberNames("topic", problems);
        var topics = gazetteer.Topics.Select(t => new TopicModel(t.Name, t.Triggers, topicMembers.Take(t.Name, t.Name))).ToList();

        var names = new NameMap(ns,
            officialModels.Select(o => new NamePair(o.Id, o.Member)).ToEquatableArray(),
            countries.Select(c => new NamePair(c.Alpha2, c.Member)).ToEquatableArray(),
            topics.Select(t => new NamePair(t.Name, t.Member)).ToEquatableArray(),
            documents.Select(d => new NamePair(d.Document.Id, d.Member)).ToEquatableArray());
        return new CorpusModel(names, documents.ToEquatableArray(), countries.ToEquatableArray(), organizations.ToEquatableArray(),
            officialModels.ToEquatableArray(), topics.ToEquatableArray(), problems.ToEquatableArray());
    }

    private static string Slug(string name) => TextTools.Slug(name);

    /// <summary>Hands out member names, disambiguating collisions deterministically (in input order) with a warning.</summary>
    private sealed class MemberNames
    {
        private readonly string _what;
        private readonly List<Problem> _problems;
        private readonly HashSet<string> _used = new(StringComparer.Ordinal);

        public MemberNames(string what, List<Problem> problems)
        {
            _what = what;
            _problems = problems;
        }

        public string Take(string key, string name)
        {
            string baseName = TextTools.MemberName(name);
            if (s_reserved.Contains(baseName)) baseName += "_";
            string member = baseName;
            for (int n = 2; !_used.Add(member); n++) member = baseName + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (member != baseName)
            {
                _problems.Add(Problem.AtFile(ProblemIds.MemberNameCollision, "", _what, key, baseName, member));
            }
            return member;
        }
    }
}
