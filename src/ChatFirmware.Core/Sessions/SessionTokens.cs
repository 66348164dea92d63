using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Sessions
{
    /// <summary>
    /// Session tokens: 128 random bits shown to the browser as 32 hex characters, stored only as
    /// HMAC-SHA256 under a fixed domain key (nanoFramework has no plain SHA-256).
    /// </summary>
    public sealed class SessionTokens
    {
        public const int TokenBytes = 16;
        private const string HashKeyText = "ChatFirmware session token v1";
        private readonly IRandomSource _random;
        private readonly IHmacSha256 _hmac;
        private readonly byte[] _hashKey;

        public SessionTokens(IRandomSource random, IHmacSha256 hmac)
        {
            _random = random;
            _hmac = hmac;
            _hashKey = Utf8.Encode(HashKeyText);
        }

        /// <summary>A fresh token's raw bytes.</summary>
        public byte[] NewToken()
        {
            byte[] token = new byte[TokenBytes];
            _random.Fill(token);
            return token;
        }

        public static string Format(byte[] token)
        {
            return Hex.Encode(token, 0, token.Length);
        }

        /// <summary>The token's bytes, or null when the cookie value is not a well-formed token.</summary>
        public static byte[] Parse(string cookieValue)
        {
            return Hex.Decode(cookieValue, TokenBytes);
        }

        public byte[] Hash(byte[] token)
        {
            return _hmac.Compute(_hashKey, token);
        }
    }
}
