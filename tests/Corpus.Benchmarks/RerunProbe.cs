using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Corpus.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks;

/// <summary>
/// A re-run after a one-article edit: its time, which generated files changed, and what parsing
/// the generated files costs, by file. (The driver's step tracking is left off: with Roslyn 4.14
/// it takes minutes at 1,000 articles and more.)
/// </summary>
public static class RerunProbe
{
    public static int Run(IReadOnlyList<int> sizes, int rounds)
    {
        foreach (int n in sizes)
        {
            var w = Workload.ForSize(n);
            var articles = w.Texts.Where(t => t.Path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
            {
                var driver = w.NewDriver().RunGenerators(w.Consumer);
                // The second cold run, timed in the same process, is what the re-runs are compared with:
                // on a loaded machine their ratio is steadier than either time.
                var coldWatch = Stopwatch.StartNew();
                driver = w.NewDriver().RunGenerators(w.Consumer);
                double cold = coldWatch.Elapsed.TotalMilliseconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={n} cold run: {cold:F1} ms"));
                var plain = new List<double>();
                var official = new List<double>();
                // Processor time (every thread of the process, the collector's too) and bytes allocated:
                // steadier than the elapsed time on a loaded machine, where a run waits for a core.
                var plainCpu = new List<double>();
                var officialCpu = new List<double>();
                var plainAlloc = new List<double>();
                var officialAlloc = new List<double>();
                var process = Process.GetCurrentProcess();
                for (int round = 0; round < rounds; round++)
                {
                    foreach (bool newOfficial in new[] { false, true })
                    {
                        var article = articles[(round * 2 + (newOfficial ? 1 : 0)) * 37 % articles.Count];
                        var text = article.GetText()!.ToString().TrimEnd('\n') + (newOfficial
                            ? $"\n\nDeputy Prime Minister and Minister of National Defence General Zorba Quill{round} met Turkish Ambassador to Cambodia Ansel Brightwater in Phnom Penh on April 26, 2023.\n"
                            : "\n\nBoth sides also agreed to meet again next year.\n");
                        var before = driver.GetRunResult().Results[0].GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText);
                        GC.Collect();
                        process.Refresh();
                        var cpu0 = process.TotalProcessorTime;
                        long alloc0 = GC.GetTotalAllocatedBytes(true);
                        var sw = Stopwatch.StartNew();
                        driver = driver.ReplaceAdditionalText(article, new MemoryText(article.Path, text)).RunGenerators(w.Consumer);
                        double ms = sw.Elapsed.TotalMilliseconds;
                        double mb = (GC.GetTotalAllocatedBytes(true) - alloc0) / 1e6;
                        process.Refresh();
                        double cpu = (process.TotalProcessorTime - cpu0).TotalMilliseconds;
                        (newOfficial ? official : plain).Add(ms);
                        (newOfficial ? officialCpu : plainCpu).Add(cpu);
                        (newOfficial ? officialAlloc : plainAlloc).Add(mb);
                        var result = driver.GetRunResult().Results[0];
                        var changed = result.GeneratedSources.Where(s => !before.TryGetValue(s.HintName, out var old) || !old.ContentEquals(s.SourceText)).Select(s => s.HintName).ToList();
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"N={n} {(newOfficial ? "new official" : "plain edit  ")}: {ms,7:F1} ms, processor {cpu,7:F1} ms, allocated {mb,6:F1} MB; {changed.Count} of {result.GeneratedSources.Length} files changed ({string.Join(", ", changed.Take(4))})"));
                    }
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={n}: plain edit median {Median(plain):F1} ms, new official median {Median(official):F1} ms"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"N={n}: as a share of the cold run ({cold:F1} ms): plain edit {100 * Median(plain) / cold:F1} %, new official {100 * Median(official) / cold:F1} %"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"N={n}: processor time, medians: plain edit {Median(plainCpu):F1} ms, new official {Median(officialCpu):F1} ms; allocated: {Median(plainAlloc):F1} and {Median(officialAlloc):F1} MB"));
                // What the driver's parse of every generated file costs, by file.
                var parse = new Dictionary<string, double>();
                foreach (var s in driver.GetRunResult().Results[0].GeneratedSources)
                {
                    var sw = Stopwatch.StartNew();
                    CSharpSyntaxTree.ParseText(s.SourceText, w.ParseOptions, s.HintName).GetRoot();
                    string group = Group(s.HintName);
                    parse[group] = parse.GetValueOrDefault(group) + sw.Elapsed.TotalMilliseconds;
                }
                var sizesByGroup = driver.GetRunResult().Results[0].GeneratedSources
                    .GroupBy(s => Group(s.HintName))
                    .ToDictionary(g => g.Key, g => g.Sum(s => (double)s.SourceText.Length));
                foreach (var (group, ms) in parse.OrderByDescending(p => p.Value))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    parse {group,-28} {ms,8:F1} ms  {sizesByGroup[group] / 1e6,6:F2} M chars"));
            }
        }
        return 0;
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

