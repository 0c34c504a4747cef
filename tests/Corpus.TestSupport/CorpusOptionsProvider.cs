using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Corpus.TestSupport;

/// <summary>
/// The options MSBuild passes to the generator: global <c>build_property.*</c> values and the
/// <c>CorpusDocument</c> metadata that marks each corpus file.
/// </summary>
public sealed class CorpusOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options s_corpusDocument = new(new Dictionary<string, string>
    {
        ["build_metadata.AdditionalFiles.CorpusDocument"] = "true",
    });

    private readonly HashSet<string> _corpusFiles;

    /// <summary>
    /// Options with the MSBuild properties <paramref name="properties"/> (names without the
    /// <c>build_property.</c> prefix, such as <c>CorpusNamespace</c>) and the corpus files at <paramref name="corpusFiles"/>.
    /// </summary>
    public CorpusOptionsProvider(IEnumerable<KeyValuePair<string, string>> properties, IEnumerable<string> corpusFiles)
    {
        GlobalOptions = new Options(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value, StringComparer.Ordinal));
        _corpusFiles = new HashSet<string>(corpusFiles, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public override AnalyzerConfigOptions GlobalOptions { get; }

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    /// <inheritdoc />
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => _corpusFiles.Contains(textFile.Path) ? s_corpusDocument : Options.Empty;

    private sealed class Options : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());
        private readonly Dictionary<string, string> _values;

        public Options(Dictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
