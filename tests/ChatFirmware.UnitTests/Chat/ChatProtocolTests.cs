using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    /// <summary>Protocol v1 beyond plain messages: presence, direct messages, resume, the clock and fragments.</summary>
    [TestClass]
    public class ChatProtocolTests
    {
        [TestMethod]
        public void Presence_lists_each_online_user_once_and_joins_and_leaves_are_announced()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            ChatClient aliceTab1 = rig.OpenChat(alice);
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            ChatClient aliceTab2 = rig.OpenChat(alice);

            Assert.AreEqual("{\"type\":\"presence\",\"online\":[\"alice\",\"bob\"]}", aliceTab2.Socket.Last);
            Assert.AreEqual(1, aliceTab1.Socket.CountOfType("join"), "bob's join only: a second tab is not a join");
            Assert.Contains("\"name\":\"bob\"", aliceTab1.Socket.Text(aliceTab1.Socket.LastIndexOfType("join")));

            aliceTab1.Disconnect();
            Assert.AreEqual(0, bob.Socket.CountOfType("leave"), "alice still has a tab open");
            aliceTab2.Disconnect();

            Assert.AreEqual(1, bob.Socket.CountOfType("leave"));
            Assert.AreEqual("{\"type\":\"presence\",\"online\":[\"bob\"]}", bob.Socket.Last);
        }

        [TestMethod]
        public void A_direct_message_reaches_only_its_two_parties()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            ChatClient carol = rig.OpenChat(rig.SignUp("carol"));

            alice.SayTo("BOB", "just for you");

            JsonObject atBob = Frames.Parse(Frames.Message(bob.Socket, 0));
            Assert.AreEqual("bob", atBob.GetString("to"), "the recipient's name as registered");
            Assert.IsTrue(atBob.Has("direct"));
            Assert.AreEqual("just for you", Frames.Parse(Frames.Message(alice.Socket, 0)).GetString("text"));
            Assert.AreEqual(0, carol.Socket.CountOfType("message"));
        }

        [TestMethod]
        public void Direct_messages_stay_private_in_the_history()
        {
            TestRig rig = TestRig.Create();
            string bobCookie = rig.SignUp("bob");
            string carolCookie = rig.SignUp("carol");
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.SayTo("bob", "secret");
            alice.Say("public");

            string bobHistory = rig.OpenChat(bobCookie).Socket.Text(1);
            string carolHistory = rig.OpenChat(carolCookie).Socket.Text(1);

            Assert.Contains("secret", bobHistory);
            Assert.DoesNotContains("secret", carolHistory);
            Assert.Contains("public", carolHistory);
        }

        [TestMethod]
        public void A_direct_message_to_an_unknown_user_is_refused()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));

            alice.SayTo("nobody", "hello?");

            Assert.AreEqual(ChatProtocol.ErrorUnknownRecipient, Frames.LastErrorCode(alice.Socket));
            Assert.AreEqual(0, alice.Socket.CountOfType("message"));
        }

        [TestMethod]
        public void Reconnecting_with_after_sends_only_the_missed_messages()
        {
            TestRig rig = TestRig.Create();
            string bobCookie = rig.SignUp("bob");
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say("one");
            alice.Say("two");
            long seen = Frames.Id(Frames.Message(alice.Socket, 1));
            alice.Say("three");

            string history = rig.OpenChat(bobCookie, "/ws?after=" + seen).Socket.Text(1);

            Assert.DoesNotContains("\"two\"", history);
            Assert.Contains("\"three\"", history);
            Assert.Contains("\"complete\":true", history);
        }

        [TestMethod]
        public void Resuming_past_messages_the_ring_no_longer_holds_says_the_history_is_incomplete()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.HistoryCapacity = 3;
            TestRig rig = TestRig.Create(settings);
            string bobCookie = rig.SignUp("bob");
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say("one");
            long seen = Frames.Id(Frames.Message(alice.Socket, 0));
            for (int i = 2; i <= 5; i++)
            {
                alice.Say("message " + i);
            }

            string history = rig.OpenChat(bobCookie, "/ws?after=" + seen).Socket.Text(1);

            Assert.Contains("\"complete\":false", history);
            Assert.AreEqual(3, Strings.Count(history, "\"id\":"));
        }

        [TestMethod]
        public void The_welcome_tells_the_last_id_and_whether_the_clock_is_set()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say("one");

            string welcome = rig.OpenChat(rig.SignUp("bob")).Socket.Text(0);

            long lastId;
            Assert.IsTrue(Frames.Parse(welcome).TryGetLong("lastId", out lastId));
            Assert.AreEqual(Frames.Id(Frames.Message(alice.Socket, 0)), lastId);
            Assert.Contains("\"clockSet\":false", welcome);
            rig.Clock.Set(1760000000000);
            Assert.Contains("\"clockSet\":true", rig.OpenChat(rig.Login("bob", TestRig.PasswordOf("bob"))).Socket.Text(0));
        }

        [TestMethod]
        public void The_welcome_gives_no_hint_of_private_messages_between_others()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            rig.SignUp("carol");
            alice.Say("public");
            long publicId = Frames.Id(Frames.Message(alice.Socket, 0));
            bob.SayTo("carol", "psst");
            bob.SayTo("carol", "psst again");

            long lastId;
            Assert.IsTrue(Frames.Parse(rig.OpenChat(rig.SignUp("dave")).Socket.Text(0)).TryGetLong("lastId", out lastId));
            Assert.AreEqual(publicId, lastId, "the newest message dave may see");
            Assert.IsTrue(Frames.Parse(rig.OpenChat(rig.Login("carol", TestRig.PasswordOf("carol"))).Socket.Text(0)).TryGetLong("lastId", out lastId));
            Assert.AreEqual(publicId + 2, lastId, "carol sees the private ones to her");
        }

        [TestMethod]
        public void The_first_plausible_browser_clock_sets_the_time_and_later_ones_are_ignored()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));

            alice.SendJson("{\"type\":\"clock\",\"now\":1000}");
            Assert.AreEqual(ChatProtocol.ErrorBadClock, Frames.LastErrorCode(alice.Socket));
            Assert.IsFalse(rig.Clock.IsSet);
            alice.SendJson("{\"type\":\"clock\",\"now\":344460831137321}");
            Assert.AreEqual(2, alice.Socket.CountOfType("error"), "the year 12885 is refused too");
            Assert.IsFalse(rig.Clock.IsSet);

            alice.SendJson("{\"type\":\"clock\",\"now\":1760000000000}");
            alice.SendJson("{\"type\":\"clock\",\"now\":1770000000000}");

            Assert.AreEqual(1760000000000L, rig.Clock.UnixMilliseconds);
        }

        [TestMethod]
        public void Fragments_are_joined_into_one_message()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));

            alice.SendFragment("{\"type\":\"se", false);
            alice.SendFragment("nd\",\"text\":\"in pie", false);
            Assert.AreEqual(0, alice.Socket.CountOfType("message"));
            alice.SendFragment("ces\"}", true);

            Assert.AreEqual("in pieces", Frames.Parse(Frames.Message(alice.Socket, 0)).GetString("text"));
        }

        [TestMethod]
        public void Fragments_that_outgrow_MaxFrameBytes_close_with_1009()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.MaxFrameBytes = 64;
            TestRig rig = TestRig.Create(settings);
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));

            alice.SendFragment(Strings.Repeat("x", 40), false);
            alice.SendFragment(Strings.Repeat("x", 40), false);

            Frames.AssertClosed(alice.Socket, CloseCodes.TooBig);
        }

        [TestMethod]
        public void A_utf8_character_split_across_fragments_is_accepted()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            byte[] whole = Bytes.Utf8("{\"type\":\"send\",\"text\":\"\u20ac\"}");
            int split = 24;

            rig.Server.OnChatFragment(alice.Connection, whole, 0, split, false);
            rig.Server.OnChatFragment(alice.Connection, whole, split, whole.Length - split, true);

            Assert.AreEqual("\u20ac", Frames.Parse(Frames.Message(alice.Socket, 0)).GetString("text"));
        }
    }
}
