using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Pipeline;

/// <summary>
/// Where an article comes from, for diagnostics about it: its path relative to the corpus folder
/// (the key of its <see cref="DocumentFact"/>), its full path, and where its sidecar sets its id,
/// when the sidecar does.
/// </summary>
public sealed record DocumentSource(string RelativePath, string Path, Located? Id = null, string? SidecarPath = null);

/// <summary>
/// Merges the articles' facts into one corpus: one official per id across articles (positions
/// over time, every document that names them, names without an office resolved by
/// <see cref="CorpusResolution"/>), the countries and organisations named, and the topic vocabulary.
/// Each record keeps where it is first stated (<see cref="SourceSpan"/>).
/// </summary>
public static class CorpusAssembler
{
    /// <summary>Assembles the corpus; <paramref name="sources"/> gives the files behind the articles, so diagnostics can point at them.</summary>
    public static CorpusFacts Assemble(IReadOnlyList<ArticleFacts> articles, Gazetteer gazetteer, IReadOnlyList<DocumentSource>? sources = null)
    {
        var summaries = new ArticleSummary[articles.Count];
        for (int i = 0; i < summaries.Length; i++) summaries[i] = ArticleSummary.Of(articles[i]);
        return Merge(summaries, gazetteer, sources);
    }

    /// <summary>
    /// Assembles the corpus from the articles' summaries (<see cref="ArticleSummary.Of"/>), the same
    /// corpus <see cref="Assemble"/> gives for their facts; what is derived from one article alone
    /// (slugs, office keys) is taken from its summary, so merging does no text work.
    /// </summary>
    public static CorpusFacts Merge(IReadOnlyList<ArticleSummary> summaries, Gazetteer gazetteer, IReadOnlyList<DocumentSource>? sources = null)
        => MergeWithLeaders(summaries, gazetteer, sources, LeaderVocabulary.StatesBySlug);

    /// <summary>Assembles the corpus with another table of leaders' states (by slug) than <c>leaders.tsv</c>: for stage tests.</summary>
    internal static CorpusFacts AssembleWithLeaders(IReadOnlyList<ArticleFacts> articles, Gazetteer gazetteer, IReadOnlyDictionary<string, string> leaders)
    {
        var summaries = new ArticleSummary[articles.Count];
        for (int i = 0; i < summaries.Length; i++) summaries[i] = ArticleSummary.Of(articles[i]);
        return MergeWithLeaders(summaries, gazetteer, null, leaders);
    }

    private static CorpusFacts MergeWithLeaders(IReadOnlyList<ArticleSummary> summaries, Gazetteer gazetteer, IReadOnlyList<DocumentSource>? sources,
        IReadOnlyDictionary<string, string> leaders)
    {
        var problems = new List<Problem>();
        // What one article shows about a person holds in the others (names without an office): CorpusResolution.
        var resolved = CorpusResolution.Resolve(summaries);
        var order = new int[resolved.Length];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        // Document order: by id, then path, then the order given (a stable sort).
        Array.Sort(order, (x, y) =>
        {
            int c = string.CompareOrdinal(resolved[x].Document.Id, resolved[y].Document.Id);
            if (c == 0) c = string.CompareOrdinal(resolved[x].Document.Path, resolved[y].Document.Path);
            return c != 0 ? c : x - y;
        });
        var ordered = new ArticleFacts[order.Length];
        for (int i = 0; i < order.Length; i++) ordered[i] = resolved[order[i]];
        var byRelativePath = new Dictionary<string, DocumentSource>(StringComparer.Ordinal);
        foreach (var s in sources ?? Array.Empty<DocumentSource>())
        {
            if (!byRelativePath.ContainsKey(s.RelativePath)) byRelativePath.Add(s.RelativePath, s);
        }
        string FullPath(ArticleFacts a) => byRelativePath.TryGetValue(a.Document.Path, out var s) ? s.Path : a.Document.Path;
        SourceSpan ArticleStart(ArticleFacts a) => new(FullPath(a), default, default);

        // Documents, with duplicate ids reported where the later one's id is set.
        var documents = new List<DocumentFact>();
        var seenIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in ordered)
        {
            if (!seenIds.Add(a.Document.Id))
            {
                var place = byRelativePath.TryGetValue(a.Document.Path, out var s) && s.Id is not null && s.SidecarPath is not null
                    ? new SourceSpan(s.SidecarPath, s.Id.Start, s.Id.End)
                    : ArticleStart(a);
                problems.Add(Problem.At(ProblemIds.DuplicateId, place.Path, place.Start, place.End, "document", a.Document.Id,
                    "give this one its own id in its sidecar, or rename one of the files"));
            }
            documents.Add(a.Document);
        }

