using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace Corpus.Benchmarks;

/// <summary>
/// <c>-- guard [--rounds N] [--reference-ratio R]</c>: the regression guard. In one process it
/// times the generator's cold run at 1,000 synthetic articles and a fixed reference workload
/// (<see cref="Reference"/>) round after round, each after a full collection, takes the median of the
/// rounds' ratios (processor time of the measuring thread, <see cref="ThreadCpu"/>: a busy machine inflates
/// it less than elapsed time, and the runtime's background threads are not in it; tiered compilation off,
/// as <c>.ci/perf-guard</c> runs it) and compares it with the ratio committed in <c>docs/benchmarks.md</c> (<c>&lt;!-- guard-ratio: … --&gt;</c>, or
/// <c>--reference-ratio</c>). Exit code 1 on a slowdown of more than 50 %.
/// </summary>
public static class Guard
{
    public const int Articles = 1000;

    /// <summary>Unmeasured runs of both workloads before the rounds.</summary>
    public const int WarmUps = 3;

    public static int Run(IReadOnlyList<string> args)
    {
        int rounds = 7;
        double? given = null;
        for (int i = 1; i < args.Count; i++)
        {
            if (args[i] == "--rounds" && i + 1 < args.Count) rounds = int.Parse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture);
            else if (args[i] == "--reference-ratio" && i + 1 < args.Count) given = double.Parse(args[++i], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine("guard: unknown argument " + args[i] + " (use --rounds N, --reference-ratio R)"); return 2; }
        }
        string docs = Path.Combine(Workload.RepositoryRoot, "docs", "benchmarks.md");
        double? committed = given ?? (File.Exists(docs) ? GuardVerdict.ReadCommittedRatio(File.ReadAllText(docs)) : null);
        if (committed is null)
        {
            Console.Error.WriteLine($"perf guard: FAILED: no committed ratio ({GuardVerdict.Marker(1).Replace("1.00", "R", StringComparison.Ordinal)}) in {docs}");
            return 1;
        }

        var w = Workload.ForSize(Articles);
        var reference = new Reference();
        // Warm-up, not measured: the JIT of the generator, the engine and the reference (all at once when tiered
        // compilation is off, as .ci/perf-guard runs it), and the engine's patterns compiled.
        w.Verified(w.NewDriver().RunGenerators(w.Consumer));
        for (int i = 0; i < WarmUps; i++)
        {
            reference.Run();
            w.NewDriver().RunGenerators(w.Consumer);
        }