    private static string Group(string hint)
        => hint.StartsWith("Corpus.Data.Shard", StringComparison.Ordinal) ? "shards"
            : hint.StartsWith("Corpus.Officials.Shard", StringComparison.Ordinal) ? "officials' shards" : hint;
}

/// <summary>The corpus-wide functions a re-run calls, timed one by one on the facts of a synthetic corpus.</summary>
public static class CorpusStepProbe
{
    public static int Run(IReadOnlyList<int> sizes, int rounds)
    {
        var generator = typeof(Corpus.Generator.CorpusGenerator).Assembly;
        var name = generator.GetType("Corpus.Generator.Naming.MemberNames")!.GetMethod("Name")!;
        var parts = generator.GetType("Corpus.Generator.Emit.CorpusEmitter")!.GetMethod("Parts")!;
        foreach (int n in sizes)
        {
            var w = Workload.ForSize(n);
            var (articles, sidecars, gazetteer) = Stages.Prepare(w.Files);
            var facts = Stages.Extract(articles, sidecars, gazetteer);
            var merged = Corpus.Extraction.Pipeline.CorpusAssembler.Assemble(facts, gazetteer);
            var widest = merged.Officials.OrderByDescending(o => o.Documents.Count).Take(3).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"N={n}: {merged.Officials.Count} officials; the most documents per official: {string.Join(", ", widest.Select(o => o.Documents.Count))}; the most positions: {merged.Officials.Max(o => o.Positions.Count)}; the most engagements: {merged.Officials.Max(o => o.Engagements.Count)}"));
            for (int round = 0; round < rounds; round++)
            {
                var sw = Stopwatch.StartNew();
                var corpus = Corpus.Extraction.Pipeline.CorpusAssembler.Assemble(facts, gazetteer);
                double assemble = sw.Elapsed.TotalMilliseconds;
                // The two halves of assembling: summarising each article (cached per article in the
                // generator, so a re-run does it for the edited article only) and merging the summaries.
                sw.Restart();
                var summaries = facts.Select(Corpus.Extraction.Pipeline.ArticleSummary.Of).ToList();
                double summarise = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                var merged2 = Corpus.Extraction.Pipeline.CorpusAssembler.Merge(summaries, gazetteer);
                double merge = sw.Elapsed.TotalMilliseconds;
                if (!merged2.Equals(corpus)) throw new InvalidOperationException("merging the summaries gave another corpus than assembling the facts");
                sw.Restart();
                var model = name.Invoke(null, new object?[] { corpus, "Bench", null })!;
                double naming = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                var list1 = ((System.Collections.IEnumerable)parts.Invoke(null, new[] { model })!).Cast<object>().ToList();
                var model2 = name.Invoke(null, new object?[] { Corpus.Extraction.Pipeline.CorpusAssembler.Assemble(facts, gazetteer), "Bench", null })!;
                var list2 = ((System.Collections.IEnumerable)parts.Invoke(null, new[] { model2 })!).Cast<object>().ToList();
                var corpus2 = Corpus.Extraction.Pipeline.CorpusAssembler.Assemble(facts, gazetteer);
                sw.Restart();
                bool equal = list1.Zip(list2).All(p => p.First.Equals(p.Second));
                double compare = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                bool factsEqual = corpus.Equals(corpus2);
                double compareFacts = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                bool modelEqual = model.Equals(model2);
                double compareModel = sw.Elapsed.TotalMilliseconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"N={n}: assemble {assemble:F1} ms (summarise {summarise:F1} ms, merge {merge:F1} ms), name {naming:F1} ms, compare parts {compare:F1} ms (equal {equal}), compare facts {compareFacts:F1} ms ({factsEqual}), compare model {compareModel:F1} ms ({modelEqual}); load {System.IO.File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
            }
        }
        return 0;
    }
}

/// <summary>
/// Writes the generated sources of one cold run at each size to DIR/N/, one file per hint name, so
/// two trees' outputs can be compared byte for byte (<c>diff -r</c>).
/// </summary>
public static class GeneratedDump
{
    public static int Run(IReadOnlyList<int> sizes, string folder)
    {
        foreach (int n in sizes)
        {
            var w = Workload.ForSize(n);
            var result = w.NewDriver().RunGenerators(w.Consumer).GetRunResult().Results[0];
            string dir = System.IO.Path.Combine(folder, n.ToString(CultureInfo.InvariantCulture));
            System.IO.Directory.CreateDirectory(dir);
            foreach (var s in result.GeneratedSources)
                System.IO.File.WriteAllText(System.IO.Path.Combine(dir, s.HintName), s.SourceText.ToString(), new System.Text.UTF8Encoding(false));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={n}: {result.GeneratedSources.Length} files written to {dir}; {result.Diagnostics.Length} diagnostics"));
        }
        return 0;
    }
}
