using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Corpus.Contract;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Events;

// The engagement builder's part on where: cities, venues and countries of an occasion, datelines, destinations of a visit.
public static partial class EngagementBuilder
{
    // "Sok Dara arrived in Laos on Tuesday. … He was welcomed at a ceremony in Vientiane.": a held occasion
    // placed only in a country takes the city of the other held occasions of the same states placed in that
    // country, when one of its people from outside that country was at them and they name one city only.
    // Only the cities the occasions had before count: the cities found are given once all are found, so
    // a city given here is not passed on to a further occasion.
    internal static void CityByOccasion(List<EngagementDraft> result)
    {
        var found = new List<(EngagementDraft Engagement, string City)>();
        foreach (var e in result)
        {
            if (e.Status != EngagementNames.Held || e.City is not null || e.LocationCountry is not { } country) continue;
            string? city = null;
            bool one = true;
            foreach (var other in result)
            {
                if (other == e || other.Status != EngagementNames.Held || other.City is null || other.LocationCountry != country) continue;
                if (!SameParties(other, e)) continue;
                if (!e.Participants.Any(p => p.Country is not null && p.Country != country && other.Participants.Any(q => q.Id == p.Id))) continue;
                if (city is not null && city != other.City) one = false;
                city = other.City;
            }
            if (one && city is not null) found.Add((e, city));
        }
        foreach (var (e, city) in found) e.City = city;
    }

    // "Ostria and Vesk signed a pact on training. … The document was signed by the two ministers in Kelm.": a held signing
    // placed in no city takes the one city of its states that the article names after a word of signing ("signed",
    // "the signing of", "inked", "concluded"), as a venue ("in Kelm", "at the ministry in Kelm", "at Parliament House,
    // Kelm"). Nothing of another occasion or time stands between the word and the city ("signed … after the ministers
    // met in Kelm", "the ambassador in Kelm"), nor a clause of what is to come; the sentence is no other occasion's of
    // other states, nor another signing's, and tells no further signing ("also signed"). Two such cities, or one outside
    // the country the signing is placed in, give none.
    internal static void CityBySigning(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, string> cities)
    {
        foreach (var e in result)
        {
            if (e.Status != EngagementNames.Held || e.Kind != "agreement" || e.City is not null) continue;
            string? found = null, foundIn = null;
            bool one = true;
            foreach (var s in sentences)
            {
                if (s.IsLink || !RequiredText.IsMatch(s_signingWord, s.Text)) continue;
                if (ToldByAnother(result, e, s, o => o.Kind == "agreement"
                    || !SameParties(o, e))) continue;
                var word = s_signingWord.Match(s.Text);
                // "… also signed a trade pact in Kelm": one more signing, not this one told again.
                if (RequiredText.IsMatch(s_signingAnotherBefore, s.Text, 0, word.Index)) continue;
                foreach (var city in NamedIn(s, cities))
                {
                    string country = cities[city];
                    if (!e.Countries.Contains(country) || e.LocationCountry is not null && e.LocationCountry != country) continue;
                    int at = VenueAt(s.Text, city);
                    if (at < 0) at = CityAfterVenue(s, city, cities, out _);
                    if (at < word.Index + word.Length) continue;
                    if (RequiredText.IsMatch(s_signingOtherBetween, s.Text, word.Index + word.Length, at - word.Index - word.Length)
                        || RequiredText.IsMatch(s_futureClauseBefore, s.Text, 0, at) || RequiredText.IsMatch(s_seatBefore, s.Text, 0, at)) continue;
                    string canonical = PlaceVocabulary.Canonical(city);
                    if (found is not null && found != canonical) one = false;
                    found = canonical;
                    foundIn = country;
                }
            }
            if (!one || found is null) continue;
            e.City = found;
            e.LocationCountry ??= foundIn;
        }
    }

    private static readonly Regex s_signingWord = RulePatterns.Get("signing-word");
    private static readonly Regex s_signingOtherBetween = RulePatterns.Get("signing-other-between");
    private static readonly Regex s_signingAnotherBefore = RulePatterns.Get("signing-another-before");

    private static readonly Regex s_envoyToBefore = RulePatterns.Get("envoy-to-before");

    // "Lao Defence Minister Khamla Vongsa received the Thai Ambassador to Laos, Anan Srisuk, on Monday.": an envoy accredited
    // to a state (patterns.tsv envoy-to-before) serves in that state, so a held occasion placed nowhere, not even in a country,
    // whose own sentences name such an envoy of one of its states took place in it. The state only, never a city; envoys to
    // two of its states give none. Run after CountryByOccasion, which ties the occasion to the others of its trip first.
    internal static void CountryByEnvoy(List<EngagementDraft> result)
    {
        foreach (var e in result)
        {
            if (e.Status != EngagementNames.Held || e.LocationCountry is not null || e.City is not null || e.Place is not null) continue;
            string? country = null;
            bool one = true;
            foreach (var s in e.Evidence)
            {
                foreach (var c in s.Countries)
                {
                    if (c.Kind != CountryWordKind.Name || !e.Countries.Contains(c.Code)) continue;
                    if (!MatchesBefore(s_envoyToBefore, s, c)) continue;
                    if (country is not null && country != c.Code) one = false;
                    country = c.Code;
                }
            }
            if (one && country is not null) e.LocationCountry = country;
        }
    }

    // "Kelm's defence minister Tor Alby received Vesk's army chief Ral Oster at the ministry's seat.", "Ral Oster called on Tor
    // Alby at army headquarters.": a held occasion still placed nowhere, not even in a state, when all other rules of place
    // are done, took place in the state of its host: a person of the occasion told of one of its states who, in one of its
    // sentences, receives a person of the occasion of another of its states (patterns.tsv receiver-before-guest: "received",
    // "hosted", "a reçu", "a accueilli" between the two, no "by" before the verb) or on whom such a guest calls
    // (guest-before-receiver: "called on", "paid a courtesy call on", "was received by", "a été reçu … par"). The state
    // only, never a city. Left open: an occasion of a kind held afield; a sentence at a forum ("on the sidelines of",
    // patterns.tsv forum-venue) or naming another state after "in", "at" or "to"; hosts of two states. Run last.
    internal static void CountryByReceiver(List<EngagementDraft> result)
    {
        foreach (var e in result)
        {
            if (!Unplaced(e) || EventVocabulary.Kind(e.Kind).Afield) continue;
            string? country = null;
            bool one = true;
            foreach (var s in e.Evidence)
            {
                if (RequiredText.IsMatch(s_forumVenue, s.Text)) continue;
                foreach (var (host, hostParty) in s.People)
                {
                    if (hostParty.Country is not { } hostState || !e.Countries.Contains(hostState) || !e.Participants.Any(p => p.Id == hostParty.Id)) continue;
                    foreach (var (guest, guestParty) in s.People)
                    {
                        if (guestParty.Country is not { } guestState || guestState == hostState || !e.Countries.Contains(guestState)
                            || !e.Participants.Any(p => p.Id == guestParty.Id)) continue;
                        bool received = host.Start + host.Length <= guest.Start
                            ? GapMatches(s_receiverBeforeGuest, s.Text, host, guest)
                            : guest.Start + guest.Length <= host.Start && GapMatches(s_guestBeforeReceiver, s.Text, guest, host);
                        if (!received || StateNamedAsPlace(s, hostState)) continue;
                        if (country is not null && country != hostState) one = false;
                        country = hostState;
                    }
                }
            }
            if (one && country is not null) e.LocationCountry = country;
        }
    }

    // Whether the expression matches the sentence's words between the end of one person's name and the start of the next one's
    // (that one's office included), read as the whole input and without a copy (RequiredText.IsMatch over a part); nothing
    // between them when the two overlap. Asked here and by ArticleEvents' escorts.
    internal static bool GapMatches(Regex regex, string text, PersonMention before, PersonMention after)
    {
        int start = before.Start + before.Length;
        return RequiredText.IsMatch(regex, text, start, Math.Max(0, after.Start - start));
    }

    // A state other than the one given that a sentence names after "in", "at" or "to" (patterns.tsv state-place-before).
    private static bool StateNamedAsPlace(EventSentence s, string country)
        => s.Countries.Any(c => c.Kind == CountryWordKind.Name && c.Code != country && MatchesBefore(s_statePlaceBefore, s, c));

    private static readonly Regex s_receiverBeforeGuest = RulePatterns.Get("receiver-before-guest");
    private static readonly Regex s_guestBeforeReceiver = RulePatterns.Get("guest-before-receiver");

