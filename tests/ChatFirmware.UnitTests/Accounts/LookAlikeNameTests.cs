using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    /// <summary>One user must not be able to register a name that looks exactly like another's.</summary>
    [TestClass]
    public class LookAlikeNameTests
    {
        [TestMethod]
        public void Invisible_characters_are_refused_in_names()
        {
            ChatSettings settings = new ChatSettings();
            // Soft hyphen, combining grapheme joiner, Hangul fillers, Mongolian vowel separator,
            // word joiner and the invisible operators: all render as nothing.
            char[] invisible = new char[] { '\u00ad', '\u034f', '\u115f', '\u1160', '\u180e', '\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\u3164', '\uffa0' };
            for (int i = 0; i < invisible.Length; i++)
            {
                Assert.IsNotNull(AccountRules.CheckName("b" + invisible[i] + "ob", settings), "U+" + ((int)invisible[i]).ToString("X4"));
            }
        }

        [TestMethod]
        public void A_name_that_differs_only_by_an_invisible_character_is_not_registered()
        {
            TestRig rig = TestRig.Create();
            rig.Register("bob", "bob@example.org", "correct horse");

            Assert.AreEqual(400, rig.Register("bob\u2060", "bob2@example.org", "correct horse").StatusCode);
            Assert.AreEqual(400, rig.Register("b\u00adob", "bob3@example.org", "correct horse").StatusCode);
        }

        [TestMethod]
        public void Every_unicode_space_is_trimmed_so_padded_names_collide()
        {
            TestRig rig = TestRig.Create();
            rig.Register("bob", "bob@example.org", "correct horse");
            string[] padded = new string[] { "bob\u202f", "\u205fbob", "bob\u1680", "\u2028bob\u2029", "bob\u0085" };

            for (int i = 0; i < padded.Length; i++)
            {
                Assert.AreEqual("bob", AccountRules.NormalizeName(padded[i]), "index " + i);
                Assert.AreEqual(409, rig.Register(padded[i], "other" + i + "@example.org", "correct horse").StatusCode, "index " + i);
            }
        }

        [TestMethod]
        public void Visible_non_latin_names_and_emoji_sequences_are_still_accepted()
        {
            ChatSettings settings = new ChatSettings();

            Assert.IsNull(AccountRules.CheckName("\u674e\u5c0f\u9f8d", settings));
            Assert.IsNull(AccountRules.CheckName("\u0639\u0644\u064a", settings));
            Assert.IsNull(AccountRules.CheckName("\ud55c\uae00", settings), "Hangul syllables are not fillers");
            Assert.IsNull(AccountRules.CheckName("Zo\u00eb \u2764\ufe0f", settings), "a variation selector in an emoji");
        }
    }
}
