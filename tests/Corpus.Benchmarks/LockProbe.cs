using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Corpus.Generator;
using Corpus.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Benchmarks;

/// <summary>
/// <c>-- lock [--sizes 1000,10000]</c>: what the lock file costs. For each size the generator runs
/// without a lock, with a lock that matches, and with a lock that differs in one date (the
/// comparison then reads the whole file); each cold and after an edit of one article. (The driver's
/// step records are not used: recording every step costs far more than the steps at these sizes.)
/// </summary>
public static class LockProbe
{
    private const string LockPath = Workload.Root + "../corpus.lock.yaml";

    public static int Run(IReadOnlyList<int> sizes)
    {
        Console.WriteLine($"{"N",6} {"lock KB",8} {"none cold",10} {"same cold",10} {"diff cold",10} {"none edit",10} {"same edit",10} {"diff edit",10} {"errors",7}");
        int failures = 0;
        foreach (int n in sizes)
        {
            var w = Workload.ForSize(n);
            var texts = w.Texts;
            string lockText = LockText(w);
            // The synthetic articles' engagements are dated: change the first date of the lock.
            int at = lockText.IndexOf("    date: 2", StringComparison.Ordinal);
            string differing = at < 0 ? lockText + "# changed\n" : lockText.Substring(0, at) + "    date: 1999" + lockText.Substring(at + "    date: 2xxx".Length);

            Time(w, texts, lockText, false); // warm-up: the JIT of the generator and of the lock's code, not measured
            var none = Time(w, texts, null, false);
            var same = Time(w, texts, lockText, false);
            var diff = Time(w, texts, differing, false);
            if (same.Errors > 0) { Console.WriteLine("  a matching lock reported errors"); failures++; }
            if (diff.Errors == 0) { Console.WriteLine("  a differing lock reported no error"); failures++; }
            Console.WriteLine($"{n,6} {lockText.Length / 1024,8} {Ms(none.Cold),10} {Ms(same.Cold),10} {Ms(diff.Cold),10} {Ms(none.Edit),10} {Ms(same.Edit),10} {Ms(diff.Edit),10} {diff.Errors,7}");
        }
        Console.WriteLine("times in ms; edit = re-run after one article is edited; none = no lock file, same = a lock that matches, diff = a lock that differs in one date");
        return failures == 0 ? 0 : 1;
    }

    private static CorpusOptionsProvider Options(Workload w, bool update) => new(new Dictionary<string, string>
    {
        ["CorpusNamespace"] = Workload.Namespace,
        ["CorpusDirectory"] = Workload.Root,
        ["CorpusLockFileFullPath"] = LockPath,
        ["CorpusLock"] = update ? "update" : "",
    }, w.Texts.Select(t => t.Path));

    private static GeneratorDriver Driver(Workload w, ImmutableArray<AdditionalText> texts, bool update, bool track) => CSharpGeneratorDriver.Create(
        new[] { new CorpusGenerator().AsSourceGenerator() }, texts, w.ParseOptions, Options(w, update),
        new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    private static string LockText(Workload w)
    {
        var result = Driver(w, w.Texts, update: true, track: false).RunGenerators(w.Consumer).GetRunResult();
        var source = result.Results[0].GeneratedSources.Single(s => s.HintName == "Corpus.Lock.g.cs").SourceText.ToString();
        return string.Concat(source.Split('\n').Where(l => l.StartsWith("//|", StringComparison.Ordinal)).Select(l => (l.Length > 4 ? l.Substring(4) : "") + "\n"));
    }

    private sealed record Timing(TimeSpan Cold, TimeSpan Edit, int Errors);

    private static Timing Time(Workload w, ImmutableArray<AdditionalText> texts, string? lockText, bool track)
    {
        if (lockText is not null) texts = texts.Add(new MemoryText(LockPath, lockText));
        var sw = Stopwatch.StartNew();
        var driver = Driver(w, texts, update: false, track).RunGenerators(w.Consumer);
        var cold = sw.Elapsed;
        var result = driver.GetRunResult();
        int errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        sw.Restart();
        driver.ReplaceAdditionalText(w.EditedArticle, Workload.Edit(w.EditedArticle)).RunGenerators(w.Consumer);
        var edit = sw.Elapsed;
        return new Timing(cold, edit, errors);
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F0", System.Globalization.CultureInfo.InvariantCulture);
}
