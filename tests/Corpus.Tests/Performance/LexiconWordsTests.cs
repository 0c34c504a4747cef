using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// The tokenizer gives each token the id of its word among the lexicon's words (<see cref="LexiconWords"/>), and the
/// person recogniser reads a token's word lists by that id instead of asking each list about the token's text: every
/// answer by id must be the list's own <c>Contains(token.Text)</c>, for every token of the in-house sentences and of
/// invented ones, for the built-in title words and for those a corpus adds.
/// </summary>
public class LexiconWordsTests
{
    private static readonly (HashSet<string> Set, LexiconWords.Class Class)[] s_lists =
    {
        (Lexicon.Honorifics, LexiconWords.Class.Honorific),
        (Lexicon.HonorificTails, LexiconWords.Class.HonorificTail),
        (Lexicon.CommonCapitalized, LexiconWords.Class.CommonCapitalized),
        (Lexicon.OrganizationWords, LexiconWords.Class.OrganizationWord),
        (Lexicon.Connectors, LexiconWords.Class.Connector),
    };

    // Invented sentences: words of the lists in other cases, plurals, punctuation of every kind, letters outside ASCII.
    private static readonly string[] s_invented =
    {
        "DEPUTY DEFENCE MINISTER Kel Varo of the Vandor Navy met Ministers and counterparts in Port Mira on Tuesday.",
        "Gen. Arlo Dosk, chief of the joint staff, and Lt Gen Mira Tan Sri Kabul attended the Forum’s opening.",
        "Dato' Seri Ankor Vell (MoD) said: «the Harbour Warden’s office — and the wardens — will meet in Zürich».",
        "H.E. Sheikh Oran bin Talo, Minister of State for Defence Affairs, received the U.S. delegation; 𝒜 mark.",
        "the minister of the interior and THE Secretary-General of the council… visits, talks, and a ceremony",
    };

    private static IEnumerable<Token> AllTokens()
        => InHouseSentences.All().Concat(s_invented).SelectMany(Tokenizer.Tokenize);

    [Fact]
    public void A_word_of_the_lexicon_has_one_id_in_every_case_and_a_word_of_no_list_has_none()
    {
        var upper = Tokenizer.Tokenize("MINISTER")[0];
        var lower = Tokenizer.Tokenize("minister")[0];
        Assert.True(upper.WordId >= 0);
        Assert.Equal(upper.WordId, lower.WordId);
        Assert.Equal(-1, Tokenizer.Tokenize("Zorbelkan")[0].WordId);
        Assert.Equal(-1, Tokenizer.Tokenize(",")[0].WordId);
        Assert.Equal(-1, default(Token).WordId);
        Assert.Equal(-1, new Token(0, 8, "minister", true).WordId);
        Assert.Equal("minister", LexiconWords.Word(lower.WordId), StringComparer.OrdinalIgnoreCase);
        Assert.True(LexiconWords.Is(Tokenizer.Tokenize("Sheikh")[0], LexiconWords.Class.Honorific));
        Assert.False(LexiconWords.Is(Tokenizer.Tokenize("Sheikh")[0], LexiconWords.Class.Connector));
        Assert.True(LexiconWords.Is(Tokenizer.Tokenize("OF")[0], LexiconWords.Class.Connector));
        Assert.False(LexiconWords.Is(Tokenizer.Tokenize("Zorbelkan")[0], LexiconWords.Class.Honorific | LexiconWords.Class.Connector));
    }

    [Fact]
    public void Every_token_s_word_lists_read_by_id_are_the_lists_own_answers()
    {
        int tokens = 0, inSome = 0;
        foreach (var token in AllTokens())
        {
            tokens++;
            Assert.Equal(LexiconWords.IdOf(token.Text), token.WordId);
            bool any = false;
            foreach (var (set, cls) in s_lists)
            {
                bool expected = set.Contains(token.Text);
                Assert.True(expected == LexiconWords.Is(token, cls), $"{token.Text}: {cls}");
                any |= expected;
            }
            if (any) inSome++;
        }
        Assert.True(tokens > 10_000, $"{tokens} tokens");
        Assert.True(inSome > 1_000, $"{inSome} tokens in a list");
    }

    [Fact]
    public void A_recogniser_s_own_sets_read_by_id_answer_as_the_sets_also_for_words_a_corpus_adds()
    {
        var builtin = TitleWords.Builtin;
        // "Warden" and "Harbour" are no words of the lexicon: a corpus that adds the title gives its sets words without an id.
        var added = TitleWords.With(new[] { "Harbour Warden", "Senior Zorbelkan" }, Array.Empty<(string[], string)>());
        Assert.Equal(-1, Tokenizer.Tokenize("Warden")[0].WordId);
        Assert.True(added.HeadsById.Contains(Tokenizer.Tokenize("WARDEN")[0]));
        Assert.False(builtin.HeadsById.Contains(Tokenizer.Tokenize("Warden")[0]));
        Assert.True(added.HeadsById.Contains(Tokenizer.Tokenize("zorbelkan")[0]));
        Assert.False(added.ModifiersById.Contains(Tokenizer.Tokenize("zorbelkan")[0]));
        var plurals = new HashSet<string>(added.Heads.Select(h => h + "s"), StringComparer.OrdinalIgnoreCase);
        var pluralsById = new LexiconWords.ById(plurals);
        foreach (var token in AllTokens().Concat(Tokenizer.Tokenize("Harbour Wardens and a zorbelkan warden")))
        {
            foreach (var titles in new[] { builtin, added })
            {
                Assert.True(titles.Heads.Contains(token.Text) == titles.HeadsById.Contains(token), $"head {token.Text}");
                Assert.True(titles.Modifiers.Contains(token.Text) == titles.ModifiersById.Contains(token), $"modifier {token.Text}");
            }
            Assert.True(plurals.Contains(token.Text) == pluralsById.Contains(token), $"plural {token.Text}");
        }
    }

    [Fact]
    public void A_set_that_compares_as_written_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new LexiconWords.ById(new HashSet<string>(new[] { "Gen" }, StringComparer.Ordinal)));
    }
}
