namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// Puts the codewords' bits into the data modules: two columns at a time from the right edge, up the
    /// first pair, down the next, and so on, right column before left in each row, skipping function
    /// modules and the vertical timing column. Modules left over (the remainder bits) stay light.
    /// </summary>
    public static class QrPlacement
    {
        private const int TimingColumn = 6;

        public static void Place(QrCode code, byte[] codewords)
        {
            int size = code.Size;
            int bitCount = codewords.Length * 8;
            int bit = 0;
            bool upward = true;
            for (int right = size - 1; right > 0; right -= 2)
            {
                if (right == TimingColumn)
                {
                    right--;
                }

                for (int step = 0; step < size; step++)
                {
                    int y = upward ? size - 1 - step : step;
                    for (int x = right; x >= right - 1; x--)
                    {
                        if (code.IsFunction(x, y))
                        {
                            continue;
                        }

                        bool dark = bit < bitCount && ((codewords[bit >> 3] >> (7 - (bit & 7))) & 1) != 0;
                        code.SetDark(x, y, dark);
                        bit++;
                    }
                }

                upward = !upward;
            }

            if (bit < bitCount)
            {
                throw new System.ArgumentException("The codewords need " + bitCount + " modules; a version " + code.Version + " symbol has " + bit + ".");
            }
        }
    }
}
