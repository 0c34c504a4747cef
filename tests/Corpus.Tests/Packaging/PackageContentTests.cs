using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace Corpus.Tests.Packaging;

/// <summary>What <c>dotnet pack Corpus.sln</c> writes: three packages with symbols, their metadata,
/// dependencies and layout.</summary>
[Trait(TestGroups.Category, TestGroups.Slow)]
[Trait(TestGroups.Group, TestGroups.Packaging)]
[Collection(PackedPackagesCollection.Name)]
public sealed class PackageContentTests(PackedPackages packages)
{
    [Fact]
    public void Pack_writes_the_three_shipping_packages_and_their_symbol_packages_and_nothing_else()
    {
        packages.AssertPacked();
        var expected = PackedPackages.PackageIds
            .SelectMany(id => new[] { $"{id}.{packages.Version}.nupkg", $"{id}.{packages.Version}.snupkg" })
            .Order(StringComparer.Ordinal);
        var written = Directory.GetFiles(packages.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(expected, written);
    }

    [Theory]
    [InlineData("Corpus.Runtime")]
    [InlineData("Corpus.Generator")]
    [InlineData("Corpus.Data")]
    public void Every_package_has_version_description_authors_MIT_license_tags_and_a_readme(string id)
    {
        packages.AssertPacked();
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        var metadata = Metadata(package);

        Assert.Equal(id, Value(metadata, "id"));
        Assert.Equal(packages.Version, Value(metadata, "version"));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "description")));
        Assert.False(string.IsNullOrWhiteSpace(Value(metadata, "authors")));
        Assert.Contains("corpus", Value(metadata, "tags").Split(' '));
        var license = Element(metadata, "license");
        Assert.Equal("expression", (string?)license.Attribute("type"));
        Assert.Equal("MIT", license.Value);
        Assert.Equal("README.md", Value(metadata, "readme"));
        var readme = package.GetEntry("README.md");
        Assert.NotNull(readme);
        using var reader = new StreamReader(readme!.Open());
        Assert.StartsWith("# " + id, reader.ReadToEnd());
    }

    [Theory]
    [InlineData("Corpus.Runtime", new string[0])]
    [InlineData("Corpus.Generator", new[] { "Corpus.Runtime" })]
    [InlineData("Corpus.Data", new[] { "Corpus.Runtime" })]
    public void Packages_depend_on_Corpus_Runtime_of_the_same_version_and_on_nothing_else(string id, string[] dependencies)
    {
        packages.AssertPacked();
        using var package = ZipFile.OpenRead(packages.PackagePath(id));
        var found = Metadata(package).Descendants().Where(e => e.Name.LocalName == "dependency")
            .Select(d => ((string?)d.Attribute("id"), (string?)d.Attribute("version")))
            .ToList();
        Assert.Equal(dependencies.Select(d => ((string?)d, (string?)packages.Version)), found);
    }

    [Fact]
    public void Generator_package_carries_the_generator_and_its_dependencies_as_analyzers_and_no_lib_assembly()
    {
        packages.AssertPacked();
        using var package = ZipFile.OpenRead(packages.PackagePath("Corpus.Generator"));
        var entries = package.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        foreach (var dll in new[] { "Corpus.Generator.dll", "Corpus.Extraction.dll", "YamlDotNet.dll", "Corpus.CodeFixes.dll" })
        {
            Assert.Contains("analyzers/dotnet/cs/" + dll, entries);
        }
        Assert.Equal(["lib/netstandard2.0/_._"], entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal)));
        foreach (var folder in new[] { "build/", "buildTransitive/" })
        {
            Assert.Contains(folder + "Corpus.Generator.props", entries);
            Assert.Contains(folder + "Corpus.Generator.targets", entries);
        }

        string props = Text(package, "buildTransitive/Corpus.Generator.props");
        // CorpusDirectory reaches the generator as given and resolved to a full path.
        foreach (var setting in new[] { "CorpusDirectory", "CorpusDirectoryFullPath", "CorpusNamespace", "CorpusCuration" })
        {
            Assert.Contains($"<CompilerVisibleProperty Include=\"{setting}\" />", props);
        }
        string targets = Text(package, "buildTransitive/Corpus.Generator.targets");
        Assert.Contains("<AdditionalFiles Include=\"@(CorpusDocument)\" CorpusDocument=\"true\" />", targets);
        Assert.Contains("$(CorpusDirectory)", targets);
    }

    [Fact]
    public void Data_package_is_a_compiled_library_that_brings_no_generator()
    {
        packages.AssertPacked();
        using var package = ZipFile.OpenRead(packages.PackagePath("Corpus.Data"));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net8.0/Corpus.Data.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("analyzers/", StringComparison.Ordinal) || e.StartsWith("build", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Corpus.Runtime", "lib/net8.0/Corpus.Runtime.pdb")]
    [InlineData("Corpus.Data", "lib/net8.0/Corpus.Data.pdb")]
    [InlineData("Corpus.Generator", "analyzers/dotnet/cs/Corpus.Generator.pdb", "analyzers/dotnet/cs/Corpus.Extraction.pdb")]
    public void Symbol_packages_hold_the_pdbs(string id, params string[] pdbs)
    {
        packages.AssertPacked();
        using var symbols = ZipFile.OpenRead(packages.PackagePath(id, ".snupkg"));
        var entries = symbols.Entries.Select(e => e.FullName).ToList();
        foreach (var pdb in pdbs) Assert.Contains(pdb, entries);
        Assert.DoesNotContain(entries, e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>SDK 8.0.100 ships Roslyn 4.8: an analyzer built against a newer Roslyn would not load there.</summary>
    [Fact]
    public void Analyzer_assemblies_need_no_Roslyn_newer_than_4_8()
    {
        packages.AssertPacked();
        using var package = ZipFile.OpenRead(packages.PackagePath("Corpus.Generator"));
        var limit = new Version(4, 8, 0, 0);
        bool referencesRoslyn = false;
        foreach (var entry in package.Entries.Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.Name.EndsWith(".dll", StringComparison.Ordinal)))
        {
            foreach (var (name, version) in References(entry))
            {
                if (!name.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal)) continue;
                referencesRoslyn |= entry.Name == "Corpus.Generator.dll";
                Assert.True(version <= limit, $"{entry.Name} references {name} {version}");
            }
        }
        Assert.True(referencesRoslyn, "Corpus.Generator.dll does not reference Microsoft.CodeAnalysis");
    }

    private static List<(string Name, Version Version)> References(ZipArchiveEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(buffer);
        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences
            .Select(h => reader.GetAssemblyReference(h))
            .Select(r => (reader.GetString(r.Name), r.Version))
            .ToList();
    }

    private static XElement Metadata(ZipArchive package)
    {
        var entry = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var stream = entry.Open();
        var document = XDocument.Load(stream);
        var metadata = document.Root?.Elements().SingleOrDefault(e => e.Name.LocalName == "metadata");
        Assert.NotNull(metadata);
        return metadata!;
    }

    private static XElement Element(XElement metadata, string name)
    {
        var element = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name);
        Assert.True(element is not null, $"the nuspec has no <{name}>");
        return element!;
    }

    private static string Value(XElement metadata, string name) => Element(metadata, name).Value;

    private static string Text(ZipArchive package, string path)
    {
        var entry = package.GetEntry(path);
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry!.Open());
        return reader.ReadToEnd();
    }
}
