using System.Linq;
using Corpus.Tests.Robustness;
using Xunit;

namespace Corpus.Tests.Stages;

/// <summary>The home country comes only from corpus.yaml (<c>home:</c>); a corpus without one has none.</summary>
public class HomeCountryTests
{
    private const string VietnamIndia =
        "Hanoi, 14 March 2022 (VNA): Vietnamese Minister of National Defence General Tran Van Minh held talks with Indian Defence Minister Raj Kumar in Hanoi on Monday.\n\n"
        + "The two ministers discussed defence industry cooperation and training.\n";

    [Fact]
    public void A_corpus_without_corpus_yaml_has_no_home_and_an_engagement_of_two_foreign_ministers_involves_only_their_countries()
    {
        var run = Robust.Run(("vn-in.txt", VietnamIndia));
        Assert.Null(run.Model.Home);
        var facts = run.Facts("vn-in.txt");
        var engagement = Assert.Single(facts.Engagements);
        Assert.Equal(new[] { "IN", "VN" }, engagement.Countries);
        Assert.DoesNotContain("KH", facts.Countries);
        Assert.All(facts.Officials, o => Assert.NotEqual("KH", o.Country));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void The_home_country_is_the_one_corpus_yaml_states()
    {
        var run = Robust.Run(("vn-in.txt", VietnamIndia), ("corpus.yaml", "home: VN\n"));
        Assert.Equal("VN", run.Model.Home);
        Assert.Contains(run.Model.Countries, c => c.Alpha2 == "VN");
        Assert.Contains(run.Sources, s => s.HintName == "Corpus.Countries.g.cs" && s.Source.Contains("Country? Home => Vietnam;", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "IN", "VN" }, Assert.Single(run.Facts("vn-in.txt").Engagements).Countries);
    }
}
