namespace Corpus.Extraction.Model;

/// <summary>
/// A problem with the input, as plain data: the diagnostic id, where it is (0-based line and
/// column, character offset and length in the file) and the values its message names.
/// The generator turns it into a compiler diagnostic.
/// </summary>
public sealed record Problem(string Id, string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn,
    EquatableArray<string> Args)
{
    public static Problem At(string id, string path, TextPosition start, TextPosition end, params string[] args)
        => new(id, path, start.Offset, System.Math.Max(0, end.Offset - start.Offset), start.Line, start.Column, end.Line, end.Column,
            new EquatableArray<string>(args));

    public static Problem AtFile(string id, string path, params string[] args)
        => new(id, path, 0, 0, 0, 0, 0, 0, new EquatableArray<string>(args));
}

/// <summary>A place in a text: character offset, 0-based line and 0-based column.</summary>
public readonly record struct TextPosition(int Offset, int Line, int Column)
{
    /// <summary>The place of a character offset in a text (LF line ends).</summary>
    public static TextPosition Of(string text, int offset)
    {
        int line = 0, column = 0;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n') { line++; column = 0; }
            else column++;
        }
        return new TextPosition(offset, line, column);
    }
}

/// <summary>The diagnostic ids. Their messages, severities and fixes live with the generator's descriptors and in docs/diagnostics.md.</summary>
public static class ProblemIds
{
    public const string YamlSyntax = "CORPUS001";
    public const string WrongValueType = "CORPUS002";
    public const string UnknownKey = "CORPUS003";
    public const string InvalidDate = "CORPUS004";
    public const string UnknownCountry = "CORPUS005";
    public const string DuplicateId = "CORPUS006";
    public const string MemberNameCollision = "CORPUS007";
    public const string ParticipantNotMentioned = "CORPUS008";
    public const string EvidenceNotFound = "CORPUS009";
    public const string SidecarWithoutArticle = "CORPUS010";
    public const string EmptyArticle = "CORPUS011";
    public const string InvalidValue = "CORPUS012";
    public const string UnknownTopic = "CORPUS013";
    public const string NotUtf8 = "CORPUS014";
    public const string ArticleTooLarge = "CORPUS015";
    public const string UnexpectedFailure = "CORPUS016";
    public const string InvalidNamespace = "CORPUS017";
    public const string MemberNameAdjusted = "CORPUS018";
    public const string YamlLimit = "CORPUS019";
}
