namespace ChatFirmware.Core.Text
{
    /// <summary>Lower-case hexadecimal, used for session tokens and ETags.</summary>
    public static class Hex
    {
        /// <summary>The digit of each value 0..15.</summary>
        private static readonly char[] Digits = "0123456789abcdef".ToCharArray();

        public static string Encode(byte[] bytes, int offset, int count)
        {
            char[] chars = new char[count * 2];
            for (int i = 0; i < count; i++)
            {
                int b = bytes[offset + i];
                chars[2 * i] = Digits[b >> 4];
                chars[(2 * i) + 1] = Digits[b & 0xF];
            }

            return new string(chars);
        }

        /// <summary>Decodes exactly <paramref name="byteCount"/> bytes of hex, or returns null on any other input.</summary>
        public static byte[] Decode(string text, int byteCount)
        {
            if (text == null || text.Length != byteCount * 2)
            {
                return null;
            }

            char[] chars = text.ToCharArray();
            byte[] bytes = new byte[byteCount];
            for (int i = 0; i < byteCount; i++)
            {
                int high = Value(chars[2 * i]);
                int low = Value(chars[(2 * i) + 1]);
                if (high < 0 || low < 0)
                {
                    return null;
                }

                bytes[i] = (byte)((high << 4) | low);
            }

            return bytes;
        }

        /// <summary>The value of one hex digit, or -1.</summary>
        internal static int Value(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
