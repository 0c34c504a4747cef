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

// The engagement builder's part on when: the date attached to a trigger, the day of writing, dates carried by leads and announcements.
public static partial class EngagementBuilder
{
    // The sentences at the head of an article searched for a dateline, and the most days its date may lie
    // before the publication date (a page is often stamped a day or two after the report was filed).
    private const int DatelineSentences = 8;
    private const int DatelineDaysBefore = 3;

    /// <summary>
    /// The day the report was written: the date of a dateline at its head ("PHNOM PENH, May 27 (Agency) --",
    /// "Hanoi, March 4" on a line of its own) when it lies at most three days before the publication
    /// date, which gives the year; else the publication date. Relative dates ("yesterday", "on Sunday")
    /// were written on that day. Without a publication date, a year-less dateline's month and day (<see cref="YearlessWritingDate"/>).
    /// </summary>
    internal static IsoDate? WritingDate(IReadOnlyList<EventSentence> sentences, IsoDate? published)
    {
        if (published is null) return YearlessWritingDate(sentences);
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

    /// <summary>
    /// Without a publication date, the month and day of a dateline at the article's head that states no year
    /// ("KELM, Feb 14 -- …", "Kelm, March 4 (Agency) -- …"): the day the report was written, its year unknown. "Today"
    /// and "tomorrow" take a month and day from it, a weekday at most its month; a year is never invented.
    /// </summary>
    private static IsoDate? YearlessWritingDate(IReadOnlyList<EventSentence> sentences)
    {
        int seen = 0;
        foreach (var s in sentences)
        {
            if (s.IsLink) continue;
            if (++seen > DatelineSentences) break;
            foreach (var d in s.Dates)
            {
                if (d.Form != DateForm.Absolute || d.Year is not null || d.Month is not { } m || d.Day is not { } dd) continue;
                if (!RequiredText.IsMatch(s_datelineDateBefore, s.Text, 0, d.Start)) continue;
                int end = d.Start + d.Length;
                if (!RequiredText.IsMatch(s_writtenOn, s.Text, end, s.Text.Length - end)) continue;
                return IsoDate.IsValid(null, m, dd) ? new IsoDate(null, m, dd) : null;
            }
        }
        return null;
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

    // The contexts of a sentence's dates with the one of a dateline opening it and closed as a dateline of the day of writing
    // (patterns.tsv dateline-date-before, dateline-written-on: "KELM, May 3 (Agency) -- ") left out.
    private static (string Before, string After)?[] WithoutDateline(EventSentence s, (string Before, string After)?[] contexts)
    {
        var result = ((string Before, string After)?[])contexts.Clone();
        for (int i = 0; i < s.Dates.Count; i++)
        {
            var d = s.Dates[i];
            if (result[i] is null || d.Form != DateForm.Absolute || d.Day is null) continue;
            int end = d.Start + d.Length;
            if (RequiredText.IsMatch(s_datelineDateBefore, s.Text, 0, d.Start) && RequiredText.IsMatch(s_writtenOn, s.Text, end, s.Text.Length - end))
                result[i] = null;
        }
        return result;
    }

    // How many sentences after a dated lead the occasion it dates may first be told.
    private const int DatedLeadReach = 6;

    // "Vesk sent 300 peacekeepers to Ostria on Tuesday. … Speaking at the send-off ceremony, General Kol said …": the
    // article's lead (its first prose sentence that names a state) tells no occasion the engine reads (it is no
    // engagement's telling), names no person and gives one date, of the days just before the writing. The first
    // occasion told after it, within six sentences and with no other occasion told between, is the lead's news:
    // when it is held and undated, one of its states is one the lead names as a party (the lead may name where troops
    // are sent, the occasion only the state sending them), and its first telling does not say it is one more occasion
    // ("also", "separately", "another"), it takes the lead's date. A lead that is the telling of one occasion only, a
    // dispatch of troops ("Vesk dispatched its ninth batch of 300 peacekeepers to Ostria on Tuesday. … At the farewell of the
    // troops, …"; SharesItsDateWithTheNext), held and dated (or dated by the lead's one date as above), passes that date to the
    // occasion told next on the same terms: the send-off is held on the day of the dispatch it sees off.
    private static void DateByLead(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, IsoDate? written)
    {
        if (!result.Exists(e => e.Status == EngagementNames.Held && e.Date is null && e.Evidence.Count > 0)) return;
        EventSentence? lead = null;
        for (int k = 0; k < sentences.Count && k < StatesLeadSearch; k++)
        {
            var s = sentences[k];
            if (s.IsLink || s.Countries.Count == 0 || !TextTools.EndsAsSentence(s.Text)) continue;
            lead = s;
            break;
        }
        if (lead is null || lead.People.Count > 0 || lead.Dates.Count == 0) return;
        // The lead's own occasion: none, or one dispatch, held.
        EngagementDraft? own = null;
        foreach (var e in result)
        {
            if (!e.Evidence.Contains(lead)) continue;
            if (own is not null || !SharesItsDateWithTheNext(e.Kind) || e.Status != EngagementNames.Held) return;
            own = e;
        }
        if (written is null && own?.Date is null) return;
        // A dispatch the lead tells and dates gives its own date. Else the lead's one date that a trigger could take (not a
        // dateline's or a release's), of the days just before the writing. The date of a dateline that opens the lead and is closed
        // by an agency in brackets ("KELM, May 3 (Agency) -- …") is the day of writing, not the lead's news, though a trigger of
        // the lead's own sentence may still take it.
        IsoDate date;
        if (own?.Date is { } ownDate) date = ownDate;
        else
        {
            var leadContexts = lead.DateContexts ??= DateContexts(lead);
            int dated = OneTriggerDate(leadContexts);
            if (dated < 0) dated = OneTriggerDate(WithoutDateline(lead, leadContexts));
            if (dated < 0 || DateRecognizer.Resolve(lead.Dates[dated], written, false) is not { } leadDate || !News(leadDate, written)) return;
            date = leadDate;
        }
        var parties = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in lead.Countries)
            if (!Context(lead, c)) parties.Add(c.Code);
        if (parties.Count == 0) return;
        // The first occasion told after the lead.
        EngagementDraft? next = null;
        int nextAt = int.MaxValue;
        foreach (var e in result)
        {
            if (e.Evidence.Count == 0 || e == own) continue;
            int at = e.Evidence.Min(s => s.Position);
            if (at > lead.Position && at < nextAt) { next = e; nextAt = at; }
            else if (at > lead.Position && at == nextAt) next = null;
        }
        if (next is null || nextAt - lead.Position > DatedLeadReach || next.Status != EngagementNames.Held || next.Date is not null) return;
        foreach (var e in result)
            if (e != next && e != own && e.Evidence.Exists(s => s.Position > lead.Position && s.Position < nextAt)) return;
        if (!next.Countries.Exists(parties.Contains)) return;
        var first = sentences[nextAt];
        if (RequiredText.IsMatch(s_anotherOccasion, first.Text) || RequiredText.IsMatch(s_separateMeeting, first.Text)
            || RequiredText.IsMatch(s_anotherOfItsKind, first.Text)) return;
        next.Date = date;
        if (own is not null) own.Date ??= date;
    }

    // How many sentences from the nearest telling of a drill a sentence of its start may stand.
    private const int DrillStartReach = 2;

    // "The closing ceremony was held at the Kelm range. … The drill had begun on 3 May.", "It officially commenced
    // 12 June, by the pier.": a sentence that opens with a drill (or "It") and tells only that it began on a date
    // (patterns.tsv drill-start-before; its one date) dates the undated, held drill, training or ceremony told nearest
    // it, within two sentences either way or in it; with two as near, or when the sentence is the telling of an
    // occasion already dated, or the day lies after the writing, none.
    private static void DateByStart(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, IsoDate? written)
    {
        if (!result.Exists(Undrilled)) return;
        foreach (var s in sentences)
        {
            if (s.IsLink || s.Dates.Count != 1) continue;
            var contexts = s.DateContexts ??= DateContexts(s);
            if (contexts[0] is not { } context || !RequiredText.IsMatch(s_drillStartBefore, context.Before)) continue;
            if (DateRecognizer.Resolve(s.Dates[0], written, false) is not { } date || written is { } w && After(date, w)) continue;
            if (Told(result, s, e => e.Date is not null)) continue;
            EngagementDraft? target = null;
            int best = int.MaxValue;
            bool tie = false;
            foreach (var e in result)
            {
                if (!Undrilled(e)) continue;
                int distance = e.Evidence.Min(x => Math.Abs(x.Position - s.Position));
                if (distance > DrillStartReach) continue;
                if (distance < best) { target = e; best = distance; tie = false; }
                else if (distance == best) tie = true;
            }
            if (target is not null && !tie) target.Date = date;
        }
    }

    // "Le général Kol a été reçu par son homologue d'Ostrie. C'était, le mercredi 4 mai, dans la salle d'audience.": a French
    // sentence that opens with "C'était" and its one date (patterns.tsv restated-occasion-before) and tells no occasion itself
    // dates the occasion told in the sentence right before it, when that sentence tells one occasion only, held and undated, and
    // the day is not after the writing (the fifty-sixth round).
    private static void DateByRestatement(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, IsoDate? written)
    {
        for (int k = 1; k < sentences.Count; k++)
        {
            var s = sentences[k];
            // The opening is asked of the text before the date in place first: most sentences hold no "C'était", and their
            // dates' contexts need not be worked out for this.
            if (s.IsLink || s.Dates.Count != 1 || !RequiredText.IsMatch(s_restatedOccasionBefore, s.Text, 0, s.Dates[0].Start)) continue;
            if ((s.DateContexts ??= DateContexts(s))[0] is null) continue;
            if (Told(result, s) || DateRecognizer.Resolve(s.Dates[0], written, false) is not { } date || written is { } w && After(date, w)) continue;
            var before = sentences[k - 1];
            var told = result.FindAll(e => Tells(e, before));
            if (told.Count == 1 && told[0].Status == EngagementNames.Held && told[0].Date is null) told[0].Date = date;
        }
    }

    // A ship visit's telling: a ship, a port call or a docking named in it.
    private static readonly Regex s_shipTold = RulePatterns.Get("ship-told");

    // "The frigates Kel and Ost have arrived at Kelm on a port call. … The two frigates will stay in the harbour of Kelm
    // from 11 to 14 May.": a sentence that tells a ship's stay in port from a date (patterns.tsv stay-span-before, its
    // first date) and is the telling of no occasion dates every undated ship visit of the article (held or planned, a
    // ship, port call or docking named in one of its tellings) with the stay's first day. A sentence that tells an
    // occasion (a reception within the stay, a dated docking) is that occasion's; a drill's span is no stay's.
    private static void DateByStay(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, IsoDate? written)
    {
        var targets = result.FindAll(UndatedShipVisit);
        if (targets.Count == 0) return;
        foreach (var s in sentences)
        {
            if (s.IsLink || s.Dates.Count == 0) continue;
            var contexts = s.DateContexts ??= DateContexts(s);
            if (contexts[0] is not { } context || !RequiredText.IsMatch(s_staySpanBefore, context.Before)) continue;
            if (Told(result, s)) continue;
            bool future = targets.TrueForAll(e => e.Status != EngagementNames.Held);
            if (DateRecognizer.Resolve(s.Dates[0], written, future) is not { } date) continue;
            foreach (var e in targets) e.Date = date;
            return;
        }
    }

    // "Lt-Gen Arlo arrived in Kelm on a visit. This morning she called on the Prime Minister.", "The plan was announced today
    // after General Arlo met the Veskan army chief.": a held occasion left undated whose telling says "today" (or "this
    // morning", a relative day of offset nought, outside the clause its own date would be read from) took place on the day
    // the report was written (the dateline's day, else the publication date). Not when that sentence tells another dated
    // occasion too (the day may be that one's), or gives a date of another form as well, or when the day of writing is unknown;
    // nor a "today" that dates no occasion at all (a release's or a dateline's day: no context, as for every date rule).
    private static void DateByToday(List<EngagementDraft> result, IsoDate? written)
    {
        if (written is not { Day: not null }) return;
        DateByTelling(result, _ => true,
            s => s.Dates.Count == 1 && s.Dates[0] is { Form: DateForm.RelativeDay, Offset: 0 } && (s.DateContexts ??= DateContexts(s))[0] is not null,
            s => DateRecognizer.Resolve(s.Dates[0], written, false));
    }

    // The rule DateByToday and DateByVisitUnderWay share: each held occasion left undated that `which` accepts takes the date
    // `dateOf` reads from the first of its tellings (not a link) that `dates` accepts and that tells no other occasion dated
    // before the rule runs (the day may be that one's). The occasions dated before the rule are the ones that count as told
    // with a date, so the order of the occasions does not matter.
    private static void DateByTelling(List<EngagementDraft> result, Func<EngagementDraft, bool> which, Func<EventSentence, bool> dates,
        Func<EventSentence, IsoDate?> dateOf)
    {
        var dated = new HashSet<EngagementDraft>(result.Where(o => o.Date is not null));
        foreach (var e in result)
        {
            if (e.Date is not null || e.Status != EngagementNames.Held || !which(e)) continue;
            foreach (var s in e.Evidence)
            {
                if (s.IsLink || !dates(s) || ToldByAnother(result, e, s, dated.Contains)) continue;
                e.Date = dateOf(s);
                break;
            }
        }
    }

    // "This year's drill between Vesk and Ostria, held in Kelm from October 16, was the tenth.": a held occasion dated only by the
    // year of writing, read from "this year" in one of its tellings, is left undated here, so the rules after this one may find
    // its day; a year that is only the year of writing is a date less than the one meant. Not a year told as a number, not
    // "last year" or "next year", not a plan.
    private static void UndateThisYear(List<EngagementDraft> result, IsoDate? written)
    {
        if (written?.Year is not { } year) return;
        foreach (var e in result)
        {
            if (e.Status != EngagementNames.Held || e.Date is not { Year: { } y, Month: null } || y != year) continue;
            if (e.Evidence.Any(s => !s.IsLink && s.Dates.Any(d => d is { Form: DateForm.RelativeYear, Month: null, Offset: 0 }))) e.Date = null;
        }
    }

    // "General Arlo met General Sanh, director general of the policy department under the defence ministry of Veska, in
    // Kelm on May 4.": an occasion left undated by every other date rule, one of whose tellings gives one date of an
    // occasion after the sentence's first trigger of the occasion's kind, with commas of appositions and venues between
    // them but no clause of its own (LoneDate), took place on that date. Run last, on finished engagements, so it only
    // dates them: read while the engagements are built, the date would part one occasion's tellings into several. Not
    // when that sentence tells another dated occasion too, nor when the tellings give two such dates.
    private static void DateByLoneDate(List<EngagementDraft> result, IsoDate? published)
    {
        var dated = new HashSet<EngagementDraft>(result.Where(o => o.Date is not null));
        foreach (var e in result)
        {
            if (e.Date is not null) continue;
            IsoDate? found = null;
            bool several = false;
            foreach (var s in e.Evidence)
            {
                if (s.IsLink || s.Dates.Count == 0) continue;
                var contexts = s.DateContexts ??= DateContexts(s);
                // The sentence's first trigger of the occasion's kind: a later one ("will visit Kelm, after a visit to Veska on
                // Monday") may be another occasion's, and stands between the first and the date.
                var t = s.Triggers.FirstOrDefault(o => o.Kind == e.Kind);
                if (t is null || LoneDate(s, t, contexts) is not { } lone) continue;
                if (ToldByAnother(result, e, s, dated.Contains)) continue;
                if (DateRecognizer.Resolve(lone, published, e.Status == EngagementNames.Planned) is not { } date) continue;
                if (found is not null && found != date) several = true;
                found = date;
            }
            if (found is not null && !several) e.Date = found;
        }
    }

    // "from May 3", "3 to 6 May": a date that opens a span of days (DateByVisitOfTheSentence).
    private static readonly Regex s_spanStartBefore = RulePatterns.Get("span-start-before");
    private static readonly Regex s_spanRangeAt = RulePatterns.Get("span-range-at");

    // "While in Kelm, General Arlo made a courtesy visit to the Veskan premier on May 4, during which …": a held meeting
    // left undated by every other rule, first told in a sentence that also tells a held visit or conference of the same states
    // dated to the day, took place on that day when the sentence gives one date a trigger could take and the visit's date is
    // that date (the call is the visit's own telling). Not when two occasions of the sentence are dated, nor when the
    // sentence gives no date or several; nor when that date opens a span of days ("General Arlo, who is in Vesk on a
    // three-day visit from May 3, also held talks with …", "on a visit from 3 to 6 May"; patterns.tsv span-start-before and
    // span-range-at): it is then the stay's first day, and a call told inside the stay may have been made on any of its days.
    private static void DateByVisitOfTheSentence(List<EngagementDraft> result, IsoDate? published)
    {
        foreach (var e in result)
        {
            if (e.Date is not null || e.Kind != "meeting" || e.Status != EngagementNames.Held || e.Evidence.Count == 0) continue;
            int first = e.Evidence.Min(x => x.Position);
            var s = e.Evidence.First(x => x.Position == first);
            if (s.IsLink || s.Dates.Count == 0) continue;
            var contexts = s.DateContexts ??= DateContexts(s);
            int one = OneTriggerDate(contexts);
            if (one < 0 || DateRecognizer.Resolve(s.Dates[one], published, false) is not { Day: not null } date) continue;
            if (contexts[one] is not { } context || OpensSpan(s, s.Dates[one], context.Before)) continue;
            var others = result.FindAll(o => o != e && o.Date is not null && Tells(o, s));
            if (others.Count != 1) continue;
            var other = others[0];
            if (other.Kind is not ("visit" or "conference") || other.Status != EngagementNames.Held || other.Date != date) continue;
            if (!SameParties(other, e)) continue;
            e.Date = date;
        }
    }

    // Whether a date opens a span of days: a word of a span's start before it ("from", "depuis le"), or a range of days from it.
    private static bool OpensSpan(EventSentence s, DateMention date, string before)
        => RequiredText.IsMatch(s_spanStartBefore, before) || RequiredText.IsMatch(s_spanRangeAt, s.Text, date.Start, s.Text.Length - date.Start);

    // The sentences at the head of an article searched for its headline.
    private const int HeadlineSentences = 3;

    // "Vesk, Ostria hold border talks in Kelm" over a report that tells the talks without a day: a held occasion left undated by
    // every other rule, told in the article's headline (one of its first three sentences that does not end as a sentence and gives no
    // date) with a verb of an occasion in the present (patterns.tsv headline-present), is the news of the day the report was written
    // (the dateline's day, else the publication date). Not an agreement (a signing is often reported days after it, when its text is
    // released), nor without a writing day, nor when another occasion told in the headline has a date.
    private static void DateByHeadline(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, IsoDate? written)
    {
        if (written is not { Year: not null, Month: not null, Day: not null }) return;
        var heads = new List<EventSentence>();
        int seen = 0;
        foreach (var s in sentences)
        {
            if (s.IsLink) continue;
            if (++seen > HeadlineSentences) break;
            if (s.Dates.Count == 0 && !TextTools.EndsAsSentence(s.Text) && RequiredText.IsMatch(s_headlinePresent, s.Text)) heads.Add(s);
        }
        if (heads.Count == 0) return;
        var dated = new HashSet<EngagementDraft>(result.Where(o => o.Date is not null));
        foreach (var e in result)
        {
            if (e.Date is not null || e.Status != EngagementNames.Held || e.Kind == "agreement") continue;
            var head = heads.Find(h => Tells(e, h));
            if (head is null || ToldByAnother(result, e, head, dated.Contains)) continue;
            e.Date = written;
        }
    }

    // "General Arlo, who is now on a goodwill visit to Vesk, called on the Veskan army chief.", "Le ministre a reçu le général Tomas
    // Dosk, actuellement en visite en Ostrie.": a held occasion left undated by every other rule, one of whose tellings gives no
    // date and tells a visit as under way when the report was written (patterns.tsv visit-under-way), took place in the days
    // just before the writing day; as for a weekday told against a writing date without its year, only the month is known, and
    // only when the six days before the writing day lie in its month. Not an agreement (a signing is often reported days after
    // it), not when that sentence tells another dated occasion, nor when the writing day is unknown.
    private static void DateByVisitUnderWay(List<EngagementDraft> result, IsoDate? written)
    {
        if (written is not { Year: { } year, Month: { } month, Day: { } day } || day <= 6) return;
        DateByTelling(result, e => e.Kind != "agreement", s => s.Dates.Count == 0 && RequiredText.IsMatch(s_visitUnderWay, s.Text),
            _ => new IsoDate(year, month, null));
    }

    // "Exercise Kelm 2014 opened on March 3." without a publication date: a month (and day) read without its year is of
    // the year that ends the name of the occasion told (its edition, "Kelm 2014", "Kelm-2014"), or, when a telling names
    // the occasion without it, of the one year the article gives that name after an occasion noun or before one
    // (patterns.tsv occasion-name-year: "Exercise Kelm 2014", "the 2014 Kelm Joint Training"). A year is taken only from
    // the occasion's own name: a date without its month, or a name given two years, is left as read.
    private static void YearByEdition(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences)
    {
        Dictionary<string, int?>? named = null;
        foreach (var e in result)
        {
            if (e.Date is not { Year: null, Month: { } month } date) continue;
            int? year = EditionYear(e.Edition);
            if (year is null)
            {
                named ??= NamesWithYears(sentences);
                foreach (var pair in named)
                {
                    if (pair.Value is not { } y || !e.Evidence.Exists(x => TextTools.NamesAsWholeWord(x.Text, pair.Key))) continue;
                    if (year is not null && year != y) { year = null; break; }
                    year = y;
                }
            }
            if (year is { } found && IsoDate.IsValid(found, month, date.Day)) e.Date = new IsoDate(found, month, date.Day);
        }
    }

    private static readonly Regex s_occasionNameYear = RulePatterns.Get("occasion-name-year");

    // The occasions the article names with a year (occasion-name-year), each with its year, or null for a name given two.
    private static Dictionary<string, int?> NamesWithYears(IReadOnlyList<EventSentence> sentences)
    {
        var result = new Dictionary<string, int?>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            if (s.IsLink || !RequiredText.Of(s_occasionNameYear).MayMatch(s.Text)) continue;
            foreach (Match m in s_occasionNameYear.Matches(s.Text))
            {
                string name = m.Groups["name"].Value;
                int year = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                result[name] = result.TryGetValue(name, out var known) && known != year ? null : year;
            }
        }
        return result;
    }

