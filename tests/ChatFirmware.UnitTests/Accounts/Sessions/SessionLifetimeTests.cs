using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Sessions
{
    [TestClass]
    public class SessionLifetimeTests
    {
        [TestMethod]
        public void Logout_ends_the_session_and_closes_its_chat_sockets()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            ChatClient tab1 = rig.OpenChat(cookie);
            ChatClient tab2 = rig.OpenChat(cookie);

            rig.Logout(cookie);

            Assert.AreEqual(303, rig.Get("/chat", cookie).StatusCode);
            Assert.AreEqual(CloseCodes.PolicyViolation, tab1.Socket.CloseCode);
            Assert.AreEqual(CloseCodes.PolicyViolation, tab2.Socket.CloseCode);
            Assert.AreEqual(0, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void Logout_leaves_other_sessions_of_the_same_user_alone()
        {
            TestRig rig = TestRig.Create();
            string phone = rig.SignUp("alice");
            string laptop = rig.Login("alice", TestRig.PasswordOf("alice"));
            ChatClient laptopChat = rig.OpenChat(laptop);

            rig.Logout(phone);

            Assert.AreEqual(200, rig.Get("/chat", laptop).StatusCode);
            Assert.IsFalse(laptopChat.Socket.IsClosed);
        }

        [TestMethod]
        public void Logout_costs_one_flash_write_and_logout_without_session_none()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            int writes = rig.Flash.WriteCount;

            rig.Logout(cookie);
            Assert.AreEqual(writes + 1, rig.Flash.WriteCount);

            rig.Logout(cookie);
            rig.Logout(null);
            Assert.AreEqual(writes + 1, rig.Flash.WriteCount);
        }

        [TestMethod]
        public void A_full_session_table_evicts_the_least_recently_used_session_and_closes_its_socket()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.MaxSessions = 3;
            TestRig rig = TestRig.Create(settings);
            string alice = rig.SignUp("alice");
            rig.Clock.Advance(1000);
            string bob = rig.SignUp("bob");
            rig.Clock.Advance(1000);
            string carol = rig.SignUp("carol");
            ChatClient bobChat = rig.OpenChat(bob);
            ChatClient carolChat = rig.OpenChat(carol);
            rig.Clock.Advance(1000);
            Assert.AreEqual(200, rig.Get("/chat", alice).StatusCode, "alice is now more recent than bob");
            rig.Clock.Advance(1000);
            Assert.AreEqual(200, rig.Get("/chat", carol).StatusCode);
            rig.Clock.Advance(1000);

            string dave = rig.SignUp("dave");

            Assert.IsNotNull(dave);
            Assert.AreEqual(303, rig.Get("/chat", bob).StatusCode, "bob was least recently used");
            Assert.AreEqual(CloseCodes.PolicyViolation, bobChat.Socket.CloseCode);
            Assert.IsFalse(carolChat.Socket.IsClosed);
            Assert.AreEqual(200, rig.Get("/chat", alice).StatusCode);
            Assert.AreEqual(200, rig.Get("/chat", carol).StatusCode);
            Assert.AreEqual(200, rig.Get("/chat", dave).StatusCode);
        }

        [TestMethod]
        public void Idle_sessions_expire_on_tick_and_their_sockets_close()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.SessionIdleTimeoutMs = 60000;
            TestRig rig = TestRig.Create(settings);
            string cookie = rig.SignUp("alice");
            ChatClient chat = rig.OpenChat(cookie);

            rig.Clock.Advance(60000);
            rig.Server.Tick();
            Assert.IsFalse(chat.Socket.IsClosed, "exactly the idle time is still fine");

            rig.Clock.Advance(1);
            rig.Server.Tick();

            Assert.AreEqual(CloseCodes.PolicyViolation, chat.Socket.CloseCode);
            Assert.Contains("expired", chat.Socket.CloseReason);
            Assert.AreEqual(303, rig.Get("/chat", cookie).StatusCode);
            Assert.AreEqual(0, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void Using_a_session_keeps_it_from_idling_out()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.SessionIdleTimeoutMs = 60000;
            TestRig rig = TestRig.Create(settings);
            string cookie = rig.SignUp("alice");
            for (int i = 0; i < 5; i++)
            {
                rig.Clock.Advance(50000);
                Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode);
                rig.Server.Tick();
            }

            Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode);
        }

        [TestMethod]
        public void Writing_in_an_open_chat_keeps_the_session_from_idling_out()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.SessionIdleTimeoutMs = 60000;
            TestRig rig = TestRig.Create(settings);
            string cookie = rig.SignUp("alice");
            ChatClient chat = rig.OpenChat(cookie);
            for (int i = 0; i < 5; i++)
            {
                rig.Clock.Advance(50000);
                chat.Say("still writing " + i);
                rig.Server.Tick();
            }

            Assert.IsFalse(chat.Socket.IsClosed, "250 s of chatting, never 60 s without a message");
            Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode);
            rig.Clock.Advance(60001);
            rig.Server.Tick();
            Assert.AreEqual(CloseCodes.PolicyViolation, chat.Socket.CloseCode, "a silent tab still idles out");
        }

        [TestMethod]
        public void A_message_does_not_bring_an_idled_out_session_back()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.SessionIdleTimeoutMs = 60000;
            TestRig rig = TestRig.Create(settings);
            string cookie = rig.SignUp("alice");
            ChatClient chat = rig.OpenChat(cookie);
            rig.Clock.Advance(60001);

            chat.Say("too late");
            rig.Server.Tick();

            Assert.AreEqual(CloseCodes.PolicyViolation, chat.Socket.CloseCode);
            Assert.AreEqual(303, rig.Get("/chat", cookie).StatusCode);
        }

        [TestMethod]
        public void Sessions_end_at_their_absolute_lifetime_even_when_used()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.SessionIdleTimeoutMs = 60000;
            settings.SessionAbsoluteTimeoutMs = 200000;
            TestRig rig = TestRig.Create(settings);
            string cookie = rig.SignUp("alice");
            ChatClient chat = rig.OpenChat(cookie);
            for (int i = 0; i < 4; i++)
            {
                rig.Clock.Advance(50000);
                Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode);
                rig.Server.Tick();
            }

            Assert.IsFalse(chat.Socket.IsClosed);
            rig.Clock.Advance(1);
            rig.Server.Tick();

            Assert.AreEqual(CloseCodes.PolicyViolation, chat.Socket.CloseCode);
            Assert.AreEqual(303, rig.Get("/chat", cookie).StatusCode);
        }

        [TestMethod]
        public void A_session_found_expired_by_a_page_request_still_has_its_socket_closed_by_the_next_tick()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.SessionIdleTimeoutMs = 60000;
            TestRig rig = TestRig.Create(settings);
            string cookie = rig.SignUp("alice");
            ChatClient chat = rig.OpenChat(cookie);
            rig.Clock.Advance(60001);

            Assert.AreEqual(303, rig.Get("/chat", cookie).StatusCode);
            rig.Server.Tick();

            Assert.AreEqual(CloseCodes.PolicyViolation, chat.Socket.CloseCode);
            Assert.AreEqual(0, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void Sessions_survive_a_reboot()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            rig.Logout(bob);

            TestRig rebooted = rig.Reboot();

            Assert.AreEqual(200, rebooted.Get("/chat", alice).StatusCode);
            Assert.AreEqual(303, rebooted.Get("/chat", bob).StatusCode);
            Assert.AreEqual(0, rebooted.Log.Warnings);
        }

        [TestMethod]
        public void After_a_reboot_the_absolute_lifetime_continues_from_the_stored_age()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.SessionAbsoluteTimeoutMs = 100000;
            TestRig rig = TestRig.Create(settings);
            string alice = rig.SignUp("alice");
            rig.Clock.Advance(60000);
            rig.SignUp("bob");

            TestRig rebooted = rig.Reboot();
            rebooted.Clock.Advance(40000);
            Assert.AreEqual(200, rebooted.Get("/chat", alice).StatusCode);
            rebooted.Clock.Advance(1);
            rebooted.Server.Tick();

            Assert.AreEqual(303, rebooted.Get("/chat", alice).StatusCode);
        }

        [TestMethod]
        public void Page_views_and_ticks_cost_no_flash_writes()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            int writes = rig.Flash.WriteCount;

            for (int i = 0; i < 5; i++)
            {
                rig.Get("/", cookie);
                rig.Get("/chat", cookie);
                rig.Get("/app.css");
                rig.Get("/nowhere");
                rig.Server.Tick();
            }

            Assert.AreEqual(writes, rig.Flash.WriteCount);
        }
    }
}
