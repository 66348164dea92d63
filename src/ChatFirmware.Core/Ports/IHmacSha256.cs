namespace ChatFirmware.Core.Ports
{
    /// <summary>
    /// HMAC-SHA256, the one hash primitive nanoFramework offers natively (it has no SHA256 class and no
    /// PBKDF2); the core builds PBKDF2 and token hashing on it.
    /// </summary>
    public interface IHmacSha256
    {
        /// <summary>Returns the 32-byte MAC of <paramref name="data"/> under <paramref name="key"/>.</summary>
        byte[] Compute(byte[] key, byte[] data);
    }
}
