using ChatFirmware.Core.Sessions;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Sessions
{
    [TestClass]
    public class SessionTableTests
    {
        [TestMethod]
        public void Finds_a_session_by_its_token_hash_value()
        {
            SessionTable table = new SessionTable(3);
            table.Add(new Session(Hash(1), 1, 0, 0));
            table.Add(new Session(Hash(2), 2, 0, 0));

            Assert.AreEqual(2, table.Find(Hash(2)).UserId);
            Assert.IsNull(table.Find(Hash(3)));
        }

        [TestMethod]
        public void Adding_to_a_full_table_evicts_the_least_recently_used()
        {
            SessionTable table = new SessionTable(2);
            Session a = new Session(Hash(1), 1, 0, 300);
            Session b = new Session(Hash(2), 2, 0, 100);
            Assert.IsNull(table.Add(a));
            Assert.IsNull(table.Add(b));

            Session evicted = table.Add(new Session(Hash(3), 3, 0, 400));

            Assert.AreSame(b, evicted);
            Assert.AreEqual(2, table.Count);
            Assert.IsNull(table.Find(Hash(2)));
        }

        [TestMethod]
        public void RemoveUser_ends_every_session_of_the_user()
        {
            SessionTable table = new SessionTable(4);
            table.Add(new Session(Hash(1), 1, 0, 0));
            table.Add(new Session(Hash(2), 2, 0, 0));
            table.Add(new Session(Hash(3), 1, 0, 0));

            Assert.AreEqual(2, table.RemoveUser(1));
            Assert.AreEqual(1, table.Count);
            Assert.AreEqual(2, table[0].UserId);
        }

        [TestMethod]
        public void Expiry_is_past_the_idle_or_the_absolute_lifetime()
        {
            Session session = new Session(Hash(1), 1, 1000, 5000);

            Assert.IsFalse(SessionTable.IsExpired(session, 6000, 1000, 10000));
            Assert.IsTrue(SessionTable.IsExpired(session, 6001, 1000, 10000));
            Assert.IsTrue(SessionTable.IsExpired(session, 6000, 5000, 4999));
        }

        [TestMethod]
        public void RemoveExpired_keeps_live_sessions()
        {
            SessionTable table = new SessionTable(3);
            table.Add(new Session(Hash(1), 1, 0, 0));
            table.Add(new Session(Hash(2), 2, 0, 900));

            Assert.AreEqual(1, table.RemoveExpired(1000, 500, 100000));
            Assert.AreEqual(2, table[0].UserId);
        }

        [TestMethod]
        public void Tokens_format_as_32_hex_digits_and_parse_back()
        {
            byte[] token = new byte[SessionTokens.TokenBytes];
            for (int i = 0; i < token.Length; i++)
            {
                token[i] = (byte)(i * 17);
            }

            string text = SessionTokens.Format(token);

            Assert.AreEqual(32, text.Length);
            Assert.IsTrue(Bytes.Equal(token, SessionTokens.Parse(text)));
            Assert.IsNull(SessionTokens.Parse(text.Substring(1)));
            Assert.IsNull(SessionTokens.Parse(null));
        }

        private static byte[] Hash(int seed)
        {
            byte[] hash = new byte[32];
            hash[0] = (byte)seed;
            hash[31] = (byte)(seed * 3);
            return hash;
        }
    }
}
