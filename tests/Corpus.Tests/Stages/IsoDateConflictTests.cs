using Corpus.Extraction.Text;

namespace Corpus.Tests.Stages;

/// <summary><see cref="IsoDate.ConflictsWith"/>: two dates cannot be one day when a part both give differs.</summary>
public class IsoDateConflictTests
{
    [Theory]
    [InlineData("2031-05-12", "2031-05-13", true)]
    [InlineData("2031-05", "2031-06-01", true)]
    [InlineData("2031", "2032-05-12", true)]
    [InlineData("--05-12", "2031-06-12", true)]
    [InlineData("2031-05", "2031-05-12", false)]
    [InlineData("2031", "--05-12", false)]
    [InlineData("--05", "2031-05-30", false)]
    [InlineData("2031-05-12", "2031-05-12", false)]
    public void A_part_both_give_that_differs_is_a_conflict_and_a_part_one_gives_decides_nothing(string a, string b, bool conflict)
    {
        Assert.True(IsoDate.TryParse(a, out var x));
        Assert.True(IsoDate.TryParse(b, out var y));
        Assert.Equal(conflict, x.ConflictsWith(y));
        Assert.Equal(conflict, y.ConflictsWith(x));
    }
}
