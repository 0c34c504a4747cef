using Corpus.Extraction.Text;

namespace Corpus.Tests.Performance;

/// <summary>
/// <see cref="CharCopy.Into"/>: the copy the per-character loops read instead of the string's indexer holds the text at
/// its start, and the slot's array is kept while texts fit and replaced when a longer one comes.
/// </summary>
public class CharCopyTests
{
    [Fact]
    public void A_new_slot_gets_an_array_of_at_least_the_minimum_with_the_text_at_its_start()
    {
        char[]? slot = null;
        var chars = CharCopy.Into(ref slot, "Kelm", 16);
        Assert.Same(slot, chars);
        Assert.Equal(16, chars.Length);
        Assert.Equal("Kelm", new string(chars, 0, 4));
    }

    [Fact]
    public void A_text_that_fits_reuses_the_array_and_a_longer_one_replaces_it()
    {
        char[]? slot = null;
        var first = CharCopy.Into(ref slot, "Minister Arlo", 16);
        var second = CharCopy.Into(ref slot, "Vesk", 16);
        Assert.Same(first, second);
        Assert.Equal("Vesk", new string(second, 0, 4));
        var longer = CharCopy.Into(ref slot, "General Dara Vesk met Minister Arlo", 16);
        Assert.NotSame(first, longer);
        Assert.Same(slot, longer);
        Assert.Equal("General Dara Vesk met Minister Arlo", new string(longer, 0, 35));
    }

    [Fact]
    public void The_empty_text_copies_nothing()
    {
        char[]? slot = null;
        Assert.Equal(256, CharCopy.Into(ref slot, "").Length);
    }
}
