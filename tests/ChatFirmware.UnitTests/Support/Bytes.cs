using System.Text;

namespace ChatFirmware.UnitTests
{
    /// <summary>Byte-array helpers (nanoFramework has no LINQ or SequenceEqual on mscorlib).</summary>
    public static class Bytes
    {
        /// <summary>Bytes written as hex digits; spaces between them are ignored.</summary>
        public static byte[] FromHex(string hex)
        {
            StringBuilder digits = new StringBuilder(hex.Length);
            for (int i = 0; i < hex.Length; i++)
            {
                if (hex[i] != ' ')
                {
                    digits.Append(hex[i]);
                }
            }

            string clean = digits.ToString();
            byte[] bytes = new byte[clean.Length / 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)((Digit(clean[2 * i]) << 4) | Digit(clean[(2 * i) + 1]));
            }

            return bytes;
        }

        public static string ToHex(byte[] bytes)
        {
            const string Digits = "0123456789abcdef";
            StringBuilder hex = new StringBuilder(bytes.Length * 2);
            for (int i = 0; i < bytes.Length; i++)
            {
                hex.Append(Digits[bytes[i] >> 4]);
                hex.Append(Digits[bytes[i] & 0xF]);
            }

            return hex.ToString();
        }

        /// <summary>UTF-8 of the text through the core's encoder (tested on its own in Utf8Tests).</summary>
        public static byte[] Utf8(string text)
        {
            return ChatFirmware.Core.Text.Utf8.Encode(text);
        }

        public static string Text(byte[] utf8)
        {
            return utf8 == null ? null : ChatFirmware.Core.Text.Utf8.Decode(utf8, 0, utf8.Length);
        }

        /// <summary>A copy of bytes[offset..offset+count).</summary>
        public static byte[] Slice(byte[] bytes, int offset, int count)
        {
            byte[] slice = new byte[count];
            System.Array.Copy(bytes, offset, slice, 0, count);
            return slice;
        }

        public static bool Equal(byte[] a, byte[] b)
        {
            if (a == null || b == null)
            {
                return a == b;
            }

            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>First index of <paramref name="needle"/> in <paramref name="haystack"/>, or -1.</summary>
        public static int IndexOf(byte[] haystack, byte[] needle)
        {
            return IndexOf(haystack, needle, 0);
        }

        /// <summary>How often <paramref name="needle"/> occurs in <paramref name="haystack"/>, without overlaps.</summary>
        public static int Count(byte[] haystack, byte[] needle)
        {
            int count = 0;
            int at = IndexOf(haystack, needle, 0);
            while (at >= 0)
            {
                count++;
                at = IndexOf(haystack, needle, at + needle.Length);
            }

            return count;
        }

        /// <summary>First index at or after <paramref name="start"/> of <paramref name="needle"/>, or -1.</summary>
        public static int IndexOf(byte[] haystack, byte[] needle, int start)
        {
            if (haystack == null || needle.Length == 0)
            {
                return -1;
            }

            for (int i = start; i + needle.Length <= haystack.Length; i++)
            {
                int k = 0;
                while (k < needle.Length && haystack[i + k] == needle[k])
                {
                    k++;
                }

                if (k == needle.Length)
                {
                    return i;
                }
            }

            return -1;
        }

        public static byte[] Repeat(byte value, int count)
        {
            byte[] bytes = new byte[count];
            for (int i = 0; i < count; i++)
            {
                bytes[i] = value;
            }

            return bytes;
        }

        private static int Digit(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            return c >= 'a' ? c - 'a' + 10 : c - 'A' + 10;
        }
    }
}
