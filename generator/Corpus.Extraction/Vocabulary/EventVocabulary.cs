using System;
using System.Globalization;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Corpus.Contract;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Vocabulary;

/// <summary>What the event vocabulary says of one kind of engagement: its group, its CAMEO codes, whether it lasts days
/// (<c>lasting</c>) and whether it is held afield, on ranges or at sea rather than in a town (<c>afield</c>).</summary>
public sealed record KindEntry(string Kind, string Group, string Cameo, string CameoAtThirdVenue, string? CameoWhenPlanned, bool Lasting = false,
    bool Afield = false);

/// <summary>A pattern that finds a trigger of an engagement, the kind it reports and whether it is a verb.</summary>
public sealed record TriggerPattern(HotRegex Pattern, string Kind, bool IsVerb)
{
    /// <summary>The strings every match starts with and the expression anchored where one stands (<see cref="Vocabulary.TriggerStart"/>); null when they are not known.</summary>
    internal TriggerStart? Start { get; } = TriggerStart.Of(Pattern);
}

/// <summary>
/// The event vocabulary of <c>Vocabulary/events.tsv</c>, parsed once per process: the kinds with
/// their groups and CAMEO codes, the trigger patterns with their kinds, and the trigger words that
/// end in s but name one event.
/// </summary>
public static class EventVocabulary
{
    private static readonly Lazy<(Dictionary<string, KindEntry> Kinds, TriggerPatternList Triggers, HashSet<string> Singular, Regex Generic, Regex ContextBefore, Regex ContextAfter, Regex NotReporting, Regex VenueBefore, Regex GenericSentence, Regex SameParties, Regex Occurrence, Dictionary<string, Regex> GenericAfter)> s_data = new(Load);

    /// <summary>Every kind of <see cref="EngagementNames.Kinds"/>, by name.</summary>
    public static IReadOnlyDictionary<string, KindEntry> Kinds => s_data.Value.Kinds;

    /// <summary>The trigger patterns, in order: where two matches overlap the earlier pattern wins.</summary>
    public static IReadOnlyList<TriggerPattern> Triggers => s_data.Value.Triggers;

    /// <summary>Trigger words that end in s but name one event ("talks").</summary>
    public static bool IsSingular(string word) => s_data.Value.Singular.Contains(word);

    /// <summary>
    /// Matches the words of a clause before a trigger that make it a generic or hypothetical
    /// mention, no event: a modal of <c>[hypothetical]</c> up to six words before it, or a word of
    /// <c>[generic]</c> anywhere before it in the clause.
    /// </summary>
    public static Regex GenericClause => s_data.Value.Generic;

    /// <summary>Matches the text before a country named only as context (<c>[context-before]</c>: "an ally of").</summary>
    public static Regex ContextBefore => s_data.Value.ContextBefore;

    /// <summary>Matches the text after a country named only as context (<c>[context-after]</c>: "… conflict").</summary>
    public static Regex ContextAfter => s_data.Value.ContextAfter;

    /// <summary>Matches a sentence that reports no engagement of its own (<c>[not-reporting]</c>: "Also read:", a photo caption).</summary>
    public static Regex NotReporting => s_data.Value.NotReporting;

    private static readonly Lazy<Regex> s_commentsStart = new(() => new RuleRegex(@"^\W*(?:"
        + string.Join("|", DataFile.Read("events.tsv")["comments-start"].ConvertAll(e => "(?:" + e[0] + ")")) + ")", RegexOptions.CultureInvariant));

    /// <summary>The longest sentence that may open a page's readers' comments (a short line of its own).</summary>
    public const int CommentsStartLength = 40;

    /// <summary>
    /// The index of the first sentence that opens a page's readers' comments (<c>[comments-start]</c>: "Anonymous said...",
    /// "No comments:"), or the count of sentences when none does. Only short sentences are tried.
    /// </summary>
    public static int CommentsStart<T>(IReadOnlyList<T> sentences, Func<T, string> text)
    {
        for (int i = 0; i < sentences.Count; i++)
        {
            string t = text(sentences[i]);
            if (t.Length <= CommentsStartLength && s_commentsStart.Value.IsMatch(t)) return i;
        }
        return sentences.Count;
    }

