using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Corpus.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>-- --filter PATTERN [--sizes 5,100]</c> runs BenchmarkDotNet (any of its options may follow);
    /// <c>-- probe [--sizes …]</c> times each step once with a stopwatch and checks the generated code
    /// compiles and runs (no statistics: a quick look and the scale check); <c>-- first [rounds]</c>
    /// repeats first access on fresh loads; <c>-- stages [--corpus DIR,…]</c> times the engine's stages; <c>-- lock</c> what the lock file costs;
    /// <c>-- guard</c> compares the cold run at 1,000 articles, as a ratio to a fixed reference workload, with the ratio committed in docs/benchmarks.md;
    /// <c>-- generated DIR</c> writes a cold run's generated sources, for comparing two trees byte for byte;
    /// <c>-- report [rounds]</c> the HTML report's page size, load in headless Chromium against the seeds' and slowest filter;
    /// <c>-- build</c> a real <c>dotnet build</c> of the data project, with sizes and first access;
    /// <c>-- counted [--sizes 50]</c> one steady round of extraction for callgrind to count (see <see cref="Counted"/>).
    /// </summary>
    public static int Main(string[] args)
    {
        var list = args.ToList();
        int at = list.IndexOf("--sizes");
        if (at >= 0)
        {
            if (at + 1 >= list.Count) { Console.Error.WriteLine("--sizes needs a list such as 5,100"); return 2; }
            Environment.SetEnvironmentVariable(Sizes.Variable, list[at + 1]);
            list.RemoveRange(at, 2);
        }
        if (list.Count > 0 && list[0] == "probe") return Probe.Run(Sizes.Current.ToList());
        if (list.Count > 0 && list[0] == "stages")
        {
            // --corpus DIR,DIR: folders of articles on disk as well (the sizes run only when --sizes is given then).
            int c = list.IndexOf("--corpus");
            if (c < 0) return Stages.Run(Sizes.Current.ToList());
            if (c + 1 >= list.Count) { Console.Error.WriteLine("--corpus needs a list of folders"); return 2; }
            var folders = list[c + 1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return Stages.Run(at >= 0 ? Sizes.Current.ToList() : new List<int>(), folders);
        }
        if (list.Count > 0 && list[0] == "rerun") return RerunProbe.Run(Sizes.Current.ToList(), list.Count > 1 ? int.Parse(list[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
        if (list.Count > 0 && list[0] == "corpus-step") return CorpusStepProbe.Run(Sizes.Current.ToList(), list.Count > 1 ? int.Parse(list[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
        if (list.Count > 0 && list[0] == "generated")
        {
            if (list.Count < 2) { Console.Error.WriteLine("generated needs a folder to write to"); return 2; }
            return GeneratedDump.Run(Sizes.Current.ToList(), list[1]);
        }
        if (list.Count > 0 && list[0] == "guard") return Guard.Run(list);
        if (list.Count > 0 && list[0] == "report") return ReportProbe.Run(at >= 0 ? Sizes.Current.ToList() : new List<int> { 1000, 10000 }, list.Count > 1 ? int.Parse(list[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
        if (list.Count > 0 && list[0] == "lock") return LockProbe.Run(Sizes.Current.ToList());
        if (list.Count > 0 && list[0] == "build") return BuildProbe.Run(Sizes.Current.ToList());
        if (list.Count > 0 && list[0] == "counted") return Counted.Run(Sizes.Current.ToList(), at >= 0);
        if (list.Count > 0 && list[0] == "first-built") return BuildProbe.FirstBuilt(list.Skip(1).ToList());
        if (list.Count > 0 && list[0] == "first") return Probe.FirstAccess(Sizes.Current.ToList(), list.Count > 1 ? int.Parse(list[1], System.Globalization.CultureInfo.InvariantCulture) : 5);

        // Without a --job of the command line, one launch, two warm-up and eight measured iterations:
        // enough to see the spread on a shared machine without spending hours at 10,000 articles.
        bool jobGiven = list.Any(a => a == "--job" || a == "-j");
        IConfig config = DefaultConfig.Instance;
        if (!jobGiven) config = config.AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8).AsDefault());
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(list.ToArray(), config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
