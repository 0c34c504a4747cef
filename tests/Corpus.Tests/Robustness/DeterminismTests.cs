using System.Globalization;
using Corpus.Tests.Generator;

namespace Corpus.Tests.Robustness;

/// <summary>
/// The same corpus gives byte-identical sources (and the same diagnostics) whatever the order of
/// the additional files, the current culture, the line ends, a byte-order mark, or how often it
/// runs. The corpus is the seeds plus articles full of Turkish dotted and dotless i, whose case
/// mapping is what a culture-sensitive slug or member name would get wrong under tr-TR.
/// </summary>
public class DeterminismTests
{
    private const string TurkishArticle =
        "Ankara, 12 March 2024 (AA): Turkish Defence Minister Yaşar Güler met Cambodian Defence Minister Tea Seiha in Ankara on Tuesday.\n\n" +
        "Colonel İsmail Işık, Turkish Military Attaché to Cambodia, and Major Ilgın Irmak attended the meeting at the İstanbul office.\n\n" +
        "Güler said Türkiye would send İHA trainers to Phnom Penh, and Işık said the two armies will hold joint exercises in Iğdır next year.\n";

    private const string TurkishSidecar =
        "title: \"Türkiye, Cambodia: İş birliği\"\n" +
        "officials:\n" +
        "  - name: İsmail Işık\n" +
        "    aliases: [Işık, ISMAIL IŞIK]\n" +
        "    country: TR\n" +
        "    title: Turkish Military Attaché to Cambodia\n" +
        "    rank: Colonel\n" +
        "    evidence: \"Colonel İsmail Işık, Turkish Military Attaché to Cambodia\"\n" +
        "  - name: Ilgın Irmak\n" +
        "    country: TR\n" +
        "    title: Major\n" +
        "engagements:\n" +
        "  - kind: meeting\n" +
        "    date: 2024-03-12\n" +
        "    location: { place: İstanbul office, city: Ankara, country: TR }\n" +
        "    countries: [KH, TR]\n" +
        "    participants: [Yaşar Güler, Tea Seiha, İsmail Işık, Ilgın Irmak]\n" +
        "    topics: [İnsani yardım, istihbarat]\n" +
        "    evidence: [\"Turkish Defence Minister Yaşar Güler met Cambodian Defence Minister Tea Seiha in Ankara on Tuesday.\"]\n";

    private const string TurkishArticle2 =
        "Phnom Penh, 2 May 2024 (TDI): General Işıl İnce of Türkiye met RCAF commander Vong Pisen. İnce and IŞIL discussed İstihbarat.\n";

    /// <summary>The seeds, with corpus.yaml extended by topics whose names differ only in Turkish i.</summary>
    public static GeneratorHarness TurkishCorpus()
    {
        var harness = Robust.Corpus();
        foreach (var file in Directory.EnumerateFiles(GeneratorHarness.SeedsDirectory).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            if (Path.GetFileName(file) == "corpus.yaml")
            {
                text += "  İnsani yardım: [insani yardım, İnsani Yardım]\n  istihbarat: [istihbarat]\n  İstihbarat: [İstihbarat]\n  ılımlı diplomasi: [ılımlı]\n";
            }
            harness.Files[Robust.Root + Path.GetFileName(file)] = text;
        }
        harness.Files[Robust.Root + "tr/100_işbirliği.txt"] = TurkishArticle;
        harness.Files[Robust.Root + "tr/100_işbirliği.yaml"] = TurkishSidecar;
        harness.Files[Robust.Root + "tr/101_İNCE.txt"] = TurkishArticle2;
        return harness;
    }

    private static GeneratorHarness Transform(GeneratorHarness source, Func<IEnumerable<KeyValuePair<string, string>>, IEnumerable<KeyValuePair<string, string>>> files)
    {
        var harness = Robust.Corpus();
        foreach (var pair in files(source.Files)) harness.Files[pair.Key] = pair.Value;
        return harness;
    }

