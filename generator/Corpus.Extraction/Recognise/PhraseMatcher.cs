using System.Runtime.CompilerServices;
using Corpus.Extraction.Text;
using System;
using System.Collections.Generic;
using Corpus.Extraction.Segment;

namespace Corpus.Extraction.Recognise;

/// <summary>Finds the longest known phrase starting at a token, comparing token by token.</summary>
public sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<(string[] Tokens, T Value)>> _byFirst;
    private readonly StringComparer _comparer;
    private readonly bool _ignoreCase;

    // Compared case-sensitively, a token can start a phrase only if a phrase's first word starts with
    // its first character (and its first two, when both are ASCII) and has its length: a token that fails
    // either is ruled out without hashing it (most tokens of a sentence).
    private readonly bool[] _asciiFirst = new bool[128];
    // A token of two characters or more whose first two are ASCII must begin as a phrase's first word of two characters
    // or more begins: for each such pair (first * 128 + second) whether one does.
    private readonly bool[] _asciiPairs = new bool[128 * 128];
    private bool _otherFirst;
    private ulong _lengths;

    public PhraseMatcher(bool ignoreCase)
    {
        _comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _ignoreCase = ignoreCase;
        _byFirst = new Dictionary<string, List<(string[], T)>>(_comparer);
    }

    /// <summary>Adds a phrase, in its folded form (<see cref="Typography.Fold(string)"/>), as the sentences it is matched against are.</summary>
    public void Add(string phrase, T value)
    {
        var tokens = Tokenizer.Tokenize(Typography.Fold(phrase)).ConvertAll(t => t.Text).ToArray();
        if (tokens.Length == 0) return;
        if (!_byFirst.TryGetValue(tokens[0], out var list)) _byFirst[tokens[0]] = list = new List<(string[], T)>();
        string first = tokens[0];
        if (first.Length > 0 && first[0] < 128) _asciiFirst[first[0]] = true;
        else _otherFirst = true;
        if (first.Length >= 2 && first[0] < 128 && first[1] < 128) _asciiPairs[first[0] * 128 + first[1]] = true;
        _lengths |= 1UL << Math.Min(first.Length, 63);
        foreach (var existing in list)
        {
            if (existing.Tokens.Length == tokens.Length && Same(existing.Tokens, tokens)) return;
        }
        list.Add((tokens, value));
        list.Sort((a, b) => b.Tokens.Length.CompareTo(a.Tokens.Length));
    }

    private bool Same(string[] a, string[] b)
    {
        for (int i = 0; i < a.Length; i++) if (!_comparer.Equals(a[i], b[i])) return false;
        return true;
    }

    /// <summary>The longest phrase at <paramref name="index"/>: how many tokens it covers and its value.</summary>
    [MethodImpl(HotPath.Optimized)]
    public bool TryMatch(IReadOnlyList<Token> tokens, int index, out int length, out T value)
    {
        length = 0;
        value = default!;
        string text = tokens[index].Text;
        if (!_ignoreCase && !MayStart(text)) return false;
        if (!_byFirst.TryGetValue(text, out var list)) return false;
        foreach (var (phrase, v) in list)
        {
            if (index + phrase.Length > tokens.Count) continue;
            bool ok = true;
            for (int k = 1; k < phrase.Length && ok; k++)
            {
                ok = _comparer.Equals(tokens[index + k].Text, phrase[k]) && Adjacent(tokens, index + k, phrase[k - 1]);
            }
            if (!ok) continue;
            length = phrase.Length;
            value = v;
            return true;
        }
        return false;
    }

    /// <summary>
    /// False when no phrase can start with a token of this text, so that <see cref="TryMatch"/> at such a token is false
    /// (the first-character and length test it makes first); true when one may.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayStartWith(string text) => _ignoreCase || MayStart(text);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayStart(string text)
    {
        if ((_lengths & (1UL << Math.Min(text.Length, 63))) == 0) return false;
        if (text.Length == 0) return true;
        char c = text[0];
        if (c >= 128) return _otherFirst;
        if (!_asciiFirst[c]) return false;
        if (text.Length == 1) return true;
        char second = text[1];
        return second >= 128 || _asciiPairs[c * 128 + second];
    }

    // "U.S." must be written without spaces to be one phrase, while words may be spaced, also after the
    // full stop of an abbreviation of two letters or more ("Brig. Gen.", "Sen. Lieut. Gen.").
    private static bool Adjacent(IReadOnlyList<Token> tokens, int k, string previous)
        => tokens[k].IsWord && previous.Length > 0 && char.IsLetterOrDigit(previous[previous.Length - 1])
            || tokens[k].Start == tokens[k - 1].End
            || tokens[k - 1].IsWord && tokens[k].IsWord
            || tokens[k].IsWord && previous == "." && k >= 2 && tokens[k - 2].IsWord && tokens[k - 2].Text.Length >= 2;
}
