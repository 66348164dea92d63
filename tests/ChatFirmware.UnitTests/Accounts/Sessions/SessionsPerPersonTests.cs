using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Sessions
{
    /// <summary>
    /// A person holds at most MaxSessionsPerUser sessions; their next login ends their own least
    /// recently used one. When the table is full, a login ends a session of whoever holds the most,
    /// so one person's logins never end anyone else's only session.
    /// </summary>
    [TestClass]
    public class SessionsPerPersonTests
    {
        [TestMethod]
        public void One_persons_repeated_logins_never_end_someone_elses_session()
        {
            TestRig rig = TestRig.Create();
            string bob = rig.SignUp("bob");
            ChatClient bobChat = rig.OpenChat(bob);
            rig.Register("alice", "alice@example.org", "correct horse");
            for (int i = 0; i < 20; i++)
            {
                Assert.IsNotNull(rig.Login("alice", "correct horse"), "login " + (i + 1));
                rig.Clock.Advance(rig.Settings.LoginSuccessRefillMs);
            }

            Assert.AreEqual(200, rig.Get("/chat", bob).StatusCode);
            Assert.IsFalse(bobChat.Socket.IsClosed);
        }

        [TestMethod]
        public void A_persons_login_beyond_the_cap_ends_their_own_least_recently_used_session()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            string[] cookies = new string[rig.Settings.MaxSessionsPerUser + 2];
            for (int i = 0; i < cookies.Length; i++)
            {
                cookies[i] = rig.Login("alice", "correct horse");
                rig.Clock.Advance(1000);
            }

            ChatClient newest = rig.OpenChat(cookies[cookies.Length - 1]);
            Assert.IsNotNull(newest.Connection);
            for (int i = 0; i < cookies.Length; i++)
            {
                bool kept = i >= cookies.Length - rig.Settings.MaxSessionsPerUser;
                Assert.AreEqual(kept ? 200 : 303, rig.Get("/chat", cookies[i]).StatusCode, "session " + (i + 1));
            }
        }

        [TestMethod]
        public void The_ended_sessions_chat_closes_with_1008()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            string first = rig.Login("alice", "correct horse");
            ChatClient firstChat = rig.OpenChat(first);
            for (int i = 0; i < rig.Settings.MaxSessionsPerUser; i++)
            {
                rig.Clock.Advance(1000);
                rig.Login("alice", "correct horse");
            }

            Frames.AssertClosed(firstChat.Socket, CloseCodes.PolicyViolation);
        }

        [TestMethod]
        public void When_the_table_is_full_the_person_holding_the_most_sessions_gives_one_up()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.MaxSessions = 4;
            TestRig rig = TestRig.Create(settings);
            string bob = rig.SignUp("bob");
            rig.Register("alice", "alice@example.org", "correct horse");
            string aliceOldest = rig.Login("alice", "correct horse");
            rig.Clock.Advance(1000);
            rig.Login("alice", "correct horse");
            rig.Clock.Advance(1000);
            rig.Login("alice", "correct horse");
            rig.Clock.Advance(1000);

            string carol = rig.SignUp("carol");

            Assert.AreEqual(200, rig.Get("/chat", bob).StatusCode, "bob's only session stays");
            Assert.AreEqual(200, rig.Get("/chat", carol).StatusCode);
            Assert.AreEqual(303, rig.Get("/chat", aliceOldest).StatusCode, "alice, who held the most, gave up her oldest");
        }
    }
}
