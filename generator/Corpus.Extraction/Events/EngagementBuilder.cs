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
using Corpus.Extraction.Segment;

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
    /// <summary>A rule of the article's one city (the dateline's, <see cref="EngagementBuilder.CityByDateline"/>, or the lead's,
    /// <see cref="EngagementBuilder.CityByLead"/>) weighed the occasion and left it without that city for a reason of its own (a
    /// date not of the news, a kind held afield, another place told for it): no later rule of the one city places it there.</summary>
    public bool CityRefused { get; set; }
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
public static partial class EngagementBuilder
{
    private static readonly Regex s_reference = RulePatterns.Get("reference");
    private static readonly Regex s_namedPossessive = RulePatterns.Get("named-possessive");
    private static readonly Regex s_occasionAimAfter = RulePatterns.Get("occasion-aim-after");
    private static readonly Regex s_occasionEndAfter = RulePatterns.Get("occasion-end-after");
    // Before the trigger anywhere in the sentence: invitations and postings are no engagements yet.
    private static readonly Regex s_anchorWords = RulePatterns.Get("anchor-words");
    // "Speaking at the ceremony, Minister X said …": a speaker set at the occasion by an opening participle anchors a ceremony.
    private static readonly Regex s_speakingAt = RulePatterns.Get("speaking-at");
    // "X stated during the send-off ceremony": a named speaker's words placed at a ceremony anchor it as well.
    private static readonly Regex s_speechAtCeremony = RulePatterns.Get("speech-at-ceremony");
    // "cut the ribbon at a ceremony at the Kelm Naval Base": the site a ceremony was held at.
    private static readonly Regex s_ceremonyAtSite = RulePatterns.Get("ceremony-at-site");
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
    // "a trilateral meeting of the coast guards": an occasion of three or more sides named by its number of sides.
    private static readonly Regex s_manySided = RulePatterns.Get("many-sided");
    private static readonly Regex s_discussion = RulePatterns.Get("discussion");
    // "The talks took place in Kelm on Tuesday.": a sentence after an occasion that refers back to it by a definite noun.
    private static readonly Regex s_toldAfter = RulePatterns.Get("told-after");
    private static readonly Regex s_toldAfterLater = RulePatterns.Get("told-after-later");

