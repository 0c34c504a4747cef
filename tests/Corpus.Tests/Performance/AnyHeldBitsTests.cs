using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// <c>RequiredText.AnyHeld(text, accept)</c> walks the set bits of the text's answer (<see cref="LiteralPresence"/>) under
/// the requirement's masks and asks <c>accept</c> at each bit's string; <c>AnyHeldInTurn</c> (as it was first written) asks
/// each string in turn whose id the answer marks present. Both must answer alike, whatever the accept (one that refuses
/// all, one that accepts all, one by the string alone, one by the text and the string), for requirements whose ids fall in
/// one word of the answer or several, repeats among the strings included.
/// </summary>
public class AnyHeldBitsTests
{
    private static readonly string[] s_invented =
    {
        "Delegates of Vestria met the Tavelian envoy in Orvane; mardi, the Vestrie talks and Vestrian hierarchy",
        "the Orvanese and Orvane, Tavel and Tavelian officers on 3 mai",
        "",
        "Orvane",
    };

    private static readonly (string Name, Func<string, string, bool> Accept)[] s_accepts =
    {
        ("none", (_, _) => false),
        ("all", (_, _) => true),
        ("by the string", (_, word) => word.Length % 3 == 1 || word.StartsWith("T", StringComparison.Ordinal)),
        ("as a word", (text, word) =>
        {
            for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                int end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            }
            return false;
        }),
    };

    private static void AssertAlike(RequiredText required, IEnumerable<string> texts, ref int held, ref int byBits)
    {
        int maxId = required.LiteralIds!.Max();
        foreach (var original in texts)
        {
            // A string of its own, asked after the strings were registered: its answer covers them, so the bits answer.
            var text = new string(original.ToCharArray());
            if (LiteralPresence.Of(text) is { } made && made.Count > maxId) byBits++;
            foreach (var (name, accept) in s_accepts)
            {
                bool expected = required.AnyHeldInTurn(text, accept);
                Assert.True(expected == required.AnyHeld(text, accept), $"{name}: {string.Join("|", required.Any!)} in \"{text}\"");
                if (expected) held++;
            }
        }
    }

    [Fact]
    public void Walking_the_answers_bits_answers_as_asking_each_string_in_turn()
    {
        var sentences = InHouseSentences.All();
        sentences.AddRange(s_invented);
        var words = sentences.SelectMany(s => s.Split(' ', ',', '.', ';', '"')).Where(w => w.Length >= 3).Distinct().Take(400).ToList();
        words.AddRange(new[] { "Orvane", "Tavel", "mai", "Vestrie", "Orvane", "Tavel" });
        int held = 0, byBits = 0;
        AssertAlike(RequiredText.OfAny(words), sentences, ref held, ref byBits);
        AssertAlike(RequiredText.OfAny(new[] { "Orvane", "mai", "Tavel", "mai" }), sentences, ref held, ref byBits);
        var random = new Random(65);
        for (int round = 0; round < 50; round++)
        {
            var strings = RandomStrings.Texts(random, "abcd", random.Next(1, 150), 1, 4);
            var texts = RandomStrings.Texts(random, "abcde ", 30, 0, 30);
            AssertAlike(RequiredText.OfAny(strings), texts, ref held, ref byBits);
        }
        Assert.True(held > 1000 && byBits > 1000, $"{held} held, {byBits} texts answered by the bits");
    }
}
