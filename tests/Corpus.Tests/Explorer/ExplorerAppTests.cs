using System;
using System.IO;
using System.Text.Json;
using Corpus.Explorer;
using Xunit;

namespace Corpus.Tests.Explorer;

public sealed class ExplorerAppTests
{
    [Fact]
    public void No_arguments_prints_the_timeline()
    {
        var (exit, stdout, stderr) = SampleCorpus.Run();
        Assert.Equal(0, exit);
        Assert.Contains("Türkiye (TR)", stdout, StringComparison.Ordinal);
        Assert.Equal("", stderr);
    }

    [Fact]
    public void Officials_prints_the_officials()
    {
        var (exit, stdout, _) = SampleCorpus.Run("officials");
        Assert.Equal(0, exit);
        Assert.Contains("Vong Pisen [vong-pisen], Cambodia", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("JSON")]
    public void Export_json_writes_the_contract_to_stdout(string format)
    {
        var (exit, stdout, stderr) = SampleCorpus.Run("export", "--format", format);
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(5, json.RootElement.GetProperty("engagements").GetArrayLength());
    }

    [Fact]
    public void Export_csv_writes_a_file_without_bom()
    {
        string path = Path.Combine(Path.GetTempPath(), "explorer-test-" + Guid.NewGuid().ToString("N") + ".csv");
        try
        {
            var (exit, stdout, stderr) = SampleCorpus.Run("export", "--format", "csv", "--out", path);
            Assert.Equal((0, "", ""), (exit, stdout, stderr));
            byte[] bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'e', bytes[0]);
            // The header and five rows; the evidence with an embedded LF is quoted, so only row ends are CRLF.
            Assert.Equal(6, System.Text.Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("export", "--format", "xml")]
    [InlineData("export", "--format", "xml", "--out", "never-written.xml")]
    [InlineData("export", "--format")]
    [InlineData("frobnicate")]
    [InlineData("export", "--format", "json", "--bogus")]
    [InlineData("report", "--out")]
    [InlineData("report", "--bogus")]
    public void Usage_errors_exit_2_with_one_line(params string[] args)
    {
        var (exit, stdout, stderr) = SampleCorpus.Run(args);
        Assert.Equal(ExplorerApp.UsageError, exit);
        Assert.Equal("", stdout);
        string line = Assert.Single(SampleCorpus.Lines(stderr));
        Assert.StartsWith("explorer: ", line, StringComparison.Ordinal);
        Assert.False(File.Exists("never-written.xml"));
    }

    [Fact]
    public void Unknown_format_names_the_format()
    {
        var (_, _, stderr) = SampleCorpus.Run("export", "--format", "xml");
        Assert.Contains("xml", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unwritable_output_exits_2_with_one_line_and_no_stack_trace()
    {
        string missing = Path.Combine(Path.GetTempPath(), "explorer-missing-" + Guid.NewGuid().ToString("N"), "x.json");
        foreach (string path in new[] { missing, Path.GetTempPath() })
        {
            var (exit, stdout, stderr) = SampleCorpus.Run("export", "--format", "json", "--out", path);
            Assert.Equal(ExplorerApp.UsageError, exit);
            Assert.Equal("", stdout);
            string line = Assert.Single(SampleCorpus.Lines(stderr));
            Assert.StartsWith("explorer: cannot write", line, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_writes_one_html_file()
    {
        string path = Path.Combine(Path.GetTempPath(), "explorer-test-" + Guid.NewGuid().ToString("N") + ".html");
        try
        {
            var (exit, stdout, stderr) = SampleCorpus.Run("report", "--out", path);
            Assert.Equal((0, "", ""), (exit, stdout, stderr));
            byte[] bytes = File.ReadAllBytes(path);
            Assert.Equal((byte)'<', bytes[0]);
            string html = System.Text.Encoding.UTF8.GetString(bytes);
            Assert.Equal(HtmlReport.Render(SampleCorpus.Create()), html);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Report_to_dash_writes_stdout()
    {
        var (exit, stdout, stderr) = SampleCorpus.Run("report", "-o", "-");
        Assert.Equal((0, ""), (exit, stderr));
        Assert.StartsWith("<!DOCTYPE html>", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_to_an_unwritable_path_exits_2_with_one_line()
    {
        string missing = Path.Combine(Path.GetTempPath(), "explorer-missing-" + Guid.NewGuid().ToString("N"), "report.html");
        foreach (string path in new[] { missing, Path.GetTempPath(), "" })
        {
            var (exit, stdout, stderr) = SampleCorpus.Run("report", "--out", path);
            Assert.Equal(ExplorerApp.UsageError, exit);
            Assert.Equal("", stdout);
            string line = Assert.Single(SampleCorpus.Lines(stderr));
            Assert.StartsWith("explorer: ", line, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
        }
        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    [Fact]
    public void Report_defaults_to_report_html()
    {
        Assert.Equal("report.html", ExplorerApp.DefaultReportFile);
        var (exit, stdout, _) = SampleCorpus.Run("report", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("default report.html", stdout, StringComparison.Ordinal);
    }

    /// <summary>A corpus of <paramref name="count"/> engagements with twelve partners over four years.</summary>
    internal static CorpusSnapshot Large(int count)
    {
        var home = new Country("KH", "KHM", "Cambodia", "Kingdom of Cambodia", []);
        var partners = Enumerable.Range(0, 12).Select(i => new Country("P" + (char)('A' + i), "P" + i, "Partner " + i, "P", [])).ToList();
        var officials = Enumerable.Range(0, 60).Select(i => new Official("o" + i, "Official " + i, [], i % 2 == 0 ? home : partners[i % 12], [], [])).ToList();
        var documents = Enumerable.Range(0, count / 2 + 1).Select(i => new Document("d" + i, "d" + i + ".txt", "Article " + i, null, null, null, 5)).ToList();
        var engagements = Enumerable.Range(0, count).Select(i => new Engagement("d" + i / 2 + "-" + (i % 2 + 1), documents[i / 2], (EngagementKind)(i % 9),
            i % 7 == 0 ? EngagementStatus.Planned : EngagementStatus.Held, new PartialDate(2020 + i % 4, 1 + i % 12, 1 + i % 28), null,
            [home, partners[i % 12]], [officials[i % 60], officials[(i * 7 + 1) % 60]], [], [], null,
            [new Evidence("d" + i / 2, 2, 1, "Sentence " + i + " about the meeting.")])).ToList();
        return new CorpusSnapshot(documents, officials, engagements);
    }

    [Fact]
    public void Report_tells_its_progress_on_a_terminal_for_large_corpora_only()
    {
        var large = Large(ExplorerApp.ProgressThreshold);
        var quiet = Run(large, terminal: false);
        var told = Run(large, terminal: true);
        Assert.Equal((0, ""), (quiet.Exit, quiet.Stderr));
        Assert.Equal(0, told.Exit);
        Assert.Equal(quiet.Stdout, told.Stdout);
        string[] lines = told.Stderr.TrimEnd('\n').Split('\n');
        Assert.Equal("explorer: report of 1,000 engagements, 60 officials, 501 articles", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("explorer: writing the overview (", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("explorer: writing the tables (", StringComparison.Ordinal));
        Assert.StartsWith("explorer: wrote the page, ", lines[^1], StringComparison.Ordinal);
        Assert.All(lines, l => Assert.StartsWith("explorer: ", l, StringComparison.Ordinal));

        // A small corpus says nothing, even on a terminal.
        Assert.Equal("", Run(SampleCorpus.Create(), terminal: true).Stderr);
    }

    private static (int Exit, string Stdout, string Stderr) Run(CorpusSnapshot snapshot, bool terminal)
    {
        var stdout = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        var stderr = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        int exit = ExplorerApp.Run(["report", "--out", "-"], snapshot, stdout, stderr, terminal);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
