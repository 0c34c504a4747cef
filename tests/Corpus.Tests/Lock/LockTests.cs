using System.Globalization;
using Corpus.Extraction.Model;
using Corpus.Generator.Lock;
using Corpus.Tests.Generator;
using Corpus.Tests.Robustness;
using Microsoft.CodeAnalysis;

namespace Corpus.Tests.Lock;

/// <summary>
/// The lock file through the generator: written in update mode, silent when it matches, and every
/// difference an error at the lock file's line naming the old and the new value.
/// </summary>
public class LockTests
{
    /// <summary>The lock file's path in these tests. Its extension is not .yaml so that the test harness, which marks every file as a corpus document, does not read it as a sidecar (MSBuild removes it from the corpus documents).</summary>
    internal const string LockName = "corpus.lock";

    internal const string Article = "Phnom Penh, 27 April 2023 (TDI): Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.\n";

    internal static GeneratorHarness Corpus(string article = Article)
    {
        // Written from Cambodia: the home country comes only from corpus.yaml.
        var harness = Robust.Corpus(("a.txt", article), ("corpus.yaml", "home: KH\n"));
        harness.Properties["CorpusLockFileFullPath"] = Robust.Root + LockName;
        return harness;
    }

    /// <summary>The lock text the generator emits in update mode for <paramref name="article"/>.</summary>
    internal static string LockText(string article = Article)
    {
        var harness = Corpus(article);
        harness.Properties["CorpusLock"] = "update";
        var run = Robust.Run(harness);
        var source = run.Sources.Single(s => s.HintName == LockPipeline.HintName).Source;
        return LockPipeline.TextOf(source);
    }

    internal static RobustRun WithLock(string lockText, string article = Article, bool update = false)
    {
        var harness = Corpus(article);
        if (update) harness.Properties["CorpusLock"] = "update";
        return Robust.Run(harness, harness.Texts().Add(new MemoryText(Robust.Root + LockName, lockText)));
    }

    internal static IEnumerable<Diagnostic> LockDiagnostics(RobustRun run) => run.Diagnostics.Where(d => d.Id.StartsWith("CORPUS03", StringComparison.Ordinal));

    /// <summary>The 1-based line of the lock text that starts with <paramref name="prefix"/> (after the given earlier line).</summary>
    internal static int LineOf(string text, string prefix, int after = 0)
    {
        var lines = text.Split('\n');
        for (int i = after; i < lines.Length; i++)
        {
            if (lines[i].StartsWith(prefix, StringComparison.Ordinal)) return i + 1;
        }
        throw new InvalidOperationException("no line starts with " + prefix);
    }

