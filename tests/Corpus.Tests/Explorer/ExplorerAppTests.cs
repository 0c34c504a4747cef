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
}