        var refCpu = new List<double>();
        var genCpu = new List<double>();
        var ratios = new List<double>();
        var processRatios = new List<double>();
        var wallRatios = new List<double>();
        string clock = ThreadCpu.Available ? "thread" : "process";
        Console.WriteLine($"{"round",5} {"reference cpu",13} {"cold run cpu",12} {"ratio",7} {"background",10} {"reference ms",12} {"cold run ms",11} {"ratio",7}");
        for (int round = 1; round <= rounds; round++)
        {
            var r = Measure(() => reference.Run());
            var g = Measure(() => w.NewDriver().RunGenerators(w.Consumer));
            double ratio = g.Cpu / r.Cpu;
            refCpu.Add(r.Cpu);
            genCpu.Add(g.Cpu);
            ratios.Add(ratio);
            processRatios.Add(g.ProcessCpu / r.ProcessCpu);
            wallRatios.Add(g.Wall / r.Wall);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{round,5} {r.Cpu,13:F0} {g.Cpu,12:F0} {ratio,7:F2} {r.ProcessCpu - r.Cpu + g.ProcessCpu - g.Cpu,10:F0} {r.Wall,12:F0} {g.Wall,11:F0} {g.Wall / r.Wall,7:F2}"));
        }
        double estimate = GuardVerdict.Median(ratios);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"median ratio {estimate:F2} (processor time of the {clock}; the ratio of the fastest rounds is {GuardVerdict.RatioOfFastest(genCpu, refCpu):F2}, {genCpu.Min():F0} / {refCpu.Min():F0} ms; the median by the process's processor time {GuardVerdict.Median(processRatios):F2}, by elapsed time {GuardVerdict.Median(wallRatios):F2}); reference checksum {reference.Checksum}; tiered compilation {(TieringOff ? "off" : "ON")}; load {LoadAverage()}"));
        if (!TieringOff)
        {
            Console.WriteLine("note: the committed ratio is measured with tiered compilation off (DOTNET_TieredCompilation=0, as .ci/perf-guard sets it); this run's ratio is not comparable");
        }
        Console.WriteLine("to commit this run's ratio: " + GuardVerdict.Marker(estimate));
        var (passed, message) = given is null ? GuardVerdict.Compare(estimate, committed.Value) : GuardVerdict.Compare(estimate, committed.Value, "given with --reference-ratio");
        Console.WriteLine(message);
        return passed ? 0 : 1;
    }

    /// <summary>True when the runtime compiles every method once, optimised (<c>DOTNET_TieredCompilation=0</c>).</summary>
    private static bool TieringOff =>
        (Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") ?? Environment.GetEnvironmentVariable("COMPlus_TieredCompilation")) == "0";

    /// <summary>Milliseconds of processor time (the measuring thread's, or the process's where that clock is missing), of the process's and of elapsed time.</summary>
    private readonly record struct Times(double Cpu, double ProcessCpu, double Wall);

    /// <summary>
    /// The times an action takes, after a full collection, so that no workload's garbage is collected (and charged)
    /// during the other's.
    /// </summary>
    private static Times Measure(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var processCpu = process.TotalProcessorTime;
        double thread = ThreadCpu.Available ? ThreadCpu.Milliseconds() : 0;
        var sw = Stopwatch.StartNew();
        action();
        var wall = sw.Elapsed;
        double threadCpu = ThreadCpu.Available ? ThreadCpu.Milliseconds() - thread : 0;
        process.Refresh();
        double processMs = (process.TotalProcessorTime - processCpu).TotalMilliseconds;
        return new Times(ThreadCpu.Available ? threadCpu : processMs, processMs, wall.TotalMilliseconds);
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Trim(); }
        catch (IOException) { return "unknown"; }
        catch (UnauthorizedAccessException) { return "unknown"; }
    }

    /// <summary>
    /// A fixed workload of the same nature as extraction, and independent of Corpus's code so that
    /// it stays the same when Corpus changes: a text of 3,000,000 characters made once from a fixed
    /// seed (words, capitalised names, numbers, full stops and commas), split into sentences and
    /// words, words counted in a dictionary and folded to upper case, and eight fixed regular
    /// expressions (interpreted) run over every sentence. About half as long as the cold run; what it computes is checked by <see cref="Checksum"/>.
    /// </summary>
    public sealed class Reference
    {
        private static readonly string[] s_words =
        {
            "the", "of", "and", "to", "in", "on", "with", "for", "at", "by", "minister", "defence", "cooperation", "visit",
            "meeting", "signed", "agreement", "training", "exercise", "ceremony", "delegation", "officials", "discussed",
            "security", "maritime", "border", "army", "navy", "general", "ambassador", "embassy", "capital", "week", "year",
        };

        private static readonly string[] s_names = { "Alder", "Brook", "Cedar", "Dale", "Elm", "Fern", "Grove", "Heath", "Ivy", "Juniper", "Kestrel", "Linden" };
        private static readonly string[] s_months = { "January", "March", "May", "July", "September", "November" };

        private readonly Regex[] _patterns =
        {
            new(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}(?:,\s+\d{4})?\b", RegexOptions.CultureInvariant),
            new(@"\b(?:met|signed|visited|held|discussed)\b(?=[^.]{0,40}\b(?:agreement|meeting|visit)\b)", RegexOptions.CultureInvariant),
            new(@"\b\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2}\b", RegexOptions.CultureInvariant),
            new(@"\b(?:in|at|to)\s+(?:the\s+)?capital\b", RegexOptions.CultureInvariant),
            new(@"\b(?:will|to be|plans? to)\s+(?:\w+\s+){0,4}(?:visit|meeting)\b", RegexOptions.CultureInvariant),
            new(@"(?<=\b(?:the|a)\s)(?:visit|meeting|ceremony)s?\b", RegexOptions.CultureInvariant),
            new(@"\b\d{2,4}\b", RegexOptions.CultureInvariant),
            new(@",\s*\p{Lu}\w*(?:\s+\p{Lu}\w*){0,2}\s*,", RegexOptions.CultureInvariant),
        };

        private readonly string _text;

        public Reference()
        {
            // xorshift64*, fixed seed: the same text on every machine and .NET version.
            ulong state = 0x9E3779B97F4A7C15UL;
            int Next(int n)
            {
                state ^= state >> 12;
                state ^= state << 25;
                state ^= state >> 27;
                return (int)((state * 0x2545F4914F6CDD1DUL >> 33) % (ulong)n);
            }
            var sb = new StringBuilder(3_010_000);
            while (sb.Length < 3_000_000)
            {
                int length = 8 + Next(20);
                for (int i = 0; i < length; i++)
                {
                    if (i > 0) sb.Append(' ');
                    int kind = Next(10);
                    if (kind == 0) sb.Append(s_names[Next(s_names.Length)]).Append(' ').Append(s_names[Next(s_names.Length)]);
                    else if (kind == 1) sb.Append(s_months[Next(s_months.Length)]).Append(' ').Append(1 + Next(28)).Append(", ").Append(2000 + Next(25));
                    else sb.Append(s_words[Next(s_words.Length)]);
                    if (Next(12) == 0) sb.Append(',');
                }
                sb.Append(". ");
                if (Next(6) == 0) sb.Append('\n');
            }
            _text = sb.ToString();
        }

        /// <summary>What the last run computed: the same number on every run.</summary>
        public long Checksum { get; private set; }

        public void Run()
        {
            long sum = 0;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var line in _text.Split('\n'))
            {
                foreach (var raw in line.Split(new[] { ". " }, StringSplitOptions.RemoveEmptyEntries))
                {
                    string sentence = raw.Trim();
                    foreach (var word in sentence.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        string folded = word.ToUpperInvariant();
                        counts.TryGetValue(folded, out int n);
                        counts[folded] = n + 1;
                    }
                    foreach (var pattern in _patterns)
                    {
                        foreach (Match m in pattern.Matches(sentence)) sum += m.Index + m.Length;
                    }
                }
            }
            Checksum = sum + counts.Count + counts.Values.Sum();
        }
    }
}
