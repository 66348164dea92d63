using ChatFirmware.Core.Chat;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    /// <summary>
    /// Emoji and accented text through every path a message takes: the socket, the limits, the history's
    /// byte budget, the flash and a restart. On nanoFramework a string is UTF-8 inside and its indexer
    /// and IndexOf go wrong after an emoji, so these run on nanoCLR too (the comparisons here are of
    /// bytes, never of string positions).
    /// </summary>
    [TestClass]
    public class TextBeyondAsciiTests
    {
        private const string Grinning = "\ud83d\ude00";
        private const string Mixed = "Gr\u00fc\u00dfe aus K\u00f6ln \ud83d\udc4b\ud83c\udffd \u2014 \u00e7a va? \u4e2d\u6587 \ud83d\ude00";

        [TestMethod]
        public void A_message_of_500_emoji_is_accepted_and_delivered_byte_for_byte()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            string text = Strings.Repeat(Grinning, 500);

            alice.Say(text);

            byte[] sent = Bytes.Utf8(text);
            Assert.AreEqual(2000, sent.Length);
            Assert.IsTrue(Bytes.IndexOf(bob.Socket.Raw(Frames.MessageIndex(bob.Socket, 0)), sent) > 0, "the 2,000 bytes arrive as they were sent");
            Assert.IsTrue(Bytes.Equal(sent, Bytes.Utf8(Frames.Parse(Frames.Message(bob.Socket, 0)).GetString("text"))));
        }

        [TestMethod]
        public void The_501st_emoji_is_one_code_point_too_many()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));

            alice.Say(Strings.Repeat(Grinning, 501));

            Assert.AreEqual(ChatProtocol.ErrorTooLong, Frames.LastErrorCode(alice.Socket));
        }

        [TestMethod]
        public void Accented_text_and_emoji_reach_everyone_unchanged()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));

            alice.Say(Mixed);

            Assert.IsTrue(Bytes.IndexOf(bob.Socket.Raw(Frames.MessageIndex(bob.Socket, 0)), Bytes.Utf8(Mixed)) > 0);
            Assert.IsTrue(Bytes.Equal(Bytes.Utf8(Mixed), Bytes.Utf8(Frames.Parse(Frames.Message(alice.Socket, 0)).GetString("text"))));
        }

        [TestMethod]
        public void Emoji_and_accented_text_come_back_from_history_after_a_restart()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say(Mixed);
            alice.Say(Strings.Repeat(Grinning, 500));
            rig.Clock.Advance(rig.Settings.HistoryFlushIntervalMs);
            rig.Server.Tick();

            TestRig rebooted = rig.Reboot();
            ChatClient again = rebooted.OpenChat(rebooted.Login("alice", TestRig.PasswordOf("alice")));
            byte[] history = again.Socket.Raw(again.Socket.LastIndexOfType("history"));

            Assert.IsTrue(Bytes.IndexOf(history, Bytes.Utf8(Mixed)) > 0, "the mixed text, byte for byte");
            Assert.IsTrue(Bytes.IndexOf(history, Bytes.Utf8(Strings.Repeat(Grinning, 500))) > 0, "the 500 emoji, byte for byte");
        }

        [TestMethod]
        public void The_history_budget_counts_an_emoji_as_four_bytes()
        {
            ChatFirmware.Core.Settings.ChatSettings settings = TestRig.TestSettings();
            settings.RateLimitBurst = 1000;
            settings.HistoryOnConnect = 100;
            TestRig rig = TestRig.Create(settings);
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));

            // 100 messages of 40 emoji are 16,000 bytes: within the 16,384-byte budget, so all stay.
            for (int i = 0; i < 100; i++)
            {
                alice.Say(Strings.Repeat(Grinning, 40));
            }

            rig.Clock.Advance(rig.Settings.HistoryFlushIntervalMs);
            rig.Server.Tick();
            TestRig rebooted = rig.Reboot();
            ChatClient again = rebooted.OpenChat(rebooted.Login("alice", TestRig.PasswordOf("alice")));

            Assert.AreEqual(100, Bytes.Count(again.Socket.Raw(again.Socket.LastIndexOfType("history")), Bytes.Utf8(Strings.Repeat(Grinning, 40))));
        }
    }
}
