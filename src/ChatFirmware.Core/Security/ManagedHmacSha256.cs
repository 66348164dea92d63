using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Security
{
    /// <summary>
    /// HMAC-SHA256 (RFC 2104) over <see cref="Sha256"/>, in plain C#: for runtimes without native
    /// cryptography (the unit tests on nanoCLR, and the nanoCLR board profile). The board itself uses
    /// the firmware's Mbed TLS (src/ChatFirmware/Board/Hmac.cs), which is many times faster.
    /// </summary>
    public sealed class ManagedHmacSha256 : IHmacSha256
    {
        public byte[] Compute(byte[] key, byte[] data)
        {
            return Mac(key, data);
        }

        public static byte[] Mac(byte[] key, byte[] data)
        {
            byte[] block = new byte[Sha256.BlockBytes];
            byte[] k = key.Length > Sha256.BlockBytes ? Sha256.Hash(key) : key;
            System.Array.Copy(k, block, k.Length);
            byte[] inner = new byte[Sha256.BlockBytes];
            byte[] outer = new byte[Sha256.BlockBytes];
            for (int i = 0; i < Sha256.BlockBytes; i++)
            {
                inner[i] = (byte)(block[i] ^ 0x36);
                outer[i] = (byte)(block[i] ^ 0x5c);
            }

            byte[] innerHash = Sha256.Hash(inner, 0, inner.Length, data, 0, data.Length);
            return Sha256.Hash(outer, 0, outer.Length, innerHash, 0, innerHash.Length);
        }
    }
}
