using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Corpus.Extraction.Text;

namespace Corpus.Extraction.Vocabulary;

/// <summary>
/// The trigger patterns of the event vocabulary (or of an extraction context: corpus.yaml's first, then the vocabulary's), in
/// order, never changed after they are made, with an index of them by their required strings' ids in
/// <see cref="LiteralPresence"/>: which patterns a sentence's answer lets run is read from the ids the answer marks present
/// (a few words of it, each masked by the ids some pattern requires), not asked of each pattern in turn. A pattern whose
/// requirement has no registered ids (it requires no known text, or its strings were not registered when the list was
/// made) is always among them, and asked as before (<see cref="RequiredText.MayMatchWhole"/>).
/// </summary>
internal sealed class TriggerPatternList : IReadOnlyList<TriggerPattern>
{
    private readonly TriggerPattern[] _items;
    // The patterns asked one by one (no registered ids), as a set: bit p % 64 of word p / 64.
    private readonly ulong[] _asked;
    // The words of an answer's Present that hold some pattern's id, and for each the bits that are some pattern's ids.
    private readonly int[] _words;
    private readonly ulong[] _masks;
    // For word j of _words and bit b: the set of the patterns that require id 64 * _words[j] + b (null when none does).
    private readonly ulong[]?[] _patternsOf;
    // The largest id of any pattern, -1 when none has ids: an answer that does not cover it is not read.
    private readonly int _maxId = -1;

    public TriggerPatternList(IEnumerable<TriggerPattern> patterns)
    {
        _items = patterns.ToArray();
        int setWords = (_items.Length + 63) / 64;
        _asked = new ulong[setWords];
        var allIds = new List<int>();
        for (int p = 0; p < _items.Length; p++)
        {
            var ids = _items[p].Pattern.Required.LiteralIds;
            if (ids is null)
            {
                _asked[p >> 6] |= 1UL << p;
                continue;
            }
            foreach (int id in ids)
            {
                if (id > _maxId) _maxId = id;
                allIds.Add(id);
            }
        }
        (_words, _masks) = LiteralPresence.MasksOf(allIds);
        _patternsOf = new ulong[]?[_words.Length * 64];
        for (int p = 0; p < _items.Length; p++)
        {
            var ids = _items[p].Pattern.Required.LiteralIds;
            if (ids is null) continue;
            foreach (int id in ids)
            {
                var set = _patternsOf[Array.IndexOf(_words, id >> 6) * 64 + (id & 63)] ??= new ulong[setWords];
                set[p >> 6] |= 1UL << p;
            }
        }
    }

    public int Count => _items.Length;

    public TriggerPattern this[int index] => _items[index];

    /// <summary>The patterns, in order (not to be written).</summary>
    internal TriggerPattern[] Items => _items;

    public IEnumerator<TriggerPattern> GetEnumerator() => ((IEnumerable<TriggerPattern>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Whether pattern <paramref name="p"/> is asked one by one (it has no registered ids).</summary>
    internal bool IsAsked(int p) => (_asked[p >> 6] & 1UL << p) != 0;

    /// <summary>
    /// The set of the patterns that may match in <paramref name="sentence"/> by its answer <paramref name="made"/> (bit
    /// p % 64 of word p / 64): those one of whose required strings the answer marks present, and those asked one by one
    /// (<see cref="IsAsked"/>, which the caller still asks). Null when the answer is not the sentence's or does not cover
    /// every pattern's ids: then each pattern is asked.
    /// </summary>
    internal ulong[]? MayMatch(LiteralPresence.Made? made, string sentence)
    {
        if (made is null || !ReferenceEquals(made.Text, sentence) || _maxId >= made.Count) return null;
        var set = new ulong[_asked.Length];
        for (int k = 0; k < set.Length; k++) set[k] = _asked[k];
        var present = made.Present;
        var words = _words;
        var masks = _masks;
        for (int j = 0; j < words.Length; j++)
        {
            ulong held = present[words[j]] & masks[j];
            while (held != 0)
            {
                var patterns = _patternsOf[j * 64 + LiteralPresence.LowestBit(held)]!;
                for (int k = 0; k < set.Length; k++) set[k] |= patterns[k];
                held &= held - 1;
            }
        }
        return set;
    }
}
