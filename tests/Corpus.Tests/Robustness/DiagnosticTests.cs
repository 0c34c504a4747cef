using System.Globalization;
using System.Text;
using Corpus.Extraction.Read;
using Corpus.Extraction.Text;
using Corpus.Generator;
using Microsoft.CodeAnalysis;

namespace Corpus.Tests.Robustness;

/// <summary>
/// Every diagnostic, triggered through the generator by the input it is about, reported at that
/// input: file, and (1-based, as the build prints them) line and column where they mean something.
/// </summary>
public class DiagnosticTests
{
    private const string Article = "Phnom Penh, 27 April 2023 (TDI): Defence Minister Tea Banh met Turkish Ambassador to Cambodia Ülkü Kocaefe on Wednesday.\n";

    /// <summary>A corpus that triggers a diagnostic, and where the diagnostic must point: a file (null for none) and a 1-based line and column (0 when only the file matters).</summary>
    internal sealed record Case(Func<RobustRun> Run, string? File, int Line, int Column, string? MessageContains = null);

    private static RobustRun WithSidecar(string yaml, string article = Article) => Robust.Run(("a.txt", article), ("a.yaml", yaml));

    internal static readonly IReadOnlyDictionary<string, Case> Cases = new Dictionary<string, Case>
    {
        ["CORPUS001"] = new(() => WithSidecar("title: [unclosed\npublished: 2023\n"), "a.yaml", 2, 1, "cannot be read"),
        ["CORPUS002"] = new(() => WithSidecar("title: x\nofficials: 3\n"), "a.yaml", 2, 12, "'officials' must be a list"),
        ["CORPUS003"] = new(() => WithSidecar("titel: x\n"), "a.yaml", 1, 1, "did you mean 'title'?"),
        ["CORPUS004"] = new(() => WithSidecar("published: 2023-02-30\n"), "a.yaml", 1, 12, "'2023-02-30' is not a valid ISO 8601 date"),
        ["CORPUS005"] = new(() => WithSidecar("engagements:\n  - kind: meeting\n    countries: [KH, Turkey]\n"), "a.yaml", 3, 21, "'Turkey'"),
        ["CORPUS006"] = new(() => Robust.Run(("a.txt", Article), ("a.yaml", "id: Visit\n"), ("b.txt", Article), ("b.yaml", "title: B\nid: visit\n")),
            "b.yaml", 2, 5, "Another document already has the id 'visit'"),
        ["CORPUS007"] = new(() => Robust.Run(("a.txt", Article), ("corpus.yaml", "topics:\n  peace keeping: [peacekeeping]\n  peace-keeping: [peace-keeping]\n")),
            "corpus.yaml", 3, 3, "generated as 'PeaceKeeping2'"),
        ["CORPUS008"] = new(() => WithSidecar("engagements:\n  - kind: meeting\n    participants: [Tea Banh, Hun Sen]\n"), "a.yaml", 3, 30, "'Hun Sen' is not mentioned in a.txt"),
        ["CORPUS009"] = new(() => WithSidecar("engagements:\n  - kind: meeting\n    evidence:\n      - \"Tea Banh met the ambassador\"\n"), "a.yaml", 4, 9,
            "\"Tea Banh met the ambassador\" does not occur verbatim"),
        ["CORPUS010"] = new(() => Robust.Run(("a.txt", Article), ("b.yaml", "title: B\n")), "b.yaml", 1, 1, "'b.yaml' has no article 'b.txt'"),
        ["CORPUS011"] = new(() => Robust.Run(("a.txt", Article), ("empty.txt", " \n\n")), "empty.txt", 1, 1, "'empty.txt' is empty"),
        ["CORPUS012"] = new(() => WithSidecar("engagements:\n  - kind: meating\n"), "a.yaml", 2, 11, "did you mean 'meeting'?"),
        ["CORPUS013"] = new(() => WithSidecar("engagements:\n  - kind: meeting\n    topics: [demining, peace keeping]\n"), "a.yaml", 3, 24, "did you mean 'peacekeeping'?"),
        ["CORPUS014"] = new(() => Robust.Run(("a.txt", Article + "The T\uFFFDrkish side agreed.\n")), "a.txt", 2, 6, "'a.txt' has bytes that are not UTF-8"),
        ["CORPUS015"] = new(() => Robust.Run(("a.txt", Article), ("big.txt", new string('x', ArticleReader.MaxArticleLength + 1))), "big.txt", 1, 1,
            "1048577 characters, more than the 1048576"),
        ["CORPUS016"] = new(() => FailureContainmentTests.RunFailing(FaultInjection.Extract, "b.txt"), "b.txt", 0, 0, "could not process 'b.txt'"),
        ["CORPUS017"] = new(() =>
        {
            var harness = Robust.Corpus(("a.txt", Article));
            harness.Properties["CorpusNamespace"] = "my corpus";
            return Robust.Run(harness);
        }, null, 0, 0, "'my corpus' is not a valid C# namespace"),
        ["CORPUS018"] = new(() => Robust.Run(("a.txt", Article), ("corpus.yaml", "topics:\n  demining: [demining]\n  5G networks: [5G]\n")),
            "corpus.yaml", 3, 3, "generated as '_5gNetworks' because a C# name cannot start with a digit"),
        ["CORPUS019"] = new(() => WithSidecar("title: " + new string('[', 100) + new string(']', 100) + "\n"), "a.yaml", 1, 71, "nested 65 deep, over the limit of 64 levels"),
        // The lock file (tests/Corpus.Tests/Lock/LockTests.cs checks the lines and columns).
        ["CORPUS030"] = new(() => Lock.LockTests.WithLock(Lock.LockTests.LockText().Replace("  a-1:\n", "  a-0:\n")), Lock.LockTests.LockName, 0, 0, "The engagement 'a-1' is not in the lock file"),
        ["CORPUS031"] = new(() => Lock.LockTests.WithLock(Lock.LockTests.LockText().Replace("  a-1:\n", "  a-0:\n")), Lock.LockTests.LockName, 0, 0, "The engagement 'a-0' of the lock file is no longer in the corpus"),
        ["CORPUS032"] = new(() => Lock.LockTests.WithLock(Lock.LockTests.LockText().Replace("kind: meeting", "kind: visit")), Lock.LockTests.LockName, 0, 0, "changed from visit to meeting"),
        ["CORPUS033"] = new(() => Lock.LockTests.WithLock("version: 1\nofficials: 3\n"), Lock.LockTests.LockName, 2, 12, "cannot be read"),
        ["CORPUS034"] = new(() => Lock.LockTests.WithLock(Lock.LockTests.LockText().Replace("engagements:\n",
            string.Concat(Enumerable.Range(0, 101).Select(i => "  zz-" + i.ToString(CultureInfo.InvariantCulture) + ":\n")) + "engagements:\n")), Lock.LockTests.LockName, 0, 0, "1 more differences"),
    };