    // "Sok Dara arrived in Ostria on Monday. … Sok Dara also met Ostrian navy chief Kel Varo.": a held occasion placed
    // nowhere, not even in a country, takes the country of the other held occasions of the same states placed in one
    // country, when one of its people from outside that country was at them, they were told before it, and no date of theirs
    // conflicts with its own. The country only: the city of those occasions may be a stop the occasion did not make. Run
    // after the rules that place a city, so that it gives no city further.
    internal static void CountryByOccasion(List<EngagementDraft> result)
    {
        var found = new List<(EngagementDraft Engagement, string Country)>();
        foreach (var e in result)
        {
            if (e.Status != EngagementNames.Held || e.LocationCountry is not null || e.City is not null) continue;
            string? country = null;
            bool one = true;
            foreach (var other in result)
            {
                if (other == e || other.Status != EngagementNames.Held || other.LocationCountry is not { } there) continue;
                if (!SameParties(other, e)) continue;
                if (e.Date is { } a && other.Date is { } b && a.ConflictsWith(b)) continue;
                // An occasion told before the other is not tied to it: it may be an earlier one of the trip or none of it.
                if (e.Evidence.Count > 0 && other.Evidence.Count > 0 && other.Evidence.Min(x => x.Position) > e.Evidence.Min(x => x.Position)) continue;
                if (!e.Participants.Any(p => p.Country is not null && p.Country != there && other.Participants.Any(q => q.Id == p.Id))) continue;
                if (country is not null && country != there) one = false;
                country = there;
            }
            if (one && country is not null) found.Add((e, country));
        }
        foreach (var (e, country) in found) e.LocationCountry = country;
    }

    // "Sok Dara arrived in Kelm for an official visit. … The two ministers met at the ministry.": a held occasion placed
    // nowhere, not even in a state, takes the place of the occasions of the same states that frame it, when all of them lie
    // in one place, one of its own states: a held visit told before it (the trip's occasions are held where the guest is),
    // or a held occasion told as of the same day ("Also on Wednesday, …"). Left open: an occasion of a kind held afield
    // (events.tsv, as the dateline's rule reads it: an exercise on ranges or at sea), an occasion of another year than the
    // writing's (background: "the accord signed in 2010"), one whose sentences name another city after a word of place
    // or travel, and one whose date conflicts with the frame's. The places found are given once all are found, so none is
    // passed on. Run after the rules that tie an occasion to another by its people, before CityByLead.
    internal static void PlaceByFrame(List<EngagementDraft> result, IReadOnlyDictionary<string, string> cities, IsoDate? written)
    {
        var found = new List<(EngagementDraft Engagement, string? City, string Country)>();
        foreach (var e in result)
        {
            if (!Unplaced(e)) continue;
            // An occasion held afield (an exercise on ranges or at sea) is not where the visit or the day's meeting is.
            if (EventVocabulary.Kind(e.Kind).Afield) continue;
            if (e.Date is { Year: { } year } && written is { Year: { } writtenYear } && year != writtenYear) continue;
            int told = e.Evidence.Count > 0 ? e.Evidence.Min(x => x.Position) : int.MaxValue;
            string? city = null, country = null;
            bool any = false, one = true;
            foreach (var other in result)
            {
                if (other == e || other.Status != EngagementNames.Held || other.LocationCountry is not { } there || !e.Countries.Contains(there)) continue;
                if (!SameParties(other, e)) continue;
                if (e.Date is { } a && other.Date is { } b && a.ConflictsWith(b)) continue;
                bool sameDay = e.Date is { Month: not null, Day: not null } day && other.Date == day;
                bool visitBefore = other.Kind == "visit" && other.Evidence.Count > 0 && other.Evidence.Min(x => x.Position) < told;
                if (!sameDay && !visitBefore) continue;
                if (any && (city != other.City || country != there)) one = false;
                any = true;
                city = other.City;
                country = there;
            }
            if (!any || !one || country is null) continue;
            // "… before he left for Kelm to attend the meeting": a sentence of the occasion that names another city leaves it open.
            if (e.Evidence.Any(s => NamesOtherCity(s, city ?? "", cities))) continue;
            found.Add((e, city, country));
        }
        foreach (var (e, city, country) in found)
        {
            e.City = city;
            e.LocationCountry = country;
        }
    }

    // "Officers of both navies gathered in Kelm for a week of planning. … The two chiefs met on Tuesday.": a held occasion
    // placed nowhere, not even in a state, takes the one city the article names, when it names no other city at all (of any
    // state), names that one as a place ("in", "at", with no word of another occasion or time before it) in one of its
    // opening sentences (those searched for a dateline) that tells no occasion and names no date, and that city lies in one
    // of the occasion's states. Left open: an occasion of a kind held afield; one of another year or month than the
    // writing's, or of a full date not of the days just before it (background: "the accord signed in February"); and one
    // whose sentences name another of its states after "in", "at" or "to" ("state visits to Vesk"). Run after every other
    // rule of place: a city told for the occasion, a frame or a dateline come first.
    internal static void CityByLead(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, string? openingCity,
        IReadOnlyDictionary<string, string> cities, IsoDate? written)
    {
        if (!result.Exists(Unplaced)) return;
        // The opening dateline's city counts as a city the article names ("KELM, May 4 --" in capitals, which the names of
        // the sentences do not hold).
        string? only = openingCity is null ? null : PlaceVocabulary.Canonical(openingCity);
        bool placed = false;
        var telling = TellingPositions(result);
        int seen = 0;
        foreach (var s in sentences)
        {
            if (s.IsLink) continue;
            // Only a sentence that tells no occasion and names no date places: a city told with an occasion, or with a day,
            // is that occasion's or that day's ("… six months after the ministers met in Kelm", "Reporters gathered in Kelm
            // on Tuesday").
            bool lead = ++seen <= DatelineSentences && s.Text.IndexOf(" | ", StringComparison.Ordinal) < 0
                && !telling.Contains(s.Position) && s.Dates.Count == 0;
            foreach (var city in NamedIn(s, cities))
            {
                string canonical = PlaceVocabulary.Canonical(city);
                if (only is not null && only != canonical) return;
                only = canonical;
                if (!lead) continue;
                foreach (int at in TextTools.WholeWordPositions(s.Text, city))
                {
                    // "… years after a border quarrel in Kelm", "… over the ambassador in Kelm": a city after a word of another
                    // occasion or time in its sentence is not the occasion's (as for a signing's city, signing-other-between).
                    if (!NamedAsPlace(s.Text, at) || RequiredText.IsMatch(s_signingOtherBetween, s.Text, 0, at)) continue;
                    placed = true;
                    break;
                }
            }
        }
        if (only is null || !placed || !cities.TryGetValue(only, out var country)) return;
        var found = new List<EngagementDraft>();
        foreach (var e in result)
        {
            if (!Unplaced(e) || !e.Countries.Contains(country)) continue;
            // The refusals are the occasion's own and are marked (EngagementDraft.CityRefused), as the dateline's rule does.
            if (EventVocabulary.Kind(e.Kind).Afield || !OfTheNews(e.Date, written) || e.Evidence.Any(s => NamesOtherStateAsPlace(s, e, country)))
            {
                e.CityRefused = true;
                continue;
            }
            found.Add(e);
        }
        foreach (var e in found)
        {
            e.City = only;
            e.LocationCountry = country;
        }
    }

    private static bool Unplaced(EngagementDraft e)
        => e.Status == EngagementNames.Held && e.LocationCountry is null && e.City is null && e.Place is null;

    // The date of an occasion that may be the report's news: none, a full date of the days just before the writing, or a
    // month (or year) without its day that is the writing's own.
    private static bool OfTheNews(IsoDate? date, IsoDate? written)
    {
        if (date is not { } d) return true;
        if (d.Day is not null) return News(d, written);
        if (written is not { } w) return false;
        return (d.Year is null || d.Year == w.Year) && (d.Month is null ? w.Year is not null && d.Year == w.Year : d.Month == w.Month);
    }

    // "… following state visits to Vesk by the king", "In Vesk, the ministers met …": a sentence that names another of the
    // occasion's states by name after "in", "at" or "to" (patterns.tsv state-place-before) places the occasion there, not
    // in the one city of the article.
    private static bool NamesOtherStateAsPlace(EventSentence s, EngagementDraft e, string country)
    {
        foreach (var c in s.Countries)
        {
            if (c.Kind != CountryWordKind.Name || c.Code == country || !e.Countries.Contains(c.Code)) continue;
            if (MatchesBefore(s_statePlaceBefore, s, c)) return true;
        }
        return false;
    }

    private static readonly Regex s_statePlaceBefore = RulePatterns.Get("state-place-before");
    private static readonly Regex s_stateArticleBefore = RulePatterns.Get("state-article-before");

    /// <summary>
    /// "… said at the homecoming of the engineers who completed the mission in Ostria", "… cleared fields in Ostria, General Dosk
    /// told the send-off ceremony", "The meeting praised the work of the operation in Ostria": a state that is none of the
    /// occasion's own states and is its only place (no city, no venue) stays its place only when a sentence of the occasion ties
    /// the state to a trigger: named after "in", "at" or "to" (or French "à", "au", "en") later in the trigger's clause with no
    /// clause or relative word between (patterns.tsv third-state-untied), or at the head of the sentence ("In Ostria, …"), or
    /// after a verb or before a noun of visiting, or through one of its regions. Otherwise the state was named for something
    /// else (a mission, a project, a theatre of operations) and the occasion is left unplaced for the later rules of place.
    /// Run before the rules of the article's cities (CityByOccasion, CityByDateline, …).
    /// </summary>
    internal static void ThirdStateUntied(List<EngagementDraft> result)
    {
        foreach (var e in result)
        {
            if (e.City is not null || e.Place is not null || e.LocationCountry is not { } state) continue;
            if (!e.Countries.Any(c => !string.IsNullOrEmpty(c)) || e.Countries.Contains(state)) continue;
            if (e.Evidence.Any(s => TiesState(s, state))) continue;
            e.LocationCountry = null;
        }
    }

