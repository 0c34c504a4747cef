using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Corpus.Explorer;
using Corpus.TestSupport;

namespace Corpus.Benchmarks;

/// <summary>
/// <c>-- report [--sizes 1000,10000] [rounds]</c>: how the HTML report of a large corpus behaves in a browser. For the
/// seeds and each synthetic size it renders the report, loads it in headless Chromium (<c>--dump-dom</c>, the DOM
/// once the page's script has run) <c>rounds</c> times alternately with the seeds' report, and reads the time the
/// page's script measured for its slowest filter (free text with a partner). The load is the whole browser run, so
/// the seeds' load is printed beside it: the ratio of the two is what compares across machines.
/// </summary>
public static class ReportProbe
{
    public static int Run(IReadOnlyList<int> sizes, int rounds)
    {
        if (!HeadlessChromium.IsInstalled)
        {
            Console.Error.WriteLine("report: no browser at " + HeadlessChromium.Executable + " (install chromium or set CORPUS_CHROMIUM)");
            return 2;
        }
        string folder = Directory.CreateDirectory(Path.Combine(Workload.RepositoryRoot, "artifacts", "bench-report")).FullName;
        string seedsPage = Write(folder, "seeds", Snapshot(Workload.ForSize(5)), out _, out _);
        Console.WriteLine("| N | engagements | page (MB) | render (s) | load (s), best of " + rounds + " | seeds' load (s) | ratio | filter (ms) |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (int n in sizes.Where(n => n != 5))
        {
            var snapshot = Snapshot(Workload.ForSize(n));
            string page = Write(folder, n.ToString(CultureInfo.InvariantCulture), snapshot, out long bytes, out double render);
            double load = double.MaxValue, seedsLoad = double.MaxValue;
            for (int i = 0; i < rounds; i++)
            {
                load = Math.Min(load, Load(page, null, out _));
                seedsLoad = Math.Min(seedsLoad, Load(seedsPage, null, out _));
            }
            string partner = snapshot.BusiestPartner() ?? "";
            Load(page, "#filter?partner=" + partner + "&text=minister", out string dom);
            var filter = FilterMs().Match(dom);
            Console.WriteLine(FormattableString.Invariant(
                $"| {n:N0} | {snapshot.Engagements.Count:N0} | {bytes / 1e6:0.00} | {render:0.00} | {load:0.00} | {seedsLoad:0.00} | {load / seedsLoad:0.00} | {(filter.Success ? filter.Groups[1].Value : "?")} |"));
        }
        return 0;
    }

    /// <summary>The records of a workload's corpus, compiled and loaded as the Explorer has them.</summary>
    private static CorpusSnapshot Snapshot(Workload workload)
    {
        var copy = FreshCopy.FromImage(workload.CompileToImage());
        return new CorpusSnapshot(
            (IReadOnlyList<Document>)copy.Get("Bench.Probe", "Documents"),
            (IReadOnlyList<Official>)copy.Get("Bench.Probe", "Officials"),
            (IReadOnlyList<Engagement>)copy.Get("Bench.Probe", "Engagements"), "KH");
    }

    private static string Write(string folder, string name, CorpusSnapshot snapshot, out long bytes, out double seconds)
    {
        var watch = Stopwatch.StartNew();
        string html = HtmlReport.Render(snapshot);
        seconds = watch.Elapsed.TotalSeconds;
        string page = Path.Combine(folder, name + ".html");
        File.WriteAllText(page, html, new UTF8Encoding(false));
        bytes = new FileInfo(page).Length;
        return page;
    }

    /// <summary>One headless browser run on <paramref name="page"/>, in seconds; <paramref name="dom"/> is the DOM it printed.</summary>
    private static double Load(string page, string? fragment, out string dom)
    {
        var watch = Stopwatch.StartNew();
        var result = HeadlessChromium.DumpDom(page, fragment);
        watch.Stop();
        dom = result.Stdout;
        if (result.ExitCode != 0 || !dom.Contains("data-ready=\"1\"", StringComparison.Ordinal))
            throw new InvalidOperationException("the browser did not finish the page " + page + " (exit code " + result.ExitCode + ")");
        return watch.Elapsed.TotalSeconds;
    }

    private static Regex FilterMs() => new("data-filter-ms=\"([0-9.]+)\"", RegexOptions.CultureInvariant);
}