    // The year an occasion's edition states ("2014"), or null for an ordinal or a numeral ("IX", "12").
    private static int? EditionYear(string? edition)
        => edition is { Length: 4 } && (edition.StartsWith("19", StringComparison.Ordinal) || edition.StartsWith("20", StringComparison.Ordinal))
            && int.TryParse(edition, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int y) ? y : null;

    // An undated visit, held or planned, one of whose tellings names a ship, a port call or a docking.
    private static bool UndatedShipVisit(EngagementDraft e)
        => e.Kind == "visit" && e.Date is null && e.Evidence.Exists(x => RequiredText.IsMatch(s_shipTold, x.Text));

    // A held drill, training or ceremony told in the article and not dated.
    private static bool Undrilled(EngagementDraft e)
        => e.Status == EngagementNames.Held && e.Date is null && e.Evidence.Count > 0 && (Drill(e.Kind) || e.Kind == "ceremony");

    // A date of the days just before the writing date, or on it.
    private static bool News(IsoDate date, IsoDate? written)
    {
        // A writing date without its year (a dateline's month and day, no publication date): a date of the same
        // year-less form within the days before it, counted in a leap year.
        if (written is { Year: null, Month: { } xm, Day: { } xd })
        {
            if (date is not { Year: null, Month: { } dm, Day: { } dd2 } || !IsoDate.IsValid(2000, dm, dd2)) return false;
            double gap = (new DateTime(2000, xm, xd) - new DateTime(2000, dm, dd2)).TotalDays;
            return gap >= 0 && gap <= DatelineNewsDays;
        }
        if (written is not { Year: { } wy, Month: { } wm, Day: { } wd }) return false;
        if (date is not { Year: { } y, Month: { } m, Day: { } d } || !IsoDate.IsValid(y, m, d)) return false;
        double before = (new DateTime(wy, wm, wd) - new DateTime(y, m, d)).TotalDays;
        return before >= 0 && before <= DatelineNewsDays;
    }

