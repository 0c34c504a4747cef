using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Resolve;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Events;

/// <summary>An engagement while it is being built from sentences.</summary>
public sealed class EngagementDraft
{
    public string Kind { get; set; } = "other";
    public string Status { get; set; } = "held";
    public IsoDate? Date { get; set; }
    public string? City { get; set; }
    public string? Place { get; set; }
    public string? LocationCountry { get; set; }
    public List<string> Countries { get; } = new();
    public List<OfficialDraft> Participants { get; } = new();
    public SortedSet<string> Topics { get; } = new(StringComparer.Ordinal);
    public List<string> Agreements { get; } = new();
    public List<SentenceAnalysis> Evidence { get; } = new();
    public bool ThirdLocation => LocationCountry is not null && !Countries.Contains(LocationCountry);
}

/// <summary>
/// Builds engagements from sentences: a trigger word gives the kind, tense gives held or
/// planned, the people and countries of the sentence give the participants, and later
/// sentences that refer back ("during the meeting") add evidence, dates, places and topics.
/// </summary>
public static class EngagementBuilder
{
    private static readonly (Regex Pattern, string Kind)[] s_triggers =
    {
        (new Regex(@"\b(?:sign(?:ed|ing|s)?|ink(?:ed|ing)?)\b[^.]{0,80}?\b(?:agreements?|memorand(?:um|a)|MoUs?|deals?|pacts?|protocols?|accords?|treaty)\b|\b(?:agreements?|memorand(?:um|a)|MoUs?)\b[^.]{0,40}?\bsigned\b|\bsigning of\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "agreement"),
        (new Regex(@"\b(?:joint (?:military )?(?:exercises?|drills?|patrols?)|exercises?|drills?)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "exercise"),
        (new Regex(@"\b(?:port call|visit(?:ed|ing|s)?|trip|tour)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "visit"),
        (new Regex(@"\b(?:met|meet(?:s|ing|ings)?|talks|courtesy call|farewell call|received)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "meeting"),
        (new Regex(@"\b(?:training(?: programmes?| programs?| courses?)?|trainees|courses?)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "training"),
        (new Regex(@"\b(?:donat(?:ed|ion|es)|handed over|handover|hand-over|delivered|provision of|assistance|grants?)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "aid"),
        (new Regex(@"\b(?:ceremony|commemorat(?:ing|ion|ed)|celebrat(?:ing|ion|ed)|reception|inaugurat(?:ed|ion))\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "ceremony"),
        (new Regex(@"\b(?:summit|conference|forum)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled), "conference"),
    };

    private static readonly Regex s_anaphor = new(@"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]heir|[Hh]is|[Hh]er)\s+(?:(?:official|recent|maiden|first|three-day|two-day|bilateral|courtesy|working|state)\s+)*(?<noun>meeting|visit|trip|talks|event|ceremony|agreement|signing|exercise|training|call)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex s_planned = new(@"\b(?:will|shall|to be held|is to|are to|plans? to|planning to|is scheduled|are scheduled|is expected to|are expected to|upcoming|would|intends? to|next (?:week|month|year))\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex s_pair = new(@"\b(?:both (?:sides|parties|countries|nations|governments|armies|militaries)|the two (?:sides|countries|nations|parties|armies|militaries)|bilateral)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex s_generic = new(@"\b(?:[Ee]xchang(?:e|ing) (?:of )?visits|press release|statement|social media post|[Aa]lso read|[Rr]ead more)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex s_speech = new(@"^\s*(?:’s?\s+)?(?:said|told|announced|stated|added|explained|noted|stressed|emphasi[sz]ed|reiterated|recalled|detailed|continued)\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static List<EngagementDraft> Build(IReadOnlyList<SentenceAnalysis> sentences, string home, string? partner, IsoDate? published,
        IReadOnlyList<TopicEntry> topics)
    {
        var result = new List<EngagementDraft>();
        EngagementDraft? current = null;
        SentenceAnalysis? previous = null;
        foreach (var s in sentences)
        {
            if (s.IsLink) { previous = s; continue; }
            var people = Participants(s, previous);
            var anaphor = s_anaphor.Match(s.Text);
            string? kind = Trigger(s.Text);
            bool generic = s_generic.IsMatch(s.Text);

            if (kind is not null && !generic && !(anaphor.Success && current is not null && anaphor.Index <= FirstTriggerIndex(s.Text)))
            {
                var draft = Candidate(s, kind, people, home, partner, published);
                if (draft is not null)
                {
                    var same = result.FirstOrDefault(e => e.Kind == draft.Kind && e.Participants.Count > 0
                        && e.Participants.SequenceEqual(draft.Participants) && e.Status == draft.Status);
                    if (same is not null)
                    {
                        Merge(same, draft);
                        current = same;
                    }
                    else
                    {
                        result.Add(draft);
                        current = draft;
                    }
                    AddTopics(current, s.Text, topics);
                    previous = s;
                    continue;
                }
            }
            if (current is not null && (anaphor.Success || s_pair.IsMatch(s.Text) || StartsWithPronoun(s.Text)))
            {
                if (anaphor.Success && !current.Evidence.Contains(s))
                {
                    current.Evidence.Add(s);
                    if (current.Date is null && !generic) current.Date = FirstDate(s, published, current.Status == "planned");
                    Locate(current, s);
                    foreach (var p in people.Where(p => !current.Participants.Contains(p))) current.Participants.Add(p);
                }
                AddTopics(current, s.Text, topics);
            }
            previous = s;
        }
        return result;
    }

    private static bool StartsWithPronoun(string text)
        => Regex.IsMatch(text, @"^(?:They|Both|He|She|The two)\b", RegexOptions.CultureInvariant);

    public static string? Trigger(string text)
    {
        int best = int.MaxValue;
        string? kind = null;
        foreach (var (pattern, k) in s_triggers)
        {
            var m = pattern.Match(text);
            if (m.Success && (k == "agreement" || m.Index < best) && kind != "agreement")
            {
                best = m.Index;
                kind = k;
            }
        }
        return kind;
    }

    private static int FirstTriggerIndex(string text)
    {
        int best = int.MaxValue;
        foreach (var (pattern, _) in s_triggers)
        {
            var m = pattern.Match(text);
            if (m.Success) best = Math.Min(best, m.Index);
        }
        return best;
    }

    private static List<OfficialDraft> Participants(SentenceAnalysis s, SentenceAnalysis? previous)
    {
        var list = new List<OfficialDraft>();
        foreach (var (mention, official) in s.People)
        {
            // Someone who only reports ("Hun Sen said", "said Park") is a source, not a participant.
            string after = mention.Start + mention.Length < s.Text.Length ? s.Text.Substring(mention.Start + mention.Length) : "";
            string before = s.Text.Substring(0, mention.Start);
            bool speaker = s_speech.IsMatch(after) || Regex.IsMatch(before, @"\b(?:said|according to)\s+$", RegexOptions.CultureInvariant);
            if (speaker && s.People.Count > 1) continue;
            if (!list.Contains(official)) list.Add(official);
        }
        // "during which he met …": a leading pronoun stands for the last person named before.
        if (Regex.IsMatch(s.Text, @"\b(?:he|she)\s+(?:met|visited|signed|held|received|hosted)\b", RegexOptions.CultureInvariant) && list.Count < 2
            && previous is not null && previous.People.Count > 0)
        {
            var antecedent = previous.People[0].Official;
            if (!list.Contains(antecedent)) list.Insert(0, antecedent);
        }
        return list;
    }

    private static EngagementDraft? Candidate(SentenceAnalysis s, string kind, List<OfficialDraft> people, string home, string? partner, IsoDate? published)
    {
        var draft = new EngagementDraft { Kind = kind };
        draft.Status = s_planned.IsMatch(s.Text) && !Regex.IsMatch(s.Text, @"\b(?:met|visited|signed|held|ended|attended)\b") ? "planned" : "held";
        draft.Evidence.Add(s);
        draft.Participants.AddRange(people);
        draft.Date = FirstDate(s, published, draft.Status == "planned");
        Locate(draft, s);

        var locationTokens = LocationCountryTokens(s);
        foreach (var p in people)
        {
            if (p.Country is not null && !draft.Countries.Contains(p.Country)) draft.Countries.Add(p.Country);
        }
        foreach (var c in s.Countries)
        {
            if (locationTokens.Contains(c.FirstToken)) continue;
            if (!draft.Countries.Contains(c.Code)) draft.Countries.Add(c.Code);
        }
        if (s_pair.IsMatch(s.Text) || draft.Countries.Count == 0)
        {
            if (!draft.Countries.Contains(home)) draft.Countries.Insert(0, home);
            if (partner is not null && !draft.Countries.Contains(partner)) draft.Countries.Add(partner);
        }
        if (draft.Countries.Count == 1 && draft.Countries[0] == home && partner is not null
            && (people.Any(p => p.Country is null) || people.Count == 0 && draft.LocationCountry is not null && draft.LocationCountry != home))
        {
            draft.Countries.Add(partner);
        }
        if (draft.Countries.Count == 1 && draft.Countries[0] != home && partner is not null && draft.Countries[0] == partner)
        {
            draft.Countries.Insert(0, home);
        }
        // A person of unknown country meeting the home side belongs to the partner.
        foreach (var p in people.Where(p => p.Country is null))
        {
            var foreign = draft.Countries.Where(c => c != home).ToList();
            if (foreign.Count == 1 && people.Any(q => q.Country == home)) p.Country = foreign[0];
        }
        if (draft.Countries.Count < 2) return null;
        if (!draft.Countries.Contains(home) && !people.Any()) return null;
        draft.Countries.Sort(StringComparer.Ordinal);
        return draft;
    }

    private static HashSet<int> LocationCountryTokens(SentenceAnalysis s)
    {
        var result = new HashSet<int>();
        foreach (var c in s.Countries)
        {
            if (c.Kind != CountryWordKind.Name || c.FirstToken == 0) continue;
            var before = s.Tokens[c.FirstToken - 1].Text;
            bool afterCity = before == "," && c.FirstToken >= 2 && Places.Cities.Values.Contains(c.Code) && CityBefore(s, c.FirstToken - 1);
            if (before == "in" && !Regex.IsMatch(s.Text.Substring(0, s.Tokens[c.FirstToken - 1].Start), @"\b(?:visit|trip|tour)\b[^,.]{0,30}$") || before == "at" || afterCity)
                result.Add(c.FirstToken);
        }
        return result;
    }

    private static bool CityBefore(SentenceAnalysis s, int commaToken)
    {
        string left = s.Text.Substring(0, s.Tokens[commaToken].Start);
        return Places.Cities.Keys.Any(city => left.EndsWith(city, StringComparison.Ordinal));
    }

    private static IsoDate? FirstDate(SentenceAnalysis s, IsoDate? published, bool future)
    {
        foreach (var d in s.Dates)
        {
            // A date that only dates a press release or a statement is not the event's.
            string after = s.Text.Substring(d.Start + d.Length);
            if (Regex.IsMatch(after, @"^\s*(?:press release|statement|social media post)")) continue;
            // Years of history ("since 1997", "in 1956") are not the event's date unless nothing else is there.
            var resolved = DateRecognizer.Resolve(d, published, future);
            if (resolved is not null) return resolved;
            if (d.Form != DateForm.Absolute) return null;
        }
        return null;
    }

    private static void Locate(EngagementDraft draft, SentenceAnalysis s)
    {
        if (draft.City is null)
        {
            foreach (var city in Places.Cities.Keys)
            {
                int at = s.Text.IndexOf(city, StringComparison.Ordinal);
                if (at < 0) continue;
                string before = s.Text.Substring(0, at);
                if (!Regex.IsMatch(before, @"\b(?:in|at|to)\s+(?:the\s+\w+\s+(?:capital\s+)?)?$|\bcapital\s+$", RegexOptions.CultureInvariant)) continue;
                if (Regex.IsMatch(s.Text.Substring(at + city.Length), @"^\s+(?:and|in particular)\b|^’s")) continue;
                draft.City = city;
                draft.LocationCountry ??= Places.Cities[city];
                break;
            }
        }
        if (draft.LocationCountry is null)
        {
            foreach (var c in s.Countries)
            {
                if (c.Kind != CountryWordKind.Name || c.FirstToken == 0) continue;
                var before = s.Tokens[c.FirstToken - 1].Text;
                if (before == "in" || before == "at" || before == "to" && Regex.IsMatch(s.Text, @"\b(?:visit|trip)\b"))
                {
                    draft.LocationCountry = c.Code;
                    break;
                }
            }
        }
        if (draft.City is not null && draft.LocationCountry is null) draft.LocationCountry = Places.Cities[draft.City];
    }

    private static void Merge(EngagementDraft into, EngagementDraft from)
    {
        foreach (var s in from.Evidence) if (!into.Evidence.Contains(s)) into.Evidence.Add(s);
        into.Date ??= from.Date;
        into.City ??= from.City;
        into.LocationCountry ??= from.LocationCountry;
        foreach (var c in from.Countries) if (!into.Countries.Contains(c)) into.Countries.Add(c);
        into.Countries.Sort(StringComparer.Ordinal);
    }

    private static void AddTopics(EngagementDraft draft, string text, IReadOnlyList<TopicEntry> topics)
    {
        string folded = TextTools.Fold(text);
        foreach (var topic in topics)
        {
            foreach (var trigger in topic.Triggers)
            {
                if (TriggerPattern(trigger).IsMatch(folded))
                {
                    draft.Topics.Add(topic.Name);
                    break;
                }
            }
        }
    }

    // One compiled pattern per topic trigger, kept: the vocabulary has more triggers than the
    // Regex class caches, so building them on each call would parse them again for every sentence.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Regex> s_triggerPatterns = new(StringComparer.Ordinal);

    private static Regex TriggerPattern(string trigger)
    {
        if (s_triggerPatterns.TryGetValue(trigger, out var pattern)) return pattern;
        if (s_triggerPatterns.Count > 4096) s_triggerPatterns.Clear();
        pattern = new Regex(@"\b" + Regex.Escape(TextTools.Fold(trigger)) + @"\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        return s_triggerPatterns.GetOrAdd(trigger, pattern);
    }

    /// <summary>The CAMEO event code for a kind of engagement in its circumstances.</summary>
    public static string Cameo(string kind, string status, bool thirdLocation)
    {
        if (status == "planned" && (kind == "meeting" || kind == "visit" || kind == "conference")) return "036";
        switch (kind)
        {
            case "meeting": return thirdLocation ? "044" : "043";
            case "visit": return "042";
            case "agreement": return "057";
            case "training":
            case "exercise": return "062";
            case "aid": return "072";
            case "ceremony": return "050";
            case "conference": return thirdLocation ? "044" : "040";
            default: return "040";
        }
    }
}
