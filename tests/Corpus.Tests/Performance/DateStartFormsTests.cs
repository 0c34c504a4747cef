using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// The date search runs, at each place it tries, a copy of the anchored pattern chosen by the place's first character
/// (<see cref="DateRecognizer.DateStartForms"/>): at a digit the day-month form alone, at a letter that starts no month name
/// the forms that do not begin with a month or a day. Each copy must find at its characters what the whole form finds there,
/// with every group read by the copy's own numbers (<see cref="DateRecognizer.DateGroups"/>; the forms a copy leaves out
/// capture nothing) as the whole form's are read by its numbers, so that every date stays the same.
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

    // The named groups of each form of the pattern (the whole form's groups are these and "0").
    private static readonly Dictionary<string, string[]> s_formGroups = new()
    {
        ["mdy"] = new[] { "mdy", "m1", "d1", "d1b", "y1" },
        ["dmy"] = new[] { "dmy", "d0", "d2", "m2", "y2" },
        ["my"] = new[] { "my", "m3", "y3" },
        ["mo"] = new[] { "mo", "m4" },
        ["yr"] = new[] { "yr", "y5" },
        ["wd"] = new[] { "wd", "w", "w2" },
        ["rel"] = new[] { "rel", "dir", "unit" },
        ["day"] = new[] { "day", "dword" },
        ["wdf"] = new[] { "wdf", "wf", "wfdir" },
        ["relf"] = new[] { "relf", "funit", "fdir" },
        ["dayf"] = new[] { "dayf", "dwordf" },
    };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_copy_holds_the_groups_of_its_own_forms_alone(bool other)
    {
        var whole = DateRecognizer.FormOf(other);
        var forms = DateRecognizer.StartFormsOf(other);
        Assert.Equal(33, s_fields.Length);
        var english = new[] { "mdy", "dmy", "my", "mo", "yr", "wd", "rel", "day" };
        var all = other ? english.Concat(new[] { "wdf", "relf", "dayf" }).ToArray() : english;
        Assert.Equal(all.SelectMany(f => s_formGroups[f]).Append("0").OrderBy(n => n, StringComparer.Ordinal),
            whole.Regex.GetGroupNames().OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(all, forms.All.Forms);
        Assert.Equal(all, forms.Firsts.Select(f => f.Name));
        Assert.True(forms.Copies.Count > 3, forms.Copies.Count.ToString());
        foreach (var copy in forms.Copies.Append(forms.All))
        {
            Assert.Equal(copy.Forms.SelectMany(f => s_formGroups[f]).Append("0").OrderBy(n => n, StringComparer.Ordinal),
                copy.Form.Regex.GetGroupNames().OrderBy(n => n, StringComparer.Ordinal));
            foreach (var field in s_fields)
            {
                string name = char.ToLowerInvariant(field.Name[0]) + field.Name.Substring(1);
                Assert.Equal(copy.Form.GroupNumber(name), (int)field.GetValue(copy.Groups)!);
            }
            // No copy holds a requirement of the rules' one pass: the search asks it only where a date may start.
            Assert.Null(copy.Form.Required.Any);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_form_starts_with_the_characters_read_from_it(bool other)
    {
        var firsts = DateRecognizer.StartFormsOf(other).Firsts.ToDictionary(f => f.Name, f => f.Firsts);
        foreach (var f in firsts.Values) Assert.False(f.Any);
        Assert.True(firsts["dmy"].Digit);
        Assert.Empty(firsts["dmy"].Chars);
        foreach (var name in firsts.Keys.Where(n => n != "dmy")) Assert.False(firsts[name].Digit, name);
        var months = (other ? DateVocabulary.MonthPattern : DateVocabulary.EnglishMonthPattern).Split('|').Select(m => m[0]).ToHashSet();
        Assert.Equal(months.OrderBy(c => c), firsts["mdy"].Chars.OrderBy(c => c));
        Assert.Equal(months.OrderBy(c => c), firsts["my"].Chars.OrderBy(c => c));
        Assert.Equal("BEFILMNSTUbefilmnstu", new string(firsts["mo"].Chars.OrderBy(c => c).ToArray()));
        Assert.Equal("BDEFILOSTUbdefilostu", new string(firsts["yr"].Chars.OrderBy(c => c).ToArray()));
        Assert.Equal("FLMNOSTWflnot", new string(firsts["wd"].Chars.OrderBy(c => c).ToArray()));
        Assert.Equal("CLNPTclnpt", new string(firsts["rel"].Chars.OrderBy(c => c).ToArray()));
        Assert.Equal("ETYety", new string(firsts["day"].Chars.OrderBy(c => c).ToArray()));
        if (!other) return;
        Assert.Equal("ADHadh", new string(firsts["dayf"].Chars.OrderBy(c => c).ToArray()));
        Assert.Equal("CDLcdl", new string(firsts["relf"].Chars.OrderBy(c => c).ToArray()));
        Assert.Contains('j', firsts["wdf"].Chars);
        Assert.Contains('C', firsts["wdf"].Chars);
    }

    [Fact]
    public void The_copies_choose_by_first_character()
    {
        var forms = DateRecognizer.StartFormsOf(true);
        Assert.Equal(new[] { "dmy" }, forms.At('3').Forms);
        Assert.Equal(new[] { "dmy" }, forms.At('\u0663').Forms);
        Assert.Equal(new[] { "mdy", "my", "mo", "wd", "wdf" }, forms.At('M').Forms);
        Assert.Equal(new[] { "mdy", "my", "wdf" }, forms.At('j').Forms);
        Assert.Equal(new[] { "mo", "yr" }, forms.At('i').Forms);
        Assert.Equal(new[] { "day" }, forms.At('Y').Forms);
        Assert.Equal(new[] { "dayf" }, forms.At('h').Forms);
        Assert.Same(forms.At('I'), forms.At('I'));
        // A character that starts no form: every form, which finds nothing there.
        Assert.Same(forms.All, forms.At('('));
        Assert.Same(forms.All, forms.At('\u00e9'));
        // The day-month form alone at a digit, no month form at a letter that starts none.
        Assert.True(forms.At('3').Form.Regex.Match("3 May 2024", 0).Success);
        Assert.False(forms.At('3').Form.Regex.Match("May 2024", 0).Success);
        Assert.False(forms.At('i').Form.Regex.Match("May 2024", 0).Success);
        Assert.True(forms.At('i').Form.Regex.Match("in 2024", 0).Success);
        Assert.True(forms.At('M').Form.Regex.Match("May 2024", 0).Success);
        Assert.True(forms.At('M').Form.Regex.Match("Monday", 0).Success);
        Assert.False(forms.At('j').Form.Regex.Match("Monday", 0).Success);
    }

    [Fact]
    public void First_characters_are_read_from_an_invented_pattern()
    {
        static string Chars(FirstChars f) => new(f.Chars.OrderBy(c => c).ToArray());
        // Zero-width parts leave the start to what follows; an optional or starred item adds what follows it.
        Assert.Equal("Sabx", Chars(FirstChars.Of(@"\b(?<![q])(?:a|b)?(?=z)[Sx]y")));
        Assert.Equal("abc", Chars(FirstChars.Of(@"\G(?<n>a+|b*c)")));
        Assert.Equal("abc", Chars(FirstChars.Of(@"(?:a){0,2}b|c\d")));
        Assert.Equal("a", Chars(FirstChars.Of(@"a{0")));
        Assert.Equal("-.", Chars(FirstChars.Of(@"\.|\-")));
        Assert.Equal("abc", Chars(FirstChars.Of(@"[a-c]")));
        Assert.Equal("-a", Chars(FirstChars.Of(@"[a-]")));
        var digit = FirstChars.Of(@"(?:\d{1,2}\s)?x");
        Assert.True(digit.Digit);
        Assert.True(digit.Holds('7'));
        Assert.True(digit.Holds('x'));
        Assert.False(digit.Holds('y'));
        Assert.False(digit.Any);
        // What the reader does not read is any character: \w, \s, \p{…}, a negated class, '.', an inline option, an empty match.
        foreach (var pattern in new[] { @"\w", @"\s+a", @"\p{L}", @"[^a]", ".", "(?i)a", "a?", @"\b", "[\\w]" })
        {
            Assert.True(FirstChars.Of(pattern).Any, pattern);
        }
    }

    [Fact]
    public void Uncaptured_leaves_the_groups_of_the_branches_after_the_never_alone()
    {
        // Invented: a top-level branch after "(?!)" loses its named groups, not its lookarounds, classes or escapes; the
        // other branches keep theirs, and a "|" inside a group, a class or after an escape splits no branch.
        Assert.Equal(@"(?<a>x|y)|(?!)(?:b(?:[|(]q)\|(?<=r)(?<!s)t)|(?<d>z)",
            DateRecognizer.Uncaptured(@"(?<a>x|y)|(?!)(?<b>b(?<c>[|(]q)\|(?<=r)(?<!s)t)|(?<d>z)"));
        Assert.Equal(new[] { "0", "a", "d" }, new Regex(DateRecognizer.Uncaptured(@"(?<a>x|y)|(?!)(?<b>b(?<c>[|(]q)\|(?<=r)(?<!s)t)|(?<d>z)")).GetGroupNames());
        Assert.Equal("(?!)(?:k)", DateRecognizer.Uncaptured("(?!)(?<k>k)"));
        Assert.Equal("(?<k>k)", DateRecognizer.Uncaptured("(?<k>k)"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_chosen_copy_finds_what_the_whole_form_finds_at_every_place(bool other)
    {
        var whole = new Regex(DateRecognizer.FormOf(other).ToString(), RegexOptions.CultureInvariant);
        var forms = DateRecognizer.StartFormsOf(other);
        var wholeGroups = DateRecognizer.GroupsOf(other);
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
                var actual = forms.At(text[at]).Form.Regex.Match(text, at);
                Assert.Equal((expected.Success, expected.Index, expected.Length), (actual.Success, actual.Index, actual.Length));
                if (!expected.Success) continue;
                matches++;
                // Each group as the recogniser reads it: by the whole form's numbers there, by the copy's here.
                var groups = forms.At(text[at]).Groups;
                foreach (var field in s_fields)
                {
                    Group e = expected.Groups[(int)field.GetValue(wholeGroups)!], a = actual.Groups[(int)field.GetValue(groups)!];
                    Assert.Equal((e.Success, e.Index, e.Length), (a.Success, a.Index, a.Length));
                }
            }
        }
        Assert.True(places > 10_000, places.ToString());
        Assert.True(matches > 200, matches.ToString());
    }
}