        // Officials merged by id, in order of first appearance.
        var officials = new Dictionary<string, OfficialEntry>(StringComparer.Ordinal);
        var firstSeen = new List<OfficialEntry>();
        var gazetteerCountry = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var o in gazetteer.Officials)
        {
            string slug = Slug(o.Name);
            if (!gazetteerCountry.ContainsKey(slug)) gazetteerCountry.Add(slug, o.Country);
        }
        // The first article (in document order) that mentions each country.
        var countryFirst = new Dictionary<string, ArticleFacts>(StringComparer.Ordinal);
        for (int i = 0; i < ordered.Length; i++)
        {
            var a = ordered[i];
            string documentId = a.Document.Id;
            foreach (var c in a.Countries)
            {
                if (!countryFirst.ContainsKey(c)) countryFirst.Add(c, a);
            }
            // The office keys of the article's positions, one per position of each official in turn (officials added by resolution hold none).
            var offices = summaries[order[i]].OfficeKeys;
            int office = 0;
            foreach (var o in a.Officials)
            {
                if (!officials.TryGetValue(o.Id, out var entry))
                {
                    entry = new OfficialEntry(o.Id, o.Name, a);
                    officials.Add(o.Id, entry);
                    firstSeen.Add(entry);
                }
                // A later article may spell the same person (same id) differently: that spelling is kept as an alias.
                if (!string.Equals(o.Name, entry.Name, StringComparison.Ordinal)) (entry.Aliases ??= new List<string>()).Add(o.Name);
                if (o.Aliases.Count > 0) (entry.Aliases ??= new List<string>()).AddRange(o.Aliases);
                if (o.Country is not null) entry.Vote(o.Country, o.CountryBasis);
                foreach (var p in o.Positions) entry.Positions.Add((new OfficialPosition(documentId, p), offices[office++]));
                if (!entry.Docs.Contains(documentId)) entry.Docs.Add(documentId);
            }
        }
        // The engagements each official takes part in, in document order.
        foreach (var a in ordered)
        {
            string documentId = a.Document.Id;
            foreach (var e in a.Engagements)
            {
                OfficialEngagement? taken = null;
                var participants = e.Participants;
                for (int j = 0; j < participants.Count; j++)
                {
                    string id = participants[j];
                    if (!officials.TryGetValue(id, out var entry) || Repeats(participants, j)) continue;
                    (entry.Engagements ??= new List<OfficialEngagement>()).Add(taken ??= new OfficialEngagement(documentId, e));
                }
            }
        }
        var officialModels = new List<CorpusOfficial>(firstSeen.Count);
        foreach (var e in firstSeen)
        {
            // The gazetteer's state, else a leader's state of record (leaders.tsv, by the name or a spelling of it), else the articles'.
            string? country = gazetteerCountry.TryGetValue(e.Id, out var gc) && gc is not null ? gc : LeaderState(e, leaders) ?? e.Country;
            // Titles merge over time: one history per official, the same office in the same words kept once (CorpusResolution).
            var positions = e.Positions.Count switch
            {
                0 => EquatableArray<OfficialPosition>.Empty,
                1 => new EquatableArray<OfficialPosition>(new[] { e.Positions[0].Position }),
                _ => CorpusResolution.MergeTitles(e.Positions).ToEquatableArray(),
            };
            officialModels.Add(new CorpusOfficial(e.Id, e.Name, Aliases(e.Aliases, e.Name), country, positions, new EquatableArray<string>(e.Docs.ToArray()),
                e.Engagements is null ? EquatableArray<OfficialEngagement>.Empty : new EquatableArray<OfficialEngagement>(e.Engagements.ToArray()),
                OfficialPlace(e.First, e.Id, FullPath(e.First))));
        }

        // Countries the corpus mentions, in code order.
        var codes = new SortedSet<string>(countryFirst.Keys, StringComparer.Ordinal);
        foreach (var o in officialModels) if (o.Country is not null) codes.Add(o.Country);
        if (gazetteer.Home is not null) codes.Add(gazetteer.Home);
        var countries = new List<CorpusCountry>();
        foreach (var code in codes)
        {
            var entry = CountryTable.Instance.Find(code);
            if (entry is null) continue;
            var demonyms = entry.Demonyms.Concat(gazetteer.Countries.Where(c => c.Code == code).SelectMany(c => c.Demonyms)).Distinct(StringComparer.Ordinal).ToEquatableArray();
            countries.Add(new CorpusCountry(entry.Alpha2, entry.Alpha3, entry.Name, entry.OfficialName, demonyms,
                countryFirst.TryGetValue(code, out var first) ? ArticleStart(first) : SourceSpan.None));
        }

        // Organisations: the gazetteer's, and any an article names.
        var organizations = new List<CorpusOrganization>();
        var organizationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var org in gazetteer.Organizations)
        {
            if (!organizationIds.Add(org.Id)) continue;
            organizations.Add(new CorpusOrganization(org.Id, org.Name, org.Acronym, org.Country, new SourceSpan(gazetteer.Path ?? "", default, default)));
        }
        foreach (var a in ordered)
        {
            foreach (var org in a.Organizations)
            {
                if (!organizationIds.Add(org.Id)) continue;
                organizations.Add(new CorpusOrganization(org.Id, org.Name, org.Acronym, org.Country, ArticleStart(a)));
            }
        }

        var topics = gazetteer.Topics.Select(t => new CorpusTopic(t.Name, t.Triggers,
            new SourceSpan(gazetteer.Path ?? "", t.At, new TextPosition(t.At.Offset, t.At.Line, t.At.Column)))).ToList();

        return new CorpusFacts(gazetteer.Home, documents.ToEquatableArray(), countries.ToEquatableArray(), organizations.ToEquatableArray(),
            officialModels.ToEquatableArray(), topics.ToEquatableArray(), problems.ToEquatableArray());
    }

    // An official is placed where the first article that names them states a position, else at that article's start.
    private static SourceSpan OfficialPlace(ArticleFacts article, string id, string path)
    {
        EvidenceFact? evidence = null;
        foreach (var o in article.Officials)
        {
            if (o.Id != id) continue;
            if (o.Positions.Count > 0) evidence = o.Positions[0].Evidence;
            break;
        }
        if (evidence is null || evidence.Line < 1 || evidence.Column < 1) return new SourceSpan(path, default, default);
        var at = new TextPosition(0, evidence.Line - 1, evidence.Column - 1);
        return new SourceSpan(path, at, at);
    }

    // The state leaders.tsv gives the official by name or by one of the other spellings the articles give, when they agree.
    private static string? LeaderState(OfficialEntry entry, IReadOnlyDictionary<string, string> leaders)
        => LeaderVocabulary.StateOf(leaders, entry.Name, entry.Aliases);

    // Whether the participant at index j is listed earlier in the same engagement (each official takes part once).
    private static bool Repeats(EquatableArray<string> participants, int j)
    {
        for (int k = 0; k < j; k++)
        {
            if (string.Equals(participants[k], participants[j], StringComparison.Ordinal)) return true;
        }
        return false;
    }

    // An official's other spellings: distinct, in ordinal order, without the name they are known by.
    private static EquatableArray<string> Aliases(List<string>? aliases, string name)
    {
        if (aliases is null) return EquatableArray<string>.Empty;
        var set = new SortedSet<string>(aliases, StringComparer.Ordinal);
        set.Remove(name);
        return set.Count == 0 ? EquatableArray<string>.Empty : new EquatableArray<string>(set.ToArray());
    }

    // One official while the articles are merged.
    private sealed class OfficialEntry
    {
        public OfficialEntry(string id, string name, ArticleFacts first)
        {
            Id = id;
            Name = name;
            First = first;
        }

        public string Id { get; }
        public string Name { get; }
        public string? Country { get; private set; }
        public ArticleFacts First { get; }
        // The articles' countries for this official: the strongest basis any article gives, and per country how many
        // articles give it on that basis, in order of first appearance.
        private CountryBasis _basis;
        private List<(string Country, int Articles)>? _votes;

        /// <summary>
        /// One article's country for the official. The corpus gives one country: a country an article states
        /// outweighs one told by an engagement; among countries of the strongest basis, the one most articles
        /// give, and none on a tie: of countries told by engagements (two articles' occasions giving the person two
        /// different other sides), or of stated countries (two articles' words giving the person two different states,
        /// one of them misread: the first article is no likelier right). An article's home side given to someone of untold country is no
        /// country of the corpus: on real news it was more often wrong (a foreign official named by office
        /// alone) than right, and an unknown country is better than a wrong one.
        /// </summary>
        public void Vote(string country, CountryBasis basis)
        {
            if (_votes is null || basis > _basis) { _basis = basis; _votes = new List<(string, int)>(1); }
            else if (basis < _basis) return;
            int i = _votes.FindIndex(v => v.Country == country);
            if (i < 0) _votes.Add((country, 1));
            else _votes[i] = (country, _votes[i].Articles + 1);
            var best = _votes[0];
            foreach (var v in _votes) if (v.Articles > best.Articles) best = v;
            // Articles giving different states equally often, told by engagements or stated: none is likelier, so none is given.
            bool tie = _votes.Count(v => v.Articles == best.Articles) > 1;
            Country = _basis == CountryBasis.Default || tie ? null : best.Country;
        }
        public List<string>? Aliases { get; set; }
        public List<(OfficialPosition Position, string Office)> Positions { get; } = new();
        public List<string> Docs { get; } = new(1);
        public List<OfficialEngagement>? Engagements { get; set; }
    }

    private static string Slug(string name) => TextTools.Slug(name);
}
