using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using W = Corpus.Extraction.Recognise.PersonRecognizer.W;

namespace Corpus.Tests.Performance;

/// <summary>
/// The person recogniser reads a token's word lists as bits worked out once per text and once per sentence
/// (<c>PersonRecognizer.W</c>) where it looked the text up in each list: every bit must be what the list itself answers,
/// for the texts of in-house sentences and for invented ones (other cases, plurals, acronyms, punctuation), and a
/// sentence's table must answer for the recogniser that made it only.
/// </summary>
public class WordClassesTests
{
    // The lists as the recogniser asked them before the bits, written out here from the public vocabularies.
    private static List<(W Bit, Func<string, bool> InList)> Lists(ExtractionContext context)
    {
        var titles = context.Titles;
        var vocabulary = new HashSet<string>(titles.Heads, StringComparer.OrdinalIgnoreCase);
        foreach (var set in new[] { titles.Modifiers, Lexicon.OrganizationWords, Lexicon.CommonCapitalized, Lexicon.Months, Lexicon.Weekdays })
            vocabulary.UnionWith(set);
        var plural = new HashSet<string>(titles.Heads.Where(h => h.Length > 3 && !titles.Heads.Contains(h + "s")).Select(h => h + "s"), StringComparer.OrdinalIgnoreCase);
        var eventNouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "meeting", "meetings", "visit", "visits", "talks", "ceremony", "event", "during", "following", "after", "before", "when", "while",
            "at", "on", "in", "with", "met", "received", "said", "told",
        };
        static bool Acronym(string w) => w.Length >= 2 && w.Length <= 5 && w.All(c => char.IsUpper(c) || char.IsDigit(c));
        return new List<(W, Func<string, bool>)>
        {
            (W.Vocabulary, vocabulary.Contains), (W.Head, titles.Heads.Contains), (W.Modifier, titles.Modifiers.Contains),
            (W.OrganizationWord, Lexicon.OrganizationWords.Contains), (W.Common, Lexicon.CommonCapitalized.Contains),
            (W.Honorific, Lexicon.Honorifics.Contains), (W.HonorificTail, Lexicon.HonorificTails.Contains), (W.PluralHead, plural.Contains),
            (W.RankWord, titles.RankWords.Contains), (W.Connector, Lexicon.Connectors.Contains), (W.NameParticle, Lexicon.NameParticles.Contains),
            (W.PostNominal, Lexicon.PostNominals.Contains), (W.NamePrefix, Lexicon.NamePrefixes.Contains),
            (W.OrganizationHead, Lexicon.OrganizationHeads.Contains), (W.OccasionHead, Lexicon.OccasionHeads.Contains),
            (W.PlaceHead, Lexicon.PlaceHeads.Contains), (W.Weekday, Lexicon.Weekdays.Contains), (W.Month, Lexicon.Months.Contains),
            (W.Style, Lexicon.Styles.Contains), (W.NameAbbreviation, Lexicon.NameAbbreviations.Contains), (W.MononymHead, Lexicon.MononymHeads.Contains),
            (W.Acronym, Acronym), (W.EventNoun, eventNouns.Contains), (W.City, context.Cities.ContainsKey),
        };
    }

    private static uint Expected(List<(W Bit, Func<string, bool> InList)> lists, string text)
    {
        uint bits = 0;
        foreach (var (bit, inList) in lists) if (inList(text)) bits |= (uint)bit;
        return bits;
    }

    // Texts that sit on the lists' edges: every word of the lists in its own case, upper case, lower case, title case,
    // with an "s" and without its last letter; invented acronyms, digits, punctuation, letters outside ASCII.
    private static IEnumerable<string> InventedTexts(ExtractionContext context)
    {
        var words = context.Titles.Heads.Concat(context.Titles.Modifiers).Concat(context.Titles.RankWords).Concat(Lexicon.OrganizationWords)
            .Concat(Lexicon.CommonCapitalized).Concat(Lexicon.Honorifics).Concat(Lexicon.HonorificTails).Concat(Lexicon.Connectors)
            .Concat(Lexicon.NameParticles).Concat(Lexicon.PostNominals).Concat(Lexicon.NamePrefixes).Concat(Lexicon.OrganizationHeads)
            .Concat(Lexicon.OccasionHeads).Concat(Lexicon.PlaceHeads).Concat(Lexicon.Weekdays).Concat(Lexicon.Months).Concat(Lexicon.Styles)
            .Concat(Lexicon.NameAbbreviations).Concat(Lexicon.MononymHeads).Concat(context.Cities.Keys.Take(300)).Distinct().ToList();
        foreach (var w in words)
        {
            yield return w;
            yield return w.ToUpperInvariant();
            yield return w.ToLowerInvariant();
            if (w.Length > 0) yield return char.ToUpperInvariant(w[0]) + w.Substring(1).ToLowerInvariant();
            yield return w + "s";
            if (w.Length > 1) yield return w.Substring(0, w.Length - 1);
        }
        foreach (var t in new[] { "A", "AB", "ABCDE", "ABCDEF", "AB1", "12", "A-B", "MoD", "Ab", "ÉTAT", "Ülkü", ",", ".", "-", "’", "'", "(", ")", "the", "The", "Vorsk", "Quaestor" })
            yield return t;
    }

    [Fact]
    public void The_bits_of_every_text_are_the_answers_of_the_lists_themselves()
    {
        var context = ExtractionContext.For(Gazetteer.Default);
        var lists = Lists(context);
        var texts = InHouseSentences.All().SelectMany(s => Tokenizer.Tokenize(s)).Select(t => t.Text).Concat(InventedTexts(context)).Distinct().ToList();
        Assert.True(texts.Count > 3000);
        var seen = new HashSet<W>();
        foreach (var text in texts)
        {
            uint expected = Expected(lists, text);
            Assert.True(expected == context.People.WordClassesOf(text), $"{text}: {(W)expected} expected, {(W)context.People.WordClassesOf(text)} read");
            foreach (var (bit, _) in lists) if ((expected & (uint)bit) != 0) seen.Add(bit);
        }
        // Every list is met by some text, so that no bit goes untested.
        Assert.Equal(lists.Count, seen.Count);
    }

    [Fact]
    public void A_sentence_s_table_gives_its_tokens_bits_and_answers_for_the_recogniser_that_made_it_only()
    {
        // An invented office that only the second gazetteer's titles know.
        var plain = ExtractionContext.For(Gazetteer.Default);
        var withTitle = ExtractionContext.For(Gazetteer.Default with { Titles = new[] { "Grand Quaestor" }.ToEquatableArray() });
        var tokens = Tokenizer.Tokenize("Grand Quaestor Tomas Vell met Defence Minister Ana Dosk in Vandor on Monday.");
        int quaestor = tokens.FindIndex(t => t.Text == "Quaestor");
        plain.People.Find("Grand Quaestor Tomas Vell met Defence Minister Ana Dosk in Vandor on Monday.", tokens, _ => false, _ => false);
        for (int i = 0; i < tokens.Count; i++)
        {
            Assert.Equal(plain.People.WordClassesOf(tokens[i].Text), plain.People.WordClassesAt(tokens, i));
            Assert.Equal(withTitle.People.WordClassesOf(tokens[i].Text), withTitle.People.WordClassesAt(tokens, i));
        }
        Assert.Equal(0u, plain.People.WordClassesAt(tokens, quaestor) & (uint)W.Head);
        Assert.NotEqual(0u, withTitle.People.WordClassesAt(tokens, quaestor) & (uint)W.Head);
        // The second recogniser's people are those it finds on tokens no other recogniser has read.
        var fresh = Tokenizer.Tokenize("Grand Quaestor Tomas Vell met Defence Minister Ana Dosk in Vandor on Monday.");
        var afterOther = withTitle.People.Find("Grand Quaestor Tomas Vell met Defence Minister Ana Dosk in Vandor on Monday.", tokens, _ => false, _ => false);
        var alone = withTitle.People.Find("Grand Quaestor Tomas Vell met Defence Minister Ana Dosk in Vandor on Monday.", fresh, _ => false, _ => false);
        Assert.Equal(alone.Select(p => (p.Name, p.Title?.Title)), afterOther.Select(p => (p.Name, p.Title?.Title)));
        Assert.Contains(alone, p => p.Name == "Tomas Vell" && p.Title?.Head == "quaestor");
    }

    [Fact]
    public void The_people_of_every_in_house_sentence_are_the_same_whichever_list_carries_its_tokens()
    {
        // Each list gets its own table of bits: a table kept for one list must never answer for another.
        var context = ExtractionContext.For(Gazetteer.Default);
        int withPeople = 0;
        foreach (var sentence in InHouseSentences.All())
        {
            var tokens = Tokenizer.Tokenize(sentence);
            var copy = new List<Token>(tokens);
            var a = context.People.Find(sentence, tokens, _ => false, _ => false);
            var b = context.People.Find(sentence, copy, _ => false, _ => false);
            Assert.Equal(a.Select(p => p.ToString()), b.Select(p => p.ToString()));
            if (a.Count > 0) withPeople++;
        }
        Assert.True(withPeople > 100);
    }
}
