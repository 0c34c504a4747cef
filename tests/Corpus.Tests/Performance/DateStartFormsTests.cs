using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Recognise;

namespace Corpus.Tests.Performance;

/// <summary>
/// The date search runs, at each place it tries, a copy of the anchored pattern chosen by the place's first character
/// (<see cref="DateRecognizer.DateStartForms"/>): at a digit the day-month form alone, at a letter that starts no month name
/// the forms that do not begin with a month or a day. Each copy must find at its characters what the whole form finds there,
/// with every group read by the whole form's numbers (<see cref="DateRecognizer.DateGroups"/>) as it reads them, so that
/// every date stays the same.
/// </summary>
public class DateStartFormsTests
{
    // Invented texts with every form of the pattern at digits, month names, leads and other letters, in English, French and
    // Spanish, and places where no form matches.
    private static readonly string[] s_invented =
    {
        "General Ilse Morrow visited Orvane on March 4, 2024 and left on March 6-8, 2024.",
        "The talks of 3 to 5 May 2023 followed those of 12 June; 15 soldiers and 2023 crews stayed.",
        "The drills ran in October 2021 and again in early November, Mar. 2022 and Sept 3 too.",
        "The base has trained crews since 2019, and the delegation came on Monday and Tuesday, in 2020-21 not.",
        "Last year the navies met; this week and next month they meet again, yesterday's talks aside, Earlier today too.",
        "Le ministre vestrien est arrivé jeudi dernier, la semaine dernière, et repart demain; l'an prochain aussi.",
        "Hier, les 23 et 24 août 2022, puis ce jeudi, le 1er mars, du 3 au 9 mai, cette année-ci.",
        "El 20 de marzo de 2025, del 16 al 19 de abril, ayer y el martes; domingo 3 de julio de 2022.",
        "May 2024, by June, until the end of June, from Sunday to Tuesday, the 4th of July, 12 juin,2024 (mai 2023).",
        "No date stands here: 12 ships, 3.5 tonnes, a hierarchy of mainstays, 2mai, mai2.",
    };

    private static readonly FieldInfo[] s_fields = typeof(DateRecognizer.DateGroups).GetFields(BindingFlags.Public | BindingFlags.Instance);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_copy_numbers_the_groups_as_the_whole_form(bool other)
    {
        var whole = DateRecognizer.FormOf(other);
        var forms = DateRecognizer.StartFormsOf(other);
        Assert.Equal(33, s_fields.Length);
        foreach (var copy in new[] { forms.Digit, forms.Month, forms.Word })
        {
            Assert.Equal(whole.Regex.GetGroupNumbers(), copy.Regex.GetGroupNumbers());
            Assert.Equal(whole.Regex.GetGroupNames(), copy.Regex.GetGroupNames());
            foreach (var field in s_fields)
            {
                string name = char.ToLowerInvariant(field.Name[0]) + field.Name.Substring(1);
                Assert.Equal(whole.GroupNumber(name), copy.GroupNumber(name));
            }
            // No copy holds a requirement of the rules' one pass: the search asks it only where a date may start.
            Assert.Null(copy.Required.Any);
        }
    }

    [Fact]
    public void The_copies_choose_by_first_character()
    {
        var forms = DateRecognizer.StartFormsOf(true);
        Assert.Same(forms.Digit, forms.At('3'));
        Assert.Same(forms.Month, forms.At('M'));
        Assert.Same(forms.Month, forms.At('j'));
        Assert.Same(forms.Word, forms.At('i'));
        Assert.Same(forms.Word, forms.At('('));
        // The day-month form alone at a digit, no month form at a letter that starts none.
        Assert.True(forms.Digit.Regex.Match("3 May 2024", 0).Success);
        Assert.False(forms.Digit.Regex.Match("May 2024", 0).Success);
        Assert.False(forms.Word.Regex.Match("May 2024", 0).Success);
        Assert.False(forms.Word.Regex.Match("3 May 2024", 0).Success);
        Assert.True(forms.Word.Regex.Match("in 2024", 0).Success);
        Assert.True(forms.Month.Regex.Match("May 2024", 0).Success);
        Assert.True(forms.Month.Regex.Match("Monday", 0).Success);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_chosen_copy_finds_what_the_whole_form_finds_at_every_place(bool other)
    {
        var whole = new Regex(DateRecognizer.FormOf(other).ToString(), RegexOptions.CultureInvariant);
        var forms = DateRecognizer.StartFormsOf(other);
        var groups = DateRecognizer.GroupsOf(other);
        int places = 0, matches = 0;
        foreach (var text in s_invented.Concat(InHouseSentences.All()))
        {
            for (int at = 0; at < text.Length; at++)
            {
                // Every form starts at a word boundary with a word character: elsewhere both fail (every place of the
                // invented texts is tried all the same).
                bool invented = Array.IndexOf(s_invented, text) >= 0;
                if (!invented && at > 0 && char.IsLetterOrDigit(text[at - 1])) continue;
                places++;
                var expected = whole.Match(text, at);
                var actual = forms.At(text[at]).Regex.Match(text, at);
                Assert.Equal((expected.Success, expected.Index, expected.Length), (actual.Success, actual.Index, actual.Length));
                if (!expected.Success) continue;
                matches++;
                foreach (var field in s_fields)
                {
                    int number = (int)field.GetValue(groups)!;
                    Group e = expected.Groups[number], a = actual.Groups[number];
                    Assert.Equal((e.Success, e.Index, e.Length), (a.Success, a.Index, a.Length));
                }
            }
        }
        Assert.True(places > 10_000, places.ToString());
        Assert.True(matches > 200, matches.ToString());
    }
}
