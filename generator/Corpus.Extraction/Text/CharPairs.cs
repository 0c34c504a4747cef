using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace Corpus.Extraction.Text;

/// <summary>
/// The pairs of adjacent characters of a text, as a set of 1,024 bits (each pair hashed to one
/// bit), made once for a text that is searched again and kept per thread for the last few texts
/// asked about. A literal whose own pairs are not all in a text's set is not in the text, so its
/// ordinal search can be skipped (<see cref="RequiredText"/>): the set only ever says "absent" for
/// a literal that is absent, and a literal it lets through is still searched, so every answer
/// stays what the searches alone give. Nothing of a text is read from the cache but its own set:
/// texts are compared by reference, and a cached text is held (so no other string can take its place).
/// </summary>
public static class CharPairs
{
    /// <summary>The bits of a set: 16 words of 64.</summary>
    public const int Words = 16;

    [ThreadStatic] private static RecentTexts<Made>? t_recent;

    // The text whose set was given last, on any thread, with its set: asked again at once (the
    // usual case: one text asked about by rule after rule), it is answered by one static read and
    // a comparison, without the thread-static read and the walk of the slots. Its set is made
    // for it alone and never written again, so a reader on another thread sees it whole.
    private static Made? s_last;

    private sealed class Made
    {
        public readonly string Text;
        public readonly ulong[] Set;

        public Made(string text, ulong[] set)
        {
            Text = text;
            Set = set;
        }
    }

    /// <summary>The bit of a pair of characters (0 to 1,023).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Bit(char a, char b) => (int)(((uint)(a << 16 | b) * 0x9E3779B1u) >> 22);

    /// <summary>
    /// The set of <paramref name="text"/>'s pairs when the text was asked about before on this
    /// thread (made at the second ask and kept while it is among the last four texts asked about,
    /// or while it is the text whose set was given last); null at the first ask, and for a text
    /// shorter than two characters, so a text searched once costs no set. A set returned is never
    /// written again.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static ulong[]? Of(string text)
    {
        var last = Volatile.Read(ref s_last);
        if (last is not null && ReferenceEquals(last.Text, text)) return last.Set;
        return Ask(text);
    }

    [MethodImpl(HotPath.Optimized)]
    private static ulong[]? Ask(string text)
    {
        if (text.Length < 2) return null;
        var recent = t_recent ??= new RecentTexts<Made>();
        int slot = recent.IndexOf(text);
        if (slot < 0)
        {
            recent.Take(text);
            return null;
        }
        var made = recent[slot];
        if (made is null)
        {
            var set = new ulong[Words];
            Add(text, set);
            made = recent[slot] = new Made(text, set);
        }
        Volatile.Write(ref s_last, made);
        return made.Set;
    }

    /// <summary>Sets <paramref name="set"/> (of <see cref="Words"/> words) to the pairs of <paramref name="text"/>.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static void Fill(string text, ulong[] set)
    {
        Array.Clear(set, 0, set.Length);
        Add(text, set);
    }

    // Adds the pairs of a text of two characters or more to a set (Bit written out: the JIT left it a call, once a character).
    [MethodImpl(HotPath.Optimized)]
    private static void Add(string text, ulong[] set)
    {
        uint previous = text[0];
        for (int i = 1; i < text.Length; i++)
        {
            uint c = text[i];
            int bit = (int)((previous << 16 | c) * 0x9E3779B1u >> 22);
            set[bit >> 6] |= 1UL << (bit & 63);
            previous = c;
        }
    }

    /// <summary>The distinct bits of a literal's pairs; null for a literal shorter than two characters (it has none, so it is always searched).</summary>
    public static int[]? BitsOf(string literal)
    {
        if (literal.Length < 2) return null;
        var bits = new System.Collections.Generic.List<int>();
        for (int i = 1; i < literal.Length; i++)
        {
            int bit = Bit(literal[i - 1], literal[i]);
            if (!bits.Contains(bit)) bits.Add(bit);
        }
        return bits.ToArray();
    }

    /// <summary>False when one of a literal's pairs (<see cref="BitsOf"/>) is not in the set, so the literal is not in the set's text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayHold(ulong[] set, int[]? bits)
    {
        if (bits is null) return true;
        foreach (int bit in bits)
        {
            if ((set[bit >> 6] & 1UL << (bit & 63)) == 0) return false;
        }
        return true;
    }
}