    /// <summary>The ids the checked-lookups analyzer reports, not the generator (tests/Corpus.Tests/Lookups).</summary>
    private static readonly string[] s_analyzerIds = { Corpus.Generator.Lookups.LookupDiagnostics.UnknownIdId, Corpus.Generator.Lookups.LookupDiagnostics.KnownIdId };

    public static TheoryData<string> Ids() => new(Cases.Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Every_descriptor_has_a_case_that_triggers_it()
        => Assert.Equal(DiagnosticDescriptors.All.Select(d => d.Id).Except(s_analyzerIds).Order(StringComparer.Ordinal), Cases.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_diagnostic_is_reported_at_the_input_it_is_about(string id)
    {
        var c = Cases[id];
        var run = c.Run();
        var diagnostic = Assert.Single(run.WithId(id));
        var descriptor = DiagnosticDescriptors.For(id);
        Assert.Equal(descriptor.DefaultSeverity, diagnostic.DefaultSeverity);
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (c.MessageContains is not null) Assert.Contains(c.MessageContains, message, StringComparison.Ordinal);
        Assert.DoesNotContain("{", message, StringComparison.Ordinal);
        if (c.File is null)
        {
            Assert.Equal(Microsoft.CodeAnalysis.Location.None, diagnostic.Location);
        }
        else
        {
            var span = diagnostic.Location.GetLineSpan();
            Assert.Equal(Robust.Root + c.File, span.Path);
            if (c.Line > 0) Assert.Equal((c.Line, c.Column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        }
        // Whatever went wrong in the input, the generated code compiles.
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void A_syntax_error_in_corpus_yaml_is_reported_there_and_the_built_in_vocabulary_is_not_used_instead()
    {
        var run = Robust.Run(("a.txt", Article), ("corpus.yaml", "home: KH\ntopics:\n  demining: [demining\n"));
        var d = Assert.Single(run.WithId("CORPUS001"));
        Assert.Equal(Robust.Root + "corpus.yaml", d.Location.GetLineSpan().Path);
        Assert.Empty(run.Model.Topics);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void A_key_given_twice_is_a_syntax_error_at_the_second()
    {
        var run = WithSidecar("title: A\noutlet: B\ntitle: C\n");
        var d = Assert.Single(run.WithId("CORPUS001"));
        Assert.Contains("Duplicate key", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(2, d.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Theory]
    [InlineData("title: [a, b]\n", "'sidecar.title' must be a single text value")]
    [InlineData("officials:\n  - name: [Tea, Banh]\n", "'official.name' must be a single text value")]
    [InlineData("officials:\n  - { name: Tea Banh, exclude: maybe }\n", "'official.exclude' must be true or false")]
    [InlineData("engagements:\n  - { kind: meeting, location: Phnom Penh }\n", "'engagement.location' must be a mapping with place, city and country")]
    [InlineData("- a\n- b\n", "'the document' must be a mapping of keys to values")]
    public void Wrong_value_types_name_the_key_and_the_type(string yaml, string message)
    {
        var d = Assert.Single(WithSidecar(yaml).WithId("CORPUS002"));
        Assert.Equal(message, d.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("titel: x\n", "did you mean 'title'?")]
    [InlineData("publised: 2023-01-01\n", "did you mean 'published'?")]
    [InlineData("officials:\n  - { name: Tea Banh, alias: [Banh] }\n", "did you mean 'aliases'?")]
    [InlineData("zzzzzzzzzz: 1\n", "expected one of: id, title, outlet, url, published, officials, engagements")]
    public void Unknown_keys_suggest_the_closest_known_key(string yaml, string suggestion)
    {
        var d = Assert.Single(WithSidecar(yaml).WithId("CORPUS003"));
        Assert.EndsWith(suggestion, d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("--02-30")]
    [InlineData("27 April 2023")]
    [InlineData("2023-4-27")]
    public void Dates_that_do_not_exist_or_are_not_ISO_are_invalid(string date)
        => Assert.Single(WithSidecar("published: \"" + date + "\"\n").WithId("CORPUS004"));

    [Theory]
    [InlineData("2024-02-29")]
    [InlineData("--02-29")]
    [InlineData("2023-04")]
    [InlineData("2023")]
    [InlineData("--06")]
    public void Dates_that_exist_are_valid(string date)
        => Assert.Empty(WithSidecar("published: \"" + date + "\"\n").WithId("CORPUS004"));

    [Fact]
    public void Unknown_country_codes_are_reported_wherever_a_code_is_expected()
    {
        var run = Robust.Run(("a.txt", Article), ("a.yaml", "officials:\n  - { name: Tea Banh, country: XX }\n"),
            ("corpus.yaml", "home: XK\nofficials:\n  - { name: Hun Sen, country: ZZZ }\n"));
        var places = run.WithId("CORPUS005").Select(d => (Path.GetFileName(d.Location.GetLineSpan().Path), d.Location.GetLineSpan().StartLinePosition.Line + 1)).Order().ToList();
        Assert.Equal(new[] { ("a.yaml", 2), ("corpus.yaml", 1), ("corpus.yaml", 3) }, places);
    }

    [Fact]
    public void A_duplicate_id_from_file_names_points_at_the_later_article()
    {
        var run = Robust.Run(("a.txt", Article), ("b.txt", Article), ("b.yaml", "id: a\n"));
        var d = Assert.Single(run.WithId("CORPUS006"));
        Assert.Equal(Robust.Root + "b.yaml", d.Location.GetLineSpan().Path);
        // Both documents are still generated.
        Assert.Equal(2, run.Model.Documents.Count);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void The_same_official_twice_in_one_sidecar_is_a_duplicate()
    {
        var run = WithSidecar("officials:\n  - { name: Tea Banh, title: Defence Minister }\n  - { name: Tea-Banh, title: Minister }\n");
        var d = Assert.Single(run.WithId("CORPUS006"));
        Assert.Equal("Another official of this sidecar already has the id 'tea-banh': merge the two entries into one", d.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal((3, 13), (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void Colliding_officials_are_numbered_in_document_order_with_a_warning_in_the_later_article()
    {
        var a = "General Sok 1 met the delegation.\n";
        var b = "The talks went on.\nGeneral Sok1 met the delegation.\n";
        var run = Robust.Run(("a.txt", a), ("a.yaml", "officials:\n  - { name: Sok 1, title: General }\n"),
            ("b.txt", b), ("b.yaml", "officials:\n  - { name: Sok1, title: General }\n"));
        var members = run.Model.Officials.ToDictionary(o => o.Name, o => o.Member);
        Assert.Equal("Sok1", members["Sok 1"]);
        Assert.Equal("Sok12", members["Sok1"]);
        var d = Assert.Single(run.WithId("CORPUS007"));
        Assert.Equal("The official 'sok1' would be named 'Sok1' like another one, so it is generated as 'Sok12'; rename one of them to choose the names yourself",
            d.GetMessage(CultureInfo.InvariantCulture));
        var span = d.Location.GetLineSpan();
        Assert.Equal(Robust.Root + "b.txt", span.Path);
        Assert.Equal(2, span.StartLinePosition.Line + 1);
        Assert.Empty(run.CompileDiagnostics);

        // The numbering follows the documents, not the order the files come in.
        var reversed = Robust.Run(("b.yaml", "officials:\n  - { name: Sok1, title: General }\n"), ("b.txt", b),
            ("a.yaml", "officials:\n  - { name: Sok 1, title: General }\n"), ("a.txt", a));
        Assert.Equal(members, reversed.Model.Officials.ToDictionary(o => o.Name, o => o.Member));
    }

    [Theory]
    [InlineData("a-b.txt", "a_b.txt")]
    [InlineData("a-1.txt", "a1.txt")]
    [InlineData("a-b.txt", "ab.txt")]
    public void Documents_are_data_not_members_so_file_names_with_the_same_slug_raise_nothing(string first, string second)
    {
        // Documents are compiled as data: no member is named after them, so no naming diagnostic can speak of one.
        var run = Robust.Run((first, Article), (second, Article));
        Assert.Empty(run.Diagnostics);
        Assert.Null(run.Result.Exception);
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), run.EncodedArticles.OrderBy(p => p, StringComparer.Ordinal));
        Assert.Equal(2, run.Model.Documents.Count);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void A_file_listed_twice_is_read_once()
    {
        var texts = new AdditionalText[]
        {
            new Corpus.TestSupport.MemoryText(Robust.Root + "a.txt", Article),
            new Corpus.TestSupport.MemoryText(Robust.Root + "b.txt", Article),
            new Corpus.TestSupport.MemoryText(Robust.Root + "a.txt", Article),
        };
        var run = Robust.Run(Robust.Corpus(), texts);
        Assert.Null(run.Result.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(new[] { "a", "b" }, run.Model.Documents.Select(d => d.Id));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Theory]
    [InlineData("/corpus/a.txt", "/corpus/", "a.txt")]
    [InlineData("/corpus/sub/a.txt", "/corpus", "sub/a.txt")]
    [InlineData("/elsewhere/a.txt", "/corpus/", "../elsewhere/a.txt")]
    [InlineData("/home/me/x/a.txt", "/home/me/corpus/deep/", "../../x/a.txt")]
    [InlineData("C:\\corpus\\a.txt", "C:\\corpus\\", "a.txt")]
    [InlineData("D:\\other\\a.txt", "C:\\corpus\\", "D:/other/a.txt")]
    [InlineData("/corpus/a.txt", "", "a.txt")]
    public void Paths_are_relative_to_the_corpus_folder_and_never_shared_by_two_files(string path, string root, string relative)
        => Assert.Equal(relative, CorpusFile.Relative(path, root));

    [Theory]
    [InlineData("5G networks", "_5gNetworks", "a C# name cannot start with a digit")]
    [InlineData("All", "All_", "'All' is a name the generated classes already use")]
    [InlineData("Topics", "Topics_", "'Topics' is a name the generated classes already use")]
    [InlineData("ការពារ", "X", "the name has no Latin letter or digit to make a C# name of")]
    public void Names_that_cannot_be_members_as_they_are_are_adjusted_with_an_info(string topic, string member, string reason)
    {
        var run = Robust.Run(("a.txt", Article), ("corpus.yaml", "topics:\n  \"" + topic + "\": [x]\n"));
        Assert.Equal(member, Assert.Single(run.Model.Topics).Member);
        var d = Assert.Single(run.WithId("CORPUS018"));
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.EndsWith("because " + reason, d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void C_sharp_keywords_cannot_become_members_because_members_are_PascalCase()
    {
        var run = Robust.Run(("a.txt", Article), ("corpus.yaml", "topics:\n  class: [x]\n  namespace: [y]\n  global: [z]\n  nameof: [w]\n"));
        Assert.Equal(new[] { "Class", "Namespace", "Global", "Nameof" }, run.Model.Topics.Select(t => t.Member));
        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void Names_longer_than_the_limit_are_cut()
    {
        string topic = string.Concat(Enumerable.Repeat("word ", 100));
        var run = Robust.Run(("a.txt", Article), ("corpus.yaml", "topics:\n  " + topic.Trim() + ": [x]\n"));
        Assert.Equal(128, Assert.Single(run.Model.Topics).Member.Length);
        Assert.Single(run.WithId("CORPUS018"));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void A_curated_official_the_article_never_mentions_is_reported_at_the_name()
    {
        var d = Assert.Single(WithSidecar("officials:\n  - name: Hun Sen\n    title: Prime Minister\n").WithId("CORPUS008"));
        Assert.Equal((2, 11), (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void Evidence_of_an_official_must_be_verbatim_too()
    {
        var d = Assert.Single(WithSidecar("officials:\n  - name: Tea Banh\n    title: Defence Minister\n    evidence: Defense Minister Tea Banh\n").WithId("CORPUS009"));
        Assert.Equal(4, d.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_sidecar_that_is_not_UTF_8_is_reported_too()
    {
        var run = WithSidecar("title: T\uFFFDrkiye\n");
        var d = Assert.Single(run.WithId("CORPUS014"));
        Assert.Equal((Robust.Root + "a.yaml", 1, 9), (d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line + 1,
            d.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void Bytes_that_are_not_UTF_8_decoded_with_a_legacy_code_page_become_U_FFFD()
    {
        // A text handed over decoded with a single-byte code page is read again as UTF-8.
        // "Türkiye" in Windows-1252, then valid UTF-8. (BuildProcessTests covers a real build.)
        var bytes = Encoding.UTF8.GetBytes(Article).Concat(new byte[] { 0x54, 0xFC, 0x72, 0x6B, 0x69, 0x79, 0x65, 0x20 })
            .Concat(Encoding.UTF8.GetBytes("and Ülkü agreed.\n")).ToArray();
        var harness = Robust.Corpus();
        var run = Robust.Run(harness, new AdditionalText[] { new BytesText(Robust.Root + "a.txt", bytes, Encoding.Latin1) });
        var d = Assert.Single(run.WithId("CORPUS014"));
        Assert.Equal((2, 2), (d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1));
        Assert.Equal(2, run.Model.Documents.Single().LineCount);
        Assert.Empty(run.CompileDiagnostics);
        // The valid parts read right: Ülkü, not mojibake.
        Assert.Contains(run.Model.Officials, o => o.Name == "Ülkü Kocaefe");
    }

    [Fact]
    public void A_lone_surrogate_in_text_handed_over_in_memory_reads_as_U_FFFD_with_the_same_warning()
    {
        var run = Robust.Run(("a.txt", Article + "The \uD800 side agreed.\n"), ("a.yaml", "title: \"Half \uDC00 a pair\"\n"));
        Assert.Equal(new[] { "a.txt", "a.yaml" }, run.WithId("CORPUS014").Select(d => Path.GetFileName(d.Location.GetLineSpan().Path)).Order(StringComparer.Ordinal));
        Assert.Equal("Half \uFFFD a pair", run.Model.Documents.Single().Title);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void The_noncharacter_U_FFFE_which_UTF_8_files_can_hold_does_not_stop_extraction()
    {
        // Unicode normalization rejects U+FFFE; folding names for comparison must not.
        var run = Robust.Run(("a.txt", Article.Replace("Wednesday", "Wednes\uFFFEday", StringComparison.Ordinal)),
            ("a.yaml", "officials:\n  - { name: \"Tea Banh\", aliases: [\"Ba\\uFFFEnh\"], title: Defence Minister }\n"));
        Assert.Empty(run.Diagnostics);
        Assert.Contains(run.Model.Officials, o => o.Name == "Tea Banh" && o.Aliases.Contains("Ba\uFFFEnh"));
        Assert.Equal("ba-nh", TextTools.Slug("Ba\uFFFEnh"));
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void An_empty_article_still_yields_its_document()
    {
        var run = Robust.Run(("a.txt", Article), ("empty.txt", ""));
        Assert.Single(run.WithId("CORPUS011"));
        Assert.Contains(run.Model.Documents, d => d.Id == "empty");
    }

    [Fact]
    public void An_article_over_the_limit_yields_its_document_without_facts()
    {
        var text = string.Concat(Enumerable.Repeat(Article, ArticleReader.MaxArticleLength / Article.Length + 1));
        var run = Robust.Run(("big.txt", text));
        Assert.Single(run.WithId("CORPUS015"));
        var document = Assert.Single(run.Model.Documents);
        Assert.Empty(run.Model.Officials);
        Assert.Equal("big", document.Id);
        Assert.Empty(run.CompileDiagnostics);
    }

    [Fact]
    public void A_message_never_fails_to_format_even_with_missing_values()
    {
        // Every message is given at least as many values as it has placeholders.
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var d = Diagnostic.Create(descriptor, Microsoft.CodeAnalysis.Location.None, Enumerable.Repeat((object)"", 8).ToArray());
            Assert.DoesNotContain("{", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }
    }
}
