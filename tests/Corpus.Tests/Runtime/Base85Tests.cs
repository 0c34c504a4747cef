using System;
using System.Linq;
using System.Reflection;
using Corpus.Contract;
using CsCheck;
using Xunit;

namespace Corpus.Tests.DataFormat;

/// <summary>Base 85, the text of the compiled data's compressed bodies: the generator's encoder and the runtime's decoder.</summary>
public class Base85Tests
{
    private delegate int Decoder(ReadOnlySpan<byte> text, Span<byte> bytes);

    /// <summary>The runtime's decoder (internal to Corpus.Runtime, whose internals this project does not see).</summary>
    private static readonly Decoder s_decode = typeof(CorpusStore).Assembly.GetType("Corpus.CorpusBlob", throwOnError: true)!
        .GetMethod("DecodeBase85", BindingFlags.NonPublic | BindingFlags.Static)!.CreateDelegate<Decoder>();

    internal static string Encode(byte[] bytes)
    {
        var text = new System.Text.StringBuilder();
        Base85.Encode(bytes, text);
        return text.ToString();
    }

    /// <summary>The bytes of base 85 <paramref name="text"/>, decoded by the runtime's decoder.</summary>
    internal static byte[] Decode(string text)
    {
        var ascii = System.Text.Encoding.ASCII.GetBytes(text);
        var bytes = new byte[Math.Max(0, Base85.DecodedLength(text.Length))];
        int written = s_decode(ascii, bytes);
        Assert.Equal(bytes.Length, written);
        return bytes;
    }

    [Fact]
    public void The_alphabet_has_85_distinct_printable_ASCII_characters_none_of_which_needs_an_escape_in_a_literal()
    {
        Assert.Equal(85, Base85.Alphabet.Length);
        Assert.Equal(85, Base85.Alphabet.Distinct().Count());
        Assert.All(Base85.Alphabet, c => Assert.InRange(c, '!', '~'));
        Assert.DoesNotContain('"', Base85.Alphabet);
        Assert.DoesNotContain('\\', Base85.Alphabet);
        Assert.Equal(Enumerable.Range(0, 85).Select(i => (byte)i), Base85.Alphabet.Select(c => Base85.Digits[c]));
        Assert.Equal(256 - 85, Base85.Digits.Count(d => d == Base85.NotADigit));
    }

    [Fact]
    public void Every_character_of_the_alphabet_stands_in_a_UTF8_literal_that_compiles_to_its_bytes()
    {
        string source = "static class C { public static System.ReadOnlySpan<byte> D() => \"" + Base85.Alphabet + "\"u8; }";
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(source);
        Assert.Empty(tree.GetDiagnostics());
        var literal = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.LiteralExpressionSyntax>().Single();
        Assert.Equal(Base85.Alphabet, literal.Token.ValueText);
    }

