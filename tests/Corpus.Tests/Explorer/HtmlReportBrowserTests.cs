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

        // One network node per country taking part; the script ran and drew every engagement.
        var countries = seeds.Engagements.SelectMany(e => e.Countries).Select(c => c.Alpha2).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var nodes = tags.With("data-node-kind");
        Assert.Equal(countries, nodes.Select(n => n["data-node-id"]!).Order(StringComparer.Ordinal));
        var html = tags.Single(t => t.Name == "html");
        Assert.Equal("1", html["data-ready"]);
        Assert.Equal(seeds.Engagements.Count.ToString(CultureInfo.InvariantCulture), html["data-shown"]);
        Assert.False(tags.Single(t => t["id"] == "filters").Attributes.ContainsKey("hidden"), "the script shows the filters");
        output.WriteLine(countries.Count + " country nodes");
    }

    [Fact]
    public void Seed_report_filters_by_country_and_draws_its_officials()
    {
        if (!BrowserAvailable()) return;
        var seeds = Seeds();
        string page = Path.Combine(ArtifactsDirectory, "report.html");
        File.WriteAllText(page, HtmlReport.Render(seeds));
        var turkey = seeds.Engagements.Where(e => e.Countries.Any(c => c.Alpha2 == "TR")).ToList();
        Assert.NotEmpty(turkey);
        var result = HeadlessChromium.DumpDom(page, "#filter?partner=TR");
        Assert.Equal(0, result.ExitCode);
        AssertNoConsoleMessages(result);
        var tags = HtmlScan.Tags(result.Stdout);
        Assert.Equal(turkey.Count.ToString(CultureInfo.InvariantCulture), tags.Single(t => t.Name == "html")["data-shown"]);
        Assert.Equal(turkey.Select(e => e.Id), tags.With("data-row-engagement-id").Select(t => t["data-row-engagement-id"]!));
        // The ego network: Turkey's officials who took part, and whom they met.
        var officials = tags.With("data-node-kind").Where(n => n["data-node-kind"] == "official").Select(n => n["data-node-id"]!).ToHashSet();
        var expected = turkey.SelectMany(e => e.Participants).Where(o => o.Country?.Alpha2 == "TR").Select(o => o.Id).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.Subset(officials, expected);
        // The ego network's labels sit one to a row on each side: no two on a side are closer than a label is high.
        string ego = result.Stdout[result.Stdout.IndexOf("<div id=\"ego\"", StringComparison.Ordinal)..result.Stdout.IndexOf("id=\"country-network\"", StringComparison.Ordinal)];
        foreach (var side in HtmlScan.Tags(ego).Where(t => t.Name == "text" && t["class"] == "node-label").GroupBy(t => t["text-anchor"]))
        {
            var ys = side.Select(t => double.Parse(t["y"]!, CultureInfo.InvariantCulture)).Order().ToList();
            Assert.All(ys.Zip(ys.Skip(1)), pair => Assert.True(pair.Second - pair.First >= 16, "labels " + pair.First + " and " + pair.Second + " overlap"));
        }
        // Marks of other countries' timelines are hidden, Turkey's are not.
        Assert.All(tags.With("data-engagement-id"), m => Assert.Equal(turkey.Any(e => e.Id == m["data-engagement-id"]), !(m["class"] ?? "").Split(' ').Contains("out")));

        // Free text finds an engagement by its id, and combines with the kind.
        var meeting = seeds.Engagements.First(e => e.Kind == EngagementKind.Meeting);
        result = HeadlessChromium.DumpDom(page, "#filter?kind=meeting&text=" + Uri.EscapeDataString(meeting.Id.ToUpperInvariant()));
        AssertNoConsoleMessages(result);
        Assert.Equal([meeting.Id], HtmlScan.Tags(result.Stdout).With("data-row-engagement-id").Select(t => t["data-row-engagement-id"]));
        result = HeadlessChromium.DumpDom(page, "#filter?kind=visit&text=" + Uri.EscapeDataString(meeting.Id));
        Assert.Equal("0", HtmlScan.Tags(result.Stdout).Single(t => t.Name == "html")["data-shown"]);
    }

    [Fact]
    public void Seed_report_screenshots_are_saved_for_people_to_look_at()
    {
        if (!BrowserAvailable()) return;
        var seeds = Seeds();
        string page = Path.Combine(ArtifactsDirectory, "seeds.html");
        File.WriteAllText(page, HtmlReport.Render(seeds));
        Screenshots(page, "seeds", BusiestPartner(seeds));
        Screenshot(page, "seeds-phone.png", 390, 2400, null);
    }

    /// <summary>The overview, a filtered view and the network of the busiest partner, as PNG files in <c>artifacts/report/</c>.</summary>
    private void Screenshots(string page, string prefix, string partner)
    {
        Screenshot(page, prefix + "-overview.png", 1280, 1000, null);
        Screenshot(page, prefix + "-filtered.png", 1280, 1600, "#filter?partner=" + partner + "&status=held");
        Screenshot(page, prefix + "-network.png", 1280, 1400, "#filter?partner=" + partner + "&view=network");
    }

    private void Screenshot(string page, string name, int width, int height, string? fragment)
    {
        string png = Path.Combine(ArtifactsDirectory, name);
        File.Delete(png);
        var result = HeadlessChromium.Screenshot(page, png, width, height, fragment);
        Assert.True(result.ExitCode == 0, "chromium exited with " + result.ExitCode + ":\n" + result.Stderr);
        AssertNoConsoleMessages(result);
        Assert.True(File.Exists(png), "no screenshot at " + png + ":\n" + result.Stderr);
        byte[] bytes = File.ReadAllBytes(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.True(bytes.Length > 20_000, "the screenshot " + name + " looks empty (" + bytes.Length + " bytes)");
        output.WriteLine("screenshot: " + png);
    }

    private static string BusiestPartner(CorpusSnapshot snapshot)
        => snapshot.BusiestPartner() ?? throw new InvalidOperationException("the corpus has no partner country");

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
        Assert.DoesNotContain(tags, t => t.Name is "img" or "iframe" or "object");
        Assert.Equal(2, tags.Count(t => t.Name == "script"));
        Assert.Single(tags.With("data-engagement-id"));
        Assert.Equal("1", tags.Single(t => t.Name == "html")["data-ready"]);
        // The rows the script drew from the data hold the hostile text as text.
        Assert.Contains(tags.With("data-row-engagement-id"), t => t["data-row-engagement-id"] == "e" + "\"><img src=x onerror=alert(1)>");
        Assert.Contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;", result.Stdout, StringComparison.Ordinal);

        // The ego network of the hostile partner, drawn by the script from the data, also keeps it as text.
        result = HeadlessChromium.DumpDom(page, "#filter?partner=XX&text=%3Cscript%3E");
        Assert.Equal(0, result.ExitCode);
        AssertNoConsoleMessages(result);
        tags = HtmlScan.Tags(result.Stdout);
        Assert.DoesNotContain(tags, t => t.Name is "img" or "iframe" or "object");
        Assert.Contains(tags.With("data-node-kind"), t => t["data-node-kind"] == "official" && t["data-node-id"] == "id" + "\"><img src=x onerror=alert(1)>");
    }

    /// <summary>The synthetic corpora compiled so far, by number of articles (compiling 10,000 takes about a minute).</summary>
    private static readonly Dictionary<int, CorpusSnapshot> s_synthetic = [];

    /// <summary>A synthetic corpus of <paramref name="articles"/> articles, generated, compiled and loaded as the Explorer would.</summary>
    internal static CorpusSnapshot Synthetic(int articles)
    {
        lock (s_synthetic)
        {
            if (s_synthetic.TryGetValue(articles, out var cached)) return cached;
            var compiled = Corpus.Tests.Scale.CompiledSyntheticCorpus.Get(articles);
            Assert.Empty(compiled.CompileProblems);
            var loaded = new LoadedAssembly(compiled.Image);
            var snapshot = new CorpusSnapshot(
                loaded.Get<IReadOnlyList<Document>>("Test.Corpus.Documents", "All"),
                loaded.Get<IReadOnlyList<Official>>("Test.Corpus.Officials", "All"),
                loaded.Get<IReadOnlyList<Engagement>>("Test.Corpus.Engagements", "All"), "KH");
            return s_synthetic[articles] = snapshot;
        }
    }

    /// <summary>
    /// The size budgets: at 1,000 articles at most 2.5 MB of page, at 10,000 at most 20 MB. Every size renders the
    /// same page twice, loads without console messages, keeps the overview to a fixed number of rows, applies the
    /// slowest filter, and leaves its screenshots in <c>artifacts/report/</c>. How fast the page loads and filters
    /// is a benchmark, not a test: <c>dotnet run -c Release --project tests/Corpus.Benchmarks -- report</c>
    /// (docs/benchmarks.md).
    /// </summary>
    [Theory]
    [InlineData(5)]
    [InlineData(1000)]
    [InlineData(10000)]
    public void Synthetic_corpus_report_stays_within_its_budgets(int articles)
    {
        if (!BrowserAvailable()) return;
        var snapshot = Synthetic(articles);
        string html = HtmlReport.Render(snapshot);
        Assert.Equal(html, HtmlReport.Render(snapshot));
        string page = Path.Combine(ArtifactsDirectory, "synthetic-" + articles.ToString(CultureInfo.InvariantCulture) + ".html");
        File.WriteAllText(page, html, new System.Text.UTF8Encoding(false));
        long bytes = new FileInfo(page).Length;

        var result = HeadlessChromium.DumpDom(page);
        Assert.Equal(0, result.ExitCode);
        AssertNoConsoleMessages(result);
        var tags = HtmlScan.Tags(result.Stdout);
        var root = tags.Single(t => t.Name == "html");
        Assert.Equal(snapshot.Engagements.Count.ToString(CultureInfo.InvariantCulture), root["data-shown"]);
        // The overview stays one screen: at most the busiest partners, "other" and "no partner" as rows; one page of rows per table.
        Assert.InRange(tags.Count(t => t.Name == "tr" && t["data-row"] is not null) - HtmlReport.KindColours.Count, 0, HtmlReport.HeatMapPartners + 2);
        Assert.InRange(tags.With("data-row-engagement-id").Count, Math.Min(1, snapshot.Engagements.Count), HtmlReport.PageSize);
        Assert.InRange(tags.With("data-row-official-id").Count, 0, HtmlReport.PageSize);

        string partner = BusiestPartner(snapshot);
        result = HeadlessChromium.DumpDom(page, "#filter?partner=" + partner);
        AssertNoConsoleMessages(result);
        Assert.True(HtmlScan.Tags(result.Stdout).With("data-node-kind").Any(n => n["data-node-kind"] == "official"), "no ego network for " + partner);
        // The slowest filter: free text (the first search builds the text of every engagement) with a country.
        result = HeadlessChromium.DumpDom(page, "#filter?partner=" + partner + "&text=minister");
        AssertNoConsoleMessages(result);
        var filtered = HtmlScan.Tags(result.Stdout).Single(t => t.Name == "html");
        Assert.NotNull(filtered["data-filter-ms"]);
        output.WriteLine(FormattableString.Invariant($"{articles} articles: {snapshot.Engagements.Count} engagements, {snapshot.Officials.Count} officials; page {bytes / 1e6:0.00} MB"));

        Assert.True(bytes <= (articles <= 1000 ? 2_500_000 : 20_000_000), bytes + " bytes at " + articles + " articles");

        Screenshots(page, "synthetic-" + articles.ToString(CultureInfo.InvariantCulture), partner);
    }

    [Fact]
    public void Without_script_the_overview_and_the_first_page_of_every_table_still_show()
    {
        if (!BrowserAvailable()) return;
        var snapshot = ExplorerAppTests.Large(250);
        // The page as a browser without script shows it: the same page without its script (--dump-dom itself needs script).
        string page = Path.Combine(ArtifactsDirectory, "no-script.html");
        File.WriteAllText(page, HtmlReport.Render(snapshot).Replace("<script>" + HtmlReport.Script + "</script>", "", StringComparison.Ordinal));
        var result = HeadlessChromium.DumpDom(page);
        Assert.Equal(0, result.ExitCode);
        AssertNoConsoleMessages(result);
        var tags = HtmlScan.Tags(result.Stdout);
        Assert.Null(tags.Single(t => t.Name == "html")["data-ready"]);
        Assert.True(tags.Single(t => t["id"] == "filters").Attributes.ContainsKey("hidden"), "the filters need the script and stay hidden");
        Assert.All(tags.With("data-pager"), t => Assert.True(t.Attributes.ContainsKey("hidden")));
        // Hidden stays hidden whatever display the style sheet gives the element otherwise.
        Assert.Contains("[hidden] { display: none !important; }", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(12 + HtmlReport.KindColours.Count, tags.Count(t => t.Name == "tr" && t["data-row"] is not null));
        Assert.Equal(snapshot.Engagements.Take(HtmlReport.PageSize).Select(e => e.Id), tags.With("data-row-engagement-id").Select(t => t["data-row-engagement-id"]!));
        Assert.Equal(snapshot.Officials.Take(HtmlReport.PageSize).Select(o => o.Id), tags.With("data-row-official-id").Select(t => t["data-row-official-id"]!));
        Assert.Equal(HtmlReport.PageSize, tags.With("data-row-document-id").Count);
        Assert.Equal(13, tags.With("data-node-kind").Count);
        Assert.Contains("Sentence 0 about the meeting.", result.Stdout, StringComparison.Ordinal);
        Screenshot(page, "no-script.png", 1280, 1000, null);
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
