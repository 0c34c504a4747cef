using System;

namespace Corpus.Extraction.Text;

/// <summary>
/// A text's characters copied into an array the caller keeps per thread (its own <c>[ThreadStatic]</c> slot), grown when a
/// longer text comes: a loop that reads every character reads the array, not the string's indexer, which this library's
/// target leaves a call a character. Each caller has a slot of its own, so a copy is never overwritten by a method its
/// loop calls.
/// </summary>
internal static class CharCopy
{
    /// <summary>
    /// The array of <paramref name="slot"/> (a new one of at least <paramref name="minimum"/> characters when it is missing
    /// or shorter than <paramref name="text"/>, left in the slot) with <paramref name="text"/> copied to its start.
    /// </summary>
    public static char[] Into(ref char[]? slot, string text, int minimum = 256)
    {
        var chars = slot;
        if (chars is null || chars.Length < text.Length) slot = chars = new char[Math.Max(text.Length, minimum)];
        text.CopyTo(0, chars, 0, text.Length);
        return chars;
    }
}
