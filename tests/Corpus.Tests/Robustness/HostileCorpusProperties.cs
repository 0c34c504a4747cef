using System.Globalization;
using System.Reflection;
using System.Text;
using Corpus.Extraction.Pipeline;
using Corpus.Generator.Model;
using Corpus.Extraction.Read;
using Corpus.Extraction.Text;
using Corpus.Generator.Emit;
using CsCheck;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Corpus.Tests.Robustness;

/// <summary>
/// No text can escape into code. CsCheck generates corpora whose articles, sidecars and
/// corpus.yaml are full of hostile text (quotes, backslashes, <c>"""</c>, <c>*/</c>,
/// <c>#line</c>, braces, bidi controls, NUL, lone surrogates, very long lines and names, names
/// that collide); for each, the generator must not throw, the generated code must compile with
/// no error and no warning, declare exactly the members the naming rules predict, and every
/// string must read back (from the compiled, loaded assembly) equal to the input, read the way a
/// UTF-8 file is: a lone surrogate as U+FFFD. Corpora are compiled in batches, each in its own
/// namespace, to keep the run short.
/// </summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
[Trait(TestGroups.Group, TestGroups.Properties)]
public class HostileCorpusProperties
{
    private const int CorporaPerBatch = 25;

    /// <summary>40 batches of 25 make the 1,000 corpora of every test run; CORPUS_PROPERTY_BATCHES sets more for a longer search.</summary>
    private static readonly int s_batches = int.TryParse(Environment.GetEnvironmentVariable("CORPUS_PROPERTY_BATCHES"), out var n) && n > 0 ? n : 40;

    // ---- The inputs --------------------------------------------------------------------------

    internal sealed record OfficialIn(string Name, string[] Aliases, string Title, string? Organization, string? Rank, string Evidence);

    internal sealed record EngagementIn(string Kind, string? Place, string? City, int[] Participants, string[] Agreements, int[] Topics, string[] Evidence);

    internal sealed record SidecarIn(string? Title, string? Outlet, string? Url, OfficialIn[] Officials, EngagementIn[] Engagements);

    internal sealed record ArticleIn(string Stem, string[] Filler, SidecarIn? Sidecar);

    internal sealed record GazetteerIn((string Name, string[] Triggers)[] Topics, (string Name, string? Acronym)[] Organizations, (string Name, string[] Aliases)[] Officials);

    internal sealed record CorpusIn(GazetteerIn? Gazetteer, ArticleIn[] Articles);

    private static readonly string[] s_fragments =
    {
        "\"", "\\", "\"\"\"", "*/", "/*", "//", "#line 1 \"evil.cs\"", "\n#error boom\n", "\n#pragma warning disable\n", "{", "}", "{{", "$\"{x}\"",
        "@\"", "\"u8", "'", "\\u0022", "\\\"", "\u202E", "\u202D", "\u2066", "\u2067", "\u2069", "\u200F", "\u200B", "\u061C", "\0", "\u0001",
        "\u001B[31m", "\u007F", "\u0085", "\u2028", "\u2029", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD", "\uD800", "\uDFFF", "\uDBFF\uDFFF", "😀",
        "\U0001F3F4\U000E0067\U000E0062\U000E007F", "<", ">", "&", "&amp;", "]]>", "-->", "</summary>", "<!--", "\t", "\r", "\n", "\r\n", " ",
        "\u00A0", "\u3000", "class", "namespace", "global::", "All", "Find", "ToString", "Officials", "Topics", "2023", "1st", "İ", "ı", "Işık",
        "İstanbul", "ß", "ﬁ", "e\u0301", "ហ៊ុន សែន", "مرحبا", "שלום", "Ünïcödé", "Vong Pisen", "General", "Minister", "met", ".", ",", ":",
        "-", "(", ")", "%", "$", "`", "Sok 1", "Sok1", "peace keeping", "peace-keeping",
    };

