using System.Runtime.CompilerServices;

namespace Corpus.Extraction.Text;

/// <summary>
/// The typographic forms of ASCII punctuation that news pages use (curly quotes and apostrophes,
/// en and em dashes, non-breaking and thin spaces), each folded to its ASCII form one character for
/// one, so a folded text has the length and the offsets of the article's own. The engine matches
/// its vocabularies and patterns against the folded text (<see cref="Segment.Segmenter"/> folds each
/// article once); the evidence keeps the article's characters.
/// </summary>
public static class Typography
{
    /// <summary>The ASCII form of a typographic character, or the character itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 0xA0) return c;
        switch (c)
        {
            case '\u2018': // ‘ left single quotation mark
            case '\u2019': // ’ right single quotation mark, the typographic apostrophe
            case '\u201B': // ‛ single high-reversed-9 quotation mark
            case '\u2032': // ′ prime
            case '\u02BC': // ʼ modifier letter apostrophe
                return '\'';
            case '\u201C': // “
            case '\u201D': // ”
            case '\u201E': // „
            case '\u201F': // ‟
            case '\u2033': // ″ double prime
                return '"';
            case '\u2010': // ‐ hyphen
            case '\u2011': // ‑ non-breaking hyphen
            case '\u2012': // ‒ figure dash
            case '\u2013': // – en dash
            case '\u2014': // — em dash
            case '\u2015': // ― horizontal bar
            case '\u2212': // − minus sign
                return '-';
            case '\u00A0': // no-break space
            case '\u2002': case '\u2003': case '\u2004': case '\u2005': case '\u2006':
            case '\u2007': // figure space
            case '\u2008': // punctuation space
            case '\u2009': // thin space
            case '\u200A': // hair space
            case '\u202F': // narrow no-break space
                return ' ';
            default:
                return c;
        }
    }

    /// <summary>
    /// A string cut from <paramref name="folded"/>, the folded form of <paramref name="original"/> (a sentence's
    /// <see cref="Model.Sentence.Text"/> and <see cref="Model.Sentence.Original"/>), in the characters of
    /// <paramref name="original"/>: the same string when the two are one string (the sentence has no typographic
    /// character: no scan, no copy) or when the value is not a part of the folded text as it stands (a title rewritten,
    /// its spaces collapsed). Nothing is folded again: the caller gives the folded text it has.
    /// </summary>
    public static string Restore(string value, string folded, string original)
    {
        if (value.Length == 0 || ReferenceEquals(folded, original)) return value;
        int at = folded.IndexOf(value, System.StringComparison.Ordinal);
        return at < 0 ? value : original.Substring(at, value.Length);
    }

    /// <summary>
    /// The text with every typographic character in its ASCII form, of the same length; the same
    /// string object when it has none (so an ASCII text costs one scan and no allocation).
    /// </summary>
    public static string Fold(string text)
    {
        // The characters Fold(char) changes are found by the framework's search for any of a set, which
        // reads many characters a step, instead of a call to the string's indexer and to Fold(char) for each.
        int i = FirstChanged(text, 0);
        if (i < 0) return text;
        var chars = text.ToCharArray();
        do
        {
            chars[i] = Fold(chars[i]);
            i = i + 1 < chars.Length ? FirstChanged(text, i + 1) : -1;
        }
        while (i >= 0);
        return new string(chars);
    }

    // The first character from "from" on that Fold(char) changes, or -1. The characters below U+0100 (the no-break space) and
    // the others are searched apart: the framework's search for any of a large set keeps a map of the set's characters' low
    // and high bytes, and a character below U+0100 in the set puts the high byte of every ASCII character in it, so that
    // digits, spaces and slashes whose low byte is one of the set's ("2" of U+2032, "/" of U+202F) pass the map and are
    // each looked up in the set; without it no ASCII character passes.
    internal static int FirstChanged(string text, int from)
    {
        int wide = text.IndexOfAny(s_changedWide, from);
        int narrow = text.IndexOfAny(s_changedNarrow, from, (wide < 0 ? text.Length : wide) - from);
        return narrow >= 0 ? narrow : wide;
    }

    // Every character that Fold(char) changes, made once from it, and those below U+0100 and from it on.
    private static readonly char[] s_changed = MakeChanged();
    private static readonly char[] s_changedNarrow = System.Array.FindAll(s_changed, c => c < 0x100);
    private static readonly char[] s_changedWide = System.Array.FindAll(s_changed, c => c >= 0x100);

    private static char[] MakeChanged()
    {
        var changed = new System.Collections.Generic.List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
            if (Fold((char)c) != c) changed.Add((char)c);
        return changed.ToArray();
    }

    /// <summary>The characters that <see cref="Fold(char)"/> changes, in order (for tests).</summary>
    internal static char[] Changed() => (char[])s_changed.Clone();
}
