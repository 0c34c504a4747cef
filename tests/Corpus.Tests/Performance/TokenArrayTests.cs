using Corpus.Extraction.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Recognise;
using Corpus.Extraction.Segment;

namespace Corpus.Tests.Performance;

/// <summary>
/// The person recogniser reads a sentence's tokens from an array kept per thread (<see cref="TokenArray"/>) instead of
/// through <see cref="IReadOnlyList{T}"/>, one interface call per read. The array must hold the list's tokens, never be
/// handed to two callers at once, and the people found must not depend on what an earlier, longer sentence left in it.
/// </summary>
public class TokenArrayTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.Default;

    [Fact]
    public void A_rented_array_holds_the_tokens_of_a_list_and_of_any_other_read_only_list()
    {
        // Invented.
        var tokens = Tokenizer.Tokenize("Defence Minister Tomas Arden of Vesk met General Ilse Morrow in Kelm.");
        var array = TokenArray.Rent(tokens);
        Assert.Equal(tokens, array.Take(tokens.Count));
        TokenArray.Return(array);
        var wrapped = Tokenizer.Tokenize("Norland and Ostria held talks.").AsReadOnly();
        var again = TokenArray.Rent(wrapped);
        Assert.Same(array, again);
        Assert.Equal(wrapped, again.Take(wrapped.Count));
        TokenArray.Return(again);
    }

    [Fact]
    public void A_list_that_is_no_collection_is_copied_token_by_token_and_a_collection_over_a_longer_earlier_fill()
    {
        // Invented. A read-only list that is not an ICollection<Token> takes the loop; a ReadOnlyCollection the array copy,
        // over slots a longer sentence filled before: the tokens up to the count are the new list's.
        var longer = Tokenizer.Tokenize("General Tomas Arden and Minister Ilse Morrow of Norland met in Kelm on Monday.");
        TokenArray.Return(TokenArray.Rent(longer));
        var tokens = Tokenizer.Tokenize("Vesk and Ostria signed a pact.");
        var viaLoop = TokenArray.Rent(new OnlyReadOnlyList(tokens));
        Assert.Equal(tokens, viaLoop.Take(tokens.Count));
        TokenArray.Return(viaLoop);
        var viaCopy = TokenArray.Rent(tokens.AsReadOnly());
        Assert.Same(viaLoop, viaCopy);
        Assert.Equal(tokens, viaCopy.Take(tokens.Count));
        Assert.Equal(longer[tokens.Count], viaCopy[tokens.Count]);
        TokenArray.Return(viaCopy);
    }

    private sealed class OnlyReadOnlyList : IReadOnlyList<Token>
    {
        private readonly IReadOnlyList<Token> _tokens;
        public OnlyReadOnlyList(IReadOnlyList<Token> tokens) => _tokens = tokens;
        public Token this[int index] => _tokens[index];
        public int Count => _tokens.Count;
        public IEnumerator<Token> GetEnumerator() => _tokens.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void A_rent_while_the_array_is_held_gets_another_and_a_long_list_a_longer_one()
    {
        var shortList = Tokenizer.Tokenize("Norland and Ostria held talks.");
        var held = TokenArray.Rent(shortList);
        var inner = TokenArray.Rent(shortList);
        Assert.NotSame(held, inner);
        TokenArray.Return(inner);
        TokenArray.Return(held);
        var longList = Tokenizer.Tokenize(string.Join(" ", Enumerable.Repeat("Vesk", 200)));
        var longer = TokenArray.Rent(longList);
        Assert.True(longer.Length >= longList.Count);
        Assert.Equal(longList, longer.Take(longList.Count));
        TokenArray.Return(longer);
    }

    [Fact]
    public void The_people_of_every_in_house_sentence_do_not_depend_on_the_list_s_kind_or_on_what_the_array_held_before()
    {
        var people = ExtractionContext.For(s_gazetteer).People;
        // A long sentence of capitalised words and ranks: what it leaves past a shorter sentence's end must never be read.
        var filler = Tokenizer.Tokenize(string.Join(" ", Enumerable.Repeat("General Tomas Arden, Minister Ilse Morrow", 40)));
        int withPeople = 0, sentences = 0;
        foreach (var text in InHouseSentences.All())
        {
            sentences++;
            // Fresh token lists each time: the recogniser keeps what it worked out for a list it has seen.
            var asList = people.Find(text, Tokenizer.Tokenize(text), _ => false, _ => false);
            TokenArray.Return(TokenArray.Rent(filler));
            var afterFiller = people.Find(text, Tokenizer.Tokenize(text), _ => false, _ => false);
            var wrapped = people.Find(text, Tokenizer.Tokenize(text).AsReadOnly(), _ => false, _ => false);
            var held = TokenArray.Rent(filler);
            var whileHeld = people.Find(text, Tokenizer.Tokenize(text), _ => false, _ => false);
            TokenArray.Return(held);
            Assert.Equal(asList, afterFiller);
            Assert.Equal(asList, wrapped);
            Assert.Equal(asList, whileHeld);
            if (asList.Count > 0) withPeople++;
        }
        Assert.True(withPeople > 100, withPeople + " of " + sentences);
    }
}
