using System.Text;

namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// The skeleton of a name: what it looks like, reduced so that two names that look alike on a
    /// screen have the same skeleton (after Unicode's UTS #39 skeleton, over the scripts the case fold
    /// covers: Latin, Greek, Cyrillic; docs/accounts.md). Invisible code points and combining marks
    /// are dropped, runs of blanks become one space, full-width and mathematical letters become ASCII,
    /// accents are taken off Latin-1, Latin Extended-A, Greek and Cyrillic letters, Greek and Cyrillic
    /// letters that look Latin become that Latin letter (upper and lower case apart, before folding),
    /// as do I, 1 and | (all l) and 0 (O); then case is folded and m is written rn, d cl. Names are
    /// unique without regard to case, so two names are alike when either skeleton matches: the one
    /// above, and the one of the case-folded name (where "ΑDMIN" with a Greek capital alpha meets "admin").
    /// </summary>
    public static class Confusables
    {
        /// <summary>Base letters of U+00C0..U+00FF (unchanged where none looks like a plain letter).</summary>
        private const string Latin1Bases = "AAAAAA\u00c6CEEEEIIIIDNOOOOO\u00d7OUUUUY\u00de\u00dfaaaaaa\u00e6ceeeeiiii\u00f0nooooo\u00f7ouuuuy\u00fey";

        /// <summary>Base letters of U+0100..U+017F (Latin Extended-A).</summary>
        private const string LatinExtendedABases = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\u0132\u0133JjKkkLlLlLlLlLlNnNnNnn\u014a\u014bOoOoOo\u0152\u0153RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzf";

        public static string Skeleton(string text)
        {
            return Skeleton(text, false);
        }

        /// <summary>The skeleton of the name with its case folded first.</summary>
        public static string FoldedSkeleton(string text)
        {
            return Skeleton(text, true);
        }

        private static string Skeleton(string text, bool foldFirst)
        {
            char[] chars = text.ToCharArray();
            char[] latin1 = Latin1Bases.ToCharArray();
            char[] extendedA = LatinExtendedABases.ToCharArray();
            StringBuilder skeleton = new StringBuilder(chars.Length + 8);
            bool blank = false;
            int i = 0;
            while (i < chars.Length)
            {
                int width;
                int cp = CodePoints.Read(chars, i, out width);
                i += width;
                if (CodePoints.IsDefaultIgnorable(cp) || CodePoints.IsCombiningMark(cp))
                {
                    continue;
                }

                if (CodePoints.IsBlank(cp))
                {
                    blank = skeleton.Length > 0;
                    continue;
                }

                if (blank)
                {
                    skeleton.Append(' ');
                    blank = false;
                }

                cp = Compatible(cp);
                if (cp > 0xFFFF)
                {
                    skeleton.Append((char)(0xD800 + ((cp - 0x10000) >> 10))).Append((char)(0xDC00 + ((cp - 0x10000) & 0x3FF)));
                    continue;
                }

                char c = (char)cp;
                if (c >= 0xC0 && c <= 0xFF)
                {
                    c = latin1[c - 0xC0];
                }
                else if (c >= 0x100 && c <= 0x17F)
                {
                    c = extendedA[c - 0x100];
                }

                c = WithoutTonos(c);
                c = TextRules.FoldChar(LatinLookAlike(foldFirst ? TextRules.FoldChar(c) : c));
                if (c == 'm')
                {
                    skeleton.Append("rn");
                }
                else if (c == 'd')
                {
                    skeleton.Append("cl");
                }
                else
                {
                    skeleton.Append(c);
                }
            }

            return skeleton.ToString();
        }

        /// <summary>Full-width ASCII, mathematical letters and digits, the Kelvin and Angstrom signs: their plain forms.</summary>
        private static int Compatible(int cp)
        {
            if (cp >= 0xFF01 && cp <= 0xFF5E)
            {
                return cp - 0xFEE0;
            }

            if (cp >= 0x1D400 && cp <= 0x1D6A3)
            {
                int letter = (cp - 0x1D400) % 52;
                return letter < 26 ? 'A' + letter : 'a' + letter - 26;
            }

            if (cp >= 0x1D7CE && cp <= 0x1D7FF)
            {
                return '0' + ((cp - 0x1D7CE) % 10);
            }

            return cp == 0x212A ? 'K' : (cp == 0x212B ? 0xC5 : cp);
        }

        /// <summary>Greek letters with tonos or dialytika, and Cyrillic Ё, Ї, Й: the letter without it.</summary>
        private static char WithoutTonos(char c)
        {
            switch (c)
            {
                case '\u0386': return '\u0391';
                case '\u0388': return '\u0395';
                case '\u0389': return '\u0397';
                case '\u038a': case '\u03aa': return '\u0399';
                case '\u038c': return '\u039f';
                case '\u038e': case '\u03ab': return '\u03a5';
                case '\u038f': return '\u03a9';
                case '\u03ac': return '\u03b1';
                case '\u03ad': return '\u03b5';
                case '\u03ae': return '\u03b7';
                case '\u03af': case '\u0390': case '\u03ca': return '\u03b9';
                case '\u03cc': return '\u03bf';
                case '\u03cd': case '\u03b0': case '\u03cb': return '\u03c5';
                case '\u03ce': return '\u03c9';
                case '\u0401': return '\u0415';
                case '\u0451': return '\u0435';
                case '\u0407': return '\u0406';
                case '\u0457': return '\u0456';
                case '\u0419': return '\u0418';
                case '\u0439': return '\u0438';
                default: return c;
            }
        }

        /// <summary>The Latin letter (or digit) a character is drawn like, case kept; the character itself when none.</summary>
        private static char LatinLookAlike(char c)
        {
            switch (c)
            {
                // Latin and digits that are drawn alike.
                case 'I': case '1': case '|': case '\u01c0': case '\u2113': return 'l';
                case '0': return 'O';
                case '\u0131': case '\u0269': return 'i';
                case '\u0237': return 'j';
                case '\u0251': return 'a';
                case '\u0261': return 'g';

                // Greek capitals.
                case '\u0391': return 'A';
                case '\u0392': return 'B';
                case '\u0395': return 'E';
                case '\u0396': return 'Z';
                case '\u0397': return 'H';
                case '\u0399': return 'l';
                case '\u039a': return 'K';
                case '\u039c': return 'M';
                case '\u039d': return 'N';
                case '\u039f': return 'O';
                case '\u03a1': return 'P';
                case '\u03a4': return 'T';
                case '\u03a5': return 'Y';
                case '\u03a7': return 'X';

                // Greek small letters.
                case '\u03b1': return 'a';
                case '\u03b3': return 'y';
                case '\u03b9': return 'i';
                case '\u03ba': return 'k';
                case '\u03bd': return 'v';
                case '\u03bf': return 'o';
                case '\u03c1': return 'p';
                case '\u03c5': return 'u';
                case '\u03c7': return 'x';
                case '\u03f2': return 'c';
                case '\u03f3': return 'j';

                // Cyrillic capitals.
                case '\u0405': return 'S';
                case '\u0406': case '\u04c0': return 'l';
                case '\u0408': return 'J';
                case '\u0410': return 'A';
                case '\u0412': return 'B';
                case '\u0415': return 'E';
                case '\u0417': return '3';
                case '\u041a': return 'K';
                case '\u041c': return 'M';
                case '\u041d': return 'H';
                case '\u041e': return 'O';
                case '\u0420': return 'P';
                case '\u0421': return 'C';
                case '\u0422': return 'T';
                case '\u0423': case '\u04ae': return 'Y';
                case '\u0425': return 'X';
                case '\u04ba': return 'H';
                case '\u051a': return 'Q';
                case '\u051c': return 'W';

                // Cyrillic small letters.
                case '\u0430': return 'a';
                case '\u0433': return 'r';
                case '\u0435': return 'e';
                case '\u0437': return '3';
                case '\u043e': return 'o';
                case '\u043f': return 'n';
                case '\u0440': return 'p';
                case '\u0441': return 'c';
                case '\u0443': case '\u04af': return 'y';
                case '\u0445': return 'x';
                case '\u0455': return 's';
                case '\u0456': return 'i';
                case '\u0458': return 'j';
                case '\u04bb': return 'h';
                case '\u04cf': return 'l';
                case '\u0501': return 'd';
                case '\u051b': return 'q';
                case '\u051d': return 'w';
                default: return c;
            }
        }
    }
}
