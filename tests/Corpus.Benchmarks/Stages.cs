using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;

namespace Corpus.Benchmarks;

/// <summary>The engine's stages outside the generator, timed once each: where a cold run spends its time.</summary>
public static class Stages
{
    public static int Run(IReadOnlyList<int> sizes)
    {
        foreach (int n in sizes)
        {
            var files = Workload.ForSize(n).Files;
            var sw = Stopwatch.StartNew();
            var yaml = files.FirstOrDefault(f => f.Path == "corpus.yaml");
            var gazetteer = yaml is null ? Gazetteer.Default : GazetteerReader.Read("/corpus/corpus.yaml", yaml.Text);
            var sidecars = files.Where(f => f.Path.EndsWith(".yaml", StringComparison.Ordinal) && f.Path != "corpus.yaml")
                .ToDictionary(f => f.Path[..^5], f => SidecarReader.Read("/corpus/" + f.Path, f.Path[..^5], f.Text));
            var read = sw.Elapsed;
            sw.Restart();
            var facts = new List<ArticleFacts>();
            foreach (var f in files.Where(f => f.Path.EndsWith(".txt", StringComparison.Ordinal)))
            {
                string stem = f.Path[..^4];
                sidecars.TryGetValue(stem, out var sidecar);
                facts.Add(ArticleExtractor.Extract(new ArticleSource(stem, "/corpus/" + f.Path, f.Path, f.Text), sidecar, gazetteer, true));
            }
            var extract = sw.Elapsed;
            sw.Restart();
            var model = CorpusAssembler.Assemble(facts, gazetteer);
            var assemble = sw.Elapsed;
            var dump = Environment.GetEnvironmentVariable("CORPUS_STAGES_DUMP");
            if (!string.IsNullOrEmpty(dump))
            {
                System.IO.File.WriteAllText(dump + "." + n + ".json", System.Text.Json.JsonSerializer.Serialize(facts, new System.Text.Json.JsonSerializerOptions { WriteIndented = true, IncludeFields = true }));
            }
            Console.WriteLine($"N={n}: read yaml {read.TotalMilliseconds:F0} ms, extract {extract.TotalMilliseconds:F0} ms ({extract.TotalMilliseconds * 1000 / Math.Max(1, facts.Count):F0} µs/article), assemble {assemble.TotalMilliseconds:F0} ms; {model.Officials.Count} officials");
        }
        return 0;
    }
}
