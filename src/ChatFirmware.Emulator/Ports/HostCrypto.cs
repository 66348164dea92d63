using System.Security.Cryptography;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Emulator.Ports
{
    /// <summary>The operating system's CSPRNG and .NET's HMAC-SHA256.</summary>
    public sealed class HostCrypto : IRandomSource, IHmacSha256
    {
        public void Fill(byte[] buffer) => RandomNumberGenerator.Fill(buffer);

        public byte[] Compute(byte[] key, byte[] data) => HMACSHA256.HashData(key, data);
    }
}
