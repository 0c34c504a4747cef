using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Contract;
using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Events;

// The engagement builder's part on which states: the parties of an occasion and the context a country is named in.
public static partial class EngagementBuilder
{
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
        var marker = RequiredText.Match(s_alsoMet, s.Text);
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
    /// "Minister Arlo met Vice-President Kel, Defence Minister Dosk and Foreign Minister Tamsin", "Veskan Defence Minister Arlo met
    /// with President Kel and Defence Minister Dosk": between two states, the people listed right after the trigger (joined
    /// by punctuation, capitalised words and the lower-case words of <c>lexicon.tsv</c> object-list-words; any other word
    /// ends the list) are one side. Those of untold country take the one state told among them, when nobody named before the
    /// trigger is of that state; with none told among them, the other state than the one of everyone told before the trigger.
    /// Nothing is told when the list or the people before it hold two states, or the list's state is the subject's; nor after
    /// a noun other than a visit's followed by "of" ("the meeting of Minister Arlo and Veskan Minister Dosk", "the courtesy
    /// call of Arlo on Dosk"), whose list names those who held the occasion, both sides (a visit's "of" names its visitors).
    /// </summary>
    internal static void ListedAfterTrigger(EventSentence s, Trigger trigger, EngagementDraft draft, List<Party> people)
    {
        if (draft.Countries.Count != 2 || !people.Any(p => p.Country is null) || BothSidesAfter(s.Text, trigger)) return;
        var listed = new List<Party>();
        string? before = null;
        int cursor = trigger.End;
        // The first token not yet passed: every token before it starts before the cursor, which only moves on.
        int token = 0;
        bool open = true;
        foreach (var (mention, party) in s.People.OrderBy(p => p.Mention.Start))
        {
            if (!people.Contains(party)) continue;
            if (mention.Start + mention.Length <= trigger.Index)
            {
                if (party.Country is not { } c) continue;
                if (before is not null && before != c) return;
                before = c;
                continue;
            }
            if (!open || mention.Start < trigger.End) continue;
            if (!ListWordsOnly(s.Tokens, ref token, cursor, mention.Start)) { open = false; continue; }
            if (!listed.Contains(party)) listed.Add(party);
            cursor = mention.Start + mention.Length;
        }
        if (!listed.Any(p => p.Country is null)) return;
        var told = listed.Where(p => p.Country is not null).Select(p => p.Country!).Distinct().ToList();
        string? side = null;
        if (told.Count == 1 && draft.Countries.Contains(told[0]) && before != told[0]) side = told[0];
        else if (told.Count == 0 && before is { } subject && draft.Countries.Contains(subject)) side = draft.Countries.First(c => c != subject);
        if (side is null) return;
        foreach (var p in listed.Where(p => p.Country is null)) p.Tell(side);
    }

    // A noun trigger other than a visit's followed by "of" (or ending in it, "signing of"): the people after it held the
    // occasion together, both sides of it.
    private static bool BothSidesAfter(string text, Trigger trigger)
    {
        if (trigger.IsVerb || trigger.Kind == "visit") return false;
        if (trigger.Text.EndsWith(" of", StringComparison.Ordinal)) return true;
        return string.CompareOrdinal(text, trigger.End, " of ", 0, 4) == 0;
    }

    // Only punctuation, capitalised words, a possessive's "s" and the words of object-list-words between two positions. The
    // scan starts at the token `first`, moved to the first token that starts at or after `from` (on from where the last call
    // left it, as the caller's cursor moves on; back, for a name inside the one before it, when the cursor moves back), and
    // leaves it there for the next call: the tokens before it, which start before `from`, are not read again.
    private static bool ListWordsOnly(IReadOnlyList<Token> tokens, ref int first, int from, int to)
    {
        while (first > 0 && tokens[first - 1].Start >= from) first--;
        while (first < tokens.Count && tokens[first].Start < from) first++;
        for (int t = first; t < tokens.Count; t++)
        {
            var token = tokens[t];
            if (token.Start >= to) break;
            if (token.Start < from || token.End > to || !token.IsWord || token.IsCapitalized) continue;
            if (token.Text == "s" && t > 0 && tokens[t - 1].Text is "'" or "\u2019") continue;
            if (!Lexicon.ObjectListWords.Contains(token.Text)) return false;
        }
        return true;
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
        int end = s.Tokens[c.LastToken].End;
        return InOutletName(s.Text, start, end)
            || (start >= scan.InsideNameBefore && s_insideNameBefore.Match(s.Text, 0, start).Success)
            || (end <= scan.InsideNameAfter && s_insideNameAfter.Match(s.Text, end, s.Text.Length - end).Success);
    }

