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
/// Where a re-run after a one-article edit spends its time: the driver's whole run, the
/// pipeline's steps as the driver's step tracking reports them (the steps that ran again), how
/// many outputs were emitted again, and what parsing the generated files costs, by file.
/// </summary>
public static class RerunProbe
{
    public static int Run(IReadOnlyList<int> sizes, int rounds)
    {
        foreach (int n in sizes)
        {
            var w = Workload.ForSize(n);
            var articles = w.Texts.Where(t => t.Path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
            foreach (bool track in new[] { false, true })
            {
                var driver = w.NewDriver(track).RunGenerators(w.Consumer);
                driver = w.NewDriver(track).RunGenerators(w.Consumer);
                var plain = new List<double>();
                var official = new List<double>();
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
                        var sw = Stopwatch.StartNew();
                        driver = driver.ReplaceAdditionalText(article, new MemoryText(article.Path, text)).RunGenerators(w.Consumer);
                        double ms = sw.Elapsed.TotalMilliseconds;
                        (newOfficial ? official : plain).Add(ms);
                        var result = driver.GetRunResult().Results[0];
                        var changed = result.GeneratedSources.Where(s => !before.TryGetValue(s.HintName, out var old) || !old.ContentEquals(s.SourceText)).Select(s => s.HintName).ToList();
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"N={n} tracking={(track ? "on " : "off")} {(newOfficial ? "new official" : "plain edit  ")}: {ms,7:F1} ms; {changed.Count} of {result.GeneratedSources.Length} files changed ({string.Join(", ", changed.Take(4))})"));
                        if (track)
                        {
                            foreach (var (step, runs) in result.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
                            {
                                var ran = runs.Where(r => r.Outputs.Any(o => o.Reason is IncrementalStepRunReason.Modified or IncrementalStepRunReason.New)).ToList();
                                if (ran.Count == 0) continue;
                                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {step,-14} ran {ran.Count,6} of {runs.Length,6}: {ran.Sum(r => r.ElapsedTime.TotalMilliseconds),8:F1} ms"));
                            }
                        }
                    }
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={n} tracking={(track ? "on" : "off")}: plain edit median {Median(plain):F1} ms, new official median {Median(official):F1} ms"));
                if (track) continue;
                // What the driver's parse of every generated file costs, by file.
                var parse = new Dictionary<string, double>();
                foreach (var s in driver.GetRunResult().Results[0].GeneratedSources)
                {
                    var sw = Stopwatch.StartNew();
                    CSharpSyntaxTree.ParseText(s.SourceText, w.ParseOptions, s.HintName).GetRoot();
                    string group = s.HintName.StartsWith("Corpus.Data.Shard", StringComparison.Ordinal) ? "shards" : s.HintName;
                    parse[group] = parse.GetValueOrDefault(group) + sw.Elapsed.TotalMilliseconds;
                }
                var sizesByGroup = driver.GetRunResult().Results[0].GeneratedSources
                    .GroupBy(s => s.HintName.StartsWith("Corpus.Data.Shard", StringComparison.Ordinal) ? "shards" : s.HintName)
                    .ToDictionary(g => g.Key, g => g.Sum(s => (double)s.SourceText.Length));
                foreach (var (group, ms) in parse.OrderByDescending(p => p.Value))
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    parse {group,-28} {ms,8:F1} ms  {sizesByGroup[group] / 1e6,6:F2} M chars"));
            }
        }
        return 0;
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
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
            for (int round = 0; round < rounds; round++)
            {
                var sw = Stopwatch.StartNew();
                var corpus = Corpus.Extraction.Pipeline.CorpusAssembler.Assemble(facts, gazetteer);
                double assemble = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                var model = name.Invoke(null, new object[] { corpus, "Bench" })!;
                double naming = sw.Elapsed.TotalMilliseconds;
                sw.Restart();
                var list1 = ((System.Collections.IEnumerable)parts.Invoke(null, new[] { model })!).Cast<object>().ToList();
                var model2 = name.Invoke(null, new object[] { Corpus.Extraction.Pipeline.CorpusAssembler.Assemble(facts, gazetteer), "Bench" })!;
                var list2 = ((System.Collections.IEnumerable)parts.Invoke(null, new[] { model2 })!).Cast<object>().ToList();
                sw.Restart();
                bool equal = list1.Zip(list2).All(p => p.First.Equals(p.Second));
                double compare = sw.Elapsed.TotalMilliseconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"N={n}: assemble {assemble:F1} ms, name {naming:F1} ms, compare parts {compare:F1} ms (equal {equal})"));
            }
        }
        return 0;
    }
}
