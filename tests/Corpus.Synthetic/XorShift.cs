using System;
using System.Collections.Generic;

namespace Corpus.Synthetic;

/// <summary>
/// xorshift64* (Vigna, 2016), seeded through SplitMix64. Implemented here rather than using
/// <see cref="Random"/> so that a seed gives the same sequence on every .NET version and platform.
/// </summary>
public sealed class XorShift
{
    private ulong _state;

    /// <summary>Creates a generator whose sequence is fixed by <paramref name="seed"/>.</summary>
    public XorShift(ulong seed)
    {
        _state = SplitMix(seed);
        if (_state == 0) _state = 0x9E3779B97F4A7C15UL;
    }

    /// <summary>A generator for one item of a family: the sequence depends only on the seed, the stream and the index.</summary>
    public static XorShift For(ulong seed, ulong stream, long index)
        => new(SplitMix(seed ^ SplitMix(stream * 0x632BE59BD9B4E019UL + (ulong)index)));

    /// <summary>The SplitMix64 finaliser: a bijective scramble of 64 bits.</summary>
    public static ulong SplitMix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong x = _state;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        _state = x;
        return x * 0x2545F4914F6CDD1DUL;
    }

    /// <summary>A number in [0, <paramref name="max"/>), by multiply-and-shift of the high 32 bits.</summary>
    public int Next(int max)
    {
        if (max <= 0) throw new ArgumentOutOfRangeException(nameof(max));
        return (int)(((NextUInt64() >> 32) * (ulong)max) >> 32);
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Chance(int percent) => Next(100) < percent;

    /// <summary>One element of <paramref name="items"/>.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