    private static readonly Gen<string> s_piece = Gen.Frequency(
        (8, Gen.OneOf(s_fragments)),
        (3, Gen.String[Gen.Char, 0, 8]),
        (3, Gen.String[Gen.Char.AlphaNumeric, 1, 10]),
        (1, Gen.Int[100, 3000].Select(n => new string('x', n))),
        (1, Gen.Int[1, 100].Select(n => string.Concat(Enumerable.Repeat("\"\\*/{\u202E", n)))));

    /// <summary>Any text.</summary>
    private static readonly Gen<string> s_text = s_piece.Array[1, 5].Select(string.Concat);

    /// <summary>Text that also appears in the article, so it holds no CR (articles are read with LF line ends).</summary>
    private static readonly Gen<string> s_inline = s_text.Select(s => s.Replace('\r', ' '));

    /// <summary>A quote: as the curation reads a quote, without surrounding white space or a leading byte-order mark.</summary>
    private static readonly Gen<string> s_quote = s_inline.Select(s => "Q" + s + ".");

    private static readonly Gen<string?> s_optional = Gen.Frequency((1, Gen.Const((string?)null)), (3, s_text.Select(s => (string?)s)));

    private static readonly Gen<OfficialIn> s_official =
        from name in s_inline
        from aliases in s_inline.Array[0, 2]
        from title in s_text
        from organization in s_optional
        from rank in s_optional
        from evidence in s_quote
        select new OfficialIn(name, aliases, title, organization, rank, evidence);

    private static readonly Gen<EngagementIn> s_engagement =
        from kind in Gen.OneOf(Corpus.Contract.EngagementNames.Kinds)
        from place in s_optional
        from city in s_optional
        from participants in Gen.Int[0, 5].Array[0, 3]
        from agreements in s_text.Array[0, 2]
        from topics in Gen.Int[0, 5].Array[0, 3]
        from evidence in s_quote.Array[1, 2]
        select new EngagementIn(kind, place, city, participants, agreements, topics, evidence);

    private static readonly Gen<SidecarIn> s_sidecar =
        from title in s_optional
        from outlet in s_optional
        from url in s_optional
        from officials in s_official.Array[0, 3]
        from engagements in s_engagement.Array[0, 2]
        select new SidecarIn(title, outlet, url, officials, engagements);

    private static readonly Gen<string> s_stem = Gen.Frequency(
        (3, Gen.OneOf("a", "b", "a-1", "a1", "A_1", "2023-visit", "All", "ünï", "İz", "ız", "x'y", "q\"uote", "{b}", "a b")),
        (1, Gen.String[Gen.Char["abc-_1 İıü'\"{}€"], 1, 12]));

    private static readonly Gen<ArticleIn> s_article =
        from stem in s_stem
        from filler in s_inline.Array[1, 6]
        from sidecar in Gen.Frequency((1, Gen.Const((SidecarIn?)null)), (4, s_sidecar.Select(s => (SidecarIn?)s)))
        select new ArticleIn(stem, filler, sidecar);

    private static readonly Gen<GazetteerIn> s_gazetteer =
        from topics in Gen.Select(s_text, s_text.Array[0, 3], (n, t) => (n, t)).Array[0, 4]
        from organizations in Gen.Select(s_text, s_optional, (n, a) => (n, a)).Array[0, 2]
        from officials in Gen.Select(s_inline, s_inline.Array[0, 2], (n, a) => (n, a)).Array[0, 2]
        select new GazetteerIn(topics, organizations, officials);

    /// <summary>A corpus that breaks no rule of the formats (it reports no error), made as hostile as that allows.</summary>
    internal static readonly Gen<CorpusIn> Corpora =
        from gazetteer in Gen.Frequency((1, Gen.Const((GazetteerIn?)null)), (3, s_gazetteer.Select(g => (GazetteerIn?)g)))
        from articles in s_article.Array[1, 3]
        select Valid(new CorpusIn(gazetteer, articles));