    /// <summary>
    /// The date that belongs to a trigger: one in the same clause (no comma or semicolon between
    /// them), or one that opens the sentence ("In June, …"); never the date of a press release.
    /// </summary>
    private static IsoDate? AttachedDate(EventSentence s, Trigger trigger, IsoDate? published, bool future)
    {
        if (s.Dates.Count == 0) return null;
        // The mention a trigger takes depends on the sentence and the trigger alone: it is worked out once for each of the
        // sentence's triggers (the trigger's weighing, its candidate, the other triggers of its kind ask it again), and
        // resolved against the writing date and the tense at each question.
        var triggers = s.Triggers;
        int at = -1;
        for (int i = 0; i < triggers.Count; i++)
        {
            if (ReferenceEquals(triggers[i], trigger)) { at = i; break; }
        }
        DateMention? best;
        if (at < 0) best = AttachedMention(s, trigger);
        else
        {
            var taken = s.AttachedMentions ??= new (bool, DateMention?)[triggers.Count];
            if (!taken[at].Known) taken[at] = (true, AttachedMention(s, trigger));
            best = taken[at].Mention;
        }
        return best is null ? null : DateRecognizer.Resolve(best, published, future);
    }

    // The date mention of the sentence that a trigger takes (AttachedDate before the mention is resolved), or null.
    private static DateMention? AttachedMention(EventSentence s, Trigger trigger)
    {
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        List<int>? nameCommas = null;
        bool nameCommasFound = false;
        var dates = s.Dates;
        var contexts = s.DateContexts ??= DateContexts(s);
        // "The Veskan port call comes after Kelm's frigates called at the base on May 4": the day told on the verb's other side
        // is the earlier occasion's.
        var apart = OtherSideOfFollows(s, trigger);
        for (int i = 0; i < dates.Count; i++)
        {
            var context = contexts[i];
            if (context is null) continue;
            var d = dates[i];
            if (InSpan(apart, d.Start)) continue;
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
                || d.Start >= trigger.End && RequiredText.IsMatch(s_heldAfter, between)
                // "… s'est rendu samedi 4 mai en Ostrie, où il a rencontré …": a French relative "où" clause of the dated clause tells its trigger on that date.
                || d.Start + d.Length <= trigger.Index && RequiredText.IsMatch(s_ouClauseAfterDate, s.Text, d.Start + d.Length, trigger.Index - d.Start - d.Length);
            bool opener = (MayBeOpener(before) && RequiredText.IsMatch(s_openerBefore, before)
                    || d.Start + d.Length <= trigger.Index
                        // "… told reporters that in May, an admiral will visit Cambodia": the opener of a reported clause, for the triggers after it.
                        && (RequiredText.IsMatch(s_reportedOpener, before)
                            // "Le général … a eu, le 11 mai, une séance de travail avec …": a date set off by commas between a compound
                            // verb and its object, for the triggers of that object before the next comma.
                            || RequiredText.IsMatch(s_verbSetOffBefore, before)
                                && RequiredText.IsMatch(s_setOffDateObject, s.Text, d.Start + d.Length, trigger.Index - d.Start - d.Length)
                            // "En marge de la réunion des ministres du 20 avril, … ont signé …": the date of the occasion on whose
                            // margins the sentence's later triggers are told, for those triggers.
                            || RequiredText.IsMatch(s_marginOpenerBefore, before)))
                && RequiredText.IsMatch(s_openerAfter, after);
            if (!sameClause && !opener) continue;
            // "The meeting was held under the agreement signed in May 2004": a trigger of another kind between takes the date.
            // A conference named as the venue ("met … on the sidelines of the summit in Vientiane on Monday") is none.
            if (sameClause && !opener && s.Triggers.Any(o => o.Kind != trigger.Kind && o.Index >= Math.Min(trigger.End, d.Start + d.Length) && o.End <= Math.Max(trigger.Index, d.Start)
                    && !(o.Index >= trigger.End && RequiredText.IsMatch(EventVocabulary.VenueBefore, s.Text.Substring(trigger.End, o.Index - trigger.End)))
                    // "signed an MoU on peacekeeping training in Vientiane on Monday": the training is what the MoU is about.
                    && !(!o.IsVerb && o.Index >= trigger.End && d.Start >= o.End && RequiredText.IsMatch(s_topicBefore, s.Text.Substring(trigger.End, o.Index - trigger.End))))) continue;
            int distance = Math.Abs(to - from);
            if (distance < bestDistance) { best = d; bestDistance = distance; }
        }
        return best;
    }

