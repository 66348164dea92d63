using System.Security.Cryptography;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Ports
{
    /// <summary>HMAC-SHA256 in the firmware's native Mbed TLS (the only hash nanoFramework offers).</summary>
    internal sealed class Hmac : IHmacSha256
    {
        public byte[] Compute(byte[] key, byte[] data)
        {
            return HMACSHA256.HashData(key, data);
        }
    }
}