    [Fact]
    public void Four_bytes_are_five_characters_and_a_last_group_of_n_bytes_is_n_plus_one()
    {
        Assert.Equal("", Encode(Array.Empty<byte>()));
        Assert.Equal("00000", Encode(new byte[4]));
        Assert.Equal("%nS9", Encode(new byte[] { 0xFF, 0xFF, 0xFF }));
        Assert.Equal("%nSc0", Encode(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }));
        // Z85's own example, 0x86 0x4F 0xD2 0x6F 0xB5 0x59 0xF7 0x5B: "HelloWorld".
        Assert.Equal("HelloWorld", Encode(new byte[] { 0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B }));
        for (int n = 0; n <= 12; n++) Assert.Equal(n / 4 * 5 + (n % 4 == 0 ? 0 : n % 4 + 1), Encode(new byte[n]).Length);
    }

    [Fact]
    public void Random_bytes_of_every_length_up_to_300_come_back_the_same()
    {
        var random = new Random(85);
        for (int length = 0; length <= 300; length++)
        {
            for (int round = 0; round < 4; round++)
            {
                var bytes = new byte[length];
                if (round == 1) Array.Fill(bytes, (byte)0xFF);
                else if (round > 1) random.NextBytes(bytes);
                string text = Encode(bytes);
                Assert.Equal(Base85.EncodedLength(length), text.Length);
                Assert.Equal(length, Base85.DecodedLength(text.Length));
                Assert.Equal(bytes, Decode(text));
            }
        }
    }

    [Fact]
    public void Any_bytes_large_or_small_come_back_the_same()
        => Gen.OneOf(Gen.Byte.Array[0, 300], Gen.Byte.Array[1, 1 << 20]).Sample(bytes => Assert.Equal(bytes, Decode(Encode(bytes))), iter: 200);

    [Theory]
    [InlineData('"')]
    [InlineData('\\')]
    [InlineData(' ')]
    [InlineData('~')]
    [InlineData('\n')]
    [InlineData('é')]
    public void A_character_outside_the_alphabet_is_rejected(char bad)
    {
        foreach (int at in new[] { 0, 4, 7, 11 })
        {
            var text = Encode(Enumerable.Range(0, 10).Select(i => (byte)(i * 37)).ToArray()).ToCharArray();
            text[at] = bad;
            var bytes = System.Text.Encoding.UTF8.GetBytes(new string(text));
            var e = Assert.Throws<FormatException>(() => s_decode(bytes, new byte[16]));
            Assert.Contains("not a base 85 digit", e.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(11)]
    public void A_text_of_a_length_that_no_bytes_encode_is_rejected(int length)
    {
        var e = Assert.Throws<FormatException>(() => s_decode(System.Text.Encoding.ASCII.GetBytes(new string('1', length)), new byte[16]));
        Assert.Contains("corrupt", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%nSc1")]   // 2^32, one more than four bytes hold
    [InlineData("#####")]   // 85^5 - 1
    [InlineData("00000%nSd")] // a short last group worth more than 32 bits once padded
    public void A_group_worth_more_than_32_bits_is_rejected(string text)
        => Assert.Throws<FormatException>(() => s_decode(System.Text.Encoding.ASCII.GetBytes(text), new byte[16]));

    [Fact]
    public void A_corrupt_or_truncated_blob_throws_a_clear_FormatException_on_first_use()
    {
        // One official without positions: the count, then who they are, then the positions' section.
        string who = "2:id10:Sarah Wong0,~0,0,";
        string body = "1," + who.Length + "," + who + "2,0,";
        var good = CompressedDataTests.BlobText(body);
        Assert.Equal("Sarah Wong", Assert.Single(Read(good)).Name);

        string corrupt = good.Substring(0, good.Length - 3) + "\"" + good.Substring(good.Length - 2);
        Assert.Contains("not a base 85 digit", Assert.Throws<FormatException>(() => Read(corrupt)).Message, StringComparison.Ordinal);

        int bodyStart = good.IndexOf(',', good.IndexOf(',') + 1) + 1;
        // Truncated: the inflater runs out of compressed bytes before the body's length.
        int text = good.Length - bodyStart;
        foreach (int keep in new[] { 0, 2, 5, text / 2, text - 10 })
            Assert.Contains("corrupt", Assert.Throws<FormatException>(() => Read(good.Substring(0, bodyStart + keep))).Message, StringComparison.Ordinal);
        // Base 85 of bytes that are not a Deflate stream (a block of the reserved type 3).
        var notDeflate = "#" + DataLayout.FormatVersion + ",10," + Encode(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF });
        Assert.IsType<System.IO.InvalidDataException>(Assert.Throws<FormatException>(() => Read(notDeflate)).InnerException);
        // Six characters: a group of five and a last group of one, which no bytes encode.
        Assert.Contains("group of one character", Assert.Throws<FormatException>(() => Read(good.Substring(0, bodyStart) + new string('0', 6))).Message, StringComparison.Ordinal);

        // A body that inflates but ends inside a record, claims a string past its end or a number past int.MaxValue.
        foreach (string cut in new[] { "1,", "1," + who.Length + ",2:id10:Sarah", "1,99999999999,", "1," + who.Length + ",2:id99:Sarah Wong0,~0,0,2,0," })
            Assert.Contains("corrupt", Assert.Throws<FormatException>(() => Read(CompressedDataTests.BlobText(cut))).Message, StringComparison.Ordinal);
        // A header that claims a body longer than any Deflate stream of that size could give: no buffer is rented for it.
        int lengthEnd = good.IndexOf(',', good.IndexOf(',') + 1);
        string huge = good.Substring(0, good.IndexOf(',') + 1) + "2000000000" + good.Substring(lengthEnd);
        Assert.Contains("corrupt", Assert.Throws<FormatException>(() => Read(huge)).Message, StringComparison.Ordinal);

        static System.Collections.Generic.IReadOnlyList<Official> Read(string blob)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(blob);
            return new CorpusStore(() => bytes, Array.Empty<CorpusData>(), Array.Empty<Country>(), Array.Empty<Topic>()).Officials;
        }
    }
}
