namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// Character-level checks that nanoFramework's String and Char lack (no IsWhiteSpace, no
    /// IsControl, no code-point counting).
    /// </summary>
    public static class TextRules
    {
        /// <summary>Unicode code points in the text; a surrogate pair counts once.</summary>
        public static int CountCodePoints(string text)
        {
            char[] chars = text.ToCharArray();
            int count = 0;
            int length = chars.Length;
            for (int i = 0; i < length; i++)
            {
                if (Utf8.IsHighSurrogate(chars[i]) && i + 1 < length && Utf8.IsLowSurrogate(chars[i + 1]))
                {
                    i++;
                }

                count++;
            }

            return count;
        }

        /// <summary>C0 and C1 controls and DEL.</summary>
        public static bool IsControl(char c)
        {
            return c < 0x20 || (c >= 0x7F && c <= 0x9F);
        }

        /// <summary>True when every surrogate in the text is part of a pair.</summary>
        public static bool HasOnlyPairedSurrogates(string text)
        {
            char[] chars = text.ToCharArray();
            int length = chars.Length;
            for (int i = 0; i < length; i++)
            {
                char c = chars[i];
                if (Utf8.IsHighSurrogate(c))
                {
                    if (i + 1 >= length || !Utf8.IsLowSurrogate(chars[i + 1]))
                    {
                        return false;
                    }

                    i++;
                }
                else if (Utf8.IsLowSurrogate(c))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>The Unicode White_Space characters (what .NET's char.IsWhiteSpace accepts).</summary>
        public static bool IsWhiteSpace(char c)
        {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A)
                || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
        }

        /// <summary>Trim that also removes non-ASCII spaces (nanoFramework's Trim only knows ASCII white space).</summary>
        public static string TrimSpaces(string text)
        {
            char[] chars = text.ToCharArray();
            int start = 0;
            int end = chars.Length;
            while (start < end && IsWhiteSpace(chars[start]))
            {
                start++;
            }

            while (end > start && IsWhiteSpace(chars[end - 1]))
            {
                end--;
            }

            return start == 0 && end == chars.Length ? text : new string(chars, start, end - start);
        }

        /// <summary>
        /// Case folding from a fixed table (ASCII, Latin-1, Greek, Cyrillic) rather than the platform's
        /// ToLower, whose coverage differs between nanoFramework and .NET: uniqueness of names must not
        /// depend on which host runs the core.
        /// </summary>
        public static string FoldCase(string text)
        {
            char[] chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = FoldChar(chars[i]);
            }

            return new string(chars);
        }

        /// <summary>One character of <see cref="FoldCase"/>.</summary>
        public static char FoldChar(char c)
        {
            if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) || (c >= 0x410 && c <= 0x42F))
            {
                return (char)(c + 32);
            }

            if (c >= 0x400 && c <= 0x40F)
            {
                return (char)(c + 80);
            }

            return c;
        }
    }
}
