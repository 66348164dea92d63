namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// Reads one flat JSON object (string, integer, true/false/null members). Anything else, including
    /// nested values, fractions, trailing text, unpaired surrogate escapes and U+0000 (a string on the
    /// board ends at it), is refused. It reads the UTF-8 bytes as they arrived, one pass and no copies:
    /// on the interpreter every instruction counts, and a chat message is read on every send.
    /// </summary>
    public static class JsonReader
    {
        // Boxed once: Array.IndexOf compares boxed values, and a byte must be compared with a byte.
        private static readonly object Quote = (byte)'"';
        private static readonly object Backslash = (byte)'\\';

        /// <summary>The object, or null when the text is not a flat JSON object.</summary>
        public static JsonObject ParseObject(string text)
        {
            byte[] utf8 = Utf8.Encode(text);
            return ParseObject(utf8, 0, utf8.Length);
        }

        /// <summary>
        /// The object in <paramref name="utf8"/>[offset..offset+count), which must be valid UTF-8
        /// (<see cref="Utf8.IsValid"/>), or null when it is not a flat JSON object. The object refers
        /// to the bytes: keep them unchanged while it is used.
        /// </summary>
        public static JsonObject ParseObject(byte[] utf8, int offset, int count)
        {
            return ParseObject(utf8, offset, count, true);
        }

        /// <summary>
        /// The same; <paramref name="mayHoldControls"/> false when the caller knows that no byte is below
        /// 0x20 (<see cref="Utf8.IsValid(byte[], int, int, out bool)"/>): a string without escapes is then
        /// found by the platform's native search instead of a managed loop over every byte.
        /// </summary>
        public static JsonObject ParseObject(byte[] utf8, int offset, int count, bool mayHoldControls)
        {
            JsonObject result = new JsonObject(utf8);
            return Parse(utf8, offset, count, !mayHoldControls, result) ? result : null;
        }

        private static bool Parse(byte[] utf8, int offset, int count, bool searchNatively, JsonObject result)
        {
            int end = offset + count;
            int position = SkipSpace(utf8, offset, end);
            if (Peek(utf8, position, end) != '{')
            {
                return false;
            }

            position = SkipSpace(utf8, position + 1, end);
            if (Peek(utf8, position, end) == '}')
            {
                return SkipSpace(utf8, position + 1, end) == end;
            }

            while (true)
            {
                position = SkipSpace(utf8, position, end);
                int nameStart = position + 1;
                int flags;
                position = ReadString(utf8, position, end, searchNatively, out flags);
                if (position < 0)
                {
                    return false;
                }

                int nameLength = position - 1 - nameStart;
                position = SkipSpace(utf8, position, end);
                if (Peek(utf8, position, end) != ':')
                {
                    return false;
                }

                position = SkipSpace(utf8, position + 1, end);
                int valueStart = position;
                int kind;
                position = ReadValue(utf8, position, end, searchNatively, out kind);
                if (position < 0)
                {
                    return false;
                }

                bool isString = (kind & 0xF) == JsonObject.KindString;
                if (!result.Set(nameStart, nameLength, flags != 0, kind, isString ? valueStart + 1 : valueStart, isString ? position - valueStart - 2 : position - valueStart))
                {
                    return false;
                }

                position = SkipSpace(utf8, position, end);
                int next = Peek(utf8, position, end);
                position++;
                if (next == '}')
                {
                    return SkipSpace(utf8, position, end) == end;
                }

                if (next != ',')
                {
                    return false;
                }
            }
        }

        /// <summary>
        /// The UTF-8 a string's content stands for (the bytes between its quotes, already checked by
        /// <see cref="Parse"/>), in a new array of at least <paramref name="length"/> bytes: an escape is
        /// never shorter than what it stands for.
        /// </summary>
        internal static byte[] Unescape(byte[] utf8, int start, int length, out int decodedLength)
        {
            byte[] decoded = new byte[length];
            int n = 0;
            int end = start + length;
            int high = 0;
            for (int i = start; i < end; i++)
            {
                int b = utf8[i];
                if (b != '\\')
                {
                    decoded[n++] = (byte)b;
                    continue;
                }

                int unit = Unescaped(utf8, ref i, end);
                if (unit >= 0xD800 && unit <= 0xDBFF)
                {
                    high = unit;
                    continue;
                }

                int codePoint = high != 0 ? 0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00) : unit;
                high = 0;
                n = WriteCodePoint(codePoint, decoded, n);
            }

            decodedLength = n;
            return decoded;
        }

        /// <summary>After the opening quote at <paramref name="position"/>: the position after the closing quote, or -1.</summary>
        private static int ReadString(byte[] utf8, int position, int end, bool searchNatively, out int flags)
        {
            flags = 0;
            if (Peek(utf8, position, end) != '"')
            {
                return -1;
            }

            if (searchNatively)
            {
                // No control byte anywhere (the caller checked): a string without a backslash before
                // its closing quote is whole and plain. Otherwise it is read byte by byte below.
                int quote = System.Array.IndexOf(utf8, Quote, position + 1, end - position - 1);
                if (quote > 0 && System.Array.IndexOf(utf8, Backslash, position + 1, quote - position - 1) < 0)
                {
                    return quote + 1;
                }
            }

            // A high surrogate escape waits for its low half: checked here, because a string on the
            // board cannot hold an unpaired one (it turns into U+FFFD) to be checked afterwards.
            bool highPending = false;
            position++;
            while (position < end)
            {
                int b = utf8[position++];
                if (b == '"')
                {
                    return highPending ? -1 : position;
                }

                if (b < 0x20)
                {
                    return -1;
                }

                if (b != '\\')
                {
                    // Raw UTF-8: never a surrogate, so never the low half of a pending escape.
                    if (highPending)
                    {
                        return -1;
                    }

                    continue;
                }

                flags = JsonObject.Escaped;
                int escapeAt = position - 1;
                int unit = Unescaped(utf8, ref escapeAt, end);
                // Not an escape, or \u0000.
                if (unit <= 0 || highPending != (unit >= 0xDC00 && unit <= 0xDFFF))
                {
                    return -1;
                }

                highPending = unit >= 0xD800 && unit <= 0xDBFF;
                position = escapeAt + 1;
            }

            return -1;
        }

        /// <summary>The UTF-16 unit of the escape whose backslash is at <paramref name="i"/> (left on its last byte), or -1.</summary>
        private static int Unescaped(byte[] utf8, ref int i, int end)
        {
            if (i + 1 >= end)
            {
                return -1;
            }

            int escape = utf8[++i];
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
                    if (i + 4 >= end)
                    {
                        return -1;
                    }

                    int unit = 0;
                    for (int k = 1; k <= 4; k++)
                    {
                        int digit = Hex.Value((char)utf8[i + k]);
                        if (digit < 0)
                        {
                            return -1;
                        }

                        unit = (unit << 4) | digit;
                    }

                    i += 4;
                    return unit;
                default:
                    return -1;
            }
        }

        /// <summary>The position after the value at <paramref name="position"/>, or -1; its kind in <paramref name="kind"/>.</summary>
        private static int ReadValue(byte[] utf8, int position, int end, bool searchNatively, out int kind)
        {
            kind = 0;
            int c = Peek(utf8, position, end);
            if (c == '"')
            {
                int flags;
                position = ReadString(utf8, position, end, searchNatively, out flags);
                kind = JsonObject.KindString | flags;
                return position;
            }

            if (c == '-' || (c >= '0' && c <= '9'))
            {
                kind = JsonObject.KindInteger;
                return ReadInteger(utf8, position, end);
            }

            if (Literal(utf8, position, end, "true"))
            {
                kind = JsonObject.KindTrue;
                return position + 4;
            }

            if (Literal(utf8, position, end, "false"))
            {
                kind = JsonObject.KindFalse;
                return position + 5;
            }

            kind = JsonObject.KindNull;
            return Literal(utf8, position, end, "null") ? position + 4 : -1;
        }

        private static int ReadInteger(byte[] utf8, int position, int end)
        {
            if (Peek(utf8, position, end) == '-')
            {
                position++;
            }

            int first = position;
            while (position < end && utf8[position] >= '0' && utf8[position] <= '9')
            {
                position++;
            }

            int digits = position - first;
            int after = Peek(utf8, position, end);
            // 17 digits stay far inside long and cover every millisecond timestamp and id. RFC 8259: no
            // leading zeros ("007" is not a number; other parsers would read it otherwise).
            if (digits == 0 || digits > 17 || (digits > 1 && utf8[first] == '0') || after == '.' || after == 'e' || after == 'E')
            {
                return -1;
            }

            return position;
        }

        private static bool Literal(byte[] utf8, int position, int end, string literal)
        {
            char[] chars = literal.ToCharArray();
            if (position + chars.Length > end)
            {
                return false;
            }

            for (int i = 0; i < chars.Length; i++)
            {
                if (utf8[position + i] != chars[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static int WriteCodePoint(int codePoint, byte[] target, int n)
        {
            if (codePoint < 0x80)
            {
                target[n++] = (byte)codePoint;
            }
            else if (codePoint < 0x800)
            {
                target[n++] = (byte)(0xC0 | (codePoint >> 6));
                target[n++] = (byte)(0x80 | (codePoint & 0x3F));
            }
            else if (codePoint < 0x10000)
            {
                target[n++] = (byte)(0xE0 | (codePoint >> 12));
                target[n++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                target[n++] = (byte)(0x80 | (codePoint & 0x3F));
            }
            else
            {
                target[n++] = (byte)(0xF0 | (codePoint >> 18));
                target[n++] = (byte)(0x80 | ((codePoint >> 12) & 0x3F));
                target[n++] = (byte)(0x80 | ((codePoint >> 6) & 0x3F));
                target[n++] = (byte)(0x80 | (codePoint & 0x3F));
            }

            return n;
        }

        private static int Peek(byte[] utf8, int position, int end)
        {
            return position < end ? utf8[position] : -1;
        }

        private static int SkipSpace(byte[] utf8, int position, int end)
        {
            while (position < end)
            {
                int c = utf8[position];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    return position;
                }

                position++;
            }

            return position;
        }
    }
}