    private static readonly Regex s_occasionReference = RulePatterns.Get("occasionReference");
    private static readonly Regex s_speakerView = RulePatterns.Get("speaker-view");
    private static readonly Regex s_signedByOpener = RulePatterns.Get("signed-by-opener");
    private static readonly Regex s_subordinateOffice = RulePatterns.Get("subordinate-office");
    private static readonly Regex s_pronounSpeechAt = RulePatterns.Get("pronoun-speech-at-occasion");
    // "X and his Thai counterpart Y agreed …": two people named as the two sides of the occasion before.
    private static readonly Regex s_counterparts = RulePatterns.Get("counterparts");
    private static readonly Regex s_speech = RulePatterns.Get("speech");
    // "X said on Friday that he and his Thai counterpart discussed …": the speaker took part.
    private static readonly Regex s_speakerTookPart = RulePatterns.Get("speaker-took-part");
    private static readonly Regex s_speechAtOccasion = RulePatterns.Get("speech-at-occasion");
    private static readonly Regex s_speechPlacedAtOccasion = RulePatterns.Get("speech-placed-at-occasion");
    private static readonly Regex s_speechAfterOccasion = RulePatterns.Get("speech-after-occasion");
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
    // "The Veskan port call comes two weeks after Kelm's frigates called at the base": the verb that parts a retold occasion from
    // an earlier one (OtherSideOfFollows).
    private static readonly Regex s_occasionFollowsVerb = RulePatterns.Get("occasion-follows-verb");
    // "At the closing ceremony, X said …": a speaker in a sentence that opens at the occasion took part.
    private static readonly Regex s_occasionOpener = RulePatterns.Get("occasion-opener");
    // "separate bilateral meetings with his Australian and Russian counterparts": one meeting per partner.
    // So are "talks with the Philippine and New Zealand delegations".
    private static readonly Regex s_separate = RulePatterns.Get("separate");
    // "a tenu une réunion conjointe avec l'ambassadrice du Mali et l'ambassadeur du Niger": one meeting of all.
    private static readonly Regex s_oneJointOccasion = RulePatterns.Get("one-joint-occasion");
    // "according to General Phirun": a rank or title may stand between.
    private static readonly Regex s_speechBefore = RulePatterns.Get("speech-before");
    private static readonly Regex s_reportedSubject = RulePatterns.Get("reported-subject");
    private static readonly Regex s_accordingBefore = RulePatterns.Get("according-before");
    // The patterns of the rules below, each built once: there are more of them than Regex's own cache keeps.
    private static readonly Regex s_timePossessive = RulePatterns.Get("time-possessive");
    private static readonly Regex s_pronounBefore = RulePatterns.Get("pronoun-before");
    // "during his meeting with Prime Minister Y": after such a noun, the one it was held with.
    private static readonly Regex s_pronounOccasionWith = RulePatterns.Get("pronoun-occasion-with");
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
    // "The drill had begun on ": a sentence of a drill's start, up to its date.
    private static readonly Regex s_drillStartBefore = RulePatterns.Get("drill-start-before");
    private static readonly Regex s_restatedOccasionBefore = RulePatterns.Get("restated-occasion-before");
    // "The two frigates will stay in the harbour of Kelm from ": a sentence of a ship's stay in port, up to its first date.
    private static readonly Regex s_staySpanBefore = RulePatterns.Get("stay-span-before");
    private static readonly Regex s_foundingBefore = RulePatterns.Get("founding-before");
    // "the first time he visited Kelm since assuming command in November": the time an office was taken up dates no occasion.
    private static readonly Regex s_officeTakenBefore = RulePatterns.Get("office-taken-before");
    // "settled on a mine clearance plan for this year": the period a plan covers.
    private static readonly Regex s_planPeriodBefore = RulePatterns.Get("plan-period-before");
    private static readonly Regex s_placeBetweenCommas = RulePatterns.Get("place-between-commas");
    // "held talks with officials in Cambodia, a close partner of Japan, on Monday": an apposition set off by commas.
    private static readonly Regex s_appositionBetweenCommas = RulePatterns.Get("apposition-between-commas");
    private static readonly Regex s_placeBeforeDate = RulePatterns.Get("place-before-date");
    private static readonly Regex s_loneDateBreaker = RulePatterns.Get("lone-date-breaker");
    // "met Gen. Sok Dara, commander of the army, on Monday": the office of a person set off by commas.
    private static readonly Regex s_personApposition = RulePatterns.Get("person-apposition");
    // "The exercise, the seventh of its kind, is scheduled to …": an apposition right after the trigger.
    private static readonly Regex s_appositionFirst = RulePatterns.Get("apposition-first");
    // "the cadets paraded here, May 3, to mark …": the date itself set off by commas after its clause.
    private static readonly Regex s_clauseThenComma = RulePatterns.Get("clause-then-comma");
    private static readonly Regex s_yearFirst = RulePatterns.Get("year-first");
    private static readonly Regex s_heldAfter = RulePatterns.Get("held-after");
    private static readonly Regex s_headlinePresent = RulePatterns.Get("headline-present");
    private static readonly Regex s_visitUnderWay = RulePatterns.Get("visit-under-way");
    private static readonly Regex s_topicBefore = RulePatterns.Get("topic-before");
    private static readonly Regex s_rangeTailComma = RulePatterns.Get("range-tail-comma");
    private static readonly Regex s_openerBefore = RulePatterns.Get("opener-before");
    private static readonly Regex s_openerAfter = RulePatterns.Get("opener-after");
    private static readonly Regex s_reportedOpener = RulePatterns.Get("reported-opener-before");
    private static readonly Regex s_verbSetOffBefore = RulePatterns.Get("verb-set-off-before");
    private static readonly Regex s_setOffDateObject = RulePatterns.Get("set-off-date-object");
    private static readonly Regex s_ouClauseAfterDate = RulePatterns.Get("ou-clause-after-date");
    private static readonly Regex s_marginOpenerBefore = RulePatterns.Get("margin-opener-before");
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
    private static readonly Regex s_callOn = RulePatterns.Get("call-on");
    private static readonly Regex s_courtesyCall = RulePatterns.Get("courtesy-call");
    private static readonly Regex s_visitFrame = RulePatterns.Get("visit-frame");
    private static readonly Regex s_visitBy = RulePatterns.Get("visit-by");
    private static readonly Regex s_countedList = RulePatterns.Get("counted-list");
    private static readonly Regex s_nameList = RulePatterns.Get("name-list");
    private static readonly Regex s_occasionNameBefore = RulePatterns.Get("occasion-name-before");
    private static readonly Regex s_occasionNameAfter = RulePatterns.Get("occasion-name-after");
    private static readonly Regex s_occasionNameGeneric = RulePatterns.Get("occasion-name-generic");
    private static readonly Regex s_occasionEdition = RulePatterns.Get("occasion-edition");

