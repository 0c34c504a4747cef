using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Corpus.Contract;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Events;

/// <summary>An engagement while it is being built from sentences.</summary>
internal sealed class EngagementDraft
{
    public string Kind { get; set; } = EngagementNames.Other;
    public string Status { get; set; } = EngagementNames.Held;
    public IsoDate? Date { get; set; }
    private string? _city;
    // A place known by two names ("Preah Sihanouk", "Sihanoukville") is one city, whichever names it.
    public string? City { get => _city; set => _city = value is null ? null : PlaceVocabulary.Canonical(value); }
    public string? Place { get; set; }
    public string? LocationCountry { get; set; }
    public List<string> Countries { get; } = new();
    public List<Party> Participants { get; } = new();
    public SortedSet<string> Topics { get; } = new(StringComparer.Ordinal);
    public List<string> Agreements { get; } = new();
    public List<EventSentence> Evidence { get; } = new();
    /// <summary>One of several bilateral meetings a sentence announced together; the first later report of it fills it in.</summary>
    public bool Open { get; set; }
    /// <summary>The place was taken after the draft's own trigger, which its sentence tells as another occasion after turning from an
    /// earlier one ("The talks followed the March visit to Kelm"): a draft merged into another gives it no place.</summary>
    public bool PlacedInPassing { get; set; }
    /// <summary>A visit told only as the frame of a meeting in the same sentence ("X, who was on a tour of Hanoi, met …").</summary>
    public bool Frame { get; set; }
    /// <summary>An exercise its sentence names as one of many states ("a multinational exercise", "ten navies") with fewer
    /// than two states of its own: it waits for a sentence that lists the states taking part, and is dropped without one.</summary>
    public bool Pending { get; set; }
    /// <summary>Those who invited the visitor ("at the invitation of Minister Y"): not present, but the host side of the trip.</summary>
    public List<Party> Inviters { get; } = new();
    /// <summary>The name of the exercise or forum its tellings name, without its edition ("Steppe Shield"), folded; null when none names it.</summary>
    public string? Name { get; set; }
    /// <summary>The edition at the end of that name ("2015", "IX"); null when the name gives none.</summary>
    public string? Edition { get; set; }
    public bool ThirdLocation => LocationCountry is not null && !Countries.Contains(LocationCountry);
}

/// <summary>
/// Builds engagements from sentences. Each trigger (<see cref="Triggers"/>) is weighed: a
/// reference ("during the meeting", "Manet’s visit") adds to the engagement it refers to; a
/// generic or hypothetical mention ("an exchange of visits", "can boost … training") is no
/// event; a noun needs an anchor (a date, a place, a person, "recent") to be one. The best new
/// trigger of a sentence becomes a candidate with its tense (held or planned), date, place,
/// people and countries; candidates about the same people merge, and later sentences that
/// refer back add evidence, places, participants and topics.
/// </summary>
public static class EngagementBuilder
{
    private static readonly Regex s_reference = RulePatterns.Get("reference");
    private static readonly Regex s_namedPossessive = RulePatterns.Get("named-possessive");
    private static readonly Regex s_occasionAimAfter = RulePatterns.Get("occasion-aim-after");
    private static readonly Regex s_occasionEndAfter = RulePatterns.Get("occasion-end-after");
    // Before the trigger anywhere in the sentence: invitations and postings are no engagements yet.
    private static readonly Regex s_anchorWords = RulePatterns.Get("anchor-words");
    // "Speaking at the ceremony, Minister X said …": a speaker set at the occasion by an opening participle anchors a ceremony.
    private static readonly Regex s_speakingAt = RulePatterns.Get("speaking-at");
    // "said at the departure ceremony of the troops": a ceremony that sends a state's troops off or welcomes them home.
    private static readonly Regex s_troopsCeremony = RulePatterns.Get("troops-ceremony");
    private static readonly Regex s_peacekeeping = RulePatterns.Get("peacekeeping");
    private static readonly Regex s_futureBefore = RulePatterns.Get("future-before");
    private static readonly Regex s_futureAfter = RulePatterns.Get("future-after");
    private static readonly Regex s_pair = RulePatterns.Get("pair");
    private static readonly Regex s_attendance = RulePatterns.Get("attendance");
    // "Other countries involved in the drills are Chile, Peru and Uruguay": the states taking part in the exercise told before.
    private static readonly Regex s_participation = RulePatterns.Get("participation");
    private static readonly Regex s_countedStatesList = RulePatterns.Get("counted-states-list");
    private static readonly Regex s_multilateral = RulePatterns.Get("multilateral-occasion");
    private static readonly Regex s_countedParties = RulePatterns.Get("counted-parties");
    private static readonly Regex s_discussion = RulePatterns.Get("discussion");
    // "The talks took place in Kelm on Tuesday.": a sentence after an occasion that refers back to it by a definite noun.
    private static readonly Regex s_toldAfter = RulePatterns.Get("told-after");
    private static readonly Regex s_toldAfterLater = RulePatterns.Get("told-after-later");

    private static readonly Regex s_occasionReference = RulePatterns.Get("occasionReference");
    private static readonly Regex s_speakerView = RulePatterns.Get("speaker-view");
    private static readonly Regex s_signedByOpener = RulePatterns.Get("signed-by-opener");
    private static readonly Regex s_pronounSpeechAt = RulePatterns.Get("pronoun-speech-at-occasion");
    // "X and his Thai counterpart Y agreed …": two people named as the two sides of the occasion before.
    private static readonly Regex s_counterparts = RulePatterns.Get("counterparts");
    private static readonly Regex s_speech = RulePatterns.Get("speech");
    // "X said on Friday that he and his Thai counterpart discussed …": the speaker took part.
    private static readonly Regex s_speakerTookPart = RulePatterns.Get("speaker-took-part");
    private static readonly Regex s_speechAtOccasion = RulePatterns.Get("speech-at-occasion");
    private static readonly Regex s_speechPlacedAtOccasion = RulePatterns.Get("speech-placed-at-occasion");
    private static readonly Regex s_invitationBefore = RulePatterns.Get("invitation-before");
    private static readonly Regex s_earlierOccasionBefore = RulePatterns.Get("earlier-occasion-before");
    // "a top adviser to President X", "conveyed the regards of Minister X", "on the heels of a visit by X": X is only mentioned.
    private static readonly Regex s_mentionedOnlyBefore = RulePatterns.Get("mentioned-only-before");
    // "The ministry quoted deputy director X as saying …": X is a source of the report, not a participant.
    private static readonly Regex s_quotedSourceBefore = RulePatterns.Get("quoted-source-before");
    private static readonly Regex s_quotedSourceAfter = RulePatterns.Get("quoted-source-after");
    // "The talks followed the March visit to Kelm of Minister X", "Following the visit of X in February, …": X belongs to that occasion only.
    private static readonly Regex s_followedOccasionBefore = RulePatterns.Get("followed-occasion-before");
    private static readonly Regex s_afterOccasionBefore = RulePatterns.Get("after-occasion-before");
    private static readonly Regex s_followedOccasionTimeAfter = RulePatterns.Get("followed-occasion-time-after");
    // "At the closing ceremony, X said …": a speaker in a sentence that opens at the occasion took part.
    private static readonly Regex s_occasionOpener = RulePatterns.Get("occasion-opener");
    // "separate bilateral meetings with his Australian and Russian counterparts": one meeting per partner.
    // So are "talks with the Philippine and New Zealand delegations".
    private static readonly Regex s_separate = RulePatterns.Get("separate");
    // "according to General Phirun": a rank or title may stand between.
    private static readonly Regex s_speechBefore = RulePatterns.Get("speech-before");
    private static readonly Regex s_reportedSubject = RulePatterns.Get("reported-subject");
    private static readonly Regex s_accordingBefore = RulePatterns.Get("according-before");
    // The patterns of the rules below, each built once: there are more of them than Regex's own cache keeps.
    private static readonly Regex s_timePossessive = RulePatterns.Get("time-possessive");
    private static readonly Regex s_pronounBefore = RulePatterns.Get("pronoun-before");
    private static readonly Regex s_separateMeeting = RulePatterns.Get("separate-meeting");
    private static readonly Regex s_alsoMet = RulePatterns.Get("also-met");
    private static readonly Regex s_jointHosts = RulePatterns.Get("joint-hosts");
    private static readonly Regex s_destinationLead = RulePatterns.Get("destination-lead");
    private static readonly Regex s_destinationJoiner = RulePatterns.Get("destination-joiner");
    private static readonly Regex s_destinationSequel = RulePatterns.Get("destination-sequel");
    private static readonly Regex s_headOfState = RulePatterns.Get("head-of-state");
    private static readonly Regex s_visitEnded = RulePatterns.Get("visit-ended");
    private static readonly Regex s_anotherOccasion = RulePatterns.Get("another-occasion");
    private static readonly Regex s_anotherOfItsKind = RulePatterns.Get("another-of-its-kind");
    // "The closing ceremony of the drill", "opened the exercise at a ceremony": a ceremony that opens or closes a drill.
    private static readonly Regex s_drillOpening = RulePatterns.Get("drill-opening");
    private static readonly Regex s_sameDay = RulePatterns.Get("same-day");
    private static readonly Regex s_here = RulePatterns.Get("here");
    private static readonly Regex s_coordinated = RulePatterns.Get("coordinated");
    private static readonly Regex s_relativeBefore = RulePatterns.Get("relative-before");
    private static readonly Regex s_commaBefore = RulePatterns.Get("comma-before");
    private static readonly Regex s_commaAfter = RulePatterns.Get("comma-after");
    private static readonly Regex s_relativeClauseBefore = RulePatterns.Get("relative-clause-before");
    private static readonly Regex s_possessiveBefore = RulePatterns.Get("possessive-before");
    private static readonly Regex s_demonstrativeBefore = RulePatterns.Get("demonstrative-before");
    private static readonly Regex s_geographicFeature = RulePatterns.Get("geographic-feature");
    private static readonly Regex s_tripBefore = RulePatterns.Get("trip-before");
    private static readonly Regex s_hostedByBefore = RulePatterns.Get("hosted-by-before");
    private static readonly Regex s_forcesAfter = RulePatterns.Get("forces-after");
    private static readonly Regex s_forumVenue = RulePatterns.Get("forum-venue");
    private static readonly Regex s_insideNameBefore = RulePatterns.Get("inside-name-before");
    private static readonly Regex s_insideNameAfter = RulePatterns.Get("inside-name-after");
    private static readonly Regex s_placeCommaBefore = RulePatterns.Get("place-comma-before");
    private static readonly Regex s_placeCountryAfter = RulePatterns.Get("place-country-after");
    private static readonly Regex s_releaseAfter = RulePatterns.Get("release-after");
    private static readonly Regex s_datelineDateAfter = RulePatterns.Get("dateline-date-after");
    // "BEIJING, Sept. 23 -- …": a dateline opening a paragraph; its date is the report's.
    private static readonly Regex s_datelineDateBefore = RulePatterns.Get("dateline-date-before");
    private static readonly Regex s_datelineDateDash = RulePatterns.Get("dateline-date-dash");
    private static readonly Regex s_writtenOn = RulePatterns.Get("dateline-written-on");
    private static readonly Regex s_foundingBefore = RulePatterns.Get("founding-before");
    private static readonly Regex s_placeBetweenCommas = RulePatterns.Get("place-between-commas");
    // "held talks with officials in Cambodia, a close partner of Japan, on Monday": an apposition set off by commas.
    private static readonly Regex s_appositionBetweenCommas = RulePatterns.Get("apposition-between-commas");
    private static readonly Regex s_placeBeforeDate = RulePatterns.Get("place-before-date");
    // "met Gen. Sok Dara, commander of the army, on Monday": the office of a person set off by commas.
    private static readonly Regex s_personApposition = RulePatterns.Get("person-apposition");
    // "The exercise, the seventh of its kind, is scheduled to …": an apposition right after the trigger.
    private static readonly Regex s_appositionFirst = RulePatterns.Get("apposition-first");
    // "the cadets paraded here, May 3, to mark …": the date itself set off by commas after its clause.
    private static readonly Regex s_clauseThenComma = RulePatterns.Get("clause-then-comma");
    private static readonly Regex s_yearFirst = RulePatterns.Get("year-first");
    private static readonly Regex s_heldAfter = RulePatterns.Get("held-after");
    private static readonly Regex s_topicBefore = RulePatterns.Get("topic-before");
    private static readonly Regex s_rangeTailComma = RulePatterns.Get("range-tail-comma");
    private static readonly Regex s_openerBefore = RulePatterns.Get("opener-before");
    private static readonly Regex s_openerAfter = RulePatterns.Get("opener-after");
    private static readonly Regex s_reportedOpener = RulePatterns.Get("reported-opener-before");
    private static readonly Regex s_pastVerb = RulePatterns.Get("past-verb");
    private static readonly Regex s_pastBefore = RulePatterns.Get("past-before");
    private static readonly Regex s_pronounMet = RulePatterns.Get("pronoun-met");
    // "He also paid a courtesy call on Speaker Arlo": the caller is the one person of another state named just before.
    private static readonly Regex s_pronounCall = RulePatterns.Get("pronoun-call");
    private static readonly Regex s_referenceSubject = RulePatterns.Get("reference-subject");
    private static readonly Regex s_theySubject = RulePatterns.Get("they-subject");
    private static readonly Regex s_placeAfter = RulePatterns.Get("place-after");
    private static readonly Regex s_cityPreposition = RulePatterns.Get("city-preposition");
    private static readonly Regex s_sourceAfterPlace = RulePatterns.Get("source-after-place");
    private static readonly Regex s_homeBaseBefore = RulePatterns.Get("home-base-before");
    private static readonly Regex s_visitingGuest = RulePatterns.Get("visiting-guest");
    private static readonly Regex s_laterActBeforePlace = RulePatterns.Get("later-act-before-place");
    private static readonly Regex s_waterAfter = RulePatterns.Get("water-after");
    private static readonly Regex s_theVisitingGuest = RulePatterns.Get("the-visiting-guest");
    private static readonly Regex s_cityListed = RulePatterns.Get("city-listed");
    private static readonly Regex s_visitOrTrip = RulePatterns.Get("visit-or-trip");
    // "will visit Cambodia": the country a verb of visiting takes as its object is the venue.
    private static readonly Regex s_visitedBefore = RulePatterns.Get("visited-before");
    // "his Ostria visit": a noun of visiting right after a country's name.
    private static readonly Regex s_visitNounAfter = RulePatterns.Get("visit-noun-after");
    private static readonly Regex s_duringStay = RulePatterns.Get("during-stay");
    // "At the meeting between the two ministers, …": a sentence that opens at a meeting.
    private static readonly Regex s_meetingOpener = RulePatterns.Get("meeting-opener");
    private static readonly Regex s_visitFrame = RulePatterns.Get("visit-frame");
    private static readonly Regex s_visitBy = RulePatterns.Get("visit-by");
    private static readonly Regex s_countedList = RulePatterns.Get("counted-list");
    private static readonly Regex s_nameList = RulePatterns.Get("name-list");
    private static readonly Regex s_occasionNameBefore = RulePatterns.Get("occasion-name-before");
    private static readonly Regex s_occasionNameAfter = RulePatterns.Get("occasion-name-after");
    private static readonly Regex s_occasionNameGeneric = RulePatterns.Get("occasion-name-generic");
    private static readonly Regex s_occasionEdition = RulePatterns.Get("occasion-edition");

