using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Corpus.Synthetic;
using Corpus.TestSupport;

namespace Corpus.Benchmarks;

/// <summary>
/// The end-to-end measure (<c>-- build --sizes 5,1000,10000</c>): a real <c>dotnet build</c> of the
/// data project <c>samples/Corpus.Data</c> over a corpus folder, without the compiler server and
/// with it, then the size of the generated sources and of the assembly, and the first access to the
/// built assembly with the memory it keeps.
/// </summary>
/// <remarks>
/// N = 5 is the project as committed (the seeds and their lock); any other N is the synthetic corpus
/// of that many articles, written once below the system's temporary folder and passed with
/// <c>-p:CorpusDirectory</c>. The runtime and the generator are built first (Release), so each
/// measured build compiles the data project alone (<c>--no-dependencies --no-incremental</c>). The
/// <c>Csc</c> time is the task's time from MSBuild's performance summary, which includes the
/// generator. "With the server" is the second of two builds in a row with
/// <c>UseSharedCompilation=true</c>: the first starts the server (or finds one running) and loads
/// the generator into it.
/// </remarks>
public static class BuildProbe
{
    private const string Project = "samples/Corpus.Data/Corpus.Data.csproj";

    public static int Run(IReadOnlyList<int> sizes)
    {
        string root = RepositoryPaths.Root;
        Console.WriteLine("Building the runtime and the generator (Release) ...");
        var prepare = Dotnet(root, "build", Project, "-c", "Release", "-nologo", "-v:q", "-p:UseSharedCompilation=false");
        if (prepare.ExitCode != 0)
        {
            Console.WriteLine(prepare.Output);
            return 1;
        }

        var rows = new List<string>();
        int failures = 0;
        foreach (int n in sizes)
        {
            try
            {
                var files = n == 5 ? SyntheticCorpus.ReadFolder(RepositoryPaths.Seeds) : SyntheticCorpus.Create(n);
                long textBytes = files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
                var properties = new List<string>();
                if (n != 5)
                {
                    string dir = Path.Combine(Path.GetTempPath(), "corpus-build-probe", n.ToString(CultureInfo.InvariantCulture));
                    if (!Directory.Exists(dir) || Directory.GetFiles(dir).Length != files.Count)
                    {
                        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
                        SyntheticCorpus.WriteTo(dir, files);
                    }
                    properties.Add("-p:CorpusDirectory=" + dir + Path.DirectorySeparatorChar);
                }

                var cold = Build(root, properties, server: false);
                Build(root, properties, server: true);
                var warm = Build(root, properties, server: true);
                if (cold.ExitCode != 0 || warm.ExitCode != 0)
                {
                    Console.WriteLine($"{n}: the build failed\n{(cold.ExitCode != 0 ? cold.Output : warm.Output)}");
                    failures++;
                    continue;
                }

                string output = Path.Combine(root, "samples", "Corpus.Data", "bin", "Release", "net8.0");
                long dll = new FileInfo(Path.Combine(output, "Corpus.Data.dll")).Length;
                long pdb = new FileInfo(Path.Combine(output, "Corpus.Data.pdb")).Length;
                long generated = GeneratedBytes(files, out string blobs);
                var (first, memory, engagements) = FirstAccess(Path.Combine(output, "Corpus.Data.dll"));
                rows.Add(string.Join(" | ", new[]
                {
                    n.ToString("N0", CultureInfo.InvariantCulture),
                    Mb(textBytes),
                    Seconds(cold.Csc), Seconds(cold.Wall),
                    Seconds(warm.Csc), Seconds(warm.Wall),
                    Mb(generated), Mb(dll), Mb(pdb),
                    Ms(first), Mb(memory),
                    engagements.ToString("N0", CultureInfo.InvariantCulture),
                }));
                Console.WriteLine($"{n}: done ({Load()}) {blobs}");
            }
            catch (Exception e)
            {
                Console.WriteLine($"{n} failed: {e}");
                failures++;
            }
        }

        Console.WriteLine();
        Console.WriteLine("| N | article text | Csc, no server | build, no server | Csc, server | build, server | generated sources | Corpus.Data.dll | .pdb | first access | memory after | engagements |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows) Console.WriteLine("| " + row + " |");
        Console.WriteLine();
        Console.WriteLine("sizes in MB (10^6 bytes), times in s unless ms; first access and memory: median of 5 fresh loads; 'server' is the second of two builds with the compiler server; " + Load());
        return failures == 0 ? 0 : 1;
    }

    private sealed record BuildResult(int ExitCode, TimeSpan Wall, TimeSpan Csc, string Output);

    private static BuildResult Build(string root, IReadOnlyList<string> properties, bool server)
    {
        var args = new List<string>
        {
            "build", Project, "-c", "Release", "-nologo", "--no-dependencies", "--no-incremental", "--no-restore",
            "-clp:PerformanceSummary", "-p:UseSharedCompilation=" + (server ? "true" : "false"),
        };
        args.AddRange(properties);
        var result = Dotnet(root, args.ToArray());
        var csc = Regex.Match(result.Output, @"^\s*(\d+) ms\s+Csc\s+\d+ calls", RegexOptions.Multiline);
        var time = csc.Success ? TimeSpan.FromMilliseconds(double.Parse(csc.Groups[1].Value, CultureInfo.InvariantCulture)) : TimeSpan.Zero;
        return result with { Csc = time };
    }

    private static BuildResult Dotnet(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["MSBUILDNOINPROCNODE"] = null;
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var sw = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        sw.Stop();
        return new BuildResult(process.ExitCode, sw.Elapsed, TimeSpan.Zero, stdout + stderr.Result);
    }

    /// <summary>
    /// The UTF-8 size of the sources the generator adds for this corpus, from a run in this process;
    /// for data of format 3, also what its blobs hold: the bodies' bytes, the Deflate streams' and
    /// their base 85 text's (format 6; 5 characters for 4 bytes, a short last group).
    /// </summary>
    private static long GeneratedBytes(IReadOnlyList<CorpusFile> files, out string blobs)
    {
        var (trees, _) = new Workload(files).Generate();
        long body = 0, deflated = 0, text = 0, literals = 0;
        foreach (var tree in trees)
        {
            foreach (Match m in Regex.Matches(tree.GetText().ToString(), "\"#[0-9]+,([0-9]+),([^\"]*)\""))
            {
                body += long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                int chars = m.Groups[2].Length;
                text += chars;
                deflated += chars / 5 * 4 + (chars % 5 == 0 ? 0 : chars % 5 - 1);
                literals += m.Length - 2;
            }
        }
        blobs = literals == 0 ? "" : $"data: bodies {Mb(body)} MB, Deflate {Mb(deflated)} MB ({(double)body / Math.Max(1, deflated):F1}:1), base 85 {Mb(text)} MB, blobs {Mb(literals)} MB";
        return trees.Sum(t => (long)Encoding.UTF8.GetByteCount(t.GetText().ToString()));
    }

    /// <summary>
    /// Loads the built assembly fresh five times; each time times <c>Engagements.All.Count</c> and a
    /// lookup by id, and measures the managed memory that stays allocated after it (a full
    /// collection before and after). Gives the median time and memory.
    /// </summary>
    /// <summary><c>-- first-built PATH…</c>: first access and memory of data projects already built (each path a <c>Corpus.Data.dll</c>).</summary>
    public static int FirstBuilt(IReadOnlyList<string> paths)
    {
        foreach (var path in paths)
        {
            var (time, memory, engagements) = FirstAccess(path);
            Console.WriteLine($"{path}: first access {Ms(time)} ms (median of 5), memory after {Mb(memory)} MB, {engagements} engagements ({Load()})");
        }
        return 0;
    }

    private static (TimeSpan Time, long Memory, int Engagements) FirstAccess(string path)
    {
        // Loaded from its bytes: the runtime keeps images by path, so loading the same path after a rebuild could give the previous build.
        byte[] image = File.ReadAllBytes(path);
        string id;
        using (var probe = FreshCopy.FromImage(image))
        {
            var all = (CorpusIndex<Engagement>)probe.Get("Corpus.Data.Engagements", "All");
            id = all.Count == 0 ? "none" : all[all.Count / 2].Id;
        }
        var times = new List<TimeSpan>();
        var memory = new List<long>();
        int count = 0;
        for (int round = 0; round < 5; round++)
        {
            using var copy = FreshCopy.FromImage(image);
            var property = copy.Assembly.GetType("Corpus.Data.Engagements", throwOnError: true)!.GetProperty("All")!;
            long before = GC.GetTotalMemory(forceFullCollection: true);
            var sw = Stopwatch.StartNew();
            var engagements = (CorpusIndex<Engagement>)property.GetValue(null)!;
            count = engagements.Count + (engagements.Find(id) is null ? 0 : 1);
            sw.Stop();
            long after = GC.GetTotalMemory(forceFullCollection: true);
            GC.KeepAlive(engagements);
            times.Add(sw.Elapsed);
            memory.Add(after - before);
        }
        times.Sort();
        memory.Sort();
        return (times[2], memory[2], count - 1);
    }

    private static string Load()
    {
        try
        {
            return "load average " + File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "load average unknown";
        }
    }

    private static string Mb(long bytes) => (bytes / 1e6).ToString(bytes < 1_000_000 ? "F3" : "F1", CultureInfo.InvariantCulture);

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture);
}
