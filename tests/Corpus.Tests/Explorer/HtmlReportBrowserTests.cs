using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using Corpus.Explorer;
using Corpus.Tests.Generator;
using Xunit.Abstractions;

namespace Corpus.Tests.Explorer;

/// <summary>
/// Renders the report in headless Chromium and checks the DOM the browser built. The pages and screenshots are
/// kept in <c>artifacts/report/</c> at the repository root for a person to look at.
/// </summary>
/// <remarks>
/// These tests need Debian's <c>chromium</c> (<c>apt-get install -y chromium</c>; <c>.ci/run</c> installs it).
/// Without it they fail when <c>CI=true</c> and pass with a note in the test output otherwise.
/// </remarks>
[Trait(TestGroups.Category, TestGroups.Slow)]
[Trait(TestGroups.Group, TestGroups.Browser)]
public sealed class HtmlReportBrowserTests(ITestOutputHelper output)
{
    private static string ArtifactsDirectory => Directory.CreateDirectory(Path.Combine(GeneratorHarness.RepositoryRoot, "artifacts", "report")).FullName;

    /// <summary>The dataset compiled from <c>seeds/</c> (or the folder the build was given).</summary>
    private static CorpusSnapshot Seeds() => new(Corpus.Data.Documents.All, Corpus.Data.Officials.All, Corpus.Data.Engagements.All, Corpus.Data.Countries.Home?.Alpha2);

    private bool BrowserAvailable()
    {
        if (HeadlessChromium.IsInstalled) return true;
        string message = "Chromium is not installed at " + HeadlessChromium.Executable
            + "; install it with 'apt-get update && apt-get install -y chromium' (.ci/run does this), or set CORPUS_CHROMIUM.";
        if (HeadlessChromium.OnCi) Assert.Fail(message);
        output.WriteLine("SKIPPED (not on CI): " + message);
        return false;
    }

    private static void AssertNoConsoleMessages(HeadlessChromium.Result result)
        => Assert.True(result.ConsoleMessages.Count == 0, "the page logged to the console:\n" + string.Join("\n", result.ConsoleMessages));

