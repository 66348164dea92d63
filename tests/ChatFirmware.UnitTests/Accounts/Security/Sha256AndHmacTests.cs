using ChatFirmware.Core.Security;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Security
{
    /// <summary>The core's managed SHA-256/HMAC (the tests and the nanoCLR board profile use it in place of the device's native one): FIPS 180-4 and RFC 4231 vectors.</summary>
    [TestClass]
    public class Sha256AndHmacTests
    {
        [TestMethod]
        public void Sha256_of_known_messages()
        {
            Assert.AreEqual("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Bytes.ToHex(Sha256.Hash(new byte[0])));
            Assert.AreEqual("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Bytes.ToHex(Sha256.Hash(Bytes.Utf8("abc"))));
            Assert.AreEqual("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", Bytes.ToHex(Sha256.Hash(Bytes.Utf8("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))));
        }

        [TestMethod]
        public void Sha256_across_the_padding_boundaries()
        {
            // 55, 56 and 64 bytes: the length field fits, just does not fit, and a full block.
            Assert.AreEqual("9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318", Bytes.ToHex(Sha256.Hash(Bytes.Repeat((byte)'a', 55))));
            Assert.AreEqual("b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a", Bytes.ToHex(Sha256.Hash(Bytes.Repeat((byte)'a', 56))));
            Assert.AreEqual("ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb", Bytes.ToHex(Sha256.Hash(Bytes.Repeat((byte)'a', 64))));
        }

        [TestMethod]
        public void Hmac_of_RFC_4231_test_cases()
        {
            Assert.AreEqual(
                "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7",
                Bytes.ToHex(ManagedHmacSha256.Mac(Bytes.Repeat(0x0b, 20), Bytes.Utf8("Hi There"))));
            Assert.AreEqual(
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Bytes.ToHex(ManagedHmacSha256.Mac(Bytes.Utf8("Jefe"), Bytes.Utf8("what do ya want for nothing?"))));
            Assert.AreEqual(
                "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                Bytes.ToHex(ManagedHmacSha256.Mac(Bytes.Repeat(0xaa, 131), Bytes.Utf8("Test Using Larger Than Block-Size Key - Hash Key First"))));
        }

        [TestMethod]
        public void The_tests_counting_hmac_counts_its_calls()
        {
            CountingHmac hmac = new CountingHmac();

            hmac.Compute(new byte[1], new byte[1]);
            hmac.Compute(new byte[1], new byte[1]);

            Assert.AreEqual(2, hmac.Calls);
        }
    }
}
