using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Extraction.Curate;
using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Pipeline;

/// <summary>Runs the stages for one article: read, segment, recognise, resolve, build events, curate.</summary>
public static class ArticleExtractor
{
    private static readonly Regex s_link = new(@"^(?:Also read|Read more|Read also|Related|See also|Click here|Photo|Source)\s*:", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>The longest sentence that is recognised, in characters.</summary>
    public const int MaxSentenceLength = 2000;

    public static ArticleFacts Extract(ArticleSource article, Sidecar? sidecar, Gazetteer gazetteer, bool curation)
    {
        var problems = new List<Problem>();
        string text = article.Text;
        string id = sidecar?.Id ?? article.Id;
        var dateline = ArticleReader.ReadDateline(text);
        string? published = sidecar?.Published ?? dateline?.Date;
        var document = new DocumentFact(id, article.RelativePath, sidecar?.Title, sidecar?.Outlet ?? dateline?.Outlet, sidecar?.Url, published,
            ArticleReader.CountLines(text));
        if (text.Trim().Length == 0)
        {
            problems.Add(Problem.AtFile(ProblemIds.EmptyArticle, article.Path, article.RelativePath));
            return Empty(document, problems);
        }
        if (text.Length > ArticleReader.MaxArticleLength)
        {
            problems.Add(Problem.AtFile(ProblemIds.ArticleTooLarge, article.Path, article.RelativePath, text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ArticleReader.MaxArticleLength.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            return Empty(document, problems);
        }
        if (text.IndexOf('\uFFFD') >= 0)
        {
            int at = text.IndexOf('\uFFFD');
            problems.Add(Problem.At(ProblemIds.NotUtf8, article.Path, Position(text, at), Position(text, at + 1), article.RelativePath));
        }

        var context = ExtractionContext.For(gazetteer);
        IsoDate? publishedDate = IsoDate.TryParse(published, out var p) ? p : null;

        // Segment and recognise.
        var sentences = new List<SentenceAnalysis>();
        foreach (var sentence in Segmenter.Split(text))
        {
            // A "sentence" longer than any prose sentence (a table, a run-on dump) is kept as text but not recognised,
            // which keeps extraction linear in the size of the article.
            if (sentence.Text.Length > MaxSentenceLength)
            {
                sentences.Add(new SentenceAnalysis(sentence, new List<Token>()) { IsLink = true });
                continue;
            }
            var a = new SentenceAnalysis(sentence, Tokenizer.Tokenize(sentence.Text));
            a.IsLink = RequiredText.IsMatch(s_link, sentence.Text);
            a.TriggerPatterns = context.Triggers;
            a.Countries = context.Countries.Find(a.Tokens);
            a.Dates = DateRecognizer.Find(sentence.Text);
            // The dateline dates the article, not what the first sentence reports.
            if (dateline is not null && sentence.Start == 0)
            {
                a.Dates.RemoveAll(d => d.Start < dateline.Length);
                a.Countries.RemoveAll(c => a.Tokens[c.FirstToken].Start < dateline.Length);
            }
            sentences.Add(a);
        }

        // Resolve: full names first, then short forms, which need the full names.
        var registry = new OfficialRegistry(context);
        var curatedNames = curation && sidecar is not null ? sidecar.Officials.Where(o => !o.Exclude).ToList() : new List<CuratedOfficial>();
        string foldedText = curatedNames.Count > 0 ? TextTools.Fold(text) : "";
        foreach (var c in curatedNames)
        {
            if (foldedText.Contains(TextTools.Fold(c.Name.Value)))
            {
                var draft = registry.Create(c.Name.Value, int.MaxValue);
                foreach (var alias in c.Aliases) registry.Register(alias, draft);
            }
        }
        // Names given without rank or title, for the corpus-level pass (CorpusResolution): first sentence of each.
        var bareNames = new List<(string Name, EvidenceFact Evidence)>();
        for (int pass = 0; pass < 2; pass++)
        {
            foreach (var a in sentences)
            {
                if (a.IsLink) continue;
                a.People.Clear();
                var bare = pass == 1 ? new List<PersonMention>() : null;
                foreach (var mention in context.People.Find(a.Text, a.Tokens, registry.IsKnownShortForm, registry.IsKnownFullName, bare))
                {
                    if (pass == 0 && mention.IsShort) continue;
                    var official = registry.Resolve(mention, a.Sentence.Index);
                    if (official is null) continue;
                    if (pass == 1 && !a.People.Any(x => x.Official == official)) a.People.Add((mention, official));
                    if (pass == 0) Observe(official, mention, a, publishedDate);
                }
                if (bare is not null) foreach (var m in bare) bareNames.Add((m.Name, a.Evidence));
            }
        }
        ResolveCounterparts(sentences);
        registry.ResolveOfficeReferences(sentences, context.People);

        // The home side is a party only in articles that name it (its name, demonym, one of its
        // officials or a city of it in the text or the dateline): an article between two other states gets no home party, and
        // its officials of unstated country are not given the home country.
        string? home = NamesHome(gazetteer.Home, sentences, context.Cities, dateline?.Place);
        string? partner = MainPartner(sentences, home);

        // Countries of people: stated, else inferred from their engagements, else by office.
        var drafts = EngagementBuilder.Build(sentences, home, partner, publishedDate, gazetteer.Topics.ToList(), context.Cities, dateline?.Place);
        foreach (var o in registry.All.Where(o => o.Country is null))
        {
            o.Country = o.TitleHead is not null && Lexicon.DiplomaticHeads.Contains(o.TitleHead) && partner is not null ? partner : home;
        }

        var mentions = new List<MentionFact>();
        foreach (var a in sentences)
        {
            foreach (var (mention, official) in a.People)
            {
                mentions.Add(new MentionFact(official.Id, mention.Name, a.Evidence));
            }
        }

        var engagements = drafts.Select((d, i) => ToFact(id, i, d)).ToList();
        var officials = registry.All;

        if (curation && sidecar is not null)
        {
            Curator.Apply(article, sidecar, registry, ref engagements, mentions, problems, context, publishedDate, sentences);
        }
        // People who are mentioned only without any title are not shown to hold an office.
        var officialFacts = officials.Where(o => o.Positions.Count > 0 || engagements.Any(e => e.Participants.Contains(o.Id)))
            .OrderBy(o => o.FirstSentence).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => new OfficialFact(o.Id, o.Name, o.Aliases.Where(x => !string.Equals(x, o.Name, StringComparison.Ordinal)).ToEquatableArray(), o.Country,
                o.Positions.ToEquatableArray()))
            .ToList();
        var kept = new HashSet<string>(officialFacts.Select(o => o.Id), StringComparer.Ordinal);
        var names = NamesWithoutOffice(bareNames, officials, mentions, kept, curation ? sidecar : null);
        mentions.RemoveAll(m => !kept.Contains(m.Official));

        var countries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var a in sentences) foreach (var c in a.Countries) countries.Add(c.Code);
        foreach (var o in officialFacts) if (o.Country is not null) countries.Add(o.Country);
        foreach (var e in engagements)
        {
            foreach (var c in e.Countries) countries.Add(c);
            if (e.Location?.Country is { } lc) countries.Add(lc);
        }
        var organizations = new List<OrganizationFact>();
        foreach (var a in sentences)
        {
            for (int i = 0; i < a.Tokens.Count; i++)
            {
                if (context.Organizations.TryMatch(a.Tokens, i, out int len, out var name))
                {
                    var org = context.OrganizationsByName[name];
                    if (!organizations.Any(o => o.Id == org.Id)) organizations.Add(new OrganizationFact(org.Id, org.Name, org.Acronym, org.Country));
                    i += len - 1;
                }
            }
        }
        return new ArticleFacts(document, officialFacts.ToEquatableArray(), engagements.ToEquatableArray(), mentions.ToEquatableArray(),
            countries.ToEquatableArray(), organizations.ToEquatableArray(), problems.ToEquatableArray(), names);
    }

    // The names the article gives without any office: those of people it drops for want of a title,
    // and bare names it never resolves. A name a sidecar excludes stays out.
    private static EquatableArray<NameFact> NamesWithoutOffice(List<(string Name, EvidenceFact Evidence)> bare, List<OfficialDraft> officials,
        List<MentionFact> mentions, HashSet<string> kept, Sidecar? sidecar)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        if (sidecar is not null)
        {
            foreach (var c in sidecar.Officials.Where(c => c.Exclude))
            {
                excluded.Add(TextTools.Fold(c.Name.Value));
                foreach (var alias in c.Aliases) excluded.Add(TextTools.Fold(alias));
            }
        }
        var names = new List<NameFact>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name, EvidenceFact evidence)
        {
            string id = TextTools.Slug(name);
            if (id.Length == 0 || kept.Contains(id) || excluded.Contains(TextTools.Fold(name)) || !seen.Add(id)) return;
            names.Add(new NameFact(id, name, evidence));
        }
        foreach (var o in officials.Where(o => !kept.Contains(o.Id)).OrderBy(o => o.FirstSentence).ThenBy(o => o.Id, StringComparer.Ordinal))
        {
            var first = mentions.FirstOrDefault(m => m.Official == o.Id);
            if (first is not null && o.Name.IndexOf(' ') > 0) Add(o.Name, first.Evidence);
        }
        foreach (var (name, evidence) in bare) Add(name, evidence);
        return names.ToEquatableArray();
    }

    private static ArticleFacts Empty(DocumentFact document, List<Problem> problems)
        => new(document, EquatableArray<OfficialFact>.Empty, EquatableArray<EngagementFact>.Empty, EquatableArray<MentionFact>.Empty,
            EquatableArray<string>.Empty, EquatableArray<OrganizationFact>.Empty, problems.ToEquatableArray());

    public static TextPosition Position(string text, int offset) => TextPosition.Of(text, offset);

    private static void Observe(OfficialDraft official, PersonMention mention, SentenceAnalysis a, IsoDate? published)
    {
        if (mention.Rank is not null) official.Rank ??= mention.Rank;
        if (mention.Title is { } title)
        {
            if (title.Country is not null && !official.CountryIsExplicit) { official.Country = title.Country; official.CountryIsExplicit = true; }
            official.TitleHead ??= title.Head;
            if (title.Head != "counterpart" && !official.Positions.Any(p => string.Equals(p.Title, title.Title, StringComparison.OrdinalIgnoreCase)))
            {
                official.Positions.Add(new PositionFact(title.Title, title.Organization, mention.Rank ?? official.Rank, ObservedOn(a, published), a.Evidence));
            }
            else if (title.Head == "counterpart")
            {
                official.Positions.Add(new PositionFact(title.Title, null, mention.Rank, ObservedOn(a, published), a.Evidence));
            }
        }
        else if (mention.Rank is not null && official.Positions.Count == 0)
        {
            official.Positions.Add(new PositionFact(mention.Rank, null, mention.Rank, ObservedOn(a, published), a.Evidence));
        }
        if (official.Rank is not null)
        {
            for (int i = 0; i < official.Positions.Count; i++)
            {
                if (official.Positions[i].Rank is null) official.Positions[i] = official.Positions[i] with { Rank = official.Rank };
            }
        }
    }

    private static string? ObservedOn(SentenceAnalysis a, IsoDate? published)
    {
        foreach (var d in a.Dates)
        {
            if (d.Form == DateForm.Absolute && d.Year is not null) return DateRecognizer.Resolve(d, published, false)?.ToString();
        }
        return published?.ToString();
    }

    // "his Turkish counterpart Suleyman Soylu": the counterpart holds the same office as the other person.
    private static void ResolveCounterparts(List<SentenceAnalysis> sentences)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            foreach (var (mention, official) in sentences[i].People)
            {
                if (mention.Title?.Head != "counterpart") continue;
                var other = sentences[i].People.Select(x => x.Official).FirstOrDefault(o => o != official)
                    ?? (i > 0 ? sentences[i - 1].People.Select(x => x.Official).FirstOrDefault(o => o != official) : null);
                int index = official.Positions.FindIndex(p => p.Title == mention.Title.Title);
                if (index < 0) continue;
                // A title stated outright elsewhere in the article says more than the counterpart's.
                if (official.Positions.Count > 1)
                {
                    official.Positions.RemoveAt(index);
                    continue;
                }
                var source = other?.Positions.FirstOrDefault(p => !p.Title.EndsWith("counterpart", StringComparison.OrdinalIgnoreCase));
                if (source is null) continue;
                official.Positions[index] = official.Positions[index] with { Title = source.Title, Organization = null };
            }
        }
    }

    private static string? NamesHome(string? home, List<SentenceAnalysis> sentences, IReadOnlyDictionary<string, string> cities, string? datelinePlace)
    {
        if (home is null) return null;
        if (datelinePlace is not null && cities.TryGetValue(datelinePlace, out var datelineCountry) && datelineCountry == home) return home;
        foreach (var s in sentences)
        {
            if (s.Countries.Any(c => c.Code == home) || s.People.Any(p => p.Official.Country == home)) return home;
        }
        foreach (var city in cities)
        {
            if (city.Value != home) continue;
            if (sentences.Any(s => s.Text.IndexOf(city.Key, StringComparison.Ordinal) >= 0)) return home;
        }
        return null;
    }

    private static string? MainPartner(List<SentenceAnalysis> sentences, string? home)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in sentences)
        {
            if (a.IsLink) continue;
            foreach (var c in a.Countries)
            {
                if (c.Code == home) continue;
                counts.TryGetValue(c.Code, out int n);
                counts[c.Code] = n + 1;
            }
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).First().Key;
    }

    private static EngagementFact ToFact(string documentId, int index, EngagementDraft d)
    {
        var location = d.City is null && d.LocationCountry is null && d.Place is null ? null : new LocationFact(d.Place, d.City, d.LocationCountry);
        return new EngagementFact(
            documentId + "-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Kind,
            d.Status,
            d.Date?.ToString(),
            location,
            d.Countries.ToEquatableArray(),
            d.Participants.Select(p => p.Id).Distinct().ToEquatableArray(),
            d.Topics.ToEquatableArray(),
            d.Agreements.ToEquatableArray(),
            EngagementBuilder.Cameo(d.Kind, d.Status, d.ThirdLocation),
            d.Evidence.Select(s => s.Evidence).ToEquatableArray());
    }
}
