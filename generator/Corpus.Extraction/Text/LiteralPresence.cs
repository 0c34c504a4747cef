using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Corpus.Extraction.Text;

/// <summary>
/// Which of the rules' required strings (<see cref="RequiredText"/> of every <see cref="RuleRegex"/>) a text holds, found
/// in one pass over the text through one automaton of all of them (<see cref="RequiredTextIndex"/>, one pattern a string),
/// made at a text's first ask and kept per thread in a table of answers by the text's identity (<see cref="AnswerSlots"/>
/// slots, a text in the slot its identity's hash names, the text there before it put out). A sentence is asked about by rule
/// after rule; each rule reads whether its strings are in the text from the answer, instead of
/// testing its strings' pairs of characters (<see cref="CharPairs"/>) and searching the text for each string the pairs let
/// through. The answer is exact (a string is marked present when and only when the text holds it), so every rule's answer
/// stays what its searches alone give. Texts are compared by reference, and a cached text is held.
/// </summary>
internal static class LiteralPresence
{
    /// <summary>The most strings the automaton holds; a rule whose strings would pass it keeps its own searches.</summary>
    public const int MaxLiterals = 8192;

    private static readonly object s_lock = new();
    private static readonly Dictionary<string, int> s_ids = new(StringComparer.Ordinal);
    private static readonly List<string> s_literals = new();
    // The lowest set bit's index by a de Bruijn product's top six bits (LowestBit).
    private static readonly int[] s_lowestBit = LowestBitTable();
    private static int s_count;
    // The automaton of the strings registered when it was made, and how many there were.
    private static Snapshot? s_snapshot;

    /// <summary>
    /// How many answers a thread keeps: a text is asked about again after other texts (the sentences before it, the parts
    /// of it cut out as strings of their own), too many of them for a few slots kept in turn to still hold it.
    /// </summary>
    public const int AnswerSlots = 256;

    // This thread's answers: the answer of a text in slot RuntimeHelpers.GetHashCode(text) % AnswerSlots, or null.
    [ThreadStatic] private static Made?[]? t_answers;

    // The text whose answer was given last, on any thread (one text asked about by rule after rule is the usual case):
    // answered by one static read and a comparison. Its answer is made for it alone and never written again.
    private static Made? s_last;

    private sealed class Snapshot
    {
        public readonly RequiredTextIndex Index;
        public readonly int Count;

        public Snapshot(RequiredTextIndex index, int count)
        {
            Index = index;
            Count = count;
        }
    }

    /// <summary>A text's answer: bit <c>id % 64</c> of word <c>id / 64</c> of <see cref="Present"/> is set when the text holds string <c>id</c>, for the first <see cref="Count"/> ids.</summary>
    public sealed class Made
    {
        public readonly string Text;
        public readonly ulong[] Present;
        public readonly int Count;

        public Made(string text, ulong[] present, int count)
        {
            Text = text;
            Present = present;
            Count = count;
        }
    }

    /// <summary>
    /// The ids of <paramref name="literals"/> among the registered strings (a string registered before keeps its id), in
    /// their order; null when they would pass <see cref="MaxLiterals"/> (they are then not registered).
    /// </summary>
    public static int[]? Register(IReadOnlyList<string> literals)
    {
        lock (s_lock)
        {
            int added = 0;
            foreach (var literal in literals)
            {
                if (!s_ids.ContainsKey(literal)) added++;
            }
            if (s_literals.Count + added > MaxLiterals) return null;
            var ids = new int[literals.Count];
            for (int i = 0; i < ids.Length; i++)
            {
                if (!s_ids.TryGetValue(literals[i], out int id))
                {
                    id = s_literals.Count;
                    s_ids.Add(literals[i], id);
                    s_literals.Add(literals[i]);
                }
                ids[i] = id;
            }
            Volatile.Write(ref s_count, s_literals.Count);
            return ids;
        }
    }

