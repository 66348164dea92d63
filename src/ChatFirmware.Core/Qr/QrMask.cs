namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// The eight data masks: each inverts the data modules where its condition on the row (y) and column
    /// (x) holds, to break up patterns that would confuse a reader. Applying a mask twice undoes it, which
    /// lets the encoder try all eight on one matrix.
    /// </summary>
    public static class QrMask
    {
        public const int Count = 8;

        public static bool Inverts(int mask, int x, int y)
        {
            switch (mask)
            {
                case 0:
                    return (x + y) % 2 == 0;
                case 1:
                    return y % 2 == 0;
                case 2:
                    return x % 3 == 0;
                case 3:
                    return (x + y) % 3 == 0;
                case 4:
                    return ((y / 2) + (x / 3)) % 2 == 0;
                case 5:
                    return ((x * y) % 2) + ((x * y) % 3) == 0;
                case 6:
                    return (((x * y) % 2) + ((x * y) % 3)) % 2 == 0;
                case 7:
                    return (((x + y) % 2) + ((x * y) % 3)) % 2 == 0;
                default:
                    throw new System.ArgumentOutOfRangeException("mask", "QR masks are 0 to 7.");
            }
        }

        /// <summary>Inverts the data modules the mask selects (function modules stay as they are).</summary>
        public static void Apply(QrCode code, int mask)
        {
            byte[] modules = code.Modules;
            int size = code.Size;
            for (int y = 0, at = 0; y < size; y++)
            {
                for (int x = 0; x < size; x++, at++)
                {
                    if ((modules[at] & QrCode.FunctionFlag) == 0 && Inverts(mask, x, y))
                    {
                        modules[at] ^= QrCode.DarkFlag;
                    }
                }
            }
        }
    }
}
