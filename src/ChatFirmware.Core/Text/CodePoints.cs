namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// Character classes that names and messages are checked against. nanoFramework has no Unicode
    /// tables (no char.IsLetter, no normalization), so the classes are range tests written here, as code
    /// rather than arrays so that they cost no heap on the board. They cover what the rules need
    /// (docs/accounts.md): the invisible code points exactly (Unicode's Default_Ignorable_Code_Point),
    /// the combining marks of the common scripts, and the symbol and punctuation blocks.
    /// </summary>
    public static class CodePoints
    {
        // Boxed once, for Array.IndexOf (which compares boxed values): the first byte of every bidi control.
        private static readonly object BidiLead = (byte)0xE2;

        /// <summary>The code point at <paramref name="index"/> (a surrogate pair read whole); <paramref name="width"/> is 1 or 2.</summary>
        public static int Read(char[] chars, int index, out int width)
        {
            char c = chars[index];
            if (Utf8.IsHighSurrogate(c) && index + 1 < chars.Length && Utf8.IsLowSurrogate(chars[index + 1]))
            {
                width = 2;
                return 0x10000 + ((c - 0xD800) << 10) + (chars[index + 1] - 0xDC00);
            }

            width = 1;
            return c;
        }

        /// <summary>The code point that starts at <paramref name="index"/> of valid UTF-8; <paramref name="width"/> is its byte count.</summary>
        public static int Read(byte[] utf8, int index, out int width)
        {
            int b = utf8[index];
            if (b < 0x80)
            {
                width = 1;
                return b;
            }

            if (b < 0xE0)
            {
                width = 2;
                return ((b & 0x1F) << 6) | (utf8[index + 1] & 0x3F);
            }

            if (b < 0xF0)
            {
                width = 3;
                return ((b & 0x0F) << 12) | ((utf8[index + 1] & 0x3F) << 6) | (utf8[index + 2] & 0x3F);
            }

            width = 4;
            return ((b & 0x07) << 18) | ((utf8[index + 1] & 0x3F) << 12) | ((utf8[index + 2] & 0x3F) << 6) | (utf8[index + 3] & 0x3F);
        }

        /// <summary>True when some code point of valid UTF-8 text shows: not white space, not invisible (<see cref="IsBlank"/>).</summary>
        public static bool HasVisibleCharacter(byte[] utf8, int offset, int count)
        {
            int end = offset + count;
            int i = offset;
            while (i < end)
            {
                int width;
                if (!IsBlank(Read(utf8, i, out width)))
                {
                    return true;
                }

                i += width;
            }

            return false;
        }

        /// <summary>True when valid UTF-8 text holds a bidi embedding, override or isolate (<see cref="IsBidiControl"/>).</summary>
        public static bool HasBidiControl(byte[] utf8, int offset, int count)
        {
            // Every one is E2 80 AA-AE or E2 81 A6-A9: the platform's native search finds the lead byte,
            // so text without it (most text) is not decoded at all.
            int end = offset + count;
            int i = System.Array.IndexOf(utf8, BidiLead, offset, count);
            while (i >= 0)
            {
                if (IsBidiControl(0x2000 | ((utf8[i + 1] & 0x3F) << 6) | (utf8[i + 2] & 0x3F)))
                {
                    return true;
                }

                i = i + 3 < end ? System.Array.IndexOf(utf8, BidiLead, i + 3, end - i - 3) : -1;
            }

            return false;
        }

        /// <summary>Unicode's Default_Ignorable_Code_Point: drawn as nothing (zero-width, joiners, bidi controls, variation selectors, tags, fillers).</summary>
        public static bool IsDefaultIgnorable(int cp)
        {
            if (cp < 0x00AD)
            {
                return false;
            }

            return cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5
                || (cp >= 0x180B && cp <= 0x180F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x206F) || cp == 0x3164 || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF || cp == 0xFFA0
                || (cp >= 0xFFF0 && cp <= 0xFFF8) || (cp >= 0x1BCA0 && cp <= 0x1BCA3) || (cp >= 0x1D173 && cp <= 0x1D17A)
                || (cp >= 0xE0000 && cp <= 0xE0FFF);
        }

        /// <summary>The explicit bidi embeddings, overrides and isolates: they make text display in another order than it is stored ("Trojan Source").</summary>
        public static bool IsBidiControl(int cp)
        {
            return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
        }

        /// <summary>Emoji and text presentation selectors (VS15, VS16).</summary>
        public static bool IsPresentationSelector(int cp)
        {
            return cp == 0xFE0E || cp == 0xFE0F;
        }

        /// <summary>Nothing shows: white space, a default-ignorable code point, or the blank braille pattern.</summary>
        public static bool IsBlank(int cp)
        {
            return (cp < 0x10000 && TextRules.IsWhiteSpace((char)cp)) || IsDefaultIgnorable(cp) || cp == 0x2800;
        }

        /// <summary>
        /// Combining marks (they draw on the character before them) of the Latin, Greek, Cyrillic,
        /// Hebrew, Arabic, Indic, Thai and Lao scripts, and the generic combining blocks.
        /// </summary>
        public static bool IsCombiningMark(int cp)
        {
            if (cp < 0x0300)
            {
                return false;
            }

            if (cp >= 0x0900 && cp <= 0x0D7F)
            {
                // The Indic blocks share one layout (from ISCII): signs, nukta, vowel signs and virama sit at the same offsets.
                int offset = cp & 0x7F;
                return offset <= 0x03 || (offset >= 0x3A && offset <= 0x3C) || (offset >= 0x3E && offset <= 0x4F) || (offset >= 0x51 && offset <= 0x57) || offset == 0x62 || offset == 0x63;
            }

            return cp <= 0x036F || (cp >= 0x0483 && cp <= 0x0489) || (cp >= 0x0591 && cp <= 0x05BD) || cp == 0x05BF || cp == 0x05C1 || cp == 0x05C2
                || cp == 0x05C4 || cp == 0x05C5 || cp == 0x05C7 || (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670
                || (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) || cp == 0x06E7 || cp == 0x06E8 || (cp >= 0x06EA && cp <= 0x06ED)
                || (cp >= 0x08CA && cp <= 0x08FF) || (cp >= 0x0D81 && cp <= 0x0D83) || (cp >= 0x0DCA && cp <= 0x0DDF) || cp == 0x0E31
                || (cp >= 0x0E34 && cp <= 0x0E3A) || (cp >= 0x0E47 && cp <= 0x0E4E) || cp == 0x0EB1 || (cp >= 0x0EB4 && cp <= 0x0EBC)
                || (cp >= 0x0EC8 && cp <= 0x0ECE) || (cp >= 0x1AB0 && cp <= 0x1AFF) || (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF)
                || (cp >= 0x2DE0 && cp <= 0x2DFF) || (cp >= 0x302A && cp <= 0x302F) || cp == 0x3099 || cp == 0x309A || (cp >= 0xFE20 && cp <= 0xFE2F)
                || (cp >= 0x1D165 && cp <= 0x1D169) || (cp >= 0x1D16D && cp <= 0x1D172);
        }

        /// <summary>
        /// A letter or a digit of any script: every code point that is not white space, a control, a
        /// default-ignorable code point, a combining mark, or in a block of symbols, punctuation,
        /// emoji or private use (the list below).
        /// </summary>
        public static bool IsLetterOrDigit(int cp)
        {
            if (cp < 0x80)
            {
                return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
            }

            if (cp < 0xC0)
            {
                // Latin-1 punctuation and symbols, except the ordinal indicators, superscript digits and micro sign.
                return cp == 0xAA || cp == 0xB2 || cp == 0xB3 || cp == 0xB5 || cp == 0xB9 || cp == 0xBA;
            }

            return !IsBlank(cp) && !IsCombiningMark(cp) && !IsSymbolOrPunctuation(cp);
        }

        /// <summary>Symbols, punctuation, emoji and private use from U+00C0 on (Latin-1's lower half is decided above).</summary>
        private static bool IsSymbolOrPunctuation(int cp)
        {
            if (cp < 0x2000)
            {
                return cp == 0xD7 || cp == 0xF7 || (cp >= 0x02C2 && cp <= 0x02C5) || (cp >= 0x02D2 && cp <= 0x02DF) || (cp >= 0x02E5 && cp <= 0x02EB)
                    || cp == 0x02ED || (cp >= 0x02EF && cp <= 0x02FF) || cp == 0x0375 || cp == 0x037E || cp == 0x0384 || cp == 0x0385
                    || cp == 0x0387 || cp == 0x03F6 || cp == 0x0482 || (cp >= 0x055A && cp <= 0x055F) || (cp >= 0x0589 && cp <= 0x058F)
                    || cp == 0x05BE || cp == 0x05C0 || cp == 0x05C3 || cp == 0x05C6 || cp == 0x05F3 || cp == 0x05F4 || (cp >= 0x0600 && cp <= 0x060F)
                    || (cp >= 0x061B && cp <= 0x061F) || (cp >= 0x066A && cp <= 0x066D) || cp == 0x06D4 || cp == 0x06DD || cp == 0x06DE || cp == 0x06E9
                    || cp == 0x06FD || cp == 0x06FE || (cp >= 0x0700 && cp <= 0x070F) || cp == 0x0964 || cp == 0x0965 || cp == 0x0970
                    || cp == 0x0E3F || cp == 0x0E4F || cp == 0x0E5A || cp == 0x0E5B || cp == 0x10FB || (cp >= 0x1360 && cp <= 0x1368)
                    || cp == 0x166D || cp == 0x166E || cp == 0x169B || cp == 0x169C || (cp >= 0x16EB && cp <= 0x16ED) || (cp >= 0x17D4 && cp <= 0x17DA)
                    || (cp >= 0x1800 && cp <= 0x180A) || cp == 0x1FBD || (cp >= 0x1FBF && cp <= 0x1FC1) || (cp >= 0x1FCD && cp <= 0x1FCF)
                    || (cp >= 0x1FDD && cp <= 0x1FDF) || (cp >= 0x1FED && cp <= 0x1FEF) || cp == 0x1FFD || cp == 0x1FFE;
            }

            if (cp < 0x3040)
            {
                // General punctuation, super- and subscript signs, currency, letterlike and number forms, arrows,
                // mathematics, technical, enclosed alphanumerics, box drawing, shapes, dingbats, braille,
                // supplemental punctuation, CJK radicals and CJK punctuation (except the iteration and closing marks).
                return cp <= 0x206F || (cp >= 0x207A && cp <= 0x207E) || (cp >= 0x208A && cp <= 0x208E) || (cp >= 0x20A0 && cp <= 0x214F)
                    || (cp >= 0x2190 && cp <= 0x2BFF) || (cp >= 0x2CE5 && cp <= 0x2CEA) || (cp >= 0x2CF9 && cp <= 0x2CFF) || cp == 0x2D70
                    || (cp >= 0x2E00 && cp <= 0x2FFF) || (cp >= 0x3000 && cp <= 0x3004) || (cp >= 0x3008 && cp <= 0x3020) || cp == 0x3030
                    || cp == 0x3036 || cp == 0x3037 || (cp >= 0x303D && cp <= 0x303F);
            }

            return cp == 0x309B || cp == 0x309C || cp == 0x30A0 || cp == 0x30FB || (cp >= 0x3190 && cp <= 0x319F) || (cp >= 0x31C0 && cp <= 0x31EF)
                || (cp >= 0x3200 && cp <= 0x33FF) || (cp >= 0x4DC0 && cp <= 0x4DFF) || (cp >= 0xA490 && cp <= 0xA4C6) || cp == 0xA4FE || cp == 0xA4FF
                || (cp >= 0xA60D && cp <= 0xA60F) || (cp >= 0xA700 && cp <= 0xA716) || cp == 0xA720 || cp == 0xA721 || cp == 0xA789 || cp == 0xA78A
                || (cp >= 0xE000 && cp <= 0xF8FF) || cp == 0xFB29 || cp == 0xFD3E || cp == 0xFD3F || (cp >= 0xFDFC && cp <= 0xFDFF)
                || (cp >= 0xFE10 && cp <= 0xFE19) || (cp >= 0xFE30 && cp <= 0xFE6F) || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || (cp >= 0xFFE0 && cp <= 0xFFEE) || (cp >= 0xFFF9 && cp <= 0xFFFF)
                || (cp >= 0x1D000 && cp <= 0x1D24F) || (cp >= 0x1D300 && cp <= 0x1D35F) || (cp >= 0x1F000 && cp <= 0x1FBFF) || cp >= 0xF0000;
        }
    }
}