    private static bool TiesState(EventSentence s, string state)
    {
        foreach (var c in s.Countries)
        {
            if (c.Code != state || c.Kind != CountryWordKind.Name) continue;
            int at = s.Tokens[c.FirstToken].Start;
            int afterName = s.Tokens[c.LastToken].End;
            if (RequiredText.IsMatch(s_visitNounAfter, s.Text, afterName, s.Text.Length - afterName)
                || RequiredText.IsMatch(s_visitedBefore, s.Text, 0, at)) return true;
            if (!RequiredText.IsMatch(s_statePlaceBefore, s.Text, 0, at) && !(c.FirstToken > 0 && IsFrenchIn(s.Tokens[c.FirstToken - 1].Text))) continue;
            if (c.FirstToken <= 1) return true;
            var nearest = TriggerBefore(s.Triggers, at);
            if (nearest is not null && !RequiredText.IsMatch(s_thirdStateUntied, s.Text, nearest.End, at - nearest.End)) return true;
        }
        foreach (var region in NamedIn(s, PlaceVocabulary.Regions))
            if (PlaceVocabulary.Regions[region] == state) return true;
        return false;
    }

    private static readonly Regex s_thirdStateUntied = RulePatterns.Get("third-state-untied");

    // "… agreed the plan during talks in Kelm on Sunday" (Kelm on no list), "the cadets will be sent to Ostria": an occasion
    // whose own sentences place it in a place after "in" that is neither the state given nor one of that state's listed
    // cities (a month is no place; a venue after "at" is the occasion's own building, but not "at the naval base of …":
    // patterns.tsv placed-elsewhere), or in another of its states after "in", "at" or "to", is not given the state of its
    // article (ArticleEvents.StateOfTheArticle).
    internal static bool PlacedOutside(EngagementDraft e, string state, IReadOnlyDictionary<string, string> cities)
        => e.Evidence.Any(s => NamesOtherStateAsPlace(s, e, state) || InAnotherPlace(s, state, cities));

    // "… hosted a dinner for a delegation from the Signal Corps of the Ostrian army", "une délégation du commandement
    // militaire ostrois a rendu visite à …": an occasion whose own sentences name a delegation of a state (patterns.tsv
    // delegation-of-before: the state's word after "delegation of" and at most eight words of its body) is one where that
    // state's people are the party received, so that state is not given to it as the home side's default
    // (ArticleEvents.StateOfTheArticle asks it for the home state only).
    internal static bool DelegationOf(EngagementDraft e, string state)
        => e.Evidence.Any(s => s.Countries.Any(c => c.Code == state
            && MatchesBefore(s_delegationOfBefore, s, c)));

    private static readonly Regex s_delegationOfBefore = RulePatterns.Get("delegation-of-before");

    // Whether a rule's pattern (one of patterns.tsv's "…-before" patterns, anchored at the end) matches the sentence's text
    // up to where the state's word c starts: the question "is the state named right after this?" of several steps.
    private static bool MatchesBefore(Regex pattern, EventSentence s, CountryMention c)
        => RequiredText.IsMatch(pattern, s.Text, 0, s.Tokens[c.FirstToken].Start);

    private static bool InAnotherPlace(EventSentence s, string state, IReadOnlyDictionary<string, string> cities)
    {
        foreach (Match m in s_placedElsewhere.Matches(s.Text))
        {
            if (!m.Groups["place"].Success) return true;
            if (m.Value.StartsWith("at", StringComparison.Ordinal)) continue;
            int at = m.Groups["place"].Index;
            if (s.Countries.Any(c => c.Code == state && s.Tokens[c.FirstToken].Start == at)) continue;
            if (cities.Any(c => c.Value == state && string.CompareOrdinal(s.Text, at, c.Key, 0, c.Key.Length) == 0
                && TextTools.StandsAsWholeWord(s.Text, at, c.Key.Length))) continue;
            return true;
        }
        return false;
    }

    // "Sok Dara paid a visit to Ostria on Monday. … The talks in Kelm covered training.": a held occasion placed only in a
    // country takes the one city of that country the article names, when it names no other city of that country anywhere
    // and names that one as a place: after "in" or "at", or as the opening dateline. A city named in a line of links
    // ("… in Kelm | Photos"), as the seat of a government ("the government in Kelm") or in a clause of what is to come
    // ("will also visit the naval command at Kelm", "plans to dock at the port in Kelm") places nothing.
    internal static void CityByArticle(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, string? openingCity,
        IReadOnlyDictionary<string, string> cities)
    {
        if (!result.Any(e => e.Status == EngagementNames.Held && e.City is null && e.LocationCountry is not null)) return;
        var named = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var placed = new List<(EventSentence Sentence, string City)>();
        string? opening = openingCity is null ? null : PlaceVocabulary.Canonical(openingCity);
        foreach (var s in sentences)
        {
            bool links = s.Text.IndexOf(" | ", StringComparison.Ordinal) >= 0;
            foreach (var city in NamedIn(s, cities))
            {
                string canonical = PlaceVocabulary.Canonical(city);
                foreach (int at in TextTools.WholeWordPositions(s.Text, city))
                {
                    if (!named.TryGetValue(cities[city], out var set)) named[cities[city]] = set = new HashSet<string>(StringComparer.Ordinal);
                    set.Add(canonical);
                    if (links || !NamedAsPlace(s.Text, at)) continue;
                    placed.Add((s, canonical));
                }
            }
        }
        foreach (var e in result)
        {
            if (e.Status != EngagementNames.Held || e.City is not null || e.LocationCountry is not { } country) continue;
            if (!named.TryGetValue(country, out var set) || set.Count != 1) continue;
            string only = set.First();
            // "… attended a ceremony held in Kelm with Ostrian officers": a city named as the place of another occasion, of
            // other states and none of the same people, is that occasion's.
            if (only == opening || placed.Any(p => p.City == only && !ToldByAnother(result, e, p.Sentence,
                o => !SameParties(o, e)
                && !o.Participants.Any(q => e.Participants.Any(r => r.Id == q.Id)))))
                e.City = only;
        }
    }

    /// <summary>
    /// The one city an article names, for its occasions placed nowhere (<see cref="ArticleEvents"/>' CityOfTheUnplaced): the
    /// canonical name of the only listed city its sentences and its opening dateline name, when it is named at least once as a
    /// place ("in", "at", "in the city of", after a comma that follows a word: "at the ministry's office, Kelm,") or as a
    /// dateline (the opening dateline, or a sentence it opens before a stop: "Kelm.- Today …"); else null. Two listed cities
    /// (of any state) give none. A name the sentence reads as a state's ("Singapore") or an area's ("Kelm province") is no
    /// mention of the city.
    /// </summary>
    internal static string? OnlyCityNamed(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, string> cities, string? datelinePlace)
    {
        string? opening = OpeningDateline(sentences, cities, datelinePlace);
        string? only = opening is null ? null : PlaceVocabulary.Canonical(opening);
        bool placed = only is not null;
        foreach (var s in sentences)
        {
            foreach (var city in NamedIn(s, cities))
            {
                foreach (int at in TextTools.WholeWordPositions(s.Text, city))
                {
                    if (s.Countries.Any(c => s.Tokens[c.FirstToken].Start == at)) continue;
                    int end = at + city.Length;
                    if (RequiredText.IsMatch(s_onlyCityAreaAfter, s.Text, end, s.Text.Length - end)) continue;
                    string canonical = PlaceVocabulary.Canonical(city);
                    if (only is not null && only != canonical) return null;
                    only = canonical;
                    // "… six months after the ministers met in Kelm", "… follows the fourth round in Kelm", "… years after a
                    // border quarrel in Kelm": a city after a word of another occasion or time is that occasion's
                    // (InAnotherOccasion, as the rules of an occasion's own place read it; signing-other-between, as CityByLead reads it).
                    if (InAnotherOccasion(s, at) || RequiredText.IsMatch(s_signingOtherBetween, s.Text, 0, at)) continue;
                    if (RequiredText.IsMatch(s_onlyCityBefore, s.Text, 0, at)
                        || (at == 0 && RequiredText.IsMatch(s_onlyCityDatelineAfter, s.Text, end, s.Text.Length - end)))
                        placed = true;
                }
            }
        }
        return placed ? only : null;
    }

    /// <summary>
    /// Whether an occasion's own sentences leave it open to the article's one city in <paramref name="state"/>: none names
    /// another of its states after "in", "at" or "to" ("talks in Ostria") or another listed city in any way ("the exercise
    /// held at Region 1, Kelmport"). A venue of no list ("in this naval college") does not bar the city. An occasion a rule of
    /// the one city weighed and refused (<see cref="EngagementDraft.CityRefused"/>: a date not of the news, a kind held afield,
    /// another place told for it) is not open either.
    /// </summary>
    internal static bool OpenToTheOnlyCity(EngagementDraft e, string city, string state, IReadOnlyDictionary<string, string> cities)
        => !e.CityRefused && !e.Evidence.Any(s => NamesOtherStateAsPlace(s, e, state) || NamedIn(s, cities).Any(c => PlaceVocabulary.Canonical(c) != city));

