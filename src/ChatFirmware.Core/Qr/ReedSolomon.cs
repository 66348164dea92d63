namespace ChatFirmware.Core.Qr
{
    /// <summary>
    /// Reed-Solomon error correction over GF(256) as QR codes use it: the field reduced by
    /// x^8 + x^4 + x^3 + x^2 + 1 (0x11D), generator polynomials with roots alpha^0 .. alpha^(n-1).
    /// The log tables are built per instance (one per encode) rather than kept static: 512 bytes the
    /// board's heap does not have to carry between join cards.
    /// </summary>
    public sealed class ReedSolomon
    {
        private const int FieldPolynomial = 0x11D;
        private readonly byte[] _exp = new byte[255];
        private readonly byte[] _log = new byte[256];

        public ReedSolomon()
        {
            int value = 1;
            for (int power = 0; power < 255; power++)
            {
                _exp[power] = (byte)value;
                _log[value] = (byte)power;
                value <<= 1;
                if (value > 0xFF)
                {
                    value ^= FieldPolynomial;
                }
            }
        }

        /// <summary>The product of two field elements.</summary>
        public int Multiply(int a, int b)
        {
            if (a == 0 || b == 0)
            {
                return 0;
            }

            return _exp[(_log[a] + _log[b]) % 255];
        }

        /// <summary>
        /// The generator polynomial of the given degree without its leading 1: coefficient of x^(degree-1)
        /// first, the constant last (the order in which the division below needs them).
        /// </summary>
        public byte[] Generator(int degree)
        {
            // Lowest power first while multiplying by (x + alpha^i) one root at a time.
            byte[] lowFirst = new byte[degree + 1];
            lowFirst[0] = 1;
            int root = 1;
            for (int i = 0; i < degree; i++)
            {
                for (int k = i + 1; k >= 1; k--)
                {
                    lowFirst[k] = (byte)(lowFirst[k - 1] ^ Multiply(root, lowFirst[k]));
                }

                lowFirst[0] = (byte)Multiply(root, lowFirst[0]);
                root = Multiply(root, 2);
            }

            byte[] highFirst = new byte[degree];
            for (int i = 0; i < degree; i++)
            {
                highFirst[i] = lowFirst[degree - 1 - i];
            }

            return highFirst;
        }

        /// <summary>
        /// Writes the error-correction codewords of data[offset..offset+count) (the remainder of the data
        /// times x^degree divided by the generator) to ecc[eccOffset..eccOffset+generator.Length).
        /// </summary>
        public void Remainder(byte[] data, int offset, int count, byte[] generator, byte[] ecc, int eccOffset)
        {
            int degree = generator.Length;
            for (int i = 0; i < degree; i++)
            {
                ecc[eccOffset + i] = 0;
            }

            for (int i = 0; i < count; i++)
            {
                int factor = data[offset + i] ^ ecc[eccOffset];
                for (int j = 0; j < degree - 1; j++)
                {
                    ecc[eccOffset + j] = (byte)(ecc[eccOffset + j + 1] ^ Multiply(generator[j], factor));
                }

                ecc[eccOffset + degree - 1] = (byte)Multiply(generator[degree - 1], factor);
            }
        }
    }
}
