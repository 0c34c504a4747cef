using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Extraction.Segment;

/// <summary>
/// Every distinct word of the lexicon's word lists (<c>Vocabulary/lexicon.tsv</c>), ignoring case as those lists
/// do, with an id given once when the lexicon is read, and the lists each word is in as bits. The tokenizer gives
/// each token its word's id (<see cref="Token.WordId"/>, −1 for a word no list holds), so that a rule asks a
/// token's lists by reading an array instead of hashing its text once per list. Immutable once built.
/// </summary>
public static class LexiconWords
{
    /// <summary>The word lists a word can be in, as bits.</summary>
    [Flags]
    public enum Class : uint
    {
        None = 0,
        Honorific = 1,
        HonorificTail = 2,
        CommonCapitalized = 4,
        OrganizationWord = 8,
        Connector = 16,
    }

    // The lexicon's sections, read as Recognise's Lexicon reads them (each entry's first field split at spaces, ignoring
    // case); a test checks that every answer is that of the Lexicon's own set.
    private static readonly Dictionary<string, List<string[]>> s_file = DataFile.Read("lexicon.tsv");

    private static HashSet<string> Set(string section)
        => new(s_file[section].SelectMany(e => e[0].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)), StringComparer.OrdinalIgnoreCase);

    private static readonly (HashSet<string> Set, Class Class)[] s_classed =
    {
        (Set("honorifics"), Class.Honorific),
        (Set("honorific-tails"), Class.HonorificTail),
        (Set("common-capitalized"), Class.CommonCapitalized),
        (Set("organization-words"), Class.OrganizationWord),
        (Set("connectors"), Class.Connector),
    };

    // The words given an id: those of the lists above, and those a recogniser's own sets are made of (title heads and
    // modifiers and their plurals, months, weekdays, the single words of the ranks), so that the built-in
    // vocabulary has no word without an id.
    private static readonly string[] s_words = s_classed.SelectMany(c => c.Set)
        .Concat(Set("title-heads")).Concat(Set("title-heads").Select(h => h + "s")).Concat(Set("title-modifiers"))
        .Concat(Set("months")).Concat(Set("weekdays")).Concat(Set("ranks"))
        .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static readonly Dictionary<string, int> s_ids = MakeIds();

    private static readonly Class[] s_classes = s_words.Select(w => s_classed.Where(c => c.Set.Contains(w)).Aggregate(Class.None, (a, c) => a | c.Class)).ToArray();

    // The ids of the ASCII punctuation marks, worked out once: a sentence has many, each a token.
    private static readonly int[] s_asciiIds = Enumerable.Range(0, 128).Select(c => IdOf(((char)c).ToString())).ToArray();

    private static Dictionary<string, int> MakeIds()
    {
        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < s_words.Length; i++) ids[s_words[i]] = i;
        return ids;
    }

    /// <summary>How many words have an id (ids run from 0 to <c>Count − 1</c>).</summary>
    public static int Count => s_words.Length;

    /// <summary>The word of an id, as one of the lists spells it.</summary>
    public static string Word(int id) => s_words[id];

    /// <summary>The id of a word (any case), or −1 when no list of the lexicon holds it.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static int IdOf(string word) => s_ids.TryGetValue(word, out int id) ? id : -1;

    /// <summary>The id of an ASCII character as a one-character token.</summary>
    internal static int IdOfAscii(char c) => s_asciiIds[c];

    /// <summary>Whether the token's word is in one of the lists of <paramref name="classes"/>: the answer of those lists' <c>Contains(token.Text)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Is(in Token token, Class classes) => token.WordId >= 0 && (s_classes[token.WordId] & classes) != 0;

    /// <summary>
    /// A set of words ignoring case (a recogniser's own: its title heads, its vocabulary) read by id: for each id whether the
    /// set holds its word, and whether the set holds words with no id (then a token without one is asked by its text).
    /// </summary>
    public sealed class ById
    {
        private readonly bool[] _byId;
        private readonly HashSet<string>? _outside;

        /// <summary>The set read by id; it must compare ignoring case (<see cref="StringComparer.OrdinalIgnoreCase"/>).</summary>
        public ById(HashSet<string> set)
        {
            if (!ReferenceEquals(set.Comparer, StringComparer.OrdinalIgnoreCase)) throw new ArgumentException("The set must ignore case, as the ids do.", nameof(set));
            _byId = new bool[s_words.Length];
            for (int i = 0; i < s_words.Length; i++) _byId[i] = set.Contains(s_words[i]);
            if (set.Any(w => IdOf(w) < 0)) _outside = set;
        }

        /// <summary>The set's <c>Contains(token.Text)</c>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool Contains(in Token token) => token.WordId >= 0 ? _byId[token.WordId] : _outside is not null && _outside.Contains(token.Text);
    }
}
