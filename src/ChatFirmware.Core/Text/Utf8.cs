using System.Text;

namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// Strict UTF-8, written here because nanoFramework's decoder is lenient and its Encoding lacks
    /// GetByteCount: overlong forms, surrogate code points, values above U+10FFFF and truncated
    /// sequences are rejected, never repaired. So is U+0000: a string on the board ends at it
    /// ("a\0b" is "a" there), so text holding it cannot be represented and is refused before a
    /// string is made of it.
    /// </summary>
    public static class Utf8
    {
        /// <summary>Decodes bytes[offset..offset+count) or returns null when they are not valid UTF-8 or hold U+0000.</summary>
        public static string Decode(byte[] bytes, int offset, int count)
        {
            // Checked here, decoded natively: the platform decoder is right for valid input and far
            // faster than a managed loop building chars (the interpreter's cost is per instruction).
            return IsValid(bytes, offset, count) ? Encoding.UTF8.GetString(bytes, offset, count) : null;
        }

        /// <summary>
        /// True when bytes[offset..offset+count) are strict UTF-8 without U+0000: no overlong form, no
        /// surrogate code point, nothing above U+10FFFF, no truncated sequence.
        /// </summary>
        public static bool IsValid(byte[] bytes, int offset, int count)
        {
            bool hasControls;
            return IsValid(bytes, offset, count, out hasControls);
        }

        /// <summary>
        /// The same, telling also whether any byte is a C0 control (U+0001 to U+001F): JSON without one
        /// has none in its strings, which a reader then need not look for byte by byte.
        /// </summary>
        public static bool IsValid(byte[] bytes, int offset, int count, out bool hasControls)
        {
            hasControls = false;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int b0 = bytes[i];
                if (b0 < 0x80)
                {
                    if (b0 < 0x20)
                    {
                        if (b0 == 0)
                        {
                            return false;
                        }

                        hasControls = true;
                    }

                    i++;
                    continue;
                }

                int needed;
                int codePoint;
                int minimum;
                if ((b0 & 0xE0) == 0xC0)
                {
                    needed = 1;
                    codePoint = b0 & 0x1F;
                    minimum = 0x80;
                }
                else if ((b0 & 0xF0) == 0xE0)
                {
                    needed = 2;
                    codePoint = b0 & 0x0F;
                    minimum = 0x800;
                }
                else if ((b0 & 0xF8) == 0xF0)
                {
                    needed = 3;
                    codePoint = b0 & 0x07;
                    minimum = 0x10000;
                }
                else
                {
                    return false;
                }

                if (i + needed >= end)
                {
                    return false;
                }

                for (int k = 1; k <= needed; k++)
                {
                    int next = bytes[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        return false;
                    }

                    codePoint = (codePoint << 6) | (next & 0x3F);
                }

                if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
                {
                    return false;
                }

                i += needed + 1;
            }

            return true;
        }

        /// <summary>Code points in valid UTF-8: every byte that does not continue a sequence starts one.</summary>
        public static int CountCodePoints(byte[] bytes, int offset, int count)
        {
            int codePoints = 0;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                if ((bytes[i] & 0xC0) != 0x80)
                {
                    codePoints++;
                }
            }

            return codePoints;
        }

        /// <summary>Encodes a string; an unpaired surrogate becomes U+FFFD so the output is always valid UTF-8.</summary>
        public static byte[] Encode(string text)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        /// <summary>Bytes that <see cref="Encode(string)"/> produces for the text.</summary>
        public static int ByteCount(string text)
        {
            char[] chars = text.ToCharArray();
            int count = 0;
            int length = chars.Length;
            for (int i = 0; i < length; i++)
            {
                char c = chars[i];
                if (c < 0x80)
                {
                    count += 1;
                }
                else if (c < 0x800)
                {
                    count += 2;
                }
                else if (IsHighSurrogate(c) && i + 1 < length && IsLowSurrogate(chars[i + 1]))
                {
                    count += 4;
                    i++;
                }
                else
                {
                    count += 3;
                }
            }

            return count;
        }

        /// <summary>Writes the encoding of text at offset and returns the number of bytes written.</summary>
        public static int Encode(string text, byte[] target, int offset)
        {
            // The platform encoder does exactly this on both runtimes (a surrogate pair as one 4-byte
            // sequence, an unpaired surrogate as EF BF BD), and natively on the board: no managed loop.
            return ((UTF8Encoding)Encoding.UTF8).GetBytes(text, 0, text.Length, target, offset);
        }

        public static bool IsHighSurrogate(char c)
        {
            return c >= 0xD800 && c <= 0xDBFF;
        }

        public static bool IsLowSurrogate(char c)
        {
            return c >= 0xDC00 && c <= 0xDFFF;
        }
    }
}