    private static readonly Regex s_onlyCityBefore = RulePatterns.Get("only-city-before");
    private static readonly Regex s_onlyCityAreaAfter = RulePatterns.Get("only-city-area-after");
    private static readonly Regex s_onlyCityDatelineAfter = RulePatterns.Get("only-city-dateline-after");

    // A city at `at` named as a place where something is held: after "in" or "at" (article-city-before), not as a seat of
    // government (seat-before) nor as the place of a plan (future-clause-before). Read by CityByArticle and CityByLead.
    private static bool NamedAsPlace(string text, int at)
        => RequiredText.IsMatch(s_articleCityBefore, text, 0, at) && !RequiredText.IsMatch(s_seatBefore, text, 0, at)
            && !RequiredText.IsMatch(s_futureClauseBefore, text, 0, at);

    private static readonly Regex s_articleCityBefore = RulePatterns.Get("article-city-before");
    private static readonly Regex s_seatBefore = RulePatterns.Get("seat-before");
    private static readonly Regex s_futureClauseBefore = RulePatterns.Get("future-clause-before");

    // The most days a held occasion may lie before the day of writing and still be the report's own news.
    private const int DatelineNewsDays = 7;

    // "SEOUL, May 3 (Agency) -- … Kol met his Ostrian counterpart on Tuesday.": the story is filed from the city
    // of its opening dateline, so a held occasion of that city's state that names no place of its own (no other city,
    // nothing "in" or "at" a named place in its sentences), and no
    // date or a date of the days just before the writing, took place there. An occasion placed in a country
    // (the guest's host, a visit abroad) keeps its place unless the dateline's city lies in that country; an
    // older occasion, a planned one, or one the dateline's state takes no part in is not placed.
    internal static void CityByDateline(List<EngagementDraft> result, string? city, IReadOnlyDictionary<string, string> cities, IsoDate? written)
    {
        if (city is null || !cities.TryGetValue(city, out var country)) return;
        PlaceByDateline(result, city, country, true, cities, written);
    }

    // "KELMSHIRE (Agency) – A delegation of the two armies inspected the border posts …": an opening dateline that names a
    // region of places.tsv [regions] (a province, a state) and no listed city places the same occasions as a city's dateline
    // would, by the same rule, in the region's state only: a region places an occasion in its country, never in a city. Its
    // refusals are not marked, so a city told later for the occasion may still be given by the rules of the article's city.
    internal static void StateByDateline(List<EngagementDraft> result, string? region, IReadOnlyDictionary<string, string> cities, IsoDate? written)
    {
        if (region is null || !PlaceVocabulary.Regions.TryGetValue(region, out var country)) return;
        PlaceByDateline(result, region, country, false, cities, written);
    }

    // The dateline's place is a city (asCity: the occasion gets the city and its state) or a region (its state only).
    private static void PlaceByDateline(List<EngagementDraft> result, string place, string country, bool asCity,
        IReadOnlyDictionary<string, string> cities, IsoDate? written)
    {
        foreach (var e in result)
        {
            if (e.Status != EngagementNames.Held || e.City is not null || e.Place is not null) continue;
            if (e.LocationCountry is not null && e.LocationCountry != country) continue;
            if (!e.Countries.Contains(country)) continue;
            // Each refusal below is the occasion's own: a city's dateline marks it, so the article's one city is not given it
            // later either; a region's leaves it unmarked.
            if (e.Date is { } date && !News(date, written)) { e.CityRefused |= asCity; continue; }
            // A field exercise is held on ranges and at sea, not in the city the story is filed from (events.tsv: afield).
            if (EventVocabulary.Kind(e.Kind).Afield) { e.CityRefused |= asCity; continue; }
            // "… told reporters before he left for Kelm to attend the meeting": a sentence of the occasion that names
            // another city leaves the place open.
            if (e.Evidence.Any(s => NamesOtherCity(s, place, cities))) { e.CityRefused |= asCity; continue; }
            // "… met the ambassador at the provincial hall in Stung Kampong": a sentence of the occasion that places it
            // in or at a place of its own, on no list, leaves the place open too.
            if (e.Evidence.Any(s => PlacedElsewhere(s, place, country))) { e.CityRefused |= asCity; continue; }
            if (asCity) e.City = place;
            e.LocationCountry = country;
        }
    }

    private static readonly Regex s_otherCityBefore = RulePatterns.Get("other-city-before");

    private static bool NamesOtherCity(EventSentence s, string city, IReadOnlyDictionary<string, string> cities)
    {
        foreach (var other in NamedIn(s, cities))
        {
            if (other == city) continue;
            for (int at = s.Text.IndexOf(other, StringComparison.Ordinal); at >= 0; at = s.Text.IndexOf(other, at + other.Length, StringComparison.Ordinal))
            {
                // "… the outcomes of the Kelm meeting", "Kelm's support": a city named as a name's part or as its government
                // places nothing; one after a word of place or of travel ("in", "to", "for", "left", "the capital,") does.
                if (TextTools.StandsAsWholeWord(s.Text, at, other.Length) && RequiredText.IsMatch(s_otherCityBefore, s.Text, 0, at)) return true;
            }
        }
        return false;
    }

    private static bool PlacedElsewhere(EventSentence s, string city, IReadOnlyDictionary<string, string> cities)
        => PlacedElsewhere(s, city, cities[city]);

    private static bool PlacedElsewhere(EventSentence s, string city, string country)
    {
        foreach (Match m in s_placedElsewhere.Matches(s.Text))
        {
            if (!m.Groups["place"].Success) return true;
            int at = m.Groups["place"].Index;
            // "in Cambodia", "in Phnom Penh": the dateline's own country or city.
            if (string.CompareOrdinal(s.Text, at, city, 0, city.Length) == 0) continue;
            if (s.Countries.Any(c => c.Code == country && s.Tokens[c.FirstToken].Start == at)) continue;
            return true;
        }
        return false;
    }

    private static readonly Regex s_provinceSuffix = RulePatterns.Get("province-suffix");

    // The place of the article's opening dateline among `places` (the cities, or the regions of places.tsv [regions]): the
    // one read with the article, or the first of its first sentences ("PHNOM PENH, May 27 (Xinhua) --", "New Delhi,
    // February 3" on a line of its own, "KELMSHIRE (Agency) –").
    private static string? OpeningDateline(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, string> places, string? datelinePlace)
    {
        if (datelinePlace is not null && places.ContainsKey(datelinePlace)) return datelinePlace;
        int seen = 0;
        foreach (var s in sentences)
        {
            if (s.IsLink) continue;
            if (++seen > DatelineSentences) break;
            if (DatelineCity(s.Text, places, out _) is { } place) return place;
        }
        return null;
    }

    // The place of `places` (the cities, or the regions) a dateline opening the text names, or null.
    private static string? DatelineCity(string text, IReadOnlyDictionary<string, string> places, out bool alone)
    {
        alone = false;
        // "Kelm / Press Office / May 14" on a line of its own: a dated dateline of parts set apart by slashes.
        bool slashed = false;
        Match m;
        if (RequiredText.IsMatch(s_slashedDateline, text))
        {
            m = s_slashedDateline.Match(text);
            slashed = true;
        }
        // Most sentences cannot start with a dateline: a test of their first characters says so without the pattern, and of
        // those that may, most cannot end one ("Kelm, May 3 (Agency): …", "Vice-Minister …"): a read up to the end says so.
        else if (!DatelineShape.MayStart(text) || !DatelineShape.MayEnd(text)) return null;
        else m = s_dateline.Match(text);
        if (!m.Success) return null;
        // "KAMPOT PROVINCE, Cambodia (…) --": a province named after its chief town is that place.
        string place = s_provinceSuffix.Replace(m.Groups["city"].Value.Trim(), "");
        foreach (var city in places.Keys)
        {
            if (!string.Equals(city, place, StringComparison.OrdinalIgnoreCase)) continue;
            alone = slashed || m.Groups["alone"].Success;
            // A line of its own must carry a date or a country to be a dateline, not a headline.
            if (alone && !slashed && text.IndexOf(',') < 0) return null;
            return city;
        }
        return null;
    }