    // The words of [retold] by role, one expression each: a determiner, up to five words or quoted names, the noun.
    private static readonly Lazy<(Regex Back, Regex First)> s_retold = new(() =>
    {
        var rows = DataFile.Read("events.tsv")["retold"];
        string Of(string role)
        {
            var words = rows.FindAll(e => e[0] == role).ConvertAll(e => "(?:" + DataFile.Column(e, 1) + ")");
            if (words.Count == 0) throw new InvalidOperationException("events.tsv [retold] has no row '" + role + "'.");
            return string.Join("|", words);
        }
        string Noun(string determiner) => @"\b(?:" + determiner + @")\s+(?:[\w'\u2018\u2019\-""\u201C\u201D()]+\s+){0,5}?(?:" + Of("noun") + @")\b";
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
        return (new RuleRegex(Noun(Of("back")), options), new RuleRegex(Noun(Of("first")), options));
    });

    /// <summary>
    /// Whether a sentence speaks of a drill or course only as one already told (<c>[retold]</c>): "the" or "this" before its
    /// noun ("The course was attended by 30 officers."), and no "a" or "an" before one ("a course", which tells a new one).
    /// </summary>
    public static bool RetellsACourse(string sentence)
        => s_retold.Value.Back.IsMatch(sentence) && !s_retold.Value.First.IsMatch(sentence);

    /// <summary>Matches the words between a trigger and a conference that make the conference its venue (<c>[venue-before]</c>).</summary>
    public static Regex VenueBefore => s_data.Value.VenueBefore;

    /// <summary>Matches the words anywhere before a trigger that make it no engagement yet or background (<c>[generic-sentence]</c>).</summary>
    public static Regex GenericSentence => s_data.Value.GenericSentence;

    /// <summary>Matches a sentence naming no state whose people are those of the occasion before (<c>[same-parties]</c>: "the ministers").</summary>
    public static Regex SameParties => s_data.Value.SameParties;

    /// <summary>Matches the text before a noun trigger that a verb of occurrence governs (<c>[occurrence]</c>: "held their annual …").</summary>
    public static Regex Occurrence => s_data.Value.Occurrence;

    private static readonly Lazy<WholeNameSearch> s_outletNames = new(() => new WholeNameSearch(DataFile.Read("events.tsv")["outlets"].ConvertAll(e => e[0])));

    // The same names as one expression (longer names first, so "Vietnam News Agency" is read whole rather than as "Vietnam News").
    private static readonly Lazy<HotRegex> s_outlets = new(() => new HotRegex(OutletNames.Pattern, RegexOptions.CultureInvariant));

    /// <summary>Matches the name of a news outlet or agency that holds a state's name (<c>[outlets]</c>: "Saudi Press Agency").</summary>
    public static HotRegex Outlets => s_outlets.Value;

    /// <summary>Finds the matches of <see cref="Outlets"/> without running it: the names of <c>[outlets]</c> as whole words.</summary>
    public static WholeNameSearch OutletNames => s_outletNames.Value;

    /// <summary>
    /// Matches the words of a clause after a trigger of the kind that make it no single occasion
    /// (<c>[generic-after]</c>: "… 21 boats to 12 island nations", a total given to many countries;
    /// for aid, "… every year", a standing arrangement).
    /// </summary>
    public static Regex GenericAfter(string kind) => s_data.Value.GenericAfter[Kinds.ContainsKey(kind) ? kind : EngagementNames.Other];

    /// <summary>
    /// The kinds of a named set of <c>[kind-sets]</c> (a question the event rules ask of a kind: "drill", "talk"); a set the
    /// file does not name is a mistake of the code, and a kind the file does not describe one of the data.
    /// </summary>
    public static IReadOnlyCollection<string> KindSet(string name) => Set(name);

    /// <summary>Whether <paramref name="kind"/> is of the named set of <c>[kind-sets]</c> (<see cref="KindSet"/>).</summary>
    public static bool InKindSet(string name, string kind) => Set(name).Contains(kind);

    private static HashSet<string> Set(string name)
        => s_kindSets.Value.TryGetValue(name, out var set) ? set : throw new InvalidOperationException("events.tsv [kind-sets] names no set '" + name + "'.");

