using System.Linq;
using System.Text;
using CsCheck;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>CsCheck generators biased towards the characters and bytes that break text handling.</summary>
    public static class Generators
    {
        /// <summary>
        /// Scalar values (no surrogates), weighted to controls, separators and astral planes. Not U+0000:
        /// text the board can hold ends before it (BoardText); AlmostUtf8 still makes 0x00 bytes.
        /// </summary>
        public static readonly Gen<int> CodePoint = Gen.Frequency(
            (4, Gen.Int[0x20, 0x7E]),
            (2, Gen.Int[0x01, 0x1F]),
            (2, Gen.OneOf(0x7F, 0x80, 0x85, 0x9F, 0xA0, 0x2028, 0x2029, 0x200B, 0x202E, 0xFEFF, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF, 0x22, 0x5C, 0x2F, 0x3C, 0x26)),
            (2, Gen.Int[0x80, 0xD7FF]),
            (1, Gen.Int[0xE000, 0xFFFF]),
            (2, Gen.Int[0x10000, 0x10FFFF]));

        /// <summary>Well-formed text: every surrogate is part of a pair.</summary>
        public static readonly Gen<string> ValidText = CodePoint.Array[0, 40].Select(points => string.Concat(points.Select(char.ConvertFromUtf32)));

        /// <summary>Any UTF-16 text, lone surrogates included.</summary>
        public static readonly Gen<string> AnyText = Gen.Frequency(
            (3, CodePoint.Select(char.ConvertFromUtf32)),
            (1, Gen.Char['\uD800', '\uDFFF'].Select(c => c.ToString())),
            (1, Gen.OneOf(" ", "\u00A0", "\u3000", "\t", "@", "\u2003", "\u202F", "\u0085", "\u2060", "\u00AD", "\u3164")))
            .Array[0, 40].Select(string.Concat);

        /// <summary>
        /// Byte strings that are often almost UTF-8: valid encodings mixed with overlong forms,
        /// surrogates, values above U+10FFFF, truncations and stray bytes.
        /// </summary>
        public static readonly Gen<byte[]> AlmostUtf8 = Gen.Frequency(
            (4, CodePoint.Select(c => Encoding.UTF8.GetBytes(char.ConvertFromUtf32(c)))),
            (2, Gen.Byte.Array[1, 3]),
            (1, Gen.OneOf(
                new byte[] { 0xC0, 0x80 }, new byte[] { 0xC1, 0xBF }, new byte[] { 0xE0, 0x80, 0x80 }, new byte[] { 0xE0, 0x9F, 0xBF },
                new byte[] { 0xF0, 0x80, 0x80, 0x80 }, new byte[] { 0xF0, 0x8F, 0xBF, 0xBF }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xED, 0xBF, 0xBF },
                new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xF5, 0x80, 0x80, 0x80 }, new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 },
                new byte[] { 0xE2, 0x82 }, new byte[] { 0xF0, 0x9F, 0x98 }, new byte[] { 0xC3 }, new byte[] { 0x80 }, new byte[] { 0xBF }, new byte[] { 0xFE }, new byte[] { 0xFF },
                new byte[] { 0x00 })))
            .Array[0, 12].Select(parts => parts.SelectMany(p => p).ToArray());
    }
}