    /// <summary>
    /// "will visit Cambodia and Laos", "made visits to Vesk and Kelmland", "travelled to Bangkok and Chiang Mai, and then to
    /// Hanoi": the states visited, when a visit trigger is followed right away (after "to", "at" or "on to") by a list of two or
    /// more countries or listed cities joined by commas, "and" or "then" (<c>patterns.tsv</c> destination-lead, destination-joiner)
    /// that names at least two states. Each destination keeps the city named for it and whether it was reached "then", after the
    /// one before. Null when the trigger is followed by no such list.
    /// </summary>
    private static List<Destination>? Destinations(EventSentence s, Trigger trigger, IReadOnlyList<Trigger> triggers, IReadOnlyDictionary<string, string> cities)
    {
        var found = new List<Destination>();
        int last = DestinationList(s, trigger, cities, found, false);
        if (last < 0) return null;
        // "is to visit Vesk on Tuesday, followed by a stop in Kelmland": a later visit trigger of the sentence
        // told as what follows (destination-sequel) adds its own list, visited after the first.
        foreach (var next in triggers)
        {
            if (next.Kind != "visit" || next.Index < last || !RequiredText.IsMatch(s_destinationSequel, s.Text, last, next.Index - last)) continue;
            int end = DestinationList(s, next, cities, found, true);
            if (end >= 0) last = end;
        }
        return found.Select(d => d.Code).Distinct().Count() >= 2 ? found : null;
    }

