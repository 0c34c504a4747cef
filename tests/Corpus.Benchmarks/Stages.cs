using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;

namespace Corpus.Benchmarks;

/// <summary>
/// The engine's stages outside the generator: where a cold run spends its time. Extraction runs
/// <see cref="Rounds"/> times over the same articles on one thread; the first round pays the JIT
/// and the vocabularies' first use (it is reported too), the second may compile the engine's hot
/// patterns (<c>HotRegex</c>, after 4,000 uses), and the median of the others is the steady speed,
/// given in MB of article text (UTF-8) per second.
/// </summary>
public static class Stages
{
    /// <summary>How many times extraction runs over the articles of each size.</summary>
    public const int Rounds = 6;

    /// <summary>Rounds before those whose median is the steady speed.</summary>
    public const int WarmUps = 2;

    /// <summary>Runs the stages at each size, then over each folder of <paramref name="folders"/> (articles, sidecars and a corpus.yaml on disk, dumped under the folder's name).</summary>
    public static int Run(IReadOnlyList<int> sizes, IReadOnlyList<string>? folders = null)
    {
        var corpora = sizes.Select(n => (Name: n.ToString(CultureInfo.InvariantCulture), Files: (Func<IReadOnlyList<Synthetic.CorpusFile>>)(() => Workload.ForSize(n).Files)))
            .Concat((folders ?? Array.Empty<string>()).Select(d => (Name: FolderName(d), Files: (Func<IReadOnlyList<Synthetic.CorpusFile>>)(() => Synthetic.SyntheticCorpus.ReadFolder(d)))))
            .ToList();
        foreach (var (n, load) in corpora)
        {
            var files = load();
            var sw = Stopwatch.StartNew();
            var (articles, sidecars, gazetteer) = Prepare(files);
            var read = sw.Elapsed;
            double megabytes = Megabytes(articles);

            List<ArticleFacts> facts = null!;
            var times = new List<TimeSpan>();
            var cpuTimes = new List<TimeSpan>();
            for (int round = 0; round < Rounds; round++)
            {
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                sw.Restart();
                facts = Extract(articles, sidecars, gazetteer);
                times.Add(sw.Elapsed);
                cpuTimes.Add(Process.GetCurrentProcess().TotalProcessorTime - cpu);
            }
            var first = times[0];
            var extract = Median(times.Skip(WarmUps).ToList());
            var extractCpu = Median(cpuTimes.Skip(WarmUps).ToList());
            sw.Restart();
            var model = CorpusAssembler.Assemble(facts, gazetteer);
            var assemble = sw.Elapsed;
            var dump = Environment.GetEnvironmentVariable("CORPUS_STAGES_DUMP");
            if (!string.IsNullOrEmpty(dump))
            {
                System.IO.File.WriteAllText(dump + "." + n + ".json", System.Text.Json.JsonSerializer.Serialize(facts, new System.Text.Json.JsonSerializerOptions { WriteIndented = true, IncludeFields = true }));
            }
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
            Extract(articles, sidecars, gazetteer);
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            gen0 = GC.CollectionCount(0) - gen0;
            gen2 = GC.CollectionCount(2) - gen2;
            var stages = Breakdown(articles, sidecars, gazetteer);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"N={n}: read yaml {read.TotalMilliseconds:F0} ms, extract {extract.TotalMilliseconds:F0} ms ({extract.TotalMilliseconds * 1000 / Math.Max(1, facts.Count):F0} µs/article, {megabytes / extract.TotalSeconds:F1} MB/s of {megabytes:F2} MB; first round {first.TotalMilliseconds:F0} ms, {megabytes / first.TotalSeconds:F1} MB/s; processor time {extractCpu.TotalMilliseconds:F0} ms, {megabytes / extractCpu.TotalSeconds:F1} MB/s), assemble {assemble.TotalMilliseconds:F0} ms; {model.Officials.Count} officials"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  one more round: {allocated / 1e6:F1} MB allocated ({allocated / 1e6 / megabytes:F0} bytes per byte of text), {gen0} gen0 and {gen2} gen2 collections; by stage (elapsed ms / MB allocated): ")
                + string.Join(", ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalMilliseconds:F0} / {s.Allocated / 1e6:F1}"))));
        }
        Console.WriteLine($"extract: the median of rounds {WarmUps + 1} to {Rounds} on one thread (elapsed, and the process's processor time, which a busy machine inflates less); MB = 10^6 bytes of article text in UTF-8");
        return 0;
    }

    /// <summary>A folder's path as a name: "tests/articles/corpus" gives "tests-articles-corpus".</summary>
    private static string FolderName(string folder)
        => string.Join("-", System.IO.Path.TrimEndingDirectorySeparator(folder).Split('/', '\\').Where(p => p.Length > 0 && p != "." && p != ".."));

    /// <summary>The articles of a corpus, its sidecars read, and its gazetteer read (or the default one).</summary>
    public static (List<Synthetic.CorpusFile> Articles, Dictionary<string, Sidecar> Sidecars, Gazetteer Gazetteer) Prepare(IReadOnlyList<Synthetic.CorpusFile> files)
    {
        var yaml = files.FirstOrDefault(f => f.Path == "corpus.yaml");
        var gazetteer = yaml is null ? Gazetteer.Default : GazetteerReader.Read("/corpus/corpus.yaml", yaml.Text);
        var sidecars = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal) && f.Path != "corpus.yaml")
            .ToDictionary(f => f.Path[..^5], f => SidecarReader.Read("/corpus/" + f.Path, f.Path[..^5], f.Text));
        var articles = files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)).ToList();
        return (articles, sidecars, gazetteer);
    }

    /// <summary>The size of the articles' text in MB (10^6 bytes of UTF-8).</summary>
    public static double Megabytes(IEnumerable<Synthetic.CorpusFile> articles)
        => articles.Sum(f => (double)Encoding.UTF8.GetByteCount(f.Text)) / 1e6;

    /// <summary>Every article extracted once, in order, with its sidecar and curation on, as the generator does.</summary>
    public static List<ArticleFacts> Extract(IReadOnlyList<Synthetic.CorpusFile> articles, IReadOnlyDictionary<string, Sidecar> sidecars, Gazetteer gazetteer)
    {
        var facts = new List<ArticleFacts>(articles.Count);
        foreach (var f in articles)
        {
            string stem = f.Path[..^4];
            sidecars.TryGetValue(stem, out var sidecar);
            facts.Add(ArticleExtractor.Extract(new ArticleSource(stem, "/corpus/" + f.Path, f.Path, f.Text), sidecar, gazetteer, true));
        }
        return facts;
    }

    /// <summary>
    /// One round of extraction stage by stage, as <see cref="ArticleExtractor.Extract"/> chains them,
    /// with the time and the bytes this thread allocated in each stage, summed over the articles.
    /// </summary>
    public static IReadOnlyList<(string Stage, TimeSpan Elapsed, long Allocated)> Breakdown(IReadOnlyList<Synthetic.CorpusFile> articles, IReadOnlyDictionary<string, Sidecar> sidecars, Gazetteer gazetteer)
    {
        string[] names = { "Read", "Segment", "Recognise", "Resolve", "Events", "Curate" };
        var ticks = new long[names.Length];
        var bytes = new long[names.Length];
        var clock = Stopwatch.StartNew();
        long lastTicks = 0, lastBytes = 0;
        void Mark(int stage)
        {
            long t = clock.ElapsedTicks, b = GC.GetAllocatedBytesForCurrentThread();
            ticks[stage] += t - lastTicks;
            bytes[stage] += b - lastBytes;
            lastTicks = t;
            lastBytes = b;
        }
        foreach (var f in articles)
        {
            string stem = f.Path[..^4];
            sidecars.TryGetValue(stem, out var sidecar);
            lastTicks = clock.ElapsedTicks;
            lastBytes = GC.GetAllocatedBytesForCurrentThread();
            var read = ArticleReader.Read(new ArticleSource(stem, "/corpus/" + f.Path, f.Path, f.Text), sidecar);
            Mark(0);
            if (!read.IsReadable) continue;
            var segmented = Corpus.Extraction.Segment.Segmenter.Segment(read);
            Mark(1);
            var recognised = Corpus.Extraction.Recognise.ArticleRecognizer.Recognise(segmented, gazetteer);
            Mark(2);
            var resolved = Corpus.Extraction.Resolve.ArticleResolver.Resolve(recognised, gazetteer, sidecar);
            Mark(3);
            var events = Corpus.Extraction.Events.EventStage.Build(resolved, gazetteer);
            Mark(4);
            Corpus.Extraction.Curate.Curator.Curate(events, gazetteer, sidecar);
            Mark(5);
        }
        return names.Select((s, i) => (s, TimeSpan.FromTicks(ticks[i] * TimeSpan.TicksPerSecond / Stopwatch.Frequency), bytes[i])).ToList();
    }

    /// <summary>The median of a list of times (the mean of the two middle ones for an even count).</summary>
    public static TimeSpan Median(IReadOnlyList<TimeSpan> times)
    {
        var sorted = times.OrderBy(t => t).ToList();
        int mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : TimeSpan.FromTicks((sorted[mid - 1].Ticks + sorted[mid].Ticks) / 2);
    }
}
