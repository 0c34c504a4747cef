using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Stages;

/// <summary>
/// Typographic punctuation (docs/extraction-rounds.md, "Typographic punctuation"): curly quotes and apostrophes, en and em
/// dashes, no-break and thin spaces behave in every stage as their ASCII forms (Text/Typography.cs, folded once by
/// the Segment stage), and the evidence keeps the article's own characters. Each case is a pair: the typographic
/// text gives what its ASCII form gives, and a typographic character that is no ASCII form of the vocabulary's
/// (a closing double quote for an apostrophe) matches nothing the ASCII text would not.
/// </summary>
public class TypographyTests
{
    private static readonly Gazetteer s_cambodian = Gazetteer.Default with { Home = "KH" };

    private static ArticleSource Source(string text) => new("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text));

    private static ReadArticle Read(string text)
        => ArticleReader.Read(Source(text), SidecarReader.Read("/c/a.yaml", "a", "published: 2023-04-27\n"));

    private static RecognisedSentence Recognised(string sentence)
        => ArticleRecognizer.Recognise(Segmenter.Segment(Read(sentence)), s_cambodian).Sentences.Single();

    private static ArticleFacts Extract(string text)
        => ArticleExtractor.Extract(Source(text), SidecarReader.Read("/c/a.yaml", "a", "published: 2023-04-27\n"), s_cambodian, curation: false);

    private static string Summary(ArticleFacts facts)
        => string.Join(" | ", facts.Engagements.Select(e =>
            $"{e.Kind} {e.Status} {e.Date ?? "-"} {string.Join(",", e.Countries.OrderBy(c => c, StringComparer.Ordinal))} {e.Location?.City ?? "-"}"));

    // Text: the folding itself

    [Theory]
    [InlineData("Kelm’s ‘new’ “plan” – 5—7\u00A0May\u2009and\u202Fmore\u2011so", "Kelm's 'new' \"plan\" - 5-7 May and more-so")]
    [InlineData("Écrit à Vesk … « non »", "Écrit à Vesk … « non »")]
    public void Typographic_punctuation_folds_to_ascii_of_the_same_length(string text, string folded)
    {
        Assert.Equal(folded, Typography.Fold(text));
        Assert.Equal(text.Length, Typography.Fold(text).Length);
    }

    [Fact]
    public void A_text_without_typographic_characters_is_not_copied()
    {
        const string ascii = "Kelm's minister met the envoy on May 5-7.";
        Assert.Same(ascii, Typography.Fold(ascii));
        const string accented = "Ülkü Dosk met the envoy in Vesk.";
        Assert.Same(accented, Typography.Fold(accented));
    }

    // Segment: the sentences are folded, the original kept at the same offsets

    [Fact]
    public void A_sentence_is_matched_folded_and_keeps_its_own_characters()
    {
        var sentences = Segmenter.Split("Intro line.\n“We are ready,” said Kelm’s envoy – twice. Plain one.");
        Assert.Equal(3, sentences.Count);
        Assert.Equal("\"We are ready,\" said Kelm's envoy - twice.", sentences[1].Text);
        Assert.Equal("“We are ready,” said Kelm’s envoy – twice.", sentences[1].Original);
        Assert.Equal((2, 1, sentences[1].Text.Length), (sentences[1].Line, sentences[1].Column, sentences[1].Original.Length));
        Assert.Same(sentences[2].Text, sentences[2].Original);
    }

    [Fact]
    public void An_ascii_article_keeps_one_string_per_sentence()
    {
        foreach (var s in Segmenter.Split("Kelm's envoy met him. \"Fine,\" he said - twice."))
            Assert.Same(s.Text, s.Original);
    }

    // Recognise: countries, dates

    [Theory]
    [InlineData("talks between the People’s Republic of China and Tonga", "CN,TO")]
    [InlineData("envoys of the Democratic People’s Republic of Korea", "KP")]
    [InlineData("the Republic\u00A0of\u00A0Korea and Laos", "KR,LA")]
    // A closing double quote is no apostrophe: as in ASCII ("People\"s"), the name inside is what is found.
    [InlineData("the People”s Republic of China", "TW")]
    public void Countries_are_found_in_typographic_text_as_in_ascii(string text, string codes)
    {
        Assert.Equal(codes.Split(','), Recognised(text).Countries.Select(c => c.Code));
        Assert.Equal(codes.Split(','), Recognised(Typography.Fold(text)).Countries.Select(c => c.Code));
    }

    [Theory]
    [InlineData("The drill ran on Jan. 5–7, 2024 in Kelm.")]
    [InlineData("The drill ran on 5–7\u00A0January 2024 in Kelm.")]
    [InlineData("The drill ran from Monday–Wednesday in Kelm.")]
    // A double prime is no date's part, as '"' is none.
    [InlineData("The drill ran 5″ apart in Kelm.")]
    public void Dates_in_typographic_text_are_those_of_ascii(string text)
    {
        static string Dates(RecognisedSentence s) => string.Join(";", s.Dates.Select(d => $"{d.Form} {d.Year} {d.Month} {d.Day} {d.IsRangeStart}"));
        Assert.Equal(Dates(Recognised(text.Replace('’', '\'').Replace('–', '-').Replace('\u00A0', ' ').Replace('″', '"'))), Dates(Recognised(text)));
    }

    [Fact]
    public void A_range_with_an_en_dash_is_dated_by_its_first_day()
        => Assert.Contains(Recognised("The drill ran on Jan. 5–7, 2024 in Kelm.").Dates, d => (d.Year, d.Month, d.Day) == (2024, 1, 5));

    [Fact]
    public void A_phrase_of_corpus_yaml_matches_in_either_apostrophe()
    {
        var matcher = new PhraseMatcher<string>(ignoreCase: false);
        matcher.Add("Kelm People’s Navy", "navy");
        Assert.True(matcher.TryMatch(Tokenizer.Tokenize(Typography.Fold("the Kelm People’s Navy")), 1, out int length, out _));
        Assert.Equal(5, length);
        Assert.True(matcher.TryMatch(Tokenizer.Tokenize("the Kelm People's Navy"), 1, out _, out _));
        Assert.False(matcher.TryMatch(Tokenizer.Tokenize(Typography.Fold("the Kelm People”s Navy")), 1, out _, out _));
    }

    // Resolve: a rank or title of the lexicon written with a typographic hyphen is the lexicon's

    [Theory]
    [InlineData("Vice\u2011Admiral", "Vice Admiral")]
    [InlineData("Major\u2010General", "Major General")]
    // A double prime between the words is no hyphen: as after '"', the rank is the last word alone.
    [InlineData("Vice\u2033Admiral", "Admiral")]
    public void A_rank_with_a_typographic_hyphen_is_the_lexicons(string rank, string? expected)
    {
        var official = Extract("Cambodian navy chief " + rank + " Kel Arlo met Lao Defence Minister Khamla Vongsa in Vientiane on Monday.")
            .Officials.Single(o => o.Name == "Kel Arlo");
        Assert.Equal(expected, official.Positions.Select(p => p.Rank).FirstOrDefault(r => r is not null));
        var ascii = Extract("Cambodian navy chief " + Typography.Fold(rank) + " Kel Arlo met Lao Defence Minister Khamla Vongsa in Vientiane on Monday.")
            .Officials.Single(o => o.Name == "Kel Arlo");
        Assert.Equal(expected, ascii.Positions.Select(p => p.Rank).FirstOrDefault(r => r is not null));
    }

    // The vocabulary's patterns (patterns.tsv, events.tsv) are read folded

    [Theory]
    [InlineData("time-possessive", "after last week’s ", true)]
    [InlineData("time-possessive", "after last week” ", false)]
    [InlineData("city-listed", "“ and Kampot", false)]
    [InlineData("city-listed", "\u00A0and Kampot", true)]
    public void A_rule_pattern_reads_folded_text_as_ascii(string name, string text, bool matches)
    {
        Assert.Equal(matches, RulePatterns.Get(name).IsMatch(Typography.Fold(text)));
        Assert.Equal(matches, RulePatterns.Get(name).IsMatch(text.Replace('’', '\'').Replace('”', '"')));
    }

    [Theory]
    [InlineData("Kelm hosted the ASEAN Defence Ministers’ Meeting in Vesk.", true)]
    [InlineData("Kelm hosted the ASEAN Defence Ministers” Meeting in Vesk.", false)]
    public void A_bloc_named_with_a_typographic_apostrophe_is_the_bloc(string sentence, bool bloc)
    {
        string folded = Typography.Fold(sentence);
        int at = folded.IndexOf("Meeting", StringComparison.Ordinal);
        Assert.Equal(bloc, EventVocabulary.BlocMembers(folded, at, at + "Meeting".Length, out _) is not null);
    }

    // Events and Curate: the same engagements, the evidence in the article's characters

    [Theory]
    [InlineData("Cambodian Defence Minister Sok Dara met Lao Defence Minister Khamla Vongsa in Vientiane on Monday – their first talks.")]
    [InlineData("Cambodia’s Defence Minister Sok Dara visited Laos on Jan. 5–7, 2023.")]
    [InlineData("Thai Defence Minister Anan Srisuk said: “We will hold joint drills with Cambodia’s navy next month.”")]
    public void An_article_in_typographic_form_gives_the_engagements_of_its_ascii_form(string text)
    {
        string ascii = Typography.Fold(text);
        var typographic = Extract(text);
        Assert.NotEmpty(typographic.Engagements);
        Assert.Equal(Summary(Extract(ascii)), Summary(typographic));
        Assert.Equal(text, typographic.Engagements[0].Evidence[0].Text);
    }

    [Theory]
    [InlineData("Thailand’s Ambassador to Cambodia Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.", "Thailand’s Ambassador to Cambodia")]
    [InlineData("Thailand's Ambassador to Cambodia Anan Srisuk met Cambodian Defence Minister Sok Dara in Phnom Penh on Monday.", "Thailand's Ambassador to Cambodia")]
    public void A_title_is_given_in_the_articles_characters(string text, string title)
    {
        var facts = Extract(text);
        var official = facts.Officials.Single(o => o.Name == "Anan Srisuk");
        Assert.Equal(title, official.Positions.Single().Title);
        Assert.Equal(Typography.Fold(title), Typography.Fold(Extract(Typography.Fold(text)).Officials.Single(o => o.Name == "Anan Srisuk").Positions.Single().Title));
    }

    [Fact]
    public void A_value_not_cut_from_its_sentence_stays_folded()
    {
        const string original = "Then Kelm’s envoy spoke.", folded = "Then Kelm's envoy spoke.";
        Assert.Equal("Kelm’s envoy", Typography.Restore("Kelm's envoy", folded, original));
        Assert.Equal("envoy of Kelm's navy", Typography.Restore("envoy of Kelm's navy", folded, original));
        const string ascii = "Then Kelm's envoy spoke.";
        Assert.Same("Kelm's envoy", Typography.Restore("Kelm's envoy", ascii, ascii));
    }

    [Fact]
    public void A_value_is_given_back_from_the_folded_text_it_was_cut_from_without_folding_again()
    {
        // The folded text is the caller's (a sentence's Text beside its Original): the value is looked for in it, not in a
        // new fold of the original, and a sentence whose two texts are one string gives the value back as it is, unread.
        var sentence = Segmenter.Split("Kelm’s envoy met Vesk’s envoy.").Single();
        Assert.NotSame(sentence.Text, sentence.Original);
        Assert.Equal("Vesk’s envoy", Typography.Restore("Vesk's envoy", sentence.Text, sentence.Original));
        Assert.Equal("Kelm’s envoy met", Typography.Restore("Kelm's envoy met", sentence.Text, sentence.Original));
        var plain = Segmenter.Split("Kelm's envoy met Vesk's envoy.").Single();
        Assert.Same(plain.Text, plain.Original);
        Assert.Same("Vesk's envoy", Typography.Restore("Vesk's envoy", plain.Text, plain.Original));
    }
}
