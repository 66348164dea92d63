namespace ChatFirmware.Core.Qr
{
    /// <summary>Bits written most significant first into a byte array of fixed size (the symbol's data codewords).</summary>
    public sealed class QrBitBuffer
    {
        private readonly byte[] _bytes;

        public QrBitBuffer(int byteCount)
        {
            _bytes = new byte[byteCount];
        }

        public int BitLength { get; private set; }

        public int CapacityBits
        {
            get { return _bytes.Length * 8; }
        }

        /// <summary>The bytes written so far and the zero bits after them.</summary>
        public byte[] Bytes
        {
            get { return _bytes; }
        }

        /// <summary>Appends the low bitCount bits of value, the highest first.</summary>
        public void Append(int value, int bitCount)
        {
            if (bitCount < 0 || bitCount > 31 || BitLength + bitCount > CapacityBits)
            {
                throw new System.ArgumentOutOfRangeException("bitCount", "The bits do not fit in the buffer.");
            }

            for (int bit = bitCount - 1; bit >= 0; bit--)
            {
                if (((value >> bit) & 1) != 0)
                {
                    _bytes[BitLength >> 3] |= (byte)(0x80 >> (BitLength & 7));
                }

                BitLength++;
            }
        }
    }
}
