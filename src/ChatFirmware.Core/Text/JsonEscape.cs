namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// JSON string content written from UTF-8 bytes, with exactly the escapes of
    /// <see cref="JsonWriter.AppendString"/>: quote, backslash, every control character, DEL and
    /// U+2028/U+2029 (which break JavaScript string literals). Valid UTF-8 holds no surrogate to repair.
    /// Runs without an escape are copied whole (Array.Copy is native; a managed byte loop is not).
    /// </summary>
    public static class JsonEscape
    {
        private const string HexDigits = "0123456789abcdef";

        // Boxed once, for Array.IndexOf: DEL, and the first byte of U+2028/U+2029 (E2 80 A8/A9).
        private static readonly object Delete = (byte)0x7F;
        private static readonly object SeparatorLead = (byte)0xE2;

        /// <summary>Bytes that <see cref="Write"/> produces for bytes[offset..offset+count).</summary>
        public static int Length(byte[] utf8, int offset, int count)
        {
            int length = count;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                // Inline test first: a call per byte costs more than the test on the interpreter.
                int b = utf8[i];
                if ((b >= 0x20 && b < 0x7F && b != '"' && b != '\\') || (b >= 0x80 && b != 0xE2))
                {
                    continue;
                }

                int extra = Extra(utf8, i, end);
                length += extra;
                if (b == 0xE2 && extra != 0)
                {
                    i += 2;
                }
            }

            return length;
        }

        /// <summary>
        /// <see cref="Length"/> of bytes known to hold no quote, backslash or control character: a JSON
        /// string's content read without escapes (JSON allows none of them raw). Only DEL and
        /// U+2028/U+2029 can then need escaping, and the platform's native search rules them out.
        /// </summary>
        public static int LengthOfPlain(byte[] utf8, int offset, int count)
        {
            bool plain = System.Array.IndexOf(utf8, Delete, offset, count) < 0 && System.Array.IndexOf(utf8, SeparatorLead, offset, count) < 0;
            return plain ? count : Length(utf8, offset, count);
        }

        /// <summary>
        /// Writes the escaped bytes at <paramref name="at"/> and returns the position after them.
        /// <paramref name="escapedLength"/> is what <see cref="Length"/> said: when it equals the count,
        /// nothing needs escaping and the bytes are copied without a look.
        /// </summary>
        public static int Write(byte[] utf8, int offset, int count, int escapedLength, byte[] target, int at)
        {
            if (escapedLength == count)
            {
                System.Array.Copy(utf8, offset, target, at, count);
                return at + count;
            }

            int end = offset + count;
            int run = offset;
            for (int i = offset; i < end; i++)
            {
                int b = utf8[i];
                if ((b >= 0x20 && b < 0x7F && b != '"' && b != '\\') || (b >= 0x80 && b != 0xE2) || Extra(utf8, i, end) == 0)
                {
                    continue;
                }

                System.Array.Copy(utf8, run, target, at, i - run);
                at += i - run;
                target[at++] = (byte)'\\';
                if (b == '"' || b == '\\')
                {
                    target[at++] = (byte)b;
                }
                else if (b == '\n' || b == '\r' || b == '\t')
                {
                    target[at++] = (byte)(b == '\n' ? 'n' : b == '\r' ? 'r' : 't');
                }
                else if (b == 0xE2)
                {
                    // U+2028 or U+2029: E2 80 A8 / E2 80 A9.
                    at = Unicode(utf8[i + 2] == 0xA8 ? 0x2028 : 0x2029, target, at);
                    i += 2;
                }
                else
                {
                    at = Unicode(b, target, at);
                }

                run = i + 1;
            }

            System.Array.Copy(utf8, run, target, at, end - run);
            return at + (end - run);
        }

        /// <summary>How many bytes longer the character starting at <paramref name="i"/> gets when escaped (0: written as is).</summary>
        private static int Extra(byte[] utf8, int i, int end)
        {
            int b = utf8[i];
            if (b >= 0x20 && b != '"' && b != '\\' && b < 0x7F)
            {
                return 0;
            }

            if (b == '"' || b == '\\' || b == '\n' || b == '\r' || b == '\t')
            {
                return 1;
            }

            if (b < 0x20 || b == 0x7F)
            {
                return 5;
            }

            // Six bytes for the three of U+2028/U+2029; every other non-ASCII character as it is.
            return b == 0xE2 && i + 2 < end && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9) ? 3 : 0;
        }

        /// <summary>\uXXXX with lower-case digits, as JsonWriter writes it.</summary>
        private static int Unicode(int c, byte[] target, int at)
        {
            char[] digits = HexDigits.ToCharArray();
            target[at++] = (byte)'u';
            target[at++] = (byte)digits[(c >> 12) & 0xF];
            target[at++] = (byte)digits[(c >> 8) & 0xF];
            target[at++] = (byte)digits[(c >> 4) & 0xF];
            target[at++] = (byte)digits[c & 0xF];
            return at;
        }
    }
}
