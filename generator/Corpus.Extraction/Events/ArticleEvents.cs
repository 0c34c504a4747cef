using System;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Events;

/// <summary>
/// An article as the Events stage gives it: the resolved article; its home side (the corpus's
/// home country when the article names it) and main partner (the other country it names most);
/// its engagements; and its officials with their countries, stated or else by office.
/// </summary>
public sealed record ArticleEvents(
    ResolvedArticle Resolved,
    string? Home,
    string? MainPartner,
    EquatableArray<EngagementFact> Engagements,
    IReadOnlyList<ResolvedOfficial> Officials)
{
    public ReadArticle Article => Resolved.Article;
}

/// <summary>The Events stage: the engagements an article reports, and the countries of its officials.</summary>
public static class EventStage
{
    [Stage("Events")]
    public static ArticleEvents Build(ResolvedArticle resolved, Gazetteer gazetteer)
    {
        var context = ExtractionContext.For(gazetteer);
        var article = resolved.Article;
        var sentences = resolved.Sentences;
        // A page's readers' comments ("Anonymous said...", "No comments:") end the report: no engagement, home side
        // or partner is read from what follows (events.tsv [comments-start]).
        int reported = EventVocabulary.CommentsStart(sentences, s => s.Text);
        if (reported < sentences.Count) sentences = sentences.Take(reported).ToList();
        var dateline = article.Dateline;

        // The home side is a party only in articles that name it (its name, demonym, one of its
        // officials or a city of it in the text or the dateline): an article between two other states gets no home party, and
        // its officials of unstated country are not given the home country.
        string? home = NamesHome(gazetteer.Home, sentences, context.Cities, dateline?.Place);

        // The officials as parties, whose country an engagement may tell; one per official, shared by every sentence naming them.
        var parties = new Dictionary<ResolvedOfficial, Party>();
        foreach (var o in resolved.Officials) parties[o] = new Party(o, o.Country is null && OfNoState(o, context.OrganizationsByName));
        var eventSentences = sentences.Select((s, i) => new EventSentence(s, s.People.Select(p => (p.Mention, parties[p.Official])).ToList(), i)).ToList();
        EscortStates(eventSentences);
        // Asked of the event sentences, which keep the answers about their states named as context for the builder.
        var named = StatesNamed(eventSentences, home);
        string? partner = MainPartner(named);
        // The gazetteer's cities, with the towns this article places by a state or region after a comma ("in Kelmbrook, Ostria").
        var cities = WithTownsOfStates(sentences, context.Cities);
        string? datelineState = dateline?.Place is { } filed && cities.TryGetValue(filed, out var filedIn) ? filedIn : null;
        string? otherSide = OtherSide(named, home, partner, datelineState,
            home is null && partner is not null ? EngagementBuilder.VisitedBeside(eventSentences, cities, partner) : null);
        var drafts = EngagementBuilder.Build(eventSentences, home, partner, article.Published, gazetteer.Topics.ToList(), cities, dateline?.Place, otherSide);
        // "The donated patrol boat was handed over to Ostria on Monday" in an article between Ostria and one other state that gives
        // no engagement: read once more with that state as the first occasion's other side although nobody of it is told there.
        if (drafts.Count == 0 && home is null && otherSide is not null)
            drafts = EngagementBuilder.Build(eventSentences, home, partner, article.Published, gazetteer.Topics.ToList(), cities, dateline?.Place, otherSide, otherSideUntold: true);
        var engagements = drafts.Select((d, i) => ToFact(article.Id, i, d)).ToEquatableArray();
        // The states the report is about are decided before anything reads the article's occasions to give people their
        // countries: the home side and the first occasion's states, narrowed to its people's states as the builder told them
        // (StatesOfThePeople). A third states' occasion told in passing is then no occasion of the article for what follows:
        // the counterparts and the hosts read only the occasions kept (OfTheReport); the home side's party below reads the
        // article's final occasions.
        var reportStates = ReportStates(FirstNarrowed(engagements, resolved.Officials, parties, home, partner), home);
        var ofTheReport = OfTheReport(engagements, reportStates);
        CounterpartSides(eventSentences, ofTheReport);
        HostsOfPlacedOccasions(ofTheReport, parties.Values);

        // Countries of people: stated, else inferred from their engagements, else by office.
        var sided = Sided(resolved.Officials, parties, home, partner);
        // The people's final countries may narrow an occasion of three or four states to two: to two others than the report's
        // (left out too), or to one of the report's and another (kept, although as three or four states it held one report
        // state only, which OfTheReport leaves out unnarrowed). So the occasions narrowed are those holding any report state,
        // and the report's are chosen after the narrowing. The counterparts and the hosts above read occasions of two states
        // only as OfTheReport chose them before any narrowing: an occasion kept only once narrowed is not read by them. An
        // occasion of no report state stays out: narrowing only takes states away.
        // Numbered again only after StateOfTheArticle, which finds each occasion's telling by the id ToFact gave it.
        engagements = OfTheReport(StatesOfThePeople(OfTheReport(engagements, reportStates, manySided: false, renumber: false), sided), reportStates, renumber: false);
        var tellings = new Dictionary<string, EngagementDraft>(StringComparer.Ordinal);
        for (int i = 0; i < drafts.Count; i++) tellings[EngagementId(article.Id, i)] = drafts[i];
        engagements = CityOfTheArticle(VisitsOfOneVisitorSide(StateOfTheArticle(engagements, home,
            (e, state) => tellings.TryGetValue(e.Id, out var told) && (EngagementBuilder.PlacedOutside(told, state, cities)
                || state == home && EngagementBuilder.DelegationOf(told, state)))), article.Published?.Year);
        if (engagements.Any(e => e.Location is null) && EngagementBuilder.OnlyCityNamed(eventSentences, cities, dateline?.Place) is { } onlyCity
            && cities.TryGetValue(onlyCity, out var onlyState))
            engagements = CityOfTheUnplaced(engagements, onlyCity, onlyState, article.Published?.Year,
                e => tellings.TryGetValue(e.Id, out var told) && EngagementBuilder.OpenToTheOnlyCity(told, onlyCity, onlyState, cities));
        engagements = Renumbered(engagements);
        var officials = new List<ResolvedOfficial>(resolved.Officials.Count);
        bool homeParty = home is not null && engagements.Any(e => e.Countries.Contains(home));
        for (int i = 0; i < resolved.Officials.Count; i++)
        {
            var o = resolved.Officials[i];
            string? country = sided[i].Country;
            // Only the home side given to someone of untold country is a default; a diplomat's main partner counts as told,
            // and so does the home side of an office of a home body when the home side is a party of the article's occasions.
            bool isDefault = parties[o].Country is null && country is not null && country == home
                && !(homeParty && HomeBody(o, home!, context.Cities));
            officials.Add(country == o.Country && !isDefault ? o : o.WithCountry(country, isDefault));
        }
        engagements = PeopleOfAVisitAndItsTalks(engagements, CountriesById(officials));
        engagements = Renumbered(HeldOnlyInTheFuture(RetoldCourses(engagements, article.Published)));
        engagements = YearsOfTheArticle(engagements, article.Published, Segmenter.StampMonth(article.Text), sentences.Select(s => s.Dates));
        var (statesOfPeople, told) = StatesOfRecord(officials, LeaderVocabulary.StatesBySlug);
        engagements = StateOfItsPeople(engagements, statesOfPeople, told);
        return new ArticleEvents(resolved, home, partner, engagements, officials.AsReadOnly());
    }

