using ChatFirmware.Core.Chat;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    /// <summary>
    /// A message must show what it says: one made only of invisible characters is refused as empty,
    /// and one holding a bidi embedding, override or isolate (text shown in another order than it is
    /// read) is refused outright. Marks people use in right-to-left writing and emoji joiners pass.
    /// </summary>
    [TestClass]
    public class InvisibleTextTests
    {
        [TestMethod]
        public void A_message_of_only_invisible_characters_is_refused_as_empty()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string[] invisible = new string[] { "\u200b", "\u200b\u200c\u200d\u2060", "\ufeff \u2063", "\u2800", "\u3164", "\udb40\udc20\udb40\udc21" };
            for (int i = 0; i < invisible.Length; i++)
            {
                alice.Say(invisible[i]);

                Assert.AreEqual(ChatProtocol.ErrorEmpty, Frames.LastErrorCode(alice.Socket), "sample " + i);
            }

            Assert.AreEqual(0, alice.Socket.CountOfType("message"));
        }

        [TestMethod]
        public void A_message_with_a_bidi_override_or_isolate_is_refused()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string[] reordering = new string[] { "pay \u202eeulav\u202c now", "\u202d", "a\u2066b\u2069", "\u202ax", "5 \u20ac \u2014 \u2019 \u2026 then \u2067x", "ends with \u20ac\u2069" };
            for (int i = 0; i < reordering.Length; i++)
            {
                alice.Say(reordering[i]);

                Assert.AreEqual("bidi_control", Frames.LastErrorCode(alice.Socket), "sample " + i);
                Assert.Contains("U+202A", alice.Socket.Last);
            }

            Assert.AreEqual(0, alice.Socket.CountOfType("message"));
        }

        [TestMethod]
        public void Directional_marks_and_emoji_joiners_in_visible_text_pass()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));

            alice.Say("\u0645\u0631\u062d\u0628\u0627\u200f!");
            alice.Say("\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67");
            alice.Say("\u2764\ufe0f");
            alice.Say("5 \u20ac \u2014 \u2019quoted\u2019 \u2026 \u2030 \u2122");

            Assert.AreEqual(4, alice.Socket.CountOfType("message"), "characters that share the bidi controls' first byte (E2) pass");
        }
    }
}
