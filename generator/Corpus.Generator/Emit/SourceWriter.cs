using System.Text;

namespace Corpus.Generator.Emit;

/// <summary>Writes indented C# with LF line ends, the same on every platform.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _sb = new(4096);
    private int _indent;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0) _sb.Append(' ', _indent * 4).Append(text);
        _sb.Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        _indent++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indent--;
        return Line("}" + suffix);
    }

    public SourceWriter Indent() { _indent++; return this; }

    public SourceWriter Outdent() { _indent--; return this; }

    public override string ToString() => _sb.ToString();
}