    // The most characters a lone date may stand after its trigger (LoneDate).
    private const int LoneDateReach = 240;

    /// <summary>
    /// "X met Y, the director of a department, at the ministry in City, on 4 May": the one date of a sentence (the one
    /// whose context is worked out) belongs to the trigger before it, though commas of appositions and venues stand
    /// between them. Not when the date comes before the trigger, when another trigger stands after the date or between
    /// them (but one named as its venue: "on the sidelines of the summit", of any kind), when the trigger is itself such a venue or told after one, when more
    /// than <see cref="LoneDateReach"/> characters lie between, nor when a clause of its own opens between them
    /// (patterns.tsv lone-date-breaker: a relative or subordinate clause, a semicolon, a quotation, a verb of speech or
    /// of leaving, a bracket before the date).
    /// </summary>
    private static DateMention? LoneDate(EventSentence s, Trigger trigger, (string Before, string After)?[] contexts)
    {
        int one = OneTriggerDate(contexts);
        if (one < 0) return null;
        var lone = s.Dates[one];
        if (lone.Start < trigger.End || lone.Start - trigger.End > LoneDateReach) return null;
        // A trigger named as another's venue, or told after one, is no occasion the date tells.
        foreach (var o in s.Triggers)
        {
            if (o.End > trigger.Index) break;
            foreach (var v in s.Triggers)
            {
                if (v.Index < o.End || v.Index > trigger.Index) continue;
                if (RequiredText.IsMatch(EventVocabulary.VenueBefore, s.Text, o.End, v.Index - o.End)) return null;
            }
        }
        foreach (var o in s.Triggers)
        {
            if (ReferenceEquals(o, trigger) || o.End <= trigger.Index) continue;
            // Another trigger after the date, or one between that is no venue of this one (an occasion "on the sidelines of" which
            // it was held, a site "at the" exercise ground). Triggers never overlap, so one that ends after this one's start
            // begins after its end.
            if (o.Index >= lone.Start) return null;
            if (!RequiredText.IsMatch(EventVocabulary.VenueBefore, s.Text, trigger.End, o.Index - trigger.End)) return null;
        }
        return RequiredText.IsMatch(s_loneDateBreaker, s.Text, trigger.End, lone.Start - trigger.End) ? null : lone;
    }

