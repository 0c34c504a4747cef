using System.Globalization;

namespace Corpus.Extraction.Text;

/// <summary>
/// A quick test of the start of a sentence against the shape of the dateline pattern
/// (<c>dateline</c> in <c>Vocabulary/patterns.tsv</c>), which the engine runs over every sentence:
/// an upper-case letter, 1 to 30 letters, full stops, apostrophes or spaces (the city), and then
/// the end of the text, a comma and an upper-case letter or a digit, a bracket, a dash, a colon, or spaces up to a bracket, a dash or the end
/// (from the fifty-eighth round also after an agency's 2 to 6 capitals and a space: "VNA Kelm, May 4 -- …"; from the fifty-ninth
/// a comma and a French date's article: "AKP Kelm, le 4 mai 2024 -", whose dash may end the text).
/// A text that fails it cannot match the pattern; most sentences fail it within their first
/// words ("The ministers met …": each space is followed by a letter), so the pattern, interpreted
/// and backtracking over up to 30 lengths of the city, runs over few of them. The test is a
/// necessary condition only: a text that passes still goes through the pattern.
/// </summary>
public static class DatelineShape
{
    /// <summary>The most characters the city of the pattern may take after its first letter.</summary>
    public const int MaxCityTail = 30;

    /// <summary>False when <paramref name="text"/> cannot match the dateline pattern.</summary>
    public static bool MayStart(string text)
    {
        if (MayStartAt(text, 0)) return true;
        // "VNA Kelm, May 4 -- …": an agency's 2 to 6 capitals and a space before a city in mixed case; the city starts after them.
        int caps = 0;
        while (caps < text.Length && caps <= MaxAgencyCapitals && CharUnicodeInfo.GetUnicodeCategory(text[caps]) == UnicodeCategory.UppercaseLetter) caps++;
        return caps >= 2 && caps <= MaxAgencyCapitals && caps < text.Length && text[caps] == ' ' && MayStartAt(text, caps + 1);
    }

    /// <summary>The most capitals of an agency's name the pattern reads before the city.</summary>
    public const int MaxAgencyCapitals = 6;

    // The city is text[start, end): its tail text[start + 1, end) holds only the city's characters.
    private static bool MayStartAt(string text, int start)
    {
        if (text.Length < start + 2 || CharUnicodeInfo.GetUnicodeCategory(text[start]) != UnicodeCategory.UppercaseLetter) return false;
        int last = text.Length < start + MaxCityTail + 1 ? text.Length : start + MaxCityTail + 1;
        for (int end = start + 2; end <= last; end++)
        {
            if (!IsCityCharacter(text[end - 1])) return false;
            // A letter after the city goes on with it (MayFollowCity says no to it): the next length is tried without the call.
            if (end < text.Length && IsAsciiLetter(text[end])) continue;
            if (MayFollowCity(text, end)) return true;
        }
        return false;
    }

    /// <summary>
    /// False when <paramref name="text"/> cannot match the dateline pattern for the way a match of it ends. Everything a
    /// match holds before its end is the city's, the country's and the date's characters (letters, digits, full stops,
    /// apostrophes, commas, white space) or a bracket of 1 to 30 characters; its end is a dash (one or two, then white
    /// space), the end of the text, or a colon and white space after a city in capitals of 2 to 31 characters. So the text
    /// is read from its start over those characters and brackets up to the first other character, which must be such an
    /// end ("Kelm, May 3 (Agency): …" and "Vice-Minister …" cannot match). A necessary condition only, like
    /// <see cref="MayStart"/>, asked after it.
    /// </summary>
    public static bool MayEnd(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c < 128)
            {
                if (IsAsciiLetter(c) || (uint)(c - '0') <= 9 || c == ' ' || c == '.' || c == ',' || c == '\'') continue;
            }
            else if (char.IsLetterOrDigit(c)) continue;
            if (c == '(')
            {
                // "(Agency)": the bracket's 1 to 30 characters up to the first closing one.
                int close = text.IndexOf(')', i + 1);
                if (close < 0 || close == i + 1 || close - i - 1 > MaxBracket) return false;
                i = close;
                continue;
            }
            if (IsDash(c))
            {
                if (i + 1 < text.Length && (IsSpace(text[i + 1]) || IsDash(text[i + 1]) && i + 2 < text.Length && IsSpace(text[i + 2]))) return true;
                // "… 2024 -The minister": after white space, a dash (one or two) glued to an upper-case letter.
                int after = i + 1 < text.Length && IsDash(text[i + 1]) ? i + 2 : i + 1;
                // "AKP Kelm, le 4 mai 2024 -": a dash (one or two) that ends the text (the fifty-ninth round).
                if (after == text.Length) return true;
                return i > 0 && IsSpace(text[i - 1]) && after < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[after]) == UnicodeCategory.UppercaseLetter;
            }
            if (c == ':') return i >= 2 && i <= MaxCityTail + 1 && CapitalsBefore(text, i) && i + 1 < text.Length && IsSpace(text[i + 1]);
            if (IsSpace(c)) continue;
            return false;
        }
        return true;
    }

    /// <summary>The most characters a bracket of the pattern ("(Agency)") holds between its two marks.</summary>
    public const int MaxBracket = 30;

    // The pattern's look-behind before a colon: text[0, end) holds only upper-case letters, full stops, apostrophes and spaces.
    private static bool CapitalsBefore(string text, int end)
    {
        for (int i = 0; i < end; i++)
        {
            char c = text[i];
            if (c == '.' || c == '\'' || c == ' ') continue;
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.UppercaseLetter) return false;
        }
        return true;
    }

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsCityCharacter(char c) => c < 128 ? IsAsciiLetter(c) || c == '.' || c == '\'' || c == ' ' : char.IsLetter(c);

    private static bool IsDash(char c) => c == '-';

    // What the pattern allows right after the city: the end ($, also before a final line feed),
    // ", Country" or ", Month day", "(Agency)" after optional spaces, a dash after optional spaces, or a colon.
    private static bool MayFollowCity(string text, int end)
    {
        if (end == text.Length) return true;
        char c = text[end];
        // A letter goes on with the city (the caller's next step): none of the marks below, and no space.
        if (char.IsLetter(c)) return false;
        // A colon closes a city set in capitals ("MUSCAT: …"); the pattern checks the capitals.
        if (c == '(' || c == ':' || IsDash(c)) return true;
        // ", Country" and ", Month day": a comma, optional spaces, then an upper-case letter; ", 4 May 2024" and ", 04.05.2024":
        // a digit.
        if (c == ',')
        {
            int word = end + 1;
            while (word < text.Length && IsSpace(text[word])) word++;
            if (word < text.Length && (CharUnicodeInfo.GetUnicodeCategory(text[word]) == UnicodeCategory.UppercaseLetter || char.IsDigit(text[word]))) return true;
            // ", le 4 mai 2024": a French date's article, then white space (the fifty-ninth round).
            return word + 2 < text.Length && text[word] == 'l' && text[word + 1] == 'e' && IsSpace(text[word + 2]);
        }
        if (!IsSpace(c)) return false;
        int next = end;
        while (next < text.Length && IsSpace(text[next])) next++;
        return next == text.Length || text[next] == '(' || IsDash(text[next]);
    }

    // A superset of the pattern's \s: white space by char.IsWhiteSpace and every separator category.
    private static bool IsSpace(char c)
    {
        if (char.IsWhiteSpace(c)) return true;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.SpaceSeparator || category == UnicodeCategory.LineSeparator || category == UnicodeCategory.ParagraphSeparator;
    }
}