    // A state the words around it name as context (events.tsv [context-before], [context-after]); the expressions run
    // only where the scan of the sentence's required text (ContextScan) says they may match.
    private static bool MarkedContext(SentenceView s, CountryMention c, in ContextScan scan)
    {
        int start = s.Tokens[c.FirstToken].Start;
        int end = s.Tokens[c.LastToken].End;
        return (start >= scan.ContextBefore && ContextBeforeMatches(s.Text, start))
            || (end <= scan.ContextAfter && EventVocabulary.ContextAfter.Match(s.Text, end, s.Text.Length - end).Success);
    }

    // The expression read before a mention ends at the mention's start ("…\s+$"), so whether it matches in the text before the
    // mention is asked from right to left: the search starts at the mention and reads back only as far as the expression's
    // words, where the same expression read from left to right tries every place of the text from the sentence's start. A
    // match exists read one way exactly when it exists read the other way (the rows use no atomic group and no back
    // reference), so the answers are those of EventVocabulary.ContextBefore; its required text still gates the search.
    private static readonly Lazy<Regex> s_contextBeforeRightToLeft = new(() =>
        new Regex(EventVocabulary.ContextBefore.ToString(), EventVocabulary.ContextBefore.Options | RegexOptions.RightToLeft));

    /// <summary>Whether <see cref="EventVocabulary.ContextBefore"/> matches the text before <paramref name="start"/>, asked as
    /// <see cref="MarkedContext"/> asks it (from right to left).</summary>
    internal static bool ContextBeforeMatches(string text, int start) => s_contextBeforeRightToLeft.Value.Match(text, 0, start).Success;

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
                firstEnd = Math.Min(firstEnd, s.Tokens[c.LastToken].End);
            }
            return new ContextScan(s.Text, lastStart, firstEnd);
        }

        // One mention alone: the searches cover its own text before and after it, the parts the expressions read.
        public static ContextScan Of(SentenceView s, CountryMention c)
        {
            return new ContextScan(s.Text, s.Tokens[c.FirstToken].Start, s.Tokens[c.LastToken].End);
        }

        // The four expressions' required text (in this order: context before, context after, inside a name before, after) as
        // one automaton, so the sentence is read once for all four instead of once per required string of each.
        private static readonly Lazy<RequiredTextIndex> s_index = new(() => new RequiredTextIndex(new[]
        {
            RequiredText.Of(EventVocabulary.ContextBefore), RequiredText.Of(EventVocabulary.ContextAfter),
            RequiredText.Of(s_insideNameBefore), RequiredText.Of(s_insideNameAfter),
        }));

        [ThreadStatic] private static int[]? t_firstEnds;
        [ThreadStatic] private static int[]? t_lastStarts;

        // RequiredText.FirstEnd(text, lastStart) of the expressions read before a mention and RequiredText.LastStart(text,
        // firstEnd) of those read after it, as the index answers them in one pass.
        private ContextScan(string text, int lastStart, int firstEnd)
        {
            var firstEnds = t_firstEnds ??= new int[4];
            var lastStarts = t_lastStarts ??= new int[4];
            s_index.Value.FirstEndsAndLastStarts(text, lastStart, firstEnd, firstEnds, lastStarts);
            ContextBefore = firstEnds[0];
            ContextAfter = lastStarts[1];
            InsideNameBefore = firstEnds[2];
            InsideNameAfter = lastStarts[3];
        }

        public int ContextBefore { get; }
        public int ContextAfter { get; }
        public int InsideNameBefore { get; }
        public int InsideNameAfter { get; }
    }

    // Two country mentions next to each other in a list: only a comma, "and" or "or" between them.
    private static bool Listed(SentenceView s, CountryMention a, CountryMention b)
    {
        int end = s.Tokens[a.LastToken].End, start = s.Tokens[b.FirstToken].Start;
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
}