    internal static List<EngagementDraft> Build(IReadOnlyList<EventSentence> sentences, string? home, string? partner, IsoDate? published,
        IReadOnlyList<TopicEntry> topics, IReadOnlyDictionary<string, string> cities, string? datelinePlace = null)
    {
        published = WritingDate(sentences, published);
        var result = new List<EngagementDraft>();
        var announced = new List<Announcement>();
        int position = -1;
        EngagementDraft? current = null;
        EventSentence? previous = null;
        string? datelineCity = null;
        int datelineLeft = 0;
        string? openingCity = OpeningDatelineCity(sentences, cities, datelinePlace);
        // Whether the article is about peacekeepers: asked only for a ceremony that sends troops off or welcomes them home, once.
        bool? peacekeepers = null;
        bool aboutPeacekeepers() => peacekeepers ??= sentences.Any(x => RequiredText.IsMatch(s_peacekeeping, x.Text));
        foreach (var s in sentences)
        {
            position++;
            if (s.IsLink) { previous = s; continue; }
            // "PHNOM PENH, May 27 (Agency) -- …", "Baku, Azerbaijan, May 15" on a line of its own:
            // the story is filed from that city; it holds for the dateline's own sentence, or the next one.
            // A dateline on a line of its own holds for the first engagement of the next three sentences.
            string? filedFrom = DatelineCity(s.Text, cities, out bool alone) ?? (datelineLeft-- > 0 ? datelineCity : null);
            if (alone) { datelineCity = filedFrom; datelineLeft = 3; }
            var addressing = new List<Party>();
            var invitedBy = new List<Party>();
            var people = Participants(s, previous, addressing, invitedBy);
            if (RequiredText.IsMatch(s_pronounCall, s.Text) && CallerBefore(sentences, position, s, people) is { } caller) people.Insert(0, caller);
            // "…,\u201D he added at the farewell parade.": a sentence that names nobody, whose pronoun spoke at the occasion it names.
            if (s.People.Count == 0 && RequiredText.IsMatch(s_pronounSpeechAt, s.Text) && SubjectBefore(sentences, position) is { } spoke) people.Add(spoke);
            bool notReporting = RequiredText.IsMatch(EventVocabulary.NotReporting, s.Text);
            EngagementDraft? candidate = null;
            Trigger? chosen = null;
            var touched = new List<EngagementDraft>();
            var touchedBy = new List<Trigger>();
            var possessors = new List<string>();
            var valid = new List<Trigger>();
            Trigger? earlier = null;
            foreach (var trigger in Triggers.Find(s))
            {
                // "a bilateral meeting … on the sidelines of the summit": the summit is where the meeting was held.
                var previousTrigger = earlier;
                earlier = trigger;
                if (previousTrigger is not null && trigger.Kind == "conference" && !trigger.IsVerb
                    && RequiredText.IsMatch(EventVocabulary.VenueBefore, s.Text, previousTrigger.End, trigger.Index - previousTrigger.End)) continue;
                var date = AttachedDate(s, trigger, published, false);
                // "last week’s visit", "Monday’s meeting": a possessive of time dates a new engagement; it refers to none.
                bool timePossessive = RequiredText.IsMatch(s_timePossessive, s.Text, 0, trigger.Index);
                if (!trigger.IsVerb && !timePossessive && RequiredText.IsMatch(s_reference, s.Text, 0, trigger.Index))
                {
                    string before = s.Text.Substring(0, trigger.Index);
                    var target = Referent(result, s, trigger, before, date, people, home, partner);
                    if (target is not null)
                    {
                        if (!touched.Contains(target)) { touched.Add(target); touchedBy.Add(trigger); }
                        var named = s_namedPossessive.Match(before);
                        if (named.Success) possessors.Add(named.Groups["name"].Value);
                        continue;
                    }
                }
                if (notReporting || GenericWording(s, trigger)) continue;
                if (!IsAnchored(s, trigger, date, people, cities)) continue;
                valid.Add(trigger);
                if (chosen is null || Better(s, trigger, chosen, home)) chosen = trigger;
            }
            if (chosen is not null)
            {
                // "Manet’s maiden visit …": the possessor belongs to the visit referred to, not to a new engagement.
                var own = people.Where(p => !possessors.Any(n => p.Name.Split(' ').Contains(n))).ToList();
                // "This visit follows the talks between X and Y in May": X and Y belong to the talks followed, unless they are the chosen occasion.
                own.RemoveAll(p => OfAnOccasionFollowed(s, p, chosen));
                // "following his trip": the trip is the one of the person the pronoun stands for.
                if (!chosen.IsVerb && RequiredText.IsMatch(s_pronounBefore, s.Text, 0, chosen.Index))
                {
                    var antecedent = s.People.Count > 0 ? s.People[0].Official : previous?.People.FirstOrDefault().Official;
                    own = antecedent is null ? new List<Party>() : new List<Party> { antecedent };
                }
                // "In a separate meeting, the New Zealand minister …": the home side is the one of the meeting before.
                if (RequiredText.IsMatch(s_separateMeeting, s.Text) && !own.Any(p => IsHome(p.Country, home))
                    && result.LastOrDefault(e => Trigger.Group(e.Kind) == "encounter") is { } before0)
                {
                    own.InsertRange(0, before0.Participants.Where(p => IsHome(p.Country, home) && !own.Contains(p)));
                }
                candidate = Candidate(s, chosen, own, home, partner, published, cities, CountedCarry(sentences, position, s, current?.Countries),
                    touched.Count == 1 ? touched[0].Countries : null, aboutPeacekeepers);
                if (candidate is not null) Name(candidate, s, chosen);
                // "X is in the capital for a working visit at the invitation of Minister Y": Y is not present, but is the host who asked.
                if (candidate is not null) candidate.Inviters.AddRange(invitedBy);
                // "Lim held talks with visiting ministers from five countries on Tuesday.": a dated telling
                // that names no partner makes no engagement, but it dates the meetings told right after it.
                if (candidate is null && Trigger.Group(chosen.Kind) == "encounter" && own.Count > 0 && Status(s, chosen) == EngagementNames.Held
                    && AttachedDate(s, chosen, published, false) is { } announcedDate)
                {
                    announced.Add(new Announcement(position, announcedDate, own.Select(p => p.Id).ToList()));
                }
                // "arrived in Peru Friday, becoming the first navy chief of his country to visit Peru": another trigger
                // of the same kind and status in the sentence tells the same occasion and may carry its date.
                if (candidate is not null && candidate.Date is null)
                {
                    foreach (var other in valid)
                    {
                        if (other == chosen || other.Kind != chosen.Kind || Status(s, other) != candidate.Status) continue;
                        candidate.Date = AttachedDate(s, other, published, candidate.Status == EngagementNames.Planned);
                        if (candidate.Date is not null) break;
                    }
                }
                if (candidate is not null && RequiredText.IsMatch(s_sameDay, s.Text) && current?.Date is { } sameDay)
                {
                    candidate.Date ??= sameDay;
                }
                // "The same day, General Mori received Sok Dara": someone who took part in the held occasion before
                // is, the same day, still in the country where it was held (and its city, when one was named).
                if (candidate is not null && candidate.City is null && candidate.LocationCountry is null && RequiredText.IsMatch(s_sameDay, s.Text)
                    && current is { LocationCountry: { } there } && current.Status == EngagementNames.Held && candidate.Status == EngagementNames.Held
                    && candidate.Countries.Contains(there) && candidate.Participants.Any(p => current.Participants.Any(q => q.Id == p.Id)))
                {
                    candidate.City = current.City;
                    candidate.LocationCountry = there;
                }
                // "… on the sidelines of the dialogue here": the place of the dateline.
                if (candidate is not null && candidate.City is null && datelinePlace is not null && cities.ContainsKey(datelinePlace)
                    && RequiredText.IsMatch(s_here, s.Text))
                {
                    candidate.City = datelinePlace;
                    candidate.LocationCountry ??= cities[datelinePlace];
                    candidate.Countries.Remove(cities[datelinePlace] == home ? "" : cities[datelinePlace]);
                }
                // "… met the visiting Saudi defence minister": a held occasion of two states, one of them the
                // guest's, that names no place is held in the other state (and in the dateline's city when it is there).
                if (candidate is not null && candidate.City is null && candidate.LocationCountry is null && candidate.Status == EngagementNames.Held
                    && GuestsHost(s, candidate) is { } guestHost)
                {
                    candidate.LocationCountry = guestHost;
                    if (openingCity is not null && cities[openingCity] == guestHost && !PlacedElsewhere(s, openingCity, cities))
                        candidate.City = openingCity;
                }
                // …unless the sentence places it elsewhere ("in the northwestern province of X").
                if (candidate is not null && filedFrom is not null && candidate.City is null && candidate.Status == EngagementNames.Held
                    && candidate.Countries.Contains(cities[filedFrom]) && (candidate.LocationCountry is null || candidate.LocationCountry == cities[filedFrom])
                    && !PlacedElsewhere(s, filedFrom, cities))
                {
                    candidate.City = filedFrom;
                    candidate.LocationCountry = cities[filedFrom];
                    datelineLeft = 0;
                }
                // "During his stay, Pisen called on the state counsellor": an occasion inside the visit told before is where the visit is.
                if (candidate is not null && candidate.City is null && candidate.LocationCountry is null && candidate.Kind != "visit"
                    && RequiredText.IsMatch(s_duringStay, s.Text)
                    && result.LastOrDefault(e => e.Kind == "visit") is { LocationCountry: { } visited } visit && candidate.Countries.Contains(visited))
                {
                    candidate.City = visit.City;
                    candidate.LocationCountry = visited;
                }
                var destinations = candidate is not null && chosen.Kind == "visit" ? Destinations(s, chosen, valid, cities) : null;
                var visitors = destinations is null ? null : Visitors(s, chosen, candidate!, destinations);
                if (visitors is { Count: 0 })
                {
                    // "they are due to make further visits to Vesk and Kelmland": a visit to several states whose visitor the sentence
                    // does not tell is no visit of those states to each other; the visits are left unknown.
                    candidate = null;
                }
                else if (candidate is not null && destinations is not null && visitors is { Count: 1 })
                {
                    // "Minister X will visit Cambodia and Laos next week", "travelled to Bangkok and then to Hanoi": one visit per
                    // state visited, each with the visitor's side, the city named for it and, after "then", no day of the first.
                    string visitor = visitors[0];
                    EngagementDraft? first = null;
                    foreach (var host in destinations.Select(d => d.Code).Distinct().ToList())
                    {
                        var part = Split(candidate, visitor, host);
                        var told = destinations.First(d => d.Code == host);
                        part.LocationCountry = host;
                        part.City = told.City ?? (part.City is not null && cities.TryGetValue(part.City, out var cityCountry) && cityCountry == host ? part.City : null);
                        if (told.Then && part.Date is { Day: not null }) part.Date = null;
                        result.Add(part);
                        first ??= part;
                    }
                    current = first;
                    if (first is not null) AddTopics(first, s.Text, topics);
                    candidate = first;
                }
                else if (candidate is not null && Trigger.Group(candidate.Kind) == "encounter" && Hub(s, candidate, chosen, home) is { } hub
                    && candidate.Countries.Count(c => c != hub) >= 2
                    && (RequiredText.IsMatch(s_separate, s.Text) || candidate.Participants.Select(p => p.Country).Where(c => c is not null && c != hub).Distinct().Count() >= 2))
                {
                    // "held separate bilateral meetings with his Australian and Russian counterparts":
                    // one engagement per partner, each filled in by what the article says of it later.
                    EngagementDraft? first = null;
                    foreach (var partnerCode in candidate.Countries.Where(c => c != hub).ToList())
                    {
                        var part = Split(candidate, hub, partnerCode);
                        result.Add(part);
                        first ??= part;
                    }
                    current = first;
                    if (first is not null) AddTopics(first, s.Text, topics);
                    candidate = first;
                }
                else if (candidate is not null && Trigger.Group(candidate.Kind) == "encounter" && AlsoMet(s, candidate) is { } second)
                {
                    // "X held talks with his counterpart Y as well as with Prime Minister Z": one meeting per host,
                    // each with the visitor, the same date and place.
                    var told = new List<EngagementDraft>();
                    foreach (var part in new[] { candidate, second })
                    {
                        var kept = AddOrMerge(result, part, home, partner, told);
                        told.Add(kept);
                        AddTopics(kept, s.Text, topics);
                    }
                    current = told[0];
                    candidate = told[0];
                }
                else if (candidate is not null)
                {
                    candidate = AddOrMerge(result, candidate, home, partner);
                    current = candidate;
                    AddTopics(candidate, s.Text, topics);
                    if (candidate.Kind == "meeting") FramedVisit(result, s, candidate, published, cities);
                }
            }
            // "… their navies will hold a joint exercise later this year, and that Indonesia will train …":
            // a second engagement of another kind in a clause of its own.
            if (chosen is not null && candidate is not null)
            {
                foreach (var other in valid)
                {
                    if (other == chosen || other.Kind == chosen.Kind) continue;
                    bool sameGroup = Trigger.Group(other.Kind) == Trigger.Group(chosen.Kind);
                    int from = Math.Min(other.End, chosen.End), to = Math.Max(other.Index, chosen.Index);
                    if (to <= from) continue;
                    // A clause of its own, or a date of its own ("engineers who trained deminers … earlier this year").
                    var ownDate = AttachedDate(s, other, published, false);
                    if (sameGroup)
                    {
                        // "signed the agreement on Thursday after the ministers held talks on Friday": a trigger of another kind of
                        // the same group (talks beside a signing) is another occasion only with a day of its own that is not the
                        // candidate's day; otherwise it tells the same occasion.
                        // An occasion of days (a visit: events.tsv [kinds] "lasting") spans the day of the other and may hold it.
                        if (EventVocabulary.Kind(other.Kind).Lasting || EventVocabulary.Kind(chosen.Kind).Lasting) continue;
                        if (!(ownDate is { Day: not null } od && candidate.Date is { Day: not null } cd && Conflict(od, cd))) continue;
                    }
                    else
                    {
                        string between = s.Text.Substring(from, to - from);
                        bool dated = ownDate is not null && !ownDate.Equals(candidate.Date)
                            || ownDate is null && AttachedDateMention(s, other) && candidate.Date is not null;
                        bool coordinated = RequiredText.IsMatch(s_coordinated, between) && !Subordinate(s, other);
                        if (!coordinated && !dated) continue;
                    }
                    var extra = Candidate(s, other, new List<Party>(), home, partner, published, cities);
                    if (extra is null || result.Any(e => SameEngagement(e, extra, home, partner))) continue;
                    result.Add(extra);
                    AddTopics(extra, s.Text, topics);
                }
            }
            for (int t = 0; t < touched.Count; t++)
            {
                var target = touched[t];
                if (target == candidate) continue;
                // "… made a port call at Ream, the first visit by a warship in years": a reference after the
                // sentence's own new event of the same group is that event.
                if (candidate is not null && chosen is not null && touchedBy[t].Index > chosen.Index
                    && Trigger.Group(touchedBy[t].Kind) == Trigger.Group(candidate.Kind)) continue;
                // "Once that meeting was over, X also called on the Prime Minister": the head of
                // government is the call's, not the meeting's referred to.
                var theirs = candidate is not null && LeaderCalledOn(candidate, target)
                    ? people.Where(p => !(candidate.Participants.Contains(p) && IsHeadOfState(p))).ToList() : people;
                // "This visit follows the talks between X and Y in May": the visit referred to is not the talks X and Y held.
                theirs = theirs.Where(p => !OfAnOccasionFollowed(s, p, touchedBy[t])).ToList();
                AddEvidence(target, s, theirs, published, notReporting, cities);
                OtherSide(target);
                if (target.Name is null && target.Kind == touchedBy[t].Kind) Name(target, s, touchedBy[t]);
                foreach (var speaker in addressing)
                {
                    if (speaker.Side(home, partner) is { } side && target.Countries.Contains(side) && !target.Participants.Contains(speaker)) target.Participants.Add(speaker);
                }
                AddTopics(target, s.Text, topics);
                TakePart(target, s, cities);
                current = target;
            }
            if (candidate is null && touched.Count == 0 && current is not null)
            {
                // A sentence about the same occasion without a trigger of its own: the same day,
                // the people present, or what both sides discussed.
                var d = current.Date;
                bool sameDay = d?.Day is not null && s.Dates.Any(x => x.Month == d.Value.Month && x.Day == d.Value.Day);
                bool attendance = RequiredText.IsMatch(s_attendance, s.Text) || Counterparts(s, people, current);
                if (sameDay || attendance)
                {
                    AddEvidence(current, s, attendance ? people : new List<Party>(), published, notReporting, cities);
                }
                if (sameDay || attendance || RequiredText.IsMatch(s_discussion, s.Text)) AddTopics(current, s.Text, topics);
                TakePart(current, s, cities);
            }
            previous = s;
        }
        // A multinational exercise whose states no sentence listed is not reported with a side guessed.
        result.RemoveAll(e => e.Pending);
        // Engagements about the same foreign people are one occasion told in several sentences;
        // so is a lede without names ("A senior Pentagon official has visited …") and the report
        // that names the people just after it.
        for (int i = result.Count - 1; i > 0; i--)
        {
            for (int j = 0; j < i; j++)
            {
                if (!SameNamedOccasion(result[j], result[i])
                    && (!SameEngagement(result[j], result[i], home, partner) && !Lede(result[j], result[i]) && !Bare(result[j], result[i], published)
                    && !CeremonyOf(result[j], result[i]) && !PeopleWithin(result[j], result[i]) && !ToldBothWays(result[j], result[i], result)))
                {
                    if (!OpeningOf(result[j], result[i])) continue;
                    MergeIntoCeremony(result[j], result[i]);
                    result.RemoveAt(i);
                    break;
                }
                Merge(result[j], result[i]);
                result.RemoveAt(i);
                break;
            }
        }
        // Then a recent dated telling that names nobody and an undated telling, one of them placed: after the joins above,
        // so that the undated telling has already gathered its place and people from the tellings that restate it.
        for (int i = result.Count - 1; i > 0; i--)
        {
            for (int j = 0; j < i; j++)
            {
                if (!Bare(result[j], result[i], published, reportsOccasion: true) || Bare(result[j], result[i], published)) continue;
                Merge(result[j], result[i]);
                result.RemoveAt(i);
                break;
            }
        }
        FrameByOccasion(result, sentences);
        ByToldBefore(result, sentences, announced, published, cities);
        ByStatesLead(result, sentences, home, partner, published, cities);
        PeopleToldNear(result, sentences);
        VisitMeetings(result);
        MeetingOfAHostlessVisit(result);
        DateByAnnouncement(result, sentences, announced);
        DateByLead(result, sentences, published);
        CityByOccasion(result);
        CityByDateline(result, openingCity, cities, published);
        foreach (var e in result) e.Countries.Sort(StringComparer.Ordinal);
        return result;
    }

    // "Arlo visited Vesk on Monday. … He called on the Prime Minister. … He met the army chief.": a visit with two or more
    // meetings told in it (sentences of the visit's own telling with a meeting trigger that name people of the visited
    // state), or with one such meeting and another meeting of the same visitor that the article told apart (not placed in
    // another state, not of another day), holds several
    // occasions: each meeting told in it becomes an engagement of its own (the visitor and those hosts, the visit's place and
    // date, as a meeting told after a visit without its own takes them) and the visit keeps its visitors. A visit with one meeting and no other is one occasion of both kinds: unchanged.
    internal static void VisitMeetings(List<EngagementDraft> result)
    {
        for (int i = 0; i < result.Count; i++)
        {
            var visit = result[i];
            if (visit.Kind != "visit" || visit.Status != EngagementNames.Held || visit.Countries.Count != 2
                || visit.LocationCountry is not { } visited || !visit.Countries.Contains(visited)) continue;
            // Cheap tests first: people of both sides, the visitor's state told.
            var visitors = visit.Participants.Where(p => p.Country is { } c && c != visited && visit.Countries.Contains(c)).ToList();
            var hosts = visit.Participants.Where(p => p.Country == visited).ToList();
            if (visitors.Count == 0 || hosts.Count == 0) continue;
            var groups = new List<(List<Party> Hosts, List<EventSentence> Told)>();
            foreach (var s in visit.Evidence)
            {
                var named = hosts.Where(h => s.People.Any(p => p.Official == h)).ToList();
                if (named.Count == 0 || !Triggers.Find(s).Any(t => t.Kind == "meeting")) continue;
                var group = groups.FirstOrDefault(g => g.Hosts.Intersect(named).Any());
                if (group.Hosts is null) groups.Add((named, new List<EventSentence> { s }));
                else { group.Hosts.AddRange(named.Except(group.Hosts)); group.Told.Add(s); }
            }
            if (groups.Count == 0) continue;
            // Other meetings of the same visitor with other people of the visited state, told apart from the visit.
            int apart = result.Count(m => m != visit && m.Kind == "meeting" && m.Status == EngagementNames.Held
                && m.Countries.Count == 2 && m.Countries.All(visit.Countries.Contains)
                && m.Participants.Any(visitors.Contains) && !m.Participants.Any(hosts.Contains)
                && (m.LocationCountry is null || m.LocationCountry == visited)
                && !(m.Date is { } md && visit.Date is { } vd && Conflict(md, vd)));
            if (groups.Count + apart < 2) continue;
            int at = i;
            foreach (var (groupHosts, told) in groups)
            {
                var meeting = new EngagementDraft
                {
                    Kind = "meeting", Status = visit.Status, Date = visit.Date, City = visit.City, Place = visit.Place, LocationCountry = visited,
                };
                meeting.Countries.AddRange(visit.Countries);
                meeting.Participants.AddRange(visitors);
                meeting.Participants.AddRange(groupHosts);
                meeting.Evidence.AddRange(told);
                foreach (var t in visit.Topics) meeting.Topics.Add(t);
                visit.Participants.RemoveAll(groupHosts.Contains);
                result.Insert(++at, meeting);
            }
            i = at;
        }
    }

    // "Minister Arlo visited the shipyard in Kelm. … At the meeting between the Veskan and Ostrian ministers, the leaders
    // exchanged views …": a sentence that opens at a meeting ("At/During/Following/After/In the … meeting/talks", patterns.tsv
    // meeting-opener) and that the joining gave to a held visit of two states whose people are all of one state (the visit names
    // no host, so no meeting of it was told that "the meeting" could refer to) tells the meeting held during the visit, an
    // occasion of its own: the visitors and the people named in the opening phrase, the visited state, no day of the visit's.
    // A visit that names a host keeps the sentence: "the meeting" is then the visit's own talks told again.
    internal static void MeetingOfAHostlessVisit(List<EngagementDraft> result)
    {
        for (int i = 0; i < result.Count; i++)
        {
            var visit = result[i];
            if (visit.Kind != "visit" || visit.Status != EngagementNames.Held || visit.Countries.Count != 2 || visit.Evidence.Count < 2) continue;
            // Cheap tests first: the people of the visit are of one state, not the visited one.
            string? side = null;
            bool hostless = true;
            foreach (var p in visit.Participants)
            {
                if (p.Country is not { } c) continue;
                if (c == visit.LocationCountry || side is not null && side != c) { hostless = false; break; }
                side = c;
            }
            if (!hostless) continue;
            for (int k = 1; k < visit.Evidence.Count; k++)
            {
                var s = visit.Evidence[k];
                var opener = s_meetingOpener.Match(s.Text);
                if (!opener.Success) continue;
                var trigger = Triggers.Find(s).FirstOrDefault(t => t.Kind == "meeting" && !t.IsVerb && t.Index < opener.Index + opener.Length);
                if (trigger is null || Status(s, trigger) != EngagementNames.Held) continue;
                var meeting = new EngagementDraft { Kind = "meeting", Status = EngagementNames.Held, LocationCountry = visit.LocationCountry };
                meeting.Countries.AddRange(visit.Countries);
                meeting.Participants.AddRange(visit.Participants);
                // The people of the opening phrase, up to its comma: those the meeting was between or with.
                int comma = s.Text.IndexOf(',', opener.Index + opener.Length);
                foreach (var (mention, party) in s.People)
                {
                    if ((comma < 0 || mention.Start < comma) && party.Country is { } pc && visit.Countries.Contains(pc) && !meeting.Participants.Contains(party))
                        meeting.Participants.Add(party);
                }
                meeting.Evidence.Add(s);
                foreach (var t in visit.Topics) meeting.Topics.Add(t);
                visit.Evidence.RemoveAt(k);
                result.Insert(i + 1, meeting);
                i++;
                break;
            }
        }
    }

    // How many sentences before an occasion's first telling, in its paragraph, a sentence of it without a trigger may stand.
    private const int ToldBeforeReach = 2;
    private const int LeadSentences = 3;

    // "Sok Dara on 3 May urged Ostria to … In a meeting with Kol Vesk in Kelm, Sok Dara …": a held occasion told
    // without a date (or without a place) takes it from a sentence just before its first telling, in the same
    // paragraph, that has no trigger of its own (so tells no other occasion) and whose subject is one of the
    // occasion's people: its one date, when that date lies in the days just before the writing (an older or a
    // later day is another occasion's, background or a plan); its one city, when that city's state is a side of
    // the occasion and agrees with the country the occasion is placed in.
    private static void ByToldBefore(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, List<Announcement> announced,
        IsoDate? written, IReadOnlyDictionary<string, string> cities)
    {
        var telling = new HashSet<EventSentence>();
        foreach (var e in result) telling.UnionWith(e.Evidence);
        // An announcement of talks without partners dates the meetings told right after it by its own rule (DateByAnnouncement),
        // within its own reach: here it gives only its place.
        var announcing = new HashSet<EventSentence>();
        foreach (var a in announced) announcing.Add(sentences[a.Position]);
        foreach (var e in result)
        {
            if (e.Status != EngagementNames.Held || e.Evidence.Count == 0 || e.Participants.Count == 0) continue;
            bool wantsDate = e.Date is null, wantsCity = e.City is null && e.Place is null;
            if (!wantsDate && !wantsCity) continue;
            int at = e.Evidence.Min(s => s.Position);
            if (at == int.MaxValue) continue;
            var first = sentences[at];
            var before = new List<EventSentence>();
            for (int k = at - 1; k >= 0 && k >= at - ToldBeforeReach; k--)
            {
                if (sentences[k].Sentence.Paragraph != first.Sentence.Paragraph || telling.Contains(sentences[k])) break;
                before.Add(sentences[k]);
            }
            // The article's lead: its first sentence that reports.
            for (int k = 0; k < at && k < LeadSentences; k++)
            {
                if (sentences[k].IsLink) continue;
                if (!telling.Contains(sentences[k]) && !before.Contains(sentences[k])) before.Add(sentences[k]);
                break;
            }
            foreach (var s in before)
            {
                if (s.IsLink || !s.People.Any(p => e.Participants.Contains(p.Official))) continue;
                if (wantsDate && s.Dates.Count == 1 && !announcing.Contains(s))
                {
                    var contexts = s.DateContexts ??= DateContexts(s);
                    if (contexts[0] is not null && DateRecognizer.Resolve(s.Dates[0], written, false) is { } date && News(date, written))
                    {
                        e.Date = date;
                        wantsDate = false;
                    }
                }
                if (wantsCity)
                {
                    var named = NamedIn(s, cities);
                    if (named.Count == 1 && cities.TryGetValue(named[0], out var country) && e.Countries.Contains(country)
                        && (e.LocationCountry is null || e.LocationCountry == country))
                    {
                        e.City = named[0];
                        e.LocationCountry = country;
                        wantsCity = false;
                    }
                }
                break;
            }
            TakeToldAfter(e, sentences, telling, announcing, written, cities, wantsDate, wantsCity);
            if (e.City is null && e.Place is null) ByItsPeopleElsewhere(e, sentences, telling, cities);
        }
    }

