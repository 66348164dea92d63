namespace ChatFirmware.Core.Text
{
    /// <summary>
    /// Searching text in a way nanoFramework gets right. Its strings are UTF-8 inside: the indexer
    /// and a from-the-start IndexOf (and Contains, built on it) go wrong after a character outside
    /// the BMP ("😀=b".IndexOf('=') is -1 there), LastIndexOf after any character outside ASCII
    /// ("Zoë@b".LastIndexOf('@') is -1), and each indexer call decodes from the start, so a loop
    /// over it is quadratic. ToCharArray is right and linear; every reader of text in the
    /// firmware works on its chars (the conformance check forbids the others in the compiled IL).
    /// Indexes are UTF-16 positions, as Substring takes them (it is right on both runtimes).
    /// </summary>
    public static class TextScan
    {
        /// <summary>The first index of <paramref name="c"/> in the text, or -1.</summary>
        public static int IndexOf(string text, char c)
        {
            return IndexOf(text.ToCharArray(), c, 0);
        }

        /// <summary>The first index at or after <paramref name="start"/> of <paramref name="c"/>, or -1.</summary>
        public static int IndexOf(char[] chars, char c, int start)
        {
            for (int i = start; i < chars.Length; i++)
            {
                if (chars[i] == c)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>
        /// The last index of <paramref name="c"/> in the text, or -1. String.LastIndexOf is wrong on
        /// nanoCLR after any character outside ASCII ("Zoë@b".LastIndexOf('@') is -1 there).
        /// </summary>
        public static int LastIndexOf(char[] chars, char c)
        {
            for (int i = chars.Length - 1; i >= 0; i--)
            {
                if (chars[i] == c)
                {
                    return i;
                }
            }

            return -1;
        }

        /// <summary>The first index at or after <paramref name="start"/> of <paramref name="part"/>, or -1.</summary>
        public static int IndexOf(char[] chars, string part, int start)
        {
            char[] wanted = part.ToCharArray();
            for (int i = start; i + wanted.Length <= chars.Length; i++)
            {
                int k = 0;
                while (k < wanted.Length && chars[i + k] == wanted[k])
                {
                    k++;
                }

                if (k == wanted.Length)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
