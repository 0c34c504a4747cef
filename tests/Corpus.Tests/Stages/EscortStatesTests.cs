using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;

namespace Corpus.Tests.Stages;

/// <summary>
/// A party's leader and those named as going with them ("…, accompanied by …", "Accompanying the admiral were …") are of
/// one state: when the people of the group whose state is stated are all of one state, a member whose state no word tells
/// takes it (<see cref="Corpus.Extraction.Events.EventStage.EscortStates"/>, the fifty-fifth round). Invented sentences.
/// </summary>
public class EscortStatesTests
{
    private static readonly Gazetteer s_cambodian = Gazetteer.Default with { Home = "KH" };

    private static string? CountryOf(string text, string name)
    {
        var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text));
        var facts = ArticleExtractor.Extract(article, null, s_cambodian, false);
        return facts.Officials.Single(o => o.Name == name).Country;
    }

    // A companion after a stated attaché, those listed after an opening "Accompanying the admiral were", and a companion of a
    // leader whose state is stated: each takes the group's one stated state.
    [Theory]
    [InlineData("Phnom Penh, 3 May 2021 - Commander Tavo Merrin accompanied by New Zealand Defence Attaché Colonel Brant Holloway will call on the navy's chief on Tuesday.", "Tavo Merrin")]
    [InlineData("Phnom Penh, 3 May 2021 - Admiral Orin Falk of New Zealand called on the King on Tuesday. Accompanying the admiral were New Zealand Ambassador to Cambodia Dela Quist, Executive Officer Captain Remy Otts and Liaison Office Chief Major Sela Prain.", "Sela Prain")]
    [InlineData("Phnom Penh, 3 May 2021 - New Zealand Army Chief Major General Orin Falk is accompanied by Lieutenant Colonel Remy Otts, Director of Plans.", "Remy Otts")]
    public void A_member_of_a_group_of_one_stated_state_takes_it(string text, string name)
        => Assert.Equal("NZ", CountryOf(text, name));

    [Fact]
    public void A_counterpart_after_the_joining_words_is_not_of_the_group()
        => Assert.NotEqual("NZ", CountryOf(
            "Phnom Penh, 3 May 2021 - General Remy Otts, accompanied by his New Zealand counterpart Major General Orin Falk, inspected the guard of honour on Tuesday.",
            "Remy Otts"));
}
