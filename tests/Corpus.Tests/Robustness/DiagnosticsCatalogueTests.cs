using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Corpus.Generator;
using Corpus.Tests.Generator;
using Microsoft.CodeAnalysis;

namespace Corpus.Tests.Robustness;

/// <summary>docs/diagnostics.md and the code say the same: every descriptor is documented with its title, severity and message, and every documented diagnostic exists.</summary>
public class DiagnosticsCatalogueTests
{
    /// <summary>One "## CORPUSnnn — Title" section of the page and the rows of its table.</summary>
    public sealed record Entry(string Id, string Title, IReadOnlyDictionary<string, string> Rows, string Body);

    private static readonly Lazy<string> s_page = new(() => File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "docs", "diagnostics.md")));

    internal static IReadOnlyList<Entry> Entries()
    {
        var entries = new List<Entry>();
        var sections = Regex.Split(s_page.Value, @"^(?=## )", RegexOptions.Multiline);
        foreach (var section in sections)
        {
            var heading = Regex.Match(section, @"^## (CORPUS\d{3}) — (.+)$", RegexOptions.Multiline);
            if (!heading.Success || heading.Index != 0) continue;
            var rows = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match row in Regex.Matches(section, @"^\| (\w+) \| (.*) \|$", RegexOptions.Multiline))
            {
                rows[row.Groups[1].Value] = row.Groups[2].Value;
            }
            entries.Add(new Entry(heading.Groups[1].Value, heading.Groups[2].Value.Trim(), rows, section));
        }
        return entries;
    }

    [Fact]
    public void Every_descriptor_is_documented_and_every_documented_diagnostic_has_a_descriptor()
    {
        var documented = Entries().Select(e => e.Id).ToList();
        Assert.Equal(documented.Distinct().Count(), documented.Count);
        Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
        // Sections are in ID order.
        Assert.Equal(documented.Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public void Each_entry_states_the_descriptors_title_and_severity()
    {
        foreach (var entry in Entries())
        {
            var descriptor = DiagnosticDescriptors.For(entry.Id);
            Assert.Equal(descriptor.Title.ToString(CultureInfo.InvariantCulture), entry.Title);
            Assert.True(entry.Rows.TryGetValue("Severity", out var severity), entry.Id + " has no Severity row");
            Assert.Equal(descriptor.DefaultSeverity.ToString(), severity);
        }
    }

    [Fact]
    public void Each_entry_quotes_the_message_exactly_with_its_values_in_italics()
    {
        foreach (var entry in Entries())
        {
            var descriptor = DiagnosticDescriptors.For(entry.Id);
            string format = descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture);
            Assert.True(entry.Rows.TryGetValue("Message", out var documented), entry.Id + " has no Message row");
            string code = Regex.Replace(format, @"\{\d+\}", "…");
            string page = Regex.Replace(documented!, @"\*[^*]+\*", "…");
            Assert.Equal(code, page);
        }
    }

    [Fact]
    public void Each_entry_says_what_to_change_and_gives_an_example()
    {
        foreach (var entry in Entries())
        {
            Assert.True(entry.Rows.TryGetValue("Fix", out var fix) && fix.Length > 10, entry.Id + " has no Fix row");
            Assert.True(entry.Body.Contains("Example", StringComparison.Ordinal), entry.Id + " has no example");
        }
    }

    [Fact]
    public void Every_problem_id_has_a_descriptor()
    {
        var ids = typeof(ProblemIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Concat(typeof(Corpus.Generator.Lock.LockIds).GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.NonPublic))
            .Select(f => (string)f.GetValue(null)!)
            .Concat(new[] { Corpus.Generator.Lookups.LookupDiagnostics.UnknownIdId, Corpus.Generator.Lookups.LookupDiagnostics.KnownIdId })
            .Order(StringComparer.Ordinal);
        Assert.Equal(ids, DiagnosticDescriptors.All.Select(d => d.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_analyzer_release_notes_list_every_descriptor_with_its_severity()
    {
        var notes = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "generator", "Corpus.Generator", "AnalyzerReleases.Unshipped.md"));
        var rows = Regex.Matches(notes, @"^(CORPUS\d{3}) \| Corpus \| (\w+) \| (.+)$", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Trim())).ToList();
        Assert.Equal(DiagnosticDescriptors.All.OrderBy(d => d.Id, StringComparer.Ordinal)
            .Select(d => (d.Id, d.DefaultSeverity.ToString(), d.Title.ToString(CultureInfo.InvariantCulture))), rows);
    }

    [Fact]
    public void The_limits_are_documented_with_their_values()
    {
        var page = s_page.Value;
        foreach (var limit in new[] { YamlLimits.MaxLength, YamlLimits.MaxDepth, YamlLimits.MaxNodes, YamlLimits.MaxScalarLength, ArticleReader.MaxArticleLength, Corpus.Generator.Naming.MemberNames.MaxLength })
        {
            Assert.Contains(limit.ToString(CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        }
        var table = Regex.Match(page, @"\| limit \| value \|\n\| --- \| --- \|\n((?:\|.*\|\n)+)").Groups[1].Value;
        var values = Regex.Matches(table, @"\| (\d+) \|$", RegexOptions.Multiline).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(new[] { YamlLimits.MaxLength, YamlLimits.MaxDepth, YamlLimits.MaxNodes, YamlLimits.MaxScalarLength }, values);
    }

    [Fact]
    public void The_reserved_names_are_documented()
    {
        var entry = Entries().Single(e => e.Id == "CORPUS018");
        foreach (var name in Corpus.Generator.Naming.MemberNames.Reserved)
        {
            Assert.Contains("`" + name + "`", entry.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_msbuild_error_is_documented_with_the_text_the_build_files_report()
    {
        var targets = File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "generator", "Corpus.Generator", "build", "Corpus.Generator.targets"));
        Assert.Contains("Code=\"CORPUS100\"", targets, StringComparison.Ordinal);
        Assert.Contains("## MSBuild: CORPUS100", s_page.Value, StringComparison.Ordinal);
        var text = Regex.Match(targets, "Code=\"CORPUS100\"\\s+Text=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains("Pass a folder of articles (*.txt), for example -p:CorpusDirectory=path/to/articles.", text, StringComparison.Ordinal);
        Assert.Contains("Pass a folder of articles (*.txt), for example -p:CorpusDirectory=path/to/articles.", s_page.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_descriptor_links_to_its_section()
    {
        foreach (var d in DiagnosticDescriptors.All)
        {
            Assert.Equal("docs/diagnostics.md#" + d.Id.ToLowerInvariant(), d.HelpLinkUri);
            Assert.Equal("Corpus", d.Category);
            Assert.True(d.IsEnabledByDefault);
            Assert.NotEqual(DiagnosticSeverity.Hidden, d.DefaultSeverity);
        }
    }
}
