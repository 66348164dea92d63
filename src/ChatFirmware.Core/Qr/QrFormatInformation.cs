namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// The format information (error-correction level and mask, 15 bits, twice) and, from version 7,
    /// the version information (18 bits, twice): each a BCH code a reader can correct, placed beside the
    /// finders. Bit 0 is the least significant bit of the values below.
    /// </summary>
    public static class QrFormatInformation
    {
        /// <summary>Level M's two bits in the format information (L is 01, M 00, Q 11, H 10).</summary>
        private const int LevelM = 0;
        private const int FormatGenerator = 0x537;
        private const int FormatXorMask = 0x5412;
        private const int VersionGenerator = 0x1F25;

        /// <summary>The 15 format bits for level M and the mask: BCH(15,5), then XOR 101010000010010 so that it is never all zero.</summary>
        public static int FormatBits(int mask)
        {
            int data = (LevelM << 3) | mask;
            return ((data << 10) | Remainder(data << 10, 14, 10, FormatGenerator)) ^ FormatXorMask;
        }

        /// <summary>The 18 version bits: the version in 6 bits, then its BCH(18,6) check bits.</summary>
        public static int VersionBits(int version)
        {
            return (version << 12) | Remainder(version << 12, 17, 12, VersionGenerator);
        }

        /// <summary>Writes both copies of the format bits; done first to reserve the modules, again once the mask is chosen.</summary>
        public static void DrawFormat(QrCode code, int mask)
        {
            int bits = FormatBits(mask);
            int size = code.Size;
            for (int i = 0; i < 15; i++)
            {
                bool dark = ((bits >> i) & 1) != 0;

                // Around the top-left finder: down column 8 (skipping the timing row), then left along row 8.
                if (i < 6)
                {
                    code.SetFunction(8, i, dark);
                }
                else if (i < 8)
                {
                    code.SetFunction(8, i + 1, dark);
                }
                else if (i == 8)
                {
                    code.SetFunction(7, 8, dark);
                }
                else
                {
                    code.SetFunction(14 - i, 8, dark);
                }

                // The copy: bits 0-7 along row 8 under the top-right finder, bits 8-14 down column 8 beside the bottom-left one.
                if (i < 8)
                {
                    code.SetFunction(size - 1 - i, 8, dark);
                }
                else
                {
                    code.SetFunction(8, size - 15 + i, dark);
                }
            }

            // Always dark, beside the bottom-left copy.
            code.SetFunction(8, size - 8, true);
        }

        /// <summary>Writes both 6 x 3 copies of the version bits (versions 7 and up have them).</summary>
        public static void DrawVersion(QrCode code)
        {
            if (code.Version < 7)
            {
                return;
            }

            int bits = VersionBits(code.Version);
            for (int i = 0; i < 18; i++)
            {
                bool dark = ((bits >> i) & 1) != 0;
                int across = i / 3;
                int along = code.Size - 11 + (i % 3);
                code.SetFunction(along, across, dark);
                code.SetFunction(across, along, dark);
            }
        }

        /// <summary>The remainder of value (bits topBit..0) divided by generator (of degree checkBits), in GF(2).</summary>
        private static int Remainder(int value, int topBit, int checkBits, int generator)
        {
            for (int bit = topBit; bit >= checkBits; bit--)
            {
                if (((value >> bit) & 1) != 0)
                {
                    value ^= generator << (bit - checkBits);
                }
            }

            return value;
        }
    }
}