    // The index of a sentence's one date that a trigger could take (its context worked out: not a dateline's, a release's, a
    // founding's or a plan's period); -1 when it has none or several.
    private static int OneTriggerDate((string Before, string After)?[] contexts)
    {
        int one = -1;
        for (int i = 0; i < contexts.Length; i++)
        {
            if (contexts[i] is null) continue;
            if (one >= 0) return -1;
            one = i;
        }
        return one;
    }

    /// <summary>
    /// For each date of the sentence, the text before and after it, or null for a date that belongs to
    /// no trigger of the sentence whatever the trigger: the date of a press release, of a dateline, or of
    /// a founding, or the period a plan covers. None of this depends on the trigger, so it is worked out once per sentence.
    /// </summary>
    private static (string Before, string After)?[] DateContexts(EventSentence s)
    {
        var dates = s.Dates;
        var result = new (string Before, string After)?[dates.Count];
        for (int i = 0; i < dates.Count; i++)
        {
            var d = dates[i];
            string after = s.Text.Substring(d.Start + d.Length);
            bool reportMark = MayOpenWithReportMark(after);
            if (reportMark && RequiredText.IsMatch(s_releaseAfter, after)) continue;
            // "SOME PROVINCE, Country (April 29, 2014) -- …": the date of the dateline, not of the event.
            if (reportMark && RequiredText.IsMatch(s_datelineDateAfter, after)) continue;
            string before = s.Text.Substring(0, d.Start);
            // "BEIJING, Sept. 23 -- A ceremony …": the date of a dateline opening a paragraph, not of the event.
            if (reportMark && RequiredText.IsMatch(s_datelineDateDash, after) && RequiredText.IsMatch(s_datelineDateBefore, before)) continue;
            if (RequiredText.IsMatch(s_foundingBefore, before)) continue;
            if (OfficeTakenBefore(before)) continue;
            if (RequiredText.IsMatch(s_planPeriodBefore, before)) continue;
            result[i] = (before, after);
        }
        return result;
    }