    /// <summary>
    /// "Minister Arlo of Vesk, in Kelm for the forum, met Norland's minister Ola Berg", told in a report on Kelm: an occasion of two
    /// states whose people are of one of them and of exactly one state outside them was given a state of the article's parties
    /// (the host of the place, the home side, the main partner) for a party of its own: that outside state takes the place of the
    /// state none of its people is of. Read on the article's final occasions; a person's state is a leader's state of record,
    /// else the article's (<see cref="StatesOfRecord"/>), and the outside state is told only by someone whose state is of record,
    /// stated or told by an occasion (<paramref name="told"/>), never by the home side given to someone of untold country (such a
    /// person outside the states leaves the occasion as it is). An occasion of two outside states, of two states nobody of it is
    /// of, of nobody, or of three or more states is left; so is one whose two states are both held, even with a third state's
    /// person beside them (joining that state as a third party lost found occasions of the check half).
    /// </summary>
    internal static EquatableArray<EngagementFact> StateOfItsPeople(EquatableArray<EngagementFact> engagements,
        IReadOnlyDictionary<string, string?> countries, ICollection<string>? told = null)
    {
        List<EngagementFact>? mended = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            if (e.Participants.Count == 0 || e.Countries.Count != 2) continue;
            var held = new HashSet<string>(StringComparer.Ordinal);
            var outside = new HashSet<string>(StringComparer.Ordinal);
            bool byDefault = false;
            foreach (var p in e.Participants)
            {
                if (!countries.TryGetValue(p, out var c) || c is null) continue;
                if (e.Countries.Contains(c)) held.Add(c);
                else if (told is null || told.Contains(p)) outside.Add(c);
                else { byDefault = true; break; }
            }
            if (byDefault || outside.Count != 1) continue;
            var unheld = e.Countries.Where(c => !held.Contains(c)).ToList();
            if (unheld.Count != 1) continue;
            var states = e.Countries.Where(c => !unheld.Contains(c)).Concat(outside).OrderBy(c => c, StringComparer.Ordinal).ToEquatableArray();
            (mended ??= engagements.ToList())[i] = e with { Countries = states };
        }
        return mended is null ? engagements : mended.ToEquatableArray();
    }

    // Each official's state by id as the corpus will give it (CorpusAssembler): a leader's state of record (leaders.tsv, by the
    // name or its other spellings when those the table knows agree: LeaderVocabulary.StateOf, the lookup CorpusAssembler
    // asks), else the article's; and the ids whose state is of record, stated or told by an occasion, not only the home side
    // given by default to someone of untold country.
    internal static (Dictionary<string, string?> States, HashSet<string> Told) StatesOfRecord(IReadOnlyList<ResolvedOfficial> officials,
        IReadOnlyDictionary<string, string> leaders)
    {
        var states = new Dictionary<string, string?>(officials.Count, StringComparer.Ordinal);
        var told = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in officials)
        {
            if (states.ContainsKey(o.Id)) continue;
            string? record = LeaderVocabulary.StateOf(leaders, o.Name, o.Aliases);
            states.Add(o.Id, record ?? o.Country);
            if (record is not null || (o.Country is not null && o.CountryBasis != CountryBasis.Default)) told.Add(o.Id);
        }
        return (states, told);
    }

    // The occasions at which a visit's people sit with their hosts (kinds by name): talks, signings and conferences. A
    // ceremony, a drill, a course or an aid of the visit's states holds people of its own (an ambassador at a handover, a
    // unit's officers), who need not be the visitors.
    private static readonly HashSet<string> s_satWithTheHosts = new(StringComparer.Ordinal) { "meeting", "agreement", "conference" };

    /// <summary>
    /// "Minister Arlo arrived in Vesk on Monday. … The two ministers held talks on border security.": a visit and the
    /// talks of its states told apart, one with people, the other with nobody. Read on the article's final occasions and its
    /// officials' final countries: a held visit told with nobody, placed in a state, takes the people of a known state other
    /// than the visited one (the visitors) from the article's held meetings, signings and conferences of the same states
    /// whose dates may be its own (OfOneOccasion), placed in no other state and told near it; a held meeting or conference
    /// told with nobody takes the people of the article's one held visit of the same states whose date may be its own (none,
    /// or two such visits: nothing), unless the two are placed in different states or told apart (SamePlace). A signing is
    /// not filled from a visit (an agreement of an earlier year is often told beside it). And held talks, a signing or a
    /// conference told with the visited state's people only take the visitors of the one visit beside them
    /// (VisitorsOfTalksWithTheHosts). Each occasion is read as the rules before left it: one filled here fills no other.
    /// </summary>
    internal static EquatableArray<EngagementFact> PeopleOfAVisitAndItsTalks(EquatableArray<EngagementFact> engagements,
        IReadOnlyDictionary<string, string?> countries)
    {
        if (engagements.Count < 2) return engagements;
        List<EngagementFact>? filled = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            if (e.Participants.Count > 0 && VisitorsOfTalksWithTheHosts(engagements, e, countries) is { Count: > 0 } visitors)
            {
                (filled ??= engagements.ToList())[i] = e with { Participants = e.Participants.Concat(visitors).ToEquatableArray() };
                continue;
            }
            if (e.Participants.Count > 0 || e.Status != Corpus.Contract.EngagementNames.Held) continue;
            var told = new List<EngagementFact>();
            foreach (var x in engagements)
            {
                if (ReferenceEquals(x, e) || x.Participants.Count == 0 || x.Status != Corpus.Contract.EngagementNames.Held) continue;
                if (!SameStates(x.Countries, e.Countries) || !OfOneOccasion(x.Date, e.Date)) continue;
                told.Add(x);
            }
            var people = new List<string>();
            if (e.Kind == "visit")
            {
                if (e.Location?.Country is not { } visited) continue;
                foreach (var x in told)
                {
                    if (!s_satWithTheHosts.Contains(x.Kind) || !SamePlace(x, e)) continue;
                    foreach (var p in x.Participants)
                    {
                        if (countries.TryGetValue(p, out var c) && c is not null && c != visited && !people.Contains(p)) people.Add(p);
                    }
                }
            }
            else if (e.Kind is "meeting" or "conference")
            {
                var visits = told.Where(x => x.Kind == "visit").ToList();
                if (visits.Count == 1 && SamePlace(visits[0], e)) people.AddRange(visits[0].Participants);
            }
            if (people.Count == 0) continue;
            (filled ??= engagements.ToList())[i] = e with { Participants = people.ToEquatableArray() };
        }
        return filled is null ? engagements : filled.ToEquatableArray();
    }

    /// <summary>
    /// "Minister Arlo Penn arrived in Kelmland on Monday, received by Ola Berg. … At the talks, Kelmland's chief of staff Ida
    /// Moss presented a training plan.": held talks, a signing or a conference told with people of the visited state only (or
    /// of no known state), beside the article's one held visit of the same states whose date may be its own (OfOneOccasion),
    /// placed in a state of the two and told near the talks (SamePlace) but not only on the visit's own lines, and dated
    /// when the visit is dated to its day, take the visit's visitors: its people of a known state of the occasion other
    /// than the visited one. Talks that already hold one of the visit's people of another state than the
    /// visited one (a visitor of untold state) take no one; with two such visits, nothing.
    /// </summary>
    private static List<string>? VisitorsOfTalksWithTheHosts(EquatableArray<EngagementFact> engagements, EngagementFact e,
        IReadOnlyDictionary<string, string?> countries)
    {
        if (e.Status != Corpus.Contract.EngagementNames.Held || !s_satWithTheHosts.Contains(e.Kind)) return null;
        EngagementFact? visit = null;
        foreach (var x in engagements)
        {
            if (ReferenceEquals(x, e) || x.Kind != "visit" || x.Status != Corpus.Contract.EngagementNames.Held) continue;
            if (!SameStates(x.Countries, e.Countries) || !OfOneOccasion(x.Date, e.Date)) continue;
            if (visit is not null) return null;
            visit = x;
        }
        if (visit is null || visit.Participants.Count == 0 || visit.Location?.Country is not { } visited || !e.Countries.Contains(visited)
            || !SamePlace(visit, e)) return null;
        // Talks told only on the visit's own lines are the visit told twice ("… arrived for talks with Minister Berg").
        if (e.Evidence.All(a => visit.Evidence.Any(b => b.Line == a.Line))) return null;
        // Talks of no date beside a visit dated to its day may be the visit told again as well.
        if (e.Date is null && IsoDate.TryParse(visit.Date, out var day) && day.Day is not null) return null;
        foreach (var p in e.Participants)
        {
            string? c = countries.TryGetValue(p, out var told) ? told : null;
            if (c is not null && c != visited) return null;
            if (c is null && visit.Participants.Contains(p)) return null;
        }
        var visitors = new List<string>();
        foreach (var p in visit.Participants)
        {
            if (countries.TryGetValue(p, out var c) && c is not null && c != visited && e.Countries.Contains(c)
                && !e.Participants.Contains(p) && !visitors.Contains(p)) visitors.Add(p);
        }
        return visitors;
    }

    // Two occasions that may be held in one state: either placed in no state, or both in the same one. Talks placed in the
    // visitor's capital are no talks of a visit to the other state (a committee's earlier meeting held there).
    // And told near each other: a line of one within four lines of a line of the other (two paragraphs apart). A port call
    // told in the background paragraphs is another occasion than the talks of the lead.
    private static bool SamePlace(EngagementFact a, EngagementFact b)
        => (a.Location?.Country is not { } x || b.Location?.Country is not { } y || x == y)
            && a.Evidence.Any(ea => b.Evidence.Any(eb => Math.Abs(ea.Line - eb.Line) <= NearLines));

    private const int NearLines = 4;

    private static bool SameStates(EquatableArray<string> a, EquatableArray<string> b)
        => a.Count == b.Count && a.All(b.Contains) && b.All(a.Contains);

    // Two dates that may be one occasion's: either unknown, or one the other told more finely ("2031-05" and "2031-05-12",
    // "--05" and "--05-12"). A part both give that differs (a year, a month or a day) is another occasion, and so is a date
    // of a year beside one of a day without its year ("2029" and "--05-12"): a meeting of an earlier year told beside a visit.
    private static bool OfOneOccasion(string? a, string? b)
    {
        if (!IsoDate.TryParse(a, out var x) || !IsoDate.TryParse(b, out var y)) return true;
        if (x.ConflictsWith(y)) return false;
        return Within(x, y) || Within(y, x);
    }

    // Every part the first date gives, the second gives too.
    private static bool Within(IsoDate x, IsoDate y)
        => (x.Year is null || y.Year is not null) && (x.Month is null || y.Month is not null) && (x.Day is null || y.Day is not null);

    private static readonly System.Text.RegularExpressions.Regex s_escortJoiner = RulePatterns.Get("escort-joiner");
    private static readonly System.Text.RegularExpressions.Regex s_escortOpening = RulePatterns.Get("escort-opening");
    private static readonly System.Text.RegularExpressions.Regex s_escortListGap = RulePatterns.Get("escort-list-gap");

    /// <summary>
    /// "Commander Kel Arlo, accompanied by Ostrian Defence Attaché Colonel Tom Reid and Major Ana Dosk": a party's leader and
    /// those named as going with them (<c>patterns.tsv</c> <c>escort-joiner</c>, then one list, <c>escort-list-gap</c>; or a
    /// sentence opening "Accompanying the admiral were …", <c>escort-opening</c>) are of one state. When the people of such a
    /// group whose state is stated are all of one state, those of the group whose state no word tells take it, before any
    /// occasion is read; a person two groups give two states keeps none.
    /// </summary>
    internal static void EscortStates(IReadOnlyList<EventSentence> sentences)
    {
        Dictionary<Party, string?>? told = null;
        foreach (var s in sentences)
        {
            if (s.People.Count < 2) continue;
            var people = s.People.OrderBy(p => p.Mention.Start).ToList();
            int i = 0;
            while (i < people.Count)
            {
                // A group opens at a leader followed by the joining words, or at the sentence's start before the first person.
                int first, last;
                if (i == 0 && RequiredText.IsMatch(s_escortOpening, s.Text, 0, people[0].Mention.Start)) { first = 0; last = 0; }
                else if (i + 1 < people.Count && EngagementBuilder.GapMatches(s_escortJoiner, s.Text, people[i].Mention, people[i + 1].Mention)) { first = i; last = i + 1; }
                else { i++; continue; }
                while (last + 1 < people.Count && EngagementBuilder.GapMatches(s_escortListGap, s.Text, people[last].Mention, people[last + 1].Mention)) last++;
                var group = people.GetRange(first, last - first + 1).Select(p => p.Official).Distinct().ToList();
                var states = group.Where(p => p.Country is not null).Select(p => p.Country).Distinct().ToList();
                if (states.Count == 1)
                    foreach (var p in group)
                    {
                        if (p.Country is not null || p.OfNoState) continue;
                        told ??= new Dictionary<Party, string?>();
                        told[p] = told.TryGetValue(p, out var known) && known != states[0] ? null : states[0];
                    }
                i = last + 1;
            }
        }
        if (told is null) return;
        foreach (var entry in told)
            if (entry.Value is { } state) entry.Key.Tell(state);
    }

    // Each official with the country of their side as the parties tell it now (Party.Side), in the officials' order; whether a
    // country is a default is not told here (StatesOfThePeople reads countries only).
    private static List<ResolvedOfficial> Sided(IReadOnlyList<ResolvedOfficial> people, Dictionary<ResolvedOfficial, Party> parties, string? home,
        string? partner)
    {
        var sided = new List<ResolvedOfficial>(people.Count);
        foreach (var o in people)
        {
            string? country = parties[o].Side(home, partner);
            sided.Add(country == o.Country ? o : o.WithCountry(country, false));
        }
        return sided;
    }

    // The article's occasions with the first one narrowed to its people's states (StatesOfThePeople) as they stand before the
    // counterparts are read: each official's side as the builder left it. Only the first occasion counts for the report's states
    // (ReportStates), and only one of three or four states can be narrowed: the occasions as they are otherwise.
    private static EquatableArray<EngagementFact> FirstNarrowed(EquatableArray<EngagementFact> engagements, IReadOnlyList<ResolvedOfficial> people,
        Dictionary<ResolvedOfficial, Party> parties, string? home, string? partner)
    {
        if (engagements.Count == 0 || engagements[0].Countries.Count is < 3 or > 4) return engagements;
        var told = Sided(people, parties, home, partner);
        var first = StatesOfThePeople(new[] { engagements[0] }.ToEquatableArray(), told)[0];
        if (first.Equals(engagements[0])) return engagements;
        var narrowed = engagements.ToList();
        narrowed[0] = first;
        return narrowed.ToEquatableArray();
    }

    // "Lee Tan met his Norland counterpart Ola Berg after the talks about Vesk": an encounter (a meeting, a visit or a
    // signing, events.tsv [kinds] group) of three or four states whose people, each of a known state, are all of exactly
    // two of them takes those two as its parties; the others, whom nobody of the occasion stands for, are states of the
    // context (where troops are offered to go, the state a talk was about, a third state the sentence names). A bloc's
    // or a forum's occasion (five states or more), or one whose people are of one state or of unknown states, is left.
    internal static EquatableArray<EngagementFact> StatesOfThePeople(EquatableArray<EngagementFact> engagements, IReadOnlyList<ResolvedOfficial> officials)
    {
        List<EngagementFact>? changed = null;
        Dictionary<string, string?>? countryOf = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            if (e.Countries.Count is < 3 or > 4 || e.Participants.Count == 0 || Trigger.Group(e.Kind) != "encounter") continue;
            // Each official's country, looked up by id: made once per article, at its first engagement that asks.
            countryOf ??= CountriesById(officials);
            var sides = new HashSet<string>(StringComparer.Ordinal);
            bool known = true;
            foreach (var id in e.Participants)
            {
                countryOf.TryGetValue(id, out string? country);
                if (country is null || !e.Countries.Contains(country)) { known = false; break; }
                sides.Add(country);
            }
            if (!known || sides.Count != 2) continue;
            changed ??= engagements.ToList();
            changed[i] = e with { Countries = e.Countries.Where(sides.Contains).ToEquatableArray() };
        }
        return changed is null ? engagements : changed.ToEquatableArray();
    }

    // The states an article reports on: the home side when it names it, and the states of its first occasion, the one its
    // lede tells (the main partner is no such state: a page's links or a war named in passing can make it a third state).
    internal static HashSet<string> ReportStates(EquatableArray<EngagementFact> engagements, string? home)
    {
        var states = new HashSet<string>(StringComparer.Ordinal);
        if (home is not null) states.Add(home);
        if (engagements.Count > 0) states.UnionWith(engagements[0].Countries);
        return states;
    }

    // "Last month the navies of Vesk and Kelmland held a drill near the strait" in a report on Ostria's and Norland's talks: an
    // occasion none of whose states is one the report is about (ReportStates) is a third states' occasion told in passing, not
    // one of the report's. An occasion of three or more states holds two of the report's states (all of them when the report
    // has one): "the decision came after Ostria's drill with Vesk and Kelmland" in a report on Ostria's talks with Norland
    // names one report state among others as context, and is no occasion of the report either. An occasion of no state, and
    // each occasion of an article whose report states are unknown, are kept.
    // With manySided false, an occasion of three or more states needs one of the report's states as any other does: the
    // occasions that the people's states may still narrow to two, one of them the report's, are kept for that narrowing.
    internal static EquatableArray<EngagementFact> OfTheReport(EquatableArray<EngagementFact> engagements, HashSet<string> reportStates,
        bool manySided = true, bool renumber = true)
    {
        if (reportStates.Count == 0) return engagements;
        int shared = manySided ? Math.Min(2, reportStates.Count) : 1;
        List<EngagementFact>? kept = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            bool ofTheReport = e.Countries.Count == 0
                || (e.Countries.Count >= 3 ? e.Countries.Count(reportStates.Contains) >= shared : e.Countries.Any(reportStates.Contains));
            if (ofTheReport) { kept?.Add(e); continue; }
            kept ??= engagements.Take(i).ToList();
        }
        if (kept is null) return engagements;
        return renumber ? Renumbered(kept.ToEquatableArray()) : kept.ToEquatableArray();
    }

    // "Vesk's frigates docked at Kelmport on Monday, days after a goodwill call by Norland's ships": a visit is one side calling
    // on another, so a visit that names nobody and holds three or more states is two visits folded into one, or one given a
    // state of its context (a rival named beside the host, a state the trip was said to concern); with nobody named, no
    // person's side can tell which states are its own. It is no engagement of the article, unless it is the article's only
    // occasion: a ship of one state on a mission led by another calling at a third, the report's one subject, is kept as told.
    // A visit that names someone is left (StatesOfThePeople narrows it), and so is every other kind (a drill or a course of
    // several states is a many-sided occasion by nature).
    internal static EquatableArray<EngagementFact> VisitsOfOneVisitorSide(EquatableArray<EngagementFact> engagements)
    {
        if (engagements.Count < 2) return engagements;
        List<EngagementFact>? kept = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            bool folded = e.Kind == "visit" && e.Countries.Count >= 3 && e.Participants.Count == 0;
            if (!folded) { kept?.Add(e); continue; }
            kept ??= engagements.Take(i).ToList();
        }
        return kept is null ? engagements : kept.ToEquatableArray();
    }

    // "A course for peacekeepers opened at the Kelm academy on May 4. … The course was attended by 30 officers.": a sentence
    // that speaks of a drill or course only as one already told ("the course", "this exercise"; events.tsv [retold]) tells
    // the article's course again, not another. A drill or course (kind set drill) every sentence of which so speaks of it,
    // with no date of its own (none, or only the page's day or year, which the telling takes when it tells none), is left
    // out when the article holds another occasion of the same states of a kind it belongs to (kind set course-frame: the
    // drill or course itself, told with its date, or its opening or closing ceremony) that is not such a telling itself.
    // A drill told with "a" or "an" anywhere in its sentences, or dated by a day of its own, is kept.
    internal static EquatableArray<EngagementFact> RetoldCourses(EquatableArray<EngagementFact> engagements, IsoDate? published)
    {
        if (engagements.Count < 2) return engagements;
        string? day = published?.ToString();
        string? year = published?.Year is { } y ? y.ToString("D4", System.Globalization.CultureInfo.InvariantCulture) : null;
        bool Retold(EngagementFact e)
            => EventVocabulary.InKindSet("drill", e.Kind)
                && (e.Date is null || e.Date == day || e.Date == year)
                && e.Evidence.Count > 0 && e.Evidence.All(v => EventVocabulary.RetellsACourse(v.Text));
        var retold = engagements.Select(Retold).ToArray();
        List<EngagementFact>? kept = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            bool folded = retold[i] && engagements.Where((x, j) => j != i && !retold[j]).Any(x =>
                EventVocabulary.InKindSet("course-frame", x.Kind) && SameStates(x.Countries, e.Countries));
            if (!folded) { kept?.Add(e); continue; }
            kept ??= engagements.Take(i).ToList();
        }
        return kept is null ? engagements : kept.ToEquatableArray();
    }

    // "date 2031-06 … received on Thursday 6 June …", "… will call at the port in June, 2031. … the visit in June …": in an
    // article without a publication year, an occasion dated by a month (and day) without a year takes the year the article
    // itself gives that month: the page's date stamp at its head (Segmenter.StampMonth) or a date of the text written with
    // its year. Only when every such mention gives the month one year; else the date keeps no year, as it was.
    internal static EquatableArray<EngagementFact> YearsOfTheArticle(EquatableArray<EngagementFact> engagements, IsoDate? published,
        (int Year, int Month)? stamp, IEnumerable<IReadOnlyList<DateMention>> dates)
    {
        if (published?.Year is not null || !engagements.Any(e => e.Date is { } d && d.StartsWith("--", StringComparison.Ordinal))) return engagements;
        var years = new Dictionary<int, HashSet<int>>();
        void Add(int month, int year)
        {
            if (!years.TryGetValue(month, out var set)) years[month] = set = new HashSet<int>();
            set.Add(year);
        }
        if (stamp is { } st) Add(st.Month, st.Year);
        foreach (var list in dates)
            foreach (var m in list)
                if (m.Form == DateForm.Absolute && m.Year is { } y && m.Month is { } mo) Add(mo, y);
        if (years.Count == 0) return engagements;
        List<EngagementFact>? dated = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            if (!IsoDate.TryParse(e.Date, out var date) || date.Year is not null || date.Month is not { } month) continue;
            if (!years.TryGetValue(month, out var set) || set.Count != 1) continue;
            int year = set.First();
            if (!IsoDate.IsValid(year, month, date.Day)) continue;
            (dated ??= engagements.ToList())[i] = e with { Date = new IsoDate(year, month, date.Day).ToString() };
        }
        return dated is null ? engagements : dated.ToEquatableArray();
    }

    private static readonly System.Text.RegularExpressions.Regex s_futureTelling = RulePatterns.Get("future-telling");

    // "Vesk seeks support for the Kelm forum, to be hosted in November. … Norland will fund the delegations of poorer states
    // to the upcoming forum.": an occasion read as held whose every sentence speaks of something still to come (patterns.tsv
    // future-telling: "will", "would", "upcoming", "to be hosted" …) and which is placed nowhere is no held occasion: its
    // sentences tell a plan, a hope or a pledge that no trigger's own words marked as planned. It is left out. A sentence
    // without such a word, any place (a city, a venue or a state), or the planned status keeps it; its date does not.
    internal static EquatableArray<EngagementFact> HeldOnlyInTheFuture(EquatableArray<EngagementFact> engagements)
    {
        List<EngagementFact>? kept = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            bool folded = e.Status == Corpus.Contract.EngagementNames.Held
                && (e.Location is null || e.Location.Place is null && e.Location.City is null && e.Location.Country is null)
                && e.Evidence.Count > 0 && e.Evidence.All(v => RequiredText.IsMatch(s_futureTelling, v.Text));
            if (!folded) { kept?.Add(e); continue; }
            kept ??= engagements.Take(i).ToList();
        }
        return kept is null ? engagements : kept.ToEquatableArray();
    }

    // The occasions numbered again in order (EngagementId, as ToFact numbers them): an occasion after a dropped one takes the
    // next lower number. Nothing before this step reads an engagement's id but StateOfTheArticle, which is given them unnumbered.
    private static EquatableArray<EngagementFact> Renumbered(EquatableArray<EngagementFact> engagements)
    {
        List<EngagementFact>? numbered = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            string id = engagements[i].Id;
            string again = EngagementId(id.Substring(0, id.LastIndexOf('-')), i);
            if (again != id) (numbered ??= engagements.ToList())[i] = engagements[i] with { Id = again };
        }
        return numbered is null ? engagements : numbered.ToEquatableArray();
    }

    // The country of each official of the article by id (the first official of an id, as a search in order would find).
    private static Dictionary<string, string?> CountriesById(IReadOnlyList<ResolvedOfficial> officials)
    {
        var countries = new Dictionary<string, string?>(officials.Count, StringComparer.Ordinal);
        foreach (var o in officials)
        {
            if (!countries.ContainsKey(o.Id)) countries.Add(o.Id, o.Country);
        }
        return countries;
    }

    private static readonly System.Text.RegularExpressions.Regex s_counterpartOfState = RulePatterns.Get("counterpart-of-state");

    /// <summary>
    /// "Defence Minister Arlo Vesk and his Ostrian counterpart Ilse Morrow met …": someone of untold country named before
    /// "his/her <c>state</c> counterpart" (the last person named before it; every one before it for "their") holds the same
    /// office in another state, the one the article's engagements of two states pair with that state when they all pair it
    /// with the same one. No pairing, several, or a state word that is no country's: nothing is told. Only sentences that
    /// name people, a country and the word "counterpart" are looked at; the engagements are the article's occasions of the
    /// report (a third states' occasion told in passing already left out, <see cref="OfTheReport"/>), and do not change.
    /// </summary>
    internal static void CounterpartSides(IReadOnlyList<EventSentence> sentences, EquatableArray<EngagementFact> engagements)
    {
        foreach (var s in sentences)
        {
            if (s.People.Count == 0 || s.Countries.Count == 0 || s.Text.IndexOf("counterpart", StringComparison.Ordinal) < 0) continue;
            for (var m = s_counterpartOfState.Match(s.Text); m.Success; m = m.NextMatch())
            {
                int stateAt = m.Groups["state"].Index;
                string? state = null;
                foreach (var c in s.Countries)
                {
                    if (s.Tokens[c.FirstToken].Start == stateAt) { state = c.Code; break; }
                }
                if (state is null || PairedState(engagements, state) is not { } other) continue;
                bool every = m.Groups["pronoun"].Value == "their";
                Party? last = null;
                int lastStart = -1;
                foreach (var (mention, party) in s.People)
                {
                    if (mention.Start + mention.Length > m.Index) continue;
                    if (every) { if (party.Country is null) party.Tell(other); }
                    else if (mention.Start > lastStart) { last = party; lastStart = mention.Start; }
                }
                if (last is not null && last.Country is null) last.Tell(other);
            }
        }
    }

    /// <summary>
    /// "Admiral Arlo of Vesk met President Kel and Defence Minister Dosk in Ostria's capital": at an occasion of two states placed in
    /// one of them, where someone stated of the other state takes part and nobody of a third, the people of untold country who hold
    /// an office are the host's. Not a diplomat (an ambassador or attaché serves abroad), nor someone named by a rank alone (a
    /// ship's captain or a visiting officer is as likely the guest's); a person whom two such occasions give two states is told
    /// nothing. The engagements are the report's occasions (those <c>OfTheReport</c> keeps), already built, and do not change.
    /// </summary>
    internal static void HostsOfPlacedOccasions(EquatableArray<EngagementFact> engagements, IEnumerable<Party> parties)
    {
        Dictionary<string, Party>? byId = null;
        Dictionary<Party, string?>? hostOf = null;
        foreach (var e in engagements)
        {
            if (e.Countries.Count != 2 || e.Location?.Country is not { } host || !e.Countries.Contains(host)) continue;
            string guest = e.Countries[0] == host ? e.Countries[1] : e.Countries[0];
            if (byId is null)
            {
                byId = new Dictionary<string, Party>(StringComparer.Ordinal);
                foreach (var p in parties) { if (!byId.ContainsKey(p.Id)) byId.Add(p.Id, p); }
            }
            var untold = new List<Party>();
            bool guestTold = false, third = false;
            foreach (var id in e.Participants)
            {
                if (!byId.TryGetValue(id, out var p)) continue;
                if (p.Country is null) { if (HoldsOffice(p.Official)) untold.Add(p); }
                // The guest's side is stated (a title, a demonym, the gazetteer), not told by another rule's guess.
                else if (p.Country == guest) guestTold |= p.Official.Country == guest;
                else if (p.Country != host) third = true;
            }
            if (!guestTold || third || untold.Count == 0) continue;
            hostOf ??= new Dictionary<Party, string?>();
            foreach (var p in untold)
            {
                if (!hostOf.TryGetValue(p, out var before)) hostOf[p] = host;
                else if (before != host) hostOf[p] = null;
            }
        }
        if (hostOf is null) return;
        foreach (var pair in hostOf)
        {
            if (pair.Value is { } state && pair.Key.Country is null) pair.Key.Tell(state);
        }
    }

    // Someone named by an office other than a rank, and not a diplomat's.
    private static bool HoldsOffice(ResolvedOfficial official)
    {
        if (official.TitleHead is { } head && Lexicon.DiplomaticHeads.Contains(head)) return false;
        foreach (var position in official.Positions)
        {
            if (string.IsNullOrEmpty(position.Title)) continue;
            if (position.Rank is { } rank && string.Equals(position.Title, rank, StringComparison.OrdinalIgnoreCase)) continue;
            // Whole words: "Consultative Council" holds no consul.
            if (TextTools.LetterWords(position.Title).Any(w => Lexicon.DiplomaticHeads.Contains(w)
                || (w.Length > 1 && w[w.Length - 1] == 's' && Lexicon.DiplomaticHeads.Contains(w.Substring(0, w.Length - 1))))) return false;
            return true;
        }
        return false;
    }

    // The one state the article's engagements of two states pair with this one; null when none or several do.
    private static string? PairedState(EquatableArray<EngagementFact> engagements, string state)
    {
        string? other = null;
        foreach (var e in engagements)
        {
            if (e.Countries.Count != 2 || !e.Countries.Contains(state)) continue;
            string paired = e.Countries[0] == state ? e.Countries[1] : e.Countries[0];
            if (paired == state) continue;
            if (other is null) other = paired;
            else if (other != paired) return null;
        }
        return other;
    }

    /// <summary>
    /// Whether an official's title in this article names a body of the home side without a state: a word of
    /// <c>[home-bodies]</c> ("spokesman for the Ministry of Defence"), or a word of <c>[home-sites]</c> with a place of the
    /// home state ("deputy commander of Kelm Naval Base"). A title that names a state gave the country already (stated).
    /// </summary>
    internal static bool HomeBody(ResolvedOfficial official, string home, IReadOnlyDictionary<string, string> cities)
    {
        foreach (var p in official.Positions)
        {
            bool site = false;
            foreach (string word in TextTools.LetterWords(p.Title))
            {
                if (Lexicon.HomeBodies.Contains(word)) return true;
                if (Lexicon.HomeSites.Contains(word)) site = true;
            }
            if (site && NamesPlaceOf(p.Title, home, cities)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether an official of untold country holds an office of a body of no state in this article: a title naming an
    /// organisation the gazetteer gives no country ("UN Resident Coordinator in Cambodia"), not as the body the office is
    /// "to" ("Ambassador to the UN"). Such a person stands for no side: no engagement and no home default gives a country.
    /// Only an official with a position whose organisation is known is looked at; no sentence is read.
    /// </summary>
    internal static bool OfNoState(ResolvedOfficial official, IReadOnlyDictionary<string, OrganizationFactLookup> organizations)
    {
        foreach (var p in official.Positions)
        {
            if (p.Organization is not { } name || !organizations.TryGetValue(name, out var org) || org.Country is not null) continue;
            if (OfficeOf(p.Title, org.Name) || (org.Acronym is { } acronym && OfficeOf(p.Title, acronym))) return true;
        }
        return false;
    }

    // Whether the title names the body (as whole words) other than after "to" ("Permanent Representative to the UN").
    private static bool OfficeOf(string title, string body)
    {
        foreach (int at in TextTools.WholeWordPositions(title, body))
        {
            string before = title.Substring(0, at).TrimEnd();
            if (before.EndsWith(" the", StringComparison.Ordinal)) before = before.Substring(0, before.Length - 4).TrimEnd();
            if (before == "to" || before.EndsWith(" to", StringComparison.Ordinal)) continue;
            // "chairman of the National Coordination Committee of UN Peacekeeping Operations": a body named before it is the office's.
            foreach (string word in TextTools.LetterWords(before))
            {
                if (char.IsUpper(word[0]) && Lexicon.OrganizationHeads.Contains(word)) return false;
            }
            return true;
        }
        return false;
    }

    // Whether the text names, as whole words, a place the gazetteer gives to the state. Every occurrence of a
    // name is tried: one inside a longer word ("Kelmfield") does not hide the whole word later in the title.
    private static bool NamesPlaceOf(string text, string state, IReadOnlyDictionary<string, string> cities)
    {
        foreach (var city in cities)
        {
            if (city.Value == state && TextTools.WholeWordPositions(text, city.Key).Any()) return true;
        }
        return false;
    }

    private static readonly System.Text.RegularExpressions.Regex s_townBeforeState = RulePatterns.Get("town-before-state");
    private static readonly System.Text.RegularExpressions.Regex s_townNoTown = RulePatterns.Get("town-no-town");
    private static readonly System.Text.RegularExpressions.Regex s_townStateEnd = RulePatterns.Get("town-state-end");

    /// <summary>
    /// The cities of the gazetteer, with the towns on no list that the article places by the name of a state or a region
    /// right after a comma ("exercises in Kelmbrook, Ostria, till May 9"; "talks in Dosk, Ostria's province of Vale" is not
    /// read): the town is a city of that state for this article only. The same dictionary when the article names none.
    /// Only sentences with ", " followed by a capital after "in" or "at" are looked at.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> WithTownsOfStates(IReadOnlyList<SentenceView> sentences, IReadOnlyDictionary<string, string> cities)
    {
        Dictionary<string, string>? towns = null;
        foreach (var s in sentences)
        {
            string text = s.Text;
            if (text.IndexOf(", ", StringComparison.Ordinal) < 0 || !MayHoldTownBeforeState(text)) continue;
            for (var m = s_townBeforeState.Match(text); m.Success; m = m.NextMatch())
            {
                string town = m.Groups["town"].Value;
                if (cities.ContainsKey(town) || PlaceVocabulary.Regions.ContainsKey(town) || s_townNoTown.IsMatch(town)) continue;
                int at = m.Index + m.Length;
                string? state = StateAt(s, at, out int end);
                if (state is null || !s_townStateEnd.IsMatch(text.Substring(end))) continue;
                // A word of a state's name is no town ("in Central Ostria, …" names the state itself).
                if (s.Countries.Any(c => s.Tokens[c.FirstToken].Start >= m.Groups["town"].Index && s.Tokens[c.FirstToken].Start < at)) continue;
                towns ??= new Dictionary<string, string>(StringComparer.Ordinal);
                if (!towns.ContainsKey(town)) towns.Add(town, state);
            }
        }
        if (towns is null) return cities;
        var all = new Dictionary<string, string>(cities.Count + towns.Count, StringComparer.Ordinal);
        foreach (var c in cities) all[c.Key] = c.Value;
        foreach (var t in towns) all[t.Key] = t.Value;
        return all;
    }

    /// <summary>
    /// False when <c>town-before-state</c> cannot match in the text, read without the expression: each of its matches has a
    /// comma right after a word that starts with a capital and has at least one more letter, apostrophe or hyphen, and after
    /// the comma white space and then a capital, or "the", white space and a capital. Most sentences with a comma have
    /// none such ("the talks, which", "in 2023, the"), and there the expression is not run.
    /// </summary>
    internal static bool MayHoldTownBeforeState(string text)
    {
        for (int i = text.IndexOf(','); i >= 0; i = text.IndexOf(',', i + 1))
        {
            int p = i;
            while (p > 0 && IsTownWordChar(text[p - 1])) p--;
            if (i - p < 2 || !char.IsUpper(text[p])) continue;
            int k = SkipWhiteSpace(text, i + 1);
            if (k == i + 1 || k >= text.Length) continue;
            if (char.IsUpper(text[k])) return true;
            if (k + 3 < text.Length && text[k] == 't' && text[k + 1] == 'h' && text[k + 2] == 'e')
            {
                int after = SkipWhiteSpace(text, k + 3);
                if (after > k + 3 && after < text.Length && char.IsUpper(text[after])) return true;
            }
        }
        return false;
    }

    // The letters of a word of town-before-state's town ([\p{L}\u2019'-]; a capital, \p{Lu}, is char.IsUpper), and the end of a run of white
    // space from a point (every character \s takes is white space to char.IsWhiteSpace).
    private static bool IsTownWordChar(char c) => char.IsLetter(c) || c == '\u2019' || c == '\'' || c == '-';
    private static int SkipWhiteSpace(string text, int from)
    {
        while (from < text.Length && char.IsWhiteSpace(text[from])) from++;
        return from;
    }

    // The state named at a point of a sentence, by a country's name or a region's (places.tsv [regions]), and where its name ends.
    private static string? StateAt(SentenceView s, int at, out int end)
    {
        end = at;
        foreach (var c in s.Countries)
        {
            if (c.Kind != CountryWordKind.Name || s.Tokens[c.FirstToken].Start != at) continue;
            end = s.Tokens[c.LastToken].End;
            return c.Code;
        }
        string? state = null;
        int stop = at;
        for (int words = 0; words < 4 && stop < s.Text.Length && char.IsUpper(s.Text[stop]); words++)
        {
            while (stop < s.Text.Length && (char.IsLetter(s.Text[stop]) || s.Text[stop] == '-')) stop++;
            if (PlaceVocabulary.Regions.TryGetValue(s.Text.Substring(at, stop - at), out var code)) { state = code; end = stop; }
            if (stop + 1 >= s.Text.Length || s.Text[stop] != ' ') break;
            stop++;
        }
        return state;
    }

    private static string? NamesHome(string? home, IReadOnlyList<SentenceAnalysis> sentences, IReadOnlyDictionary<string, string> cities, string? datelinePlace)
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

    // How often the article names each state other than the home side as a possible side, in prose.
    private static Dictionary<string, int> StatesNamed(IReadOnlyList<SentenceView> sentences, string? home)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in sentences)
        {
            if (a.IsLink) continue;
            foreach (var c in a.Countries)
            {
                // A state named only as context ("close to X", "X's nuclear programme") or in an outlet's name is no side.
                if (c.Code == home || EngagementBuilder.Context(a, c)) continue;
                counts.TryGetValue(c.Code, out int n);
                counts[c.Code] = n + 1;
            }
        }
        return counts;
    }

    // The other country the article names most as a possible side.
    private static string? MainPartner(Dictionary<string, int> counts)
    {
        if (counts.Count == 0) return null;
        // "troops remain in Vesk, Ostria and Kelmland": several states named equally often, none the most, give no partner.
        var ranked = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        return ranked.Count(p => p.Value == ranked[0].Value) > 2 ? null : ranked[0].Key;
    }

    /// <summary>In an article between two other states (no home side), the one state besides the main partner when the article
    /// names exactly two (by name, demonym or its dateline's city), none named only as context; else null.</summary>
    private static string? OtherSide(Dictionary<string, int> statesNamed, string? home, string? partner, string? datelineCountry,
        HashSet<string>? visitedBeside = null)
    {
        if (home is not null || partner is null) return null;
        var named = new HashSet<string>(statesNamed.Keys, StringComparer.Ordinal);
        if (datelineCountry is not null) named.Add(datelineCountry);
        named.Remove(partner);
        // "The general's week-long trip to Vesk and Kelmland": a state a trip visits beside the partner is a second host, not the
        // report's own side, unless the story is filed from it.
        if (visitedBeside is not null) named.RemoveWhere(c => visitedBeside.Contains(c) && c != datelineCountry);
        if (named.Count <= 1) return named.FirstOrDefault();
        // Several states besides the partner (at most five: more tell a multilateral occasion, whose sides are not guessed):
        // the report's own side is its dateline's state when no other is named more often, else the state named most, when
        // named twice or more and more often than each other one; a tie gives none.
        if (named.Count > 5) return null;
        int Times(string c) => statesNamed.TryGetValue(c, out int n) ? n : 0;
        if (datelineCountry is not null && named.Contains(datelineCountry) && named.All(c => Times(c) <= Times(datelineCountry)))
            return datelineCountry;
        var ranked = named.OrderByDescending(Times).ThenBy(c => c, StringComparer.Ordinal).ToList();
        return Times(ranked[0]) >= 2 && Times(ranked[0]) > Times(ranked[1]) ? ranked[0] : null;
    }

    /// <summary>
    /// "Vesk and Ostria signed a plan of training … The two chiefs met on Tuesday.": an occasion placed nowhere (no city, no
    /// state) takes the one state where every placed occasion of the article lies, when that state is one of its own; in an
    /// article that places none, the home side's state, when the home side is one of its states. The state only, never a
    /// city. Nothing when the article's occasions lie in two or more states (a visit abroad and a call at home), nor for an
    /// occasion whose own sentences place it elsewhere (<paramref name="placedOutside"/>: "talks in Kelm" with Kelm on no
    /// list, "sent to Ostria"). Run on the article's final occasions, after every rule that reads their places (the hosts
    /// of placed occasions among them), so the state given moves no party, person or date: it is the place alone.
    /// </summary>
    internal static EquatableArray<EngagementFact> StateOfTheArticle(EquatableArray<EngagementFact> engagements, string? home,
        Func<EngagementFact, string, bool> placedOutside)
    {
        string? state = null;
        foreach (var e in engagements)
        {
            if (e.Location?.Country is not { } there) continue;
            if (state is not null && state != there) return engagements;
            state = there;
        }
        bool byHome = state is null;
        state ??= home;
        if (state is null) return engagements;
        List<EngagementFact>? placed = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            if (e.Location is { City: null, Country: null } or null && e.Countries.Contains(state) && !placedOutside(e, state)
                && !(byHome && SameStatesPlacedOutside(engagements, e, state, placedOutside)))
                (placed ??= engagements.ToList())[i] = e with { Location = new LocationFact(e.Location?.Place, null, state) };
        }
        return placed is null ? engagements : placed.ToEquatableArray();
    }

    // "Ostria's minister held talks with his Vesk counterpart in Kelmbrook … At the end of the talks, the two signed a
    // memorandum.": an occasion of the same states, placed nowhere, that its own sentences place outside the home state (a
    // town on no list after "in", another of its states after "in", "at" or "to") says the two sides met elsewhere, so the
    // home state is no default for the other occasions of those states either. Occasions of other states are not barred.
    private static bool SameStatesPlacedOutside(EquatableArray<EngagementFact> engagements, EngagementFact e, string home,
        Func<EngagementFact, string, bool> placedOutside)
        => engagements.Any(o => o.Id != e.Id && o.Location is { City: null, Country: null } or null
            && SameStates(o.Countries, e.Countries) && placedOutside(o, home));

    /// <summary>
    /// "The two ministers met in Kelm on Monday … They also signed a plan of training.": an occasion placed in a state but in
    /// no city takes the article's one city, when every placed occasion of the article lies in that state and every occasion
    /// that names a city names that one. Nothing when the article's occasions lie in two or more states or name two or more
    /// cities (a visit to the capital and a ceremony at a port), nor when no occasion of the writing's year (or of no year)
    /// names a city, nor for an occasion dated in another year (background: "the pact signed in Kelm in 2019"), which neither
    /// gives the city nor bars it by a place of its own, nor for an occasion dated in another month than every city-naming
    /// occasion told with a date (a call of October beside a port visit of November). Run after
    /// <see cref="StateOfTheArticle"/> on the article's final occasions, so an occasion its own sentences place elsewhere
    /// (left without a state there) is given no city either; the city only, it moves no party, person or date.
    /// </summary>
    internal static EquatableArray<EngagementFact> CityOfTheArticle(EquatableArray<EngagementFact> engagements, int? writingYear)
    {
        string? state = null, city = null;
        foreach (var e in engagements)
        {
            // An occasion of another year is background: it neither gives the city, nor takes it, nor bars it by a place of its own.
            if (OfAnotherYear(e, writingYear)) continue;
            if (e.Location is { Country: null, City: not null }) return engagements;
            if (e.Location?.Country is not { } there) continue;
            if (state is not null && state != there) return engagements;
            state = there;
            if (e.Location.City is not { } town) continue;
            if (city is not null && !string.Equals(city, town, StringComparison.Ordinal)) return engagements;
            city = town;
        }
        if (state is null || city is null)
            return engagements;
        var sources = engagements.Where(e => e.Location?.City is not null && !OfAnotherYear(e, writingYear)).ToList();
        List<EngagementFact>? placed = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            if (e.Location is { City: null } l && l.Country == state && e.Countries.Contains(state) && !OfAnotherYear(e, writingYear)
                && !OfAnotherMonth(e, sources))
                (placed ??= engagements.ToList())[i] = e with { Location = l with { City = city } };
        }
        return placed is null ? engagements : placed.ToEquatableArray();
    }

    /// <summary>
    /// "Kelm.- Today the staffs of Vesk and Ostria open their tenth round of talks …": an occasion still placed nowhere (no
    /// city, no state) after every other rule takes the article's one city (<see cref="EngagementBuilder.OnlyCityNamed"/>:
    /// the only listed city the article names, named once as a place or as its dateline) and that city's state, when the
    /// state is one of its own, the occasion is not of another year than the writing's (background), and its own sentences
    /// leave it open (<paramref name="open"/>: no other place, state or listed city told for it). Run last among the rules of
    /// place, on the article's final occasions; the place alone, it moves no party, person or date.
    /// </summary>
    internal static EquatableArray<EngagementFact> CityOfTheUnplaced(EquatableArray<EngagementFact> engagements, string city, string state,
        int? writingYear, Func<EngagementFact, bool> open)
    {
        List<EngagementFact>? placed = null;
        for (int i = 0; i < engagements.Count; i++)
        {
            var e = engagements[i];
            if (e.Location is not null || !e.Countries.Contains(state) || OfAnotherYear(e, writingYear) || !open(e)) continue;
            (placed ??= engagements.ToList())[i] = e with { Location = new LocationFact(null, city, state) };
        }
        return placed is null ? engagements : placed.ToEquatableArray();
    }

    // "The ambassador called on the prime minister on 26 October … the ships will call at Kelm in November": an occasion told with
    // a date whose year or month differs from that of every city-naming occasion told with a date is another day's business, held
    // where its own sentences say, not at the other's city. Nothing is decided when no city-naming occasion is dated.
    private static bool OfAnotherMonth(EngagementFact e, List<EngagementFact> sources)
    {
        if (MonthOf(e.Date) is not { } month) return false;
        bool dated = false;
        foreach (var s in sources)
        {
            if (MonthOf(s.Date) is not { } other) continue;
            dated = true;
            if (!month.ConflictsWith(other)) return false;
        }
        return dated;
    }

    // The year and month of an ISO partial date ("2023-04-24", "2023-04", "2023", "--04-24", "--04"), its day set aside;
    // null where it tells neither.
    private static IsoDate? MonthOf(string? date)
        => IsoDate.TryParse(date, out var d) && (d.Year is not null || d.Month is not null) ? d with { Day = null } : null;

    // An occasion dated in a year other than the writing's ("signed in 2019" in a report of 2023): background, neither the
    // source of the article's one city nor given it. An occasion of no year, or an article of no known year, is not.
    private static bool OfAnotherYear(EngagementFact e, int? writingYear)
        => writingYear is { } year && e.Date is { Length: >= 4 } date && char.IsDigit(date[0])
            && int.TryParse(date.Substring(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y)
            && y != year;

    // An engagement's id: the article's id and the occasion's number in the article, from one.
    private static string EngagementId(string documentId, int index)
        => documentId + "-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static EngagementFact ToFact(string documentId, int index, EngagementDraft d)
    {
        var location = d.City is null && d.LocationCountry is null && d.Place is null ? null : new LocationFact(d.Place, d.City, d.LocationCountry);
        return new EngagementFact(
            EngagementId(documentId, index),
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

/// <summary>
/// An official while the Events stage builds engagements: a person of unknown country meeting the
/// home side is taken to be of the other side. It does not leave the stage.
/// </summary>
internal sealed class Party
{
    public Party(ResolvedOfficial official, bool ofNoState = false)
    {
        Official = official;
        Country = official.Country;
        OfNoState = ofNoState;
    }

    public ResolvedOfficial Official { get; }
    public string Id => Official.Id;
    public string Name => Official.Name;

    /// <summary>Someone whose office is of a body of no state (<see cref="EventStage.OfNoState"/>): no engagement tells their country.</summary>
    public bool OfNoState { get; }

    /// <summary>Their country: stated, or told by an engagement through <see cref="Tell"/>.</summary>
    public string? Country { get; private set; }

    /// <summary>
    /// An engagement tells this person's country. A person of no state (<see cref="OfNoState"/>) keeps none: the
    /// rules that ask do not need to know the exception.
    /// </summary>
    public void Tell(string? country)
    {
        if (!OfNoState) Country = country;
    }

    /// <summary>
    /// The state this person stands for: their country, stated or told by an engagement; else an
    /// ambassador's or attaché's is the article's main partner, and anyone else's the home side
    /// (<see langword="null"/> when the article names neither).
    /// </summary>
    public string? Side(string? home, string? partner)
        => OfNoState ? null : Country ?? (Official.TitleHead is { } head && Lexicon.DiplomaticHeads.Contains(head) && partner is not null ? partner : home);
}

/// <summary>A resolved sentence whose people are the Events stage's parties; it does not leave the stage.</summary>
internal sealed class EventSentence : SentenceView
{
    public EventSentence(SentenceAnalysis analysis, List<(PersonMention Mention, Party Official)> people, int position)
        : base(analysis.Recognised)
    {
        People = people;
        Position = position;
    }

    /// <summary>The sentence's index among the article's sentences, in reading order.</summary>
    public int Position { get; }

    public List<(PersonMention Mention, Party Official)> People { get; }

    /// <summary>
    /// The text before and after each of <see cref="SentenceView.Dates"/> (null for a date no trigger
    /// takes), worked out by the engagement builder at its first need; the sentence's text and dates
    /// do not change, so neither does this.
    /// </summary>
    public (string Before, string After)?[]? DateContexts { get; set; }

    /// <summary>
    /// For each of <see cref="SentenceView.Countries"/>, whether the sentence names that state as context (no party),
    /// worked out at the first question (the article's main partner, then the engagement builder); it depends on the
    /// sentence's text, tokens and countries only, which do not change.
    /// </summary>
    public bool[]? ContextFlags { get; set; }

    /// <summary>
    /// For each of <see cref="Triggers"/>, whether the date mention it takes has been worked out and that mention (null
    /// for none), kept by the engagement builder at its first question (<c>AttachedDate</c>); it depends on the sentence's
    /// text, dates, people's places and triggers only, which do not change.
    /// </summary>
    public (bool Known, DateMention? Mention)[]? AttachedMentions { get; set; }

    /// <summary>
    /// The sentence's triggers (<see cref="Events.Triggers"/> over its text and its article's patterns), earliest first,
    /// found at the first question and kept: they depend on the sentence's text and patterns only, which do not change,
    /// so the engagement builder's many questions about a sentence, in any order, run its patterns once. One array shared
    /// by every question: read only (a caller that needs to change it makes its own copy). Two threads asking at once
    /// would each find the same triggers and keep either array.
    /// </summary>
    public IReadOnlyList<Trigger> Triggers => _triggers ??= global::Corpus.Extraction.Events.Triggers.FindAll(Text, TriggerPatterns);

    // The list FindAll made for this sentence alone; nothing else holds it.
    private List<Trigger>? _triggers;
}
