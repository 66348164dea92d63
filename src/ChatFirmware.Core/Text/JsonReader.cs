using System.Text;

namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// Reads one flat JSON object (string, integer, true/false/null members). Anything else, including
    /// nested values, fractions, trailing text or unpaired surrogate escapes, is refused with null.
    /// </summary>
    public static class JsonReader
    {
        /// <summary>The object, or null when the text is not a flat JSON object.</summary>
        public static JsonObject ParseObject(string text)
        {
            int position = 0;
            JsonObject result = new JsonObject();
            SkipSpace(text, ref position);
            if (!Expect(text, ref position, '{'))
            {
                return null;
            }

            SkipSpace(text, ref position);
            if (Peek(text, position) == '}')
            {
                position++;
                return AtEnd(text, position) ? result : null;
            }

            while (true)
            {
                SkipSpace(text, ref position);
                string name = ReadString(text, ref position);
                if (name == null)
                {
                    return null;
                }

                SkipSpace(text, ref position);
                if (!Expect(text, ref position, ':'))
                {
                    return null;
                }

                SkipSpace(text, ref position);
                object value;
                if (!ReadValue(text, ref position, out value) || !result.Set(name, value))
                {
                    return null;
                }

                SkipSpace(text, ref position);
                char next = Peek(text, position);
                position++;
                if (next == '}')
                {
                    return AtEnd(text, position) ? result : null;
                }

                if (next != ',')
                {
                    return null;
                }
            }
        }

        private static bool ReadValue(string text, ref int position, out object value)
        {
            value = null;
            char c = Peek(text, position);
            if (c == '"')
            {
                string s = ReadString(text, ref position);
                value = s;
                return s != null;
            }

            if (c == '-' || (c >= '0' && c <= '9'))
            {
                long number;
                if (!ReadInteger(text, ref position, out number))
                {
                    return false;
                }

                value = number;
                return true;
            }

            if (Literal(text, ref position, "true"))
            {
                value = true;
                return true;
            }

            if (Literal(text, ref position, "false"))
            {
                value = false;
                return true;
            }

            return Literal(text, ref position, "null");
        }

        private static bool ReadInteger(string text, ref int position, out long value)
        {
            value = 0;
            bool negative = false;
            if (Peek(text, position) == '-')
            {
                negative = true;
                position++;
            }

            int digits = 0;
            int first = position;
            while (position < text.Length && text[position] >= '0' && text[position] <= '9')
            {
                // 17 digits stay far inside long and cover every millisecond timestamp and id.
                if (++digits > 17)
                {
                    return false;
                }

                value = (value * 10) + (text[position] - '0');
                position++;
            }

            char after = Peek(text, position);
            // RFC 8259: no leading zeros ("007" is not a number; other parsers would read it otherwise).
            if (digits == 0 || (digits > 1 && text[first] == '0') || after == '.' || after == 'e' || after == 'E')
            {
                return false;
            }

            if (negative)
            {
                value = -value;
            }

            return true;
        }

        private static string ReadString(string text, ref int position)
        {
            if (!Expect(text, ref position, '"'))
            {
                return null;
            }

            StringBuilder builder = new StringBuilder();
            while (position < text.Length)
            {
                char c = text[position++];
                if (c == '"')
                {
                    return TextRules.HasOnlyPairedSurrogates(builder.ToString()) ? builder.ToString() : null;
                }

                if (c < 0x20)
                {
                    return null;
                }

                if (c != '\\')
                {
                    builder.Append(c);
                    continue;
                }

                if (position >= text.Length)
                {
                    return null;
                }

                char escape = text[position++];
                switch (escape)
                {
                    case '"':
                    case '\\':
                    case '/':
                        builder.Append(escape);
                        break;
                    case 'b':
                        builder.Append('\b');
                        break;
                    case 'f':
                        builder.Append('\f');
                        break;
                    case 'n':
                        builder.Append('\n');
                        break;
                    case 'r':
                        builder.Append('\r');
                        break;
                    case 't':
                        builder.Append('\t');
                        break;
                    case 'u':
                        int code = ReadHex4(text, position);
                        if (code < 0)
                        {
                            return null;
                        }

                        builder.Append((char)code);
                        position += 4;
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        private static int ReadHex4(string text, int position)
        {
            if (position + 4 > text.Length)
            {
                return -1;
            }

            byte[] pair = Hex.Decode(text.Substring(position, 4), 2);
            return pair == null ? -1 : (pair[0] << 8) | pair[1];
        }

        private static bool Literal(string text, ref int position, string literal)
        {
            if (position + literal.Length > text.Length || text.Substring(position, literal.Length) != literal)
            {
                return false;
            }

            position += literal.Length;
            return true;
        }

        private static bool Expect(string text, ref int position, char c)
        {
            if (Peek(text, position) != c)
            {
                return false;
            }

            position++;
            return true;
        }

        private static char Peek(string text, int position)
        {
            return position < text.Length ? text[position] : '\0';
        }

        private static void SkipSpace(string text, ref int position)
        {
            while (position < text.Length)
            {
                char c = text[position];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return;
                }

                position++;
            }
        }

        private static bool AtEnd(string text, int position)
        {
            SkipSpace(text, ref position);
            return position == text.Length;
        }
    }
}
