using ChatFirmware.Core.Accounts;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    /// <summary>Client addresses as the login throttle keeps them: IPv4 exactly, anything else as a salted digest.</summary>
    [TestClass]
    public class AddressKeysTests
    {
        [TestMethod]
        public void An_IPv4_address_is_kept_exactly_whatever_the_salt()
        {
            Assert.AreEqual(0x40000000C0A80417L, AddressKeys.Of("192.168.4.23", 1));
            Assert.AreEqual(AddressKeys.Of("192.168.4.23", 1), AddressKeys.Of("192.168.4.23", 99));
            Assert.AreNotEqual(AddressKeys.Of("192.168.4.23", 1), AddressKeys.Of("192.168.4.24", 1));
            Assert.AreEqual(0x4000000000000000L, AddressKeys.Of("0.0.0.0", 1));
        }

        [TestMethod]
        public void Other_addresses_are_digests_that_change_with_the_salt_and_never_look_like_IPv4()
        {
            string[] others = new string[] { "::1", "::ffff:127.0.0.1", "fe80::1", "192.168.4", "192.168.4.256", "01.2.3.4", "1.2.3.4.", string.Empty };
            for (int i = 0; i < others.Length; i++)
            {
                long key = AddressKeys.Of(others[i], 7);
                Assert.AreNotEqual(0L, key, "never 0: " + others[i]);
                Assert.AreEqual(0L, key & 0x4000000000000000L, "not an IPv4 key: " + others[i]);
                Assert.AreEqual(key, AddressKeys.Of(others[i], 7), "the same for the same salt: " + others[i]);
            }

            Assert.AreEqual(AddressKeys.Of(string.Empty, 7), AddressKeys.Of(null, 7), "no address reads as an empty one");
            Assert.AreNotEqual(AddressKeys.Of("::1", 7), AddressKeys.Of("::1", 8));
            Assert.AreNotEqual(AddressKeys.Of("::1", 7), AddressKeys.Of("::2", 7));
        }
    }
}
