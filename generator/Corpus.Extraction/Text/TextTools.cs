using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Corpus.Extraction.Text;

/// <summary>Culture-independent folding, slugs and C# member names.</summary>
public static class TextTools
{
    /// <summary>Removes diacritics and folds case, the same under every current culture (Turkish dotless and dotted i included).</summary>
    public static string Fold(string text)
    {
        // ASCII text has no marks to remove and nothing to normalise: folding it is lowering A to Z.
        if (IsAscii(text)) return text.ToLowerInvariant();
        var decomposed = Normalizable(text.Replace('ı', 'i').Replace('İ', 'I')).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark || category == UnicodeCategory.EnclosingMark) continue;
            sb.Append(char.ToLowerInvariant(Typography.Fold(c)));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsAscii(string text)
    {
        foreach (char c in text) if (c >= 0x80) return false;
        return true;
    }

    /// <summary>
    /// The text with what Unicode normalization rejects (a lone surrogate, the noncharacter
    /// U+FFFE) replaced by U+FFFD, so folding never throws, whatever a file holds.
    /// </summary>
    private static string Normalizable(string text)
    {
        char[]? chars = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (c != '\uFFFE' && !char.IsSurrogate(c)) continue;
            chars ??= text.ToCharArray();
            chars[i] = '\uFFFD';
        }
        return chars is null ? text : new string(chars);
    }

    /// <summary>A lower-case ASCII slug: "Ülkü Kocaefe" becomes "ulku-kocaefe".</summary>
    /// <remarks>
    /// ASCII text is read as it is (folding it is lowering A to Z, done here as each character is read); other text is folded
    /// first (<see cref="Fold"/>). Letters a to z and digits are kept, a run of anything else but the apostrophe is one dash
    /// between two kept runs, and a text with nothing kept is "x". Built in one array a thread (so ASCII text allocates nothing
    /// but the slug): the slug is never longer than what it is read from (a dash stands for at least one character dropped).
    /// </remarks>
    public static string Slug(string text)
    {
        var read = IsAscii(text) ? text : Fold(text);
        var chars = t_slug;
        if (chars is null || chars.Length < read.Length) t_slug = chars = new char[Math.Max(read.Length, 64)];
        int length = 0;
        bool dash = false;
        foreach (char r in read)
        {
            char c = r >= 'A' && r <= 'Z' ? (char)(r + ('a' - 'A')) : r;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            {
                if (dash && length > 0) chars[length++] = '-';
                chars[length++] = c;
                dash = false;
            }
            else if (c != '\'')
            {
                dash = true;
            }
        }
        return length == 0 ? "x" : new string(chars, 0, length);
    }

    // The characters of a slug as it is built, one array a thread, grown to the longest text met.
    [ThreadStatic] private static char[]? t_slug;

    public static bool IsUpperInitial(string word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>The runs of letters of a text, in order ("deputy commander of Kelm-Naval Base" gives deputy, commander, of, Kelm, Naval, Base).</summary>
    public static IEnumerable<string> LetterWords(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            yield return text.Substring(start, i - start);
        }
    }

    /// <summary>
    /// Where <paramref name="word"/> stands in <paramref name="text"/> as a whole word, in order (ordinal, case-sensitive;
    /// occurrences may overlap): each occurrence with no letter and no digit right before or after it. The text's start
    /// and end, white space and punctuation (a hyphen, an apostrophe, a full stop) are edges; a letter of any script
    /// (<see cref="char.IsLetter(char)"/>, "é", "ş") or a digit (<see cref="char.IsDigit(char)"/>) is not. "Kelm" stands in
    /// "deputy commander of Kelm Naval Base", "Kelm-based" and "Kelm's", not in "Kelmfield", "Kelmé" or "Kelm2". This is the
    /// one meaning of "a name stands in a text as a whole word" of the Events stage (a place named in a sentence, an office's
    /// body in a title, an occasion's name in its telling); the topics' trigger words keep the expression's <c>\b</c>
    /// (<see cref="WholeWord"/>).
    /// </summary>
    public static IEnumerable<int> WholeWordPositions(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (StandsAsWholeWord(text, at, word.Length)) yield return at;
        }
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> as a whole word (see <see cref="WholeWordPositions"/>).</summary>
    public static bool NamesAsWholeWord(string text, string word)
    {
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if (StandsAsWholeWord(text, at, word.Length)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether the <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="at"/> stand as a whole
    /// word: no letter and no digit right before or after them (the edges of <see cref="WholeWordPositions"/>).
    /// </summary>
    public static bool StandsAsWholeWord(string text, int at, int length)
    {
        int end = at + length;
        return (at == 0 || !char.IsLetterOrDigit(text[at - 1]) || AfterGluedA(text, at))
            && (end >= text.Length || !char.IsLetterOrDigit(text[end]));
    }

    /// <summary>
    /// Whether the capitalised word at <paramref name="at"/> follows the French preposition "à" glued to it, the space lost in
    /// a copy ("reçu àKelm"): an "à" that begins its word, right before a capital letter. The "à" is then an edge of the
    /// word, as a space would be (the fifty-fifth round); no word of French or English begins with "à" and goes on with a
    /// capital, so no other word is parted.
    /// </summary>
    public static bool AfterGluedA(string text, int at)
        => at >= 1 && at < text.Length && text[at - 1] == 'à' && char.IsUpper(text[at])
           && (at == 1 || !char.IsLetterOrDigit(text[at - 2]));

    /// <summary>
    /// Whether a sentence's text ends as prose does: its last character, before trailing white space and closing quotes or
    /// brackets, is a full stop, an exclamation or a question mark. A headline ("Ministers Meet In Kelm") does not; nor does a
    /// line that ends in a colon or a comma.
    /// </summary>
    public static bool EndsAsSentence(string text)
    {
        int end = text.Length - 1;
        while (end >= 0 && (char.IsWhiteSpace(text[end]) || text[end] is '"' or '\'' or ')')) end--;
        return end >= 0 && text[end] is '.' or '!' or '?';
    }
}
