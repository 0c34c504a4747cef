using System.Text.RegularExpressions;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// The blocs' names (<c>events.tsv</c> [blocs]) are expressions that ignore case, which the required-text prefilter does not
/// read; <see cref="EventVocabulary.BlocMembers"/> skips a bloc whose required strings the window around the trigger lacks in
/// every case, when the window is ASCII. Its answers are those of the expressions run on every window.
/// </summary>
public class BlocPrefilterTests
{
    // BlocMembers as it was: every bloc's expression run over the window; the row found, or -1.
    private static int Plain(string sentence, int index, int end)
    {
        int start = Math.Max(0, index - 80), stop = Math.Min(sentence.Length, end + 20);
        var blocs = EventVocabulary.Blocs;
        for (int i = 0; i < blocs.Count; i++)
        {
            for (var m = blocs[i].Name.Match(sentence, start, stop - start); m.Success; m = m.NextMatch())
            {
                if (m.Index > index || end > m.Index + m.Length) continue;
                return i;
            }
        }
        return -1;
    }

    [Fact]
    public void Every_bloc_has_ascii_required_strings_so_its_prefilter_is_used()
    {
        var blocs = EventVocabulary.Blocs;
        Assert.NotEmpty(blocs);
        foreach (var (name, required) in blocs)
        {
            Assert.True(required is { Length: > 0 }, "no required text for " + name);
            Assert.All(required!, s => Assert.All(s, c => Assert.True(c < 128)));
        }
    }

    [Fact]
    public void The_prefilter_says_no_only_where_the_expression_finds_nothing()
    {
        var texts = InHouseSentences.All();
        texts.AddRange(new[]
        {
            "The asean defence ministers' meeting opened in Vesk on Monday.",
            "Ministers met at the ADMM in Kelm, and again at the admm-Plus.",
            "The Ostria-ASEAN Commemorative SUMMIT was held last week.",
            "Generals gathered for the ASEAN Chiefs of Defense Forces' Meeting (ACDFM-21) in Arlo.",
            "Delegates met at the Aséan summit in Dosk.",
            "The \u212Aelm talks and the asean summit were held together.",
            "No bloc is named in this sentence about a meeting.",
        });
        int windows = 0, skipped = 0;
        foreach (var text in texts)
        {
            for (int start = 0; start < text.Length; start += 7)
            {
                for (int stop = start; stop <= text.Length; stop += 23)
                {
                    foreach (var (name, required) in EventVocabulary.Blocs)
                    {
                        windows++;
                        if (EventVocabulary.BlocMayMatch(required, text, start, stop)) continue;
                        skipped++;
                        Assert.False(name.Match(text, start, stop - start).Success, name + " in " + text.Substring(start, stop - start));
                    }
                }
            }
        }
        Assert.True(skipped > windows / 2, $"{skipped} of {windows} skipped");
    }

    [Fact]
    public void BlocMembers_answers_as_every_expression_run_on_the_window()
    {
        var texts = InHouseSentences.All();
        texts.AddRange(new[]
        {
            "The asean defence ministers' meeting opened in Vesk on Monday.",
            "Ministers met at the ADMM meeting in Kelm, and again at the admm-Plus meeting.",
            "The Ostria-ASEAN Commemorative SUMMIT meeting was held last week.",
            "Generals gathered for the ASEAN Chiefs of Defense Forces' Meeting (ACDFM-21) in Arlo.",
            "Delegates met at the Aséan summit meeting in Dosk.",
        });
        int found = 0;
        foreach (var text in texts)
        {
            foreach (Match word in Regex.Matches(text, @"\b(?:meetings?|summit|conference)\b", RegexOptions.IgnoreCase))
            {
                var members = EventVocabulary.BlocMembers(text, word.Index, word.Index + word.Length, out int row);
                Assert.Equal(Plain(text, word.Index, word.Index + word.Length), row);
                Assert.Equal(row >= 0, members is not null);
                if (row >= 0) found++;
            }
        }
        Assert.True(found >= 4, found + " blocs found");
    }
}
