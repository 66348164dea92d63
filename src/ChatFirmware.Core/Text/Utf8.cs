namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// Strict UTF-8, written here because nanoFramework's decoder is lenient and its Encoding lacks
    /// GetByteCount: overlong forms, surrogate code points, values above U+10FFFF and truncated
    /// sequences are rejected, never repaired.
    /// </summary>
    public static class Utf8
    {
        /// <summary>Decodes bytes[offset..offset+count) or returns null when they are not valid UTF-8.</summary>
        public static string Decode(byte[] bytes, int offset, int count)
        {
            char[] chars = new char[count];
            int length = 0;
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int b0 = bytes[i];
                if (b0 < 0x80)
                {
                    chars[length++] = (char)b0;
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
                    return null;
                }

                if (i + needed >= end)
                {
                    return null;
                }

                for (int k = 1; k <= needed; k++)
                {
                    int next = bytes[i + k];
                    if ((next & 0xC0) != 0x80)
                    {
                        return null;
                    }

                    codePoint = (codePoint << 6) | (next & 0x3F);
                }

                if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
                {
                    return null;
                }

                if (codePoint >= 0x10000)
                {
                    codePoint -= 0x10000;
                    chars[length++] = (char)(0xD800 + (codePoint >> 10));
                    chars[length++] = (char)(0xDC00 + (codePoint & 0x3FF));
                }
                else
                {
                    chars[length++] = (char)codePoint;
                }

                i += needed + 1;
            }

            return new string(chars, 0, length);
        }

        /// <summary>Encodes a string; an unpaired surrogate becomes U+FFFD so the output is always valid UTF-8.</summary>
        /// <remarks>
        /// The platform's encoder, not the loops below: on nanoFramework text[i] is wrong after a character
        /// outside the BMP (an emoji came out as two U+FFFD) and decodes the string from its start at every
        /// call, which made a 8,000-character page take 190 ms on nanoCLR instead of 1 ms. Both platforms
        /// write a pair as one 4-byte sequence and an unpaired surrogate as U+FFFD, as this method promises.
        /// </remarks>
        public static byte[] Encode(string text)
        {
            return System.Text.Encoding.UTF8.GetBytes(text);
        }

        /// <summary>Bytes that <see cref="Encode(string)"/> produces for the text.</summary>
        public static int ByteCount(string text)
        {
            int count = 0;
            int length = text.Length;
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                if (c < 0x80)
                {
                    count += 1;
                }
                else if (c < 0x800)
                {
                    count += 2;
                }
                else if (IsHighSurrogate(c) && i + 1 < length && IsLowSurrogate(text[i + 1]))
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
            int start = offset;
            int length = text.Length;
            for (int i = 0; i < length; i++)
            {
                int c = text[i];
                if (c < 0x80)
                {
                    target[offset++] = (byte)c;
                    continue;
                }

                if (c < 0x800)
                {
                    target[offset++] = (byte)(0xC0 | (c >> 6));
                    target[offset++] = (byte)(0x80 | (c & 0x3F));
                    continue;
                }

                if (IsHighSurrogate((char)c) && i + 1 < length && IsLowSurrogate(text[i + 1]))
                {
                    int codePoint = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
                    i++;
                    target[offset++] = (byte)(0xF0 | (codePoint >> 18));
                    target[offset++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                    target[offset++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                    target[offset++] = (byte)(0x80 | (codePoint & 0x3F));
                    continue;
                }

                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    c = 0xFFFD;
                }

                target[offset++] = (byte)(0xE0 | (c >> 12));
                target[offset++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                target[offset++] = (byte)(0x80 | (c & 0x3F));
            }

            return offset - start;
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
