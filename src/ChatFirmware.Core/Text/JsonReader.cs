using System.Text;

namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// Reads one flat JSON object (string, integer, true/false/null members). Anything else, including
    /// nested values, fractions, trailing text, unpaired surrogate escapes and U+0000 (a string on the
    /// board ends at it), is refused with null. Reads the text's chars, never the string's indexer
    /// (<see cref="TextScan"/>).
    /// </summary>
    public static class JsonReader
    {
        /// <summary>The object, or null when the text is not a flat JSON object.</summary>
        public static JsonObject ParseObject(string text)
        {
            char[] chars = text.ToCharArray();
            int position = 0;
            JsonObject result = new JsonObject();
            SkipSpace(chars, ref position);
            if (!Expect(chars, ref position, '{'))
            {
                return null;
            }

            SkipSpace(chars, ref position);
            if (Peek(chars, position) == '}')
            {
                position++;
                return AtEnd(chars, position) ? result : null;
            }

            while (true)
            {
                SkipSpace(chars, ref position);
                string name = ReadString(chars, ref position);
                if (name == null)
                {
                    return null;
                }

                SkipSpace(chars, ref position);
                if (!Expect(chars, ref position, ':'))
                {
                    return null;
                }

                SkipSpace(chars, ref position);
                object value;
                if (!ReadValue(chars, ref position, out value) || !result.Set(name, value))
                {
                    return null;
                }

                SkipSpace(chars, ref position);
                char next = Peek(chars, position);
                position++;
                if (next == '}')
                {
                    return AtEnd(chars, position) ? result : null;
                }

                if (next != ',')
                {
                    return null;
                }
            }
        }

        private static bool ReadValue(char[] chars, ref int position, out object value)
        {
            value = null;
            char c = Peek(chars, position);
            if (c == '"')
            {
                string s = ReadString(chars, ref position);
                value = s;
                return s != null;
            }

            if (c == '-' || (c >= '0' && c <= '9'))
            {
                long number;
                if (!ReadInteger(chars, ref position, out number))
                {
                    return false;
                }

                value = number;
                return true;
            }

            if (Literal(chars, ref position, "true"))
            {
                value = true;
                return true;
            }

            if (Literal(chars, ref position, "false"))
            {
                value = false;
                return true;
            }

            return Literal(chars, ref position, "null");
        }

        private static bool ReadInteger(char[] chars, ref int position, out long value)
        {
            value = 0;
            bool negative = false;
            if (Peek(chars, position) == '-')
            {
                negative = true;
                position++;
            }

            int digits = 0;
            int first = position;
            while (position < chars.Length && chars[position] >= '0' && chars[position] <= '9')
            {
                // 17 digits stay far inside long and cover every millisecond timestamp and id.
                if (++digits > 17)
                {
                    return false;
                }

                value = (value * 10) + (chars[position] - '0');
                position++;
            }

            char after = Peek(chars, position);
            // RFC 8259: no leading zeros ("007" is not a number; other parsers would read it otherwise).
            if (digits == 0 || (digits > 1 && chars[first] == '0') || after == '.' || after == 'e' || after == 'E')
            {
                return false;
            }

            if (negative)
            {
                value = -value;
            }

            return true;
        }

        private static string ReadString(char[] chars, ref int position)
        {
            if (!Expect(chars, ref position, '"'))
            {
                return null;
            }

            StringBuilder builder = new StringBuilder();
            // A high surrogate waits for its low half: checked here, because a string on the board
            // cannot hold an unpaired one (it turns into U+FFFD) to be checked afterwards.
            bool highPending = false;
            while (position < chars.Length)
            {
                char c = chars[position++];
                if (c == '"')
                {
                    return highPending ? null : builder.ToString();
                }

                if (c < 0x20)
                {
                    return null;
                }

                if (c == '\\')
                {
                    if (position >= chars.Length)
                    {
                        return null;
                    }

                    int unescaped = Unescape(chars, ref position);
                    if (unescaped <= 0)
                    {
                        // Not an escape, or \u0000.
                        return null;
                    }

                    c = (char)unescaped;
                }

                if (highPending != Utf8.IsLowSurrogate(c))
                {
                    return null;
                }

                highPending = Utf8.IsHighSurrogate(c);
                builder.Append(c);
            }

            return null;
        }

        /// <summary>The char an escape stands for (position after the backslash), or -1.</summary>
        private static int Unescape(char[] chars, ref int position)
        {
            char escape = chars[position++];
            switch (escape)
            {
                case '"':
                case '\\':
                case '/':
                    return escape;
                case 'b':
                    return '\b';
                case 'f':
                    return '\f';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'u':
                    int code = ReadHex4(chars, position);
                    position += 4;
                    return code;
                default:
                    return -1;
            }
        }

        private static int ReadHex4(char[] chars, int position)
        {
            if (position + 4 > chars.Length)
            {
                return -1;
            }

            byte[] pair = Hex.Decode(new string(chars, position, 4), 2);
            return pair == null ? -1 : (pair[0] << 8) | pair[1];
        }

        private static bool Literal(char[] chars, ref int position, string literal)
        {
            if (position + literal.Length > chars.Length || new string(chars, position, literal.Length) != literal)
            {
                return false;
            }

            position += literal.Length;
            return true;
        }

        private static bool Expect(char[] chars, ref int position, char c)
        {
            if (Peek(chars, position) != c)
            {
                return false;
            }

            position++;
            return true;
        }

        private static char Peek(char[] chars, int position)
        {
            return position < chars.Length ? chars[position] : '\0';
        }

        private static void SkipSpace(char[] chars, ref int position)
        {
            while (position < chars.Length)
            {
                char c = chars[position];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                position++;
            }
        }

        private static bool AtEnd(char[] chars, int position)
        {
            SkipSpace(chars, ref position);
            return position == chars.Length;
        }
    }
}
