using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Security;

namespace ChatFirmware.UnitTests.Fakes
{
    /// <summary>The core's managed HMAC-SHA256, counting calls so that tests can see hashing work.</summary>
    public sealed class CountingHmac : IHmacSha256
    {
        public int Calls { get; private set; }

        public byte[] Compute(byte[] key, byte[] data)
        {
            Calls++;
            return ManagedHmacSha256.Mac(key, data);
        }
    }
}