    private static readonly Lazy<Dictionary<string, HashSet<string>>> s_kindSets = new(() =>
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var e in DataFile.Read("events.tsv")["kind-sets"])
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var kind in DataFile.Column(e, 1).Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!Kinds.ContainsKey(kind)) throw new InvalidOperationException("events.tsv names an unknown kind '" + kind + "' in [kind-sets] '" + e[0] + "'.");
                set.Add(kind);
            }
            if (set.Count == 0) throw new InvalidOperationException("events.tsv [kind-sets] '" + e[0] + "' names no kind.");
            if (sets.ContainsKey(e[0])) throw new InvalidOperationException("events.tsv [kind-sets] names the set '" + e[0] + "' twice.");
            sets.Add(e[0], set);
        }
        return sets;
    });

    private static readonly Lazy<(Regex Name, string[] Members, string[]? Required)[]> s_blocs = new(() => DataFile.Read("events.tsv")["blocs"]
        .ConvertAll(e => (new Regex(e[0], RegexOptions.CultureInvariant | RegexOptions.IgnoreCase), DataFile.Column(e, 1).Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries),
            BlocRequired(e[0])))
        .ToArray());

    /// <summary>
    /// The strings of which every match of a bloc's name holds one in some case, for the prefilter of <see cref="BlocMembers"/>:
    /// the required text of the pattern read case-sensitively (<see cref="RequiredText"/>; the expression itself ignores case),
    /// kept only when every string is ASCII (a character outside it may match an ASCII one when case is ignored: the Kelvin
    /// sign and "k"). Null when none is known: the expression is then always run.
    /// </summary>
    internal static string[]? BlocRequired(string pattern)
    {
        var any = RequiredText.Of(pattern, RegexOptions.CultureInvariant).Any;
        if (any is null) return null;
        foreach (var s in any)
        {
            foreach (char c in s)
            {
                if (c >= 128) return null;
            }
        }
        return any.ToArray();
    }

    /// <summary>
    /// False when the expression of a bloc's name cannot match in the part of <paramref name="text"/> from
    /// <paramref name="start"/> to <paramref name="stop"/>: the part is ASCII and holds none of <paramref name="required"/> in
    /// any case. Over ASCII text an expression that ignores case (culture-invariant) compares an ASCII letter of its pattern
    /// with both its cases and nothing else, so a match holds one of the strings its pattern requires with its letters in
    /// some case; a part with a character outside ASCII is always searched (the Kelvin sign matches "k" when case is ignored).
    /// True otherwise (it may match; the expression is run).
    /// </summary>
    internal static bool BlocMayMatch(string[]? required, string text, int start, int stop)
    {
        if (required is null) return true;
        for (int i = start; i < stop; i++)
        {
            if (text[i] >= 128) return true;
        }
        foreach (var s in required)
        {
            if (s.Length <= stop - start && text.IndexOf(s, start, stop - start, StringComparison.OrdinalIgnoreCase) >= 0) return true;
        }
        return false;
    }

    /// <summary>
    /// The member states of the bloc whose own occasion a meeting or conference trigger names (<c>[blocs]</c>: the trigger
    /// lies inside "ASEAN Defence Ministers' Meeting (ADMM)" or "Japan-ASEAN summit"), or null. Only a window around the
    /// trigger is read, not the sentence. <paramref name="row"/> tells which occasion (the row of <c>[blocs]</c>), so
    /// that two tellings of it, by name and by acronym, are one. A bloc whose required text the window lacks in every case
    /// is not searched (<see cref="BlocMayMatch"/>).
    /// </summary>
    public static IReadOnlyList<string>? BlocMembers(string sentence, int index, int end, out int row)
    {
        row = -1;
        int start = Math.Max(0, index - 80), stop = Math.Min(sentence.Length, end + 20);
        for (int i = 0; i < s_blocs.Value.Length; i++)
        {
            var (name, members, required) = s_blocs.Value[i];
            if (!BlocMayMatch(required, sentence, start, stop)) continue;
            for (var m = name.Match(sentence, start, stop - start); m.Success; m = m.NextMatch())
            {
                if (m.Index > index || end > m.Index + m.Length) continue;
                row = i;
                return members;
            }
        }
        return null;
    }

    /// <summary>The patterns of the blocs' names (<c>[blocs]</c>), in order, with the strings their prefilter looks for (tests).</summary>
    internal static IReadOnlyList<(Regex Name, string[]? Required)> Blocs => Array.ConvertAll(s_blocs.Value, b => (b.Name, b.Required));

    /// <summary>The entry of a kind; an unknown kind is read as <c>other</c>.</summary>
    public static KindEntry Kind(string kind)
        => Kinds.TryGetValue(kind, out var entry) ? entry : Kinds[EngagementNames.Other];

    // A kind's flag column: empty, or the flag's own word; any other word is a mistake of the data, not a flag left off.
    private static bool Flag(string[] entry, int column, string word)
    {
        string value = DataFile.Column(entry, column);
        if (value.Length == 0) return false;
        if (value == word) return true;
        throw new InvalidOperationException("events.tsv [kinds] '" + entry[0] + "': column " + (column + 1).ToString(CultureInfo.InvariantCulture) + " holds '" + value + "', expected '" + word + "' or nothing.");
    }

    private static (Dictionary<string, KindEntry>, TriggerPatternList, HashSet<string>, Regex, Regex, Regex, Regex, Regex, Regex, Regex, Regex, Dictionary<string, Regex>) Load()
    {
        var file = DataFile.Read("events.tsv");
        var kinds = new Dictionary<string, KindEntry>(StringComparer.Ordinal);
        foreach (var e in file["kinds"])
        {
            string planned = DataFile.Column(e, 4);
            kinds[e[0]] = new KindEntry(e[0], DataFile.Column(e, 1), DataFile.Column(e, 2), DataFile.Column(e, 3), planned.Length == 0 ? null : planned,
                Flag(e, 5, "lasting"), Flag(e, 6, "afield"));
        }
        foreach (var kind in EngagementNames.Kinds)
        {
            if (!kinds.ContainsKey(kind)) throw new InvalidOperationException("events.tsv does not describe the kind '" + kind + "'.");
        }
        var triggers = new List<TriggerPattern>();
        foreach (var e in file["triggers"])
        {
            if (!kinds.ContainsKey(e[0])) throw new InvalidOperationException("events.tsv names an unknown kind '" + e[0] + "' for a trigger.");
            triggers.Add(new TriggerPattern(new HotRegex(DataFile.Column(e, 2), RegexOptions.CultureInvariant), e[0], DataFile.Column(e, 1) == "verb"));
        }
        var singular = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in file["singular"]) singular.Add(e[0]);
        string modals = string.Join("|", file["hypothetical"].ConvertAll(e => e[0]));
        string generic = string.Join("|", file["generic"].ConvertAll(e => e[0]));
        var genericClause = new RuleRegex(@"\b(?:" + modals + @")\s+(?:\w+\s+){0,6}$|\b(?:" + generic + @")\b[^.;]*$", RegexOptions.CultureInvariant);
        string before = string.Join("|", file["context-before"].ConvertAll(e => e[0]));
        string after = string.Join("|", file["context-after"].ConvertAll(e => e[0]));
        var contextBefore = new RuleRegex(@"\b(?:" + before + @")\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", RegexOptions.CultureInvariant);
        var contextAfter = new RuleRegex(@"^(?:'s)?(?:-\p{Lu}[\p{L}]+)?\s+(?:" + after + @")\b", RegexOptions.CultureInvariant);
        var notReporting = new RuleRegex(string.Join("|", file["not-reporting"].ConvertAll(e => "(?:" + e[0] + ")")), RegexOptions.CultureInvariant);
        string venue = string.Join("|", file["venue-before"].ConvertAll(e => e[0]));
        var venueBefore = new RuleRegex(@"\b(?:" + venue + @")\s+(?:the\s+)?(?:[\w()'-]+\s+){0,8}\(?$", RegexOptions.CultureInvariant);
        var genericSentence = new RuleRegex(@"\b(?:" + string.Join("|", file["generic-sentence"].ConvertAll(e => e[0])) + @")\b", RegexOptions.CultureInvariant);
        var sameParties = new RuleRegex(@"\b(?:" + string.Join("|", file["same-parties"].ConvertAll(e => e[0])) + @")\b", RegexOptions.CultureInvariant);
        var occurrence = new RuleRegex(@"\b(?:" + string.Join("|", file["occurrence"].ConvertAll(e => e[0])) + @")\s+(?:[\w'-]+\s+){0,5}$", RegexOptions.CultureInvariant);
        // A row holds for the kinds of its second column, or for every kind when it names none.
        var genericAfter = new Dictionary<string, Regex>(StringComparer.Ordinal);
        foreach (var kind in kinds.Keys)
        {
            var rows = file["generic-after"].FindAll(e => DataFile.Column(e, 1).Length == 0 || Array.IndexOf(DataFile.Column(e, 1).Split(','), kind) >= 0);
            genericAfter[kind] = new RuleRegex(@"^[^.;]*?\b(?:" + string.Join("|", rows.ConvertAll(e => e[0])) + @")", RegexOptions.CultureInvariant);
        }
        foreach (var e in file["generic-after"])
        {
            foreach (var kind in DataFile.Column(e, 1).Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!kinds.ContainsKey(kind)) throw new InvalidOperationException("events.tsv names an unknown kind '" + kind + "' in [generic-after].");
            }
        }
        return (kinds, new TriggerPatternList(triggers), singular, genericClause, contextBefore, contextAfter, notReporting, venueBefore, genericSentence, sameParties, occurrence, genericAfter);
    }
}
