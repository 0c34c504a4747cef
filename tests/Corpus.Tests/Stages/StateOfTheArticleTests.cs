using Corpus.Extraction.Events;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Corpus.Extraction.Vocabulary;

namespace Corpus.Tests.Stages;

/// <summary>
/// An occasion placed nowhere takes the one state where every placed occasion of its article lies, when that state is one of
/// its own; in an article that places none, the home side's state, when it is one of its states (<see cref="EventStage.StateOfTheArticle"/>).
/// The state only, never a city; nothing when the article's occasions lie in two states or when the occasion's own sentences
/// place it elsewhere (<see cref="EngagementBuilder.PlacedOutside"/>: a place on no list after "in", another of its states
/// after "in", "at" or "to").
/// </summary>
public class StateOfTheArticleTests
{
    private static EngagementFact Fact(int n, string? placed, params string[] countries)
        => new("a-" + n, "meeting", "held", null, placed is null ? null : new LocationFact(null, null, placed), countries.ToEquatableArray(),
            EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty, null, EquatableArray<EvidenceFact>.Empty);

    private static string Places(string? home, params EngagementFact[] engagements)
        => string.Join(" | ", EventStage.StateOfTheArticle(engagements.ToEquatableArray(), home, (_, _) => false)
            .Select(e => e.Id + " " + (e.Location?.Country ?? "-") + " " + (e.Location?.City ?? "-")));

    [Fact]
    public void An_unplaced_occasion_takes_the_one_state_the_article_s_occasions_lie_in_when_it_is_its_own()
    {
        // The visit lies in Laos: the meeting of the same states takes Laos, never a city; a meeting of Thailand and Cambodia
        // does not (Laos is not one of its states).
        Assert.Equal("a-1 LA - | a-2 LA - | a-3 - -",
            Places("KH", Fact(1, "LA", "KH", "LA"), Fact(2, null, "KH", "LA"), Fact(3, null, "KH", "TH")));
    }

    [Fact]
    public void Occasions_placed_in_two_states_give_none()
        => Assert.Equal("a-1 LA - | a-2 KH - | a-3 - -",
            Places("KH", Fact(1, "LA", "KH", "LA"), Fact(2, "KH", "KH", "LA"), Fact(3, null, "KH", "LA")));

    [Fact]
    public void With_nothing_placed_the_home_side_s_state_is_given_to_its_occasions_only()
    {
        Assert.Equal("a-1 KH - | a-2 - -", Places("KH", Fact(1, null, "KH", "LA"), Fact(2, null, "LA", "TH")));
        // An article that names no home side gives nothing.
        Assert.Equal("a-1 - -", Places(null, Fact(1, null, "KH", "LA")));
    }

    [Fact]
    public void An_occasion_its_own_sentences_place_elsewhere_is_given_nothing()
    {
        var facts = new[] { Fact(1, null, "KH", "LA") }.ToEquatableArray();
        Assert.Null(Assert.Single(EventStage.StateOfTheArticle(facts, "KH", (_, _) => true)).Location);
    }

    [Fact]
    public void The_home_state_is_no_default_beside_an_occasion_of_the_same_states_placed_elsewhere()
    {
        // a-1 is placed outside the home state by its own sentences ("talks in Kelmbrook", a town on no list): a-2 of the same
        // states is not given the home state either; a-3 of other states still is.
        var facts = new[] { Fact(1, null, "KH", "VN"), Fact(2, null, "KH", "VN"), Fact(3, null, "KH", "LA") }.ToEquatableArray();
        Assert.Equal("a-1 - | a-2 - | a-3 KH",
            string.Join(" | ", EventStage.StateOfTheArticle(facts, "KH", (e, _) => e.Id == "a-1").Select(e => e.Id + " " + (e.Location?.Country ?? "-"))));
    }

    private static readonly Gazetteer s_cambodian = Gazetteer.Default with { Home = "KH" };

