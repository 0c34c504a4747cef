using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Contract;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Events;

// The engagement builder's part on who took part: the people of a sentence, speakers and callers told before, people told near an occasion.
public static partial class EngagementBuilder
{
    // How many sentences after an occasion's last telling (and before its first) a sentence naming its people may stand.
    private const int PeopleNearReach = 2;

    private static readonly Regex s_pluralPeopleReference = RulePatterns.Get("plural-people-reference");

    // "The ministers of Ostria and Vesk met in Kelm on Monday. … That morning the ministers watched a joint drill": an
    // occasion that names nobody, told in a sentence of its own (no other occasion of the article holds it) that refers to
    // people in the plural (patterns.tsv plural-people-reference), takes the people of the nearest occasion told before it
    // with the same states; "ministers" and "secretaries" only those whose office says so, and "the two" ("the three") only
    // when that many are taken.
    private static void PeopleReferredToInThePlural(List<EngagementDraft> result)
    {
        foreach (var e in result)
        {
            if (e.Participants.Count > 0 || e.Countries.Count < 2) continue;
            foreach (var s in e.Evidence)
            {
                if (ToldByAnother(result, e, s)) continue;
                var m = RequiredText.Match(s_pluralPeopleReference, s.Text);
                if (!m.Success) continue;
                var before = result.Where(o => o != e && o.Participants.Count > 0 && o.Evidence.Count > 0
                        && o.Evidence.Min(x => x.Position) < s.Position
                        && SameParties(o, e))
                    .OrderByDescending(o => o.Evidence.Min(x => x.Position)).FirstOrDefault();
                if (before is null) break;
                var noun = m.Groups["noun"].Success ? m.Groups["noun"].Value : "";
                string? office = noun == "ministers" ? "minister" : noun == "secretaries" ? "secretar" : null;
                var theirs = before.Participants.Where(p => office is null
                    || p.Official.Positions.Any(x => x.Title.IndexOf(office, StringComparison.OrdinalIgnoreCase) >= 0)).ToList();
                int? count = m.Groups["count"].Success ? m.Groups["count"].Value switch { "two" => 2, "three" => 3, _ => 4 } : null;
                if (theirs.Count < 2 || (count is int n && theirs.Count != n)) break;
                e.Participants.AddRange(theirs);
                break;
            }
        }
    }

    // "Lorn sent its second contingent of peacekeepers to Ostria at a ceremony at the airbase on Monday. … Mira Tal, the
    // United Nations resident coordinator, said the mission would test the troops.": a held ceremony of one state that is
    // the article's only occasion (or its only one told with people, every other told with nobody) takes the officials
    // whose office is of a body of no state (the United Nations' people, Party.OfNoState) who open what they say
    // (patterns.tsv speaker-view) in a sentence that tells no occasion and names no other day, outside a quotation. With one
    // such occasion in the article, the body's guest who speaks that day speaks at it; anyone else is left to the
    // ceremony's sentences (a minister who speaks of the mission may not have attended). An occasion told with nobody (the
    // deployment a send-off marks, told in a sentence of its own) claims no one.
    private static void SpeakersOfAOneStateCeremony(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences)
    {
        var withPeople = result.Where(x => x.Participants.Count > 0).Take(2).ToList();
        var e = result.Count == 1 ? result[0] : withPeople.Count == 1 ? withPeople[0] : null;
        if (e is null) return;
        if (e.Kind != "ceremony" || e.Status != EngagementNames.Held || e.Countries.Count != 1 || e.Evidence.Count == 0) return;
        var found = new List<Party>();
        foreach (var s in sentences)
        {
            if (s.IsLink || s.People.Count == 0 || e.Evidence.Contains(s)) continue;
            if (s.Dates.Any(d => e.Date is not { } date || d.Month is null || d.Day is null || d.Month != date.Month || d.Day != date.Day)) continue;
            foreach (var (mention, official) in s.People)
            {
                if (!official.OfNoState || e.Participants.Contains(official) || found.Contains(official)) continue;
                if (InsideQuotation(s.Text, mention.Start)) continue;
                int after = Math.Min(mention.Start + mention.Length, s.Text.Length);
                if (!RequiredText.IsMatch(s_speakerView, s.Text, after, s.Text.Length - after)) continue;
                if (s.Triggers.Count > 0) break;
                found.Add(official);
            }
        }
        e.Participants.AddRange(found);
    }