    /// <summary>
    /// Whether <c>office-taken-before</c> matches the text before a date, as <c>RequiredText.IsMatch</c> answers, with less
    /// search: every match ends with white space, "in" or "on" and white space at the end of the text, so a text that does not
    /// end so has none (the test takes any case of the letters, and the dotted and dotless i); and no match holds a comma, a
    /// semicolon, a full stop or a colon (its words are letters and white space, its gap <c>[^,;.:]</c>), so none starts
    /// before the last of them, and the search starts after it. <c>Regex.IsMatch(text, start)</c> reads the text before the
    /// start for <c>\b</c> as the whole search does, so it finds a match wherever the whole search would.
    /// </summary>
    internal static bool OfficeTakenBefore(string before)
    {
        if (!RequiredText.Of(s_officeTakenBefore).MayMatch(before) || !MayEndWithInOrOn(before)) return false;
        int from = before.LastIndexOfAny(s_clauseStops) + 1;
        if (!MayHoldOfficeTakenWords(before, from)) return false;
        return s_officeTakenBefore.IsMatch(before, from);
    }

    /// <summary>
    /// Whether the text from <paramref name="from"/> may hold a match of <c>office-taken-before</c> by its words: every match
    /// holds a whole word of its first part ("assumed", "taking", "took", "was", "being" …, after <c>\b</c> and before white
    /// space) and a whole word of its second ("office", "command", "post", "helm", "reins", "appointed", "sworn",
    /// "inaugurated", after white space and before <c>\b</c>), so a text whose runs of letters include no word of either list
    /// has no match. Read only for a text of ASCII characters, where the pattern's case-blind letters are the ASCII ones
    /// (another character, such as the Kelvin sign the pattern's "k" also takes, answers true).
    /// </summary>
    internal static bool MayHoldOfficeTakenWords(string text, int from)
    {
        bool taking = false, office = false;
        int start = -1;
        for (int i = from; i <= text.Length; i++)
        {
            char c = i < text.Length ? text[i] : ' ';
            if (c >= 128) return true;
            if ((uint)((c | 0x20) - 'a') <= 'z' - 'a')
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            int length = i - start;
            if (!taking && IsTakingWord(text, start, length)) taking = true;
            else if (!office && IsOfficeWord(text, start, length)) office = true;
            start = -1;
        }
        return taking && office;
    }

