using System;
using System.IO;
using System.IO.Compression;
using System.Text;
using Corpus.Contract;

namespace Corpus.Generator.Emit;

/// <summary>
/// Turns a body of the data layout into a blob (<see cref="DataLayout"/>): the header, the format
/// version, the body's length in bytes, and the body compressed with Deflate and written in base 85
/// (<see cref="Base85"/>),
/// all ASCII, so the blob can be a UTF-8 literal or a plain string literal without escapes.
/// </summary>
internal static class DataBlob
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The blob of <paramref name="body"/> (text whose lone surrogates <see cref="DataWriter"/> has already replaced).</summary>
    public static string Encode(string body)
    {
        byte[] bytes = s_utf8.GetBytes(body);
        var blob = new StringBuilder(bytes.Length / 3 + 32);
        blob.Append(DataLayout.Header).Append(Literals.Int(DataLayout.FormatVersion)).Append(DataLayout.NumberEnd)
            .Append(Literals.Int(bytes.Length)).Append(DataLayout.NumberEnd);
        if (bytes.Length > 0) Base85.Encode(Deflate(bytes), blob);
        return blob.ToString();
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
    /// The C# of a method returning <paramref name="blob"/> as bytes: a UTF-8 literal, which the
    /// compiler stores as raw bytes in the assembly, or before C# 11 a string literal turned into
    /// ASCII bytes on the first call and kept in a static field.
    /// </summary>
    public static void Method(SourceWriter w, string name, string blob, bool utf8Literals)
    {
        if (utf8Literals)
        {
            w.Line($"internal static global::System.ReadOnlySpan<byte> {name}() => \"{blob}\"u8;");
        }
        else
        {
            string field = "s_" + char.ToLowerInvariant(name[0]) + name.Substring(1);
            w.Line($"internal static global::System.ReadOnlySpan<byte> {name}() => {field} ??= global::System.Text.Encoding.ASCII.GetBytes(\"{blob}\");");
            w.Line($"private static byte[]? {field};");
        }
    }
}