    [Fact]
    public void Seed_report_renders_every_engagement_country_and_official()
    {
        if (!BrowserAvailable()) return;
        var seeds = Seeds();
        string page = Path.Combine(ArtifactsDirectory, "report.html");
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        Assert.Equal(0, ExplorerApp.Run(["report", "--out", page], seeds, stdout, stderr));
        Assert.Equal("", stderr.ToString());

        var result = HeadlessChromium.DumpDom(page);
        Assert.True(result.ExitCode == 0, "chromium exited with " + result.ExitCode + ":\n" + result.Stderr);
        AssertNoConsoleMessages(result);
        string dom = result.Stdout;
        File.WriteAllText(Path.Combine(ArtifactsDirectory, "report.dom.html"), dom);
        var tags = HtmlScan.Tags(dom);
        Assert.Contains(tags, t => t.Name == "h1");

        // One timeline per partner country (engagements without a partner under "none"), one mark per dated engagement in each.
        var byPartner = new Dictionary<string, List<Engagement>>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in seeds.Engagements)
        {
            var partners = e.Countries.Where(c => !seeds.IsHome(c)).Select(c => c.Alpha2).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            foreach (string code in partners.Count == 0 ? ["none"] : partners)
            {
                if (!byPartner.TryGetValue(code, out var list)) byPartner[code] = list = [];
                list.Add(e);
            }
        }
        Assert.Equal(byPartner.Keys.Order(StringComparer.Ordinal), tags.With("data-partner").Select(t => t["data-partner"]!).Order(StringComparer.Ordinal));
        foreach (var (code, engagements) in byPartner)
        {
            var marks = HtmlScan.Tags(HtmlScan.PartnerSection(dom, code)).With("data-engagement-id").Select(t => t["data-engagement-id"]);
            Assert.Equal(engagements.Where(e => e.Date?.Year is not null).Select(e => e.Id).Order(StringComparer.Ordinal), marks.Order(StringComparer.Ordinal));
        }
        var dated = seeds.Engagements.Where(e => e.Date?.Year is not null).Select(e => e.Id).ToHashSet();
        var allMarks = tags.With("data-engagement-id");
        Assert.Equal(dated.Order(StringComparer.Ordinal), allMarks.Select(m => m["data-engagement-id"]!).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(byPartner.Values.Sum(list => list.Count(e => dated.Contains(e.Id))), allMarks.Count);
        output.WriteLine(dated.Count + " dated engagements, " + allMarks.Count + " timeline marks, " + byPartner.Count + " timelines");

        // Every engagement is on an axis or listed apart, and has a row in the table.
        var shown = allMarks.Select(m => m["data-engagement-id"]!).Concat(tags.With("data-offaxis-engagement-id").Select(t => t["data-offaxis-engagement-id"]!)).ToHashSet();
        Assert.Equal(seeds.Engagements.Select(e => e.Id).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        Assert.Equal(seeds.Engagements.Select(e => e.Id), tags.With("data-row-engagement-id").Select(t => t["data-row-engagement-id"]!));
        Assert.Equal(seeds.Officials.Select(o => o.Id), tags.With("data-row-official-id").Select(t => t["data-row-official-id"]!));

        // One network node per country taking part or served, and one per official.
        var countries = seeds.Engagements.SelectMany(e => e.Countries).Concat(seeds.Officials.Where(o => o.Country is not null).Select(o => o.Country!))
            .Select(c => c.Alpha2).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var nodes = tags.With("data-node-kind");
        Assert.Equal(countries, nodes.Where(n => n["data-node-kind"] == "country").Select(n => n["data-node-id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(seeds.Officials.Select(o => o.Id).Order(StringComparer.Ordinal),
            nodes.Where(n => n["data-node-kind"] == "official").Select(n => n["data-node-id"]!).Order(StringComparer.Ordinal));
        Assert.Equal(countries.Count + seeds.Officials.Count, nodes.Count);
        output.WriteLine(countries.Count + " country nodes, " + seeds.Officials.Count + " official nodes");
    }

    [Fact]
    public void Seed_report_screenshots_are_saved_for_people_to_look_at()
    {
        if (!BrowserAvailable()) return;
        string page = Path.Combine(ArtifactsDirectory, "report-screenshot.html");
        File.WriteAllText(page, HtmlReport.Render(Seeds()));
        foreach (var (name, width, height) in new[] { ("report-1280.png", 1280, 3200), ("report-phone.png", 390, 3200) })
        {
            string png = Path.Combine(ArtifactsDirectory, name);
            File.Delete(png);
            var result = HeadlessChromium.Screenshot(page, png, width, height);
            Assert.True(result.ExitCode == 0, "chromium exited with " + result.ExitCode + ":\n" + result.Stderr);
            AssertNoConsoleMessages(result);
            Assert.True(File.Exists(png), "no screenshot at " + png + ":\n" + result.Stderr);
            byte[] bytes = File.ReadAllBytes(png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
            Assert.True(bytes.Length > 20_000, "the screenshot of " + width + " px looks empty (" + bytes.Length + " bytes)");
            output.WriteLine("screenshot: " + png);
        }
    }

    [Fact]
    public void Hostile_corpus_text_stays_text_in_the_browser()
    {
        if (!BrowserAvailable()) return;
        string page = Path.Combine(ArtifactsDirectory, "hostile.html");
        File.WriteAllText(page, HtmlReport.Render(HtmlReportTests.HostileCorpus()));
        var result = HeadlessChromium.DumpDom(page);
        Assert.Equal(0, result.ExitCode);
        // An injected element would also show as a blocked script or image on the console.
        AssertNoConsoleMessages(result);
        var tags = HtmlScan.Tags(result.Stdout);
        Assert.DoesNotContain(tags, t => t.Name is "script" or "img" or "iframe" or "object");
        Assert.Single(tags.With("data-engagement-id"));
        Assert.Equal(2, tags.With("data-node-kind").Count(t => t["data-node-kind"] == "official"));
        Assert.Contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Console_errors_of_a_page_are_detected()
    {
        if (!BrowserAvailable()) return;
        // The check above is only as good as the detection of console output: a broken page must be caught.
        string page = Path.Combine(ArtifactsDirectory, "console-check.html");
        File.WriteAllText(page, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>check</title></head><body><p>x</p>"
            + "<script>console.error('deliberate'); missingFunction();</script></body></html>");
        var result = HeadlessChromium.DumpDom(page);
        Assert.Contains(result.ConsoleMessages, m => m.Contains("deliberate", StringComparison.Ordinal));
        Assert.Contains(result.ConsoleMessages, m => m.Contains("Uncaught", StringComparison.Ordinal));
    }
}
