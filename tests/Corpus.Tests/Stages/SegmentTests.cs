using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;

namespace Corpus.Tests.Stages;

public class SegmentTests
{
    [Fact]
    public void Sentences_carry_line_and_column()
    {
        var sentences = Segmenter.Split("First one. Second one.\n\nThird on line three.");
        Assert.Equal(3, sentences.Count);
        Assert.Equal((1, 1), (sentences[0].Line, sentences[0].Column));
        Assert.Equal((1, 12), (sentences[1].Line, sentences[1].Column));
        Assert.Equal((3, 1), (sentences[2].Line, sentences[2].Column));
        Assert.Equal("Second one.", sentences[1].Text);
    }

    // One definition of a line that ends as prose, read by the Resolve stage (the article's headline) and the Events stage
    // (the headline among an occasion's tellings, a lead that may date its occasion).
    [Theory]
    [InlineData("The ministers met in Kelm on Monday.", true)]
    [InlineData("\"We will train together,\" the general said.\"", true)]
    [InlineData("The talks ended (as planned.)", true)]
    [InlineData("Did the ministers meet?  ", true)]
    [InlineData("Ministers Meet In Kelm", false)]
    [InlineData("Veska and Ostria sign a pact: officials", false)]
    [InlineData("The programme included:", false)]
    [InlineData("", false)]
    public void A_line_ends_as_a_sentence_by_its_last_mark_before_closing_quotes(string text, bool expected)
        => Assert.Equal(expected, TextTools.EndsAsSentence(text));

    // One definition of a name standing in a text as a whole word, read by the Events stage (a place named in a sentence, an
    // office's body in a title, an occasion's name in its telling): no letter and no digit right before or after it.
    [Theory]
    [InlineData("The ministers met in Kelm on Monday.", "Kelm", true)]
    [InlineData("Kelm hosted the talks.", "Kelm", true)]
    [InlineData("The talks were held in Kelm", "Kelm", true)]
    [InlineData("Kelm", "Kelm", true)]
    [InlineData("The Kelm-based unit left.", "Kelm", true)]
    [InlineData("Kelm's navy chief spoke.", "Kelm", true)]
    [InlineData("(Kelm) and \"Kelm\".", "Kelm", true)]
    [InlineData("They met at Port Kelm, Ostria.", "Port Kelm", true)]
    [InlineData("The officers left Kelmfield.", "Kelm", false)]
    [InlineData("The officers left Nordkelm.", "kelm", false)]
    [InlineData("Brigade Kelm2 and 2Kelm paraded.", "Kelm", false)]
    [InlineData("Units of Kelmé and éKelm paraded.", "Kelm", false)]
    [InlineData("Units of Kelmş paraded.", "Kelm", false)]
    // The French "à" glued to a capitalised name, the space lost in a copy, is an edge of the name (the fifty-fifth round);
    // not inside a word ("voilà") nor before a small letter.
    [InlineData("Le général a été reçu àKelm lundi.", "Kelm", true)]
    [InlineData("àKelm", "Kelm", true)]
    [InlineData("Le colonel dit voilàKelm.", "Kelm", false)]
    [InlineData("Le colonel parla àkelm.", "kelm", false)]
    [InlineData("They met at Port Kelmer.", "Port Kelm", false)]
    [InlineData("kelm", "Kelm", false)]
    public void A_name_stands_as_a_whole_word_with_no_letter_or_digit_at_its_edges(string text, string word, bool expected)
    {
        Assert.Equal(expected, TextTools.NamesAsWholeWord(text, word));
        Assert.Equal(expected, TextTools.WholeWordPositions(text, word).Any());
    }

    [Fact]
    public void Whole_word_positions_skip_the_occurrences_inside_longer_words_and_keep_the_others_in_order()
    {
        const string text = "Kelmfield, Kelm, 3Kelm and Kelm";
        Assert.Equal(new[] { 11, 27 }, TextTools.WholeWordPositions(text, "Kelm").ToArray());
        Assert.True(TextTools.StandsAsWholeWord(text, 27, 4));
        Assert.False(TextTools.StandsAsWholeWord(text, 0, 4));
        Assert.False(TextTools.StandsAsWholeWord(text, 18, 4));
        Assert.True(TextTools.StandsAsWholeWord(text, 0, 9));
    }

    [Theory]
    [InlineData("Commander-in-Chief Gen. Vong Pisen met him.")]
    [InlineData("He studied at the Daniel K. Inouye Center in Honolulu.")]
    [InlineData("The U.S. Navy arrived.")]
    [InlineData("The corvette was received by Navy chief Vice Adm. Jose Ma. Santos on Monday.")]
    [InlineData("The meeting was chaired by Pol. Gen. Anan Wongsa.")]
    [InlineData("During the visit, Admiral Tevita Lolo called on Hon. Prime Minister, Sione Vaea, and the army chief.")]
    [InlineData("The Rt. Hon. Mele Tupou greeted the navy chief.")]
    // The sixty-seventh round: the French courtesy "Mme." before a name.
    [InlineData("Il a reçu l'ambassadrice du Niger Mme. Ana Dosk à Kelm.")]
    public void Abbreviations_and_initials_do_not_end_a_sentence(string text)
        => Assert.Single(Segmenter.Split(text));

