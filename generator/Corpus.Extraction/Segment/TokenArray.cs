using System;
using System.Collections.Generic;

namespace Corpus.Extraction.Segment;

/// <summary>
/// A sentence's tokens copied into an array kept per thread, for a hot loop that reads them by index many times: an
/// array element is read in place, where each read through <see cref="IReadOnlyList{T}"/> is an interface call that
/// copies the token out. <see cref="Rent"/> takes the thread's array (a new one when it is out or too short) and
/// <see cref="Return"/> gives it back; a caller that rents while another call holds it gets an array of its own, so a
/// rented array is never filled by anyone else. The array may be longer than the list: read it up to the list's count.
/// Slots past the count keep tokens of an earlier sentence until they are overwritten.
/// </summary>
internal static class TokenArray
{
    private const int MinimumLength = 64;

    [ThreadStatic] private static Token[]? t_free;

    /// <summary>The tokens in the thread's array (at indexes 0 to <c>tokens.Count - 1</c>); give it back with <see cref="Return"/>.</summary>
    public static Token[] Rent(IReadOnlyList<Token> tokens)
    {
        var array = t_free;
        t_free = null;
        int count = tokens.Count;
        if (array is null || array.Length < count) array = new Token[Math.Max(count, MinimumLength)];
        // A List<Token> and the ReadOnlyCollection<Token> over one (what Recognise hands on) both copy with one array copy
        // through ICollection<Token>.CopyTo; reading token by token through the interface cost about 970 instructions a call.
        if (tokens is ICollection<Token> collection) collection.CopyTo(array, 0);
        else for (int i = 0; i < count; i++) array[i] = tokens[i];
        return array;
    }

    /// <summary>Gives back an array <see cref="Rent"/> gave, for the thread's next call.</summary>
    public static void Return(Token[] array) => t_free = array;
}