    private static readonly string[] s_takingWords = { "assume", "assumes", "assumed", "assuming", "take", "takes", "taken", "taking", "took", "was", "were", "been", "being" };
    private static readonly string[] s_officeWords = { "office", "command", "post", "helm", "reins", "appointed", "sworn", "inaugurated" };

    private static bool IsTakingWord(string text, int start, int length) => IsOneOf(s_takingWords, text, start, length);

    private static bool IsOfficeWord(string text, int start, int length) => IsOneOf(s_officeWords, text, start, length);

    // Whether text[start, start + length), ASCII letters, is one of the lower-case words in any case.
    private static bool IsOneOf(string[] words, string text, int start, int length)
    {
        foreach (var word in words)
        {
            if (word.Length != length) continue;
            int j = 0;
            while (j < length && (text[start + j] | 0x20) == word[j]) j++;
            if (j == length) return true;
        }
        return false;
    }

    private static readonly char[] s_clauseStops = { ',', ';', '.', ':' };

    /// <summary>
    /// Whether the text after a date may open as <c>release-after</c>, <c>dateline-date-after</c> or
    /// <c>dateline-date-dash</c> needs: each is anchored at the start, takes white space (<c>\s*</c>, the characters
    /// <see cref="char.IsWhiteSpace(char)"/> takes) and then "p" or "s" ("press release", "statement", "social media post",
    /// in that case only), a closing bracket or a dash. A text whose first other character is none of these matches none of
    /// the three, and their prefilters (a search of the whole text for their strings) are not asked.
    /// </summary>
    internal static bool MayOpenWithReportMark(string after)
    {
        int i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        return i < after.Length && after[i] is 'p' or 's' or ')' or '-';
    }

    // White space, "in" or "on" (any case, the dotted and dotless i too) and white space at the end of the text: the end
    // of every match of office-taken-before (\s(?:in|on)\s+$, ignoring case).
    internal static bool MayEndWithInOrOn(string text)
    {
        int end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == text.Length || end < 3) return false;
        char first = text[end - 2], last = text[end - 1];
        return last is 'n' or 'N' && first is 'i' or 'I' or 'o' or 'O' or '\u0130' or '\u0131' && char.IsWhiteSpace(text[end - 3]);
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

    private static bool After(IsoDate d, IsoDate published)
        => d.Year is { } y && published.Year is { } py && (y > py || y == py && d.Month is { } m && published.Month is { } pm && (m > pm || m == pm && d.Day is { } dd && published.Day is { } pd && dd > pd));

    private static readonly Regex s_backgroundBeforePlace = RulePatterns.Get("background-before-place");

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
}
