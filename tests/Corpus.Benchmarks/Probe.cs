using Corpus.TestSupport;
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Corpus.Benchmarks;

/// <summary>Each step once, timed with a stopwatch: a quick look at a size, and the proof that its generated code compiles and runs.</summary>
public static class Probe
{
    public static int Run(IReadOnlyList<int> sizes)
    {
        int failures = 0;
        Console.WriteLine($"{"N",6} {"files",6} {"cold 1st",9} {"cold 2nd",9} {"re-run",8} {"sources",8} {"MB",6} {"emit",8} {"first",8} {"json",8} {"engagements",11} {"officials",9} {"mentions",8} {"text MB",7} {"extract",8} {"MB/s",6}");
        foreach (int n in sizes)
        {
            try
            {
                var w = Workload.ForSize(n);
                var sw = Stopwatch.StartNew();
                var driver = w.NewDriver().RunGenerators(w.Consumer);
                var cold1 = sw.Elapsed;
                sw.Restart();
                driver = w.NewDriver().RunGenerators(w.Consumer);
                var cold2 = sw.Elapsed;
                // Extraction alone, once more on the same thread after the two cold runs: the engine's speed in MB of article text per second.
                var (articles, sidecars, gazetteer) = Stages.Prepare(w.Files);
                double textMb = Stages.Megabytes(articles);
                sw.Restart();
                Stages.Extract(articles, sidecars, gazetteer);
                var extractTime = sw.Elapsed;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  extraction alone: {Ms(extractTime)} ms for {textMb:F2} MB of article text, {textMb / extractTime.TotalSeconds:F1} MB/s"));
                var original = w.EditedArticle;
                var treesBefore = driver.GetRunResult().GeneratedTrees;
                var textsBefore = driver.GetRunResult().Results[0].GeneratedSources.ToDictionary(g => g.HintName, g => g.SourceText);
                sw.Restart();
                driver = driver.ReplaceAdditionalText(original, Workload.Edit(original)).RunGenerators(w.Consumer);
                var rerun = sw.Elapsed;
                int reused = driver.GetRunResult().GeneratedTrees.Count(t => treesBefore.Contains(t));
                // The driver makes a new tree for every source after every run; what the generator decides is which texts change.
                int changedTexts = driver.GetRunResult().Results[0].GeneratedSources.Count(g => !textsBefore.TryGetValue(g.HintName, out var old) || !old.ContentEquals(g.SourceText));
                // An edit that names a new official: the member names change, so every article is encoded again.
                var current = driver.GetRunResult().Results[0];
                var edited = w.Texts.Where(t => t.Path.EndsWith(".txt", StringComparison.Ordinal)).Skip(1).First();
                var withOfficial = new MemoryText(edited.Path, edited.GetText()!.ToString().TrimEnd('\n')
                    + "\n\nDeputy Prime Minister and Minister of National Defence General Zorba Quill met Turkish Ambassador to Cambodia Ansel Brightwater in Phnom Penh on April 26, 2023.\n");
                sw.Restart();
                var driver2 = driver.ReplaceAdditionalText(edited, withOfficial).RunGenerators(w.Consumer);
                var rerunNewOfficial = sw.Elapsed;
                Console.WriteLine($"  re-run after an edit that names a new official: {Ms(rerunNewOfficial)} ms");
                var result = driver.GetRunResult();
                var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
                foreach (var e in errors.Take(5)) Console.WriteLine("  generator error: " + e);
                double mb = result.GeneratedTrees.Sum(t => (double)t.Length) / 1e6;

                sw.Restart();
                foreach (var t in result.GeneratedTrees) t.GetRoot();
                var parseOwn = sw.Elapsed;
                sw.Restart();
                var reparsed = result.Results[0].GeneratedSources.Select(g => Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(g.SourceText, w.ParseOptions, g.HintName)).ToList();
                foreach (var t in reparsed) t.GetRoot();
                var parse = sw.Elapsed;
                Console.WriteLine($"  parsing the generated files: {Ms(parseOwn)} ms (the run's trees), {Ms(parse)} ms (parsed again)");
                sw.Restart();
                using var image = new System.IO.MemoryStream();
                var emit = w.WithGenerated(result.GeneratedTrees).Emit(image);
                var emitTime = sw.Elapsed;
                foreach (var d in emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Take(5)) Console.WriteLine("  compile: " + d);
                if (!emit.Success) { failures++; continue; }

                var sides = new FirstAccessSides(w);
                int count;
                TimeSpan first, jsonTime;
                using (var copy = sides.LoadGenerated())
                {
                    var touch = FirstAccessSides.Generated(copy);
                    int touched = 0;
                    first = TimeSpan.FromMilliseconds(Timed(() => touched = touch(sides.Id)).Ms);
                    count = touched;
                }
                using (var copy = sides.LoadPeer())
                {
                    var touch = FirstAccessSides.Peer(copy);
                    int peerCount = 0;
                    jsonTime = TimeSpan.FromMilliseconds(Timed(() => peerCount = touch(sides.Json, sides.Id)).Ms);
                    if (peerCount != count) { Console.WriteLine($"  the JSON peer counted {peerCount}, the generated code {count}"); failures++; }
                }
                Console.WriteLine($"  after the edit, {changedTexts} of {result.GeneratedTrees.Length} generated files changed their text; {reused} syntax trees are the same objects as before (the driver parses every source again after each run)");
                Console.WriteLine($"{n,6} {w.Texts.Length,6} {Ms(cold1),9} {Ms(cold2),9} {Ms(rerun),8} {result.GeneratedTrees.Length,8} {mb,6:F1} {Ms(emitTime),8} {Ms(first),8} {Ms(jsonTime),8} {sides.Count,11} {sides.Officials,9} {sides.Mentions,8} {textMb.ToString("F2", CultureInfo.InvariantCulture),7} {Ms(extractTime),8} {(textMb / extractTime.TotalSeconds).ToString("F1", CultureInfo.InvariantCulture),6}");
                if (count != sides.Count + 1 && sides.Count > 0) { Console.WriteLine("  first access returned " + count); failures++; }
                if (errors.Count > 0) failures++;
            }
            catch (Exception e)
            {
                Console.WriteLine($"{n,6} failed: {e}");
                failures++;
            }
        }
        Console.WriteLine("times in ms; cold 1st includes JIT of the generator; re-run = one article edited; extract = the engine alone over the articles once more, MB/s of article text (UTF-8)");
        return failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// First access on both sides, <paramref name="rounds"/> times each, each time on a fresh load
    /// and after a full collection, so that no side pays for the garbage of the round before (the
    /// other side's, or the unloaded copy's); the memory is what stays allocated after the access
    /// (a full collection before and after), as the <c>build</c> probe measures it.
    /// </summary>
    public static int FirstAccess(IReadOnlyList<int> sizes, int rounds)
    {
        foreach (int n in sizes)
        {
            var sides = new FirstAccessSides(Workload.ForSize(n));
            var generated = new List<double>();
            var json = new List<double>();
            var generatedMemory = new List<long>();
            var jsonMemory = new List<long>();
            for (int i = 0; i < rounds; i++)
            {
                using (var copy = sides.LoadGenerated())
                {
                    var touch = FirstAccessSides.Generated(copy);
                    var (time, memory) = Timed(() => touch(sides.Id));
                    generated.Add(time);
                    generatedMemory.Add(memory);
                }
                using (var copy = sides.LoadPeer())
                {
                    var touch = FirstAccessSides.Peer(copy);
                    var (time, memory) = Timed(() => touch(sides.Json, sides.Id));
                    json.Add(time);
                    jsonMemory.Add(memory);
                }
            }
            Console.WriteLine($"N={n}: generated {string.Join(" ", generated.Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))} ms (median {Median(generated):F1}, memory after {Median(generatedMemory) / 1e6:F1} MB); "
                + $"json {string.Join(" ", json.Select(t => t.ToString("F1", CultureInfo.InvariantCulture)))} ms (median {Median(json):F1}, memory after {Median(jsonMemory) / 1e6:F1} MB; {sides.Json.Length / 1e6:F1} MB of JSON)");
        }
        return 0;
    }

    // One first access after a full collection: its time in ms and the managed memory it leaves allocated.
    private static (double Ms, long Memory) Timed(Func<int> access)
    {
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var sw = Stopwatch.StartNew();
        int result = access();
        double ms = sw.Elapsed.TotalMilliseconds;
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        return (ms, after - before);
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

    private static long Median(List<long> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