    /// <summary>Everything a build sees of a run: each source, and each diagnostic as the build prints it.</summary>
    private static (IReadOnlyList<(string, string)> Sources, IReadOnlyList<string> Diagnostics) Output(GeneratorHarness harness)
    {
        var run = Robust.Run(harness);
        return (run.Sources, run.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal).ToList());
    }

    private static T UnderCulture<T>(string name, Func<T> action)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    private static readonly Lazy<(IReadOnlyList<(string, string)> Sources, IReadOnlyList<string> Diagnostics)> s_expected
        = new(() => UnderCulture("", () => Output(TurkishCorpus())));

    [Fact]
    public void Turkish_names_make_the_same_slugs_and_members_under_every_culture()
    {
        foreach (var culture in new[] { "tr-TR", "de-DE", "", "az-Latn-AZ" })
        {
            var run = UnderCulture(culture, () => Robust.Run(TurkishCorpus()));
            var isik = Assert.Single(run.Model.Officials, o => o.Name == "İsmail Işık");
            Assert.Equal(("ismail-isik", "IsmailIsik"), (isik.Id, isik.Member));
            var irmak = Assert.Single(run.Model.Officials, o => o.Name == "Ilgın Irmak");
            Assert.Equal(("ilgin-irmak", "IlginIrmak"), (irmak.Id, irmak.Member));
            var topics = run.Model.Topics.ToDictionary(t => t.Name, t => t.Member);
            Assert.Equal("InsaniYardim", topics["İnsani yardım"]);
            Assert.Equal("Istihbarat", topics["istihbarat"]);
            Assert.Equal("Istihbarat2", topics["İstihbarat"]);
            Assert.Equal("IlimliDiplomasi", topics["ılımlı diplomasi"]);
            Assert.Contains(run.Model.Documents, d => d.Id == "101_İNCE");
            Assert.Empty(run.Diagnostics.Where(d => d.Id != "CORPUS007"));
            Assert.Empty(run.CompileDiagnostics);
        }
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("")]
    [InlineData("az-Latn-AZ")]
    public void Output_is_byte_identical_under_every_current_culture(string culture)
    {
        var actual = UnderCulture(culture, () => Output(TurkishCorpus()));
        Assert.Equal(s_expected.Value.Sources, actual.Sources);
        Assert.Equal(s_expected.Value.Diagnostics, actual.Diagnostics);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Output_does_not_depend_on_the_order_of_the_files(int seed)
    {
        var random = new Random(seed);
        var shuffled = Transform(TurkishCorpus(), files => files.OrderBy(_ => random.Next()).ToList());
        var actual = Output(shuffled);
        Assert.Equal(s_expected.Value.Sources, actual.Sources);
        Assert.Equal(s_expected.Value.Diagnostics, actual.Diagnostics);
    }

    [Theory]
    [InlineData("\n", false)]
    [InlineData("\r\n", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    [InlineData("\r", true)]
    public void Line_ends_and_byte_order_marks_do_not_change_the_output(string lineEnd, bool bom)
    {
        var variant = Transform(TurkishCorpus(), files => files.Select(p =>
            new KeyValuePair<string, string>(p.Key, (bom ? "\uFEFF" : "") + p.Value.Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", lineEnd, StringComparison.Ordinal))));
        var actual = Output(variant);
        Assert.Equal(s_expected.Value.Sources, actual.Sources);
        // Diagnostics point at the same lines and columns; only character offsets differ with CRLF, and those are not shown.
        Assert.Equal(s_expected.Value.Diagnostics, actual.Diagnostics);
    }

    [Fact]
    public void Repeated_runs_and_reruns_of_one_driver_are_byte_identical()
    {
        var harness = TurkishCorpus();
        var first = Robust.Run(harness);
        var again = first.Driver.RunGenerators(first.Output.RemoveAllSyntaxTrees().AddSyntaxTrees(first.Output.SyntaxTrees.Where(t => t.FilePath == "User.cs")));
        var rerun = again.GetRunResult().Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        Assert.Equal(s_expected.Value.Sources, first.Sources);
        Assert.Equal(s_expected.Value.Sources, rerun);
        Assert.Equal(s_expected.Value.Sources, Output(TurkishCorpus()).Sources);
    }

    [Fact]
    public void Everything_at_once_still_gives_the_same_bytes()
    {
        var random = new Random(7);
        var variant = Transform(TurkishCorpus(), files => files
            .Select(p => new KeyValuePair<string, string>(p.Key, "\uFEFF" + p.Value.Replace("\n", "\r\n", StringComparison.Ordinal)))
            .OrderBy(_ => random.Next()).ToList());
        var actual = UnderCulture("tr-TR", () => Output(variant));
        Assert.Equal(s_expected.Value.Sources, actual.Sources);
    }

    [Fact]
    public void The_generated_files_have_LF_line_ends_and_no_byte_order_mark()
    {
        foreach (var (hint, source) in s_expected.Value.Sources)
        {
            Assert.DoesNotContain("\r", source, StringComparison.Ordinal);
            Assert.False(source.StartsWith('\uFEFF'), hint);
        }
    }
}
