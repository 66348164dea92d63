namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// The data codewords of a symbol: one byte-mode segment (mode 0100, the byte count, the bytes),
    /// the terminator, zero bits to a byte boundary, then the pad bytes 0xEC and 0x11 in turn. Byte mode
    /// only: join texts are UTF-8 with lower-case letters and punctuation, which the denser numeric and
    /// alphanumeric modes cannot carry.
    /// </summary>
    public static class QrDataCodewords
    {
        private const int ByteMode = 0x4;
        private const int TerminatorBits = 4;

        public static byte[] Build(byte[] payload, int version)
        {
            if (payload.Length > QrVersions.ByteCapacity(version))
            {
                throw new System.ArgumentException(payload.Length + " bytes do not fit in a version " + version + " QR code at level M (" + QrVersions.ByteCapacity(version) + " at most).");
            }

            QrBitBuffer bits = new QrBitBuffer(QrVersions.DataCodewords(version));
            bits.Append(ByteMode, 4);
            bits.Append(payload.Length, QrVersions.CountBits(version));
            for (int i = 0; i < payload.Length; i++)
            {
                bits.Append(payload[i], 8);
            }

            int free = bits.CapacityBits - bits.BitLength;
            bits.Append(0, free < TerminatorBits ? free : TerminatorBits);
            bits.Append(0, (8 - (bits.BitLength & 7)) & 7);
            for (int pad = 0xEC; bits.BitLength < bits.CapacityBits; pad ^= 0xEC ^ 0x11)
            {
                bits.Append(pad, 8);
            }

            return bits.Bytes;
        }
    }
}
