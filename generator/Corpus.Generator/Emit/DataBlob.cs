using System;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using Corpus.Contract;

namespace Corpus.Generator.Emit;

/// <summary>
/// Turns a body of the data layout into a blob (<see cref="DataLayout"/>) and the C# of the method
/// that returns it: the header (the format version, the body's length and the compressed length in
/// bytes, the form) and the body compressed with Deflate, written as the characters of one ordinary
/// string literal (<see cref="DataText"/>), or, past the limits below, as a byte array.
/// </summary>
/// <remarks>
/// A string literal costs the compiler next to nothing per character, where the bytes of a UTF-8
/// literal or an array cost it about 170 bytes of memory each while it binds and lowers them. But
/// every string literal of an assembly goes to its user-string heap, which holds at most 16 MB
/// (error CS8103), so the generator gives the string form only to the officials' blob up to
/// <see cref="OfficialsTextLimit"/> compressed bytes and to the first <see cref="TextShards"/> shards
/// up to <see cref="ShardTextLimit"/> each: at most about 12.5 MB of the heap, whatever the corpus.
/// The rest are byte arrays, which the compiler stores as raw data outside that heap. Each blob's
/// form depends on its own size and index only, so a shard's file is written from the shard alone.
/// </remarks>
internal static class DataBlob
{
    /// <summary>The most compressed bytes of an officials' blob written as a string literal (2 MB: 2.3 MB of the user-string heap).</summary>
    public const int OfficialsTextLimit = 2 * 1024 * 1024;

    /// <summary>The most compressed bytes of a shard written as a string literal (56 KB: 64 KB of the user-string heap).</summary>
    public const int ShardTextLimit = 56 * 1024;

    /// <summary>The shards that may be string literals: those of index 0 to 159 (10,240 articles).</summary>
    public const int TextShards = 160;

    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>The most compressed bytes the shard of <paramref name="index"/> may have to be written as a string literal.</summary>
    public static int ShardLimit(int index) => index < TextShards ? ShardTextLimit : -1;

    /// <summary>
    /// Writes the method <paramref name="name"/> returning the blob of <paramref name="body"/> (text
    /// whose lone surrogates <see cref="DataWriter"/> has already replaced): as the characters of a
    /// string literal seen as bytes when its compressed bytes are at most <paramref name="textLimit"/>,
    /// else as a byte array.
    /// </summary>
    public static void Method(SourceWriter w, string name, string body, int textLimit)
    {
        byte[] bytes = s_utf8.GetBytes(body);
        byte[] compressed = bytes.Length > 0 ? Deflate(bytes) : Array.Empty<byte>();
        bool text = compressed.Length <= textLimit;
        string header = DataLayout.Header + Literals.Int(DataLayout.FormatVersion) + DataLayout.NumberEnd
            + Literals.Int(bytes.Length) + DataLayout.NumberEnd + Literals.Int(compressed.Length) + DataLayout.NumberEnd
            + Literals.Int(text ? DataLayout.TextForm : DataLayout.BytesForm) + DataLayout.NumberEnd;
        if (text)
        {
            string blob = DataText.Encode(header, DataLayout.HeaderPad, compressed, 0, compressed.Length);
            w.Line($"internal static global::System.ReadOnlySpan<byte> {name}() => global::System.Runtime.InteropServices.MemoryMarshal.AsBytes(global::System.MemoryExtensions.AsSpan({Literal(blob)}));");
            return;
        }
        var array = new StringBuilder(header.Length * 3 + compressed.Length * 4 + 128);
        array.Append("internal static global::System.ReadOnlySpan<byte> ").Append(name).Append("() => new byte[] { ");
        foreach (char c in header) array.Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(',');
        foreach (byte b in compressed) array.Append(b.ToString(CultureInfo.InvariantCulture)).Append(',');
        array.Append(" };");
        w.Line(array.ToString());
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

    /// <summary>A string literal of <paramref name="blob"/>: the data's characters as they are, the others (the header's, which pair ASCII bytes) as <c>\uXXXX</c>.</summary>
    private static string Literal(string blob)
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