    private static ArticleFacts Extract(string text)
    {
        var article = new ArticleSource("a", "/c/a.txt", "a.txt", ArticleReader.Normalize(text));
        var side = SidecarReader.Read("/c/a.yaml", "a", "published: 2023-04-27\n");
        return ArticleExtractor.Extract(article, side, s_cambodian, curation: false);
    }

    [Fact]
    public void In_a_home_article_a_meeting_placed_by_nothing_lies_in_the_home_state_unless_a_place_of_its_own_is_told()
    {
        var home = Extract("Cambodian Defence Minister Sok Dara held talks with Lao Defence Minister Khamla Vongsa on Monday.");
        Assert.Equal(new LocationFact(null, null, "KH"), Assert.Single(home.Engagements).Location);
        // A town on no list after "in" is a place of its own, of no known state: nothing is given.
        var town = Extract("Cambodian Defence Minister Sok Dara held talks with Lao Defence Minister Khamla Vongsa in Kelmbrook on Monday.");
        Assert.Null(Assert.Single(town.Engagements).Location);
    }

    [Fact]
    public void A_signing_beside_talks_told_in_a_town_on_no_list_is_not_placed_at_home()
    {
        // The talks lie in a town on no list, so they are given no state; the agreement the same ministers signed the next
        // day is not given the home state either (before, it was: Cambodia, by the home side alone).
        var facts = Extract("Cambodian Defence Minister Sok Dara held talks with Vietnamese Defence Minister Tran Van Binh in Kelmbrook on Monday.\n\n"
            + "On Tuesday, Sok Dara and Tran Van Binh signed an agreement on border security.");
        Assert.All(facts.Engagements, e => Assert.Null(e.Location));
        Assert.Contains(facts.Engagements, e => e.Kind == "agreement");
    }

    [Fact]
    public void An_occasion_after_one_left_out_of_the_report_is_judged_by_its_own_sentences()
    {
        // The talks of Vietnam and Malaysia hold no state of the report (the home side and the first occasion's) and are left
        // out, so the talks after them are numbered again; whether their own sentence places them elsewhere is still asked of
        // their own telling (the town after "in"), not of the talks left out.
        var facts = Extract("Cambodian Defence Minister Sok Dara held talks with Lao Defence Minister Khamla Vongsa on Monday. "
            + "Vietnamese Defence Minister Tran Van Binh held talks with Malaysian Defence Minister Azlan Harun on Tuesday. "
            + "Sok Dara held talks with Thai Defence Minister Somchai Rattana in Kelmbrook on Wednesday.");
        Assert.Equal(new LocationFact(null, null, "KH"), Assert.Single(facts.Engagements, e => e.Countries.Contains("LA")).Location);
        Assert.Null(Assert.Single(facts.Engagements, e => e.Countries.Contains("TH")).Location);
    }

    [Fact]
    public void An_occasion_of_a_delegation_of_the_home_state_is_not_placed_at_home()
    {
        // DEL-1: the home side's people are a delegation received abroad: the home state is no default place of the reception.
        var abroad = Extract("Vietnamese Deputy Chief of Staff General Tran Van Binh spoke at a reception on Monday for a delegation from the "
            + "Signal Corps under the Cambodian army, headed by General Sok Dara.");
        Assert.Contains(abroad.Engagements, e => e.Countries.Contains("KH"));
        Assert.All(abroad.Engagements, e => Assert.NotEqual("KH", e.Location?.Country));
        // DEL-2: the same in French, "une délégation des gardes" of a Cambodian province.
        var french = Extract("Le 10 avril, une délégation des gardes de la province cambodgienne de Kelmbrook a rendu visite "
            + "à la garde-frontière vietnamienne.");
        Assert.Contains(french.Engagements, e => e.Countries.Contains("KH"));
        Assert.All(french.Engagements, e => Assert.NotEqual("KH", e.Location?.Country));
        // DEL-3: a delegation of the other state received at home keeps the home state.
        var home = Extract("Cambodian Defence Minister Sok Dara held talks on Monday with a delegation from the Vietnamese navy, headed by General Tran Van Binh.");
        Assert.Equal(new LocationFact(null, null, "KH"), Assert.Single(home.Engagements).Location);
    }
}
