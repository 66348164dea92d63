namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// What each QR version holds at error-correction level M, for versions 1 to <see cref="MaxVersion"/>
    /// (ISO/IEC 18004, tables 1 and 9). Ten versions cover the longest Wi-Fi join text the settings allow
    /// (docs/join-card.md works it out); a longer table would only cost flash.
    /// </summary>
    public static class QrVersions
    {
        public const int MinVersion = 1;

        /// <summary>Version 10: 57 x 57 modules, 213 bytes at level M.</summary>
        public const int MaxVersion = 10;

        /// <summary>Light modules around the symbol that a reader needs (the standard's quiet zone).</summary>
        public const int QuietZone = 4;

        // Index = version - 1. Codewords in the whole symbol, and error-correction codewords in each block at level M.
        private static readonly short[] TotalCodewordsTable = new short[] { 26, 44, 70, 100, 134, 172, 196, 242, 292, 346 };
        private static readonly byte[] EccPerBlockTable = new byte[] { 10, 16, 26, 18, 24, 16, 18, 22, 22, 26 };
        private static readonly byte[] BlocksTable = new byte[] { 1, 1, 1, 2, 2, 4, 4, 4, 5, 5 };

        /// <summary>Modules on a side: 21 for version 1, 4 more per version.</summary>
        public static int Size(int version)
        {
            return 17 + (4 * version);
        }

        /// <summary>Data and error-correction codewords together: what the data area holds.</summary>
        public static int TotalCodewords(int version)
        {
            return TotalCodewordsTable[Index(version)];
        }

        public static int EccCodewordsPerBlock(int version)
        {
            return EccPerBlockTable[Index(version)];
        }

        /// <summary>Reed-Solomon blocks; where the data does not divide evenly the last blocks hold one more data codeword.</summary>
        public static int Blocks(int version)
        {
            return BlocksTable[Index(version)];
        }

        public static int DataCodewords(int version)
        {
            return TotalCodewords(version) - (Blocks(version) * EccCodewordsPerBlock(version));
        }

        /// <summary>Bits of the byte-mode character count: 8 up to version 9, 16 from version 10.</summary>
        public static int CountBits(int version)
        {
            return version < 10 ? 8 : 16;
        }

        /// <summary>Bytes one byte-mode segment can carry: the data bits less the mode (4 bits) and the count.</summary>
        public static int ByteCapacity(int version)
        {
            return ((DataCodewords(version) * 8) - 4 - CountBits(version)) / 8;
        }

        /// <summary>The smallest version that holds byteCount bytes, or 0 when none up to <see cref="MaxVersion"/> does.</summary>
        public static int SmallestFor(int byteCount)
        {
            for (int version = MinVersion; version <= MaxVersion; version++)
            {
                if (byteCount <= ByteCapacity(version))
                {
                    return version;
                }
            }

            return 0;
        }

        /// <summary>Alignment pattern centres on each axis: none for version 1, two for 2-6, three for 7-13.</summary>
        public static int AlignmentCount(int version)
        {
            return version == 1 ? 0 : (version / 7) + 2;
        }

        /// <summary>
        /// The index-th alignment centre (row or column). The first is always 6 and the last 7 from the
        /// far edge; for versions up to 13 the ones between are evenly spaced, which the table in the
        /// standard confirms (tests/ChatFirmware.UnitTests/Qr).
        /// </summary>
        public static int AlignmentPosition(int version, int index)
        {
            int last = Size(version) - 7;
            int count = AlignmentCount(version);
            return 6 + ((last - 6) / (count - 1) * index);
        }

        private static int Index(int version)
        {
            if (version < MinVersion || version > MaxVersion)
            {
                throw new System.ArgumentOutOfRangeException("version", "QR versions " + MinVersion + " to " + MaxVersion + " only.");
            }

            return version - 1;
        }
    }
}
