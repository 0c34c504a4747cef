using System;
using System.Linq;
using Corpus.Contract;
using CsCheck;
using Xunit;

namespace Corpus.Tests.DataFormat;

/// <summary>The text form of the compiled data: 14 bits per character of a string literal, and back.</summary>
public class DataTextTests
{
    private static byte[] RoundTrip(byte[] bytes)
    {
        string text = DataText.Encode("", DataLayout.HeaderPad, bytes, 0, bytes.Length);
        Assert.Equal(DataText.CharCount(bytes.Length), text.Length);
        Assert.All(text, c => Assert.InRange(c, DataText.First, DataText.Last));
        var back = new byte[bytes.Length];
        DataText.Decode(text.ToCharArray(), 0, back, 0, back.Length);
        return back;
    }

    private static byte[] RoundTripFrom(string text, int at)
    {
        var back = new byte[DataText.GroupBytes];
        DataText.Decode(text.ToCharArray(), at, back, 0, back.Length);
        return back;
    }

    [Fact]
    public void An_empty_blob_is_no_characters()
    {
        Assert.Equal("", DataText.Encode("", DataLayout.HeaderPad, Array.Empty<byte>(), 0, 0));
        Assert.Equal(0, DataText.CharCount(0));
        DataText.Decode(Array.Empty<char>(), 0, Array.Empty<byte>(), 0, 0);
    }

    [Fact]
    public void Every_byte_value_in_every_place_of_a_group_comes_back()
    {
        for (int place = 0; place < DataText.GroupBytes; place++)
        {
            var bytes = new byte[256 * DataText.GroupBytes];
            for (int v = 0; v < 256; v++) bytes[v * DataText.GroupBytes + place] = (byte)v;
            Assert.Equal(bytes, RoundTrip(bytes));
        }
        var all = Enumerable.Range(0, 256).Select(v => (byte)v).ToArray();
        Assert.Equal(all, RoundTrip(all));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(6, 4)]
    [InlineData(7, 4)]
    [InlineData(8, 5)]
    [InlineData(13, 8)]
    [InlineData(14, 8)]
    public void Lengths_that_are_not_whole_groups_take_the_fewest_characters_and_come_back(int length, int chars)
    {
        Assert.Equal(chars, DataText.CharCount(length));
        var ones = Enumerable.Repeat((byte)0xFF, length).ToArray();
        var mixed = Enumerable.Range(0, length).Select(i => (byte)(i * 37 + 11)).ToArray();
        Assert.Equal(ones, RoundTrip(ones));
        Assert.Equal(mixed, RoundTrip(mixed));
    }

    [Fact]
    public void The_characters_are_the_bytes_read_as_big_endian_14_bit_values()
    {
        // 0xFF 0xFF: 16 bits, the first character holds the top 14 (all ones), the second the last 2 and 12 zero bits.
        Assert.Equal(new[] { DataText.Last, (char)(DataText.First + 0x3000) }, DataText.Encode("", ' ', new byte[] { 0xFF, 0xFF }, 0, 2).ToCharArray());
        // One byte: its 8 bits are the top of one character, the 6 below zero.
        Assert.Equal((char)(DataText.First + (1 << 6)), DataText.Encode("", ' ', new byte[] { 0x00, 0x01 }, 1, 1)[0]);
    }

    [Fact]
    public void The_header_is_its_ascii_bytes_two_to_a_character_padded_to_an_even_count()
    {
        string odd = DataText.Encode("#5,123,7,", ' ', new byte[] { 1, 2, 3, 4, 5, 6, 7 }, 0, 7);
        Assert.Equal("#5,123,7, ", System.Text.Encoding.ASCII.GetString(System.Runtime.InteropServices.MemoryMarshal.AsBytes(odd.AsSpan(0, 5)).ToArray()));
        Assert.Equal(5 + 4, odd.Length);
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7 }, RoundTripFrom(odd, 5));
        string even = DataText.Encode("#5,12,7,", ' ', new byte[] { 1, 2, 3, 4, 5, 6, 7 }, 0, 7);
        Assert.Equal("#5,12,7,", System.Text.Encoding.ASCII.GetString(System.Runtime.InteropServices.MemoryMarshal.AsBytes(even.AsSpan(0, 4)).ToArray()));
        Assert.Equal(4 + 4, even.Length);
        string empty = DataText.Encode("#5,0,0,", '~', Array.Empty<byte>(), 0, 0);
        Assert.Equal("#5,0,0,~", System.Text.Encoding.ASCII.GetString(System.Runtime.InteropServices.MemoryMarshal.AsBytes(empty.AsSpan()).ToArray()));
        Assert.Throws<ArgumentException>(() => DataText.Encode("#é,", ' ', Array.Empty<byte>(), 0, 0));
    }

    [Fact]
    public void A_read_may_stop_at_any_whole_group_and_go_on()
    {
        var bytes = Enumerable.Range(0, 100).Select(i => (byte)(i * 91)).ToArray();
        var text = DataText.Encode("", ' ', bytes, 0, bytes.Length).ToCharArray();
        var back = new byte[bytes.Length];
        DataText.Decode(text, 0, back, 0, 21);
        DataText.Decode(text, DataText.CharCount(21), back, 21, 49);
        DataText.Decode(text, DataText.CharCount(70), back, 70, 30);
        Assert.Equal(bytes, back);
    }

    [Fact]
    public void Characters_outside_the_range_and_bits_past_the_end_are_format_errors()
    {
        var back = new byte[2];
        Assert.Throws<FormatException>(() => DataText.Decode(new[] { (char)(DataText.First - 1), DataText.First }, 0, back, 0, 2));
        Assert.Throws<FormatException>(() => DataText.Decode(new[] { DataText.First, (char)(DataText.Last + 1) }, 0, back, 0, 2));
        Assert.Throws<FormatException>(() => DataText.Decode(new[] { 'A', DataText.First }, 0, back, 0, 2));
        // Two bytes use 16 of the 28 bits of two characters: the other 12 must be zero.
        Assert.Throws<FormatException>(() => DataText.Decode(new[] { DataText.First, (char)(DataText.First + 1) }, 0, back, 0, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => DataText.Decode(new[] { DataText.First }, 0, back, 0, 2));
    }

    [Fact]
    public void Any_bytes_come_back_from_any_offset()
    {
        Gen.Byte.Array[0, 300].SelectMany(bytes => Gen.Int[0, bytes.Length].Select(offset => (bytes, offset))).Sample(x =>
        {
            var (bytes, offset) = x;
            int count = bytes.Length - offset;
            string text = DataText.Encode("#1,", ' ', bytes, offset, count);
            Assert.Equal(2 + DataText.CharCount(count), text.Length);
            var back = new byte[count + 3];
            DataText.Decode(text.ToCharArray(), 2, back, 3, count);
            Assert.Equal(bytes.Skip(offset), back.Skip(3));
        });
    }
}
