using System;
using System.Collections;
using System.Collections.Generic;
using Corpus.Extraction.Segment;

namespace Corpus.Extraction.Recognise;

/// <summary>
/// A sentence's tokens as <see cref="RecognisedSentence.Tokens"/> gives them: the tokenizer's tokens copied into an array
/// of their own, read only. Where a <c>ReadOnlyCollection&lt;Token&gt;</c> over the tokenizer's list reads a token through
/// two calls that are not inlined (the collection's indexer through the interface, then the wrapped list's through
/// <c>IList&lt;Token&gt;</c>), a read through <see cref="IReadOnlyList{T}"/> here is one interface call to an indexer that
/// reads the array. Like the collection it replaces, it cannot be changed through any of its interfaces.
/// </summary>
internal sealed class SentenceTokens : IReadOnlyList<Token>, IList<Token>
{
    private const string ReadOnly = "A sentence's tokens are read only.";

    private readonly Token[] _tokens;

    public SentenceTokens(List<Token> list) => _tokens = list.ToArray();

    public int Count => _tokens.Length;

    public Token this[int index] => _tokens[index];

    Token IList<Token>.this[int index]
    {
        get => _tokens[index];
        set => throw new NotSupportedException(ReadOnly);
    }

    bool ICollection<Token>.IsReadOnly => true;

    public bool Contains(Token item) => System.Array.IndexOf(_tokens, item) >= 0;

    public int IndexOf(Token item) => System.Array.IndexOf(_tokens, item);

    public void CopyTo(Token[] array, int arrayIndex) => System.Array.Copy(_tokens, 0, array, arrayIndex, _tokens.Length);

    public IEnumerator<Token> GetEnumerator() => ((IEnumerable<Token>)_tokens).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _tokens.GetEnumerator();

    void ICollection<Token>.Add(Token item) => throw new NotSupportedException(ReadOnly);

    void ICollection<Token>.Clear() => throw new NotSupportedException(ReadOnly);

    bool ICollection<Token>.Remove(Token item) => throw new NotSupportedException(ReadOnly);

    void IList<Token>.Insert(int index, Token item) => throw new NotSupportedException(ReadOnly);

    void IList<Token>.RemoveAt(int index) => throw new NotSupportedException(ReadOnly);
}
