using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Contract;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Events;

// The engagement builder's part on how the tellings of one occasion are found and joined: references back, leads, frames, ceremonies of a drill, the same occasion told twice.
public static partial class EngagementBuilder
{
    // A meeting split from a visit (VisitMeetings, CallOfAVisit, UntoldMeetings): the visit's states and topics, its visitors and the hosts
    // they meet, told by the given sentences; the hosts leave the visit's people.
    private static EngagementDraft SplitFrom(EngagementDraft visit, EngagementDraft meeting, List<Party> visitors, List<Party> hosts,
        IEnumerable<EventSentence> told)
    {
        meeting.Countries.AddRange(visit.Countries);
        meeting.Participants.AddRange(visitors);
        meeting.Participants.AddRange(hosts);
        meeting.Evidence.AddRange(told);
        foreach (var t in visit.Topics) meeting.Topics.Add(t);
        visit.Participants.RemoveAll(hosts.Contains);
        return meeting;
    }

    // "Does an engagement of the article already tell this sentence", asked one way: by the sentence's position among the
    // article's sentences, the one identity a sentence keeps whichever rule gathered it. Told asks it of the article's
    // engagements (those `which` accepts, when given: DrillStart's dated ones); ToldByAnother of those other than `e`
    // (PeopleReferredToInThePlural, CallOfAVisit, Places' signings and held occasions); TellingPositions answers it for
    // every sentence at once, where a loop over the sentences asks it of each. The question of one engagement's own
    // evidence (e.Evidence.Contains) is another and keeps its own form.
    private static bool Told(List<EngagementDraft> result, EventSentence s, Predicate<EngagementDraft>? which = null)
        => result.Exists(o => (which is null || which(o)) && Tells(o, s));

    private static bool ToldByAnother(List<EngagementDraft> result, EngagementDraft e, EventSentence s, Predicate<EngagementDraft>? which = null)
        => result.Exists(o => o != e && (which is null || which(o)) && Tells(o, s));

    // Whether the sentence is one of the engagement's tellings, by its position (see Told).
    private static bool Tells(EngagementDraft e, EventSentence s) => e.Evidence.Exists(x => x.Position == s.Position);

    // The positions of the sentences the article's engagements tell (InstitutionVisits, UntoldMeetings, UntoldJointActivities).
    private static HashSet<int> TellingPositions(List<EngagementDraft> result)
    {
        var telling = new HashSet<int>();
        foreach (var e in result) foreach (var x in e.Evidence) telling.Add(x.Position);
        return telling;
    }

