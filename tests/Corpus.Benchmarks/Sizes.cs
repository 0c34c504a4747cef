using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Corpus.Benchmarks;

/// <summary>
/// The corpus sizes every benchmark runs at: 5 (the seeds), 100, 1,000 and 10,000 articles unless
/// <c>--sizes</c> on the command line (kept in <see cref="Variable"/> so that the processes
/// BenchmarkDotNet starts see the same list) names others.
/// </summary>
public static class Sizes
{
    public const string Variable = "CORPUS_BENCH_SIZES";

    public static readonly int[] Default = { 5, 100, 1000, 10000 };

    public static IEnumerable<int> Current
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(Variable);
            if (string.IsNullOrWhiteSpace(value)) return Default;
            return value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(s => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        }
    }
}