    /// <summary>
    /// "The general's week-long trip to Vesk and Kelmland": the states a trip of the article lists beside <paramref name="state"/>
    /// (<see cref="Destinations"/>), each a place visited like it, not a side that visits it; empty when no trip lists it.
    /// </summary>
    internal static HashSet<string> VisitedBeside(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, string> cities, string state)
    {
        var beside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            if (s.IsLink || s.Countries.Count < 2) continue;
            var triggers = s.Triggers;
            foreach (var trigger in triggers)
            {
                if (trigger.Kind != "visit" || Destinations(s, trigger, triggers, cities) is not { } list || !list.Any(d => d.Code == state)) continue;
                foreach (var d in list) if (d.Code != state) beside.Add(d.Code);
            }
        }
        return beside;
    }

    // The list of places right after a trigger, added to found; the end of the list, or -1 when no place follows the trigger.
    private static int DestinationList(EventSentence s, Trigger trigger, IReadOnlyDictionary<string, string> cities, List<Destination> found, bool then)
    {
        string text = s.Text;
        var lead = s_destinationLead.Match(text, trigger.End);
        if (!lead.Success) return -1;
        int at = lead.Index + lead.Length, last = -1;
        while (true)
        {
            var place = DestinationAt(s, at, cities, out int end);
            if (place is null) break;
            found.Add(new Destination(place.Value.Code, place.Value.City, then));
            last = end;
            var joiner = s_destinationJoiner.Match(text, end);
            if (!joiner.Success) break;
            then |= joiner.Groups["then"].Success;
            at = joiner.Index + joiner.Length;
        }
        return last;
    }

    /// <summary>
    /// The visitor's side of a visit to several places: the candidate's states that are not visited; when there are several,
    /// those named before the trigger or of a participant ("South Korea's vice minister will visit Vesk and Kelmland to win
    /// over states close to Norland": not Norland).
    /// </summary>
    private static List<string> Visitors(EventSentence s, Trigger trigger, EngagementDraft candidate, List<Destination> destinations)
    {
        var visitors = candidate.Countries.Where(c => !destinations.Any(d => d.Code == c)).ToList();
        if (visitors.Count <= 1) return visitors;
        return visitors.Where(c => candidate.Participants.Any(p => p.Country == c)
            || s.Countries.Any(m => m.Code == c && s.Tokens[m.FirstToken].Start < trigger.Index)).ToList();
    }

    /// <summary>
    /// "Army chief General Arlo is to visit Vesk and Kelmland", in an article between other states filed from Norland's capital:
    /// a named traveller of untold country, and a sentence that names no state but the places visited, travels for the report's
    /// own side (the article's other side, else the dateline's state, else its main partner) when that side is not visited.
    /// Null when someone of a stated country takes part, or when no such side is known.
    /// </summary>
    private static string? UntoldTraveller(EngagementDraft candidate, List<Destination> destinations, string? otherSide, string? partner,
        string? datelinePlace, IReadOnlyDictionary<string, string> cities)
    {
        if (candidate.Participants.Count == 0 || candidate.Participants.Any(p => p.Country is not null)) return null;
        string? filed = datelinePlace is not null && cities.TryGetValue(datelinePlace, out var state) ? state : null;
        foreach (var side in new[] { otherSide, filed, partner })
        {
            if (side is not null && !destinations.Any(d => d.Code == side)) return side;
        }
        return null;
    }

    // A country's name, or a city of the list (the longest that fits), that starts at the position; not one in the possessive
    // ("visited Vesk, Kelmland's neighbour").
    private static (string Code, string? City)? DestinationAt(EventSentence s, int at, IReadOnlyDictionary<string, string> cities, out int end)
    {
        var place = PlaceAt(s, at, cities, out end);
        if (place is null || end + 1 < s.Text.Length && s.Text[end] == '\'' && s.Text[end + 1] == 's') return null;
        return place;
    }

    private static (string Code, string? City)? PlaceAt(EventSentence s, int at, IReadOnlyDictionary<string, string> cities, out int end)
    {
        end = at;
        foreach (var c in s.Countries)
        {
            if (c.Kind != CountryWordKind.Name || s.Tokens[c.FirstToken].Start != at) continue;
            end = s.Tokens[c.LastToken].End;
            return (c.Code, null);
        }
        // The longest city of the list written there as a whole word, found in the tree of the list's names.
        int length = PrefixTrie.OfKeys(cities).LongestWordAt(s.Text, at);
        if (length == 0) return null;
        string best = s.Text.Substring(at, length);
        end = at + length;
        return (cities[best], best);
    }

    private readonly struct Destination
    {
        public Destination(string code, string? city, bool then) { Code = code; City = city; Then = then; }
        public string Code { get; }
        public string? City { get; }
        public bool Then { get; }
    }

    /// <summary>
    /// The side every one of several meetings has: the home side when it takes part; between other
    /// states, when the sentence says the meetings were separate ("had back-to-back talks with the army
    /// chiefs of Chile, Kenya and Norway"), the one country all its named people share.
    /// </summary>
    private static string? Hub(EventSentence s, EngagementDraft candidate, Trigger trigger, string? home)
    {
        if (SubjectSide(s, candidate, trigger) is { } subject) return subject;
        if (home is not null && candidate.Countries.Contains(home)) return home;
        if (!RequiredText.IsMatch(s_separate, s.Text)) return null;
        var sides = candidate.Participants.Select(p => p.Country).Distinct().ToList();
        return sides.Count == 1 && sides[0] is { } side && candidate.Countries.Contains(side) ? side : null;
    }

    // A word of place before a name, written in lower case or capitalised at a sentence's start ("In Ostria, the ministers met").
    private static bool IsWord(string token, string word) => string.Equals(token, word, StringComparison.OrdinalIgnoreCase);

    // The French prepositions of "in" and "at" before a state's name, as written (not "AU", the African Union).
    private static bool IsFrenchIn(string token) => token is "au" or "aux" or "en" or "à" or "Au" or "Aux" or "En" or "À";

    private static HashSet<int> LocationCountryTokens(EventSentence s, IReadOnlyDictionary<string, string> cities)
    {
        var result = new HashSet<int>();
        foreach (var c in s.Countries)
        {
            if (c.Kind == CountryWordKind.Demonym && c.FirstToken > 0 && CapitaleOfAThirdState(s, c)) { result.Add(c.FirstToken); continue; }
            if (c.Kind != CountryWordKind.Name || c.FirstToken == 0) continue;
            var before = s.Tokens[c.FirstToken - 1].Text;
            bool afterCity = before == "," && c.FirstToken >= 2 && cities.Values.Contains(c.Code) && CityBefore(s, c.FirstToken - 1, cities, c.Code);
            // "the Gulf of Thailand", "the Sea of Japan": geography, not a party.
            bool feature = before == "of" && c.FirstToken >= 2 && RequiredText.IsMatch(s_geographicFeature, s.Tokens[c.FirstToken - 2].Text);
            if (feature) { result.Add(c.FirstToken); continue; }
            // "Minister X, visiting Laos for a forum, held talks with …": the host of the trip is where it happens, no party.
            if (before == "visiting" && c.FirstToken >= 2 && s.Tokens[c.FirstToken - 2].Text == ",") { result.Add(c.FirstToken); continue; }
            if (IsWord(before, "in") && !RequiredText.IsMatch(s_tripBefore, s.Text, 0, s.Tokens[c.FirstToken - 1].Start) || IsWord(before, "at") || afterCity)
                result.Add(c.FirstToken);
            else if (before == "," && PlaceOnNoList(s, c)) result.Add(c.FirstToken);
        }
        return result;
    }

    // "Les ministres vesquien et ostrien ont signé un traité dans la capitale kelmoise": a state's French adjective after "dans/à/vers
    // la capitale" (patterns.tsv capitale-adjective-before) in a sentence that names two other states is where the occasion is
    // held, as "in Kelmland" is, no party; with one other state or none ("la visite du ministre vesquien dans la capitale kelmoise")
    // it stays the host's party (the fifty-eighth round).
    private static bool CapitaleOfAThirdState(EventSentence s, CountryMention c)
    {
        if (!RequiredText.IsMatch(s_capitaleAdjectiveBefore, s.Text, 0, s.Tokens[c.FirstToken].Start)) return false;
        string? first = null;
        foreach (var other in s.Countries)
        {
            if (other.Code == c.Code) continue;
            if (first is null) first = other.Code;
            else if (other.Code != first) return true;
        }
        return false;
    }

    // "on the sidelines of a forum in Kelm, Vesk, on Monday": a place on no list, after "in" or "at" and not at the
    // head of the sentence, then a comma and the country that closes the place; not "In Kelm, Vesk and Ostria
    // signed …" (the subject after an opening phrase), nor a list of states ("in Laos, Vesk and Ostria").
    private static bool PlaceOnNoList(EventSentence s, CountryMention c)
    {
        int comma = s.Tokens[c.FirstToken - 1].Start;
        var m = s_placeCommaBefore.Match(s.Text, 0, comma + 1);
        if (!m.Success || m.Index == 0) return false;
        foreach (var other in s.Countries)
        {
            int at = s.Tokens[other.FirstToken].Start;
            if (other != c && at >= m.Index && at < comma) return false;
        }
        int end = s.Tokens[c.LastToken].End;
        return RequiredText.IsMatch(s_placeCountryAfter, s.Text, end, s.Text.Length - end);
    }

    // "in Dushanbe, Tajikistan": the country after a city of its own; "Malaysia, Singapore, Thailand and
    // Vietnam" is a list, since Singapore is no city of Thailand.
    private static bool CityBefore(EventSentence s, int commaToken, IReadOnlyDictionary<string, string> cities, string code)
    {
        string left = s.Text.Substring(0, s.Tokens[commaToken].Start);
        return cities.Any(city => city.Value == code && left.EndsWith(city.Key, StringComparison.Ordinal));
    }

    private static void Locate(EngagementDraft draft, EventSentence s, IReadOnlyDictionary<string, string> cities, Trigger? trigger = null, IReadOnlyList<Trigger>? triggers = null,
        IsoDate? published = null)
    {
        Trigger? own = trigger;
        if (trigger is not null)
        {
            // The place stated in the trigger's own clause comes first ("meetings at the summit held in Japan").
            int start = Math.Max(0, s.Text.LastIndexOfAny(new[] { ',', ';' }, Math.Max(0, trigger.Index - 1)) + 1);
            int end = s.Text.IndexOfAny(new[] { ',', ';' }, trigger.End);
            var sub = s_placeAfter.Match(s.Text.Substring(trigger.End, (end < 0 ? s.Text.Length : end) - trigger.End));
            if (sub.Success && !InAnotherOccasion(s, trigger.End + sub.Groups["c"].Index, trigger)
                && !RequiredText.IsMatch(s_homeBaseBefore, s.Text, 0, trigger.End + sub.Groups["c"].Index)
                && !LaterActOf(draft, s, trigger.End + sub.Groups["c"].Index))
            {
                string place = sub.Groups["c"].Value;
                foreach (var city in NamedIn(s, cities))
                {
                    if (!place.StartsWith(city, StringComparison.Ordinal) || !EndsWord(place, city.Length)) continue;
                    if (BeginsVenueElsewhere(place, 0, city)) break;
                    if (draft.LocationCountry is null || draft.LocationCountry == cities[city]) { draft.City ??= city; draft.LocationCountry ??= cities[city]; }
                    break;
                }
                if (draft.LocationCountry is null)
                {
                    int at = trigger.End + sub.Groups["c"].Index;
                    var c = s.Countries.FirstOrDefault(x => s.Tokens[x.FirstToken].Start == at && x.Kind == CountryWordKind.Name);
                    if (c is not null) draft.LocationCountry = c.Code;
                }
            }
        }
        if (draft.City is null)
        {
            foreach (var city in NamedIn(s, cities))
            {
                if (draft.LocationCountry is not null && draft.LocationCountry != cities[city]) continue;
                int at = VenueAt(s.Text, city);
                if (at < 0 || triggers is not null && OwnedByAnother(s, triggers, at, draft) || InAnotherOccasion(s, at, own)
                    || LaterActOf(draft, s, at) || DatedOtherwise(s, at + city.Length, draft, published)
                    || BeginsVenueElsewhere(s.Text, at, city)) continue;
                draft.City = city;
                draft.LocationCountry ??= cities[city];
                break;
            }
        }
        if (draft.City is null) LocateVenue(draft, s, cities, triggers, own);
        if (draft.City is null && CapitaleOfAdjective(draft, s, cities, own) is { } capital)
        {
            draft.City = capital;
            draft.LocationCountry ??= cities[capital];
        }
        if (draft.City is null)
        {
            // "signed the plan in Merkez, Ankara, Turkey", "at the Ministry of Defence, Canberra": a named venue
            // that is no known place, its city after a comma, places the occasion in that city.
            foreach (var city in NamedIn(s, cities))
            {
                int at = CityAfterVenue(s, city, cities, out string? venue);
                if (at < 0 || triggers is not null && OwnedByAnother(s, triggers, at, draft) || InAnotherOccasion(s, at, own)) continue;
                if (draft.LocationCountry is not null && draft.LocationCountry != cities[city]) continue;
                draft.City = city;
                draft.Place ??= venue;
                draft.LocationCountry ??= cities[city];
                break;
            }
        }
        if (draft.LocationCountry is null)
        {
            foreach (var c in s.Countries)
            {
                if (c.Kind != CountryWordKind.Name || c.FirstToken == 0 || InAnotherOccasion(s, s.Tokens[c.FirstToken].Start, own)) continue;
                var before = s.Tokens[c.FirstToken - 1].Text;
                // "a visit to the Republic of Ostria", "in the Vesk Islands": the article between the preposition and a state's
                // name (patterns.tsv state-article-before) is passed over, so that the preposition is read as before a bare name.
                if (c.FirstToken > 1 && MatchesBefore(s_stateArticleBefore, s, c)) before = s.Tokens[c.FirstToken - 2].Text;
                if (MatchesBefore(s_homeBaseBefore, s, c)) continue;
                // "during his Ostria visit": a country's name set before a noun of visiting, as its adjunct, is the state visited.
                int afterName = s.Tokens[c.LastToken].End;
                if (DatedOtherwise(s, afterName, draft, published)) continue;
                // "au Vesk", "en Ostrie", "à Kelmie": the French prepositions of "in" and "at" before a state's name.
                if (IsWord(before, "in") || IsWord(before, "at") || IsFrenchIn(before)
                    || IsWord(before, "to") && RequiredText.IsMatch(s_visitOrTrip, s.Text)
                    || MatchesBefore(s_visitedBefore, s, c) && !VisitListed(s, c)
                    || RequiredText.IsMatch(s_visitNounAfter, s.Text, afterName, s.Text.Length - afterName))
                {
                    draft.LocationCountry = c.Code;
                    break;
                }
            }
        }
        if (draft.LocationCountry is null) LocateRegion(draft, s, triggers, own);
        if (draft.City is not null && draft.LocationCountry is null) draft.LocationCountry = cities[draft.City];
    }

    private static readonly Regex s_capitaleAdjectiveBefore = RulePatterns.Get("capitale-adjective-before");

    // "Le général a été reçu dans la capitale ostrienne": a state's French adjective after "dans/à/vers la capitale"
    // (patterns.tsv capitale-adjective-before) places the occasion in that state's capital, the city places.tsv names as its
    // capital told by its English adjective ("Ostrian capital"); a state with no such row (its capital moved or is not one city),
    // or with rows of two cities, gives none, as does a state told of another occasion or outside the country the occasion is
    // placed in (the fifty-seventh round).
    private static string? CapitaleOfAdjective(EngagementDraft draft, EventSentence s, IReadOnlyDictionary<string, string> cities, Trigger? own)
    {
        foreach (var c in s.Countries)
        {
            if (c.Kind != CountryWordKind.Demonym) continue;
            int at = s.Tokens[c.FirstToken].Start;
            if (!RequiredText.IsMatch(s_capitaleAdjectiveBefore, s.Text, 0, at) || InAnotherOccasion(s, at, own)) continue;
            if (draft.LocationCountry is not null && draft.LocationCountry != c.Code) continue;
            string? found = null, canonical = null;
            foreach (var pair in cities)
            {
                if (pair.Value != c.Code || !pair.Key.EndsWith(" capital", StringComparison.Ordinal)) continue;
                string city = PlaceVocabulary.Canonical(pair.Key);
                if (canonical is not null && canonical != city) return null;
                canonical = city;
                found ??= pair.Key;
            }
            return found;
        }
        return null;
    }

    // "drills in Sabah", "talks at a base in Queensland": a province, state or island (places.tsv [regions])
    // named as the venue places the occasion in its country, and in no city.
    private static void LocateRegion(EngagementDraft draft, EventSentence s, IReadOnlyList<Trigger>? triggers, Trigger? own)
    {
        if (draft.City is not null) return;
        var regions = PlaceVocabulary.Regions;
        foreach (var region in NamedIn(s, regions))
        {
            int at = VenueAt(s.Text, region);
            if (at >= 0 && RequiredText.IsMatch(s_waterAfter, s.Text, at + region.Length, s.Text.Length - at - region.Length)) continue;
            if (at < 0 || triggers is not null && OwnedByAnother(s, triggers, at, draft) || InAnotherOccasion(s, at, own)) continue;
            draft.LocationCountry = regions[region];
            return;
        }
    }

    // The state that hosts a guest the sentence calls "visiting" ("the visiting Saudi defence minister",
    // "visiting Indian officers"): of an engagement of two states, the one that is not the guest's; null
    // when no such guest is named or the guests come from both.
    private static string? GuestsHost(EventSentence s, EngagementDraft draft)
    {
        if (draft.Countries.Count != 2 || draft.Countries.Any(string.IsNullOrEmpty)) return null;
        string? guest = null;
        foreach (var c in s.Countries)
        {
            if (c.FirstToken == 0 || !draft.Countries.Contains(c.Code)) continue;
            int start = s.Tokens[c.FirstToken].Start;
            bool adjective = c.Kind == CountryWordKind.Demonym ? RequiredText.IsMatch(s_visitingGuest, s.Text, 0, start)
                : RequiredText.IsMatch(s_theVisitingGuest, s.Text, 0, start);
            if (!adjective) continue;
            if (guest is not null && guest != c.Code) return null;
            guest = c.Code;
        }
        return guest is null ? null : draft.Countries.First(c => c != guest);
    }

    // "received the minister at the Peace Palace": a known venue (places.tsv [venues]) named as the
    // place of the occasion gives its city, when no city is named.
    // The venues are searched for only where the sentence holds their first characters (VenueIndex.MayHold).
    private static void LocateVenue(EngagementDraft draft, EventSentence s, IReadOnlyDictionary<string, string> cities, IReadOnlyList<Trigger>? triggers, Trigger? own)
    {
        var index = VenueIndex.Of(PlaceVocabulary.Venues);
        var may = index.MayHold(s.Text, ref t_venueChars, ref t_venueMarks);
        for (int i = 0; i < index.Names.Length; i++)
        {
            if (!may[i]) continue;
            string name = index.Names[i];
            if (s.Text.IndexOf(name, StringComparison.Ordinal) < 0 || !cities.TryGetValue(index.Cities[i], out var country)) continue;
            if (draft.LocationCountry is not null && draft.LocationCountry != country) continue;
            int at = VenueAt(s.Text, name);
            if (at < 0 || triggers is not null && OwnedByAnother(s, triggers, at, draft) || InAnotherOccasion(s, at, own)) continue;
            draft.Place ??= name;
            draft.City = index.Cities[i];
            draft.LocationCountry = country;
            return;
        }
    }

    [ThreadStatic] private static char[]? t_venueChars;
    [ThreadStatic] private static bool[]? t_venueMarks;

    // The known venues (places.tsv [venues]) in the list's order, with the orders of the names by their first character
    // and by their first three: built once per list. A name can stand in a text only where its first three characters
    // stand, so a text's venues are searched for only where one of its characters begins a name and the three
    // characters from there begin one.
    private sealed class VenueIndex
    {
        private const int Prefix = 3;
        private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, string>, VenueIndex> s_of = new();

        public static VenueIndex Of(IReadOnlyDictionary<string, string> venues) => s_of.GetValue(venues, list => new VenueIndex(list));

        private VenueIndex(IReadOnlyDictionary<string, string> venues)
        {
            Names = venues.Keys.ToArray();
            Cities = new string[Names.Length];
            All = Enumerable.Range(0, Names.Length).ToArray();
            var byChar = new Dictionary<char, List<int>>();
            var byPrefix = new Dictionary<ulong, List<int>>();
            var shortNames = new List<int>();
            for (int i = 0; i < Names.Length; i++)
            {
                string name = Names[i];
                Cities[i] = venues[name];
                if (name.Length == 0) { shortNames.Add(i); continue; }
                if (!byChar.TryGetValue(name[0], out var orders)) byChar.Add(name[0], orders = new List<int>());
                orders.Add(i);
                if (name.Length < Prefix) { shortNames.Add(i); continue; }
                _firstChars[name[0] >> 6] |= 1UL << (name[0] & 63);
                ulong key = Key(name[0], name[1], name[2]);
                if (!byPrefix.TryGetValue(key, out var same)) byPrefix.Add(key, same = new List<int>());
                same.Add(i);
            }
            _byFirstChar = byChar.ToDictionary(p => p.Key, p => p.Value.ToArray());
            _byPrefix = byPrefix.ToDictionary(p => p.Key, p => p.Value.ToArray());
            _short = shortNames.ToArray();
        }

        public string[] Names { get; }
        public string[] Cities { get; }

        private readonly ulong[] _firstChars = new ulong[1024];
        private readonly Dictionary<char, int[]> _byFirstChar;
        private readonly Dictionary<ulong, int[]> _byPrefix;
        private readonly int[] _short;

        private static ulong Key(char a, char b, char c) => (ulong)a << 32 | (ulong)b << 16 | c;

        // Whether each name may stand in the text (a mark by order, in an array of the caller's thread; every name that
        // stands in it is marked), the characters read from a copy of the text's.
        public bool[] MayHold(string text, ref char[]? charSlot, ref bool[]? markSlot)
        {
            var marks = markSlot;
            if (marks is null || marks.Length < Names.Length) markSlot = marks = new bool[Names.Length];
            else Array.Clear(marks, 0, Names.Length);
            foreach (int i in _short) marks[i] = true;
            var chars = CharCopy.Into(ref charSlot, text);
            for (int i = 0, last = text.Length - Prefix; i <= last; i++)
            {
                char c = chars[i];
                if ((_firstChars[c >> 6] & 1UL << (c & 63)) == 0) continue;
                if (!_byPrefix.TryGetValue(Key(c, chars[i + 1], chars[i + 2]), out var orders)) continue;
                foreach (int o in orders) marks[o] = true;
            }
            return marks;
        }

        // The orders of all the names, in the list's order.
        public int[] All { get; }

        // The orders of the names that begin with a character, in the list's order (none when no name begins with it).
        public int[] StartingWith(char c) => _byFirstChar.TryGetValue(c, out var orders) ? orders : Array.Empty<int>();
    }

    // "docked at Kelm Naval Base": a city's name that begins the name of a known venue (places.tsv [venues]) listed under
    // another city is the venue's, and the venue's city is the occasion's; the venue itself is read after the cities.
    // Only the venues whose name begins with the city's first character are looked at.
    private static bool BeginsVenueElsewhere(string text, int at, string city)
    {
        var index = VenueIndex.Of(PlaceVocabulary.Venues);
        foreach (int i in city.Length == 0 ? index.All : index.StartingWith(city[0]))
        {
            string name = index.Names[i];
            if (name.Length <= city.Length || index.Cities[i] == city || !name.StartsWith(city, StringComparison.Ordinal)) continue;
            if (at + name.Length <= text.Length && string.CompareOrdinal(text, at, name, 0, name.Length) == 0
                && EndsWord(text, at + name.Length)) return true;
        }
        return false;
    }

    // "will visit Cambodia and Laos": a visit to several places names no single venue.
    private static bool VisitListed(EventSentence s, CountryMention c)
    {
        int end = s.Tokens[c.LastToken].End;
        return CityListedAfter(s.Text, end)
            || s.Text.Length > end && s.Text[end] == ',' && s.Countries.Any(o => o.FirstToken == c.FirstToken + c.TokenCount + 1);
    }

    // Whether the trigger nearest before a place is of another kind than the engagement's
    // ("the accord signed in Lima"): the place is that event's.
    // So is a place after a trigger of the engagement's kind but another status ("the talks in Hanoi …
    // he will also visit Hue"): a planned trip moves no held occasion.
    private static bool OwnedByAnother(EventSentence s, IReadOnlyList<Trigger> triggers, int at, EngagementDraft draft)
    {
        var nearest = TriggerBefore(triggers, at);
        return nearest is not null && (nearest.Kind != draft.Kind || Status(s, nearest) != draft.Status);
    }

    private static readonly Regex s_venueThenComma = RulePatterns.Get("venue-then-comma");

    // Whether the text from end on lists another place ("… and Kampot"): a place of a list names no single venue.
    private static bool CityListedAfter(string text, int end) => RequiredText.IsMatch(s_cityListed, text, end, text.Length - end);

    // Where a sentence names a city after a venue of capitalised words and a comma ("in Merkez, Ankara"), or -1;
    // the venue is no known place and no country ("in Cambodia, Singapore's minister …" names no venue).
    private static int CityAfterVenue(EventSentence s, string city, IReadOnlyDictionary<string, string> cities, out string? venue)
    {
        venue = null;
        for (int at = s.Text.IndexOf(city, StringComparison.Ordinal); at >= 0; at = s.Text.IndexOf(city, at + city.Length, StringComparison.Ordinal))
        {
            if (!EndsWord(s.Text, at + city.Length) || CityListedAfter(s.Text, at + city.Length)) continue;
            var m = s_venueThenComma.Match(s.Text, 0, at);
            if (!m.Success) continue;
            var name = m.Groups["venue"];
            if (cities.Keys.Any(c => name.Value.StartsWith(c, StringComparison.Ordinal) && EndsWord(name.Value, c.Length))) continue;
            if (s.Countries.Any(c => s.Tokens[c.FirstToken].Start >= name.Index && s.Tokens[c.FirstToken].Start < name.Index + name.Length && c.Kind == CountryWordKind.Name)) continue;
            venue = name.Value;
            return at;
        }
        return -1;
    }

    // The names of a list of places (places.tsv and corpus.yaml's, or the regions) by their first word, with
    // their order in the list: built once per list.
    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, string>, PlaceIndex> s_byFirstWord = new();

    private sealed class PlaceIndex
    {
        public PlaceIndex(IReadOnlyDictionary<string, string> places)
        {
            Names = places.Keys.ToArray();
            var byFirstWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (int i = 0; i < Names.Length; i++)
            {
                string first = LeadingWord(Names[i]);
                if (!byFirstWord.TryGetValue(first, out var orders)) byFirstWord.Add(first, orders = new List<int>());
                orders.Add(i);
                if (Names[i].Length == 0 || !char.IsUpper(Names[i][0])) Capitalised = false;
            }
            // The first words in a table of their own, open addressing at a power of two at least twice their number,
            // looked up by a run of a text's characters without a substring (an empty word is never asked).
            int size = 16;
            while (size < byFirstWord.Count * 2) size *= 2;
            _keys = new string[size];
            _orders = new int[size][];
            _mask = size - 1;
            foreach (var pair in byFirstWord)
            {
                if (pair.Key.Length == 0) continue;
                int slot = (int)(Hash(pair.Key.ToCharArray(), 0, pair.Key.Length) & (uint)_mask);
                while (_keys[slot] != null) slot = (slot + 1) & _mask;
                _keys[slot] = pair.Key;
                _orders[slot] = pair.Value.ToArray();
            }
        }

        public bool Capitalised { get; } = true;
        public string[] Names { get; }

        private readonly string?[] _keys;
        private readonly int[][] _orders;
        private readonly int _mask;

        public static uint Hash(char[] chars, int start, int length)
        {
            uint hash = 0;
            for (int i = start; i < start + length; i++) hash = unchecked(hash * 31 + chars[i]);
            return hash;
        }

        // The orders of the names whose first word is the characters chars[start..start+length), with the hash of
        // those characters (Hash), or null.
        public int[]? Find(char[] chars, int start, int length, uint hash)
        {
            for (int slot = (int)(hash & (uint)_mask); _keys[slot] is { } key; slot = (slot + 1) & _mask)
            {
                if (key.Length != length) continue;
                int k = 0;
                while (k < length && key[k] == chars[start + k]) k++;
                if (k == length) return _orders[slot];
            }
            return null;
        }
    }

    [ThreadStatic] private static EventSentence? t_namedSentence;
    [ThreadStatic] private static IReadOnlyDictionary<string, string>? t_namedList;
    [ThreadStatic] private static List<string>? t_named;
    [ThreadStatic] private static EventSentence? t_otherSentence;
    [ThreadStatic] private static IReadOnlyDictionary<string, string>? t_otherList;
    [ThreadStatic] private static List<string>? t_other;

    // The places of a list the sentence names as whole words (TextTools.WholeWordPositions: no letter or digit
    // right before or after the name), in the list's order (the first that fits wins, as over the whole list).
    // A sentence names a few of a gazetteer of many hundred names: only the places whose first word stands as a
    // word of the sentence are looked for. The last answer is kept (per thread) for the next call on the same
    // sentence and list.
    private static List<string> NamedIn(EventSentence s, IReadOnlyDictionary<string, string> places)
    {
        if (ReferenceEquals(s, t_namedSentence) && ReferenceEquals(places, t_namedList) && t_named is { } kept) return kept;
        // The cities and the regions are asked about in turn for one sentence: the other list's answer is kept too.
        if (ReferenceEquals(s, t_otherSentence) && ReferenceEquals(places, t_otherList) && t_other is { } other)
        {
            (t_otherSentence, t_otherList, t_other) = (t_namedSentence, t_namedList, t_named);
            (t_namedSentence, t_namedList, t_named) = (s, places, other);
            return other;
        }
        (t_otherSentence, t_otherList, t_other) = (t_namedSentence, t_namedList, t_named);
        var named = NamedIn(s.Text, places);
        t_namedSentence = s;
        t_namedList = places;
        t_named = named;
        return named;
    }

    [ThreadStatic] private static List<int>? t_found;

    // NamedIn's answer for a text. Each word of the text that may begin a name (a capital letter, or a letter or
    // digit where some name begins otherwise, after no letter or digit) is looked up by its characters in the
    // list's table of first words (PlaceIndex.Find, no substring made); the orders found are sorted and each
    // looked at once. ASCII characters are tested by their ranges, which are the ranges char.IsUpper and
    // char.IsLetterOrDigit take there; other characters are asked of those two.
    internal static List<string> NamedIn(string text, IReadOnlyDictionary<string, string> places)
    {
        var index = s_byFirstWord.GetValue(places, list => new PlaceIndex(list));
        var found = t_found ??= new List<int>();
        found.Clear();
        // The characters read from a copy in an array of this thread's, not through the string's indexer.
        var chars = CharCopy.Into(ref t_namedChars, text);
        bool capitalised = index.Capitalised;
        int length = text.Length;
        for (int i = 0; i < length; i++)
        {
            char c = chars[i];
            // Where every name starts with a capital letter, other words need no look-up.
            if (c < 128)
            {
                if (capitalised ? (uint)(c - 'A') > 'Z' - 'A' : !IsAsciiLetterOrDigit(c)) continue;
            }
            else if (!(capitalised ? char.IsUpper(c) : char.IsLetterOrDigit(c))) continue;
            // The letter-or-digit tests written out here (a call the JIT did not inline): the ASCII ranges, else char.IsLetterOrDigit.
            if (i > 0)
            {
                char p = chars[i - 1];
                // A French "à" glued to the name ("reçu àKelm") is an edge of its word (TextTools.AfterGluedA).
                if (p < 128 ? (uint)((p | 0x20) - 'a') <= 'z' - 'a' || (uint)(p - '0') <= 9 : char.IsLetterOrDigit(p) && !(p == 'à' && TextTools.AfterGluedA(text, i))) continue;
            }
            int end = i;
            uint hash = 0;
            bool glued = false;
            while (end < length)
            {
                char e = chars[end];
                if (!(e < 128 ? (uint)((e | 0x20) - 'a') <= 'z' - 'a' || (uint)(e - '0') <= 9 : char.IsLetterOrDigit(e))) break;
                if (end == i + 1 && chars[i] == 'à' && TextTools.AfterGluedA(text, end)) { glued = true; break; }
                hash = unchecked(hash * 31 + e);
                end++;
            }
            // The hash folded as the word is read is PlaceIndex.Hash's of its characters.
            if (index.Find(chars, i, end - i, hash) is { } orders) found.AddRange(orders);
            // The rest of the word and the character after it (no letter or digit) begin no word; after a glued "à" the
            // capital that follows it begins one.
            i = glued ? end - 1 : end;
        }
        var named = new List<string>(found.Count);
        if (found.Count == 0) return named;
        found.Sort();
        for (int k = 0; k < found.Count; k++)
        {
            int i = found[k];
            if (k > 0 && found[k - 1] == i) continue;
            // A first word shared is not the name ("South" of "South Korea's" names no "South Kelm").
            if (TextTools.NamesAsWholeWord(text, index.Names[i])) named.Add(index.Names[i]);
        }
        return named;
    }

    private static bool IsAsciiLetterOrDigit(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;

    // The run of letters and digits that begins a name ("Xi" of "Xi'an", "Port" of "Port-au-Prince").
    private static string LeadingWord(string name)
    {
        int end = 0;
        while (end < name.Length && char.IsLetterOrDigit(name[end])) end++;
        return name.Substring(0, end);
    }

    [ThreadStatic] private static char[]? t_namedChars;

    // Whether a place's name ends at this point of the text rather than inside a longer word ("Agra", not "Agrarian").
    private static bool EndsWord(string text, int end) => end >= text.Length || !char.IsLetterOrDigit(text[end]);

    // Where a sentence names a city as a venue ("in Hanoi", "to Hanoi"), or -1; every mention is
    // looked at, since a dateline may name the city first ("La Paz, May 2 - … met in La Paz").
    private static int VenueAt(string text, string city)
    {
        for (int at = text.IndexOf(city, StringComparison.Ordinal); at >= 0; at = text.IndexOf(city, at + city.Length, StringComparison.Ordinal))
        {
            if (!EndsWord(text, at + city.Length)) continue;
            if (!RequiredText.IsMatch(s_cityPreposition, text, 0, at) || RequiredText.IsMatch(s_homeBaseBefore, text, 0, at)) continue;
            if (CityListedAfter(text, at + city.Length)) continue;
            // "…, the embassy in Kelm said": where a source speaks from is no venue.
            if (RequiredText.IsMatch(s_sourceAfterPlace, text, at + city.Length, text.Length - at - city.Length)) continue;
            return at;
        }
        return -1;
    }
}