    internal static List<EngagementDraft> Build(IReadOnlyList<EventSentence> sentences, string? home, string? partner, IsoDate? published,
        IReadOnlyList<TopicEntry> topics, IReadOnlyDictionary<string, string> cities, string? datelinePlace = null, string? otherSide = null,
        bool otherSideUntold = false)
    {
        published = WritingDate(sentences, published);
        var result = new List<EngagementDraft>();
        var announced = new List<Announcement>();
        int position = -1;
        EngagementDraft? current = null;
        EventSentence? previous = null;
        string? datelineCity = null;
        int datelineLeft = 0;
        string? openingCity = OpeningDateline(sentences, cities, datelinePlace);
        // Whether the article is about peacekeepers: asked only for a ceremony that sends troops off or welcomes them home, once.
        bool? peacekeepers = null;
        bool aboutPeacekeepers() => peacekeepers ??= sentences.Any(x => RequiredText.IsMatch(s_peacekeeping, x.Text));
        // The lists each sentence fills before and while its triggers are read: made once for the article and cleared at each
        // sentence, as none of them is kept past its sentence (what they hold is copied where it is kept).
        var addressing = new List<Party>();
        var invitedBy = new List<Party>();
        var touched = new List<EngagementDraft>();
        var touchedBy = new List<Trigger>();
        var possessors = new List<string>();
        var valid = new List<Trigger>();
        foreach (var s in sentences)
        {
            position++;
            if (s.IsLink) { previous = s; continue; }
            // "PHNOM PENH, May 27 (Agency) -- …", "Baku, Azerbaijan, May 15" on a line of its own:
            // the story is filed from that city; it holds for the dateline's own sentence, or the next one.
            // A dateline on a line of its own holds for the first engagement of the next three sentences.
            string? filedFrom = DatelineCity(s.Text, cities, out bool alone) ?? (datelineLeft-- > 0 ? datelineCity : null);
            if (alone) { datelineCity = filedFrom; datelineLeft = 3; }
            addressing.Clear();
            invitedBy.Clear();
            var people = Participants(s, previous, addressing, invitedBy);
            if (RequiredText.IsMatch(s_pronounCall, s.Text) && CallerBefore(sentences, position, s, people) is { } caller) people.Insert(0, caller);
            // "…,\u201D he added at the farewell parade.": a sentence that names nobody, whose pronoun spoke at the occasion it names.
            if (s.People.Count == 0 && RequiredText.IsMatch(s_pronounSpeechAt, s.Text) && SubjectBefore(sentences, position) is { } spoke) people.Add(spoke);
            bool notReporting = RequiredText.IsMatch(EventVocabulary.NotReporting, s.Text);
            EngagementDraft? candidate = null;
            Trigger? chosen = null;
            touched.Clear();
            touchedBy.Clear();
            possessors.Clear();
            valid.Clear();
            List<Trigger>? bySiteOnly = null;
            Trigger? earlier = null;
            foreach (var trigger in s.Triggers)
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
                if (!IsAnchored(s, trigger, date, people, cities))
                {
                    // A ceremony anchored by its site alone counts only in a sentence that refers to no earlier occasion, wherever
                    // the reference stands: it is decided after the whole sentence has been read.
                    if (CeremonyAtSite(s, trigger)) (bySiteOnly ??= new List<Trigger>()).Add(trigger);
                    continue;
                }
                valid.Add(trigger);
                if (chosen is null || Better(s, trigger, chosen, home)) chosen = trigger;
            }
            if (bySiteOnly is not null && touched.Count == 0)
            {
                valid.AddRange(bySiteOnly);
                valid.Sort((x, y) => x.Index.CompareTo(y.Index));
                chosen = null;
                foreach (var trigger in valid)
                    if (chosen is null || Better(s, trigger, chosen, home)) chosen = trigger;
            }
            if (chosen is not null)
            {
                // "Manet’s maiden visit …": the possessor belongs to the visit referred to, not to a new engagement.
                var own = people.Where(p => !possessors.Any(n => p.Name.Split(' ').Contains(n))).ToList();
                // "This visit follows the talks between X and Y in May": X and Y belong to the talks followed, unless they are the chosen occasion.
                own.RemoveAll(p => OfAnOccasionFollowed(s, p, chosen));
                // "The talks came after President X and Prime Minister Y agreed to hold them": the people named on the other side of
                // the verb that sets the chosen occasion after an earlier one are that occasion's.
                var chosenApart = OtherSideOfFollows(s, chosen);
                own.RemoveAll(p => OnTheOtherSideOfFollows(s, p, chosenApart));
                // "following his trip": the trip is the one of the person the pronoun stands for.
                if (!chosen.IsVerb && RequiredText.IsMatch(s_pronounBefore, s.Text, 0, chosen.Index))
                {
                    var antecedent = s.People.Count > 0 ? s.People[0].Official : previous?.People.FirstOrDefault().Official;
                    // "X spoke to the press after his meeting with Prime Minister Y": Y, named after the noun's "with", is its partner.
                    var partners = antecedent is null ? new List<Party>() : own.Where(p => !p.Equals(antecedent) && PartnerAfterWith(s, p, chosen)).ToList();
                    own = antecedent is null ? new List<Party>() : new List<Party> { antecedent };
                    own.AddRange(partners);
                }
                // "In a separate meeting, the New Zealand minister …": the home side is the one of the meeting before.
                if (RequiredText.IsMatch(s_separateMeeting, s.Text) && !own.Any(p => IsHome(p.Country, home))
                    && result.LastOrDefault(e => Trigger.Group(e.Kind) == "encounter") is { } before0)
                {
                    own.InsertRange(0, before0.Participants.Where(p => IsHome(p.Country, home) && !own.Contains(p)));
                }
                candidate = Candidate(s, chosen, own, home, partner, published, cities, CountedCarry(sentences, position, s, current?.Countries),
                    touched.Count == 1 ? touched[0].Countries : null, aboutPeacekeepers, result.Count == 0 ? otherSide : null,
                    otherSideUntold && result.Count == 0,
                    (datelinePlace ?? openingCity) is { } filed && cities.TryGetValue(filed, out var hereIn) && RequiredText.IsMatch(s_here, s.Text) ? hereIn : null);
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
                    // Not one on the other side of the verb that sets the chosen occasion after an earlier one (chosenApart, above).
                    foreach (var other in valid)
                    {
                        if (other == chosen || other.Kind != chosen.Kind || Status(s, other) != candidate.Status) continue;
                        if (InSpan(chosenApart, other.Index)) continue;
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
                if (visitors is { Count: 0 } && home is null
                    && UntoldTraveller(candidate!, destinations!, otherSide, partner, filedFrom ?? datelinePlace ?? openingCity, cities) is { } travellerSide)
                {
                    visitors.Add(travellerSide);
                    foreach (var traveller in candidate!.Participants) traveller.Tell(travellerSide);
                }
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
                    && (RequiredText.IsMatch(s_separate, s.Text)
                        || (!RequiredText.IsMatch(s_oneJointOccasion, s.Text)
                            && candidate.Participants.Select(p => p.Country).Where(c => c is not null && c != hub).Distinct().Count() >= 2)))
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
            // "…, said General X, commander of the army, during a send-off ceremony at the airbase.": a speaker whose words are placed
            // at an occasion, in a sentence that refers to no occasion told before, spoke at the sentence's own; he took part in it
            // when his side is one of its parties.
            if (candidate is not null && touched.Count == 0)
            {
                foreach (var speaker in addressing)
                {
                    if (speaker.Side(home, partner) is { } side && candidate.Countries.Contains(side) && !candidate.Participants.Contains(speaker)) candidate.Participants.Add(speaker);
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
                        if (!(ownDate is { Day: not null } od && candidate.Date is { Day: not null } cd && od.ConflictsWith(cd))) continue;
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
                // "The talks came after President X and Prime Minister Y agreed to hold them": nor are the people named after the verb.
                var touchedApart = OtherSideOfFollows(s, touchedBy[t]);
                theirs = theirs.Where(p => !OnTheOtherSideOfFollows(s, p, touchedApart)).ToList();
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
        int ledeIndex = sentences.Count > 1 && Segmenter.IsStampAlone(sentences[0].Text) ? 1 : 0;
        for (int i = result.Count - 1; i > 0; i--)
        {
            for (int j = 0; j < i; j++)
            {
                if (!SameNamedOccasion(result[j], result[i])
                    && (!SameEngagement(result[j], result[i], home, partner) && !Lede(result[j], result[i], ledeIndex) && !Bare(result[j], result[i], published)
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
        WelcomeOfAVisit(result);
        FrameByOccasion(result, sentences);
        ByToldBefore(result, sentences, announced, published, cities);
        ByStatesLead(result, sentences, home, partner, published, cities);
        PeopleToldNear(result, sentences, home, partner);
        PeopleReferredToInThePlural(result);
        SpeakersOfAOneStateCeremony(result, sentences);
        VisitMeetings(result);
        MeetingOfAHostlessVisit(result);
        CallOfAVisit(result);
        InstitutionVisits(result, sentences);
        UntoldMeetings(result, sentences);
        UntoldJointActivities(result, sentences, published);
        AidsToldInside(result, sentences);
        DateByAnnouncement(result, sentences, announced);
        DateByLead(result, sentences, published);
        DateByStart(result, sentences, published);
        DateByRestatement(result, sentences, published);
        DateByStay(result, sentences, published);
        DateByToday(result, published);
        UndateThisYear(result, published);
        DateByLoneDate(result, published);
        DateByVisitOfTheSentence(result, published);
        DateByHeadline(result, sentences, published);
        DateByVisitUnderWay(result, published);
        YearByEdition(result, sentences);
        ThirdStateUntied(result);
        CityByOccasion(result);
        CityByDateline(result, openingCity, cities, published);
        // No city's dateline opens the article: a region's may (its state only).
        if (openingCity is null) StateByDateline(result, OpeningDateline(sentences, PlaceVocabulary.Regions, datelinePlace), cities, published);
        CityByArticle(result, sentences, openingCity, cities);
        CityBySigning(result, sentences, cities);
        CountryByOccasion(result);
        CountryByEnvoy(result);
        PlaceByFrame(result, cities, published);
        CityByLead(result, sentences, openingCity, cities, published);
        CountryByReceiver(result);
        OnlyOfficialsOfAnOccasionToldWithNobody(result, sentences);
        foreach (var e in result) e.Countries.Sort(StringComparer.Ordinal);
        return result;
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
        if (a.Date is { } da && b.Date is { } db && da.ConflictsWith(db)) return false;
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
        else if (MayEndWithName(s.Text, trigger.Index) && s_occasionNameBefore.Match(s.Text.Substring(0, trigger.Index)) is { Success: true } before)
            found = before.Groups["name"];
        if (found is null || !found.Success) return;
        SetName(draft, s, found.Index + offset, found.Value);
    }

    // Whether the text before a noun trigger (up to end) may end in a name as occasion-name-before reads it: white space at
    // the end, and before it a word of letters, digits, apostrophes and hyphens that starts with a capital or a digit (a name's
    // last word, a year or a numeral of capitals). Most triggers follow a word in lower case: the expression is not run there.
    internal static bool MayEndWithName(string text, int end)
    {
        int at = end;
        while (at > 0 && char.IsWhiteSpace(text[at - 1])) at--;
        if (at == end) return false;
        int wordEnd = at;
        while (at > 0 && (char.IsLetterOrDigit(text[at - 1]) || text[at - 1] is '\'' or '-')) at--;
        return at < wordEnd && (char.IsUpper(text[at]) || char.IsDigit(text[at]));
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

    private static void AddEvidence(EngagementDraft target, EventSentence s, List<Party> people, IsoDate? published, bool notReporting, IReadOnlyDictionary<string, string> cities)
    {
        if (!target.Evidence.Contains(s)) target.Evidence.Add(s);
        // "The meeting was held under the accord signed in Lima in August 2010": the date and the
        // place of another kind's trigger are that event's, not the target's.
        var triggers = s.Triggers;
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
    private static string Status(EventSentence s, Trigger trigger)
    {
        // "The exercise, the seventh of its kind, is scheduled to …": an apposition set off by commas is passed over.
        if (RequiredText.IsMatch(s_futureBefore, s.Text, 0, trigger.Index) && !RequiredText.IsMatch(s_pastVerb, Clause(s.Text, trigger))) return EngagementNames.Planned;
        if (trigger.IsVerb) return EngagementNames.Held;
        string after = s_appositionFirst.Replace(s.Text.Substring(trigger.End), " ");
        if (RequiredText.IsMatch(s_futureAfter, after) && !RequiredText.IsMatch(s_pastBefore, s.Text, 0, trigger.Index)) return EngagementNames.Planned;
        return EngagementNames.Held;
    }

    private static EngagementDraft? Candidate(EventSentence s, Trigger trigger, List<Party> people, string? home, string? partner, IsoDate? published,
        IReadOnlyDictionary<string, string> cities, IReadOnlyList<string>? carried = null, IReadOnlyList<string>? referred = null,
        Func<bool>? aboutPeacekeepers = null, string? otherSide = null, bool otherSideUntold = false, string? hereIn = null)
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
        var apart = OtherSideOfFollows(s, trigger);
        foreach (var c in s.Countries)
        {
            if (locationTokens.Contains(c.FirstToken) || Context(s, c)) continue;
            if (InSpan(apart, s.Tokens[c.FirstToken].Start)) continue;
            if (!draft.Countries.Contains(c.Code)) draft.Countries.Add(c.Code);
        }
        // "The ministers attended the ASEAN Defence Ministers' Meeting in Vesk": a meeting or conference trigger inside the name
        // of a whole bloc's own occasion ([blocs] of events.tsv) has the bloc's members as its states, beside any the sentence
        // gives it ("the Japan-ASEAN summit"); a meeting told at such an occasion is not inside the name and keeps its sides.
        // Its tellings, by name or by acronym, are one named occasion (SameNamedOccasion).
        if (MayBeABlocsOccasion(draft.Kind) && EventVocabulary.BlocMembers(s.Text, trigger.Index, trigger.End, out int bloc) is { } members)
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
        // when the home state is neither named in the sentence nor its venue's (a venue told by "here" is the dateline's city's).
        if (draft.Kind == "ceremony" && home is not null && aboutPeacekeepers is not null && RequiredText.IsMatch(s_troopsCeremony, s.Text)
            && !RequiredText.IsMatch(s_pair, s.Text) && people.All(x => x.Country is null || x.Country == home)
            && (draft.LocationCountry == home || hereIn == home || s.Countries.Any(c => c.Code == home)) && aboutPeacekeepers())
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
        // "Defence Minister X and Ostrian Defence Minister Y signed an accord in Vesk": between other states, the one state named
        // is the article's main partner and someone of unstated country takes part: in an article that names only one other
        // state (by name, demonym or its dateline's city), that state is the unnamed side, unless it is the venue.
        // In an article that gives no engagement so (ArticleEvents: a second reading), nobody of that state need take part: the
        // first occasion naming only the partner, with nobody of another stated state, is the two states', unless its sentence
        // tells an occasion of three or more ("a trilateral meeting"), whose other states are not told.
        if (home is null && draft.Countries.Count == 1 && otherSide is not null && draft.Countries[0] == partner && otherSide != draft.LocationCountry
            && (people.Any(x => x.Country is null)
                || otherSideUntold && people.All(x => x.Country == partner) && !RequiredText.IsMatch(s_multilateral, s.Text) && !RequiredText.IsMatch(s_manySided, s.Text)))
        {
            draft.Countries.Add(otherSide);
            // "General Arlo met Vesk's army chief Dosk and Veskan air marshal Kel in the capital": the one person of untold country
            // beside the partner's people is of that unnamed side.
            OtherSide(draft);
        }
        // "Once that meeting was over, X also called on the Thai Prime Minister": one state named,
        // someone of unstated country, and the occasion the sentence refers to is between that state and one other:
        // the other is the unnamed side.
        if (draft.Countries.Count == 1 && referred is { Count: 2 } && referred.Contains(draft.Countries[0]) && people.Any(x => x.Country is null))
            draft.Countries.Add(referred.First(c => c != draft.Countries[0]));
        // A person of unknown country meeting the home side belongs to the other side. Not someone named alone at an
        // occasion held in that other state ("General Arlo was in Ostria on a three-day visit"): alone there, they are
        // as likely its visitor as its host, so nothing is told.
        var foreign = draft.Countries.Where(c => c != home).ToList();
        foreach (var person in people.Where(x => x.Country is null))
        {
            if (foreign.Count == 1 && (people.Any(q => IsHome(q.Country, home)) || (people.Count == 1 && foreign[0] != draft.LocationCountry))) person.Tell(foreign[0]);
        }
        // Between two states, two people, one of stated country: the other is of the other side
        // ("Defence Minister Tran Van Minh held talks with his Belarusian counterpart …").
        if (draft.Countries.Count == 2 && people.Count == 2 && people.Count(p => p.Country is null) == 1
            && people.FirstOrDefault(p => p.Country is not null) is { Country: { } known } && draft.Countries.Contains(known))
        {
            people.First(p => p.Country is null).Tell(draft.Countries.First(c => c != known));
        }
        ListedAfterTrigger(s, trigger, draft, people);
        if (draft.Countries.Count < 2) return null;
        draft.Countries.Sort(StringComparer.Ordinal);
        return draft;
    }

    // "The Veskan port call comes two weeks after Kelm's frigates called at the base": a trigger followed in its clause by the
    // verb that sets it after an earlier occasion (patterns.tsv occasion-follows-verb) parts the sentence in two; the states
    // named on the verb's other side from the chosen trigger are the other occasion's. The span of text to leave out, or an
    // empty one.
    private static (int From, int To) OtherSideOfFollows(EventSentence s, Trigger chosen)
    {
        var prefilter = RequiredText.Of(s_occasionFollowsVerb);
        foreach (var t in s.Triggers)
        {
            if (t.End >= s.Text.Length || !prefilter.MayMatch(s.Text, t.End, s.Text.Length - t.End)) continue;
            var m = s_occasionFollowsVerb.Match(s.Text, t.End, s.Text.Length - t.End);
            if (!m.Success) continue;
            var verb = m.Groups["verb"];
            if (chosen.Index < verb.Index) return (verb.Index + verb.Length, int.MaxValue);
            if (chosen.Index >= verb.Index + verb.Length) return (0, verb.Index);
            break;
        }
        return (int.MaxValue, int.MaxValue);
    }

    // Whether every mention of a person in the sentence lies in the span OtherSideOfFollows gave for a trigger (the other side
    // of the verb that sets the trigger's occasion after an earlier one): the person is that earlier occasion's. The span is
    // found once by the caller for all the people it asks about.
    private static bool OnTheOtherSideOfFollows(EventSentence s, Party person, (int From, int To) apart)
    {
        if (apart.From >= apart.To) return false;
        bool any = false;
        foreach (var (mention, official) in s.People)
        {
            if (!official.Equals(person)) continue;
            if (!InSpan(apart, mention.Start)) return false;
            any = true;
        }
        return any;
    }

    // Whether a position of the sentence lies in a span OtherSideOfFollows gave (the empty span holds none).
    private static bool InSpan((int From, int To) span, int at) => at >= span.From && at < span.To;

    // The match of an expression in the text before a position, or null; the prefilter spares the expression where it cannot match.
    private static Match? MatchBefore(Regex regex, string text, int end)
    {
        if (!RequiredText.Of(regex).MayMatch(text, 0, end)) return null;
        var m = regex.Match(text, 0, end);
        return m.Success ? m : null;
    }

    private static readonly Regex s_dateAfterPlace = RulePatterns.Get("date-after-place");

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

    // One pattern per trigger word, built once: the vocabulary is larger than Regex's own cache. It answers where the
    // whole-word search (WholeWord) leaves the answer to it: a character outside ASCII at an edge of an occurrence.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> s_topicPatterns = new(StringComparer.Ordinal);

    internal static Regex TopicPattern(string trigger)
        => s_topicPatterns.GetOrAdd(trigger, t => new RuleRegex(@"\b" + Regex.Escape(TextTools.Fold(t)) + @"\b", RegexOptions.CultureInvariant));

    // Each trigger word folded once, as its pattern holds it.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> s_foldedTriggers = new(StringComparer.Ordinal);

    [ThreadStatic] private static string? t_lastTopicText;
    [ThreadStatic] private static string? t_lastTopicFolded;

    // The topics of the last list asked about (per thread) and their triggers folded: a list is asked about for every
    // engagement of an article, and each article's list holds the gazetteer's same topics.
    [ThreadStatic] private static TopicEntry[]? t_topicEntries;
    [ThreadStatic] private static string[][]? t_topicTriggers;

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
        TopicsIn(folded, topics, draft.Topics);
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the name of each topic one of whose trigger words the folded text holds as a whole word
    /// (the trigger's pattern, <c>\b</c> and the folded trigger escaped, matches): found by an ordinal search and the
    /// characters at the occurrence's edges, the pattern run only where an edge has a character outside ASCII.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    internal static void TopicsIn(string folded, IReadOnlyList<TopicEntry> topics, ICollection<string> into)
    {
        var triggers = FoldedTriggers(topics);
        for (int i = 0; i < triggers.Length; i++)
        {
            var words = triggers[i];
            for (int j = 0; j < words.Length; j++)
            {
                int found = WholeWord.Find(folded, words[j]);
                if (found == 1 || (found == WholeWord.Undecided && TopicPattern(topics[i].Triggers[j]).IsMatch(folded)))
                {
                    into.Add(topics[i].Name);
                    break;
                }
            }
        }
    }

    // The folded trigger words of each topic of the list, kept for the next list of the same topics.
    private static string[][] FoldedTriggers(IReadOnlyList<TopicEntry> topics)
    {
        if (t_topicEntries is { } entries && t_topicTriggers is { } kept && entries.Length == topics.Count)
        {
            bool same = true;
            for (int i = 0; i < entries.Length && same; i++) same = ReferenceEquals(entries[i], topics[i]);
            if (same) return kept;
        }
        entries = new TopicEntry[topics.Count];
        var folded = new string[topics.Count][];
        for (int i = 0; i < entries.Length; i++)
        {
            var topic = entries[i] = topics[i];
            var words = folded[i] = new string[topic.Triggers.Count];
            for (int j = 0; j < words.Length; j++) words[j] = s_foldedTriggers.GetOrAdd(topic.Triggers[j], TextTools.Fold);
        }
        t_topicEntries = entries;
        t_topicTriggers = folded;
        return folded;
    }

    /// <summary>The CAMEO event code for a kind of engagement in its circumstances, as the event vocabulary gives it.</summary>
    public static string Cameo(string kind, string status, bool thirdLocation)
    {
        var entry = EventVocabulary.Kind(kind);
        if (status == EngagementNames.Planned && entry.CameoWhenPlanned is { } planned) return planned;
        return thirdLocation ? entry.CameoAtThirdVenue : entry.Cameo;
    }
}
