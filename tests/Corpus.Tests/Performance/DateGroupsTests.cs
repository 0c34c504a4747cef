using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Recognise;

namespace Corpus.Tests.Performance;

/// <summary>
/// The date recogniser reads a match's groups by number (<see cref="DateRecognizer.DateGroups"/>, read once for each form of
/// the pattern), not by name, which looks the name up at every read: each number must name the group the name does, in the
/// form the search ran, so that every date read stays the same.
/// </summary>
public class DateGroupsTests
{
    // Invented sentences with every form of the pattern, in English and French, and none.
    private static readonly string[] s_invented =
    {
        "General Ilse Morrow visited Orvane on March 4, 2024 and left on March 6-8, 2024.",
        "The talks of 3 to 5 May 2023 followed those of 12 June.",
        "The drills ran in October 2021 and again in early November.",
        "The base has trained crews since 2019, and the delegation came on Monday and Tuesday.",
        "Last year the navies met; this week and next month they meet again, yesterday's talks aside.",
        "Le ministre vestrien est arrivé jeudi dernier, la semaine dernière, et repart demain; l'an prochain aussi.",
        "Hier, les 23 et 24 août 2022, puis ce jeudi.",
        "No date stands here.",
    };

    private static IEnumerable<string> Texts() => s_invented.Concat(InHouseSentences.All());

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Each_number_is_the_number_of_its_name_in_the_form(bool other)
    {
        var groups = DateRecognizer.GroupsOf(other);
        var form = new Regex(DateRecognizer.FormOf(other).ToString(), RegexOptions.CultureInvariant);
        var fields = typeof(DateRecognizer.DateGroups).GetFields(BindingFlags.Public | BindingFlags.Instance);
        Assert.Equal(33, fields.Length);
        foreach (var field in fields)
        {
            string name = char.ToLowerInvariant(field.Name[0]) + field.Name.Substring(1);
            Assert.Equal(form.GroupNumberFromName(name), (int)field.GetValue(groups)!);
        }
        // The other languages' groups are in the whole form only.
        Assert.Equal(other, groups.Wdf >= 0);
        Assert.Equal(other, groups.Dayf >= 0);
        Assert.True(groups.Mdy > 0 && groups.Dwordf != groups.Mdy);
    }

    [Fact]
    public void A_group_read_by_number_is_the_group_read_by_name_in_every_match()
    {
        var fields = typeof(DateRecognizer.DateGroups).GetFields(BindingFlags.Public | BindingFlags.Instance);
        int matches = 0;
        foreach (var text in Texts())
        {
            bool other = DateRecognizer.MayHoldOtherWords(text);
            var groups = DateRecognizer.GroupsOf(other);
            foreach (var m in DateRecognizer.DateMatches(text))
            {
                matches++;
                foreach (var field in fields)
                {
                    string name = char.ToLowerInvariant(field.Name[0]) + field.Name.Substring(1);
                    var byName = m.Groups[name];
                    var byNumber = m.Groups[(int)field.GetValue(groups)!];
                    Assert.Equal((byName.Success, byName.Index, byName.Length, byName.Value), (byNumber.Success, byNumber.Index, byNumber.Length, byNumber.Value));
                }
            }
        }
        Assert.True(matches > 20, matches.ToString());
    }

    [Fact]
    public void The_invented_dates_are_read()
    {
        var found = s_invented.Select(s => DateRecognizer.Find(s).Count).ToArray();
        Assert.True(found[0] >= 2, found[0].ToString());
        Assert.True(found[5] >= 2, found[5].ToString());
        Assert.Equal(0, found[^1]);
    }
}
