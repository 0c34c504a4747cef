using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace Corpus;

/// <summary>
/// A read-only list of corpus records in generated order, with lookup by id. The dictionary
/// behind the lookup is built on first use, so listing never pays for it.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class CorpusIndex<T> : IReadOnlyList<T> where T : class
{
    private readonly T[] _items;
    private readonly Func<T, string> _key;
    private Dictionary<string, T>? _byId;

    /// <summary>Creates an index over <paramref name="items"/>, keyed by <paramref name="key"/>.</summary>
    public CorpusIndex(T[] items, Func<T, string> key)
    {
        _items = items ?? throw new ArgumentNullException(nameof(items));
        _key = key ?? throw new ArgumentNullException(nameof(key));
    }

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>The record with this id, or <see langword="null"/>. Ids compare ordinally, case-insensitively.</summary>
    public T? Find(string id)
    {
        if (id is null) throw new ArgumentNullException(nameof(id));
        return Map().TryGetValue(id, out var value) ? value : null;
    }

    /// <summary>Looks a record up by id.</summary>
    public bool TryGet(string id, out T value)
    {
        value = Find(id)!;
        return value is not null;
    }

    /// <summary>The record with this id.</summary>
    /// <exception cref="KeyNotFoundException">No record has this id.</exception>
    public T Get(string id) => Find(id) ?? throw new KeyNotFoundException($"The corpus has no {typeof(T).Name} with id '{id}'.");

    private Dictionary<string, T> Map()
    {
        var map = Volatile.Read(ref _byId);
        if (map is not null) return map;
        map = new Dictionary<string, T>(_items.Length, StringComparer.OrdinalIgnoreCase);
        foreach (var item in _items)
        {
            map.TryAdd(_key(item), item);
        }
        Interlocked.CompareExchange(ref _byId, map, null);
        return _byId!;
    }

    /// <summary>Returns an enumerator over the records in generated order.</summary>
    public ReadOnlySpan<T>.Enumerator GetEnumerator() => new ReadOnlySpan<T>(_items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
