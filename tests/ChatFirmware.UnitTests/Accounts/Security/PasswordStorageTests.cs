using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Security;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Security
{
    [TestClass]
    public class PasswordStorageTests
    {
        [TestMethod]
        public void Flash_holds_no_plain_password_and_no_plain_session_token()
        {
            TestRig rig = TestRig.Create();
            string password = "Unmistakable-Passw0rd";
            rig.Register("alice", "alice@example.org", password);
            string cookie = rig.Login("alice", password);
            string token = TestRig.TokenOf(cookie);
            string second = TestRig.TokenOf(rig.Login("alice", password));

            Assert.IsFalse(rig.Flash.ContainsBytes(Bytes.Utf8(password)), "password as UTF-8");
            Assert.IsFalse(rig.Flash.ContainsBytes(Bytes.Utf8("Unmistakable")), "part of the password");
            Assert.IsFalse(rig.Flash.ContainsBytes(Bytes.FromHex(token)), "token bytes");
            Assert.IsFalse(rig.Flash.ContainsBytes(Bytes.Utf8(token)), "token as hex text");
            Assert.IsFalse(rig.Flash.ContainsBytes(Bytes.FromHex(second)), "second token bytes");
            Assert.IsTrue(rig.Flash.ContainsBytes(Bytes.Utf8("alice@example.org")), "the check can see stored text");
        }

        [TestMethod]
        public void Equal_passwords_of_two_users_are_stored_differently()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "same password");
            rig.Register("bob", "bob@example.org", "same password");

            AccountStore store = new AccountStore(rig.Flash, rig.Clock, rig.Random, new ListLog(), 10, 10);
            store.Load();
            User alice = store.Users.FindByName("alice");
            User bob = store.Users.FindByName("bob");

            Assert.IsFalse(Bytes.Equal(alice.Salt, bob.Salt));
            Assert.IsFalse(Bytes.Equal(alice.PasswordHash, bob.PasswordHash));
            Assert.AreEqual(User.SaltBytes, alice.Salt.Length);
            Assert.AreEqual(User.HashBytes, alice.PasswordHash.Length);
            Assert.AreEqual(rig.Settings.Pbkdf2Iterations, alice.Iterations);
        }

        [TestMethod]
        public void The_stored_hash_is_PBKDF2_of_the_password_and_salt()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            AccountStore store = new AccountStore(rig.Flash, rig.Clock, rig.Random, new ListLog(), 10, 10);
            store.Load();
            User alice = store.Users.FindByName("alice");

            byte[] expected = Core.Security.Pbkdf2.DeriveKey(new ManagedHmacSha256(), Bytes.Utf8("correct horse"), alice.Salt, alice.Iterations, User.HashBytes);

            Assert.IsTrue(Bytes.Equal(expected, alice.PasswordHash));
        }

        [TestMethod]
        public void Users_keep_the_iteration_count_they_were_hashed_with()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            Core.Settings.ChatSettings stronger = TestRig.TestSettings();
            stronger.Pbkdf2Iterations = 5;

            TestRig upgraded = new TestRig(stronger, rig.Flash, new ManualClock(5000), rig.Random);

            Assert.IsNotNull(upgraded.Login("alice", "correct horse"));
        }

        [TestMethod]
        public void PasswordHasher_verifies_only_the_right_password()
        {
            PasswordHasher hasher = new PasswordHasher(new ManagedHmacSha256(), new SeededRandom(1));
            byte[] salt = hasher.NewSalt();
            byte[] hash = hasher.Hash("correct horse", salt, 3);

            Assert.IsTrue(hasher.Verify("correct horse", salt, 3, hash));
            Assert.IsFalse(hasher.Verify("correct horsE", salt, 3, hash));
            Assert.IsFalse(hasher.Verify("correct horse", salt, 4, hash));
            Assert.IsFalse(hasher.Verify("correct horse", new byte[User.SaltBytes], 3, hash));
        }
    }
}
