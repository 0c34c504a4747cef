using System;
using System.Linq;
using System.Text;
using System.Threading;
using Corpus.Extraction.Model;
using Corpus.Extraction.Pipeline;
using Corpus.Extraction.Read;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.Generator;

/// <summary>
/// A corpus file as read from an additional file: kind, absolute path, path relative to the
/// corpus folder, text (LF line ends, no BOM, UTF-8 decoded) and the problems of reading it.
/// </summary>
internal sealed record CorpusFile(CorpusFileKind Kind, string Path, string RelativePath, string Text, EquatableArray<Problem> Problems)
{
    public static CorpusFile? Read(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken ct)
    {
        var fileOptions = options.GetOptions(file);
        if (!fileOptions.TryGetValue("build_metadata.AdditionalFiles.CorpusDocument", out var flag)
            || !string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase)) return null;
        string path = file.Path ?? "";
        string name = System.IO.Path.GetFileName(path);
        string ext = System.IO.Path.GetExtension(path).ToLowerInvariant();
        CorpusFileKind kind;
        if (string.Equals(name, "corpus.yaml", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "corpus.yml", StringComparison.OrdinalIgnoreCase)) kind = CorpusFileKind.Gazetteer;
        else if (ext == ".yaml" || ext == ".yml") kind = CorpusFileKind.Sidecar;
        else if (ext == ".txt") kind = CorpusFileKind.Article;
        else return null;
        if (!options.GlobalOptions.TryGetValue("build_property.CorpusDirectoryFullPath", out var root) || string.IsNullOrEmpty(root))
        {
            options.GlobalOptions.TryGetValue("build_property.CorpusDirectory", out root);
        }
        string relative = Relative(path, root);
        try
        {
            FaultInjection.At(FaultInjection.Read, path);
            var text = ArticleReader.Normalize(Decode(file.GetText(ct)));
            var problems = EquatableArray<Problem>.Empty;
            // Articles report unreadable bytes when they are extracted; YAML files here.
            int bad = kind == CorpusFileKind.Article ? -1 : text.IndexOf('\uFFFD');
            if (bad >= 0)
            {
                problems = new EquatableArray<Problem>(new[] { Problem.At(ProblemIds.NotUtf8, path, TextPosition.Of(text, bad), TextPosition.Of(text, bad + 1), relative) });
            }
            return new CorpusFile(kind, path, relative, text, problems);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new CorpusFile(kind, path, relative, "",
                new EquatableArray<Problem>(new[] { Problem.AtFile(ProblemIds.UnexpectedFailure, path, relative, e.GetType().Name + ": " + e.Message) }));
        }
    }

    /// <summary>
    /// The text of a file as UTF-8. The compiler decodes additional files as UTF-8, invalid bytes
    /// becoming U+FFFD; a text that arrives decoded with a legacy code page instead (its
    /// <see cref="SourceText.Encoding"/> says so) is turned back into its bytes and decoded as
    /// UTF-8 the same way, so the valid parts read right and each invalid byte becomes U+FFFD.
    /// </summary>
    internal static string Decode(SourceText? source)
    {
        if (source is null) return "";
        string text = source.ToString();
        var encoding = source.Encoding;
        if (encoding is null || IsUnicode(encoding)) return text;
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false).GetString(encoding.GetBytes(text));
        }
        catch (Exception e) when (e is ArgumentException || e is EncoderFallbackException || e is DecoderFallbackException)
        {
            return text;
        }
    }

    private static bool IsUnicode(Encoding encoding)
        => encoding.CodePage is 65001 or 65000 or 1200 or 1201 or 12000 or 12001;

    /// <summary>
    /// The path relative to the corpus folder, with forward slashes. A file outside the folder gets
    /// a path with "../" from it (or its full path, on another drive), so two files never share a
    /// relative path; without a folder, the file name.
    /// </summary>
    internal static string Relative(string path, string? root)
    {
        string p = path.Replace('\\', '/');
        if (string.IsNullOrEmpty(root)) return System.IO.Path.GetFileName(p);
        string r = root!.Replace('\\', '/');
        if (!r.EndsWith("/", StringComparison.Ordinal)) r += "/";
        if (p.StartsWith(r, StringComparison.Ordinal)) return p.Substring(r.Length);
        var rootParts = r.Substring(0, r.Length - 1).Split('/');
        var pathParts = p.Split('/');
        int common = 0;
        while (common < rootParts.Length && common < pathParts.Length - 1 && rootParts[common] == pathParts[common]) common++;
        // Nothing in common (another drive): the full path, still unique.
        if (common == 0) return p;
        var sb = new StringBuilder();
        for (int i = common; i < rootParts.Length; i++) sb.Append("../");
        sb.Append(string.Join("/", pathParts.Skip(common)));
        return sb.ToString();
    }
}
