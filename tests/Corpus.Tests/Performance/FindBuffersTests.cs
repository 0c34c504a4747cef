using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// The person search's <c>Find</c> works in buffers kept per thread (<see cref="PersonRecognizer.FindBuffers"/>: its copy
/// of the vocabulary flags, the rank flags, the parts of a run and of a name) instead of new ones each call (the
/// eighty-fourth speed round). A rent must give cleared rank flags and empty lists up to the sentence's count, never hand
/// one set to two callers at once, and the people found must not depend on what an earlier, longer sentence left in them.
/// </summary>
public class FindBuffersTests
{
    [Fact]
    public void A_rent_gives_cleared_rank_flags_and_empty_lists_over_what_the_last_call_left()
    {
        var dirty = PersonRecognizer.FindBuffers.Rent(100);
        Assert.True(dirty.Lexical.Length >= 100 && dirty.RankAt.Length == dirty.Lexical.Length);
        Array.Fill(dirty.Lexical, true);
        Array.Fill(dirty.RankAt, true);
        dirty.Parts.Add((1, 2));
        dirty.NameParts.Add((3, 3));
        PersonRecognizer.FindBuffers.Return(dirty);
        var again = PersonRecognizer.FindBuffers.Rent(7);
        Assert.Same(dirty, again);
        Assert.All(again.RankAt.Take(7), f => Assert.False(f));
        Assert.Empty(again.Parts);
        Assert.Empty(again.NameParts);
        PersonRecognizer.FindBuffers.Return(again);
    }

    [Fact]
    public void A_rent_while_the_buffers_are_held_gets_others_and_a_long_sentence_longer_ones()
    {
        var held = PersonRecognizer.FindBuffers.Rent(5);
        var inner = PersonRecognizer.FindBuffers.Rent(5);
        Assert.NotSame(held, inner);
        PersonRecognizer.FindBuffers.Return(inner);
        PersonRecognizer.FindBuffers.Return(held);
        var longer = PersonRecognizer.FindBuffers.Rent(500);
        Assert.True(longer.Lexical.Length >= 500 && longer.RankAt.Length >= 500);
        // Cleared up to the sentence's count, as every rent is: past it the thread's array may hold what an earlier, longer
        // sentence of another test left there.
        Assert.All(longer.RankAt.Take(500), f => Assert.False(f));
        PersonRecognizer.FindBuffers.Return(longer);
    }

    [Fact]
    public void The_people_of_every_in_house_sentence_do_not_depend_on_what_the_buffers_held_before()
    {
        var people = ExtractionContext.For(Gazetteer.Default).People;
        int withPeople = 0, sentences = 0;
        foreach (var text in InHouseSentences.All())
        {
            sentences++;
            // Fresh buffers (the thread's are held), then the thread's after a long call left every flag set and the lists full.
            var holding = PersonRecognizer.FindBuffers.Rent(1);
            var fresh = people.Find(text, Tokenizer.Tokenize(text), _ => false, _ => false);
            PersonRecognizer.FindBuffers.Return(holding);
            var dirty = PersonRecognizer.FindBuffers.Rent(400);
            Array.Fill(dirty.Lexical, true);
            Array.Fill(dirty.RankAt, true);
            dirty.Parts.Add((0, 0));
            dirty.NameParts.Add((0, 0));
            PersonRecognizer.FindBuffers.Return(dirty);
            var reused = people.Find(text, Tokenizer.Tokenize(text), _ => false, _ => false);
            Assert.Equal(fresh, reused);
            if (fresh.Count > 0) withPeople++;
        }
        Assert.True(withPeople > 100, withPeople + " of " + sentences);
    }

    [Fact]
    public void A_title_s_state_is_found_the_same_after_a_longer_title_s()
    {
        // Invented: the title's country search reads a slice of the tokens from the thread's one list.
        var people = ExtractionContext.For(Gazetteer.Default).People;
        string longer = "The Vesk Deputy Commander of the Northern Fleet and Coastal Guard of Vesk, Lieutenant General Tomas Arden, spoke.";
        string text = "Japanese Defence Minister Ilse Morrow met him.";
        var before = people.Find(text, Tokenizer.Tokenize(text), _ => false, _ => false);
        people.Find(longer, Tokenizer.Tokenize(longer), _ => false, _ => false);
        var after = people.Find(text, Tokenizer.Tokenize(text), _ => false, _ => false);
        Assert.Equal(before, after);
        Assert.Contains(after, p => p.Title?.Country == "JP");
    }
}
