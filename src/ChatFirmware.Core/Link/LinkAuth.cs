using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Security;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// Challenge and response on the room key, both ways; the key itself never travels. Each side
    /// picks a fresh 128-bit nonce (the hardware RNG on the board), and each proves knowledge of the
    /// key with HMAC-SHA256 over both nonces, both board names and its role. The role makes a proof
    /// useless in the other direction (no reflection), the other side's nonce makes it useless later
    /// (no replay). The downstream board proves first, so that a stranger who opens /link learns no
    /// MAC of the key to guess it against; a weak key could still be guessed offline from a recorded
    /// exchange, hence the minimum length of <see cref="Settings.LinkSettingsRules"/>.
    /// </summary>
    public static class LinkAuth
    {
        public const int NonceBytes = 16;
        public const int ProofBytes = 32;
        public const string DownstreamRole = "down";
        public const string UpstreamRole = "up";

        public static string NewNonce(IRandomSource random)
        {
            byte[] nonce = new byte[NonceBytes];
            random.Fill(nonce);
            return Hex.Encode(nonce, 0, NonceBytes);
        }

        /// <summary>A nonce as the wire carries it: exactly 32 hex digits.</summary>
        public static bool IsNonce(string text)
        {
            return Hex.Decode(text, NonceBytes) != null;
        }

        /// <summary>The proof of <paramref name="role"/> for this exchange, 64 hex digits.</summary>
        public static string Proof(IHmacSha256 hmac, byte[] roomKey, string role, string downNonce, string upNonce, string downBoard, string upBoard)
        {
            byte[] mac = hmac.Compute(roomKey, Statement(role, downNonce, upNonce, downBoard, upBoard));
            return Hex.Encode(mac, 0, mac.Length);
        }

        /// <summary>Checks a received proof without revealing, by its timing, where it first differs.</summary>
        public static bool Verify(IHmacSha256 hmac, byte[] roomKey, string proof, string role, string downNonce, string upNonce, string downBoard, string upBoard)
        {
            byte[] received = Hex.Decode(proof, ProofBytes);
            if (received == null)
            {
                return false;
            }

            return ConstantTime.AreEqual(received, hmac.Compute(roomKey, Statement(role, downNonce, upNonce, downBoard, upBoard)));
        }

        private static byte[] Statement(string role, string downNonce, string upNonce, string downBoard, string upBoard)
        {
            return Utf8.Encode("chatfirmware-link-v2\n" + role + "\n" + downNonce + "\n" + upNonce + "\n" + downBoard + "\n" + upBoard);
        }
    }
}