    /// <summary>Drops what the formats forbid: duplicate document ids (case-insensitive), topics or ids given twice, curated names whose ids collide within a sidecar.</summary>
    private static CorpusIn Valid(CorpusIn corpus)
    {
        var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var articles = corpus.Articles.Where(a => stems.Add(a.Stem)).ToArray();
        var curatedIds = new HashSet<string>(StringComparer.Ordinal);
        articles = articles.Select(a =>
        {
            if (a.Sidecar is null) return a;
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var officials = a.Sidecar.Officials
                .Where(o => ids.Add(TextTools.Slug(Read(o.Name))))
                .Select(o => o with { Aliases = o.Aliases.Where(x => ids.Add(TextTools.Slug(Read(x)))).ToArray() })
                .ToArray();
            curatedIds.UnionWith(ids);
            return a with { Sidecar = a.Sidecar with { Officials = officials } };
        }).ToArray();
        GazetteerIn? gazetteer = null;
        if (corpus.Gazetteer is { } g)
        {
            var topicNames = new HashSet<string>(StringComparer.Ordinal);
            var orgIds = new HashSet<string>(StringComparer.Ordinal);
            var officialIds = new HashSet<string>(curatedIds, StringComparer.Ordinal);
            gazetteer = new GazetteerIn(
                g.Topics.Where(t => topicNames.Add(Read(t.Name))).ToArray(),
                g.Organizations.Where(o => orgIds.Add(TextTools.Slug(Read(o.Name)))).ToArray(),
                g.Officials.Where(o => officialIds.Add(TextTools.Slug(Read(o.Name))) && o.Aliases.All(x => !officialIds.Contains(TextTools.Slug(Read(x)))))
                    .Select(o => (o.Name, o.Aliases)).ToArray());
        }
        return new CorpusIn(gazetteer, articles);
    }

    /// <summary>A value as the generator reads it: text with a lone surrogate reads as U+FFFD, as from a UTF-8 file.</summary>
    private static string Read(string value) => ArticleReader.ReplaceLoneSurrogates(value);

    // ---- Writing the corpus ------------------------------------------------------------------

