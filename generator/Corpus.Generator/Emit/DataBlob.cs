using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using Corpus.Contract;

namespace Corpus.Generator.Emit;

/// <summary>
/// Turns a body of the data layout into a blob (<see cref="DataLayout"/>): the header (the format
/// version, the body's length and the compressed length in bytes) and the body compressed with
/// Deflate, written as the characters of one ordinary string literal (<see cref="DataText"/>).
/// </summary>
internal static class DataBlob
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The characters of the blob of <paramref name="body"/> (text whose lone surrogates <see cref="DataWriter"/> has already replaced).</summary>
    public static string Encode(string body)
    {
        byte[] bytes = s_utf8.GetBytes(body);
        byte[] compressed = bytes.Length > 0 ? Deflate(bytes) : Array.Empty<byte>();
        string header = DataLayout.Header + Literals.Int(DataLayout.FormatVersion) + DataLayout.NumberEnd
            + Literals.Int(bytes.Length) + DataLayout.NumberEnd + Literals.Int(compressed.Length) + DataLayout.NumberEnd;
        return DataText.Encode(header, DataLayout.HeaderPad, compressed, 0, compressed.Length);
    }

    private static byte[] Deflate(byte[] bytes)
    {
        using var output = new MemoryStream(bytes.Length / 3 + 64);
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes, 0, bytes.Length);
        }
        return output.ToArray();
    }

    /// <summary>
    /// The C# of a method returning the characters of <paramref name="blob"/> as bytes: an ordinary
    /// string literal, which the compiler copies whole into the assembly's user-string heap, seen
    /// as bytes without a copy. The data characters are written as they are; the header's,
    /// which pair ASCII bytes, as escapes.
    /// </summary>
    public static void Method(SourceWriter w, string name, string blob)
        => w.Line($"internal static global::System.ReadOnlySpan<byte> {name}() => global::System.Runtime.InteropServices.MemoryMarshal.AsBytes(global::System.MemoryExtensions.AsSpan({Literal(blob)}));");

    /// <summary>A string literal of <paramref name="blob"/>: characters outside <see cref="DataText.First"/>..<see cref="DataText.Last"/> as <c>\uXXXX</c>.</summary>
    internal static string Literal(string blob)
    {
        var sb = new StringBuilder(blob.Length + 32);
        sb.Append('"');
        foreach (char c in blob)
        {
            if (c >= DataText.First && c <= DataText.Last) sb.Append(c);
            else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        return sb.Append('"').ToString();
    }
}
