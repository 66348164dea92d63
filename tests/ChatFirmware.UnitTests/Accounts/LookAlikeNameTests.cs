using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
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
        public void The_reported_look_alikes_of_the_administrator_are_refused()
        {
            TestRig rig = TestRig.Create();
            rig.Register("admin", "admin@example.org", "correct horse");
            string[] names = new string[] { "\u0430dmin", "admin\udb40\udc20", "admin\ufe0f", "adm\u0131n", "\u2800", "\u0301\u0302\u0303" };
            int[] statuses = new int[] { 409, 400, 400, 409, 400, 400 };
            for (int i = 0; i < names.Length; i++)
            {
                Assert.AreEqual(statuses[i], rig.Register(names[i], "other" + i + "@example.org", "correct horse").StatusCode, "name " + i);
            }

            Assert.AreEqual(303, rig.Register("bob", "bob@example.org", "correct horse").StatusCode, "the chat still takes real names");
        }

        [TestMethod]
        public void Names_that_look_like_a_taken_one_in_another_script_or_form_are_refused()
        {
            TestRig rig = TestRig.Create();
            rig.Register("admin", "admin@example.org", "correct horse");
            // Cyrillic capital A; Cyrillic a and i; full-width; mathematical bold; rn for m;
            // an accent, precomposed and combining; Greek capital alpha in capitals; a blank pattern in front.
            string[] names = new string[]
            {
                "\u0410dmin", "\u0430dm\u0456n", "\uff41\uff44\uff4d\uff49\uff4e", "\ud835\udc1a\ud835\udc1d\ud835\udc26\ud835\udc22\ud835\udc27",
                "adrnin", "adm\u00edn", "admi\u0301n", "\u0391DMIN",
            };
            for (int i = 0; i < names.Length; i++)
            {
                HttpResponse response = rig.Register(names[i], "other" + i + "@example.org", "correct horse");

                Assert.AreEqual(409, response.StatusCode, "name " + i);
                // Bytes, not Assert.Contains: nanoCLR's IndexOf misses what follows a character outside the BMP.
                Assert.IsTrue(Bytes.IndexOf(response.Body, Bytes.Utf8("looks too much like")) > 0, "name " + i + " is told why");
            }
        }

        [TestMethod]
        public void Names_need_a_letter_or_a_digit()
        {
            ChatSettings settings = new ChatSettings();
            string[] noLetter = new string[] { "\ud83d\ude42", "!!!", "\u2764\ufe0f", "\u0301", "\u2800", "---" };
            for (int i = 0; i < noLetter.Length; i++)
            {
                Assert.IsNotNull(AccountRules.CheckName(noLetter[i], settings), "name " + i);
            }

            Assert.IsNull(AccountRules.CheckName("7", settings));
            Assert.IsNull(AccountRules.CheckName("\u00e9", settings));
            Assert.IsNull(AccountRules.CheckName("\u0915\u093f", settings), "a Devanagari letter with its vowel sign");
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
