using System.Text.Json;
using System.Text.RegularExpressions;

namespace Corpus.Tests.Packaging;

/// <summary>
/// The consumers of <c>samples/Consumers</c>, built from the packed packages alone (a folder feed,
/// a package cache of their own, no project references) and run.
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
[Trait(TestGroups.Group, TestGroups.Packaging)]
[Collection(PackedPackagesCollection.Name)]
public sealed class ConsumerTests(PackedPackages packages)
{
    private const string DataConsumer = "DataConsumer";
    private const string GeneratorConsumer = "GeneratorConsumer";
    private const string CuratedSidecar = "01_rcaf-indonesia-meeting.yaml";

    [Fact]
    public async Task Dataset_consumer_prints_Vong_Pisen_positions_and_the_engagements_with_Turkey()
    {
        packages.AssertPacked();
        string consumers = packages.CopyConsumers();

        var build = await packages.BuildConsumerAsync(consumers, DataConsumer);
        Assert.True(build.Succeeded, build.Describe());
        var run = await packages.RunConsumerAsync(consumers, DataConsumer);
        Assert.True(run.Succeeded, run.Describe());

        string output = run.Output;
        Assert.StartsWith("Vong Pisen (Cambodia)\n", output);
        Assert.Contains("  Commander-in-Chief, General, seen 2023-04-27 in 000_52c57df9de95e4d1\n", output);
        Assert.Matches(new Regex(@"^Engagements with Turkey \(TR\): [1-9][0-9]*$", RegexOptions.Multiline), output);
        Assert.Contains("  2023-04-26 Meeting (Held): Vong Pisen, Ülkü Kocaefe, Ismet KeNaRoGLu\n", output);

        // The runtime comes with the dataset; the generator stays behind.
        var libraries = RestoredLibraries(consumers, DataConsumer);
        Assert.Contains($"Corpus.Data/{packages.Version}", libraries);
        Assert.Contains($"Corpus.Runtime/{packages.Version}", libraries);
        Assert.DoesNotContain(libraries, l => l.StartsWith("Corpus.Generator/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Generator_consumer_compiles_its_own_articles_into_typed_records()
    {
        packages.AssertPacked();
        string consumers = packages.CopyConsumers();

        var build = await packages.BuildConsumerAsync(consumers, GeneratorConsumer);
        Assert.True(build.Succeeded, build.Describe());
        Assert.DoesNotContain("CORPUS", build.Output);
        var run = await packages.RunConsumerAsync(consumers, GeneratorConsumer);
        Assert.True(run.Succeeded, run.Describe());

        string output = run.Output;
        Assert.StartsWith("Documents: 3\n", output);
        // The sidecar's title and curated engagement, the datelines' publication dates.
        Assert.Contains("  01_rcaf-indonesia-meeting: Cambodia, Indonesia to expand peacekeeping and demining cooperation, published 2024-03-14\n", output);
        Assert.Contains("  Arief Wibisono (ID): Indonesian Defence Attaché to Cambodia\n", output);
        Assert.Contains("  2024-03-13 Meeting (Held), RCAF headquarters, Phnom Penh, Cambodia: KH, ID; Sok Vannarith, Dewi Kartika Sari, Arief Wibisono\n", output);
        Assert.Contains("Sok Vannarith met: Dewi Kartika Sari, Arief Wibisono\n", output);
        // Extraction alone: a visit dated from "on Tuesday" and the dateline, a signing.
        var lines = output.Split('\n');
        Assert.True(lines.Any(l => l.StartsWith("  2024-05-07 Visit (Held)", StringComparison.Ordinal) && l.Contains("Hakim Rahman") && l.Contains("Chea Sopheak")),
            "no visit of Hakim Rahman and Chea Sopheak on 2024-05-07 in:\n" + output);
        Assert.True(lines.Any(l => l.StartsWith("Thailand signed on 2024-06-20: ", StringComparison.Ordinal) && l.Contains("Nuon Rathana") && l.Contains("Prasert Chaiyaporn")),
            "no signing of Nuon Rathana and Prasert Chaiyaporn on 2024-06-20 in:\n" + output);

        var libraries = RestoredLibraries(consumers, GeneratorConsumer);
        Assert.Contains($"Corpus.Generator/{packages.Version}", libraries);
        Assert.Contains($"Corpus.Runtime/{packages.Version}", libraries);
    }

    [Fact]
    public async Task An_official_the_corpus_does_not_hold_is_a_compile_error_naming_it()
    {
        packages.AssertPacked();
        string consumers = packages.CopyConsumers();
        string program = Path.Combine(consumers, DataConsumer, "Program.cs");
        string source = File.ReadAllText(program);
        Assert.Contains("Officials.VongPisen;", source);
        File.WriteAllText(program, source.Replace("Officials.VongPisen;", "Officials.SokVannak;"));

        var build = await packages.BuildConsumerAsync(consumers, DataConsumer);

        Assert.False(build.Succeeded, build.Describe());
        Assert.Matches(new Regex(@"Program\.cs\(\d+,\d+\): error CS0117: 'Officials' does not contain a definition for 'SokVannak'"), build.Output);
    }

    [Fact]
    public async Task A_YAML_error_in_a_sidecar_is_CORPUS001_at_its_file_and_line()
    {
        packages.AssertPacked();
        string consumers = packages.CopyConsumers();
        string sidecar = Path.Combine(consumers, GeneratorConsumer, "articles", CuratedSidecar);
        var lines = File.ReadAllLines(sidecar);
        int index = Array.FindIndex(lines, l => l.StartsWith("    title: ", StringComparison.Ordinal));
        Assert.True(index >= 0, "the sidecar has no official's title line to break");
        lines[index] = "    title: Defence Attaché: to Cambodia";
        File.WriteAllLines(sidecar, lines);

        var build = await packages.BuildConsumerAsync(consumers, GeneratorConsumer);

        Assert.False(build.Succeeded, build.Describe());
        int line = index + 1;
        Assert.Matches(new Regex(Regex.Escape(CuratedSidecar) + @"\(" + line + @",\d+\): error CORPUS001: The YAML cannot be read"), build.Output);
    }

    /// <summary>The package libraries (id/version) that restore resolved for a consumer.</summary>
    private static HashSet<string> RestoredLibraries(string consumers, string project)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(consumers, project, "obj", "project.assets.json")));
        return assets.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
    }
}
