using System.Text.RegularExpressions;
using Corpus.Extraction.Text;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Performance;

/// <summary>
/// The names of a list found as whole words without a regular expression (<see cref="WholeNameSearch"/>):
/// the matches must be those of the expression it stands for, <see cref="WholeNameSearch.Pattern"/>.
/// </summary>
public class WholeNameSearchTests
{
    private static readonly string[] s_names =
    {
        "Vesk News", "Vesk News Agency", "Norland Herald", "Ostria 24", "Mira  Post", "Vesk", "Agence Norland-Presse", "Über Tagblatt", "N.T. Daily",
    };

    private static List<(int, int)> Expected(string pattern, string text)
        => new Regex(pattern, RegexOptions.CultureInvariant).Matches(text).Cast<Match>().Select(m => (m.Index, m.Index + m.Length)).ToList();

    private static List<(int, int)> Found(WholeNameSearch search, string text)
    {
        var spans = new List<(int Index, int End)>();
        search.FindAll(text, spans);
        return spans.Select(s => (s.Index, s.End)).ToList();
    }

    [Theory]
    [InlineData("The Vesk News Agency reported the visit.")]
    [InlineData("Vesk News Agencyx said, and the Vesk Newsroom did not.")]
    [InlineData("Vesk\tNews\u00a0Agency and Vesk\r\nNews")]
    [InlineData("Ostria 245 and Ostria 24-hour news, Ostria 24.")]
    [InlineData("Mira Post and Mira  Post and Mira \t Post")]
    [InlineData("Agence Norland-Presse, xAgence Norland-Presse, -Norland Herald, Norland Heralds")]
    [InlineData("Vesk News Vesk News Agency Vesk")]
    [InlineData("Über Tagblatt und Über  Tagblatt; N.T. Daily and N.T Daily and N.T. Daily's")]
    [InlineData("\U0001D400Vesk News and Vesk News\U0001D400")]
    [InlineData("")]
    [InlineData("Vesk")]
    [InlineData("Ves")]
    public void The_matches_are_those_of_the_expression(string text)
    {
        var search = new WholeNameSearch(s_names);
        Assert.Equal(Expected(search.Pattern, text), Found(search, text));
    }

    [Fact]
    public void Longer_names_are_read_whole_and_a_name_that_runs_into_a_word_gives_way_to_a_shorter_one()
    {
        var search = new WholeNameSearch(s_names);
        Assert.Equal(new[] { (4, 20) }, Found(search, "The Vesk News Agency said."));
        Assert.Equal(new[] { (0, 9) }, Found(search, "Vesk News Agencies"));
        Assert.Empty(Found(search, "Vesken News"));
    }

    [Fact]
    public void Texts_made_of_the_names_pieces_give_the_expression_s_matches()
    {
        var search = new WholeNameSearch(s_names);
        string[] pieces = { "Vesk", "News", "Agency", "Norland", "Herald", "Ostria", "24", "2", "Mira", "Post", "Über", "Tagblatt", "N.T.", "Daily",
            " ", "  ", "\t", "\u00a0", "-", "x", "é", ".", ",", "'s", "\U0001D400" };
        var random = new Random(1187);
        int withMatch = 0;
        for (int n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 12)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Expected(search.Pattern, text);
            Assert.Equal(expected, Found(search, text));
            if (expected.Count > 0) withMatch++;
        }
        Assert.True(withMatch > 100, withMatch.ToString());
    }

    [Fact]
    public void The_outlets_of_the_event_vocabulary_are_found_as_their_expression_finds_them()
    {
        var outlets = EventVocabulary.OutletNames;
        Assert.Equal(EventVocabulary.Outlets.ToString(), outlets.Pattern);
        var texts = InHouseSentences.All();
        // Invented sentences that name outlets of the list in the ways a report credits them.
        texts.Add("KOSTAR, (Pakistan Point News) – the Saudi Press Agency and Vietnam News Agency said Vietnam News\tcarried it.");
        texts.Add("Vietnam News Agencies, the Thai PBS-run channel, France 24's desk and Agence France-Presse reported.");
        int matches = 0;
        foreach (var text in texts)
        {
            var expected = Expected(outlets.Pattern, text);
            Assert.Equal(expected, Found(outlets, text));
            matches += expected.Count;
        }
        Assert.True(matches >= 6, matches.ToString());
    }

    // A search that reads every text whole (FindAllEach) beside FindAll, which leaves unread a text whose answer
    // (LiteralPresence) marks for no name all its words present.
    private static List<(int, int)> FoundEach(WholeNameSearch search, string text)
    {
        var spans = new List<(int Index, int End)>();
        search.FindAllEach(text, spans);
        return spans.Select(s => (s.Index, s.End)).ToList();
    }

    [Fact]
    public void A_text_left_unread_by_its_answer_holds_no_match_and_the_others_are_read_as_before()
    {
        var search = new WholeNameSearch(s_names);
        string[] pieces = { "Vesk", "News", "Agency", "Norland", "Herald", "Ostria", "24", "2", "Mira", "Post", "Über", "Tagblatt", "N.T.", "Daily",
            "Presse", "Agence", "Norland-Presse", " ", "  ", "\t", "-", "x", "é", ".", ",", "'s", "the", "said" };
        var random = new Random(4411);
        int unread = 0, withMatch = 0;
        for (int n = 0; n < 3000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => pieces[random.Next(pieces.Length)]));
            var each = FoundEach(search, text);
            Assert.Equal(each, Found(search, text));
            if (search.CannotHold(text)) { unread++; Assert.Empty(each); }
            if (each.Count > 0) withMatch++;
        }
        Assert.True(unread > 300 && withMatch > 40, unread + " " + withMatch);
    }

    [Fact]
    public void The_outlets_search_leaves_unread_the_in_house_sentences_that_hold_no_outlet_and_finds_the_same()
    {
        var outlets = EventVocabulary.OutletNames;
        var texts = InHouseSentences.All();
        texts.Add("Ambassador Dosk of Vesk told the Vietnam News Agency that Norland Times readers had asked.");
        texts.Add("The Voice of Vesk and the China Daily's page, then Times of Norland.");
        int unread = 0;
        foreach (var text in texts)
        {
            var each = FoundEach(outlets, text);
            Assert.Equal(each, Found(outlets, text));
            if (outlets.CannotHold(text)) { unread++; Assert.Empty(each); }
        }
        Assert.True(unread > texts.Count / 2, unread + " of " + texts.Count);
    }

    [Theory]
    [InlineData(" Vesk")]
    [InlineData("Vesk ")]
    [InlineData("")]
    [InlineData("Vesk \tNews")]
    public void A_name_with_space_at_an_edge_or_empty_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => new WholeNameSearch(new[] { "Norland Herald", name }));
    }
}
