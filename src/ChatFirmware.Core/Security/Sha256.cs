using System;

namespace ChatFirmware.Core.Security
{
    /// <summary>
    /// SHA-256 (FIPS 180-4) in plain C#, for <see cref="ManagedHmacSha256"/>: nanoCLR for Linux has no
    /// native cryptography (the unit tests and the board profile run there).
    /// </summary>
    public static class Sha256
    {
        public const int BlockBytes = 64;
        public const int HashBytes = 32;

        private static readonly uint[] K = new uint[]
        {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        public static byte[] Hash(byte[] data)
        {
            return Hash(data, 0, data.Length, null, 0, 0);
        }

        /// <summary>The hash of the concatenation first || second (HMAC hashes a pad followed by data).</summary>
        public static byte[] Hash(byte[] first, int firstOffset, int firstCount, byte[] second, int secondOffset, int secondCount)
        {
            uint[] state = new uint[] { 0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19 };
            long total = (long)firstCount + secondCount;
            int paddedLength = (int)(((total + 8) / BlockBytes) + 1) * BlockBytes;
            byte[] message = new byte[paddedLength];
            Array.Copy(first, firstOffset, message, 0, firstCount);
            if (second != null)
            {
                Array.Copy(second, secondOffset, message, firstCount, secondCount);
            }

            message[(int)total] = 0x80;
            long bits = total * 8;
            for (int i = 0; i < 8; i++)
            {
                message[paddedLength - 1 - i] = (byte)(bits >> (8 * i));
            }

            uint[] w = new uint[64];
            for (int block = 0; block < paddedLength; block += BlockBytes)
            {
                Compress(state, w, message, block);
            }

            byte[] hash = new byte[HashBytes];
            for (int i = 0; i < 8; i++)
            {
                hash[4 * i] = (byte)(state[i] >> 24);
                hash[(4 * i) + 1] = (byte)(state[i] >> 16);
                hash[(4 * i) + 2] = (byte)(state[i] >> 8);
                hash[(4 * i) + 3] = (byte)state[i];
            }

            return hash;
        }

        private static void Compress(uint[] state, uint[] w, byte[] message, int offset)
        {
            for (int t = 0; t < 16; t++)
            {
                int p = offset + (4 * t);
                w[t] = ((uint)message[p] << 24) | ((uint)message[p + 1] << 16) | ((uint)message[p + 2] << 8) | message[p + 3];
            }

            for (int t = 16; t < 64; t++)
            {
                uint s0 = Rotr(w[t - 15], 7) ^ Rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
                uint s1 = Rotr(w[t - 2], 17) ^ Rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
                w[t] = unchecked(w[t - 16] + s0 + w[t - 7] + s1);
            }

            uint a = state[0];
            uint b = state[1];
            uint c = state[2];
            uint d = state[3];
            uint e = state[4];
            uint f = state[5];
            uint g = state[6];
            uint h = state[7];
            for (int t = 0; t < 64; t++)
            {
                uint sum1 = Rotr(e, 6) ^ Rotr(e, 11) ^ Rotr(e, 25);
                uint choose = (e & f) ^ (~e & g);
                uint temp1 = unchecked(h + sum1 + choose + K[t] + w[t]);
                uint sum0 = Rotr(a, 2) ^ Rotr(a, 13) ^ Rotr(a, 22);
                uint majority = (a & b) ^ (a & c) ^ (b & c);
                uint temp2 = unchecked(sum0 + majority);
                h = g;
                g = f;
                f = e;
                e = unchecked(d + temp1);
                d = c;
                c = b;
                b = a;
                a = unchecked(temp1 + temp2);
            }

            state[0] = unchecked(state[0] + a);
            state[1] = unchecked(state[1] + b);
            state[2] = unchecked(state[2] + c);
            state[3] = unchecked(state[3] + d);
            state[4] = unchecked(state[4] + e);
            state[5] = unchecked(state[5] + f);
            state[6] = unchecked(state[6] + g);
            state[7] = unchecked(state[7] + h);
        }

        private static uint Rotr(uint x, int n)
        {
            return (x >> n) | (x << (32 - n));
        }
    }
}
