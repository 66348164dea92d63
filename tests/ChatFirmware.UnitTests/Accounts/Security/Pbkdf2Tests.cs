using System;
using ChatFirmware.Core.Security;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Security
{
    [TestClass]
    public class Pbkdf2Tests
    {
        [TestMethod]
        public void Derives_the_published_PBKDF2_HMAC_SHA256_vectors()
        {
            ManagedHmacSha256 hmac = new ManagedHmacSha256();
            byte[] password = Bytes.Utf8("password");
            byte[] salt = Bytes.Utf8("salt");

            Assert.AreEqual("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b", Bytes.ToHex(Pbkdf2.DeriveKey(hmac, password, salt, 1, 32)));
            Assert.AreEqual("ae4d0c95af6b46d32d0adff928f06dd02a303f8ef3c251dfd6e2d85a95474c43", Bytes.ToHex(Pbkdf2.DeriveKey(hmac, password, salt, 2, 32)));
            Assert.AreEqual("ad35240ac683febfaf3cd49d845473fbbbaa2437f5f82d5a415ae00ac76c6bfc", Bytes.ToHex(Pbkdf2.DeriveKey(hmac, password, salt, 3, 32)));
            // The 4096-round vectors run in the host-only comparison with .NET: managed SHA-256 on
            // nanoFramework's virtual device would spend minutes on them.
        }

        [TestMethod]
        public void Longer_keys_span_several_blocks_and_start_with_the_one_block_key()
        {
            ManagedHmacSha256 hmac = new ManagedHmacSha256();
            byte[] password = Bytes.Utf8("passwordPASSWORDpassword");
            byte[] salt = Bytes.Utf8("saltSALTsaltSALTsaltSALTsaltSALTsalt");

            byte[] key = Pbkdf2.DeriveKey(hmac, password, salt, 2, 40);

            Assert.AreEqual("13dc8a7c13d372c90382822d2dc492f2ed52467fb7828ea86488783f2ef0397f77a9d6f8d4a44412", Bytes.ToHex(key));
            Assert.AreEqual(Bytes.ToHex(Pbkdf2.DeriveKey(hmac, password, salt, 2, 32)), Bytes.ToHex(key).Substring(0, 64));
        }

        [TestMethod]
        public void Each_iteration_costs_one_hmac_per_block()
        {
            CountingHmac hmac = new CountingHmac();

            Pbkdf2.DeriveKey(hmac, Bytes.Utf8("p"), Bytes.Utf8("s"), 7, 33);

            Assert.AreEqual(14, hmac.Calls);
        }

        [TestMethod]
        public void Zero_iterations_or_length_are_refused()
        {
            ManagedHmacSha256 hmac = new ManagedHmacSha256();

            Assert.ThrowsException(typeof(ArgumentException), () => Pbkdf2.DeriveKey(hmac, new byte[1], new byte[1], 0, 32));
            Assert.ThrowsException(typeof(ArgumentException), () => Pbkdf2.DeriveKey(hmac, new byte[1], new byte[1], 1, 0));
        }
    }
}
