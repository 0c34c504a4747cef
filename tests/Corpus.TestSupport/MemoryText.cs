using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Corpus.TestSupport;

/// <summary>An additional file held in memory, as the compiler hands one to a generator.</summary>
public sealed class MemoryText : AdditionalText
{
    private readonly SourceText _text;

    /// <summary>Creates the file <paramref name="path"/> with the content <paramref name="text"/> (UTF-8).</summary>
    public MemoryText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    /// <inheritdoc />
    public override string Path { get; }

    /// <inheritdoc />
    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}
