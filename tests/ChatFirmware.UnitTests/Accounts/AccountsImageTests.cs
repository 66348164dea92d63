using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Storage;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    [TestClass]
    public class AccountsImageTests
    {
        [TestMethod]
        public void Users_and_sessions_round_trip()
        {
            UserTable users = new UserTable(10);
            SessionTable sessions = new SessionTable(10);
            users.Add(new User(1, "al\u00efce \ud83d\ude00", "alice@example.org", Filled(16, 1), Filled(32, 2), 2000, true));
            users.Add(new User(4, "bob", "bob@example.org", Filled(16, 3), Filled(32, 4), 3000, false));
            sessions.Add(new Session(Filled(32, 9), 4, 1000, 4000));

            byte[] payload = AccountsImage.Encode(users, sessions, 5000, 7);
            UserTable users2 = new UserTable(10);
            SessionTable sessions2 = new SessionTable(10);
            AccountsImage.Decode(payload, AccountsImage.FormatVersion, users2, sessions2, 5000, false);

            Assert.AreEqual(2, users2.Count);
            Assert.AreEqual(4, users2.LastId);
            User alice = users2.FindById(1);
            Assert.AreEqual("al\u00efce \ud83d\ude00", alice.Name);
            Assert.AreEqual("alice@example.org", alice.Email);
            Assert.IsTrue(alice.IsAdmin);
            Assert.AreEqual(2000, alice.Iterations);
            Assert.IsTrue(Bytes.Equal(Filled(32, 2), alice.PasswordHash));
            Assert.IsFalse(users2.FindById(4).IsAdmin);
            Assert.AreEqual(1, sessions2.Count);
            Assert.AreEqual(4, sessions2[0].UserId);
            Assert.AreEqual(1000L, sessions2[0].CreatedMs);
            Assert.AreEqual(4000L, sessions2[0].LastUsedMs);
        }

        [TestMethod]
        public void Session_ages_carry_over_a_reboot_and_the_idle_clock_restarts()
        {
            UserTable users = new UserTable(10);
            SessionTable sessions = new SessionTable(10);
            users.Add(new User(1, "alice", "alice@example.org", Filled(16, 1), Filled(32, 2), 2, true));
            sessions.Add(new Session(Filled(32, 9), 1, 1000, 4000));

            byte[] payload = AccountsImage.Encode(users, sessions, 5000, 7);
            UserTable users2 = new UserTable(10);
            SessionTable sessions2 = new SessionTable(10);
            AccountsImage.Decode(payload, AccountsImage.FormatVersion, users2, sessions2, 100, true);

            Assert.AreEqual(100L - 4000L, sessions2[0].CreatedMs);
            Assert.AreEqual(100L, sessions2[0].LastUsedMs);
        }

        [TestMethod]
        public void Sessions_of_missing_users_are_dropped_on_load()
        {
            UserTable users = new UserTable(10);
            SessionTable sessions = new SessionTable(10);
            users.Add(new User(1, "alice", "alice@example.org", Filled(16, 1), Filled(32, 2), 2, true));
            sessions.Add(new Session(Filled(32, 9), 7, 0, 0));

            UserTable users2 = new UserTable(10);
            SessionTable sessions2 = new SessionTable(10);
            AccountsImage.Decode(AccountsImage.Encode(users, sessions, 0, 7), AccountsImage.FormatVersion, users2, sessions2, 0, true);

            Assert.AreEqual(0, sessions2.Count);
        }

        [TestMethod]
        public void Truncated_or_padded_payloads_are_corrupt()
        {
            UserTable users = new UserTable(10);
            users.Add(new User(1, "alice", "alice@example.org", Filled(16, 1), Filled(32, 2), 2, true));
            byte[] payload = AccountsImage.Encode(users, new SessionTable(10), 0, 7);
            byte[] shorter = new byte[payload.Length - 1];
            System.Array.Copy(payload, shorter, shorter.Length);
            byte[] longer = new byte[payload.Length + 1];
            System.Array.Copy(payload, longer, payload.Length);

            Assert.ThrowsException(typeof(CorruptImageException), () => AccountsImage.Decode(shorter, AccountsImage.FormatVersion, new UserTable(10), new SessionTable(10), 0, true));
            Assert.ThrowsException(typeof(CorruptImageException), () => AccountsImage.Decode(longer, AccountsImage.FormatVersion, new UserTable(10), new SessionTable(10), 0, true));
        }

        [TestMethod]
        public void More_stored_users_than_the_table_holds_is_corrupt()
        {
            UserTable users = new UserTable(3);
            for (int i = 1; i <= 3; i++)
            {
                users.Add(new User(i, "u" + i, "u" + i + "@example.org", Filled(16, i), Filled(32, i), 2, i == 1));
            }

            byte[] payload = AccountsImage.Encode(users, new SessionTable(1), 0, 7);

            Assert.ThrowsException(typeof(CorruptImageException), () => AccountsImage.Decode(payload, AccountsImage.FormatVersion, new UserTable(2), new SessionTable(1), 0, true));
        }

        private static byte[] Filled(int length, int value)
        {
            return Bytes.Repeat((byte)value, length);
        }
    }
}
