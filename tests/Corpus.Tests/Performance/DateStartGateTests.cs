using System.Text.RegularExpressions;
using Corpus.Extraction.Recognise;

namespace Corpus.Tests.Performance;

/// <summary>
/// The date search refuses, without asking StartsDate, every place after an ASCII letter or digit and every ASCII character
/// that is neither a digit nor the first character of a date word or a leading word (DateStarts.MayStart): it must still find
/// what the whole date pattern finds, with each ASCII character (and characters outside ASCII) right before and at the start
/// of invented dates, in the English forms and with the other languages' words.
/// </summary>
public class DateStartGateTests
{
    private static readonly Regex s_pattern = new(DateRecognizer.Pattern, RegexOptions.CultureInvariant);

    private static void AssertSame(string text)
    {
        var expected = s_pattern.Matches(text).Select(m => (m.Index, m.Length, m.Value)).ToList();
        var actual = DateRecognizer.DateMatches(text).Select(m => (m.Index, m.Length, m.Value)).ToList();
        Assert.Equal(expected, actual);
    }

    private static readonly string[] s_dates =
    {
        "5 May 2024", "May 5, 2024", "May 2024", "in 2022", "In June", "early 2021", "last week", "Last year", "on Monday",
        "yesterday", "Today", "tonight", "the end of June", "end of May", "mid-July", "during 1999", "of 2020", "to 2023",
        "coming month", "previous week", "earlier today", "this morning", "Sept. 4, 2023", "3rd of March",
        "jeudi 6 juin", "le 3 août 2018", "la semaine dernière", "cette année", "l'an dernier", "hier", "Aujourd'hui", "ayer",
        "4 de mayo", "du 3 au 9 mai",
    };

    [Fact]
    public void Every_ascii_character_before_or_at_a_date_start_gives_the_pattern_s_matches()
    {
        int dated = 0;
        for (int c = 0; c < 128; c++)
        {
            string ch = ((char)c).ToString();
            foreach (var date in s_dates)
            {
                AssertSame(ch + date);
                AssertSame("Vesk " + ch + " " + date + ".");
                AssertSame(ch + ch + date.Substring(1));
                AssertSame(date + ch + "2024");
                if (s_pattern.IsMatch(ch + date)) dated++;
            }
        }
        Assert.True(dated > 128 * 10, dated.ToString());
    }

    [Theory]
    [InlineData("\u00a0in 2022, \u00e9t\u00e9 5 May")]
    [InlineData("\u20135 May\u2014in June")]
    [InlineData("\u0663 May 2022 and \u00bd June")]
    [InlineData("\u00c9arly 2021, \u00e9nd of May")]
    public void Characters_outside_ascii_are_asked_as_before(string text) => AssertSame(text);
}