    /// <summary>A YAML double-quoted scalar holding exactly <paramref name="value"/>; what YAML cannot hold raw is escaped. Lone surrogates are written raw.</summary>
    internal static string Yaml(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\0': sb.Append("\\0"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    private static string YamlList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Yaml)) + "]";

    internal static string GazetteerYaml(GazetteerIn g)
    {
        var sb = new StringBuilder("home: KH\n");
        sb.Append("officials:\n");
        foreach (var (name, aliases) in g.Officials) sb.Append("  - { name: ").Append(Yaml(name)).Append(", aliases: ").Append(YamlList(aliases)).Append(" }\n");
        sb.Append("organizations:\n");
        foreach (var (name, acronym) in g.Organizations)
        {
            sb.Append("  - name: ").Append(Yaml(name)).Append('\n');
            if (acronym is not null) sb.Append("    acronym: ").Append(Yaml(acronym)).Append('\n');
        }
        sb.Append("topics:\n");
        foreach (var (name, triggers) in g.Topics) sb.Append("  ? ").Append(Yaml(name)).Append("\n  : ").Append(YamlList(triggers)).Append('\n');
        return sb.ToString();
    }

    internal static string SidecarYaml(SidecarIn s, GazetteerIn? g)
    {
        var sb = new StringBuilder();
        if (s.Title is not null) sb.Append("title: ").Append(Yaml(s.Title)).Append('\n');
        if (s.Outlet is not null) sb.Append("outlet: ").Append(Yaml(s.Outlet)).Append('\n');
        if (s.Url is not null) sb.Append("url: ").Append(Yaml(s.Url)).Append('\n');
        sb.Append("officials:\n");
        foreach (var o in s.Officials)
        {
            sb.Append("  - name: ").Append(Yaml(o.Name)).Append('\n');
            sb.Append("    aliases: ").Append(YamlList(o.Aliases)).Append('\n');
            sb.Append("    title: ").Append(Yaml(o.Title)).Append('\n');
            if (o.Organization is not null) sb.Append("    organization: ").Append(Yaml(o.Organization)).Append('\n');
            if (o.Rank is not null) sb.Append("    rank: ").Append(Yaml(o.Rank)).Append('\n');
            sb.Append("    evidence: ").Append(Yaml(o.Evidence)).Append('\n');
        }
        sb.Append("engagements:\n");
        foreach (var e in s.Engagements)
        {
            sb.Append("  - kind: ").Append(e.Kind).Append('\n');
            if (e.Place is not null || e.City is not null)
            {
                sb.Append("    location:\n");
                if (e.Place is not null) sb.Append("      place: ").Append(Yaml(e.Place)).Append('\n');
                if (e.City is not null) sb.Append("      city: ").Append(Yaml(e.City)).Append('\n');
            }
            sb.Append("    participants: ").Append(YamlList(Participants(e, s).Select(o => o.Name))).Append('\n');
            sb.Append("    agreements: ").Append(YamlList(e.Agreements)).Append('\n');
            sb.Append("    topics: ").Append(YamlList(Topics(e, g))).Append('\n');
            sb.Append("    evidence: ").Append(YamlList(e.Evidence)).Append('\n');
        }
        return sb.ToString();
    }

    private static IEnumerable<OfficialIn> Participants(EngagementIn e, SidecarIn s)
        => s.Officials.Length == 0 ? Enumerable.Empty<OfficialIn>() : e.Participants.Select(i => s.Officials[i % s.Officials.Length]).Distinct();

    private static IEnumerable<string> Topics(EngagementIn e, GazetteerIn? g)
        => g is null || g.Topics.Length == 0 ? Enumerable.Empty<string>() : e.Topics.Select(i => g.Topics[i % g.Topics.Length].Name);

    /// <summary>The article: filler, and every curated name and quote set off by spaces so they occur in it as written.</summary>
    internal static string ArticleText(ArticleIn a)
    {
        var sb = new StringBuilder("Report: ");
        var quoted = new List<string>();
        if (a.Sidecar is { } s)
        {
            foreach (var o in s.Officials) { quoted.Add(o.Name); quoted.Add(o.Evidence); }
            foreach (var e in s.Engagements) quoted.AddRange(e.Evidence);
        }
        for (int i = 0; i < Math.Max(a.Filler.Length, quoted.Count); i++)
        {
            if (i < a.Filler.Length) sb.Append(a.Filler[i]);
            if (i < quoted.Count) sb.Append(' ').Append(quoted[i]).Append(' ');
        }
        return sb.Append('\n').ToString();
    }

    internal static GeneratorHarnessFiles Files(CorpusIn corpus)
    {
        var files = new List<(string, string)>();
        if (corpus.Gazetteer is { } g) files.Add(("corpus.yaml", GazetteerYaml(g)));
        foreach (var a in corpus.Articles)
        {
            files.Add((a.Stem + ".txt", ArticleText(a)));
            if (a.Sidecar is { } s) files.Add((a.Stem + ".yaml", SidecarYaml(s, corpus.Gazetteer)));
        }
        return new GeneratorHarnessFiles(files);
    }

    internal sealed record GeneratorHarnessFiles(IReadOnlyList<(string Name, string Text)> Files)
    {
        /// <summary>The files with every character outside printable ASCII shown as an escape, for a failure message.</summary>
        public override string ToString()
        {
            var sb = new StringBuilder();
            foreach (var (name, text) in Files)
            {
                sb.Append("--- ").Append(Escape(name)).Append('\n').Append(Escape(text.Length > 4000 ? text.Substring(0, 4000) + "…" : text)).Append('\n');
            }
            return sb.ToString();
        }

        private static string Escape(string s)
        {
            var sb = new StringBuilder();
            foreach (char c in s)
            {
                if (c == '\n' || (c >= 0x20 && c < 0x7F)) sb.Append(c);
                else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            return sb.ToString();
        }
    }

    // ---- The naming rules, restated ------------------------------------------------------------

    private static readonly HashSet<string> s_reserved = new(StringComparer.Ordinal)
    {
        "All", "Find", "Get", "TryGet", "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Countries", "Officials", "Organizations", "Topics", "Documents", "Engagements", "Mentions",
    };

    /// <summary>docs/diagnostics.md's rule: PascalCase of the slug, cut to 128, "_" after a reserved name, then 2, 3, … after one taken (ignoring case), in order.</summary>
    internal static List<string> ExpectedMembers(IEnumerable<string> names)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var members = new List<string>();
        foreach (var name in names)
        {
            string m = Corpus.Generator.Naming.MemberNames.PascalCase(name);
            if (m.Length > 128) m = m.Substring(0, 128);
            if (s_reserved.Contains(m)) m += "_";
            string member = m;
            for (int n = 2; !used.Add(member); n++) member = m + n.ToString(CultureInfo.InvariantCulture);
            members.Add(member);
        }
        return members;
    }

    // ---- The properties ------------------------------------------------------------------------

    private static readonly string[] s_allowedDiagnostics = { "CORPUS007", "CORPUS014", "CORPUS018" };

    [Fact]
    public void Hostile_corpora_compile_clean_declare_the_predicted_members_and_read_back_exactly()
    {
        Corpora.Array[CorporaPerBatch].Sample(CheckBatch, iter: s_batches, print: batch => batch.Length.ToString(CultureInfo.InvariantCulture) + " corpora");
    }

    private static void CheckBatch(CorpusIn[] batch)
    {
        var runs = new List<(CorpusIn Corpus, GeneratorHarnessFiles Files, string Namespace, RobustRun Run)>();
        var trees = new List<SyntaxTree>();
        for (int i = 0; i < batch.Length; i++)
        {
            var files = Files(batch[i]);
            string ns = "P.C" + i.ToString(CultureInfo.InvariantCulture);
            var harness = Robust.Corpus(files.Files.ToArray());
            harness.Properties["CorpusNamespace"] = ns;
            RobustRun run;
            try
            {
                run = Robust.Run(harness);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException("the generator threw " + e + "\n" + files);
            }
            Check(run.Result.Exception is null, "the generator threw " + run.Result.Exception, files);
            var unexpected = run.Diagnostics.Where(d => !s_allowedDiagnostics.Contains(d.Id)).ToList();
            Check(unexpected.Count == 0, "unexpected diagnostics: " + string.Join("\n", unexpected), files);
            runs.Add((batch[i], files, ns, run));
            trees.AddRange(run.Result.GeneratedSources.Select(s => s.SyntaxTree.WithFilePath(ns + "/" + s.HintName)));
        }

        var compilation = CSharpCompilation.Create("Hostile" + Guid.NewGuid().ToString("N"), trees, Robust.Corpus().Compilation().References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable,
                generalDiagnosticOption: ReportDiagnostic.Error));
        var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            string first = problems[0].Location.SourceTree?.FilePath ?? "";
            var culprit = runs.FirstOrDefault(r => first.StartsWith(r.Namespace + "/", StringComparison.Ordinal));
            throw new Xunit.Sdk.XunitException("the generated code does not compile cleanly:\n" + string.Join("\n", problems.Take(5)) + "\n" + culprit.Files);
        }

