using System;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Security
{
    /// <summary>
    /// PBKDF2 (RFC 8018) over the HMAC-SHA256 port, because nanoFramework ships HMACSHA256 but neither
    /// PBKDF2 nor SHA256. Output equals .NET's Rfc2898DeriveBytes.Pbkdf2 with SHA-256.
    /// </summary>
    public static class Pbkdf2
    {
        private const int BlockBytes = 32;

        public static byte[] DeriveKey(IHmacSha256 hmac, byte[] password, byte[] salt, int iterations, int length)
        {
            if (iterations < 1 || length < 1)
            {
                throw new ArgumentException("PBKDF2 needs at least one iteration and one byte");
            }

            byte[] result = new byte[length];
            byte[] saltAndIndex = new byte[salt.Length + 4];
            Array.Copy(salt, saltAndIndex, salt.Length);
            int blocks = (length + BlockBytes - 1) / BlockBytes;
            for (int block = 1; block <= blocks; block++)
            {
                saltAndIndex[salt.Length] = (byte)(block >> 24);
                saltAndIndex[salt.Length + 1] = (byte)(block >> 16);
                saltAndIndex[salt.Length + 2] = (byte)(block >> 8);
                saltAndIndex[salt.Length + 3] = (byte)block;
                byte[] u = hmac.Compute(password, saltAndIndex);
                byte[] t = new byte[BlockBytes];
                Array.Copy(u, t, BlockBytes);
                for (int i = 1; i < iterations; i++)
                {
                    u = hmac.Compute(password, u);
                    for (int k = 0; k < BlockBytes; k++)
                    {
                        t[k] ^= u[k];
                    }
                }

                int offset = (block - 1) * BlockBytes;
                // Not Math.Min: System.Math is a separate nanoFramework assembly the core does not reference.
                int count = length - offset < BlockBytes ? length - offset : BlockBytes;
                Array.Copy(t, 0, result, offset, count);
            }

            return result;
        }
    }
}