    // "Ostria and Vesk signed a memorandum on Friday. … Minister Kol said after the signing …": a held occasion whose own
    // sentences name nobody takes the officials of ONE sentence near it (the one just before its first telling, or one
    // of the two after its last) that tells no other occasion and refers back to an occasion ("after the talks", "in his
    // opening ceremony remarks", "It was signed by …"), and only those officials whose state is a side of the occasion.
    // A sentence that tells another occasion ends the search on its side, and one that names an occasion of another kind
    // is passed over; with two such sentences, the nearest after wins.
    private static void PeopleToldNear(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences, string? home, string? partner)
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
                told ??= new HashSet<string>(e.Evidence.SelectMany(x => x.Triggers).Select(t => Trigger.Group(t.Kind)).Append(Trigger.Group(e.Kind)));
                if (s.Triggers.Any(t => t.Index < reference.Index + reference.Length && t.End > reference.Index
                    && !told.Contains(Trigger.Group(t.Kind)))) continue;
                e.Participants.AddRange(theirs);
                break;
            }
            // The speaker first: an occasion told with nobody whose one side speaks between its tellings is then told with
            // people of one side, and its other side may take the state's only official (the fifty-fifth round).
            SpeakerBetweenTellings(e, result, sentences, telling, home, partner);
            OnlyOfficialOfASide(e, result, sentences, ref officialsOf);
        }
    }

    // "The defence ministers of Ostria, Vesk and Lorn met in Kelm on Monday. … For his part, Lorn's Minister Arlo Dosk
    // affirmed … At the talks, all three ministers …": a held occasion of two or more states, other than a visit (whose
    // host the answers leave out), with a side no participant stands for, takes the official of that side who opens
    // what he says or praises ("X said", "X, the Lorn minister, praised") in a sentence between its tellings or in
    // the one sentence after its last, when that sentence tells no occasion, names no other day, and the official
    // takes part in no other occasion of the article. An occasion with someone of no known state (he may stand for the
    // side that looks empty) or dated to a month only (background) takes no one this way. Only sentences already among the article's are read, and only
    // after a mention of such an official: no new scan of the text.
    private static void SpeakerBetweenTellings(EngagementDraft e, List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences,
        HashSet<EventSentence> telling, string? home, string? partner)
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
                // An official whose state the article does not state stands for the side Party.Side gives him (an ambassador's
                // or attaché's the article's main partner, anyone else's the home side), as a speaker at an occasion does.
                if (official.Side(home, partner) is not { } c || !missing.Contains(c) || e.Participants.Contains(official) || found.Contains(official)) continue;
                int after = Math.Min(mention.Start + mention.Length, s.Text.Length);
                if (!RequiredText.IsMatch(s_speakerView, s.Text, after, s.Text.Length - after)) continue;
                if (result.Any(x => !ReferenceEquals(x, e) && x.Participants.Contains(official))) continue;
                // "… told the news during a working lunch with …": a sentence with a trigger of its own tells another occasion.
                if (s.Triggers.Count > 0) break;
                found.Add(official);
            }
        }
        e.Participants.AddRange(found);
    }

    // "Kenyan Defence Minister Otieno Maina and Austria signed a memorandum … Austrian Defence Minister Karl Brenner
    // praised Kenya's army.": a held occasion told with people of one side, whose other side no sentence near it names,
    // takes that side's official when the article names exactly one official of that state, nowhere in the occasion's
    // own sentences (there the stages above already judged him no party), and the article tells no other occasion
    // that state takes part in (he could belong to that one), or only occasions told with nobody when this one is no
    // visit ("… signed a memorandum … Minister Dosk later inspected the donated trucks": the inspection, told with
    // nobody, claims no one; a visit's host the answers leave out). An occasion told with nobody, or with someone of no known
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
            if (e.Participants.Any(p => p.Country == c)) continue;
            // Another occasion of the article with that state: its one official could belong to that one, unless that one
            // holds nobody (told with nobody, it claims no one) and this occasion is not a visit (whose host the answers
            // leave out) (the sixtieth round).
            if (result.Any(x => !ReferenceEquals(x, e) && x.Countries.Contains(c) && (x.Participants.Count > 0 || e.Kind == "visit"))) continue;
            // Someone of that side, or of no known state, named in the occasion's own sentences: the side is told there.
            if (e.Evidence.Any(s => s.People.Any(p => p.Official.Country is null || p.Official.Country == c))) continue;
            officialsOf ??= OfficialsByState(sentences, withoutLocalOffices: true);
            if (!officialsOf.TryGetValue(c, out var only) || only.Count != 1) continue;
            var one = only[0];
            if (e.Participants.Any(p => p.Id == one.Id) || NamedInItsSentences(e, one)) continue;
            e.Participants.Add(one);
        }
    }

    // "Ostria and Vesk signed a memorandum on border security on Monday. … Ostrian Defence Minister Arlo Dosk has led his
    // ministry since 2021.": a held meeting, signing, conference or ceremony of two or more states that every rule before has left
    // with nobody takes, for each of its states, the article's one official of that state (a stated country, or one an
    // engagement told) when his office is a minister's or an ambassador's (lexicon.tsv [minister-heads]) or a commander's
    // ([commander-heads], no deputy or aide of one), no head of state or government,
    // wherever the article names him, unless he is named in the occasion's own sentences (judged no party there), takes
    // part in another occasion of the article or is named in the sentences of a meeting, signing, conference or ceremony
    // of the same states; a state the article names two or more officials of, or none, gives nobody. It runs last, after the rules of the occasion's own and near
    // sentences and the places and dates, so it only fills what they left empty. "A Vesk navy ship docked in Kelm, Ostria, on Monday for a goodwill visit. … Vesk's ambassador Arlo Dosk
    // said …": a held visit of two states placed in one of them takes the other's (the visitor's) one official of the
    // article, whatever his office (the visit is his state's; the host, whom the answers often leave out, is not taken).
    private static void OnlyOfficialsOfAnOccasionToldWithNobody(List<EngagementDraft> result, IReadOnlyList<EventSentence> sentences)
    {
        Dictionary<string, List<Party>>? officialsOf = null;
        foreach (var e in result)
        {
            if (e.Participants.Count > 0 || e.Status != EngagementNames.Held || e.Countries.Count < 2) continue;
            bool visit = e.Kind == "visit";
            if (visit ? e.Countries.Count != 2 || e.LocationCountry is null || !e.Countries.Contains(e.LocationCountry) : !SatTogether(e.Kind)) continue;
            officialsOf ??= OfficialsByState(sentences);
            foreach (var c in e.Countries)
            {
                if (visit && c == e.LocationCountry) continue;
                if (!officialsOf.TryGetValue(c, out var only) || only.Count != 1) continue;
                var one = only[0];
                // Only a minister of his state (lexicon.tsv minister-heads) or its commander (commander-heads, no deputy or aide of
                // one: patterns.tsv subordinate-office), or a visitor of any office; never its head of government or state.
                if (IsHeadOfState(one) || !visit && !MinisterOrCommander(one)) continue;
                // Named in the occasion's own sentences, the stages there judged him no party (a source, a host who invited);
                // taking part in another occasion of the article, he may be that occasion's only; named in the own sentences of
                // another meeting, signing, conference or ceremony of the same states ("X said after the talks"), the stages
                // judged him no party of the occasion he was named at (a source of it), not the only official of another.
                if (e.Participants.Contains(one) || NamedInItsSentences(e, one)
                    || result.Any(x => !ReferenceEquals(x, e) && (x.Participants.Any(p => p.Id == one.Id)
                        || SatTogether(x.Kind) && SameParties(x, e) && NamedInItsSentences(x, one)))) continue;
                e.Participants.Add(one);
            }
        }
    }

    // The official is named in the occasion's own sentences (its evidence), whatever the stages there judged him.
    private static bool NamedInItsSentences(EngagementDraft e, Party one)
        => e.Evidence.Any(s => s.People.Any(p => p.Official.Id == one.Id));

    // A minister's office (lexicon.tsv minister-heads), or a commander's (commander-heads) whose title makes him no deputy or
    // aide of one (patterns.tsv subordinate-office: "Deputy Commander", "Assistant to the Commander").
    private static bool MinisterOrCommander(Party one)
    {
        if (one.Official.TitleHead is not { } head) return false;
        if (Lexicon.MinisterHeads.Contains(head)) return true;
        return Lexicon.CommanderHeads.Contains(head)
            && !one.Official.Positions.Any(p => RequiredText.IsMatch(s_subordinateOffice, p.Title));
    }

    // The article's officials by their state (stated, or told by an engagement), each once, in the order first named.
    // withoutLocalOffices: a local office whose state only a place of it tells ("deputy governor of Kelm province")
    // serves that place, not the state's side of a visit, so such a person is left out of every state's list.
    private static Dictionary<string, List<Party>> OfficialsByState(IReadOnlyList<EventSentence> sentences, bool withoutLocalOffices = false)
    {
        var officialsOf = new Dictionary<string, List<Party>>(StringComparer.Ordinal);
        HashSet<string>? local = null;
        foreach (var s in sentences)
        {
            if (s.IsLink) continue;
            foreach (var (mention, official) in s.People)
            {
                if (withoutLocalOffices && mention.Title is { CountryByPlace: true }) (local ??= new HashSet<string>(StringComparer.Ordinal)).Add(official.Id);
                if (official.Country is not { } country) continue;
                if (!officialsOf.TryGetValue(country, out var list)) officialsOf[country] = list = new List<Party>();
                if (!list.Any(o => o.Id == official.Id)) list.Add(official);
            }
        }
        if (local is not null)
        {
            foreach (var list in officialsOf.Values) list.RemoveAll(o => local.Contains(o.Id));
        }
        return officialsOf;
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
            int end = s.Tokens[c.LastToken].End;
            if (MatchesBefore(s_hostedByBefore, s, c)
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
    internal static bool InsideQuotation(string text, int index)
    {
        // The marks are found by the framework's search for a character, not by reading each character.
        int end = Math.Min(index, text.Length);
        int last = end > 0 ? text.LastIndexOf('"', end - 1) : -1;
        if (last >= 0) return QuotationMark(text, last) > 0;
        if (index >= text.Length) return false;
        int next = text.IndexOf('"', index);
        return next >= 0 && QuotationMark(text, next) < 0;
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
            // "…, a Veskan commander, said after the talks.", "X told reporters after the meeting": words said right after the
            // occasion; the speaker took part in it, when of one of its sides, unless he speaks for a body (a spokesman).
            bool afterOccasion = speaker && speechAfter && RequiredText.IsMatch(s_speechAfterOccasion, s.Text, afterStart, afterLength)
                && !(official.Official.TitleHead is { } head && Lexicon.SpokespersonHeads.Contains(head));
            if (speaker && addressing is not null && (placed || afterOccasion || RequiredText.IsMatch(s_speechAtOccasion, s.Text, afterStart, afterLength)))
            {
                if (!addressing.Contains(official)) addressing.Add(official);
                continue;
            }
            if (speaker) continue;
            // "\u201CThe new cabinet under Prime Minister X wants closer ties,\u201D he said.": someone named inside
            // a quotation that tells of no occasion itself is what the speaker speaks of, not someone who took part
            // ("\u201CThe talks will be chaired by X and Y,\u201D he said." names the talks' participants).
            if (InsideQuotation(s.Text, mention.Start) && !s.Triggers.Any(t => InsideQuotation(s.Text, t.Index))) continue;
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
    /// "Minister Dosk spoke to the press after his meeting with Prime Minister Arlo": a mention of <paramref name="person"/> right
    /// after the chosen noun of an occasion told with "his/her", joined to it by "with" and office words only (patterns.tsv
    /// pronoun-occasion-with), names the one the occasion was held with.
    /// </summary>
    private static bool PartnerAfterWith(EventSentence s, Party person, Trigger chosen)
    {
        foreach (var (mention, official) in s.People)
        {
            if (!official.Equals(person) || mention.Start < chosen.End) continue;
            if (RequiredText.IsMatch(s_pronounOccasionWith, s.Text, chosen.End, mention.Start - chosen.End)) return true;
        }
        return false;
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
}