    // The occasion a sentence after it continues (InstitutionVisits, UntoldMeetings): of the held visits and meetings of two
    // states placed in one of them (or, with unplacedVisit, a visit told without its place), the one told last before the
    // sentence whose people include one the sentence names before its verb (any, when it names nobody there).
    private static EngagementDraft? HeldOccasionBefore(List<EngagementDraft> result, EventSentence s, List<Party> before, bool unplacedVisit)
    {
        EngagementDraft? parent = null;
        int parentAt = -1;
        foreach (var e in result)
        {
            if (!Talk(e.Kind) || e.Status != EngagementNames.Held || e.Countries.Count != 2
                || !(e.LocationCountry is { } host ? e.Countries.Contains(host) : unplacedVisit && e.Kind == "visit") || e.Evidence.Count == 0) continue;
            int at = e.Evidence.Min(x => x.Position);
            if (at >= s.Position) continue;
            if (before.Count > 0 && !before.Any(e.Participants.Contains)) continue;
            if (at > parentAt) { parent = e; parentAt = at; }
        }
        return parent;
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
                if (named.Count == 0 || !s.Triggers.Any(t => t.Kind == "meeting")) continue;
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
                && !(m.Date is { } md && visit.Date is { } vd && md.ConflictsWith(vd)));
            if (groups.Count + apart < 2) continue;
            int at = i;
            foreach (var (groupHosts, told) in groups)
            {
                var meeting = new EngagementDraft
                {
                    Kind = "meeting", Status = visit.Status, Date = visit.Date, City = visit.City, Place = visit.Place, LocationCountry = visited,
                };
                result.Insert(++at, SplitFrom(visit, meeting, visitors, groupHosts, told));
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
                var opener = RequiredText.Match(s_meetingOpener, s.Text);
                if (!opener.Success) continue;
                var trigger = s.Triggers.FirstOrDefault(t => t.Kind == "meeting" && !t.IsVerb && t.Index < opener.Index + opener.Length);
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

    // "Minister Arlo arrived in Vesk on Monday for a three-day visit. … During the visit, Arlo called on the Prime Minister and
    // the army chief.": a call on someone (patterns.tsv call-on, a meeting verb) told in a later sentence of a held visit of two
    // states is a call of the visit's programme, an occasion of its own, whether or not the visit told other meetings: the
    // people named before the verb (the caller, one of the visit's) and those named after it (the people called on, of a side
    // or of no stated state) meet, in the visit's states, with no day of the visit's; the visit keeps its other people.
    // A call told in the visit's first telling frames the visit ("called on the minister during his visit"): unchanged.
    // Not taken: a sentence another engagement tells (by position: VisitMeetings keeps the sentences it splits off in the
    // visit too), a call a meeting of the article holds already, a visit told as background of an occasion of its states held
    // elsewhere, and a visit told only by its arrival and one call on one person (the answers join a visit and its one meeting).
    // A courtesy call paid on someone (patterns.tsv courtesy-call: "paid a courtesy visit to Speaker Dosk") is taken too, when
    // the visit names in another sentence a host of the visited state who is not called on (its inviter, a counterpart).
    internal static void CallOfAVisit(List<EngagementDraft> result)
    {
        for (int i = 0; i < result.Count; i++)
        {
            var visit = result[i];
            if (visit.Kind != "visit" || visit.Status != EngagementNames.Held || visit.Countries.Count != 2 || visit.Evidence.Count < 2
                || visit.LocationCountry is not { } visited) continue;
            // A visit told as the background of an occasion of the same states held elsewhere keeps its calls.
            if (result.Any(e => e != visit && e.Status == EngagementNames.Held && e.Countries.Count == 2 && e.Countries.All(visit.Countries.Contains)
                && e.LocationCountry is { } there && there != visited)) continue;
            for (int k = 1; k < visit.Evidence.Count; k++)
            {
                var s = visit.Evidence[k];
                if (s.People.Count < 2) continue;
                // A sentence another engagement tells already (a meeting VisitMeetings split off, a call told as one more
                // occasion).
                if (ToldByAnother(result, visit, s)) continue;
                var call = s.Triggers.FirstOrDefault(t => t.Kind == "meeting" && t.IsVerb && s_callOn.IsMatch(t.Text));
                int callAt, callEnd;
                bool courtesy = false;
                if (call is not null)
                {
                    if (Status(s, call) != EngagementNames.Held) continue;
                    callAt = call.Index;
                    callEnd = call.End;
                }
                else
                {
                    // "… paid a courtesy visit to Speaker Dosk": a courtesy call paid (a held call: the wording is past or a
                    // habit of the present, never "will pay").
                    var paid = RequiredText.Match(s_courtesyCall, s.Text);
                    if (!paid.Success) continue;
                    callAt = paid.Index;
                    callEnd = paid.Index + paid.Length;
                    courtesy = true;
                }
                var callers = new List<Party>();
                var called = new List<Party>();
                foreach (var (mention, party) in s.People)
                {
                    if (mention.Start < callAt)
                    {
                        if (visit.Participants.Contains(party) && !callers.Contains(party)) callers.Add(party);
                    }
                    else if (mention.Start >= callEnd && (party.Country is null || visit.Countries.Contains(party.Country))
                        && !called.Contains(party) && !callers.Contains(party))
                        called.Add(party);
                }
                if (callers.Count == 0 || called.Count == 0) continue;
                // A courtesy call is a call of the programme only when the visit names another host of the visited state (its
                // inviter, a counterpart) in another of its sentences: the answers join into the visit a courtesy call that is
                // its one meeting, or one told with the talks that follow it in the same sentence.
                if (courtesy && !visit.Evidence.Exists(x => x.Position != s.Position
                    && x.People.Any(p => p.Official.Country == visited && !called.Contains(p.Official) && !callers.Contains(p.Official)))) continue;
                // A visit told only by its arrival and one call on one person is that call (the answers join a visit and
                // its one meeting): the call is one stop of several when it names several people or the visit is told on.
                if (called.Count < 2 && visit.Evidence.Count < 3) continue;
                // A meeting of the article that holds a caller and everyone called on is this call, told apart already.
                if (result.Any(e => e != visit && e.Kind == "meeting" && e.Participants.Any(callers.Contains) && called.All(e.Participants.Contains))) continue;
                var meeting = new EngagementDraft { Kind = "meeting", Status = EngagementNames.Held, LocationCountry = visit.LocationCountry };
                result.Insert(i + 1, SplitFrom(visit, meeting, callers, called, new[] { s }));
                i++;
                break;
            }
        }
    }

    private static readonly Regex s_welcomeCeremony = RulePatterns.Get("welcome-ceremony");

    // "Minister Arlo arrived in Vesk for talks with his counterpart. … The ministry staged a reception ceremony for Arlo at the
    // ministry.": a ceremony whose own telling (its first sentence) names it as one that welcomes a visitor or a ship
    // (patterns.tsv welcome-ceremony: a reception, welcoming, docking or arrival ceremony) is a programme item of the visit or
    // meeting of the same states that the article tells, as the answers hold it (one occasion, kinds visit or meeting and
    // ceremony), not an occasion of its own: it is folded into that visit or meeting (the one that shares a sentence with it,
    // else the first), which keeps its kind, status and date and takes the ceremony's people, sentences and place. A day of
    // the ceremony is taken only when the visit has none and both are told alike (held or planned). Not folded: a ceremony
    // with no visit or meeting of its states (a ceremony that welcomes troops home is not one of these words), or one whose
    // city differs.
    internal static void WelcomeOfAVisit(List<EngagementDraft> result)
    {
        for (int i = result.Count - 1; i >= 0; i--)
        {
            var ceremony = result[i];
            if (ceremony.Kind != "ceremony" || ceremony.Evidence.Count == 0 || !RequiredText.IsMatch(s_welcomeCeremony, ceremony.Evidence[0].Text)) continue;
            EngagementDraft? visit = null;
            foreach (var e in result)
            {
                if (e == ceremony || !Talk(e.Kind) || !SameParties(e, ceremony) || !CitiesAgree(e, ceremony)) continue;
                if (e.Evidence.Any(ceremony.Evidence.Contains)) { visit = e; break; }
                visit ??= e;
            }
            if (visit is null) continue;
            var date = visit.Date;
            Merge(visit, ceremony);
            if (date is null && visit.Status != ceremony.Status) visit.Date = null;
            result.RemoveAt(i);
        }
    }

    private static readonly Regex s_institutionVisit = RulePatterns.Get("institution-visit");

    // "Minister Arlo arrived in Vesk on Monday for talks with his counterpart. … He also visited the Kelm Naval Academy, where the
    // commandant briefed him.": a visit made to a college, academy, institute, school or university (patterns.tsv
    // institution-visit), told in a sentence no engagement tells, after a held visit or meeting of two states placed in one of
    // them, is an occasion of its own (the answers keep such a stop apart from the visit or the talks around it): a visit of the
    // same states and place, of that occasion's visitors (its people not of the visited state; those the sentence names before the
    // verb, when it names any) and the
    // hosts of the visited state it names after the verb, with no day of its own. A visit told as planned ("will also visit") is
    // not matched by the pattern; a sentence that names before the verb nobody of the occasion is left.
    internal static void InstitutionVisits(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences)
    {
        if (result.Count == 0) return;
        var telling = TellingPositions(result);
        foreach (var s in sentences)
        {
            if (telling.Contains(s.Position)) continue;
            var m = RequiredText.Match(s_institutionVisit, s.Text);
            if (!m.Success) continue;
            var before = s.People.Where(p => p.Mention.Start < m.Index).Select(p => p.Official).ToList();
            // The occasion it is a stop of: the nearest one told before it, or the one whose people the sentence names first.
            var parent = HeldOccasionBefore(result, s, before, unplacedVisit: false);
            if (parent is null) continue;
            var visited = parent.LocationCountry!;
            var visitors = parent.Participants.Where(p => p.Country != visited && (before.Count == 0 || before.Contains(p))).ToList();
            if (visitors.Count == 0) continue;
            var hosts = new List<Party>();
            foreach (var (mention, party) in s.People)
            {
                if (mention.Start >= m.Index + m.Length && party.Country == visited && !hosts.Contains(party)) hosts.Add(party);
            }
            var visit = new EngagementDraft { Kind = "visit", Status = EngagementNames.Held, LocationCountry = visited };
            visit.Countries.AddRange(parent.Countries);
            visit.Participants.AddRange(visitors);
            visit.Participants.AddRange(hosts);
            visit.Evidence.Add(s);
            telling.Add(s.Position);
            result.Insert(result.IndexOf(parent) + 1, visit);
        }
    }

    private static readonly Regex s_untoldMeeting = RulePatterns.Get("untold-meeting");
    private static readonly Regex s_untoldMeetingPronoun = RulePatterns.Get("untold-meeting-pronoun");
    private static readonly Regex s_untoldMeetingSpeech = RulePatterns.Get("untold-meeting-speech");

    // "Minister Arlo arrived in Vesk on Monday for talks with his counterpart. … He also met Prime Minister Dosk.", "… Arlo will
    // also meet the foreign minister.": a meeting verb (patterns.tsv untold-meeting: met, meet, called on, talked with, held talks
    // with, paid a courtesy call on) in a sentence no engagement tells, after a held visit or meeting of two states placed in one of
    // them, whose subject is one of that occasion's people (named before the verb) or a pronoun (untold-meeting-pronoun) standing for
    // its visitor, and which names after the verb people of the visited state or of no stated state, is a meeting of its own (the
    // joining left the sentence untold because its hosts' state was unknown or its wording named no occasion): the visitor and
    // those hosts, the occasion's states and visited state, held or planned as the words before the verb tell, with no day of its
    // own; the hosts leave the occasion's people (as a meeting split from a visit takes them). Not taken: a sentence naming a
    // year other than the occasion's (an earlier trip told in passing), hosts that another engagement of the article holds
    // already with the visitor, and people named after a verb of speech ("…, said the attaché").
    internal static void UntoldMeetings(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences)
    {
        if (result.Count == 0) return;
        var telling = TellingPositions(result);
        foreach (var s in sentences)
        {
            if (telling.Contains(s.Position) || s.People.Count == 0) continue;
            var m = RequiredText.Match(s_untoldMeeting, s.Text);
            if (!m.Success) continue;
            var before = s.People.Where(p => p.Mention.Start < m.Index).Select(p => p.Official).ToList();
            bool pronoun = before.Count == 0 && RequiredText.IsMatch(s_untoldMeetingPronoun, s.Text, 0, m.Index);
            if (before.Count == 0 && !pronoun) continue;
            // The occasion it is a meeting of: the nearest one told before it whose people the sentence names before the verb.
            var parent = HeldOccasionBefore(result, s, before, unplacedVisit: true);
            if (parent is null) continue;
            if (s.Dates.Any(d => d.Year is { } y && parent.Date?.Year != y)) continue;
            int end = s.Text.Length;
            var speech = s_untoldMeetingSpeech.Match(s.Text, m.Index + m.Length);
            if (speech.Success) end = speech.Index;
            var after = s.People.Where(p => p.Mention.Start >= m.Index + m.Length && p.Mention.Start < end).Select(p => p.Official).ToList();
            // A visit told without its place is in the state of the people met, when they are of one of its states.
            var visited = parent.LocationCountry;
            if (visited is null)
            {
                var stated = after.Select(p => p.Country).Where(c => c is not null).Distinct().ToList();
                if (stated.Count != 1 || !parent.Countries.Contains(stated[0]!)) continue;
                visited = stated[0]!;
            }
            List<Party> visitors;
            if (pronoun)
            {
                // A pronoun stands for one visitor: the first of the occasion's people of the other state, or else of no stated state.
                var other = parent.Participants.FirstOrDefault(p => p.Country is { } c && c != visited && parent.Countries.Contains(c))
                    ?? parent.Participants.FirstOrDefault(p => p.Country is null);
                if (other is null) continue;
                visitors = new List<Party> { other };
            }
            else visitors = before.Where(p => parent.Participants.Contains(p) && p.Country != visited).Distinct().ToList();
            if (visitors.Count == 0) continue;
            var hosts = after.Where(p => (p.Country is null || p.Country == visited) && !visitors.Contains(p)).Distinct().ToList();
            if (hosts.Count == 0) continue;
            // An engagement of the article that holds a visitor and everyone met tells this meeting already (of its kind or another:
            // talks told here, a signing of the same two told in the next sentence).
            // The occasion itself may hold them, taken from this sentence by the people told near it: they leave it for the meeting.
            if (result.Any(e => e != parent && e.Participants.Any(visitors.Contains) && hosts.All(e.Participants.Contains))) continue;
            bool planned = RequiredText.IsMatch(s_futureBefore, s.Text, 0, m.Index);
            var meeting = SplitFrom(parent, new EngagementDraft
            {
                Kind = "meeting", Status = planned ? EngagementNames.Planned : EngagementNames.Held, LocationCountry = visited,
            }, visitors, hosts, new[] { s });
            telling.Add(s.Position);
            result.Insert(result.IndexOf(parent) + 1, meeting);
        }
    }

    private static readonly Regex s_untoldJointActivity = RulePatterns.Get("untold-joint-activity");
    private static readonly Regex s_untoldJointActivityHabitual = RulePatterns.Get("untold-joint-activity-habitual");

    // "The frigate Arden docked at Port Kelm on Monday for a five-day visit. … The ship is scheduled to conduct joint drills with
    // the Vesk navy.": a verb of carrying out with a joint drill, exercise, patrol or training as its own object (patterns.tsv
    // untold-joint-activity: conduct, hold, carry out, join, take part in … joint/combined/bilateral … exercise) in a sentence no
    // engagement tells, after a held visit of two states placed in one of them, is an exercise of its own: the visit's states and
    // place, held or planned as the words before the verb tell, dated by the sentence's own date when it has one, with no people
    // (the crews are not named). Not taken: an article that has an exercise or a training already (the visit's drill is told),
    // a habit rather than an occasion (untold-joint-activity-habitual: "regularly", "every year", "have been … conducting"), a
    // sentence naming a year other than the visit's, and a sentence after an occasion that is not a held visit.
    internal static void UntoldJointActivities(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, IsoDate? written)
    {
        if (result.Count == 0 || result.Any(e => Drill(e.Kind))) return;
        var telling = TellingPositions(result);
        foreach (var s in sentences)
        {
            if (telling.Contains(s.Position) || s.IsLink) continue;
            var m = RequiredText.Match(s_untoldJointActivity, s.Text);
            if (!m.Success || RequiredText.IsMatch(s_untoldJointActivityHabitual, s.Text)) continue;
            // The occasion told last before it, which must be a held visit of two states placed in one of them.
            EngagementDraft? parent = null;
            int parentAt = -1;
            foreach (var e in result)
            {
                if (e.Evidence.Count == 0) continue;
                int at = e.Evidence.Min(x => x.Position);
                if (at < s.Position && at > parentAt) { parent = e; parentAt = at; }
            }
            if (parent is null || parent.Kind != "visit" || parent.Status != EngagementNames.Held || parent.Countries.Count != 2
                || parent.LocationCountry is not { } visited || !parent.Countries.Contains(visited)) continue;
            if (s.Dates.Any(d => d.Year is { } y && parent.Date?.Year != y)) continue;
            bool planned = RequiredText.IsMatch(s_futureBefore, s.Text, 0, m.Index);
            var exercise = new EngagementDraft
            {
                Kind = "exercise", Status = planned ? EngagementNames.Planned : EngagementNames.Held, LocationCountry = visited,
                City = parent.City,
            };
            if (s.Dates.Count > 0 && DateRecognizer.Resolve(s.Dates[0], written, planned) is { } date) exercise.Date = date;
            exercise.Countries.AddRange(parent.Countries);
            exercise.Evidence.Add(s);
            result.Insert(result.IndexOf(parent) + 1, exercise);
            // One such exercise per article: the sentences after it that tell the drill again are of the same occasion.
            return;
        }
    }

    private static readonly Regex s_toldAid = RulePatterns.Get("told-aid");

    // "Minister Arlo visited the Kelm shipyard, where the two patrol boats that the Ostrian government offered to Vesk will be
    // built.", "The Veskan government has provided Ostria with $5 million financial aid. Minister Dosk announced it when the
    // ministers met.": a gift of aid or materiel told inside another occasion's sentence (patterns.tsv told-aid: the thing given and who gives
    // it to whom, or the verb of giving and the thing), in a sentence that names exactly the two states of one of the article's
    // engagements, is an aid of its own: those two states, no people (the gift names none), no day, planned when it is offered or
    // still being made (the pattern's promised group, or future-before before it), else held. Not taken: an article that has an aid
    // or a ceremony already (a gift told at a handover is the ceremony's, which the answers hold as one occasion), a habit
    // (untold-joint-activity-habitual), and a second such sentence (the same gift told again).
    internal static void AidsToldInside(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences)
    {
        if (result.Count == 0 || result.Any(e => HoldsAGift(e.Kind))) return;
        foreach (var s in sentences)
        {
            if (s.IsLink || s.Countries.Count < 2) continue;
            // The states and their engagement first, then the expression, and that only where the sentence holds one of the
            // strings every match of it holds (RequiredText.Match): the expression is the costly question, and a sentence that
            // fails the others needs no answer from it.
            var states = s.Countries.Select(c => c.Code).Distinct().ToList();
            if (states.Count != 2) continue;
            var parent = result.FirstOrDefault(e => e.Countries.Count == 2 && states.All(e.Countries.Contains));
            if (parent is null) continue;
            var m = RequiredText.Match(s_toldAid, s.Text);
            if (!m.Success || RequiredText.IsMatch(s_untoldJointActivityHabitual, s.Text)) continue;
            bool planned = m.Groups["promised"].Success || RequiredText.IsMatch(s_futureBefore, s.Text, 0, m.Index);
            var aid = new EngagementDraft { Kind = "aid", Status = planned ? EngagementNames.Planned : EngagementNames.Held };
            aid.Countries.AddRange(parent.Countries);
            aid.Evidence.Add(s);
            result.Add(aid);
            return;
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
                    // The names the sentence holds as whole words ("South" of "South Korea's" is no second city beside "Seoul").
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
            var later = RequiredText.Match(s_toldAfterLater, next.Text);
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
                    foreach (var t in s.Triggers) groups.Add(Trigger.Group(t.Kind));
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
                foreach (var trigger in lead.Triggers)
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
                    if (own.Date is { } known && (!News(known, written) || e.Date is { } told && known.ConflictsWith(told))) break;
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
                if (date is { } d && e.Date is { } ed && d.ConflictsWith(ed)) continue;
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

    private static bool IsAnchored(EventSentence s, Trigger trigger, IsoDate? date, List<Party> people, IReadOnlyDictionary<string, string> cities)
    {
        bool weak = NeedsAnchor(trigger.Kind);
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
        // "X, the army's chief, stated during the send-off ceremony on the airfield": a named speaker's words placed at the
        // ceremony by the verb of speech anchor it too (patterns.tsv speech-at-ceremony). A pronoun speaker in a sentence that
        // names nobody ('"...," he said during the send-off ceremony at the airfield.') anchors it when it stands for the
        // subject of a sentence just before (patterns.tsv pronoun-speech-at-occasion, SubjectBefore), who is then among the people.
        if (trigger.Kind == "ceremony" && (s.People.Count > 0 || people.Count > 0) && RequiredText.IsMatch(s_speechAtCeremony, s.Text, 0, trigger.Index)) return true;
        // "General X welcomed the 80 returnees at the Kelm Military Airport": troops welcomed home (or sent off) by a named person, told
        // by a verb of the ceremony family in a sentence of a troops' ceremony (patterns.tsv troops-ceremony), are anchored by that
        // person as a speaker placed at a send-off is; with nobody named the verb anchors nothing (the fifty-seventh round).
        if (trigger.Kind == "ceremony" && trigger.IsVerb && people.Count > 0 && RequiredText.IsMatch(s_troopsCeremony, s.Text)) return true;
        return !weak && (people.Count > 0 || HasCity(clause, cities));
    }

    /// <summary>
    /// "Captain Arlo and Ambassador Morrow cut the ribbon at a ceremony at the Kelm Naval Base": a ceremony noun followed by the capitalised
    /// site it was held at (patterns.tsv <c>ceremony-at-site</c>, read from the trigger on), in a sentence that names someone, is
    /// anchored by that site and those people, as a date anchors it. A sentence that names nobody ("The trucks were greeted at a
    /// ceremony at …") tells the ceremony of an occasion told before, not one of its own; nor does a sentence that refers to an
    /// occasion told before (the builder asks only where none is referred to).
    /// </summary>
    internal static bool CeremonyAtSite(EventSentence s, Trigger trigger)
        => trigger.Kind == "ceremony" && !trigger.IsPlural && s.People.Count > 0
            && RequiredText.IsMatch(s_ceremonyAtSite, s.Text, trigger.Index, s.Text.Length - trigger.Index);

    /// <summary>The words around a trigger up to the nearest commas or semicolons.</summary>
    private static string Clause(string text, Trigger trigger)
    {
        int start = Math.Max(text.LastIndexOfAny(new[] { ',', ';' }, Math.Max(0, trigger.Index - 1)) + 1, 0);
        int end = text.IndexOfAny(new[] { ',', ';' }, trigger.End);
        if (end < 0) end = text.Length;
        return text.Substring(start, end - start);
    }

    private static readonly char[] s_clauseBreaks = { ',', ';' };

    // Whether the clause holds a city's name anywhere (an ordinal substring, not only a whole word): asked of the cities
    // filed by their first character (OrdinalKeySearch), made once per list, not of every city in turn.
    private static bool HasCity(string clause, IReadOnlyDictionary<string, string> cities) => OrdinalKeySearch.OfKeys(cities).AnyIn(clause);

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

    // The lede is the article's first sentence, or its second when the first is a date stamp alone ("date 2031-06", set apart
    // by the segmenter: Segmenter.IsStampAlone), which the page put before the text, not the report.
    private static bool Lede(EngagementDraft lede, EngagementDraft report, int ledeIndex)
        => lede.Participants.Count == 0 && report.Participants.Count > 0
            && Trigger.Group(lede.Kind) == Trigger.Group(report.Kind) && lede.Status == report.Status
            && SameParties(lede, report)
            && !(lede.Date is { } a && report.Date is { } b && a.ConflictsWith(b))
            && lede.Evidence.Count > 0 && report.Evidence.Count > 0
            && report.Evidence[0].Sentence.Index - lede.Evidence[0].Sentence.Index is > 0 and <= 2
            && lede.Evidence[0].Sentence.Index == ledeIndex;

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
            && !(a.Date is { } x && b.Date is { } y && x.ConflictsWith(y))
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
        foreach (var t in s.Triggers)
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
            && !(a.Date is { } x && b.Date is { } y && x.ConflictsWith(y))
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
        if (!SameParties(a, b) || !CitiesAgree(a, b) || a.Date is { } x && b.Date is { } y && x.ConflictsWith(y)) return false;
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

    // Two tellings of one named exercise or forum ("the Steppe Shield exercise" and "Exercise Steppe Shield", with no
    // edition, day or status apart): one occasion, whose states are all those the tellings give. Two names, or two
    // editions, are two occasions; a meeting held beside a forum tells no name, so it is never joined to the forum.
    private static bool SameNamedOccasion(EngagementDraft a, EngagementDraft b)
    {
        if (a.Name is null || b.Name is null || a.Name != b.Name || a.Status != b.Status) return false;
        if (a.Kind != b.Kind && !(Drill(a.Kind) && Drill(b.Kind))) return false;
        if (a.Edition is not null && b.Edition is not null && a.Edition != b.Edition) return false;
        if (a.Date is { } da && b.Date is { } db && da.ConflictsWith(db)) return false;
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

    // "This meeting follows the fourth round in Lima": a place after a trigger and a word that turns to
    // another occasion, earlier or set against the one told, is that occasion's. A trigger between the word
    // and the place ("followed last week's visit to Hanoi") tells the occasion the place is of.
    /// <summary>
    /// False when <paramref name="before"/> cannot match <c>opener-before</c>, without running it:
    /// that pattern allows at most eleven runs of white space after the first letter or digit (the
    /// six of a dateline's place without a date, three between its words, one before its agency in
    /// brackets of one word, one on either side of its dash or colon; then the opener's five
    /// <c>\s+</c>, between words and a comma that hold none), and the text before a date in the
    /// middle of a sentence has more.
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
            if (white && !space && ++gaps > 11) return false;
            space = white;
        }
        return true;
    }

    // "After the meeting, the minister is expected to deliver a speech at a forum held in Fukuoka": between the
    // trigger nearest before a place and the place, words of a later act (patterns.tsv later-act-before-place)
    // make the place that act's, not a held occasion's.
    private static bool LaterActOf(EngagementDraft draft, EventSentence s, int at)
    {
        if (draft.Status != EngagementNames.Held) return false;
        int from = TriggerBefore(s.Triggers, at)?.End ?? 0;
        return RequiredText.IsMatch(s_laterActBeforePlace, s.Text, from, at - from);
    }

    // The last of a sentence's triggers (in their order) that ends at or before at, or null.
    private static Trigger? TriggerBefore(IReadOnlyList<Trigger> triggers, int at)
    {
        Trigger? nearest = null;
        foreach (var t in triggers) if (t.End <= at) nearest = t;
        return nearest;
    }

    private static readonly Regex s_earlierOccasionTrigger = RulePatterns.Get("earlier-occasion-trigger");
    private static readonly Regex s_otherOccasionTurn = RulePatterns.Get("other-occasion-turn");

    // "The talks followed the March visit to Kelm", "This tour follows last month's trip to Ostria", "comes six months after the
    // ministers met in Kelm": a trigger after an earlier one of its sentence and a word that turns to another occasion
    // (other-occasion-turn, earlier-occasion-trigger) or told as recent or previous (past-before) tells that other occasion.
    private static bool TurnedTo(EventSentence s, Trigger trigger)
    {
        if (trigger.Index == 0) return false;
        var before = TriggerBefore(s.Triggers, trigger.Index);
        if (before is null) return false;
        int length = trigger.Index - before.End;
        return RequiredText.IsMatch(s_otherOccasionTurn, s.Text, before.End, length)
            || RequiredText.IsMatch(s_earlierOccasionTrigger, s.Text, before.End, trigger.End - before.End)
            || RequiredText.IsMatch(s_pastBefore, s.Text, before.End, length);
    }

    private static bool InAnotherOccasion(EventSentence s, int at, Trigger? own = null)
    {
        Trigger? nearest = null, before = null;
        foreach (var t in s.Triggers) if (t.End <= at) { before = nearest; nearest = t; }
        if (nearest is null) return false;
        if (RequiredText.IsMatch(s_backgroundBeforePlace, s.Text, nearest.End, at - nearest.End)) return true;
        // "The signing comes six months after the ministers met in Kelm", "… General Dosk, who had visited Ostria":
        // the place follows a second trigger that a pluperfect or a span of time before it makes an earlier occasion, so it is that occasion's,
        // not the one the sentence tells first (nor the one being placed, when that trigger is its own).
        if (before is null || own is not null && own.Index == nearest.Index) return false;
        return RequiredText.IsMatch(s_earlierOccasionTrigger, s.Text, before.End, nearest.End - before.End);
    }
}