        using var loaded = LoadedCorpus.Load(compilation);
        foreach (var (corpus, files, ns, run) in runs)
        {
            try
            {
                CheckValues(corpus, run.Model, loaded, ns);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException || !e.Message.Contains("--- ", StringComparison.Ordinal))
            {
                throw new Xunit.Sdk.XunitException(e.Message + "\n" + files, e);
            }
        }
    }

    private static void Check(bool condition, string message, GeneratorHarnessFiles files)
    {
        if (!condition) throw new Xunit.Sdk.XunitException(message + "\n" + files);
    }

    private static void CheckValues(CorpusIn corpus, CorpusModel model, LoadedCorpus loaded, string ns)
    {
        // Topics: the vocabulary of corpus.yaml, in order, exactly, with the predicted members.
        var topicsIn = corpus.Gazetteer?.Topics ?? Gazetteer.Default.Topics.Select(t => (t.Name, t.Triggers.ToArray())).ToArray();
        var topics = loaded.All<Topic>(ns, "Topics");
        Assert.Equal(topicsIn.Select(t => Read(t.Name)), topics.Select(t => t.Id));
        Assert.Equal(topicsIn.Select(t => t.Triggers.Select(Read)), topics.Select(t => t.Triggers.AsEnumerable()));
        AssertMembers(loaded, ns, "Topics", ExpectedMembers(topicsIn.Select(t => Read(t.Name))), topics);

        // Organisations: those of corpus.yaml.
        var organizationsIn = corpus.Gazetteer?.Organizations ?? Gazetteer.Default.Organizations.Select(o => (o.Name, o.Acronym)).ToArray();
        var organizations = loaded.All<Organization>(ns, "Organizations");
        Assert.Equal(organizationsIn.Select(o => (Read(o.Name), o.Acronym is null ? null : Read(o.Acronym))), organizations.Select(o => (o.Name, o.Acronym)));
        AssertMembers(loaded, ns, "Organizations", ExpectedMembers(organizationsIn.Select(o => Read(o.Name))), organizations);

        // Documents: one per article, in id order, with the sidecar's metadata exactly.
        var documents = loaded.All<Document>(ns, "Documents");
        var articles = corpus.Articles.OrderBy(a => a.Stem, StringComparer.Ordinal).ToList();
        Assert.Equal(articles.Select(a => (a.Stem, a.Stem + ".txt")), documents.Select(d => (d.Id, d.Path)));
        Assert.Equal(articles.Select(a => (Opt(a.Sidecar?.Title), Opt(a.Sidecar?.Outlet), Opt(a.Sidecar?.Url))), documents.Select(d => (d.Title, d.Outlet, d.Url)));
        // Documents are data: the class declares no member per document, only All.
        AssertMembers(loaded, ns, "Documents", Array.Empty<string>(), documents);

        // Officials: as the model assembled them, named by the rule, and every curated one present as curated.
        var officials = loaded.All<Official>(ns, "Officials");
        Assert.Equal(model.Officials.Select(o => o.Member), ExpectedMembers(model.Officials.Select(o => o.Name)));
        // Besides one member per official, the class has "__s", its short private name for the store (no official's member can start with two underscores).
        AssertMembers(loaded, ns, "Officials", model.Officials.Select(o => o.Member).ToList(), officials, "__s");
        Assert.Equal(model.Officials.Select(o => (o.Id, o.Name, string.Join("\u0001", o.Aliases))), officials.Select(o => (o.Id, o.Name, string.Join("\u0001", o.Aliases))));
        Assert.Equal(model.Officials.Select(o => o.Positions.Select(p => (p.Position.Title, p.Position.Organization, p.Position.Rank, p.Position.Evidence.Text))),
            officials.Select(o => o.Positions.Select(p => (p.Title, p.Organization, p.Rank, p.Evidence.Text))));
        var countries = loaded.All<Country>(ns, "Countries");
        AssertMembers(loaded, ns, "Countries", model.Countries.Select(c => c.Member).ToList(), countries, "Home");
        Assert.Same(countries.FirstOrDefault(c => c.Alpha2 == model.Home), loaded.Members(ns, "Countries")["Home"]);

        var engagements = loaded.All<Engagement>(ns, "Engagements");
        foreach (var a in corpus.Articles)
        {
            if (a.Sidecar is not { } s) continue;
            foreach (var o in s.Officials)
            {
                string name = Read(o.Name);
                var official = officials.SingleOrDefault(x => x.Id == TextTools.Slug(name));
                Assert.True(official is not null, "no official for the curated '" + name + "'");
                Assert.True(official!.Name == name || official.Aliases.Contains(name), "the curated name '" + name + "' is neither the name nor an alias");
                Assert.Contains(official.Positions, p => p.DocumentId == a.Stem && p.Title == Read(o.Title) && p.Organization == Opt(o.Organization)
                    && p.Evidence.Text == Read(o.Evidence));
            }

            // The curated engagements replace the extracted ones, in order, with their text exactly.
            var mine = engagements.Where(e => e.Document.Id == a.Stem).ToList();
            Assert.Equal(s.Engagements.Length, mine.Count);
            for (int i = 0; i < mine.Count; i++)
            {
                var e = s.Engagements[i];
                var actual = mine[i];
                Assert.Equal(a.Stem + "-" + (i + 1).ToString(CultureInfo.InvariantCulture), actual.Id);
                Assert.Equal(e.Kind, actual.Kind.ToString().ToLowerInvariant());
                Assert.Equal((Opt(e.Place), Opt(e.City)), (actual.Location?.Place, actual.Location?.City));
                Assert.Equal(e.Agreements.Select(Read), actual.Agreements);
                Assert.Equal(e.Evidence.Select(Read), actual.Evidence.Select(x => x.Text));
                Assert.Equal(Topics(e, corpus.Gazetteer).Select(Read).Distinct(), actual.Topics.Select(t => t.Id));
                Assert.Equal(Participants(e, s).Select(o => TextTools.Slug(Read(o.Name))).Distinct(), actual.Participants.Select(p => p.Id));
            }
        }
    }

    private static string? Opt(string? value) => value is null ? null : Read(value);

    /// <summary>The class declares one member per record, with the expected names, each the record at its place in <c>All</c>.</summary>
    private static void AssertMembers<T>(LoadedCorpus loaded, string ns, string type, IReadOnlyList<string> expected, IReadOnlyList<T> all,
        params string[] classMembers) where T : class
    {
        var declared = loaded.Members(ns, type).Where(m => !classMembers.Contains(m.Key)).ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), declared.Keys.Order(StringComparer.Ordinal));
        for (int i = 0; i < expected.Count; i++) Assert.Same(all[i], declared[expected[i]]);
    }

    // ---- The literals on their own --------------------------------------------------------------

    [Fact]
    public void Any_UTF_16_text_reads_back_from_a_literal_exactly_and_from_a_UTF_8_literal_with_lone_surrogates_as_U_FFFD()
    {
        var anyText = Gen.Frequency((3, Gen.String[Gen.Char, 0, 40]), (2, s_text), (1, Gen.String[Gen.Char['\uD7F0', '\uE010'], 0, 20]));
        anyText.Array[200].Sample(values =>
        {
            var sb = new StringBuilder("namespace L\n{\n    /// <summary>Values.</summary>\n    public static class Values\n    {\n");
            sb.Append("        /// <summary>Strings.</summary>\n        public static readonly string[] Strings = new string[] { ");
            sb.Append(string.Join(", ", values.Select(Literals.String))).Append(" };\n");
            for (int i = 0; i < values.Length; i++)
            {
                sb.Append("        /// <summary>UTF-8.</summary>\n        public static byte[] U").Append(i).Append(" => ").Append(Literals.Utf8(values[i])).Append(".ToArray();\n");
                sb.Append("        // ").Append(Literals.Xml(values[i])).Append('\n');
                sb.Append("        /// <summary>").Append(Literals.Xml(values[i])).Append("</summary>\n");
                sb.Append("        public static int D").Append(i).Append(" => ").Append(i).Append(";\n");
            }
            sb.Append("    }\n}\n");
            var tree = CSharpSyntaxTree.ParseText(sb.ToString(), Robust.ParseOptions);
            var compilation = CSharpCompilation.Create("Literals" + Guid.NewGuid().ToString("N"), new[] { tree }, Robust.Corpus().Compilation().References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, generalDiagnosticOption: ReportDiagnostic.Error));
            var problems = compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
            using var loaded = LoadedCorpus.Load(compilation);
            var type = loaded.Assembly.GetType("L.Values")!;
            var strings = (string[])type.GetField("Strings")!.GetValue(null)!;
            Assert.Equal(values, strings);
            // Exactly the declared members: no text became one.
            Assert.Equal(values.Length * 2 + 1, type.GetMembers(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Count(m => m.MemberType is MemberTypes.Field or MemberTypes.Property));
            for (int i = 0; i < values.Length; i++)
            {
                var bytes = (byte[])type.GetProperty("U" + i.ToString(CultureInfo.InvariantCulture))!.GetValue(null)!;
                Assert.Equal(ArticleReader.ReplaceLoneSurrogates(values[i]), Encoding.UTF8.GetString(bytes));
            }
        }, iter: 10, print: v => v.Length.ToString(CultureInfo.InvariantCulture) + " strings");
    }
}