    private static (int Line, int Column) Where(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        Assert.Equal(Robust.Root + LockName, span.Path);
        return (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Fact]
    public void Without_a_lock_file_nothing_changes()
    {
        var plain = Robust.Run(Robust.Corpus(("a.txt", Article), ("corpus.yaml", "home: KH\n")));
        var withSetting = Robust.Run(Corpus());
        Assert.Empty(LockDiagnostics(withSetting));
        Assert.DoesNotContain(withSetting.Sources, s => s.HintName == LockPipeline.HintName);
        Assert.Equal(plain.Sources, withSetting.Sources);
        Assert.Equal(plain.Diagnostics.Select(d => d.ToString()), withSetting.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void The_lock_lists_officials_and_engagements_sorted_and_canonical()
    {
        string text = LockText();
        Assert.StartsWith("# Corpus lock", text, StringComparison.Ordinal);
        Assert.Contains("version: 1\nofficials:\n  tea-banh:\n    name: Tea Banh\n    country: KH\n    positions:\n      - ", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("  tea-banh:", StringComparison.Ordinal) < text.IndexOf("  ulku-kocaefe:", StringComparison.Ordinal));
        Assert.Contains("engagements:\n  a-1:\n    kind: meeting\n    status: held\n    date: 2023-04-26\n", text, StringComparison.Ordinal);
        Assert.Contains("    countries: [KH, TR]\n    participants: [tea-banh, ulku-kocaefe]\n", text, StringComparison.Ordinal);
        Assert.Contains("    document: a\n    line: 1\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        // Deterministic: the same corpus, the same text.
        Assert.Equal(text, LockText());
    }

    [Fact]
    public void A_lock_that_matches_the_corpus_passes_with_LF_or_CRLF_line_ends()
    {
        string text = LockText();
        Assert.Empty(LockDiagnostics(WithLock(text)));
        Assert.Empty(LockDiagnostics(WithLock("\uFEFF" + text.Replace("\n", "\r\n"))));
        Assert.Empty(WithLock(text).CompileDiagnostics);
    }

    [Fact]
    public void A_changed_date_is_an_error_at_the_date_line_naming_the_old_and_the_new_date()
    {
        string text = LockText();
        var run = WithLock(text, Article.Replace("on Wednesday", "on Tuesday"));
        var d = Assert.Single(LockDiagnostics(run));
        Assert.Equal(LockIds.Changed, d.Id);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal((LineOf(text, "    date: "), 11), Where(d));
        Assert.Equal("The date of engagement 'a-1' changed from 2023-04-26 to 2023-04-25. Review it, then accept it with dotnet build -p:CorpusLock=update",
            d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void An_entry_missing_from_the_lock_is_added_at_the_entry_after_it()
    {
        string text = LockText();
        int start = LineOf(text, "  tea-banh:");
        int next = LineOf(text, "  ulku-kocaefe:");
        var lines = text.Split('\n').ToList();
        lines.RemoveRange(start - 1, next - start);
        string edited = string.Join("\n", lines);
        var d = Assert.Single(LockDiagnostics(WithLock(edited)));
        Assert.Equal(LockIds.Added, d.Id);
        Assert.Equal((start, 3), Where(d));
        Assert.Contains("The official 'tea-banh' is not in the lock file: name Tea Banh, country KH", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void An_entry_the_corpus_no_longer_gives_is_removed_at_its_id()
    {
        string text = LockText();
        string edited = text.Replace("  tea-banh:\n", "  hun-sen:\n    name: Hun Sen\n    country: KH\n    positions: []\n  tea-banh:\n");
        var d = Assert.Single(LockDiagnostics(WithLock(edited)));
        Assert.Equal(LockIds.Removed, d.Id);
        Assert.Equal((LineOf(edited, "  hun-sen:"), 3), Where(d));
        Assert.Contains("'hun-sen'", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_list_item_is_reported_at_its_line()
    {
        string text = LockText();
        int line = LineOf(text, "      - ", LineOf(text, "  tea-banh:"));
        var lines = text.Split('\n');
        string old = lines[line - 1];
        lines[line - 1] = "      - 2020 | General | Minister | - | a";
        var d = Assert.Single(LockDiagnostics(WithLock(string.Join("\n", lines))));
        Assert.Equal(LockIds.Changed, d.Id);
        Assert.Equal((line, 9), Where(d));
        string message = d.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("The positions[1] of official 'tea-banh' changed from 2020 | General | Minister | - | a to " + old.Substring(8), message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version: 1\nofficials:\n  a:\n    name: \"unclosed\n", 4, 11, "a quoted value is not closed")]
    [InlineData("version: 2\n", 1, 10, "version '2' is not supported")]
    [InlineData("version: 1\npeople:\n", 2, 1, "unknown key 'people'")]
    [InlineData("version: 1\nofficials:\n  a:\n   name: x\n", 4, 4, "unexpected indentation of 3 spaces")]
    [InlineData("version: 1\nofficials:\n  a:\n    countries: [KH, TR\n", 4, 23, "a list must be closed")]
    [InlineData("version: 1\nofficials:\n  a:\n  a:\n", 4, 3, "the id 'a' is listed twice")]
    public void A_lock_that_cannot_be_read_is_one_error_at_the_line_and_column(string text, int line, int column, string reason)
    {
        var d = Assert.Single(LockDiagnostics(WithLock(text)));
        Assert.Equal(LockIds.Unreadable, d.Id);
        Assert.Equal((line, column), Where(d));
        Assert.Contains(reason, d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_a_hundred_differences_end_with_one_summary()
    {
        string text = LockText();
        var extra = string.Concat(Enumerable.Range(0, 130).Select(i => "  zz-" + i.ToString("D3", CultureInfo.InvariantCulture) + ":\n    name: X\n"));
        string edited = text.Replace("engagements:\n", extra + "engagements:\n");
        var diagnostics = LockDiagnostics(WithLock(edited)).ToList();
        Assert.Equal(LockComparison.MaxDifferences + 1, diagnostics.Count);
        var last = diagnostics.Single(d => d.Id == LockIds.TooManyDifferences);
        Assert.Contains("30 more differences", last.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void The_update_build_compares_nothing_and_emits_the_current_lock_text()
    {
        string stale = LockText().Replace("date: 2023-04-26", "date: 2020-01-01");
        var run = WithLock(stale, update: true);
        Assert.Empty(LockDiagnostics(run));
        var source = run.Sources.Single(s => s.HintName == LockPipeline.HintName).Source;
        Assert.Equal(LockText(), LockPipeline.TextOf(source));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("with: colon")]
    [InlineData("a, b [c] {d}")]
    [InlineData("\"quoted\" and \\ back")]
    [InlineData("-leading dash")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData(" padded ")]
    [InlineData("tab\tnew\nline")]
    [InlineData("Ülkü Kocaefe – Türkiye’s")]
    [InlineData("odd \uFFFE \uD800 end")]
    [InlineData("hash # inside")]
    public void Scalars_read_back_as_written(string value)
    {
        string written = LockScalar.Write(value);
        Assert.DoesNotContain("\n", written, StringComparison.Ordinal);
        int i = 0;
        Assert.True(LockScalar.TryRead(written, ref i, false, out var read, out var error), error);
        Assert.Equal(value, read);
        Assert.Equal(written.Length, i);
        string flow = LockScalar.WriteFlow(new[] { value, "x" });
        var parsed = LockReader.Read("version: 1\nofficials:\n  a:\n    list: " + flow + "\n", out var e);
        Assert.Null(e);
        Assert.Equal(new[] { value, "x" }, parsed!.Sections["officials"][0].Fields[0].Items);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorDriver driver, string step)
        => driver.GetRunResult().Results.Single().TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).Select(o => o.Reason).ToList()
            : new List<IncrementalStepRunReason>();

    private static bool Reused(IncrementalStepRunReason r) => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    [Fact]
    public void The_lock_steps_cache_per_article_and_a_CSharp_edit_reruns_none_of_them()
    {
        string second = "Phnom Penh, 3 May 2023 (TDI): Prime Minister Hun Manet met Japanese Ambassador Ueno Atsushi on Monday.\n";
        var harness = Robust.Corpus(("a.txt", Article), ("b.txt", second), ("corpus.yaml", "home: KH\n"));
        harness.Properties["CorpusLockFileFullPath"] = Robust.Root + LockName;
        var texts = harness.Texts();
        var run = Robust.Run(harness, texts.Add(new MemoryText(Robust.Root + LockName, "version: 1\n")));
        Assert.NotEmpty(LockDiagnostics(run));

        var csharpEdit = run.Driver.RunGenerators(harness.Compilation().AddSyntaxTrees(
            Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("namespace User { public static class More { } }", Robust.ParseOptions)));
        foreach (var step in new[] { LockTrackingNames.LockEngagements, LockTrackingNames.LockSnapshot, LockTrackingNames.LockComparison })
        {
            var reasons = Reasons(csharpEdit, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(Reused(r), step + ": " + r));
        }

        var b = texts.Single(t => t.Path.EndsWith("b.txt", StringComparison.Ordinal));
        var articleEdit = csharpEdit.ReplaceAdditionalText(b, new MemoryText(b.Path, second.Replace("on Monday", "on Tuesday", StringComparison.Ordinal)))
            .RunGenerators(harness.Compilation());
        var perArticle = Reasons(articleEdit, LockTrackingNames.LockEngagements);
        Assert.Equal(2, perArticle.Count);
        Assert.Equal(1, perArticle.Count(Reused));
    }

    [Fact]
    public void The_officials_lock_entries_are_made_only_when_a_lock_is_read_or_written()
    {
        // The officials' entries come from the merged corpus, which changes on most edits: a project without a lock must not make them.
        static EquatableArray<LockEntry> Officials(GeneratorDriver driver)
            => (EquatableArray<LockEntry>)Assert.Single(driver.GetRunResult().Results.Single().TrackedSteps[LockTrackingNames.LockOfficials].SelectMany(r => r.Outputs)).Value;

        var none = Robust.Run(Robust.Corpus(("a.txt", Article), ("corpus.yaml", "home: KH\n")));
        Assert.Empty(Officials(none.Driver));

        var withLock = WithLock("version: 1\n");
        Assert.Contains(Officials(withLock.Driver), e => e.Id == "tea-banh");

        var update = Corpus();
        update.Properties["CorpusLock"] = "update";
        Assert.Contains(Officials(Robust.Run(update).Driver), e => e.Id == "tea-banh");
    }
}
