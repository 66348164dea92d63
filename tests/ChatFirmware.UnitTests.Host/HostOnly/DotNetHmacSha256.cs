using System.Security.Cryptography;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>The HMAC port as the emulator implements it: .NET's own HMACSHA256.</summary>
    public sealed class DotNetHmacSha256 : IHmacSha256
    {
        public byte[] Compute(byte[] key, byte[] data)
        {
            return HMACSHA256.HashData(key, data);
        }
    }
}
