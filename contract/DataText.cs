// The text form of a compiled blob: how its bytes become the characters of an ordinary C# string
// literal (the generator, Corpus.Generator.Emit.DataBlob) and back (the runtime,
// Corpus.CorpusBlob). Part of the data layout (DataLayout.cs): change it with FormatVersion.

namespace Corpus.Contract
{
    /// <summary>
    /// Writes bytes as the characters of a string literal, 14 bits per character, and reads them back.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Every 7 bytes (56 bits) become 4 characters: the bytes are read as one big-endian number and
    /// cut into four 14-bit values from the highest bits down, and each value <c>v</c> is the
    /// character <see cref="First"/> + <c>v</c>. The characters are therefore U+4E00 to U+8DFF,
    /// all CJK unified ideographs: printable, neither surrogates nor combining marks, so a C#
    /// literal holds them without an escape, and the compiler stores the literal whole in the
    /// assembly's user-string heap (2 bytes per character, 1.14 bytes per byte of data) without
    /// the per-byte work a UTF-8 literal costs it.
    /// </para>
    /// <para>
    /// A last group of 1 to 6 bytes is padded with zero bytes to 7 and written as the fewest
    /// characters that hold its bits (<see cref="CharCount"/>: 1 byte in 1 character, 2 or 3 in 2,
    /// 4 or 5 in 3, 6 in 4); the bits of the padding are zero. The text does not say how many bytes
    /// its last group holds, so the reader is given the byte count (the blob's header states it).
    /// </para>
    /// <para>
    /// A blob's header (<see cref="DataLayout"/>) is ASCII and stays ASCII in the assembly: its
    /// bytes, padded to an even count, are put two to a character (the first byte in the low half),
    /// so that the characters of the literal, seen as bytes in memory (little-endian), start with
    /// the header itself. A runtime of any version reads the version there as it always did.
    /// </para>
    /// </remarks>
    internal static class DataText
    {
        /// <summary>The character that stands for the 14-bit value 0.</summary>
        public const char First = '\u4E00';

        /// <summary>The character that stands for the largest 14-bit value, 16,383.</summary>
        public const char Last = '\u8DFF';

        /// <summary>The bytes of a full group.</summary>
        public const int GroupBytes = 7;

        /// <summary>The characters of a full group.</summary>
        public const int GroupChars = 4;

        private const int Bits = 14;
        private const int Mask = (1 << Bits) - 1;

        /// <summary>The number of characters that hold <paramref name="byteCount"/> bytes.</summary>
        public static int CharCount(int byteCount)
        {
            if (byteCount < 0) throw new System.ArgumentOutOfRangeException(nameof(byteCount));
            int rest = byteCount % GroupBytes;
            return byteCount / GroupBytes * GroupChars + (rest * 8 + Bits - 1) / Bits;
        }

        /// <summary>
        /// The characters of <paramref name="header"/> (ASCII, two bytes to a character, a
        /// <paramref name="pad"/> byte after it when its length is odd), followed by the
        /// characters of <paramref name="count"/> bytes of <paramref name="bytes"/> from <paramref name="offset"/>.
        /// </summary>
        public static string Encode(string header, char pad, byte[] bytes, int offset, int count)
        {
            if (bytes is null) throw new System.ArgumentNullException(nameof(bytes));
            if (offset < 0 || count < 0 || offset > bytes.Length - count) throw new System.ArgumentOutOfRangeException(nameof(count));
            string even = header.Length % 2 == 0 ? header : header + pad;
            var text = new char[even.Length / 2 + CharCount(count)];
            int at = 0;
            for (int i = 0; i < even.Length; i += 2)
            {
                if (even[i] > 0x7F || even[i + 1] > 0x7F) throw new System.ArgumentException("The header is not ASCII.", nameof(header));
                text[at++] = (char)(even[i] | even[i + 1] << 8);
            }
            int end = offset + count;
            for (int i = offset; i < end; i += GroupBytes)
            {
                int n = System.Math.Min(GroupBytes, end - i);
                ulong group = 0;
                for (int j = 0; j < GroupBytes; j++) group = group << 8 | (j < n ? bytes[i + j] : 0UL);
                int chars = n == GroupBytes ? GroupChars : (n * 8 + Bits - 1) / Bits;
                for (int j = 0; j < chars; j++) text[at++] = (char)(First + (int)(group >> (Bits * (GroupChars - 1 - j)) & Mask));
            }
            return new string(text);
        }

        /// <summary>
        /// Reads <paramref name="byteCount"/> bytes into <paramref name="bytes"/> at
        /// <paramref name="byteOffset"/> from the <see cref="CharCount"/>(<paramref name="byteCount"/>)
        /// characters of <paramref name="text"/> at <paramref name="textOffset"/>. A read may stop
        /// at any multiple of <see cref="GroupBytes"/> and go on from the character after it.
        /// </summary>
        /// <exception cref="System.FormatException">A character outside <see cref="First"/>..<see cref="Last"/>, or padding bits that are not zero.</exception>
#if NETCOREAPP
        // Compiled optimised on its first call: the runtime calls it a few hundred times at first access, each over thousands of characters.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
#endif
        public static void Decode(char[] text, int textOffset, byte[] bytes, int byteOffset, int byteCount)
        {
            if (text is null) throw new System.ArgumentNullException(nameof(text));
            if (bytes is null) throw new System.ArgumentNullException(nameof(bytes));
            int chars = CharCount(byteCount);
            if (textOffset < 0 || textOffset > text.Length - chars) throw new System.ArgumentOutOfRangeException(nameof(textOffset));
            if (byteOffset < 0 || byteOffset > bytes.Length - byteCount) throw new System.ArgumentOutOfRangeException(nameof(byteOffset));
            int c = textOffset, b = byteOffset, full = byteCount / GroupBytes;
            for (int g = 0; g < full; g++)
            {
                ulong group = (ulong)Value(text[c]) << 42 | (ulong)Value(text[c + 1]) << 28 | (ulong)Value(text[c + 2]) << 14 | Value(text[c + 3]);
                c += GroupChars;
                bytes[b] = (byte)(group >> 48);
                bytes[b + 1] = (byte)(group >> 40);
                bytes[b + 2] = (byte)(group >> 32);
                bytes[b + 3] = (byte)(group >> 24);
                bytes[b + 4] = (byte)(group >> 16);
                bytes[b + 5] = (byte)(group >> 8);
                bytes[b + 6] = (byte)group;
                b += GroupBytes;
            }
            int rest = byteCount - full * GroupBytes;
            if (rest == 0) return;
            int restChars = (rest * 8 + Bits - 1) / Bits;
            ulong last = 0;
            for (int j = 0; j < GroupChars; j++) last = last << Bits | (j < restChars ? (ulong)Value(text[c + j]) : 0UL);
            for (int j = 0; j < GroupBytes; j++)
            {
                byte value = (byte)(last >> (8 * (GroupBytes - 1 - j)));
                if (j < rest) bytes[b + j] = value;
                else if (value != 0) throw new System.FormatException("The compiled corpus data is corrupt: its last characters carry bits past its end.");
            }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static uint Value(char c)
        {
            uint value = (uint)(c - First);
            if (value > Mask) throw new System.FormatException("The compiled corpus data is corrupt: it holds a character outside U+4E00..U+8DFF.");
            return value;
        }
    }
}
