using System.Text.RegularExpressions;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// The pairs of adjacent characters of a text (<see cref="CharPairs"/>), made at a text's second ask
/// and used by the literal prefilter (<see cref="RequiredText"/>) to skip the search of a string one
/// of whose pairs the text lacks: it never rules out a string the text holds, so the prefilter's
/// answers stay those of the searches alone.
/// </summary>
public class CharPairsTests
{
    [Fact]
    public void A_text_s_set_holds_every_literal_of_the_text_and_rules_out_one_with_a_pair_it_lacks()
    {
        const string text = "Minister Varelo toured the Kessin depot on Tuesday.";
        var set = new ulong[CharPairs.Words];
        CharPairs.Fill(text, set);
        foreach (var literal in new[] { "Varelo", "toured", "depot on", "y.", "Mi", " the " })
        {
            Assert.True(CharPairs.MayHold(set, CharPairs.BitsOf(literal)), literal);
        }
        Assert.False(CharPairs.MayHold(set, CharPairs.BitsOf("zq")));
        // A string of one character has no pair and is always searched.
        Assert.Null(CharPairs.BitsOf("q"));
        Assert.True(CharPairs.MayHold(set, CharPairs.BitsOf("q")));
    }

    [Fact]
    public void A_text_has_no_set_at_its_first_ask_one_at_its_second_and_none_after_four_other_texts()
    {
        // New strings (not literals the runtime shares), as sentences are.
        string Make(string s) => new string(s.ToCharArray());
        var first = Make("The Oskaran delegation met the Velish envoy.");
        Assert.Null(CharPairs.Of(first));
        var set = CharPairs.Of(first);
        Assert.NotNull(set);
        var expected = new ulong[CharPairs.Words];
        CharPairs.Fill(first, expected);
        Assert.Equal(expected, set!);
        // Asked again at once, the text gets the same set (the one given last, or its slot's), never written since.
        Assert.Same(set, CharPairs.Of(first));
        Assert.Equal(expected, set!);
        // An equal string that is another object is another text.
        Assert.Null(CharPairs.Of(Make(first)));
        // Four other texts, the first of them asked twice (its set is then the one given last): the first text is gone.
        var other = Make("Other sentence number 0.");
        CharPairs.Of(other);
        Assert.NotNull(CharPairs.Of(other));
        for (int i = 1; i < 4; i++) CharPairs.Of(Make("Other sentence number " + i + "."));
        Assert.Equal(expected, set!);
        Assert.Null(CharPairs.Of(first));
        Assert.Null(CharPairs.Of("a"));
        Assert.Null(CharPairs.Of("a"));
    }

    [Fact]
    public void The_prefilter_and_its_first_end_and_last_start_asked_again_and_again_of_texts_in_turn_answer_as_the_searches_alone()
    {
        var required = new[]
        {
            RequiredText.Of(new Regex(@"\b(?:met|meets)\b(?= with)", RegexOptions.CultureInvariant)),
            RequiredText.Of("(?:abc|abd|xy|Ünal|é|\u0000\u0100|q|zz|z\u00ff)", RegexOptions.None),
            RequiredText.Of("(?:visits?|trips?|tours?)", RegexOptions.None),
            RequiredText.Of("(?:week|month)(?:’s|'s)", RegexOptions.None),
        };
        var texts = InHouseSentences.All().Take(200)
            .Concat(new[] { "ab", "xabc", "Ünal", "a\u0000\u0100", "zz", "z\u00ff", "The month's end.", "He met with them." })
            .Select(t => new string(t.ToCharArray())).ToList();
        int may = 0, mayNot = 0;
        // Each text asked many times, and up to six texts in turn (more than the cache keeps).
        for (int window = 1; window <= 6; window++)
        {
            for (int from = 0; from + window <= texts.Count; from += window)
            {
                for (int round = 0; round < 3; round++)
                {
                    for (int k = from; k < from + window; k++)
                    {
                        var text = texts[k];
                        int step = Math.Max(1, text.Length / 4);
                        for (int start = 0; start <= text.Length; start += step)
                        {
                            int length = text.Length - start;
                            foreach (var r in required)
                            {
                                bool expected = r.Any!.Any(s => text.Substring(start, length).Contains(s, StringComparison.Ordinal));
                                Assert.Equal(expected, r.MayMatch(text, start, length));
                                if (expected) may++; else mayNot++;
                                // The first end by a limit and the last start from a place, as plain searches give them.
                                int firstEnd = int.MaxValue, lastStart = -1;
                                foreach (var s in r.Any!)
                                {
                                    if (s.Length <= start && text.IndexOf(s, 0, start, StringComparison.Ordinal) is var at && at >= 0) firstEnd = Math.Min(firstEnd, at + s.Length);
                                    if (text.LastIndexOf(s, StringComparison.Ordinal) is var last && last >= start) lastStart = Math.Max(lastStart, last);
                                }
                                Assert.Equal(firstEnd, r.FirstEnd(text, start));
                                Assert.Equal(lastStart, r.LastStart(text, start));
                            }
                        }
                    }
                }
            }
        }
        Assert.True(may > 1_000 && mayNot > 10_000, may + " / " + mayNot);
    }
}
