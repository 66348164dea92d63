using System.Text;

namespace ChatFirmware.UnitTests
{
    /// <summary>String helpers nanoFramework's String lacks (no Replace, no Join, no repeat).</summary>
    public static class Strings
    {
        public static string Repeat(string unit, int count)
        {
            StringBuilder text = new StringBuilder(unit.Length * count);
            for (int i = 0; i < count; i++)
            {
                text.Append(unit);
            }

            return text.ToString();
        }

        /// <summary>How often <paramref name="needle"/> occurs in <paramref name="text"/> (without overlaps).</summary>
        public static int Count(string text, string needle)
        {
            int count = 0;
            int at = text.IndexOf(needle);
            while (at >= 0)
            {
                count++;
                at = text.IndexOf(needle, at + needle.Length);
            }

            return count;
        }

        /// <summary>The text between the first <paramref name="before"/> and the next <paramref name="after"/>, or null.</summary>
        public static string Between(string text, string before, string after)
        {
            int start = text.IndexOf(before);
            if (start < 0)
            {
                return null;
            }

            start += before.Length;
            int end = text.IndexOf(after, start);
            return end < 0 ? null : text.Substring(start, end - start);
        }

        /// <summary>application/x-www-form-urlencoded encoding of one value (UTF-8, unreserved bytes kept, space as +).</summary>
        public static string FormEncode(string value)
        {
            const string Digits = "0123456789ABCDEF";
            byte[] bytes = Bytes.Utf8(value);
            StringBuilder encoded = new StringBuilder(bytes.Length * 3);
            for (int i = 0; i < bytes.Length; i++)
            {
                int b = bytes[i];
                if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '-' || b == '_' || b == '.' || b == '*')
                {
                    encoded.Append((char)b);
                }
                else if (b == ' ')
                {
                    encoded.Append('+');
                }
                else
                {
                    encoded.Append('%');
                    encoded.Append(Digits[b >> 4]);
                    encoded.Append(Digits[b & 0xF]);
                }
            }

            return encoded.ToString();
        }

        /// <summary>A form body from name/value pairs: { "name", "alice", "email", "a@b.c" }.</summary>
        public static string Form(string[] pairs)
        {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i + 1 < pairs.Length; i += 2)
            {
                if (body.Length > 0)
                {
                    body.Append('&');
                }

                body.Append(FormEncode(pairs[i]));
                body.Append('=');
                body.Append(FormEncode(pairs[i + 1]));
            }

            return body.ToString();
        }
    }
}
