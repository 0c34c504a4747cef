using System.Runtime.CompilerServices;
using System.Collections.Generic;

namespace Corpus.Extraction.Text;

/// <summary>
/// A quick "no" for looking a part of a text up among folded names (<see cref="TextTools.Fold"/>)
/// without making the part a string: it keeps a hash of each name added, and a part of ASCII text
/// whose folded hash is none of them is none of the names. A part that is not ASCII, or whose
/// hash is there, may be one: the caller then folds it and looks it up. Added names are never
/// removed, so a name removed from the caller's table only makes the answer "may be" more often.
/// </summary>
public sealed class FoldedNameFilter
{
    private readonly HashSet<int> _hashes = new();
    // The hash of each added name's text before its first space, for the names that hold one.
    private readonly HashSet<int> _firstWords = new();

    /// <summary>Adds a name already folded.</summary>
    public void Add(string folded)
    {
        _hashes.Add(Hash(folded, 0, folded.Length));
        int space = folded.IndexOf(' ');
        if (space >= 0) _firstWords.Add(Hash(folded, 0, space));
    }

    /// <summary>How many different hashes the filter holds.</summary>
    public int Count => _hashes.Count;

    /// <summary>
    /// False when <c>Fold(text.Substring(start, length))</c> is certainly none of the names added;
    /// true when it may be one (the part is not ASCII, or its hash is one of theirs).
    /// </summary>
    public bool MayContain(string text, int start, int length)
    {
        if (_hashes.Count == 0) return false;
        int hash = Hash(text, start, length, out bool ascii);
        return !ascii || _hashes.Contains(hash);
    }

    /// <summary>
    /// The hash <see cref="MayContain(string, int, int)"/> computes for a part, so that a caller asking
    /// several filters about the same part reads it once; <paramref name="ascii"/> is false when the
    /// part has a character outside ASCII.
    /// </summary>
    public static int HashOf(string text, int start, int length, out bool ascii) => Hash(text, start, length, out ascii);

    /// <summary><see cref="MayContain(string, int, int)"/> for a part whose <see cref="HashOf"/> is <paramref name="hash"/>.</summary>
    public bool MayContain(int hash, bool ascii) => _hashes.Count != 0 && (!ascii || _hashes.Contains(hash));

    /// <summary>
    /// False when no name added that holds a space begins with <c>Fold(text.Substring(start, length))</c> followed by a
    /// space; true when one may (the part is not ASCII, or its hash is that of the text before such a name's first space).
    /// <paramref name="hash"/> and <paramref name="ascii"/> are the part's <see cref="HashOf"/>.
    /// </summary>
    public bool MayBeginName(int hash, bool ascii) => _firstWords.Count != 0 && (!ascii || _firstWords.Contains(hash));

    // Folding ASCII text is lowering A to Z, so the hash of the folded part is the hash of the part
    // with A to Z lowered as it is read.
    private static int Hash(string text, int start, int length) => Hash(text, start, length, out _);

    [MethodImpl(HotPath.Optimized)]
    private static int Hash(string text, int start, int length, out bool ascii)
    {
        unchecked
        {
            uint hash = 2166136261;
            ascii = true;
            for (int i = start; i < start + length; i++)
            {
                char c = text[i];
                if (c >= 0x80) ascii = false;
                else if (c >= 'A' && c <= 'Z') c = (char)(c + ('a' - 'A'));
                hash = (hash ^ c) * 16777619;
            }
            return (int)hash;
        }
    }
}
