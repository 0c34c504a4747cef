using System;
using System.Collections.Generic;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Vocabulary;

/// <summary>
/// The heads of state and of government, and the ministers of defence and chiefs of the armed forces (its <c>[defence]</c>
/// section), of <c>Vocabulary/leaders.tsv</c>, parsed once per process: the alpha-2 code of
/// each leader's state by the slug of the name (<see cref="TextTools.Slug"/>), so that any spelling the slug folds alike
/// (case, diacritics, full stops) names the same leader.
/// </summary>
public static class LeaderVocabulary
{
    private static readonly Lazy<Dictionary<string, string>> s_states = new(() => States(Entries()));

    /// <summary>The table's entries: the leaders (the file's first part) and the defence officials (its <c>[defence]</c> section).</summary>
    internal static IEnumerable<string[]> Entries() => Entries(DataFile.Read("leaders.tsv"));

    /// <summary>The entries of a parsed table: its first part, then its <c>[defence]</c> section if it has one.</summary>
    internal static IEnumerable<string[]> Entries(Dictionary<string, List<string[]>> sections)
    {
        foreach (var e in sections[""]) yield return e;
        if (sections.TryGetValue("defence", out var defence))
            foreach (var e in defence) yield return e;
    }

    /// <summary>The leaders of a table's entries (name, state), by slug; a slug given two states is an error.</summary>
    internal static Dictionary<string, string> States(IEnumerable<string[]> entries)
    {
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            if (e.Length < 2 || e[1].Length == 0) throw new InvalidOperationException("leaders.tsv: '" + e[0] + "' has no state.");
            string slug = TextTools.Slug(e[0]);
            if (states.TryGetValue(slug, out var known) && known != e[1])
                throw new InvalidOperationException("leaders.tsv: '" + e[0] + "' is given two states.");
            states[slug] = e[1];
        }
        return states;
    }

    /// <summary>The state of each leader, by the slug of the name.</summary>
    public static IReadOnlyDictionary<string, string> StatesBySlug => s_states.Value;

    private static readonly Lazy<string[][]> s_words = new(() => NameWords(s_states.Value.Keys));

    /// <summary>The words of each name of a table (by its slug, split at the slug's dashes).</summary>
    private static string[][] NameWords(IEnumerable<string> slugs)
    {
        var words = new List<string[]>();
        foreach (var slug in slugs) words.Add(slug.Split('-'));
        return words.ToArray();
    }

    /// <summary>
    /// Whether <paramref name="name"/>, its last word cut short, is a run of words of a name of the table: its words but the
    /// last are words of the name in a row and its last word (two letters or more) begins the next word of the name without
    /// being it ("Michelle Bachel" of "Michelle Bachelet", "Naft" of "Naftali Bennett", "Gia" of "Phan Van Giang").
    /// </summary>
    public static bool IsCutName(string name) => IsCutName(s_words.Value, name);

    internal static bool IsCutName(string[][] table, string name)
    {
        if (CutWords(name) is not { } words) return false;
        foreach (var leader in table)
            if (IsCutOf(leader, words)) return true;
        return false;
    }

    /// <summary>The words of <paramref name="name"/> (its slug's) when its last word is long enough to be read as cut (two letters or more); else null.</summary>
    internal static string[]? CutWords(string name)
    {
        var words = TextTools.Slug(name).Split('-');
        return words[words.Length - 1].Length < 2 ? null : words;
    }

    /// <summary>
    /// Whether <paramref name="cut"/> (a name's words, <see cref="CutWords"/>) is a run of the words <paramref name="whole"/> of
    /// a name, its last word only beginning the name's word at its place.
    /// </summary>
    internal static bool IsCutOf(string[] whole, string[] cut)
    {
        int k = cut.Length;
        string last = cut[k - 1];
        for (int j = 0; j + k <= whole.Length; j++)
        {
            bool same = true;
            for (int i = 0; i < k - 1 && same; i++) same = string.Equals(whole[j + i], cut[i], StringComparison.Ordinal);
            if (!same) continue;
            string word = whole[j + k - 1];
            if (word.Length > last.Length && word.StartsWith(last, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The state of the leader named <paramref name="name"/> (any spelling the slug folds alike), or null.</summary>
    public static string? StateOf(string name) => StateOf(s_states.Value, name);

    /// <summary>
    /// The state <paramref name="leaders"/> (by slug) gives the name <paramref name="name"/>, or null. A name of three words or
    /// more the table does not hold is read by its first and last words when those two, each of three letters or more, are a
    /// name of the table ("Kelan D. Varo", "Kelan Dosk Varo" of "Kelan Varo"): a middle name or initial the table leaves out.
    /// </summary>
    internal static string? StateOf(IReadOnlyDictionary<string, string> leaders, string name)
    {
        string slug = TextTools.Slug(name);
        if (leaders.TryGetValue(slug, out var state)) return state;
        var words = slug.Split('-');
        if (words.Length < 3) return null;
        string first = words[0], last = words[words.Length - 1];
        return first.Length >= 3 && last.Length >= 3 && leaders.TryGetValue(first + "-" + last, out state) ? state : null;
    }

    /// <summary>
    /// The state <paramref name="leaders"/> gives a person by <paramref name="name"/> or by one of the other spellings
    /// <paramref name="aliases"/> when those it knows agree; null when it knows none of them or they name two states.
    /// </summary>
    internal static string? StateOf(IReadOnlyDictionary<string, string> leaders, string name, IEnumerable<string>? aliases)
    {
        string? state = StateOf(leaders, name);
        if (aliases is null) return state;
        foreach (var alias in aliases)
        {
            string? other = StateOf(leaders, alias);
            if (other is null) continue;
            if (state is not null && state != other) return null;
            state = other;
        }
        return state;
    }
}