    // A run of dotted initials before a capitalised word continues the sentence, as a single initial does; before a
    // word that opens a sentence ("The", "He") or at a paragraph's end it ends one.
    [Theory]
    [InlineData("Minister Kel Arlo received General Tomas E.O. Vesk on a visit to Kelm.")]
    [InlineData("The pact was signed by Brigadier T.R.K. Dosk, and a number of officers.")]
    public void A_run_of_dotted_initials_before_a_name_ends_no_sentence(string text)
        => Assert.Single(Segmenter.Split(text));

    [Theory]
    [InlineData("The cadets trained with the K.N.F. The drill ended on Monday.", "The cadets trained with the K.N.F.")]
    [InlineData("The frigate sailed with the O.R.N. He thanked the crew.", "The frigate sailed with the O.R.N.")]
    public void A_run_of_dotted_initials_before_a_sentence_opening_word_ends_the_sentence(string text, string first)
    {
        var sentences = Segmenter.Split(text);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(first, sentences[0].Text);
    }

    [Fact]
    public void A_closing_quote_stays_with_its_sentence()
    {
        var sentences = Segmenter.Split("“We are ready.” He said so.");
        Assert.Equal("“We are ready.”", sentences[0].Original);
    }

    [Fact]
    public void Tokens_split_words_and_punctuation()
    {
        var tokens = Tokenizer.Tokenize("Cambodia’s Ülkü Jung-wook.");
        Assert.Equal(new[] { "Cambodia", "’", "s", "Ülkü", "Jung", "-", "wook", "." }, tokens.Select(t => t.Text));
        Assert.True(tokens[3].IsCapitalized);
    }

    [Fact]
    public void A_word_that_only_ends_like_a_style_still_ends_a_sentence()
        => Assert.Equal(2, Segmenter.Split("The cadets ran a marathon. Admiral Tevita Lolo met them.").Count);

    [Theory]
    [InlineData("Talks ended on Monday.In a meeting with the minister, he spoke.", "Talks ended on Monday.")]
    [InlineData("The two sides agreed on a plan with Deputy Minister Ito.Deputy Minister Ito thanked him.", "The two sides agreed on a plan with Deputy Minister Ito.")]
    public void A_full_stop_glued_to_the_next_capitalised_word_ends_a_sentence(string text, string first)
    {
        var sentences = Segmenter.Split(text);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(first, sentences[0].Text);
    }

    [Theory]
    [InlineData("He visited the U.S.Army base.")]
    [InlineData("See example.com.Then nothing.")]
    public void Glued_abbreviations_and_domains_stay_one_sentence(string text)
        => Assert.Single(Segmenter.Split(text));

    [Theory]
    [InlineData("Two ministers meet in Vientiane. (Photo: Lao News) Vientiane (Lao News) – The ministers met on Monday.", "(Photo: Lao News)", "Vientiane (Lao News) – The ministers met on Monday.")]
    [InlineData("(Source: Lao News) The ministers met on Monday.", "(Source: Lao News)", "The ministers met on Monday.")]
    public void A_credit_in_brackets_before_a_sentence_is_a_sentence_of_its_own(string text, string credit, string report)
    {
        var sentences = Segmenter.Split(text).Select(x => x.Original).ToList();
        Assert.Contains(credit, sentences);
        Assert.Equal(report, sentences[sentences.Count - 1]);
    }

    [Theory]
    [InlineData("Guests at the talks (Photo: Ostria News)Kelm (Ostria News) – General Aro Venn met his Veskian counterpart on Monday.", "Guests at the talks (Photo: Ostria News)", "Kelm (Ostria News) – General Aro Venn met his Veskian counterpart on Monday.")]
    [InlineData("The two delegations (Source: Lao News)Vientiane – The ministers met on Monday.", "The two delegations (Source: Lao News)", "Vientiane – The ministers met on Monday.")]
    public void A_credit_glued_to_the_next_capitalised_word_ends_the_caption_before_it(string text, string caption, string report)
        => Assert.Equal(new[] { caption, report }, Segmenter.Split(text).Select(x => x.Original));

    [Theory]
    [InlineData("The ministers met on Monday (Photo: Lao News) in Vientiane.")]
    [InlineData("The ministers met on Monday (Photo: Lao News)in Vientiane.")]
    [InlineData("The ministers met on Monday (Photographers waited)Then they left.")]
    public void A_credit_inside_a_sentence_with_a_space_or_a_small_letter_after_it_stays_in_the_sentence(string text)
        => Assert.Single(Segmenter.Split(text));

