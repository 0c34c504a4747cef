using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using Corpus.Contract;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Vocabulary;

/// <summary>What the event vocabulary says of one kind of engagement: its group and its CAMEO codes.</summary>
public sealed record KindEntry(string Kind, string Group, string Cameo, string CameoAtThirdVenue, string? CameoWhenPlanned);

/// <summary>A pattern that finds a trigger of an engagement, the kind it reports and whether it is a verb.</summary>
public sealed record TriggerPattern(HotRegex Pattern, string Kind, bool IsVerb);

/// <summary>
/// The event vocabulary of <c>Vocabulary/events.tsv</c>, parsed once per process: the kinds with
/// their groups and CAMEO codes, the trigger patterns with their kinds, and the trigger words that
/// end in s but name one event.
/// </summary>
public static class EventVocabulary
{
    private static readonly Lazy<(Dictionary<string, KindEntry> Kinds, TriggerPattern[] Triggers, HashSet<string> Singular)> s_data = new(Load);

    /// <summary>Every kind of <see cref="EngagementNames.Kinds"/>, by name.</summary>
    public static IReadOnlyDictionary<string, KindEntry> Kinds => s_data.Value.Kinds;

    /// <summary>The trigger patterns, in order: where two matches overlap the earlier pattern wins.</summary>
    public static IReadOnlyList<TriggerPattern> Triggers => s_data.Value.Triggers;

    /// <summary>Trigger words that end in s but name one event ("talks").</summary>
    public static bool IsSingular(string word) => s_data.Value.Singular.Contains(word);

    /// <summary>The entry of a kind; an unknown kind is read as <c>other</c>.</summary>
    public static KindEntry Kind(string kind)
        => Kinds.TryGetValue(kind, out var entry) ? entry : Kinds[EngagementNames.Other];

    private static (Dictionary<string, KindEntry>, TriggerPattern[], HashSet<string>) Load()
    {
        var file = DataFile.Read("events.tsv");
        var kinds = new Dictionary<string, KindEntry>(StringComparer.Ordinal);
        foreach (var e in file["kinds"])
        {
            string planned = DataFile.Column(e, 4);
            kinds[e[0]] = new KindEntry(e[0], DataFile.Column(e, 1), DataFile.Column(e, 2), DataFile.Column(e, 3), planned.Length == 0 ? null : planned);
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
        return (kinds, triggers.ToArray(), singular);
    }
}
