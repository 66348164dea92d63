namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// Splits the data codewords into the version's Reed-Solomon blocks, computes each block's
    /// error-correction codewords, and interleaves them in the order the symbol stores them: the i-th data
    /// codeword of every block in turn, then the i-th error-correction codeword of every block in turn.
    /// Interleaving spreads a local smudge over several blocks, so each block loses only a few codewords.
    /// </summary>
    public static class QrInterleaver
    {
        public static byte[] Interleave(byte[] data, int version)
        {
            int blocks = QrVersions.Blocks(version);
            int eccLength = QrVersions.EccCodewordsPerBlock(version);
            int total = QrVersions.TotalCodewords(version);
            if (data.Length != QrVersions.DataCodewords(version))
            {
                throw new System.ArgumentException("A version " + version + " symbol has " + QrVersions.DataCodewords(version) + " data codewords.");
            }

            // The first blocks are short; the rest (total mod blocks of them) hold one more data codeword.
            int shortBlocks = blocks - (total % blocks);
            int shortLength = (total / blocks) - eccLength;

            ReedSolomon field = new ReedSolomon();
            byte[] generator = field.Generator(eccLength);
            byte[] ecc = new byte[blocks * eccLength];
            for (int block = 0, start = 0; block < blocks; block++)
            {
                int length = DataLength(block, shortBlocks, shortLength);
                field.Remainder(data, start, length, generator, ecc, block * eccLength);
                start += length;
            }

            byte[] result = new byte[total];
            int at = 0;
            for (int i = 0; i <= shortLength; i++)
            {
                for (int block = 0, start = 0; block < blocks; block++)
                {
                    int length = DataLength(block, shortBlocks, shortLength);
                    if (i < length)
                    {
                        result[at++] = data[start + i];
                    }

                    start += length;
                }
            }

            for (int i = 0; i < eccLength; i++)
            {
                for (int block = 0; block < blocks; block++)
                {
                    result[at++] = ecc[(block * eccLength) + i];
                }
            }

            return result;
        }

        private static int DataLength(int block, int shortBlocks, int shortLength)
        {
            return block < shortBlocks ? shortLength : shortLength + 1;
        }
    }
}