    /// <summary>
    /// Registered strings' <paramref name="ids"/> as masks of an answer's words (<see cref="Made.Present"/>): word
    /// <c>Words[j]</c> masked by <c>Masks[j]</c>, one entry a word the ids fall in, in the order the ids first reach it.
    /// </summary>
    internal static (int[] Words, ulong[] Masks) MasksOf(IEnumerable<int> ids)
    {
        var words = new List<int>();
        var masks = new List<ulong>();
        foreach (int id in ids)
        {
            int at = words.IndexOf(id >> 6);
            if (at < 0) { words.Add(id >> 6); masks.Add(0); at = words.Count - 1; }
            masks[at] |= 1UL << id;
        }
        return (words.ToArray(), masks.ToArray());
    }

    /// <summary>
    /// The index of the lowest bit set of <paramref name="x"/> (not 0), to walk the set bits of an answer's word under a mask
    /// (netstandard2.0 has no <c>BitOperations</c>): a de Bruijn multiplication and a table of 64.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int LowestBit(ulong x) => s_lowestBit[((x & (ulong)-(long)x) * 0x03F79D71B4CB0A89UL) >> 58];

    private static int[] LowestBitTable()
    {
        var table = new int[64];
        for (int i = 0; i < 64; i++) table[((1UL << i) * 0x03F79D71B4CB0A89UL) >> 58] = i;
        return table;
    }

    /// <summary>Whether <paramref name="present"/> (an answer) marks one of the ids of <see cref="MasksOf"/>'s <paramref name="words"/> and <paramref name="masks"/> present.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool AnyPresent(ulong[] present, int[] words, ulong[] masks)
    {
        for (int j = 0; j < words.Length; j++)
        {
            if ((present[words[j]] & masks[j]) != 0) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="present"/> (an answer) marks every id of <see cref="MasksOf"/>'s <paramref name="words"/> and <paramref name="masks"/> present.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool AllPresent(ulong[] present, int[] words, ulong[] masks)
    {
        for (int j = 0; j < words.Length; j++)
        {
            if ((present[words[j]] & masks[j]) != masks[j]) return false;
        }
        return true;
    }

    /// <summary>
    /// For each registered string (by its id), whether <paramref name="text"/> holds it (made at the text's first ask on
    /// this thread and kept while no other text has taken its slot of the thread's answers, or while it is the text whose answer was
    /// given last); null when no string is registered. The answer covers the strings registered when it was made
    /// (<see cref="Made.Count"/>); an answer returned is never written again.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static Made? Of(string text)
    {
        var last = Volatile.Read(ref s_last);
        if (last is not null && ReferenceEquals(last.Text, text)) return last;
        return Ask(text);
    }

    [MethodImpl(HotPath.Optimized)]
    private static Made? Ask(string text)
    {
        var answers = t_answers ??= new Made?[AnswerSlots];
        int slot = RuntimeHelpers.GetHashCode(text) & (AnswerSlots - 1);
        var made = answers[slot];
        if (made is null || !ReferenceEquals(made.Text, text))
        {
            if (Current() is not { } current) return null;
            made = answers[slot] = new Made(text, current.Index.MayMatchBits(text), current.Count);
        }
        Volatile.Write(ref s_last, made);
        return made;
    }

    /// <summary>The automaton of every string registered now (made again when strings were registered since); null when there are none.</summary>
    private static Snapshot? Current()
    {
        var snapshot = Volatile.Read(ref s_snapshot);
        int count = Volatile.Read(ref s_count);
        if (snapshot is not null && snapshot.Count == count) return snapshot;
        if (count == 0) return null;
        lock (s_lock)
        {
            snapshot = s_snapshot;
            if (snapshot is not null && snapshot.Count == s_literals.Count) return snapshot;
            var patterns = new RequiredText[s_literals.Count];
            for (int i = 0; i < patterns.Length; i++) patterns[i] = RequiredText.OfLiteral(s_literals[i]);
            snapshot = new Snapshot(new RequiredTextIndex(patterns), patterns.Length);
            Volatile.Write(ref s_snapshot, snapshot);
            return snapshot;
        }
    }
}
