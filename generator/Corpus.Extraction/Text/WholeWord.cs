using System;
using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Text;

/// <summary>
/// Whether a string occurs in a text as a whole word, as the expression <c>\b</c><i>string</i><c>\b</c> (the string escaped,
/// case-sensitive, culture-invariant) finds it: an ordinal occurrence with a word boundary at each end, read from the
/// characters on either side of the edge (a letter, digit or underscore of ASCII is a word character, any other ASCII
/// character is not). A character outside ASCII at an edge is not read here: the answer is then left to the expression,
/// whose idea of a word character (Unicode categories, the zero-width joiners) this does not repeat. It answers for the
/// topics' trigger words, whose answers must stay the expression's; a name standing in a text is
/// <see cref="TextTools.WholeWordPositions"/>'s other meaning (letters and digits of any script are no edge, the underscore is).
/// </summary>
internal static class WholeWord
{
    /// <summary>The answer is the expression's to give: an edge of an occurrence has a character outside ASCII beside it, or the string is empty.</summary>
    public const int Undecided = -1;

    /// <summary>
    /// 1 when <paramref name="word"/> occurs in <paramref name="text"/> with a word boundary at its start and at its end
    /// (the expression <c>\bword\b</c> matches), 0 when it does not, <see cref="Undecided"/> when the occurrences read
    /// before a whole one is found have a character outside ASCII at an edge, or the word is empty.
    /// </summary>
    [MethodImpl(HotPath.Optimized)]
    public static int Find(string text, string word)
    {
        if (word.Length == 0) return Undecided;
        int at = text.IndexOf(word, StringComparison.Ordinal);
        while (at >= 0)
        {
            int start = Boundary(text, at);
            if (start == Undecided) return Undecided;
            int end = Boundary(text, at + word.Length);
            if (end == Undecided) return Undecided;
            if (start == 1 && end == 1) return 1;
            if (at + word.Length >= text.Length) break;
            at = text.IndexOf(word, at + 1, StringComparison.Ordinal);
        }
        return 0;
    }

    // 1 when the characters on either side of position i (none outside the text) are one a word character and the other
    // not, 0 when both or neither are, Undecided when either is outside ASCII.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Boundary(string text, int i)
    {
        int before = i > 0 ? Kind(text[i - 1]) : 0;
        int after = i < text.Length ? Kind(text[i]) : 0;
        if ((before | after) < 0) return Undecided;
        return before != after ? 1 : 0;
    }

    // 1 for a word character of ASCII (\w: a letter, a digit, the underscore), 0 for another ASCII character, -1 outside ASCII.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Kind(char c)
    {
        if (c >= 128) return -1;
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ? 1 : 0;
    }
}
