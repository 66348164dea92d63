using ChatFirmware.Core.Ports;

namespace ChatFirmware.UnitTests.Fakes
{
    /// <summary>HMAC-SHA256 (RFC 2104) over <see cref="Sha256"/>; counts calls so tests can see hashing work.</summary>
    public sealed class ManagedHmacSha256 : IHmacSha256
    {
        public int Calls { get; private set; }

        public byte[] Compute(byte[] key, byte[] data)
        {
            Calls++;
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
