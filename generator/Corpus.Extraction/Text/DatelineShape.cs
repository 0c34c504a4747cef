using System.Globalization;

namespace Corpus.Extraction.Text;

/// <summary>
/// A quick test of the start of a sentence against the shape of the dateline pattern
/// (<c>dateline</c> in <c>Vocabulary/patterns.tsv</c>), which the engine runs over every sentence:
/// an upper-case letter, 1 to 30 letters, full stops, apostrophes or spaces (the city), and then
/// the end of the text, a comma and an upper-case letter, a bracket, a dash, a colon, or spaces up to a bracket, a dash or the end.
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
        if (text.Length < 2 || CharUnicodeInfo.GetUnicodeCategory(text[0]) != UnicodeCategory.UppercaseLetter) return false;
        // The city is text[0, end): its tail text[1, end) holds only the city's characters.
        int last = text.Length < MaxCityTail + 1 ? text.Length : MaxCityTail + 1;
        for (int end = 2; end <= last; end++)
        {
            if (!IsCityCharacter(text[end - 1])) return false;
            if (MayFollowCity(text, end)) return true;
        }
        return false;
    }

    private static bool IsCityCharacter(char c) => char.IsLetter(c) || c == '.' || c == '\'' || c == ' ';

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
        // ", Country" and ", Month day": a comma, optional spaces, then an upper-case letter.
        if (c == ',')
        {
            int word = end + 1;
            while (word < text.Length && IsSpace(text[word])) word++;
            return word < text.Length && CharUnicodeInfo.GetUnicodeCategory(text[word]) == UnicodeCategory.UppercaseLetter;
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
