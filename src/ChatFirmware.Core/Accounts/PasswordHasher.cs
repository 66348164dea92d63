using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Security;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Accounts
{
    /// <summary>Salted PBKDF2-HMAC-SHA256 password hashing and verification.</summary>
    public sealed class PasswordHasher
    {
        private readonly IHmacSha256 _hmac;
        private readonly IRandomSource _random;

        public PasswordHasher(IHmacSha256 hmac, IRandomSource random)
        {
            _hmac = hmac;
            _random = random;
        }

        public byte[] NewSalt()
        {
            byte[] salt = new byte[User.SaltBytes];
            _random.Fill(salt);
            return salt;
        }

        public byte[] Hash(string password, byte[] salt, int iterations)
        {
            return Pbkdf2.DeriveKey(_hmac, Utf8.Encode(password), salt, iterations, User.HashBytes);
        }

        public bool Verify(string password, byte[] salt, int iterations, byte[] expectedHash)
        {
            return ConstantTime.AreEqual(Hash(password, salt, iterations), expectedHash);
        }
    }
}