    [Theory]
    [InlineData("(Photographers waited outside) The ministers met on Monday.")]
    [InlineData("(Photo: Lao News)")]
    public void Other_brackets_and_a_credit_alone_stay_whole(string text)
        => Assert.Single(Segmenter.Split(text));

    [Theory]
    [InlineData("date 2023-04-27 On 14 April, the ministers met in Vientiane.", "date 2023-04-27", "On 14 April, the ministers met in Vientiane.")]
    [InlineData("Published: 2023-04-27 The ministers met on Monday.", "Published: 2023-04-27", "The ministers met on Monday.")]
    [InlineData("  2023-04-27   The ministers met on Monday.", "2023-04-27", "The ministers met on Monday.")]
    [InlineData("date 2031-06 Kelm (Ostria News) - The ministers met on Monday.", "date 2031-06", "Kelm (Ostria News) - The ministers met on Monday.")]
    [InlineData(" Published: 2031-06   Le ministre a reçu lundi son homologue.", "Published: 2031-06", "Le ministre a reçu lundi son homologue.")]
    public void A_date_stamp_opening_a_paragraph_is_a_sentence_of_its_own(string text, string stamp, string report)
    {
        var sentences = Segmenter.Split(text);
        Assert.Equal(new[] { stamp, report }, sentences.Select(x => x.Text));
        Assert.Equal(text.IndexOf(report, StringComparison.Ordinal) + 1, sentences[1].Column);
    }

    [Theory]
    [InlineData("The date 2023-04-27 was set for the talks.")]
    [InlineData("date 2023-04-27")]
    [InlineData("date 2023-4-27 The ministers met on Monday.")]
    [InlineData("dated 2023-04-27 The ministers met on Monday.")]
    [InlineData("2031-06 The ministers met on Monday.")]
    [InlineData("date 2031-13 The ministers met on Monday.")]
    [InlineData("date 2031-06-1 The ministers met on Monday.")]
    [InlineData("date 2031-06")]
    [InlineData("The date 2031-06 was set for the talks.")]
    public void Other_iso_dates_and_a_stamp_alone_stay_whole(string text)
        => Assert.Single(Segmenter.Split(text));

    // The sentence a stamp makes on its own is told apart, so the lede is sought after it (EngagementBuilder.Lede).
    [Theory]
    [InlineData("date 2031-06", true)]
    [InlineData("date 2031-06-05", true)]
    [InlineData(" Published: 2031-06 ", true)]
    [InlineData("date 2031-06 Kelm (Ostria News) - The ministers met on Monday.", false)]
    [InlineData("2031-06", false)]
    [InlineData("The date 2031-06 was set.", false)]
    [InlineData("date 2031-6", false)]
    public void A_date_stamp_alone_is_told_apart(string sentence, bool alone)
        => Assert.Equal(alone, Segmenter.IsStampAlone(sentence));

    // A stamp of day, month and year glued to a character of [stamp-glue] ("26 April 2023_"), at a paragraph's start or after an
    // ISO stamp, is a sentence of its own when more text follows it.
    [Theory]
    [InlineData("26 April 2023_ On 25 April 2023, the ministers met in Vientiane.", "26 April 2023_|On 25 April 2023, the ministers met in Vientiane.")]
    [InlineData("date 2023-04-27 26 April 2023_ On 25 April 2023, the ministers met.", "date 2023-04-27|26 April 2023_|On 25 April 2023, the ministers met.")]
    [InlineData("  3 Sept. 2023_ The ministers met on Monday.", "3 Sept. 2023_|The ministers met on Monday.")]
    public void A_day_month_year_stamp_glued_to_an_underscore_is_a_sentence_of_its_own(string text, string expected)
        => Assert.Equal(expected.Split('|'), Segmenter.Split(text).Select(x => x.Text));

    [Theory]
    [InlineData("26 April 2023 On 25 April 2023, the ministers met in Vientiane.")]
    [InlineData("26 April_ On 25 April 2023, the ministers met in Vientiane.")]
    [InlineData("26 Aprilis 2023_ The ministers met on Monday.")]
    [InlineData("The ministers met on 26 April 2023_ in Vientiane.")]
    [InlineData("26 April 2023_")]
    public void Other_day_month_year_dates_stay_in_their_sentence(string text)
        => Assert.Single(Segmenter.Split(text));

    // "Engr." (an engineer's style, lexicon.tsv honorifics) ends no sentence.
    [Fact]
    public void An_engineers_style_ends_no_sentence()
        => Assert.Single(Segmenter.Split("The talks were opened by Engr. Kel Arlo, the executive secretary."));
}
