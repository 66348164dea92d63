using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    [TestClass]
    public class ChatConnectionTests
    {
        [TestMethod]
        public void Opening_sends_the_welcome_first_then_the_history()
        {
            TestRig rig = TestRig.Create();

            ChatClient chat = rig.OpenChat(rig.SignUp("alice"));

            Assert.IsNotNull(chat.Connection);
            Assert.IsTrue(chat.Socket.Count >= 2);
            JsonObject welcome = Frames.Parse(chat.Socket.Text(0));
            Assert.AreEqual("welcome", welcome.GetString("type"));
            Assert.AreEqual("alice", welcome.GetString("you"));
            long maxLength;
            Assert.IsTrue(welcome.TryGetLong("maxLength", out maxLength));
            Assert.AreEqual((long)rig.Settings.MaxMessageCodePoints, maxLength);
            Assert.StartsWith("{\"type\":\"history\"", chat.Socket.Text(1));
            Assert.AreEqual(1, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void The_history_sent_on_open_holds_the_earlier_messages_in_order()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say("first");
            alice.Say("second");

            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));

            string history = bob.Socket.Text(1);
            Assert.StartsWith("{\"type\":\"history\"", history);
            int first = history.IndexOf("\"text\":\"first\"");
            int second = history.IndexOf("\"text\":\"second\"");
            Assert.IsTrue(first > 0 && second > first, history);
            Assert.Contains("\"from\":\"alice\"", history);
        }

        [TestMethod]
        public void History_on_connect_is_limited_to_the_newest_HistoryOnConnect_messages()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.HistoryOnConnect = 3;
            TestRig rig = TestRig.Create(settings);
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            for (int i = 1; i <= 5; i++)
            {
                alice.Say("m" + i);
            }

            string history = rig.OpenChat(rig.SignUp("bob")).Socket.Text(1);

            Assert.AreEqual(3, Strings.Count(history, "\"id\":"));
            Assert.DoesNotContains("\"m2\"", history);
            Assert.Contains("\"m3\"", history);
            Assert.Contains("\"m5\"", history);
        }

        [TestMethod]
        public void The_connection_cap_closes_the_next_socket_with_1013_and_a_readable_reason()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.MaxChatConnections = 2;
            TestRig rig = TestRig.Create(settings);
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            rig.OpenChat(alice);
            rig.OpenChat(bob);

            ChatClient third = rig.OpenChat(bob);

            Assert.IsNull(third.Connection);
            Frames.AssertClosed(third.Socket, CloseCodes.TryAgainLater);
            Assert.Contains("full", third.Socket.CloseReason);
            Assert.AreEqual(2, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void A_closed_connection_frees_its_place_under_the_cap()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.MaxChatConnections = 1;
            TestRig rig = TestRig.Create(settings);
            string alice = rig.SignUp("alice");
            ChatClient first = rig.OpenChat(alice);

            first.Disconnect();
            ChatClient second = rig.OpenChat(alice);

            Assert.IsNotNull(second.Connection);
            Assert.IsFalse(second.Socket.IsClosed);
        }

        [TestMethod]
        public void Several_tabs_of_one_user_within_the_cap_all_receive_messages()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            ChatClient tab1 = rig.OpenChat(alice);
            ChatClient tab2 = rig.OpenChat(alice);
            ChatClient tab3 = rig.OpenChat(rig.Login("alice", TestRig.PasswordOf("alice")));

            tab2.Say("hello from tab 2");

            Assert.AreEqual(3, rig.Server.ChatConnectionCount);
            Assert.Contains("hello from tab 2", Frames.Message(tab1.Socket, 0));
            Assert.Contains("hello from tab 2", Frames.Message(tab2.Socket, 0));
            Assert.Contains("hello from tab 2", Frames.Message(tab3.Socket, 0));
        }

        [TestMethod]
        public void A_socket_the_host_reports_closed_receives_nothing_more()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            bob.Disconnect();
            int framesBefore = bob.Socket.Count;

            alice.Say("anyone?");

            Assert.AreEqual(framesBefore, bob.Socket.Count);
            Assert.AreEqual(1, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void Shutdown_closes_every_socket_with_1001()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));

            rig.Server.Shutdown();

            Frames.AssertClosed(alice.Socket, CloseCodes.GoingAway);
            Frames.AssertClosed(bob.Socket, CloseCodes.GoingAway);
            Assert.AreEqual(0, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void Every_close_the_core_sends_has_a_reason_that_fits_a_close_frame()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.MaxChatConnections = 4;
            settings.SessionIdleTimeoutMs = 1000;
            TestRig rig = TestRig.Create(settings);
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            ChatClient tooBig = rig.OpenChat(alice);
            ChatClient badUtf8 = rig.OpenChat(alice);
            ChatClient loggedOut = rig.OpenChat(bob);
            ChatClient expired = rig.OpenChat(rig.SignUp("carol"));
            ChatClient full = rig.OpenChat(alice);

            tooBig.SendBytes(new byte[settings.MaxFrameBytes + 1]);
            badUtf8.SendBytes(new byte[] { 0xFF });
            rig.Logout(bob);
            rig.Clock.Advance(1001);
            rig.Server.Tick();

            Frames.AssertClosed(full.Socket, CloseCodes.TryAgainLater);
            Frames.AssertClosed(tooBig.Socket, CloseCodes.TooBig);
            Frames.AssertClosed(badUtf8.Socket, CloseCodes.InvalidPayload);
            Frames.AssertClosed(loggedOut.Socket, CloseCodes.PolicyViolation);
            Frames.AssertClosed(expired.Socket, CloseCodes.PolicyViolation);
        }
    }
}