    // "Kol Dara and Sam Ree in Kelm, 3 May." (a caption) … "Ostria and Vesk signed a pact. … Kol Dara signed for Ostria.":
    // a held occasion of two or more people, still without a city, takes the one city that the sentences telling no
    // occasion give when they name all its people and nobody else (the same people together are this occasion, wherever
    // the article tells it): a city after "in", "at" or "into", of a side, agreeing with the country the occasion is
    // placed in. Two such cities, or one of another state, leave it unplaced.
    private static void ByItsPeopleElsewhere(EngagementDraft e, IReadOnlyList<EventSentence> sentences, HashSet<EventSentence> telling,
        IReadOnlyDictionary<string, string> cities)
    {
        if (e.Participants.Count < 2) return;
        string? found = null;
        foreach (var s in sentences)
        {
            if (s.IsLink || s.People.Count < e.Participants.Count || telling.Contains(s)) continue;
            bool onlyItsPeople = true;
            foreach (var (_, official) in s.People)
                if (!e.Participants.Contains(official)) { onlyItsPeople = false; break; }
            if (!onlyItsPeople) continue;
            bool allOfThem = true;
            foreach (var p in e.Participants)
                if (!s.People.Exists(x => x.Official == p)) { allOfThem = false; break; }
            if (!allOfThem) continue;
            foreach (var city in NamedIn(s, cities))
            {
                int at = s.Text.IndexOf(city, StringComparison.Ordinal);
                if (at < 0 || !AfterPlaceWord(s.Text, at)) continue;
                if (found is not null && found != city) return;
                if (!cities.TryGetValue(city, out var country) || !e.Countries.Contains(country)
                    || e.LocationCountry is not null && e.LocationCountry != country) return;
                found = city;
            }
        }
        if (found is null) return;
        e.City = found;
        e.LocationCountry = cities[found];
    }

    // "Sok met Kol to discuss the border. The pair spoke to reporters in Kelm on Tuesday.": the sentence right after
    // one of an occasion's tellings (the rest of its paragraph, or the next paragraph's opening), nearest its first
    // telling first, that tells no occasion and refers back to this one, naming its people and nobody else, or
    // opening with a definite noun of the occasion and naming nobody (patterns.tsv told-after). Only its text before
    // words of a plan or a later step counts (patterns.tsv told-after-later): there, its one date, when of the days
    // just before the writing (another date leaves the sentence out), and its one city of a side.
    private static void TakeToldAfter(EngagementDraft e, IReadOnlyList<EventSentence> sentences,
        HashSet<EventSentence> telling, HashSet<EventSentence> announcing, IsoDate? written, IReadOnlyDictionary<string, string> cities,
        bool wantsDate, bool wantsCity)
    {
        if (!wantsDate && !wantsCity) return;
        var positions = new List<int>();
        foreach (var t in e.Evidence)
            if (!positions.Contains(t.Position)) positions.Add(t.Position);
        positions.Sort();
        foreach (int at in positions)
        {
            if (at + 1 >= sentences.Count) break;
            var next = sentences[at + 1];
            if (next.IsLink || telling.Contains(next) || announcing.Contains(next)) continue;
            bool namesItsPeople = next.People.Count > 0 && next.People.All(p => e.Participants.Contains(p.Official));
            if (!namesItsPeople && (next.People.Count > 0 || !RequiredText.IsMatch(s_toldAfter, next.Text))) continue;
            // "The ships will leave Kelm on Friday", "He then flew to Arden": from a plan or a later step on, not the occasion.
            var later = RequiredText.Of(s_toldAfterLater).MayMatch(next.Text) ? s_toldAfterLater.Match(next.Text) : Match.Empty;
            int cut = later.Success ? later.Index : next.Text.Length;
            int k = -1, before = 0;
            for (int j = 0; j < next.Dates.Count; j++)
                if (next.Dates[j].Start < cut) { k = j; before++; }
            IsoDate? date = null;
            if (before > 1) return;
            if (k >= 0)
            {
                var contexts = next.DateContexts ??= DateContexts(next);
                if (contexts[k] is null || DateRecognizer.Resolve(next.Dates[k], written, false) is not { } d || !News(d, written)) return;
                if (e.Date is { } known && !known.Equals(d)) return;
                date = d;
            }
            if (wantsDate && date is { } taken) e.Date = taken;
            if (wantsCity)
            {
                var named = NamedIn(next, cities).Where(c => next.Text.IndexOf(c, StringComparison.Ordinal) is int i && i >= 0 && i < cut).ToList();
                // "… said Arden would help": a city named as its government, not after "in", "at" or "into", is no venue.
                if (named.Count == 1 && cities.TryGetValue(named[0], out var country) && e.Countries.Contains(country)
                    && (e.LocationCountry is null || e.LocationCountry == country)
                    && AfterPlaceWord(next.Text, next.Text.IndexOf(named[0], StringComparison.Ordinal)))
                {
                    e.City = named[0];
                    e.LocationCountry = country;
                }
            }
            return;
        }
    }

    // How many of the article's first prose sentences naming a state are its lead; how far after the lead the
    // occasion's first telling may stand; how many of the article's first sentences the lead is sought in.
    private const int StatesLeadSentences = 2;
    private const int StatesLeadReach = 2;
    private const int StatesLeadSearch = 10;

