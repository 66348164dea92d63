namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// The standard's four penalty rules, which the encoder uses to pick the mask that leaves the symbol
    /// easiest to read (lowest total). Readers never see the score, so encoders may differ in the
    /// details. Here, as in ZXing and QRCoder (so that the three agree on the mask more often), a
    /// finder-like pattern counts once when four light modules of the symbol stand before it, after it,
    /// or both; the quiet zone outside the symbol does not count as those light modules.
    /// </summary>
    public static class QrPenalty
    {
        /// <summary>N1: a row or column run of five or more modules of one colour costs 3, plus 1 per module past five.</summary>
        public const int RunWeight = 3;

        /// <summary>N2: each 2 x 2 square of one colour (overlapping squares count separately).</summary>
        public const int BlockWeight = 3;

        /// <summary>N3: dark-light-dark-dark-dark-light-dark (1:1:3:1:1) with four light modules before or after it.</summary>
        public const int FinderLikeWeight = 40;

        /// <summary>N4: per whole 5 % that the dark share is away from 50 %.</summary>
        public const int BalanceWeight = 10;

        // A 15-module window, first module highest: four before, the finder-like core 1011101, four after.
        private const int WindowMask = 0x7FFF;
        private const int CoreMask = 0x07F0;
        private const int Core = 0x5D << 4;
        private const int Before = 0x7800;
        private const int After = 0x000F;
        private const int CoreOffset = 10;
        private const int LightRun = 4;

        public static int Score(QrCode code)
        {
            return Runs(code) + Blocks(code) + FinderLikes(code) + Balance(code);
        }

        public static int Runs(QrCode code)
        {
            return OverRowsAndColumns(code, false);
        }

        public static int Blocks(QrCode code)
        {
            byte[] modules = code.Modules;
            int size = code.Size;
            int total = 0;
            for (int y = 0; y < size - 1; y++)
            {
                for (int x = 0; x < size - 1; x++)
                {
                    int at = (y * size) + x;
                    int colour = modules[at] & QrCode.DarkFlag;
                    if ((modules[at + 1] & QrCode.DarkFlag) == colour && (modules[at + size] & QrCode.DarkFlag) == colour && (modules[at + size + 1] & QrCode.DarkFlag) == colour)
                    {
                        total += BlockWeight;
                    }
                }
            }

            return total;
        }

        public static int FinderLikes(QrCode code)
        {
            return OverRowsAndColumns(code, true);
        }

        public static int Balance(QrCode code)
        {
            byte[] modules = code.Modules;
            int dark = 0;
            for (int i = 0; i < modules.Length; i++)
            {
                dark += modules[i] & QrCode.DarkFlag;
            }

            // |dark share - 50 %| in whole steps of 5 %: |20 dark - 10 all| / all.
            int distance = (20 * dark) - (10 * modules.Length);
            return (distance < 0 ? -distance : distance) / modules.Length * BalanceWeight;
        }

        /// <summary>N1 or N3 summed over every row (step 1 between modules) and every column (step size).</summary>
        private static int OverRowsAndColumns(QrCode code, bool finderLikes)
        {
            byte[] modules = code.Modules;
            int size = code.Size;
            int total = 0;
            for (int i = 0; i < size; i++)
            {
                total += finderLikes ? LineFinderLikes(modules, i * size, 1, size) + LineFinderLikes(modules, i, size, size) : LineRuns(modules, i * size, 1, size) + LineRuns(modules, i, size, size);
            }

            return total;
        }

        /// <summary>N1 along one line starting at module index start.</summary>
        private static int LineRuns(byte[] modules, int start, int step, int length)
        {
            int total = 0;
            int run = 0;
            int colour = -1;
            for (int i = 0, at = start; i < length; i++, at += step)
            {
                int current = modules[at] & QrCode.DarkFlag;
                if (current == colour)
                {
                    run++;
                }
                else
                {
                    total += RunCost(run);
                    colour = current;
                    run = 1;
                }
            }

            return total + RunCost(run);
        }

        private static int RunCost(int run)
        {
            return run >= 5 ? RunWeight + (run - 5) : 0;
        }

        /// <summary>N3 along one line: the window ends at module i, its core starts at i - 10; it slides on past the line's end until the core reaches it.</summary>
        private static int LineFinderLikes(byte[] modules, int start, int step, int length)
        {
            int total = 0;
            int window = 0;
            for (int i = 0, at = start; i < length + LightRun; i++, at += step)
            {
                int bit = i < length ? modules[at] & QrCode.DarkFlag : 0;
                window = ((window << 1) | bit) & WindowMask;
                int coreStart = i - CoreOffset;
                if (coreStart >= 0 && (window & CoreMask) == Core)
                {
                    bool lightBefore = coreStart >= LightRun && (window & Before) == 0;
                    bool lightAfter = i < length && (window & After) == 0;
                    if (lightBefore || lightAfter)
                    {
                        total += FinderLikeWeight;
                    }
                }
            }

            return total;
        }
    }
}
