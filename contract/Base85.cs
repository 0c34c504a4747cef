// The text encoding of the compiled data's compressed bodies (see DataLayout), one definition for
// the generator, which encodes with it, and the runtime, whose decoder (Corpus.CorpusBlob) reads
// its alphabet from here.

namespace Corpus.Contract
{
    /// <summary>
    /// Base 85: every group of 4 bytes, read as a big-endian 32-bit number, is written as 5 digits
    /// of <see cref="Alphabet"/>, the most significant first. A last group of 1 to 3 bytes is padded
    /// with zero bytes, encoded, and written as its first 1 + (its byte count) digits (2 to 4); a
    /// reader pads it with the highest digit and keeps as many bytes as it had digits, less one (as
    /// Ascii85 does). A text whose length leaves 1 after groups of 5, a character outside the
    /// alphabet, or a group worth more than 32 bits, is not base 85.
    /// </summary>
    internal static class Base85
    {
        /// <summary>
        /// The 85 digits, of value 0 to 84 in this order: printable ASCII without <c>"</c>, <c>\</c>,
        /// <c>'</c>, <c>`</c>, <c>,</c>, <c>;</c>, <c>_</c>, <c>|</c>, <c>~</c> and space (the Z85
        /// alphabet), so the text stands in a C# string or UTF-8 literal without an escape and
        /// nothing in it can end the literal.
        /// </summary>
        public const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

        /// <summary>The radix.</summary>
        public const int Radix = 85;

        /// <summary>The value of a character that is not a digit in <see cref="Digits"/>.</summary>
        public const byte NotADigit = 0xFF;

        private static readonly byte[] s_digits = MakeDigits();

        /// <summary>The value of each byte as a digit (index: the byte), <see cref="NotADigit"/> for a byte outside the alphabet; 256 entries.</summary>
        public static byte[] Digits => s_digits;

        private static byte[] MakeDigits()
        {
            var digits = new byte[256];
            for (int i = 0; i < digits.Length; i++) digits[i] = NotADigit;
            for (int i = 0; i < Alphabet.Length; i++) digits[Alphabet[i]] = (byte)i;
            return digits;
        }

        /// <summary>The number of characters that encode <paramref name="bytes"/> bytes.</summary>
        public static int EncodedLength(int bytes) => bytes / 4 * 5 + (bytes % 4 == 0 ? 0 : bytes % 4 + 1);

        /// <summary>The number of bytes that <paramref name="chars"/> characters decode to, or -1 when no text has that length.</summary>
        public static int DecodedLength(int chars) => chars % 5 == 1 ? -1 : chars / 5 * 4 + (chars % 5 == 0 ? 0 : chars % 5 - 1);

        /// <summary>Appends the base 85 text of <paramref name="bytes"/> to <paramref name="text"/>.</summary>
        public static void Encode(byte[] bytes, System.Text.StringBuilder text)
        {
            var group = new char[5];
            for (int at = 0; at < bytes.Length; at += 4)
            {
                int n = System.Math.Min(4, bytes.Length - at);
                uint value = 0;
                for (int i = 0; i < 4; i++) value = (value << 8) | (i < n ? bytes[at + i] : 0u);
                for (int i = 4; i >= 0; i--)
                {
                    group[i] = Alphabet[(int)(value % Radix)];
                    value /= Radix;
                }
                text.Append(group, 0, n + 1);
            }
        }
    }
}
