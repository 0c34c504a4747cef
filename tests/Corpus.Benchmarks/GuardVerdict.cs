using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Corpus.Benchmarks;

/// <summary>
/// The regression guard's arithmetic, with no clock in it (the tests link this file): the
/// committed ratio read from <c>docs/benchmarks.md</c>, the median of a run's ratios (the guard's estimate), the
/// ratio of each workload's fastest round (printed beside it), and the verdict.
/// </summary>
public static class GuardVerdict
{
    /// <summary>A measured ratio above the committed one times this fails: a slowdown of more than 50 %.</summary>
    public const double AllowedFactor = 1.5;

    /// <summary>The machine-readable line of <c>docs/benchmarks.md</c> that holds the committed ratio.</summary>
    public const string MarkerName = "guard-ratio";

    private static readonly Regex s_marker = new(@"<!--\s*guard-ratio:\s*(?<ratio>[0-9]+(?:\.[0-9]+)?)\s*-->", RegexOptions.CultureInvariant);

    /// <summary>The ratio of the line <c>&lt;!-- guard-ratio: 12.3 --&gt;</c>, or null when the text has none (or more than one).</summary>
    public static double? ReadCommittedRatio(string markdown)
    {
        var matches = s_marker.Matches(markdown);
        if (matches.Count != 1) return null;
        double ratio = double.Parse(matches[0].Groups["ratio"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        return ratio > 0 ? ratio : null;
    }

    /// <summary>The line to commit for a ratio.</summary>
    public static string Marker(double ratio) => string.Create(CultureInfo.InvariantCulture, $"<!-- {MarkerName}: {ratio:F2} -->");

    /// <summary>The median (the mean of the two middle values for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0) throw new ArgumentException("No values.", nameof(values));
        int mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>
    /// The fastest round of the measured workload over the fastest round of the reference (each workload's minimum,
    /// which a busy machine can only raise; the guard prints it beside the median of the rounds' ratios), or NaN when either list is
    /// empty or holds a time that is not positive (which <see cref="Compare"/> then refuses).
    /// </summary>
    public static double RatioOfFastest(IReadOnlyCollection<double> measured, IReadOnlyCollection<double> reference)
    {
        if (measured.Count == 0 || reference.Count == 0) return double.NaN;
        double fastest = measured.Min(), fastestReference = reference.Min();
        if (!(fastest > 0) || !(fastestReference > 0)) return double.NaN;
        return fastest / fastestReference;
    }

    /// <summary>Passes unless <paramref name="measured"/> exceeds <paramref name="committed"/> × <see cref="AllowedFactor"/>; the message names both ratios.</summary>
    public static (bool Passed, string Message) Compare(double measured, double committed, string source = "committed in docs/benchmarks.md")
    {
        if (double.IsNaN(measured) || measured <= 0 || double.IsNaN(committed) || committed <= 0)
        {
            return (false, string.Create(CultureInfo.InvariantCulture, $"perf guard: FAILED: cannot compare a measured ratio of {measured:F2} with a committed ratio of {committed:F2}"));
        }
        double limit = committed * AllowedFactor;
        double change = (measured / committed - 1) * 100;
        string sign = change >= 0 ? "+" : "";
        if (measured > limit)
        {
            return (false, string.Create(CultureInfo.InvariantCulture,
                $"perf guard: FAILED: the generator's cold run at 1,000 articles is {measured:F2} times the reference workload, against {committed:F2} {source} ({sign}{change:F0} %; the limit is {limit:F2}, +50 %)"));
        }
        return (true, string.Create(CultureInfo.InvariantCulture,
            $"perf guard: passed: ratio {measured:F2} against {committed:F2} {source} ({sign}{change:F0} %; the limit is {limit:F2}, +50 %)"));
    }
}
