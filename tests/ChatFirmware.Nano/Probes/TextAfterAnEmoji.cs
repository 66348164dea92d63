namespace ChatFirmware.Probes
{
    /// <summary>
    /// The indexer and a from-the-start IndexOf (and Contains) after a character outside the BMP;
    /// LastIndexOf after one outside ASCII (and the char scan that replaces it).
    /// </summary>
    public static class TextAfterAnEmoji
    {
        public static void Run()
        {
            string text = "a\ud83d\ude00b=c";
            RuntimeProbes.Show("\"a😀b=c\".Length", text.Length, 6);
            RuntimeProbes.Show("\"a😀b=c\"[2] as hex", ((int)text[2]).ToString("x4"), "de00");
            RuntimeProbes.Show("\"a😀b=c\".ToCharArray()[2] as hex", ((int)text.ToCharArray()[2]).ToString("x4"), "de00");
            RuntimeProbes.Show("\"a😀b=c\".IndexOf('=')", text.IndexOf('='), 4);
            RuntimeProbes.Show("\"a😀b=c\".IndexOf('=', 3)", text.IndexOf('=', 3), 4);
            RuntimeProbes.Show("\"a😀b=c\".LastIndexOf('=')", text.LastIndexOf('='), 4);
            RuntimeProbes.Show("\"Zoë@b\".LastIndexOf('@')", "Zoë@b".LastIndexOf('@'), 3);
            RuntimeProbes.Show("\"Zoë@b\" as chars: TextScan.LastIndexOf('@')", LastIndexOf("Zoë@b".ToCharArray(), '@'), 3);
            RuntimeProbes.Show("\"a😀b=c\".Contains(\"=c\")", text.Contains("=c"), true);
            RuntimeProbes.Show("\"a😀b=c\".Substring(3)", text.Substring(3), "b=c");
        }

        private static int LastIndexOf(char[] chars, char c)
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
    }
}
