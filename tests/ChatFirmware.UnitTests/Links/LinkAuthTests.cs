using ChatFirmware.Core.Link;
using ChatFirmware.Core.Security;
using ChatFirmware.Core.Text;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class LinkAuthTests
    {
        private static readonly byte[] Key = Utf8.Encode("the room key, shared by every board");
        private const string Down = "0123456789abcdef0123456789abcdef";
        private const string Up = "fedcba9876543210fedcba9876543210";

        [TestMethod]
        public void A_proof_made_with_the_room_key_verifies()
        {
            ManagedHmacSha256 hmac = new ManagedHmacSha256();
            string proof = LinkAuth.Proof(hmac, Key, LinkAuth.DownstreamRole, Down, Up, "b", "a");
            Assert.AreEqual(64, proof.Length);
            Assert.IsTrue(LinkAuth.Verify(hmac, Key, proof, LinkAuth.DownstreamRole, Down, Up, "b", "a"));
        }

        [TestMethod]
        public void A_proof_made_with_another_key_does_not()
        {
            ManagedHmacSha256 hmac = new ManagedHmacSha256();
            string proof = LinkAuth.Proof(hmac, Utf8.Encode("another room's key, not ours"), LinkAuth.DownstreamRole, Down, Up, "b", "a");
            Assert.IsFalse(LinkAuth.Verify(hmac, Key, proof, LinkAuth.DownstreamRole, Down, Up, "b", "a"));
        }

        [TestMethod]
        public void A_proof_is_bound_to_its_role_nonces_and_boards()
        {
            ManagedHmacSha256 hmac = new ManagedHmacSha256();
            string proof = LinkAuth.Proof(hmac, Key, LinkAuth.DownstreamRole, Down, Up, "b", "a");
            Assert.IsFalse(LinkAuth.Verify(hmac, Key, proof, LinkAuth.UpstreamRole, Down, Up, "b", "a"), "reflected");
            Assert.IsFalse(LinkAuth.Verify(hmac, Key, proof, LinkAuth.DownstreamRole, Up, Down, "b", "a"), "nonces swapped");
            Assert.IsFalse(LinkAuth.Verify(hmac, Key, proof, LinkAuth.DownstreamRole, Down, "00000000000000000000000000000000", "b", "a"), "replayed to a new challenge");
            Assert.IsFalse(LinkAuth.Verify(hmac, Key, proof, LinkAuth.DownstreamRole, Down, Up, "c", "a"), "another board");
        }

        [TestMethod]
        public void Malformed_proofs_fail_without_throwing()
        {
            ManagedHmacSha256 hmac = new ManagedHmacSha256();
            Assert.IsFalse(LinkAuth.Verify(hmac, Key, null, LinkAuth.DownstreamRole, Down, Up, "b", "a"));
            Assert.IsFalse(LinkAuth.Verify(hmac, Key, "abc", LinkAuth.DownstreamRole, Down, Up, "b", "a"));
            Assert.IsFalse(LinkAuth.Verify(hmac, Key, Strings.Repeat("zz", 32), LinkAuth.DownstreamRole, Down, Up, "b", "a"));
        }

        [TestMethod]
        public void Nonces_are_128_random_bits_in_hex()
        {
            SeededRandom random = new SeededRandom(7);
            string first = LinkAuth.NewNonce(random);
            string second = LinkAuth.NewNonce(random);
            Assert.IsTrue(LinkAuth.IsNonce(first));
            Assert.AreNotEqual(first, second);
            Assert.IsFalse(LinkAuth.IsNonce("0123"));
            Assert.IsFalse(LinkAuth.IsNonce(null));
        }
    }
}