    // "Vesk and Ostria held naval talks in Port Ell on Monday. Vesk's navy chief Kol Dara and his Ostrian counterpart
    // Sam Ree discussed patrols.": the article's lead (one of its first two prose sentences that name a state) names no
    // person and tells, as held, an occasion of the same group as a held occasion first told within two sentences after
    // it, and the states it names (its venue's state with them) are exactly that occasion's. When the article tells no
    // other occasion of those states, and none between the two, save the lead's own telling (an engagement of the same
    // group told in the lead that names nobody), the occasion takes the lead's date and city: those the lead gives its
    // own trigger, a day of the days just before the writing (a lead of an older day tells an older occasion), a city
    // of a side; not when the occasion's first telling says it is one more occasion ("also", "separately", "another").
    private static void ByStatesLead(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, string? home, string? partner,
        IsoDate? written, IReadOnlyDictionary<string, string> cities)
    {
        if (!result.Exists(e => e.Status == EngagementNames.Held && e.Evidence.Count > 0 && (e.Date is null || e.City is null && e.Place is null))) return;
        int found = 0;
        for (int k = 0; k < sentences.Count && k < StatesLeadSearch && found < StatesLeadSentences; k++)
        {
            var lead = sentences[k];
            if (lead.IsLink || lead.Countries.Count == 0 || !TextTools.EndsAsSentence(lead.Text)) continue;
            found++;
            if (lead.People.Count > 0) continue;
            foreach (var e in result)
            {
                if (e.Status != EngagementNames.Held || e.Evidence.Count == 0 || e.Countries.Count < 2) continue;
                bool wantsDate = e.Date is null, wantsCity = e.City is null && e.Place is null;
                if (!wantsDate && !wantsCity) continue;
                int at = e.Evidence.Min(s => s.Position);
                if (at <= lead.Position || at - lead.Position > StatesLeadReach) continue;
                // "… also held talks", "In a separate meeting, …", "another drill": a telling that says it is one more occasion.
                var first = sentences[at];
                if (RequiredText.IsMatch(s_anotherOccasion, first.Text) || RequiredText.IsMatch(s_separateMeeting, first.Text)
                    || RequiredText.IsMatch(s_anotherOfItsKind, first.Text)) continue;
                var groups = new HashSet<string>(StringComparer.Ordinal) { Trigger.Group(e.Kind) };
                foreach (var s in e.Evidence)
                    foreach (var t in Triggers.Find(s)) groups.Add(Trigger.Group(t.Kind));
                // Any other engagement of those states, or told between the lead and the occasion, is another occasion;
                // the lead's own telling is not.
                bool alone = true;
                foreach (var other in result)
                {
                    if (other == e) continue;
                    bool sameStates = SameParties(other, e);
                    if (sameStates && other.Participants.Count == 0 && other.Status == EngagementNames.Held && other.Evidence.Contains(lead)
                        && groups.Contains(Trigger.Group(other.Kind))) continue;
                    if (sameStates || other.Evidence.Exists(s => s.Position > lead.Position && s.Position < at)) { alone = false; break; }
                }
                if (!alone) continue;
                foreach (var trigger in Triggers.Find(lead))
                {
                    if (!groups.Contains(Trigger.Group(trigger.Kind)) || !OwnOccasion(lead, trigger)) continue;
                    var own = Candidate(lead, trigger, new List<Party>(), home, partner, written, cities);
                    if (own is null || own.Status != EngagementNames.Held) continue;
                    // The states the lead names, its venue's with them: exactly the occasion's.
                    var named = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var c in lead.Countries)
                        if (!Context(lead, c)) named.Add(c.Code);
                    if (own.LocationCountry is { } venue) named.Add(venue);
                    if (named.Count != e.Countries.Count || !e.Countries.All(named.Contains)) continue;
                    // A lead dated before the days just before the writing tells an older occasion.
                    if (own.Date is { } known && (!News(known, written) || e.Date is { } told && Conflict(known, told))) break;
                    if (own.LocationCountry is { } country && e.LocationCountry is { } placed && country != placed) break;
                    if (wantsDate && own.Date is { } date) e.Date = date;
                    if (wantsCity && own.City is { } city && cities.TryGetValue(city, out var state) && e.Countries.Contains(state))
                    {
                        e.City = city;
                        e.LocationCountry = state;
                    }
                    break;
                }
            }
        }
    }

    // A trigger that tells an occasion of the sentence's own: not in generic or hypothetical wording, nor in a relative clause.
    private static bool OwnOccasion(EventSentence s, Trigger trigger)
        => !RequiredText.IsMatch(EventVocabulary.NotReporting, s.Text) && !GenericWording(s, trigger) && !Subordinate(s, trigger);

    // Generic or hypothetical wording around a trigger, read in the trigger's own clause only (and before it in the
    // sentence); after it, "… is delivering 21 boats to 12 island nations": a total for many recipients, no occasion.
    private static bool GenericWording(EventSentence s, Trigger trigger)
    {
        int clauseStart = trigger.Index == 0 ? 0 : s.Text.LastIndexOfAny(s_clauseBreaks, trigger.Index - 1, trigger.Index) + 1;
        if (RequiredText.IsMatch(EventVocabulary.GenericClause, s.Text, clauseStart, trigger.Index - clauseStart)
            || RequiredText.IsMatch(EventVocabulary.GenericSentence, s.Text, 0, trigger.Index)) return true;
        int clauseEnd = s.Text.IndexOfAny(s_clauseBreaks, trigger.End);
        if (clauseEnd < 0) clauseEnd = s.Text.Length;
        return RequiredText.IsMatch(EventVocabulary.GenericAfter(trigger.Kind), s.Text, trigger.End, clauseEnd - trigger.End);
    }

    // Whether the word just before a position is "in", "at" or "into".
    private static bool AfterPlaceWord(string text, int at)
    {
        int end = at - 1;
        if (end < 1 || text[end] != ' ') return false;
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        string word = text.Substring(start, end - start);
        return word is "in" or "at" or "into";
    }

    // How many sentences after an occasion's last telling (and before its first) a sentence naming its people may stand.
    private const int PeopleNearReach = 2;

    // "Ostria and Vesk signed a memorandum on Friday. … Minister Kol said after the signing …": a held occasion whose own
    // sentences name nobody takes the officials of ONE sentence near it (the one just before its first telling, or one
    // of the two after its last) that tells no other occasion and refers back to an occasion ("after the talks", "in his
    // opening ceremony remarks", "It was signed by …"), and only those officials whose state is a side of the occasion.
    // A sentence that tells another occasion ends the search on its side, and one that names an occasion of another kind
    // is passed over; with two such sentences, the nearest after wins.
    private static void PeopleToldNear(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences)
    {
        if (!result.Any(e => e.Countries.Any(c => !e.Participants.Any(p => p.Country == c)))) return;
        var telling = new HashSet<EventSentence>();
        foreach (var e in result) telling.UnionWith(e.Evidence);
        Dictionary<string, List<Party>>? officialsOf = null;
        foreach (var e in result)
        {
            if (e.Status != EngagementNames.Held || e.Evidence.Count == 0 || e.Countries.Count < 2) continue;
            // The sides no participant stands for.
            var missing = e.Countries.Where(c => !e.Participants.Any(p => p.Country == c)).ToList();
            if (missing.Count == 0) continue;
            var at = e.Evidence.Select(s => s.Position).ToList();
            if (at.Count == 0) continue;
            var near = new List<EventSentence>();
            // Between its tellings, then after its last, then just before its first.
            for (int k = at.Min() + 1; k < at.Max(); k++)
            {
                if (!telling.Contains(sentences[k])) near.Add(sentences[k]);
            }
            for (int k = at.Max() + 1; k < sentences.Count && k <= at.Max() + PeopleNearReach; k++)
            {
                if (telling.Contains(sentences[k])) break;
                near.Add(sentences[k]);
            }
            if (at.Min() - 1 is int b && b >= 0 && !telling.Contains(sentences[b])) near.Add(sentences[b]);
            HashSet<string>? told = null;
            foreach (var s in near)
            {
                if (s.IsLink || s.People.Count == 0) continue;
                // "The accord was signed by the ministers X, Y and Z": for an occasion told with nobody, the signers named after
                // a passive "signed by" that opens the sentence sign for their sides, also when their states are not told.
                bool signers = e.Participants.Count == 0 && RequiredText.IsMatch(s_signedByOpener, s.Text);
                var theirs = s.People.Select(p => p.Official).Where(p => (p.Country is { } c ? missing.Contains(c) : signers) && !e.Participants.Contains(p)).Distinct().ToList();
                if (theirs.Count == 0 || !RequiredText.IsMatch(s_occasionReference, s.Text)) continue;
                // "… greeted the visitors at the welcoming ceremony": a reference that names an occasion of a kind its own
                // sentences never name refers to another occasion.
                // A kind the occasion's own sentences name ("the opening ceremony" of an exercise opened at one) is its own.
                var reference = s_occasionReference.Match(s.Text);
                told ??= new HashSet<string>(e.Evidence.SelectMany(x => Triggers.Find(x)).Select(t => Trigger.Group(t.Kind)).Append(Trigger.Group(e.Kind)));
                if (Triggers.Find(s).Any(t => t.Index < reference.Index + reference.Length && t.End > reference.Index
                    && !told.Contains(Trigger.Group(t.Kind)))) continue;
                e.Participants.AddRange(theirs);
                break;
            }
            OnlyOfficialOfASide(e, result, sentences, ref officialsOf);
            SpeakerBetweenTellings(e, result, sentences, telling);
        }
    }

    // "The defence ministers of Ostria, Vesk and Lorn met in Kelm on Monday. … For his part, Lorn's Minister Arlo Dosk
    // affirmed … At the meeting, the three ministers …": a held occasion of two or more states, other than a visit (whose
    // host the answers leave out), with a side no participant stands for, takes the official of that side who opens
    // what he says or praises ("X said", "X, the Lorn minister, praised") in a sentence between its tellings or in
    // the one sentence after its last, when that sentence tells no occasion, names no other day, and the official
    // takes part in no other occasion of the article. An occasion with someone of no known state (he may stand for the
    // side that looks empty) or dated to a month only (background) takes no one this way. Only sentences already among the article's are read, and only
    // after a mention of such an official: no new scan of the text.
    private static void SpeakerBetweenTellings(EngagementDraft e, List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences,
        HashSet<EventSentence> telling)
    {
        if (e.Kind == "visit" || e.Status != EngagementNames.Held || e.Evidence.Count == 0 || e.Countries.Count < 2) return;
        if (e.Countries.All(c => e.Participants.Any(p => p.Country == c))) return;
        // A participant of no known state may stand for the side that looks empty.
        if (e.Participants.Any(p => p.Country is null)) return;
        // "… following one in January 2014": an occasion dated to a month only is told as background; the article's
        // speakers speak of its news.
        if (e.Date is { } when && when.Day is null) return;
        int first = e.Evidence.Min(s => s.Position), last = e.Evidence.Max(s => s.Position);
        var missing = e.Countries.Where(c => !e.Participants.Any(p => p.Country == c)).ToList();
        var found = new List<Party>();
        for (int k = first + 1; k <= last + 1 && k < sentences.Count; k++)
        {
            var s = sentences[k];
            if (s.IsLink || s.People.Count == 0 || telling.Contains(s)) continue;
            // "… said on 4 May": words of another day are not the occasion's.
            if (s.Dates.Any(d => e.Date is not { } date || d.Month is null || d.Day is null || d.Month != date.Month || d.Day != date.Day)) continue;
            foreach (var (mention, official) in s.People)
            {
                if (official.Country is not { } c || !missing.Contains(c) || e.Participants.Contains(official) || found.Contains(official)) continue;
                int after = Math.Min(mention.Start + mention.Length, s.Text.Length);
                if (!RequiredText.IsMatch(s_speakerView, s.Text, after, s.Text.Length - after)) continue;
                if (result.Any(x => !ReferenceEquals(x, e) && x.Participants.Contains(official))) continue;
                // "… told the news during a working lunch with …": a sentence with a trigger of its own tells another occasion.
                if (Triggers.Find(s).Count > 0) break;
                found.Add(official);
            }
        }
        e.Participants.AddRange(found);
    }

    // "Kenyan Defence Minister Otieno Maina and Austria signed a memorandum … Austrian Defence Minister Karl Brenner
    // praised Kenya's army.": a held occasion told with people of one side, whose other side no sentence near it names,
    // takes that side's official when the article names exactly one official of that state, nowhere in the occasion's
    // own sentences (there the stages above already judged him no party), and the article tells no other occasion
    // that state takes part in (he could belong to that one). An occasion told with nobody, or with someone of no known
    // state, or two people for one side, or a call whose caller is a pronoun the caller rule left untold, takes no one this way.
    private static void OnlyOfficialOfASide(EngagementDraft e, List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences,
        ref Dictionary<string, List<Party>>? officialsOf)
    {
        // A participant of no known state may stand for the side that looks empty.
        if (e.Participants.Count == 0 || e.Participants.Any(p => p.Country is null)) return;
        // Two or more people for one side while another has none: one of them may stand for the empty side.
        if (e.Participants.GroupBy(p => p.Country).Any(g => g.Count() > 1)) return;
        // "He also called on X" that the caller rule left untold (patterns.tsv pronoun-call): who "he" is stays its judgement.
        if (e.Evidence.Any(s => RequiredText.IsMatch(s_pronounCall, s.Text))) return;
        foreach (var c in e.Countries)
        {
            if (e.Participants.Any(p => p.Country == c) || result.Any(x => !ReferenceEquals(x, e) && x.Countries.Contains(c))) continue;
            // Someone of that side, or of no known state, named in the occasion's own sentences: the side is told there.
            if (e.Evidence.Any(s => s.People.Any(p => p.Official.Country is null || p.Official.Country == c))) continue;
            if (officialsOf is null)
            {
                officialsOf = new Dictionary<string, List<Party>>(StringComparer.Ordinal);
                foreach (var s in sentences)
                {
                    if (s.IsLink) continue;
                    foreach (var (_, official) in s.People)
                    {
                        if (official.Country is not { } country) continue;
                        if (!officialsOf.TryGetValue(country, out var list)) officialsOf[country] = list = new List<Party>();
                        if (!list.Any(o => o.Id == official.Id)) list.Add(official);
                    }
                }
            }
            if (!officialsOf.TryGetValue(c, out var only) || only.Count != 1) continue;
            var one = only[0];
            if (e.Participants.Any(p => p.Id == one.Id) || e.Evidence.Any(s => s.People.Any(p => p.Official.Id == one.Id))) continue;
            e.Participants.Add(one);
        }
    }

    // The sentences at the head of an article searched for a dateline, and the most days its date may lie
    // before the publication date (a page is often stamped a day or two after the report was filed).
    private const int DatelineSentences = 8;
    private const int DatelineDaysBefore = 3;

    /// <summary>
    /// The day the report was written: the date of a dateline at its head ("PHNOM PENH, May 27 (Agency) --",
    /// "Hanoi, March 4" on a line of its own) when it lies at most three days before the publication
    /// date, which gives the year; else the publication date. Relative dates ("yesterday", "on Sunday")
    /// were written on that day.
    /// </summary>
    internal static IsoDate? WritingDate(IReadOnlyList<EventSentence> sentences, IsoDate? published)
    {
        if (published is not { Year: { } year, Month: { } month, Day: { } day }) return published;
        var issued = new DateTime(year, month, day);
        int seen = 0;
        foreach (var s in sentences)
        {
            if (s.IsLink) continue;
            if (++seen > DatelineSentences) break;
            foreach (var d in s.Dates)
            {
                if (d.Form != DateForm.Absolute || d.Month is not { } m || d.Day is not { } dd) continue;
                if (!RequiredText.IsMatch(s_datelineDateBefore, s.Text, 0, d.Start)) continue;
                int end = d.Start + d.Length;
                if (!RequiredText.IsMatch(s_writtenOn, s.Text, end, s.Text.Length - end)) continue;
                int y = d.Year ?? (m > month || m == month && dd > day ? year - 1 : year);
                if (!IsoDate.IsValid(y, m, dd)) continue;
                double before = (issued - new DateTime(y, m, dd)).TotalDays;
                return before >= 0 && before <= DatelineDaysBefore ? new IsoDate(y, m, dd) : published;
            }
        }
        return published;
    }

    /// <summary>A dated, held telling of talks that named no partner: where it stands, its date and the people who held them.</summary>
    private sealed class Announcement
    {
        public Announcement(int position, IsoDate date, List<string> people)
        {
            Position = position;
            Date = date;
            People = people;
        }

        public int Position { get; }
        public IsoDate Date { get; }
        public List<string> People { get; }
    }

    // The sentences an announcement reaches: the meetings it sums up are told in the next ones.
    private const int AnnouncementReach = 2;

    // "Lim held talks with visiting ministers from five countries on Tuesday. Lim held separate meetings with
    // the defence ministers of Chile, Kenya and Norway …": an undated, held meeting or call
    // first told within two sentences after a dated announcement of talks that named no partner, by one
    // of the people who held them, is one of those talks and takes the announcement's date. With two
    // such announcements it stays undated; the announcement gives no place.
    private static void DateByAnnouncement(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, List<Announcement> announced)
    {
        if (announced.Count == 0) return;
        foreach (var meeting in result)
        {
            if (Trigger.Group(meeting.Kind) != "encounter" || meeting.Status != EngagementNames.Held || meeting.Date is not null || meeting.Evidence.Count == 0) continue;
            int at = meeting.Evidence.Min(s => s.Position);
            var frames = announced.Where(a => a.Position < at && at - a.Position <= AnnouncementReach
                && meeting.Participants.Any(p => a.People.Contains(p.Id))).ToList();
            if (frames.Count == 1) meeting.Date = frames[0].Date;
        }
    }

    // How many sentences after a dated lead the occasion it dates may first be told.
    private const int DatedLeadReach = 6;

    // "Vesk sent 300 peacekeepers to Ostria on Tuesday. … Speaking at the send-off ceremony, General Kol said …": the
    // article's lead (its first prose sentence that names a state) tells no occasion the engine reads (it is no
    // engagement's telling), names no person and gives one date, of the days just before the writing. The first
    // occasion told after it, within six sentences and with no other occasion told between, is the lead's news:
    // when it is held and undated, one of its states is one the lead names as a party (the lead may name where troops
    // are sent, the occasion only the state sending them), and its first telling does not say it is one more occasion
    // ("also", "separately", "another"), it takes the lead's date.
    private static void DateByLead(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, IsoDate? written)
    {
        if (written is null || !result.Exists(e => e.Status == EngagementNames.Held && e.Date is null && e.Evidence.Count > 0)) return;
        EventSentence? lead = null;
        for (int k = 0; k < sentences.Count && k < StatesLeadSearch; k++)
        {
            var s = sentences[k];
            if (s.IsLink || s.Countries.Count == 0 || !TextTools.EndsAsSentence(s.Text)) continue;
            lead = s;
            break;
        }
        if (lead is null || lead.People.Count > 0 || lead.Dates.Count == 0) return;
        foreach (var e in result)
            if (e.Evidence.Contains(lead)) return;
        // Its one date that a trigger could take (not a dateline's or a release's), of the days just before the writing.
        var contexts = lead.DateContexts ??= DateContexts(lead);
        int dated = -1;
        for (int i = 0; i < contexts.Length; i++)
        {
            if (contexts[i] is null) continue;
            if (dated >= 0) return;
            dated = i;
        }
        if (dated < 0 || DateRecognizer.Resolve(lead.Dates[dated], written, false) is not { } date || !News(date, written)) return;
        var parties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in lead.Countries)
            if (!Context(lead, c)) parties.Add(c.Code);
        if (parties.Count == 0) return;
        // The first occasion told after the lead.
        EngagementDraft? next = null;
        int nextAt = int.MaxValue;
        foreach (var e in result)
        {
            if (e.Evidence.Count == 0) continue;
            int at = e.Evidence.Min(s => s.Position);
            if (at > lead.Position && at < nextAt) { next = e; nextAt = at; }
            else if (at > lead.Position && at == nextAt) next = null;
        }
        if (next is null || nextAt - lead.Position > DatedLeadReach || next.Status != EngagementNames.Held || next.Date is not null) return;
        foreach (var e in result)
            if (e != next && e.Evidence.Exists(s => s.Position > lead.Position && s.Position < nextAt)) return;
        if (!next.Countries.Exists(parties.Contains)) return;
        var first = sentences[nextAt];
        if (RequiredText.IsMatch(s_anotherOccasion, first.Text) || RequiredText.IsMatch(s_separateMeeting, first.Text)
            || RequiredText.IsMatch(s_anotherOfItsKind, first.Text)) return;
        next.Date = date;
    }

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
                if (other.Countries.Count != e.Countries.Count || !other.Countries.All(e.Countries.Contains)) continue;
                if (!e.Participants.Any(p => p.Country is not null && p.Country != country && other.Participants.Any(q => q.Id == p.Id))) continue;
                if (city is not null && city != other.City) one = false;
                city = other.City;
            }
            if (one && city is not null) found.Add((e, city));
        }
        foreach (var (e, city) in found) e.City = city;
    }

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
        foreach (var e in result)
        {
            if (e.Status != EngagementNames.Held || e.City is not null || e.Place is not null) continue;
            if (e.LocationCountry is not null && e.LocationCountry != country) continue;
            if (!e.Countries.Contains(country)) continue;
            if (e.Date is { } date && !News(date, written)) continue;
            // A field exercise is held on ranges and at sea, not in the city the story is filed from.
            if (e.Kind == "exercise") continue;
            // "… told reporters before he left for Kelm to attend the meeting": a sentence of the occasion that names
            // another city leaves the place open.
            if (e.Evidence.Any(s => NamesOtherCity(s, city, cities))) continue;
            // "… met the ambassador at the provincial hall in Stung Kampong": a sentence of the occasion that places it
            // in or at a place of its own, on no list, leaves the place open too.
            if (e.Evidence.Any(s => PlacedElsewhere(s, city, cities))) continue;
            e.City = city;
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
                if ((at == 0 || !char.IsLetterOrDigit(s.Text[at - 1])) && EndsWord(s.Text, at + other.Length)
                    && RequiredText.IsMatch(s_otherCityBefore, s.Text, 0, at)) return true;
            }
        }
        return false;
    }

    // A date of the days just before the writing date, or on it.
    private static bool News(IsoDate date, IsoDate? written)
    {
        if (written is not { Year: { } wy, Month: { } wm, Day: { } wd }) return false;
        if (date is not { Year: { } y, Month: { } m, Day: { } d } || !IsoDate.IsValid(y, m, d)) return false;
        double before = (new DateTime(wy, wm, wd) - new DateTime(y, m, d)).TotalDays;
        return before >= 0 && before <= DatelineNewsDays;
    }

    // "Kol arrived in Seoul on Wednesday for a three-day visit. He held talks with the defence minister.":
    // a held meeting whose own sentences state neither a date nor a place takes the date and place of the
    // one placed, held occasion told before it that frames it: a visit whose visitor is at the meeting and
    // whose states include the meeting's, or a meeting of the same states that names nobody. With two
    // such frames, or none, it stays undated and unplaced.
    private static void FrameByOccasion(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences)
    {
        int First(EngagementDraft e) => e.Evidence.Count == 0 ? int.MaxValue : e.Evidence.Min(s => s.Position);
        foreach (var meeting in result)
        {
            if (meeting.Kind != "meeting" || meeting.Status != EngagementNames.Held || meeting.Evidence.Count == 0) continue;
            if (meeting.Date is not null || meeting.City is not null || meeting.LocationCountry is not null || meeting.Place is not null) continue;
            int at = First(meeting);
            EngagementDraft? frame = null;
            int frames = 0;
            foreach (var other in result)
            {
                if (other == meeting || other.Status != EngagementNames.Held || other.LocationCountry is null) continue;
                if (First(other) >= at || !meeting.Countries.All(other.Countries.Contains)) continue;
                if (other.Kind == "visit")
                {
                    if (!meeting.Participants.Any(p => other.Participants.Contains(p) && p.Country is not null && p.Country != other.LocationCountry)) continue;
                }
                // "The army chief held talks with the host's generals in Lima on Friday.": a telling
                // of the same states that names nobody.
                else if (Trigger.Group(other.Kind) != "encounter" || other.Participants.Count > 0 || other.Countries.Count != meeting.Countries.Count) continue;
                frame = other;
                frames++;
            }
            if (frames != 1 || frame is null) continue;
            meeting.Date = frame.Date;
            meeting.City = frame.City;
            meeting.LocationCountry = frame.LocationCountry;
        }
    }

    // A dateline opening a sentence: a city (any case), an optional country, date and agency, then a dash;
    // or a city, a country or a date alone.
    private static readonly Regex s_dateline = RulePatterns.Get("dateline");
    private static readonly Regex s_slashedDateline = RulePatterns.Get("dateline-slashed");

    private static readonly Regex s_placedElsewhere = RulePatterns.Get("placed-elsewhere");

    private static bool PlacedElsewhere(EventSentence s, string city, IReadOnlyDictionary<string, string> cities)
    {
        foreach (Match m in s_placedElsewhere.Matches(s.Text))
        {
            if (!m.Groups["place"].Success) return true;
            int at = m.Groups["place"].Index;
            // "in Cambodia", "in Phnom Penh": the dateline's own country or city.
            if (string.CompareOrdinal(s.Text, at, city, 0, city.Length) == 0) continue;
            if (s.Countries.Any(c => c.Code == cities[city] && s.Tokens[c.FirstToken].Start == at)) continue;
            return true;
        }
        return false;
    }

    private static readonly Regex s_provinceSuffix = RulePatterns.Get("province-suffix");

    // The city of the article's opening dateline: the one read with the article, or the first of its first sentences
    // ("PHNOM PENH, May 27 (Xinhua) --", "New Delhi, February 3" on a line of its own).
    private static string? OpeningDatelineCity(IReadOnlyList<EventSentence> sentences, IReadOnlyDictionary<string, string> cities, string? datelinePlace)
    {
        if (datelinePlace is not null && cities.ContainsKey(datelinePlace)) return datelinePlace;
        int seen = 0;
        foreach (var s in sentences)
        {
            if (s.IsLink) continue;
            if (++seen > DatelineSentences) break;
            if (DatelineCity(s.Text, cities, out _) is { } city) return city;
        }
        return null;
    }

    private static string? DatelineCity(string text, IReadOnlyDictionary<string, string> cities, out bool alone)
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
        // Most sentences cannot start with a dateline: a test of their first characters says so without the pattern.
        else if (!DatelineShape.MayStart(text)) return null;
        else m = s_dateline.Match(text);
        if (!m.Success) return null;
        // "KAMPOT PROVINCE, Cambodia (…) --": a province named after its chief town is that place.
        string place = s_provinceSuffix.Replace(m.Groups["city"].Value.Trim(), "");
        foreach (var city in cities.Keys)
        {
            if (!string.Equals(city, place, StringComparison.OrdinalIgnoreCase)) continue;
            alone = slashed || m.Groups["alone"].Success;
            // A line of its own must carry a date or a country to be a dateline, not a headline.
            if (alone && !slashed && text.IndexOf(',') < 0) return null;
            return city;
        }
        return null;
    }

    private static EngagementDraft? Referent(List<EngagementDraft> result, EventSentence s, Trigger trigger, string before, IsoDate? date, List<Party> people, string? home, string? partner)
    {
        var named = s_namedPossessive.Match(before);
        // "Ortega recalled in his meeting with Silva": a pronoun's occasion is one of the people the sentence
        // names; "his trip to Turkey last year" is no plan.
        bool pronoun = RequiredText.IsMatch(s_possessiveBefore, before) && !RequiredText.IsMatch(s_demonstrativeBefore, before);
        bool generic = trigger.Text == "event";
        // "The two sides will hold the first meeting of the working group next year": a planned occasion is no held one.
        bool planned = Status(s, trigger) == EngagementNames.Planned;
        // "The visit will run until May 9": the date told is the day the occasion ends, no day of its own to tell it apart by.
        if (date is not null && planned && EndsAfter(s, trigger)) date = null;
        // "The three-day talks will concentrate on river patrols", "this Harbour Meeting will strengthen ties": an undated occasion
        // referred to as the subject of a future verb that says what it does, not that it will take place, may be the
        // one being reported, held or not.
        bool aim = planned && date is null && !RequiredText.IsMatch(s_futureBefore, before)
            && RequiredText.IsMatch(s_occasionAimAfter, s.Text, trigger.End, s.Text.Length - trigger.End);
        // "Khamlieng considered the visit an opportunity", after a courtesy call told since: the last occasion of the
        // trigger's own kind first, then of its group, and for "the event" any.
        for (int pass = 0; pass < (generic ? 3 : 2); pass++)
        {
            for (int i = result.Count - 1; i >= 0; i--)
            {
                var e = result[i];
                if (date is { } d && e.Date is { } ed && Conflict(d, ed)) continue;
                if (planned && !aim && e.Status == EngagementNames.Held) continue;
                if (named.Success)
                {
                    string name = named.Groups["name"].Value;
                    if (e.Participants.Any(p => p.Name.Split(' ').Contains(name))) return e;
                    continue;
                }
                if (pronoun && (people.Count > 0 && !e.Participants.Any(people.Contains) || e.Status == EngagementNames.Planned)) continue;
                // "… briefed the president about his talks with navy chief X": the people named after the
                // occasion are of a side the engagement has, and none of them is in it, so it is another meeting.
                if (OthersAfter(s, trigger, e, home, partner)) continue;
                if (pass == 0 ? e.Kind == trigger.Kind : pass == 2 || Trigger.Group(e.Kind) == Trigger.Group(trigger.Kind)) return e;
            }
        }
        return null;
    }

    // "The visit will run until May 9", "the exercise, which will conclude on April 25": a future verb of the occasion's end
    // with its end date right after the noun (patterns.tsv occasion-end-after).
    private static bool EndsAfter(EventSentence s, Trigger trigger)
        => !trigger.IsVerb && RequiredText.IsMatch(s_occasionEndAfter, s.Text, trigger.End, s.Text.Length - trigger.End);

    // The people the occasion is "with" ("his meeting with army commander X, …") are of a state whose people the
    // engagement has, none of them among them.
    private static bool OthersAfter(EventSentence s, Trigger trigger, EngagementDraft e, string? home, string? partner)
    {
        if (string.CompareOrdinal(s.Text, trigger.End, " with ", 0, 6) != 0) return false;
        int end = s.Text.IndexOfAny(s_clauseBreaks, trigger.End);
        if (end < 0) end = s.Text.Length;
        var after = s.People.Where(p => p.Mention.Start >= trigger.End && p.Mention.Start < end).Select(p => p.Official).ToList();
        return OtherPeopleOfASide(after, e.Participants, home, partner);
    }

    private static bool Conflict(IsoDate a, IsoDate b)
        => a.Year is not null && b.Year is not null && a.Year != b.Year
        || a.Month is not null && b.Month is not null && a.Month != b.Month
        || a.Day is not null && b.Day is not null && a.Day != b.Day;

    private static bool IsAnchored(EventSentence s, Trigger trigger, IsoDate? date, List<Party> people, IReadOnlyDictionary<string, string> cities)
    {
        bool weak = trigger.Kind is "training" or "exercise" or "aid" or "ceremony" or "conference";
        if (trigger.IsVerb && !weak) return true;
        if (date is not null) return true;
        string clause = Clause(s.Text, trigger);
        // "several meetings", "training courses": plural nouns are events only with a date or a place.
        // …unless people and a verb of occurrence come with them ("will pay courtesy calls on …").
        if (trigger.IsPlural) return HasCity(clause, cities) || people.Count > 0 && Trigger.Group(trigger.Kind) == "encounter" && RequiredText.IsMatch(s_anchorWords, clause);
        if (RequiredText.IsMatch(s_anchorWords, clause)) return true;
        // "Speaking at the ceremony, Minister X said …": the speaker the opening participle sets at the ceremony anchors it.
        if (trigger.Kind == "ceremony" && s.People.Count > 0 && trigger.End < s.Text.Length && s.Text[trigger.End] == ','
            && RequiredText.IsMatch(s_speakingAt, s.Text, 0, trigger.Index)) return true;
        return !weak && (people.Count > 0 || HasCity(clause, cities));
    }

    /// <summary>The words around a trigger up to the nearest commas or semicolons.</summary>
    private static string Clause(string text, Trigger trigger)
    {
        int start = Math.Max(text.LastIndexOfAny(new[] { ',', ';' }, Math.Max(0, trigger.Index - 1)) + 1, 0);
        int end = text.IndexOfAny(new[] { ',', ';' }, trigger.End);
        if (end < 0) end = text.Length;
        return text.Substring(start, end - start);
    }

    private static readonly char[] s_clauseBreaks = { ',', ';' };

    private static bool HasCity(string clause, IReadOnlyDictionary<string, string> cities) => cities.Keys.Any(c => clause.IndexOf(c, StringComparison.Ordinal) >= 0);

    // Prefer verbs, then triggers with a date, then the one nearest a foreign country.
    private static bool Better(EventSentence s, Trigger a, Trigger b, string? home)
    {
        bool subA = Subordinate(s, a), subB = Subordinate(s, b);
        if (subA != subB) return subB;
        // "talks in Quito on Friday during the state visit made by X": the visit frames the sentence's event.
        bool frameA = IsFrame(s, a), frameB = IsFrame(s, b);
        if (frameA != frameB) return frameB;
        if (a.IsVerb != b.IsVerb) return a.IsVerb;
        // "held their 10th policy dialogue …, focusing on what was agreed during the visit last year": the object of a verb of occurrence.
        bool occursA = RequiredText.IsMatch(EventVocabulary.Occurrence, s.Text, 0, a.Index), occursB = RequiredText.IsMatch(EventVocabulary.Occurrence, s.Text, 0, b.Index);
        if (occursA != occursB) return occursA;
        int da = ForeignDistance(s, a, home), db = ForeignDistance(s, b, home);
        return da < db;
    }

    // "… engineers who trained deminers": a trigger in a relative clause is not the sentence's event.
    // "Minister X, visiting Laos to attend the summit, held a meeting with …": so is a participle set off by a comma.
    private static bool Subordinate(EventSentence s, Trigger t)
        => RequiredText.IsMatch(s_relativeBefore, s.Text, 0, t.Index)
            || t.IsVerb && t.Text.EndsWith("ing", StringComparison.Ordinal) && RequiredText.IsMatch(s_commaBefore, s.Text, 0, t.Index);

    private static int ForeignDistance(EventSentence s, Trigger t, string? home)
    {
        int best = int.MaxValue;
        foreach (var c in s.Countries)
        {
            if (c.Code == home) continue;
            int at = s.Tokens[c.FirstToken].Start;
            best = Math.Min(best, at >= t.End ? at - t.End : t.Index - at);
        }
        return best;
    }

    private static bool Lede(EngagementDraft lede, EngagementDraft report)
        => lede.Participants.Count == 0 && report.Participants.Count > 0
            && Trigger.Group(lede.Kind) == Trigger.Group(report.Kind) && lede.Status == report.Status
            && SameParties(lede, report)
            && !(lede.Date is { } a && report.Date is { } b && Conflict(a, b))
            && lede.Evidence.Count > 0 && report.Evidence.Count > 0
            && report.Evidence[0].Sentence.Index - lede.Evidence[0].Sentence.Index is > 0 and <= 2
            && lede.Evidence[0].Sentence.Index == 0;

    // "The frigate berthed in the harbour on June 9", "the meeting will also discuss …": a telling
    // that names nobody, of the same group, status and countries as another engagement and not
    // dated or placed otherwise, is the same occasion. A bare telling with a date of its own is
    // another occasion ("the 34th committee meeting held in October"), unless what it would join
    // is only a headline.
    private static bool Bare(EngagementDraft a, EngagementDraft b, IsoDate? published, bool reportsOccasion = false)
    {
        if (a.Participants.Count > 0 && b.Participants.Count > 0) return false;
        var bare = a.Participants.Count == 0 ? a : b;
        var other = bare == a ? b : a;
        return Trigger.Group(a.Kind) == Trigger.Group(b.Kind) && a.Status == b.Status
            && SameParties(a, b)
            && !(a.Date is { } x && b.Date is { } y && Conflict(x, y))
            && !(a.LocationCountry is not null && b.LocationCountry is not null && a.LocationCountry != b.LocationCountry)
            && CitiesAgree(a, b)
            && !(bare.Date is not null && other.Date is null && (other.Evidence.Count > 0 && !Headline(other.Evidence[0])
                    && !PlacedAlike(bare, other) && !(reportsOccasion && TheReportsOccasion(bare, other, published))
                || a.Kind != b.Kind || bare.Date.Value.Year is { } by && published?.Year is { } pby && by < pby));
    }

    // "The two navies held a joint drill off Kep on Monday. … In the days ahead, the sailors of the two fleets will carry out
    // a drill on rescue at sea": a telling that names nobody and has no date of its own, of the same kind and states as the
    // one occasion of that kind told with the other status, placed nowhere else, is that occasion told again: an occasion of
    // days in progress (a port call, a drill of the stay: events.tsv [kinds], "lasting") is told both as done and as to come.
    // A meeting or a signing happens at once, so one held and one to come are two. Not when the telling says it is
    // another one ("another", "next", "a return visit": patterns.tsv another-of-its-kind) or names a city the other does not,
    // nor beside two such occasions.
    private static bool ToldBothWays(EngagementDraft a, EngagementDraft b, List<EngagementDraft> all)
    {
        if (a.Status == b.Status || a.Kind != b.Kind || !EventVocabulary.Kind(a.Kind).Lasting) return false;
        bool bareA = a.Participants.Count == 0 && a.Date is null, bareB = b.Participants.Count == 0 && b.Date is null;
        // Both bare ("The course opened in Kelm." and "The course will teach …"): the one placed nowhere is the telling again.
        var bare = bareA && bareB && a.City is not null && b.City is null ? b : bareA ? a : bareB ? b : null;
        if (bare is null) return false;
        var other = bare == a ? b : a;
        // A city of its own ("he will also visit Hue" beside the visit to Vietnam) is another occasion.
        if (!SameParties(a, b) || NamedApart(a, b) || bare.City is not null && bare.City != other.City
            || a.LocationCountry is not null && b.LocationCountry is not null && a.LocationCountry != b.LocationCountry) return false;
        int told = 0;
        foreach (var e in all)
        {
            if (e != bare && e.Kind == bare.Kind && e.Status == other.Status && SameParties(e, bare)) told++;
        }
        if (told != 1) return false;
        foreach (var s in bare.Evidence)
        {
            if (RequiredText.IsMatch(s_anotherOfItsKind, s.Text)) return false;
        }
        return true;
    }

    // The most days a dated telling that names nobody may lie from the publication date and still be the report's own occasion.
    private const int ReportDays = 14;

    // "Border officers of the two states met on Friday" and "the meeting in Kelm went well, Colonel Dosk said": a dated
    // telling that names nobody, within two weeks of the publication date, and an undated telling of the same kind, status
    // and states are one occasion when one of them names a place and neither names another (Bare has checked the places):
    // one gives the day, the other the place or the people. Two tellings with no place at all stay apart (the
    // report's meeting and the leaders' earlier talks), and so does a bare telling dated weeks before or after the report.
    private static bool TheReportsOccasion(EngagementDraft dated, EngagementDraft undated, IsoDate? published)
        => (dated.LocationCountry is not null || undated.LocationCountry is not null)
            && dated.Date is { Year: { } y, Month: { } m, Day: { } d } && published is { Year: { } py, Month: { } pm, Day: { } pd }
            && IsoDate.IsValid(y, m, d) && IsoDate.IsValid(py, pm, pd)
            && Math.Abs((new DateTime(py, pm, pd) - new DateTime(y, m, d)).TotalDays) <= ReportDays;

    // "The border committee met in Siem Reap on Friday" and a caption "General X exchanges documents with General Y after
    // the committee's meeting in Siem Reap": an undated telling placed where the dated bare one is (the same country, and
    // the same city when both name one) is that occasion again, and the dated telling gives it its day.
    private static bool PlacedAlike(EngagementDraft dated, EngagementDraft undated)
        => undated.LocationCountry is { } there && there == dated.LocationCountry && CitiesAgree(dated, undated);

    private static bool IsFrame(EventSentence s, Trigger t)
        => t.Kind == "visit" && !t.IsVerb && RequiredText.IsMatch(s_visitFrame, s.Text, 0, t.Index);

    // "Admiral X, who was on a four-day tour of Lima, met …", "talks in Quito on Friday during the
    // state visit made by X": the visit is an occasion of its own, the frame of the meeting, with the visitor
    // alone, unless the article told a visit of the visitor before. Without a visitor named so, none is made.
    private static void FramedVisit(List<EngagementDraft> result, EventSentence s, EngagementDraft meeting, IsoDate? published, IReadOnlyDictionary<string, string> cities)
    {
        foreach (var t in Triggers.Find(s))
        {
            if (!IsFrame(s, t)) continue;
            Party? visitor = null;
            int who = s.Text.LastIndexOf(", who ", t.Index, StringComparison.Ordinal);
            if (who >= 0 && RequiredText.IsMatch(s_visitFrame, s.Text, who, t.Index - who))
            {
                // The person whose name ends right before ", who".
                foreach (var (mention, official) in s.People)
                {
                    int end = mention.Start + mention.Length;
                    if (end <= who && s.Text.Substring(end, who - end).Trim().Length == 0) visitor = official;
                }
            }
            else
            {
                foreach (var (mention, official) in s.People)
                {
                    if (mention.Start < t.End) continue;
                    if (RequiredText.IsMatch(s_visitBy, s.Text, t.End, mention.Start - t.End)) visitor = official;
                    break;
                }
            }
            if (visitor is null || !meeting.Participants.Contains(visitor)) continue;
            if (result.Any(e => e.Kind == "visit" && e.Participants.Contains(visitor))) return;
            var visit = new EngagementDraft { Kind = "visit", Status = meeting.Status, Frame = true };
            // The meeting's own date is a day of the visit, not its start: then the visit stays undated.
            visit.Date = AttachedDate(s, t, published, meeting.Status == EngagementNames.Planned);
            if (visit.Date is { } vd && vd.Equals(meeting.Date)) visit.Date = null;
            visit.Countries.AddRange(meeting.Countries);
            visit.Participants.Add(visitor);
            visit.Evidence.Add(s);
            Locate(visit, s, cities, t, published: published);
            result.Add(visit);
            return;
        }
    }

    // Two tellings name the same states as parties, in any order.
    private static bool SameParties(EngagementDraft a, EngagementDraft b)
        => a.Countries.Count == b.Countries.Count && a.Countries.All(b.Countries.Contains);

    // Two tellings do not name different cities (either may name none).
    private static bool CitiesAgree(EngagementDraft a, EngagementDraft b)
        => a.City is null || b.City is null || a.City == b.City;

    // "Mori and Sok Dara oversaw the signing in Tokyo on Sunday …" and "Mori told reporters after a meeting
    // with Sok Dara …": an undated telling of the same group, status and parties whose people are all among
    // those of a dated telling is that occasion again. A visit is not: it is the frame of the meetings held
    // during it ("Sok Dara visited Turkey … in June he met President Kaya"), so a visit and an occasion of
    // another kind stay apart.
    private static bool PeopleWithin(EngagementDraft a, EngagementDraft b)
    {
        if (Trigger.Group(a.Kind) != Trigger.Group(b.Kind) || a.Status != b.Status) return false;
        if ((a.Kind == "visit") != (b.Kind == "visit")) return false;
        if (!SameParties(a, b) || !CitiesAgree(a, b)) return false;
        var (small, large) = a.Participants.Count <= b.Participants.Count ? (a, b) : (b, a);
        // Two undated tellings ("visited Laos", "met the army chief there") may be a visit and talks inside it; two undated
        // meetings ("The two met at the palace." after "X met Prime Minister Y") are one when one names only the other's people.
        bool undatedAlike = a.Date is null && b.Date is null && a.Kind == b.Kind && a.Kind != "visit";
        return small.Date is null && (large.Date is not null || undatedAlike)
            && small.Participants.Count > 0 && small.Participants.All(large.Participants.Contains)
            && small.Inviters.All(p => large.Participants.Contains(p) || large.Inviters.Contains(p));
    }

    // "A ceremony for the delivery of the donated trucks took place …", "the trucks were handed over at a
    // ceremony on September 20": a ceremony told in the same sentence as a handover, signing, exercise
    // or visit of the same parties and status, or on the same day, is the form that occasion took.
    private static bool CeremonyOf(EngagementDraft a, EngagementDraft b)
        => (a.Kind == "ceremony") != (b.Kind == "ceremony") && a.Status == b.Status
            && SameParties(a, b) && CitiesAgree(a, b)
            && !(a.Date is { } x && b.Date is { } y && Conflict(x, y))
            && (a.Date is { Day: not null } da && da.Equals(b.Date) || a.Evidence.Any(b.Evidence.Contains));

    // "Vesk and Norland opened the Kelm Shield exercise at a ceremony on Monday. … The exercise will culminate in a landing.": a
    // drill (an exercise or a training) and a ceremony of the same states that a sentence of either tells as its opening or
    // closing (patterns.tsv drill-opening) are one occasion, as the answers hold them (kinds exercise and ceremony): the drill
    // told apart is its course, said as done or as to come, so the statuses may differ when the telling to come has no date
    // of its own. A telling of another edition ("another", "next") or a day that contradicts stays apart.
    private static bool OpeningOf(EngagementDraft a, EngagementDraft b)
    {
        bool cerA = a.Kind == "ceremony", cerB = b.Kind == "ceremony";
        if (cerA == cerB || !Drill(cerA ? b.Kind : a.Kind)) return false;
        if (!SameParties(a, b) || !CitiesAgree(a, b) || a.Date is { } x && b.Date is { } y && Conflict(x, y)) return false;
        if (a.LocationCountry is not null && b.LocationCountry is not null && a.LocationCountry != b.LocationCountry) return false;
        if (a.Status != b.Status && (a.Status == EngagementNames.Planned ? a : b).Date is not null) return false;
        var drill = cerA ? b : a;
        bool told = false;
        foreach (var s in a.Evidence) told = told || RequiredText.IsMatch(s_drillOpening, s.Text);
        foreach (var s in b.Evidence) told = told || RequiredText.IsMatch(s_drillOpening, s.Text);
        if (!told) return false;
        foreach (var s in drill.Evidence)
        {
            if (RequiredText.IsMatch(s_anotherOfItsKind, s.Text)) return false;
        }
        return true;
    }

    // The ceremony keeps its kind, status and own day: a day told with the drill is a day of its course (the dateline's, a
    // caption's), not the ceremony's.
    private static void MergeIntoCeremony(EngagementDraft into, EngagementDraft from)
    {
        var ceremony = into.Kind == "ceremony" ? into : from;
        string status = ceremony.Status;
        var date = ceremony.Date;
        Merge(into, from);
        into.Kind = "ceremony";
        into.Status = status;
        into.Date = date;
    }

    // The article's first line without a full stop: its headline.
    private static bool Headline(EventSentence s)
        => s.Sentence.Index == 0 && s.Text.Length > 0 && !TextTools.EndsAsSentence(s.Text);

    /// <summary>
    /// "will visit Cambodia and Laos", "made visits to Vesk and Kelmland", "travelled to Bangkok and Chiang Mai, and then to
    /// Hanoi": the states visited, when a visit trigger is followed right away (after "to", "at" or "on to") by a list of two or
    /// more countries or listed cities joined by commas, "and" or "then" (<c>patterns.tsv</c> destination-lead, destination-joiner)
    /// that names at least two states. Each destination keeps the city named for it and whether it was reached "then", after the
    /// one before. Null when the trigger is followed by no such list.
    /// </summary>
    private static List<Destination>? Destinations(EventSentence s, Trigger trigger, List<Trigger> triggers, IReadOnlyDictionary<string, string> cities)
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
            var last = s.Tokens[c.FirstToken + c.TokenCount - 1];
            end = last.Start + last.Length;
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

    /// <summary>
    /// "Ostrian General Dosk had bilateral meetings with Veskan Minister Tamsin and Norland's Minister Kel": the one state
    /// of the participants named before the trigger, when someone of another state is named after it, is the side of every
    /// meeting, even when the home side is one of the partners (the partners did not meet each other). Whether the
    /// sentence tells several meetings at all is the caller's test (two partners' people, or "separate", "bilateral meetings with").
    /// </summary>
    private static string? SubjectSide(EventSentence s, EngagementDraft candidate, Trigger trigger)
    {
        var before = new List<string?>();
        var after = new List<string?>();
        foreach (var (mention, official) in s.People)
        {
            if (!candidate.Participants.Contains(official)) continue;
            if (mention.Start + mention.Length <= trigger.Index) before.Add(official.Country);
            else if (mention.Start >= trigger.End) after.Add(official.Country);
        }
        if (before.Count == 0 || before.Distinct().Count() != 1 || before[0] is not { } side || !candidate.Countries.Contains(side)) return null;
        return after.Any(c => c is not null && c != side) ? side : null;
    }

    /// <summary>
    /// "Arlo held talks with his Veskan counterpart Tamsin, as well as with Prime Minister Kel", "a meeting between President
    /// Kel and the visiting minister Arlo, who also held talks with his counterpart Tamsin": after the point where the sentence
    /// tells one more meeting (<c>patterns.tsv</c> also-met), the people of one side who take part are other hosts than those
    /// named before it. The meeting after that point is split from the candidate, which keeps the rest: returned is that
    /// second meeting, with the visitor's side, the same kind (a meeting, when the candidate is a visit), date and place. The
    /// visitor is the one "who" also met others, else the first person named. Null when the sentence does not tell two meetings
    /// so: no such point; hosts met together ("together", "jointly"); after the point someone told of another state than the
    /// host's, or named only in attendance ("accompanied by"); before it no host.
    /// </summary>
    private static EngagementDraft? AlsoMet(EventSentence s, EngagementDraft candidate)
    {
        if (candidate.Countries.Count != 2) return null;
        var marker = s_alsoMet.Match(s.Text);
        if (!marker.Success || RequiredText.IsMatch(s_jointHosts, s.Text)) return null;
        int from = marker.Index + marker.Length;
        var before = new List<Party>();
        var after = new List<Party>();
        foreach (var (mention, official) in s.People)
        {
            if (!candidate.Participants.Contains(official)) continue;
            if (mention.Start + mention.Length <= marker.Index) { if (!before.Contains(official)) before.Add(official); }
            else if (mention.Start >= from)
            {
                if (RequiredText.IsMatch(s_attendance, s.Text, from, mention.Start - from)) return null;
                if (!after.Contains(official)) after.Add(official);
            }
        }
        if (after.Count == 0 || before.Count < 2 || before.Any(after.Contains)) return null;
        // The visitor: the one "who" also met others, else the sentence's subject, named first.
        var guest = marker.Value.StartsWith("who", StringComparison.Ordinal) ? before[before.Count - 1] : before[0];
        if (guest.Country is not { } visitor || !candidate.Countries.Contains(visitor)) return null;
        string host = candidate.Countries.First(c => c != visitor);
        // The hosts after the point: of the host's state as told, or of no told state (then they are the host's).
        if (after.Any(p => p.Official.Country is { } told && told != host)) return null;
        // Before the point, a host of the first meeting: of the host's state as told, or of no told state beside the visitor.
        var firstHosts = before.Where(p => p != guest && (p.Official.Country ?? host) == host).ToList();
        if (firstHosts.Count == 0) return null;
        foreach (var p in firstHosts.Concat(after)) p.Tell(host);
        var second = new EngagementDraft
        {
            Kind = candidate.Kind == "visit" ? "meeting" : candidate.Kind, Status = candidate.Status, Date = candidate.Date,
            City = candidate.City, Place = candidate.Place, LocationCountry = candidate.LocationCountry,
        };
        second.Countries.AddRange(candidate.Countries);
        second.Participants.AddRange(candidate.Participants.Where(p => p.Country == visitor && !after.Contains(p)));
        second.Participants.AddRange(after);
        second.Evidence.AddRange(candidate.Evidence);
        candidate.Participants.RemoveAll(after.Contains);
        return second;
    }

    private static EngagementDraft Split(EngagementDraft candidate, string? home, string partnerCode)
    {
        var part = new EngagementDraft
        {
            Kind = candidate.Kind, Status = candidate.Status, Date = candidate.Date, City = candidate.City, Place = candidate.Place,
            LocationCountry = candidate.LocationCountry, Open = true,
        };
        if (home is not null) part.Countries.Add(home);
        part.Countries.Add(partnerCode);
        part.Countries.Sort(StringComparer.Ordinal);
        part.Participants.AddRange(candidate.Participants.Where(p => IsHome(p.Country, home) || p.Country == partnerCode));
        part.Evidence.AddRange(candidate.Evidence);
        return part;
    }

    /// <summary>
    /// The engagement <paramref name="draft"/> tells: an earlier one of <paramref name="result"/> that is the same occasion
    /// (other than those in <paramref name="except"/>), with the draft merged into it, or else the draft, added.
    /// </summary>
    private static EngagementDraft AddOrMerge(List<EngagementDraft> result, EngagementDraft draft, string? home, string? partner,
        List<EngagementDraft>? except = null)
    {
        var same = result.FirstOrDefault(e => (except is null || !except.Contains(e)) && SameEngagement(e, draft, home, partner));
        if (same is null)
        {
            result.Add(draft);
            return draft;
        }
        Merge(same, draft);
        return same;
    }

    private static bool SameEngagement(EngagementDraft a, EngagementDraft b, string? home, string? partner)
    {
        if (a == b || Trigger.Group(a.Kind) != Trigger.Group(b.Kind) || a.Status != b.Status) return false;
        if (NamedApart(a, b)) return false;
        // A visit told as the frame of a meeting is not that meeting.
        if ((a.Frame || b.Frame) && (a.Kind == "visit") != (b.Kind == "visit")) return false;
        if (a.Date is { } da && b.Date is { } db && Conflict(da, db)) return false;
        // Talks between Vietnam and Laos and, the same day, between Cambodia and Laos: two occasions.
        if (a.Countries.Count >= 2 && b.Countries.Count >= 2 && !a.Countries.All(b.Countries.Contains) && !b.Countries.All(a.Countries.Contains)) return false;
        if ((a.Open || b.Open) && SameParties(a, b))
        {
            return true;
        }
        if (LeaderCalledOn(a, b) || LeaderCalledOn(b, a)) return false;
        if (a.Participants.Count > 0 && a.Participants.Count == b.Participants.Count && a.Participants.All(b.Participants.Contains)) return true;
        // A visit at the invitation of one host and a reception by another host are two occasions of the trip.
        return a.Participants.Any(p => !IsHome(p.Country, home) && b.Participants.Contains(p))
            && !OtherPeopleOfASide(a.Participants.Concat(a.Inviters).ToList(), b.Participants.Concat(b.Inviters).ToList(), home, partner);
    }

    // "the Steppe Shield exercise", "Exercise Steppe Shield 2015", "the drill, code-named “Steppe-2010”": the name of the
    // occasion a noun trigger tells, read right before or after it; a name of only generic words or with a state's name is none.
    private static void Name(EngagementDraft draft, EventSentence s, Trigger trigger)
    {
        if (trigger.IsVerb || draft.Name is not null) return;
        var before = s_occasionNameBefore.Match(s.Text.Substring(0, trigger.Index));
        string rest = s.Text.Substring(trigger.End);
        var after = s_occasionNameAfter.Match(rest);
        Group? found = null;
        int offset = 0;
        // A name after the noun only when the noun is part of it ("Exercise Steppe Shield") or quoted after it.
        if (after.Success && (char.IsUpper(trigger.Text[0]) || rest.IndexOf('"', 0, after.Groups["name"].Index) >= 0))
        {
            found = after.Groups["name"];
            offset = trigger.End;
        }
        else if (before.Success) found = before.Groups["name"];
        if (found is null || !found.Success) return;
        SetName(draft, s, found.Index + offset, found.Value);
    }

    // The name found at start in the sentence, unless it is only generic words or holds a state's name.
    private static void SetName(EngagementDraft draft, EventSentence s, int start, string value)
    {
        int end = start + value.Length;
        if (start == 0) return;
        foreach (var c in s.Countries)
        {
            int at = s.Tokens[c.FirstToken].Start;
            if (at >= start && at < end) return;
        }
        string name = value.Trim().TrimEnd(',', '.');
        if (RequiredText.IsMatch(s_occasionNameGeneric, name)) return;
        string? edition = null;
        var e = s_occasionEdition.Match(name);
        if (e.Success)
        {
            edition = e.Groups["edition"].Value;
            name = name.Substring(0, e.Groups["edition"].Index).TrimEnd(' ', '-');
            if (name.Length == 0 || RequiredText.IsMatch(s_occasionNameGeneric, name)) return;
        }
        draft.Name = TextTools.Fold(name).ToLowerInvariant();
        draft.Edition = edition;
    }

    // Two tellings of one named exercise or forum ("the Steppe Shield exercise" and "Exercise Steppe Shield", with no
    // edition, day or status apart): one occasion, whose states are all those the tellings give. Two names, or two
    // editions, are two occasions; a meeting held beside a forum tells no name, so it is never joined to the forum.
    private static bool SameNamedOccasion(EngagementDraft a, EngagementDraft b)
    {
        if (a.Name is null || b.Name is null || a.Name != b.Name || a.Status != b.Status) return false;
        if (a.Kind != b.Kind && !(Drill(a.Kind) && Drill(b.Kind))) return false;
        if (a.Edition is not null && b.Edition is not null && a.Edition != b.Edition) return false;
        if (a.Date is { } da && b.Date is { } db && Conflict(da, db)) return false;
        return true;
    }

    // Tellings of two named occasions, or of two editions of one ("Steppe-2004" and "Steppe-2010"), are never one.
    private static bool NamedApart(EngagementDraft a, EngagementDraft b)
        => a.Name is not null && b.Name is not null
           && (a.Name != b.Name || a.Edition is not null && b.Edition is not null && a.Edition != b.Edition);

    // "Minister Arlo visited Vesk on Monday. … Arlo also called on Veskan Prime Minister Tamsin.": a head of government
    // or state met in a sentence that tells the call as one more occasion ("also", "as well as") is a meeting of its own,
    // not the visit or the counterpart talks of the same visitor, when the other telling names people and not that head.
    private static bool LeaderCalledOn(EngagementDraft call, EngagementDraft other)
    {
        if (other.Participants.Count == 0) return false;
        foreach (var s in call.Evidence)
        {
            if (!RequiredText.IsMatch(s_anotherOccasion, s.Text)) continue;
            foreach (var (_, party) in s.People)
            {
                if (call.Participants.Contains(party) && !other.Participants.Contains(party) && IsHeadOfState(party)) return true;
            }
        }
        return false;
    }

    // A person the article titles head of a government or state ("Thai Prime Minister", "Lao President").
    private static bool IsHeadOfState(Party p)
        => p.Official.Positions.Any(x => RequiredText.IsMatch(s_headOfState, x.Title));

    // "Prime Minister X received General Y … Army chief Z met with Y earlier that day": the guest is the same,
    // the people of the other side are others, so the tellings are two meetings (SameEngagement); the people
    // an occasion is "with" are others than an engagement's (OthersAfter). True when both lists name people
    // of one state (Party.Side) and none of that state's people is in both.
    private static bool OtherPeopleOfASide(List<Party> a, List<Party> b, string? home, string? partner)
    {
        foreach (var p in a)
        {
            if (p.Side(home, partner) is not { } side) continue;
            if (b.Any(q => q.Side(home, partner) == side) && !a.Any(x => x.Side(home, partner) == side && b.Contains(x))) return true;
        }
        return false;
    }

    // A later telling that adds someone of unstated country to an occasion between two states whose other people are all of
    // one of them ("… signed by Veskan Minister Arlo and Secretary Dosk" after "the Veskan and Ostrian defence chiefs signed"):
    // the newcomer is of the other state, as in a sentence of its own that names both.
    private static void OtherSide(EngagementDraft target)
    {
        if (target.Countries.Count != 2 || target.Participants.Count < 2) return;
        Party? unknown = null;
        string? known = null;
        foreach (var p in target.Participants)
        {
            if (p.Country is null) { if (unknown is not null) return; unknown = p; }
            else if (known is null) known = p.Country;
            else if (known != p.Country) return;
        }
        if (unknown is null || known is null || !target.Countries.Contains(known)) return;
        unknown.Tell(target.Countries.First(c => c != known));
    }

    private static void AddEvidence(EngagementDraft target, EventSentence s, List<Party> people, IsoDate? published, bool notReporting, IReadOnlyDictionary<string, string> cities)
    {
        if (!target.Evidence.Contains(s)) target.Evidence.Add(s);
        // "The meeting was held under the accord signed in Lima in August 2010": the date and the
        // place of another kind's trigger are that event's, not the target's.
        var triggers = Triggers.Find(s);
        if (target.Date is null && !notReporting)
        {
            foreach (var t in triggers)
            {
                if (t.Kind != target.Kind || EndsAfter(s, t)) continue;
                target.Date = AttachedDate(s, t, published, target.Status == EngagementNames.Planned);
                if (target.Date is not null) break;
            }
        }
        Locate(target, s, cities, null, triggers, published);
        foreach (var p in people.Where(p => !target.Participants.Contains(p))) target.Participants.Add(p);
    }
    /// <summary>
    /// A sentence listing the states that take part in an exercise of several states told before
    /// ("Other countries involved in the drills are Chile, Peru and Uruguay"): they are its parties,
    /// except a state named only as the venue or as context.
    /// </summary>
    private static void TakePart(EngagementDraft target, EventSentence s, IReadOnlyDictionary<string, string> cities)
    {
        if (!Drill(target.Kind) || target.Countries.Count < 2 && !target.Pending) return;
        // "… ships joining the drill staged by the Ostrian Navy's Fourth Fleet": the state whose forces host
        // the exercise acts in it, so it is a party.
        foreach (var c in s.Countries)
        {
            if (target.Countries.Contains(c.Code)) continue;
            var last = s.Tokens[c.FirstToken + c.TokenCount - 1];
            int end = last.Start + last.Length;
            if (RequiredText.IsMatch(s_hostedByBefore, s.Text, 0, s.Tokens[c.FirstToken].Start)
                && RequiredText.IsMatch(s_forcesAfter, s.Text, end, s.Text.Length - end))
                target.Countries.Add(c.Code);
        }
        // "… brought together 300 troops from 9 nations including Vesk, Kelm, Ostria and Norland": a counted list is of this
        // exercise's parties only when it names every state the exercise already has; otherwise it may be another's.
        bool counted = false;
        if (!RequiredText.IsMatch(s_participation, s.Text))
        {
            if (s.Countries.Count < 3 || !RequiredText.IsMatch(s_countedStatesList, s.Text)) return;
            counted = true;
        }
        var venue = LocationCountryTokens(s, cities);
        var named = s.Countries.Where(c => !venue.Contains(c.FirstToken) && !Context(s, c)).Select(c => c.Code).Distinct().ToList();
        if (named.Count < 2) return;
        if (counted && (named.Count < 3 || target.Countries.Any(c => !named.Contains(c)))) return;
        foreach (var code in named) if (!target.Countries.Contains(code)) target.Countries.Add(code);
        if (target.Countries.Count >= 2) target.Pending = false;
    }

    // An exercise or a training exercise ("a multinational peacekeeping training exercise"): forces of several states may take part.
    private static bool Drill(string kind) => kind == "exercise" || kind == "training";

    private static HashSet<int> LocationCountryTokens(EventSentence s, IReadOnlyDictionary<string, string> cities)
    {
        var result = new HashSet<int>();
        foreach (var c in s.Countries)
        {
            if (c.Kind != CountryWordKind.Name || c.FirstToken == 0) continue;
            var before = s.Tokens[c.FirstToken - 1].Text;
            bool afterCity = before == "," && c.FirstToken >= 2 && cities.Values.Contains(c.Code) && CityBefore(s, c.FirstToken - 1, cities, c.Code);
            // "the Gulf of Thailand", "the Sea of Japan": geography, not a party.
            bool feature = before == "of" && c.FirstToken >= 2 && RequiredText.IsMatch(s_geographicFeature, s.Tokens[c.FirstToken - 2].Text);
            if (feature) { result.Add(c.FirstToken); continue; }
            // "Minister X, visiting Laos for a forum, held talks with …": the host of the trip is where it happens, no party.
            if (before == "visiting" && c.FirstToken >= 2 && s.Tokens[c.FirstToken - 2].Text == ",") { result.Add(c.FirstToken); continue; }
            if (before == "in" && !RequiredText.IsMatch(s_tripBefore, s.Text, 0, s.Tokens[c.FirstToken - 1].Start) || before == "at" || afterCity)
                result.Add(c.FirstToken);
            else if (before == "," && PlaceOnNoList(s, c)) result.Add(c.FirstToken);
        }
        return result;
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
        var last = s.Tokens[c.FirstToken + c.TokenCount - 1];
        int end = last.Start + last.Length;
        return RequiredText.IsMatch(s_placeCountryAfter, s.Text, end, s.Text.Length - end);
    }

    // "in Dushanbe, Tajikistan": the country after a city of its own; "Malaysia, Singapore, Thailand and
    // Vietnam" is a list, since Singapore is no city of Thailand.
    private static bool CityBefore(EventSentence s, int commaToken, IReadOnlyDictionary<string, string> cities, string code)
    {
        string left = s.Text.Substring(0, s.Tokens[commaToken].Start);
        return cities.Any(city => city.Value == code && left.EndsWith(city.Key, StringComparison.Ordinal));
    }

    /// <summary>
    /// The date that belongs to a trigger: one in the same clause (no comma or semicolon between
    /// them), or one that opens the sentence ("In June, …"); never the date of a press release.
    /// </summary>
    private static IsoDate? AttachedDate(EventSentence s, Trigger trigger, IsoDate? published, bool future)
    {
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        List<int>? nameCommas = null;
        bool nameCommasFound = false;
        var dates = s.Dates;
        var contexts = s.DateContexts ??= DateContexts(s);
        for (int i = 0; i < dates.Count; i++)
        {
            var context = contexts[i];
            if (context is null) continue;
            var d = dates[i];
            string after = context.Value.After, before = context.Value.Before;
            int from = Math.Min(d.Start + d.Length, trigger.End), to = Math.Max(d.Start, trigger.Index);
            string between = d.Start >= trigger.End ? WithoutOffices(s, trigger.End, d.Start)
                : s.Text.Substring(d.Start + d.Length, Math.Max(0, trigger.Index - d.Start - d.Length));
            // "… on Wednesday while the Thai attaché, Lieutenant Colonel Anan Srisuk, was paying him a courtesy visit":
            // the commas that set off a person's name do not end the clause.
            if (between.IndexOf(',') >= 0)
            {
                if (!nameCommasFound) { nameCommas = NameCommas(s); nameCommasFound = true; }
                if (nameCommas is not null) between = WithoutCommasAt(between, d.Start >= trigger.End ? trigger.End : d.Start + d.Length, nameCommas);
            }
            // Commas that only set off a place ("in Vientiane, Laos, on November 21") do not end the clause.
            // Each runs only over a clause that holds its required text (a comma; most clauses between a
            // trigger and its date hold none): over any other it would replace nothing.
            if (RequiredText.Of(s_placeBetweenCommas).MayMatch(between)) between = s_placeBetweenCommas.Replace(between, " ");
            if (RequiredText.Of(s_appositionBetweenCommas).MayMatch(between)) between = s_appositionBetweenCommas.Replace(between, " ");
            // counted-list, name-list and place-before-date each need a comma, which most clauses
            // between a trigger and its date do not hold: those are not searched.
            // "yesterday took delivery of 20 trucks, 14 boats, and other parts donated by …": the commas of a list.
            if (between.IndexOf(',') >= 0 && RequiredText.IsMatch(s_countedList, between)) between = s_countedList.Replace(between, m => m.Value.Replace(",", " "));
            // "met the defence ministers of Chile, Kenya and Norway in Seoul on Tuesday": the commas of a list of names.
            if (between.IndexOf(',') >= 0 && RequiredText.IsMatch(s_nameList, between)) between = s_nameList.Replace(between, m => m.Value.Replace(",", " "));
            // "met … in Kelm, Ostria on March 4": the comma of a venue's country, the date right after it.
            if (d.Start >= trigger.End && between.IndexOf(',') >= 0 && RequiredText.IsMatch(s_placeBeforeDate, between))
            {
                var venue = s_placeBeforeDate.Match(between);
                between = between.Substring(0, venue.Index) + venue.Value.Replace(",", " ");
            }
            if (d.Start >= trigger.End && RequiredText.IsMatch(s_clauseThenComma, between) && (RequiredText.IsMatch(s_commaAfter, after) || RequiredText.IsMatch(s_rangeTailComma, after) || after.Trim().Length == 0 || after.TrimStart()[0] == '.'))
                between = between.Replace(",", " ");
            // "The meeting, held in Siem Reap on December 12, …": a participle set off after the trigger is its own.
            bool sameClause = between.IndexOfAny(new[] { ',', ';' }) < 0 || RequiredText.IsMatch(s_yearFirst, between)
                || d.Start >= trigger.End && RequiredText.IsMatch(s_heldAfter, between);
            bool opener = (MayBeOpener(before) && RequiredText.IsMatch(s_openerBefore, before)
                    // "… told reporters that in May, an admiral will visit Cambodia": the opener of a reported clause, for the triggers after it.
                    || d.Start + d.Length <= trigger.Index && RequiredText.IsMatch(s_reportedOpener, before))
                && RequiredText.IsMatch(s_openerAfter, after);
            if (!sameClause && !opener) continue;
            // "The meeting was held under the agreement signed in August 2010": a trigger of another kind between takes the date.
            // A conference named as the venue ("met … on the sidelines of the summit in Vientiane on Monday") is none.
            if (sameClause && !opener && Triggers.Find(s).Exists(o => o.Kind != trigger.Kind && o.Index >= Math.Min(trigger.End, d.Start + d.Length) && o.End <= Math.Max(trigger.Index, d.Start)
                    && !(o.Index >= trigger.End && RequiredText.IsMatch(EventVocabulary.VenueBefore, s.Text.Substring(trigger.End, o.Index - trigger.End)))
                    // "signed an MoU on peacekeeping training in Vientiane on Monday": the training is what the MoU is about.
                    && !(!o.IsVerb && o.Index >= trigger.End && d.Start >= o.End && RequiredText.IsMatch(s_topicBefore, s.Text.Substring(trigger.End, o.Index - trigger.End))))) continue;
            int distance = Math.Abs(to - from);
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        return best is null ? null : DateRecognizer.Resolve(best, published, future);
    }

    /// <summary>
    /// For each date of the sentence, the text before and after it, or null for a date that belongs to
    /// no trigger of the sentence whatever the trigger: the date of a press release, of a dateline, or of
    /// a founding. None of this depends on the trigger, so it is worked out once per sentence.
    /// </summary>
    private static (string Before, string After)?[] DateContexts(EventSentence s)
    {
        var dates = s.Dates;
        var result = new (string Before, string After)?[dates.Count];
        for (int i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            string after = s.Text.Substring(d.Start + d.Length);
            if (RequiredText.IsMatch(s_releaseAfter, after)) continue;
            // "SOME PROVINCE, Country (April 29, 2014) -- …": the date of the dateline, not of the event.
            if (RequiredText.IsMatch(s_datelineDateAfter, after)) continue;
            string before = s.Text.Substring(0, d.Start);
            // "BEIJING, Sept. 23 -- A ceremony …": the date of a dateline opening a paragraph, not of the event.
            if (RequiredText.IsMatch(s_datelineDateDash, after) && RequiredText.IsMatch(s_datelineDateBefore, before)) continue;
            if (RequiredText.IsMatch(s_foundingBefore, before)) continue;
            result[i] = (before, after);
        }
        return result;
    }

    // The commas that set off a person's name, with its rank, as an apposition ("the Thai attaché, Lieutenant
    // Colonel Anan Srisuk, was paying …"): a comma right after the name, and one before the capitalised words (at
    // most six) that end with it. A person who reports ("…, Colonel Mark Davis, said") sets off no apposition.
    private static List<int>? NameCommas(EventSentence s)
    {
        List<int>? result = null;
        string text = s.Text;
        foreach (var (mention, _) in s.People)
        {
            int end = mention.Start + mention.Length;
            int close = end;
            while (close < text.Length && text[close] == ' ') close++;
            if (close >= text.Length || text[close] != ',') continue;
            if (RequiredText.IsMatch(s_speech, text, end, text.Length - end)) continue;
            int at = end, words = 0, open = -1;
            while (words <= 6)
            {
                while (at > 0 && text[at - 1] == ' ') at--;
                if (at == 0) break;
                if (text[at - 1] == ',') { open = at - 1; break; }
                int wordEnd = at;
                while (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '.' or '-' or '\'')) at--;
                if (at == wordEnd || !char.IsUpper(text[at])) break;
                words++;
            }
            if (open < 0 || words == 0) continue;
            result ??= new List<int>();
            result.Add(open);
            result.Add(close);
        }
        return result;
    }

    // The text that starts at offset in the sentence with the commas at the given positions made spaces.
    private static string WithoutCommasAt(string text, int offset, List<int> commas)
    {
        char[]? chars = null;
        foreach (int at in commas)
        {
            int i = at - offset;
            if (i < 0 || i >= text.Length || text[i] != ',') continue;
            chars ??= text.ToCharArray();
            chars[i] = ' ';
        }
        return chars is null ? text : new string(chars);
    }

    // The text from a trigger to a later date with the offices set off by commas after the people
    // named in it blanked out ("met Gen. Sok Dara, commander of the army, on Monday").
    private static string WithoutOffices(EventSentence s, int from, int to)
    {
        if (to <= from) return "";
        char[]? text = null;
        foreach (var (mention, _) in s.People)
        {
            int end = mention.Start + mention.Length;
            if (end < from || end >= to) continue;
            var m = s_personApposition.Match(s.Text, end, to - end);
            if (!m.Success) continue;
            text ??= s.Text.ToCharArray(from, to - from);
            for (int i = m.Index; i < m.Index + m.Length; i++) text[i - from] = ' ';
        }
        return text is null ? s.Text.Substring(from, to - from) : new string(text);
    }

    private static bool AttachedDateMention(EventSentence s, Trigger trigger)
        => s.Dates.Any(d => d.Start >= trigger.End && s.Text.Substring(trigger.End, d.Start - trigger.End).IndexOfAny(new[] { ',', ';' }) < 0
            && d.Start - trigger.End < 80);

    private static string Status(EventSentence s, Trigger trigger)
    {
        // "The exercise, the seventh of its kind, is scheduled to …": an apposition set off by commas is passed over.
        if (RequiredText.IsMatch(s_futureBefore, s.Text, 0, trigger.Index) && !RequiredText.IsMatch(s_pastVerb, Clause(s.Text, trigger))) return EngagementNames.Planned;
        if (trigger.IsVerb) return EngagementNames.Held;
        string after = s_appositionFirst.Replace(s.Text.Substring(trigger.End), " ");
        if (RequiredText.IsMatch(s_futureAfter, after) && !RequiredText.IsMatch(s_pastBefore, s.Text, 0, trigger.Index)) return EngagementNames.Planned;
        return EngagementNames.Held;
    }

    // "Defence Minister X and his Thai counterpart Y agreed that …": a sentence without a trigger that names
    // two people as counterparts speaks of the occasion before when all their countries are its parties.
    private static bool Counterparts(EventSentence s, List<Party> people, EngagementDraft current)
        => people.Count >= 2 && RequiredText.IsMatch(s_counterparts, s.Text)
            && people.All(p => p.Country is null || current.Countries.Contains(p.Country));

    /// <summary>
    /// Whether <paramref name="index"/> lies inside a quotation of the sentence: the last quotation
    /// mark before it opens one, or none comes before it and the first after it closes one (the
    /// quotation began in an earlier sentence). A straight mark opens after a space or at the start.
    /// </summary>
    private static bool InsideQuotation(string text, int index)
    {
        int last = 0;
        for (int i = 0; i < index && i < text.Length; i++)
        {
            int mark = QuotationMark(text, i);
            if (mark != 0) last = mark;
        }
        if (last != 0) return last > 0;
        for (int i = index; i < text.Length; i++)
        {
            int mark = QuotationMark(text, i);
            if (mark != 0) return mark < 0;
        }
        return false;
    }

    // +1 for a mark that opens a quotation, -1 for one that closes it, 0 for any other character.
    private static int QuotationMark(string text, int i)
    {
        if (text[i] != '"') return 0;
        return i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(' ? 1 : -1;
    }

    // The people of a sentence who took part. Speakers at the occasion go to addressing (their side decides),
    // and those after "at the invitation of" to invitedBy (the hosts who asked, each once).
    private static List<Party> Participants(EventSentence s, EventSentence? previous, List<Party>? addressing = null, List<Party>? invitedBy = null)
    {
        var list = new List<Party>();
        foreach (var (mention, official) in s.People)
        {
            bool invited = RequiredText.IsMatch(s_invitationBefore, s.Text, 0, mention.Start);
            if (invited && invitedBy is not null && !invitedBy.Contains(official)) invitedBy.Add(official);
            // Someone who only reports ("Hun Sen said that …", "said Park") is a source, not a
            // participant; someone who spoke at the occasion ("said at the event") took part.
            int afterStart = Math.Min(mention.Start + mention.Length, s.Text.Length), afterLength = s.Text.Length - afterStart;
            bool speechAfter = RequiredText.IsMatch(s_speech, s.Text, afterStart, afterLength);
            bool speechBefore = RequiredText.IsMatch(s_speechBefore, s.Text, 0, mention.Start);
            bool speaker = speechAfter || speechBefore;
            // "Okoro said Bello made the call when Grant paid him a visit": the person right after "said" with a verb
            // after him is the subject of what is reported, not its source ("said Park." and "according to Park" are).
            if (speaker && !speechAfter && speechBefore && RequiredText.IsMatch(s_reportedSubject, s.Text, afterStart, afterLength)
                && !RequiredText.IsMatch(s_accordingBefore, s.Text, 0, mention.Start)) speaker = false;
            // "Holcombe, who was accompanied by Ambassador X, said …": X closes a relative clause; Holcombe speaks.
            if (speaker && RequiredText.IsMatch(s_commaAfter, s.Text, afterStart, afterLength) && RequiredText.IsMatch(s_relativeClauseBefore, s.Text, 0, mention.Start)) speaker = false;
            // "At the closing ceremony, X said …": whoever speaks at the occasion took part in it.
            if (speaker && speechAfter && RequiredText.IsMatch(s_occasionOpener, s.Text)) speaker = false;
            // "X said on Friday that he and his Thai counterpart Y discussed …": the speaker tells what they did themselves.
            if (speaker && RequiredText.IsMatch(s_speakerTookPart, s.Text, afterStart, afterLength)) speaker = false;
            // "X, who leads the contingent, said in his opening speech that the training …": a speaker at the occasion
            // the sentence refers to; he joins it only when his side is one of its parties (the touched loop in Build).
            // "…, said X, commander of the Veskan contingent, at the opening ceremony.": the words named after "said" were said at the occasion.
            bool placed = speaker && !speechAfter && speechBefore && RequiredText.IsMatch(s_speechPlacedAtOccasion, s.Text, afterStart, afterLength);
            if (speaker && addressing is not null && (placed || RequiredText.IsMatch(s_speechAtOccasion, s.Text, afterStart, afterLength)))
            {
                if (!addressing.Contains(official)) addressing.Add(official);
                continue;
            }
            if (speaker) continue;
            // "\u201CThe new government, led by Prime Minister X, seeks closer ties,\u201D he said.": someone named inside
            // a quotation that tells of no occasion itself is what the speaker speaks of, not someone who took part
            // ("\u201CThe talks will be chaired by X and Y,\u201D he said." names the talks' participants).
            if (InsideQuotation(s.Text, mention.Start) && !Triggers.Find(s).Any(t => InsideQuotation(s.Text, t.Index))) continue;
            // "… arrived at the invitation of Defence Minister X": the host who invited is not thereby present;
            // "This visit comes after a recent tour by Prime Minister X": X led an earlier occasion, not this one.
            if (invited || RequiredText.IsMatch(s_earlierOccasionBefore, s.Text, 0, mention.Start)) continue;
            // "X, a top adviser to President Y, met …", "conveyed the regards of Minister Y", "the passing of King Y",
            // "followed on the heels of an official visit by Y": Y is served, sends word, is mourned or led another occasion: not present.
            if (RequiredText.IsMatch(s_mentionedOnlyBefore, s.Text, 0, mention.Start)) continue;
            // "The statement quoted X, a ministry's spokesman, as saying the talks …": X is the report's source; a source who
            // also took part is named so in another mention (of this sentence or another the occasion reads) and joins there.
            if (RequiredText.IsMatch(s_quotedSourceBefore, s.Text, 0, mention.Start)
                && RequiredText.IsMatch(s_quotedSourceAfter, s.Text, afterStart, afterLength)) continue;
            if (!list.Contains(official)) list.Add(official);
        }
        // "during which he met …": the pronoun stands for the last person named before.
        if (RequiredText.IsMatch(s_pronounMet, s.Text) && list.Count < 2
            && previous is not null && previous.People.Count > 0)
        {
            var antecedent = previous.People[0].Official;
            if (!list.Contains(antecedent)) list.Insert(0, antecedent);
        }
        // "X and his counterpart Y agreed … They were speaking at the talks in Hanoi on Monday.": "They" stands for
        // the people the sentence before named (the sentence may name one of them again).
        if (previous is not null && previous.People.Count >= 2 && list.All(p => previous.People.Any(q => q.Official.Equals(p)))
            && RequiredText.IsMatch(s_theySubject, s.Text))
        {
            foreach (var (_, official) in previous.People) if (!list.Contains(official)) list.Add(official);
        }
        return list;
    }

    /// <summary>
    /// "The talks followed the March visit to Kelm of Prime Minister Arlo", "the plan reached during the visit by Minister Dosk",
    /// "Following the visit of Prime Minister Arlo in February, the two armies …": every mention of the person is a visitor or one
    /// of the pair of an occasion the sentence's occasion follows ("following"/"after" only with that occasion's own time after the
    /// names), so the person takes no part in the chosen occasion, unless the chosen trigger is that occasion's noun.
    /// </summary>
    private static bool OfAnOccasionFollowed(EventSentence s, Party person, Trigger chosen)
    {
        bool any = false;
        foreach (var (mention, official) in s.People)
        {
            if (!official.Equals(person)) continue;
            if (mention.Start == 0) return false;
            // Each expression runs once: the prefilter first, then the match itself, whose position is needed.
            Match? m = MatchBefore(s_followedOccasionBefore, s.Text, mention.Start);
            if (m is null && MatchBefore(s_afterOccasionBefore, s.Text, mention.Start) is { } after)
            {
                int end = Math.Min(mention.Start + mention.Length, s.Text.Length);
                if (RequiredText.IsMatch(s_followedOccasionTimeAfter, s.Text, end, s.Text.Length - end)) m = after;
            }
            if (m is null) return false;
            if (chosen.Index >= m.Index && chosen.Index < mention.Start) return false;
            any = true;
        }
        return any;
    }

    /// <summary>
    /// "Minister Dosk arrived in Ostria on Monday. He also called on Speaker Arlo.": the pronoun that opens a sentence of a call
    /// stands for the subject (the first person named) of the nearest of the three sentences before that names anyone, when
    /// he is not of a state the sentence names or its hosts are of (then he is a host, and the caller is not told); none
    /// when a sentence between opens with a person told by office ("The visiting minister …"), who may be the caller.
    /// </summary>
    private static Party? CallerBefore(IReadOnlyList<EventSentence> sentences, int position, EventSentence s, List<Party> people)
    {
        // The subject of the nearest sentence before that names anyone, of another side than the hosts.
        if (SubjectBefore(sentences, position) is not { } caller || people.Contains(caller)) return null;
        if (caller.Country is { } country)
        {
            foreach (var c in s.Countries) if (c.Code == country) return null;
            foreach (var p in people) if (p.Country == country) return null;
        }
        return caller;
    }

    /// <summary>
    /// The subject (the first person named; one named by office is added after the names) of the nearest of the three
    /// sentences before <paramref name="position"/> that names anyone; none when a sentence between opens with a person told
    /// by office ("The visiting Ostrian minister is to tour a museum."), who may be the one meant. A pronoun that opens a
    /// call (<see cref="CallerBefore"/>) or that spoke at the occasion ("Gen. Arlo Dosk said the troops were ready. …
    /// \u201CServe with honour,\u201D he added at the farewell parade.") stands for it.
    /// </summary>
    private static Party? SubjectBefore(IReadOnlyList<EventSentence> sentences, int position)
    {
        for (int j = position - 1; j >= 0 && j >= position - 3; j--)
        {
            var named = sentences[j].People;
            if (named.Count == 0)
            {
                if (!sentences[j].IsLink && RequiredText.IsMatch(s_referenceSubject, sentences[j].Text)) return null;
                continue;
            }
            var subject = named[0];
            foreach (var n in named) if (n.Mention.Start < subject.Mention.Start) subject = n;
            return subject.Official;
        }
        return null;
    }

    private static EngagementDraft? Candidate(EventSentence s, Trigger trigger, List<Party> people, string? home, string? partner, IsoDate? published,
        IReadOnlyDictionary<string, string> cities, IReadOnlyList<string>? carried = null, IReadOnlyList<string>? referred = null,
        Func<bool>? aboutPeacekeepers = null)
    {
        var draft = new EngagementDraft { Kind = trigger.Kind };
        draft.Status = Status(s, trigger);
        draft.Evidence.Add(s);
        draft.Participants.AddRange(people);
        draft.Date = AttachedDate(s, trigger, published, draft.Status == EngagementNames.Planned);
        if (draft.Date is { } d && published is { } p && draft.Status == EngagementNames.Held && After(d, p)) draft.Status = EngagementNames.Planned;
        // "had completed her three-day working visit": the day told is the visit's last; it began the days counted less one before.
        if (draft.Kind == "visit" && !trigger.IsVerb && draft.Date is { Year: { } ey, Month: { } em, Day: { } ed }
            && s_visitEnded.Match(s.Text, 0, trigger.Index) is { Success: true } ended && Lexicon.Count(ended.Groups["days"].Value) is int days and > 1 and <= 31)
        {
            var first = new DateTime(ey, em, ed).AddDays(1 - days);
            draft.Date = new IsoDate(first.Year, first.Month, first.Day);
        }
        Locate(draft, s, cities, trigger, published: published);
        if (draft.City is not null || draft.LocationCountry is not null) draft.PlacedInPassing = TurnedTo(s, trigger);

        var locationTokens = LocationCountryTokens(s, cities);
        foreach (var person in people)
        {
            if (person.Country is not null && !draft.Countries.Contains(person.Country)) draft.Countries.Add(person.Country);
        }
        foreach (var c in s.Countries)
        {
            if (locationTokens.Contains(c.FirstToken) || Context(s, c)) continue;
            if (!draft.Countries.Contains(c.Code)) draft.Countries.Add(c.Code);
        }
        // "The ministers attended the ASEAN Defence Ministers' Meeting in Vesk": a meeting or conference trigger inside the name
        // of a whole bloc's own occasion ([blocs] of events.tsv) has the bloc's members as its states, beside any the sentence
        // gives it ("the Japan-ASEAN summit"); a meeting told at such an occasion is not inside the name and keeps its sides.
        // Its tellings, by name or by acronym, are one named occasion (SameNamedOccasion).
        if ((draft.Kind == "conference" || draft.Kind == "meeting") && EventVocabulary.BlocMembers(s.Text, trigger.Index, trigger.End, out int bloc) is { } members)
        {
            draft.Name ??= "bloc " + bloc;
            foreach (var c in members)
            {
                if (!draft.Countries.Contains(c)) draft.Countries.Add(c);
            }
        }
        // "Ten countries began a multinational maritime exercise in Penang, Malaysia": an exercise of many states with fewer
        // than two of its own takes the states a later sentence lists (TakePart) or stays unfound; no side is guessed
        // from the article's partner or the venue, and none from the group's name.
        if (Drill(draft.Kind) && draft.Countries.Count < 2 && RequiredText.IsMatch(s_multilateral, s.Text))
        {
            draft.Pending = true;
            return draft;
        }
        // "Norland sent its fifth batch of peacekeepers to Vesk on Tuesday. … the army chief told the troops at the departure
        // ceremony on the tarmac": in an article about peacekeepers, a ceremony that sends a state's troops off to their mission or welcomes them
        // home is that state's alone, with the UN's people beside it; the state where the troops serve is where they go, no side,
        // and no partner is guessed. Not when someone of another stated state takes part ("with the Veskan ambassador"), nor
        // when the home state is neither named in the sentence nor its venue's.
        if (draft.Kind == "ceremony" && home is not null && aboutPeacekeepers is not null && RequiredText.IsMatch(s_troopsCeremony, s.Text)
            && !RequiredText.IsMatch(s_pair, s.Text) && people.All(x => x.Country is null || x.Country == home)
            && (draft.LocationCountry == home || s.Countries.Any(c => c.Code == home)) && aboutPeacekeepers())
        {
            draft.Countries.Clear();
            draft.Countries.Add(home);
            return draft;
        }
        // "That morning the two chiefs watched a joint drill": the parties of the occasion before.
        if (draft.Countries.Count == 0 && carried is { Count: >= 2 }
            && (RequiredText.IsMatch(EventVocabulary.SameParties, s.Text) || CountedParties(s) == carried.Count)) draft.Countries.AddRange(carried);
        if (RequiredText.IsMatch(s_pair, s.Text) || draft.Countries.Count == 0)
        {
            if (home is not null && !draft.Countries.Contains(home)) draft.Countries.Insert(0, home);
            if (partner is not null && !draft.Countries.Contains(partner)) draft.Countries.Add(partner);
        }
        // "Norland held an awards ceremony for its peacekeepers back from missions in Vesk and Ostria": a sentence that names
        // the home side and other states only as context tells an occasion of the home side alone; no partner is guessed.
        // A ceremony of the home side alone is kept with its one state; another kind is left unfound.
        bool homeAlone = draft.Countries.Count == 1 && draft.Countries[0] == home && !RequiredText.IsMatch(s_pair, s.Text)
            && s.Countries.Any(c => c.Code != home && Context(s, c)) && s.Countries.All(c => c.Code == home || Context(s, c));
        if (homeAlone) return draft.Kind == "ceremony" ? draft : null;
        // A bilateral engagement has two sides: the home country and the article's partner when only one is named.
        if (draft.Countries.Count == 1 && draft.Countries[0] == home && partner is not null) draft.Countries.Add(partner);
        if (home is not null && draft.Countries.Count == 1 && draft.Countries[0] != home) draft.Countries.Insert(0, home);
        // Between other states, one state named and the venue a city of another: the host is the other side
        // ("Defence Minister X held talks with his Belarusian counterpart in Hanoi").
        // Not when the city is a forum's venue ("met his Belarusian counterpart on the sidelines of a forum in Hanoi"):
        // the state that hosts a forum is no side of a meeting held at it.
        if (draft.Countries.Count == 1 && draft.City is not null && draft.LocationCountry is { } host && host != draft.Countries[0]
            && !RequiredText.IsMatch(s_forumVenue, s.Text)) draft.Countries.Add(host);
        // Between other states, one state named and someone of unstated country taking part: in a report by one
        // side ("Defense Minister Okada held a meeting with Chilean Secretary Rojas"), the unnamed side is
        // the state the article names most, unless the sentence names that state itself only as a venue or as context.
        if (home is null && draft.Countries.Count == 1 && partner is not null && partner != draft.Countries[0] && people.Any(x => x.Country is null)
            && partner != draft.LocationCountry && !s.Countries.Any(c => c.Code == partner))
            draft.Countries.Add(partner);
        // "Once that meeting was over, X also called on the Thai Prime Minister": one state named,
        // someone of unstated country, and the occasion the sentence refers to is between that state and one other:
        // the other is the unnamed side.
        if (draft.Countries.Count == 1 && referred is { Count: 2 } && referred.Contains(draft.Countries[0]) && people.Any(x => x.Country is null))
            draft.Countries.Add(referred.First(c => c != draft.Countries[0]));
        // A person of unknown country meeting the home side belongs to the other side.
        var foreign = draft.Countries.Where(c => c != home).ToList();
        foreach (var person in people.Where(x => x.Country is null))
        {
            if (foreign.Count == 1 && (people.Any(q => IsHome(q.Country, home)) || people.Count == 1)) person.Tell(foreign[0]);
        }
        // Between two states, two people, one of stated country: the other is of the other side
        // ("Defence Minister Tran Van Minh held talks with his Belarusian counterpart …").
        if (draft.Countries.Count == 2 && people.Count == 2 && people.Count(p => p.Country is null) == 1
            && people.FirstOrDefault(p => p.Country is not null) is { Country: { } known } && draft.Countries.Contains(known))
        {
            people.First(p => p.Country is null).Tell(draft.Countries.First(c => c != known));
        }
        if (draft.Countries.Count < 2) return null;
        draft.Countries.Sort(StringComparer.Ordinal);
        return draft;
    }

    // "The closing ceremony was attended by the ministers of all three countries": the number of parties a sentence counts, or null.
    private static int? CountedParties(EventSentence s)
    {
        if (!RequiredText.IsMatch(s_countedParties, s.Text)) return null;
        return Lexicon.Count(s_countedParties.Match(s.Text).Groups["n"].Value);
    }

    // "The armies of Vesk, Ostria and Norland began a drill on Monday. … The closing ceremony was attended by the ministers of all
    // three countries.": a sentence that counts three or more parties, after an occasion of another number of states, speaks of the
    // states that the nearest earlier sentence (of the eight before) names in that number, when no sentence between names more.
    // Otherwise the occasion before is carried as it was.
    private static IReadOnlyList<string>? CountedCarry(IReadOnlyList<EventSentence> sentences, int position, EventSentence s, IReadOnlyList<string>? carried)
    {
        if (s.Countries.Count > 0 || CountedParties(s) is not int n || n < 3 || carried?.Count == n) return carried;
        for (int i = position - 1; i >= 0 && i >= position - 8; i--)
        {
            var t = sentences[i];
            if (t.IsLink || t.Countries.Count == 0) continue;
            var named = new List<string>();
            foreach (var c in t.Countries)
            {
                if (!named.Contains(c.Code) && !Context(t, c)) named.Add(c.Code);
            }
            if (named.Count == n) return named;
            if (named.Count > n) break;
        }
        return carried;
    }

    // "a top ally of China", "to counter China’s influence", "the Russia-Ukraine conflict": a state
    // named as context of the sentence (events.tsv [context-before], [context-after]) is no party.
    internal static bool Context(SentenceView s, CountryMention c)
    {
        var countries = s.Countries;
        int index = -1;
        for (int i = 0; i < countries.Count; i++) if (ReferenceEquals(countries[i], c)) { index = i; break; }
        if (index < 0) return OwnContext(s, c);
        // The answers for all mentions of a sentence are worked out once: kept on an event sentence (the article's main
        // partner and each candidate ask about every mention of every sentence, in two passes over the article), and
        // per thread for the last sentence of another kind of view.
        if (s is EventSentence own) return (own.ContextFlags ??= ContextFlags(s))[index];
        if (!ReferenceEquals(s, t_contextView) || t_contextFlags is not { } flags || flags.Length != countries.Count)
        {
            flags = ContextFlags(s);
            t_contextView = s;
            t_contextFlags = flags;
        }
        return flags[index];
    }

    /// <summary>For each country mention of a sentence, whether the sentence names that state as context (no party).</summary>
    internal static bool[] ContextFlags(SentenceView s) => ContextFlags(s, scanOnce: true);

    /// <summary>
    /// <see cref="ContextFlags(SentenceView)"/>; with <paramref name="scanOnce"/> false, each mention's own parts of the sentence
    /// are searched for the expressions' required text (a scan of that mention alone), which must give the same answers.
    /// </summary>
    internal static bool[] ContextFlags(SentenceView s, bool scanOnce)
    {
        var countries = s.Countries;
        var flags = new bool[countries.Count];
        if (countries.Count == 0) return flags;
        var marked = new bool[countries.Count];
        // The text before a mention runs from the sentence's start and the text after it to the sentence's end, so each
        // expression's required text is searched once for the whole sentence (up to the last mention's start, from the
        // first mention's end), not once in the part of each mention.
        var shared = ContextScan.Of(s, countries);
        for (int i = 0; i < countries.Count; i++) marked[i] = MarkedContext(s, countries[i], scanOnce ? shared : ContextScan.Of(s, countries[i]));
        // "army chiefs of Norland, Vesk and Ostria arrived to watch the drill", "a county bordering Norland, Vesk
        // and Ostria": a state joined by a list to one the sentence names as context is context too.
        for (int first = 0; first < countries.Count;)
        {
            int last = first;
            while (last + 1 < countries.Count && Listed(s, countries[last], countries[last + 1])) last++;
            bool any = false;
            for (int i = first; i <= last; i++) any |= marked[i];
            for (int i = first; i <= last; i++) flags[i] = any || NamedInsideAnother(s, countries[i], scanOnce ? shared : ContextScan.Of(s, countries[i]));
            first = last + 1;
        }
        return flags;
    }

    private static bool OwnContext(SentenceView s, CountryMention c)
    {
        var scan = ContextScan.Of(s, c);
        return MarkedContext(s, c, scan) || NamedInsideAnother(s, c, scan);
    }

    [ThreadStatic] private static SentenceView? t_contextView;
    [ThreadStatic] private static bool[]? t_contextFlags;

    // A state's word inside an outlet's name, or inside a longer place name ("South America", "West Norland",
    // "the Indian Ocean", "the Korean Peninsula": the state's word is part of a name that is not the state). The
    // expressions run only where the scan of the sentence's required text (ContextScan) says they may match.
    private static bool NamedInsideAnother(SentenceView s, CountryMention c, in ContextScan scan)
    {
        int start = s.Tokens[c.FirstToken].Start;
        var last = s.Tokens[c.FirstToken + c.TokenCount - 1];
        int end = last.Start + last.Length;
        return InOutletName(s.Text, start, end)
            || (start >= scan.InsideNameBefore && s_insideNameBefore.Match(s.Text, 0, start).Success)
            || (end <= scan.InsideNameAfter && s_insideNameAfter.Match(s.Text, end, s.Text.Length - end).Success);
    }

    // A state the words around it name as context (events.tsv [context-before], [context-after]); the expressions run
    // only where the scan of the sentence's required text (ContextScan) says they may match.
    private static bool MarkedContext(SentenceView s, CountryMention c, in ContextScan scan)
    {
        int start = s.Tokens[c.FirstToken].Start;
        var last = s.Tokens[c.FirstToken + c.TokenCount - 1];
        int end = last.Start + last.Length;
        return (start >= scan.ContextBefore && EventVocabulary.ContextBefore.Match(s.Text, 0, start).Success)
            || (end <= scan.ContextAfter && EventVocabulary.ContextAfter.Match(s.Text, end, s.Text.Length - end).Success);
    }

    /// <summary>
    /// Where the required text (<see cref="RequiredText"/>) of the expressions read before and after a country mention lies in a
    /// sentence, searched once for all its mentions: an expression read before a mention (over the text from the sentence's
    /// start) may match only when the mention starts at or after the <c>Before</c> position, and one read after it (over the
    /// text to the sentence's end) only when the mention ends at or before the <c>After</c> position, exactly as
    /// <see cref="RequiredText.MayMatch(string, int, int)"/> over each mention's part would answer.
    /// </summary>
    private readonly struct ContextScan
    {
        // All the mentions of a sentence: the searches run up to the last mention's start and from the first mention's end.
        public static ContextScan Of(SentenceView s, IReadOnlyList<CountryMention> countries)
        {
            int lastStart = 0, firstEnd = s.Text.Length;
            foreach (var c in countries)
            {
                lastStart = Math.Max(lastStart, s.Tokens[c.FirstToken].Start);
                var last = s.Tokens[c.FirstToken + c.TokenCount - 1];
                firstEnd = Math.Min(firstEnd, last.Start + last.Length);
            }
            return new ContextScan(s.Text, lastStart, firstEnd);
        }

        // One mention alone: the searches cover its own text before and after it, the parts the expressions read.
        public static ContextScan Of(SentenceView s, CountryMention c)
        {
            var last = s.Tokens[c.FirstToken + c.TokenCount - 1];
            return new ContextScan(s.Text, s.Tokens[c.FirstToken].Start, last.Start + last.Length);
        }

        private ContextScan(string text, int lastStart, int firstEnd)
        {
            ContextBefore = RequiredText.Of(EventVocabulary.ContextBefore).FirstEnd(text, lastStart);
            ContextAfter = RequiredText.Of(EventVocabulary.ContextAfter).LastStart(text, firstEnd);
            InsideNameBefore = RequiredText.Of(s_insideNameBefore).FirstEnd(text, lastStart);
            InsideNameAfter = RequiredText.Of(s_insideNameAfter).LastStart(text, firstEnd);
        }

        public int ContextBefore { get; }
        public int ContextAfter { get; }
        public int InsideNameBefore { get; }
        public int InsideNameAfter { get; }
    }

    // Two country mentions next to each other in a list: only a comma, "and" or "or" between them.
    private static bool Listed(SentenceView s, CountryMention a, CountryMention b)
    {
        var last = s.Tokens[a.FirstToken + a.TokenCount - 1];
        int end = last.Start + last.Length, start = s.Tokens[b.FirstToken].Start;
        if (start <= end || start - end > 7) return false;
        var between = s.Text.Substring(end, start - end).Trim();
        return between is "," or "and" or "or" or ", and" or ", or";
    }

    // "ANKARA, (Pakistan Point News) – …", "the Saudi Press Agency reported": a state named inside the
    // name of the outlet that reports (events.tsv [outlets]) is the report's source, no party.
    // The outlets' names of a text are found once and kept (per thread) for the next mention of the same
    // text: the article's main partner asks about every country mention of every sentence.
    private static bool InOutletName(string text, int start, int end)
    {
        if (!ReferenceEquals(text, t_outletText) || t_outletSpans is not { } spans)
        {
            spans = t_outletSpans ??= new List<(int Index, int End)>();
            spans.Clear();
            EventVocabulary.OutletNames.FindAll(text, spans);
            t_outletText = text;
        }
        foreach (var (index, spanEnd) in spans)
        {
            if (index > start) break;
            if (end <= spanEnd) return true;
        }
        return false;
    }

    [ThreadStatic] private static string? t_outletText;
    [ThreadStatic] private static List<(int Index, int End)>? t_outletSpans;

    // Whether a country is the corpus's home country; a corpus without one has no home side.
    private static bool IsHome(string? country, string? home) => home is not null && country == home;

    private static bool After(IsoDate d, IsoDate published)
        => d.Year is { } y && published.Year is { } py && (y > py || y == py && d.Month is { } m && published.Month is { } pm && (m > pm || m == pm && d.Day is { } dd && published.Day is { } pd && dd > pd));

    private static readonly Regex s_backgroundBeforePlace = RulePatterns.Get("background-before-place");

    // "This meeting follows the fourth round in Lima": a place after a trigger and a word that turns to
    // another occasion, earlier or set against the one told, is that occasion's. A trigger between the word
    // and the place ("followed last week's visit to Hanoi") tells the occasion the place is of.
    /// <summary>
    /// False when <paramref name="before"/> cannot match <c>opener-before</c>, without running it:
    /// that pattern allows at most five runs of white space after the first letter or digit (its
    /// five <c>\s+</c>, between words and a comma that hold none), and the text before a date
    /// in the middle of a sentence has more.
    /// </summary>
    internal static bool MayBeOpener(string before)
    {
        int gaps = 0;
        bool word = false, space = false;
        foreach (char c in before)
        {
            if (!word)
            {
                word = char.IsLetterOrDigit(c);
                continue;
            }
            bool white = char.IsWhiteSpace(c);
            if (white && !space && ++gaps > 5) return false;
            space = white;
        }
        return true;
    }

    // "After the meeting, the minister is expected to deliver a speech at a forum held in Fukuoka": between the
    // trigger nearest before a place and the place, words of a later act (patterns.tsv later-act-before-place)
    // make the place that act's, not a held occasion's.
    private static bool LaterActOf(EngagementDraft draft, EventSentence s, int at, ref List<Trigger>? found)
    {
        if (draft.Status != EngagementNames.Held) return false;
        found ??= Triggers.Find(s);
        int from = 0;
        foreach (var t in found) if (t.End <= at) from = t.End;
        return RequiredText.IsMatch(s_laterActBeforePlace, s.Text, from, at - from);
    }

    private static readonly Regex s_earlierOccasionTrigger = RulePatterns.Get("earlier-occasion-trigger");
    private static readonly Regex s_otherOccasionTurn = RulePatterns.Get("other-occasion-turn");

    // "The talks followed the March visit to Kelm", "This tour follows last month's trip to Ostria", "comes six months after the
    // ministers met in Kelm": a trigger after an earlier one of its sentence and a word that turns to another occasion
    // (other-occasion-turn, earlier-occasion-trigger) or told as recent or previous (past-before) tells that other occasion.
    private static bool TurnedTo(EventSentence s, Trigger trigger)
    {
        if (trigger.Index == 0) return false;
        Trigger? before = null;
        foreach (var t in Triggers.Find(s)) if (t.End <= trigger.Index) before = t;
        if (before is null) return false;
        int length = trigger.Index - before.End;
        return RequiredText.IsMatch(s_otherOccasionTurn, s.Text, before.End, length)
            || RequiredText.IsMatch(s_earlierOccasionTrigger, s.Text, before.End, trigger.End - before.End)
            || RequiredText.IsMatch(s_pastBefore, s.Text, before.End, length);
    }

    private static bool InAnotherOccasion(EventSentence s, int at, ref List<Trigger>? found, Trigger? own = null)
    {
        found ??= Triggers.Find(s);
        Trigger? nearest = null, before = null;
        foreach (var t in found) if (t.End <= at) { before = nearest; nearest = t; }
        if (nearest is null) return false;
        if (RequiredText.IsMatch(s_backgroundBeforePlace, s.Text, nearest.End, at - nearest.End)) return true;
        // "The signing comes six months after the ministers met in Kelm", "… General Dosk, who had visited Ostria":
        // the place follows a second trigger that a pluperfect or a span of time before it makes an earlier occasion, so it is that occasion's,
        // not the one the sentence tells first (nor the one being placed, when that trigger is its own).
        if (before is null || own is not null && own.Index == nearest.Index) return false;
        return RequiredText.IsMatch(s_earlierOccasionTrigger, s.Text, before.End, nearest.End - before.End);
    }

    // The match of an expression in the text before a position, or null; the prefilter spares the expression where it cannot match.
    private static Match? MatchBefore(Regex regex, string text, int end)
    {
        if (!RequiredText.Of(regex).MayMatch(text, 0, end)) return null;
        var m = regex.Match(text, 0, end);
        return m.Success ? m : null;
    }

    private static readonly Regex s_dateAfterPlace = RulePatterns.Get("date-after-place");

    // "…, who visited Ostria in March 2019", "the minister had been to Kelm in June 2018": a place whose
    // own words go on with a date of another time ("in", "on" or "during" and a date that states its year)
    // is another occasion's: the year (or, in the same year, the month) differs from the engagement's date,
    // or, for an engagement not yet dated, the date lies more than three months before the writing.
    internal static bool DatedOtherwise(EventSentence s, int placeEnd, EngagementDraft draft, IsoDate? published)
    {
        if (s.Dates.Count == 0 || placeEnd >= s.Text.Length) return false;
        var m = s_dateAfterPlace.Match(s.Text, placeEnd, Math.Min(16, s.Text.Length - placeEnd));
        if (!m.Success) return false;
        int at = placeEnd + m.Length;
        foreach (var d in s.Dates)
        {
            if (d.Start != at) continue;
            if (d.Year is not { } y) return false;
            if (draft.Date is { Year: { } dy } dd) return y != dy || d.Month is { } mm && dd.Month is { } dm && mm != dm;
            return published is { Year: { } py } p && py * 12 + (p.Month ?? 12) - (y * 12 + (d.Month ?? 12)) > 3;
        }
        return false;
    }

    private static void Locate(EngagementDraft draft, EventSentence s, IReadOnlyDictionary<string, string> cities, Trigger? trigger = null, List<Trigger>? triggers = null,
        IsoDate? published = null)
    {
        List<Trigger>? found = triggers;
        Trigger? own = trigger;
        if (trigger is not null)
        {
            // The place stated in the trigger's own clause comes first ("meetings at the summit held in Japan").
            int start = Math.Max(0, s.Text.LastIndexOfAny(new[] { ',', ';' }, Math.Max(0, trigger.Index - 1)) + 1);
            int end = s.Text.IndexOfAny(new[] { ',', ';' }, trigger.End);
            var sub = s_placeAfter.Match(s.Text.Substring(trigger.End, (end < 0 ? s.Text.Length : end) - trigger.End));
            if (sub.Success && !InAnotherOccasion(s, trigger.End + sub.Groups["c"].Index, ref found, trigger)
                && !RequiredText.IsMatch(s_homeBaseBefore, s.Text, 0, trigger.End + sub.Groups["c"].Index)
                && !LaterActOf(draft, s, trigger.End + sub.Groups["c"].Index, ref found))
            {
                string place = sub.Groups["c"].Value;
                foreach (var city in NamedIn(s, cities))
                {
                    if (!place.StartsWith(city, StringComparison.Ordinal) || !EndsWord(place, city.Length)) continue;
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
                if (at < 0 || triggers is not null && OwnedByAnother(s, triggers, at, draft) || InAnotherOccasion(s, at, ref found, own)
                    || LaterActOf(draft, s, at, ref found) || DatedOtherwise(s, at + city.Length, draft, published)) continue;
                draft.City = city;
                draft.LocationCountry ??= cities[city];
                break;
            }
        }
        if (draft.City is null) LocateVenue(draft, s, cities, triggers, ref found, own);
        if (draft.City is null)
        {
            // "signed the plan in Merkez, Ankara, Turkey", "at the Ministry of Defence, Canberra": a named venue
            // that is no known place, its city after a comma, places the occasion in that city.
            foreach (var city in NamedIn(s, cities))
            {
                int at = CityAfterVenue(s, city, cities, out string? venue);
                if (at < 0 || triggers is not null && OwnedByAnother(s, triggers, at, draft) || InAnotherOccasion(s, at, ref found, own)) continue;
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
                if (c.Kind != CountryWordKind.Name || c.FirstToken == 0 || InAnotherOccasion(s, s.Tokens[c.FirstToken].Start, ref found, own)) continue;
                var before = s.Tokens[c.FirstToken - 1].Text;
                if (RequiredText.IsMatch(s_homeBaseBefore, s.Text, 0, s.Tokens[c.FirstToken].Start)) continue;
                // "during his Ostria visit": a country's name set before a noun of visiting, as its adjunct, is the state visited.
                var last = s.Tokens[c.FirstToken + c.TokenCount - 1];
                int afterName = last.Start + last.Length;
                if (DatedOtherwise(s, afterName, draft, published)) continue;
                if (before == "in" || before == "at" || before == "to" && RequiredText.IsMatch(s_visitOrTrip, s.Text)
                    || RequiredText.IsMatch(s_visitedBefore, s.Text, 0, s.Tokens[c.FirstToken].Start) && !VisitListed(s, c)
                    || RequiredText.IsMatch(s_visitNounAfter, s.Text, afterName, s.Text.Length - afterName))
                {
                    draft.LocationCountry = c.Code;
                    break;
                }
            }
        }
        if (draft.LocationCountry is null) LocateRegion(draft, s, triggers, ref found, own);
        if (draft.City is not null && draft.LocationCountry is null) draft.LocationCountry = cities[draft.City];
    }

    // "drills in Sabah", "talks at a base in Queensland": a province, state or island (places.tsv [regions])
    // named as the venue places the occasion in its country, and in no city.
    private static void LocateRegion(EngagementDraft draft, EventSentence s, List<Trigger>? triggers, ref List<Trigger>? found, Trigger? own)
    {
        if (draft.City is not null) return;
        var regions = PlaceVocabulary.Regions;
        foreach (var region in NamedIn(s, regions))
        {
            int at = VenueAt(s.Text, region);
            if (at >= 0 && RequiredText.IsMatch(s_waterAfter, s.Text, at + region.Length, s.Text.Length - at - region.Length)) continue;
            if (at < 0 || triggers is not null && OwnedByAnother(s, triggers, at, draft) || InAnotherOccasion(s, at, ref found, own)) continue;
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
    private static void LocateVenue(EngagementDraft draft, EventSentence s, IReadOnlyDictionary<string, string> cities, List<Trigger>? triggers, ref List<Trigger>? found, Trigger? own)
    {
        foreach (var venue in PlaceVocabulary.Venues)
        {
            if (s.Text.IndexOf(venue.Key, StringComparison.Ordinal) < 0 || !cities.TryGetValue(venue.Value, out var country)) continue;
            if (draft.LocationCountry is not null && draft.LocationCountry != country) continue;
            int at = VenueAt(s.Text, venue.Key);
            if (at < 0 || triggers is not null && OwnedByAnother(s, triggers, at, draft) || InAnotherOccasion(s, at, ref found, own)) continue;
            draft.Place ??= venue.Key;
            draft.City = venue.Value;
            draft.LocationCountry = country;
            return;
        }
    }

    // "will visit Cambodia and Laos": a visit to several places names no single venue.
    private static bool VisitListed(EventSentence s, CountryMention c)
    {
        var last = s.Tokens[c.FirstToken + c.TokenCount - 1];
        int end = last.Start + last.Length;
        return CityListedAfter(s.Text, end)
            || s.Text.Length > end && s.Text[end] == ',' && s.Countries.Any(o => o.FirstToken == c.FirstToken + c.TokenCount + 1);
    }

    // Whether the trigger nearest before a place is of another kind than the engagement's
    // ("the accord signed in Lima"): the place is that event's.
    // So is a place after a trigger of the engagement's kind but another status ("the talks in Hanoi …
    // he will also visit Hue"): a planned trip moves no held occasion.
    private static bool OwnedByAnother(EventSentence s, List<Trigger> triggers, int at, EngagementDraft draft)
    {
        Trigger? nearest = null;
        foreach (var t in triggers) if (t.End <= at) nearest = t;
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
            for (int i = 0; i < Names.Length; i++)
            {
                string first = LeadingWord(Names[i], 0);
                if (!ByFirstWord.TryGetValue(first, out var orders)) ByFirstWord.Add(first, orders = new List<int>());
                orders.Add(i);
                if (Names[i].Length == 0 || !char.IsUpper(Names[i][0])) Capitalised = false;
            }
        }

        public bool Capitalised { get; } = true;
        public string[] Names { get; }
        public Dictionary<string, List<int>> ByFirstWord { get; } = new(StringComparer.Ordinal);
    }

    [ThreadStatic] private static EventSentence? t_namedSentence;
    [ThreadStatic] private static IReadOnlyDictionary<string, string>? t_namedList;
    [ThreadStatic] private static List<string>? t_named;
    [ThreadStatic] private static EventSentence? t_otherSentence;
    [ThreadStatic] private static IReadOnlyDictionary<string, string>? t_otherList;
    [ThreadStatic] private static List<string>? t_other;

    // The places of a list whose first word stands at the start of a word of the sentence, in the list's
    // order (the first that fits wins, as over the whole list): a sentence names a few of a gazetteer
    // of many hundred names, and only those need a search. The last answer is kept (per thread) for the
    // next call on the same sentence and list.
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
        var index = s_byFirstWord.GetValue(places, list => new PlaceIndex(list));
        var found = new SortedSet<int>();
        string text = s.Text;
        for (int i = 0; i < text.Length; i++)
        {
            // Where every name starts with a capital letter, other words need no look-up.
            if (!(index.Capitalised ? char.IsUpper(text[i]) : char.IsLetterOrDigit(text[i])) || i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            if (index.ByFirstWord.TryGetValue(LeadingWord(text, i), out var orders)) found.UnionWith(orders);
        }
        var named = new List<string>(found.Count);
        foreach (int i in found) named.Add(index.Names[i]);
        t_namedSentence = s;
        t_namedList = places;
        t_named = named;
        return named;
    }

    // The run of letters and digits from a point of a text ("Xi" of "Xi'an", "Port" of "Port-au-Prince").
    private static string LeadingWord(string text, int start)
    {
        int end = start;
        while (end < text.Length && char.IsLetterOrDigit(text[end])) end++;
        return text.Substring(start, end - start);
    }

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

    private static void Merge(EngagementDraft into, EngagementDraft from)
    {
        foreach (var s in from.Evidence) if (!into.Evidence.Contains(s)) into.Evidence.Add(s);
        foreach (var p in from.Participants) if (!into.Participants.Contains(p)) into.Participants.Add(p);
        foreach (var p in from.Inviters) if (!into.Inviters.Contains(p)) into.Inviters.Add(p);
        into.Open = false;
        foreach (var t in from.Topics) into.Topics.Add(t);
        into.Date ??= from.Date;
        if (!from.PlacedInPassing)
        {
            if (into.City is null || into.City == from.City) into.Place ??= from.Place;
            into.City ??= from.City;
            into.LocationCountry ??= from.LocationCountry;
        }
        into.Name ??= from.Name;
        into.Edition ??= from.Edition;
        foreach (var c in from.Countries) if (!into.Countries.Contains(c)) into.Countries.Add(c);
        into.Countries.Sort(StringComparer.Ordinal);
    }

    // One pattern per trigger word, built once: the vocabulary is larger than Regex's own cache.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> s_topicPatterns = new(StringComparer.Ordinal);

    private static Regex TopicPattern(string trigger)
        => s_topicPatterns.GetOrAdd(trigger, t => new Regex(@"\b" + Regex.Escape(TextTools.Fold(t)) + @"\b", RegexOptions.CultureInvariant));

    [ThreadStatic] private static string? t_lastTopicText;
    [ThreadStatic] private static string? t_lastTopicFolded;

    private static void AddTopics(EngagementDraft draft, string text, IReadOnlyList<TopicEntry> topics)
    {
        // A sentence's topics are often added to several engagements: its folded text is kept (per thread) for the next call.
        string folded;
        if (ReferenceEquals(text, t_lastTopicText) && t_lastTopicFolded is { } kept) folded = kept;
        else
        {
            folded = TextTools.Fold(text);
            t_lastTopicText = text;
            t_lastTopicFolded = folded;
        }
        foreach (var topic in topics)
        {
            foreach (var trigger in topic.Triggers)
            {
                if (TopicPattern(trigger).IsMatch(folded))
                {
                    draft.Topics.Add(topic.Name);
                    break;
                }
            }
        }
    }

    /// <summary>The CAMEO event code for a kind of engagement in its circumstances, as the event vocabulary gives it.</summary>
    public static string Cameo(string kind, string status, bool thirdLocation)
    {
        var entry = EventVocabulary.Kind(kind);
        if (status == EngagementNames.Planned && entry.CameoWhenPlanned is { } planned) return planned;
        return thirdLocation ? entry.CameoAtThirdVenue : entry.Cameo;
    }
}
