using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// Text only a .NET string can hold, so these run only here: a lone surrogate (a nanoFramework string
    /// is UTF-8 inside and turns it into U+FFFD) and U+0000 (a nanoFramework string ends at it). On the
    /// board such text can only arrive as bytes, which Utf8.Decode refuses (the shared tests show that);
    /// in the emulator the same rules keep it out of names, passwords and JSON.
    /// </summary>
    [TestClass]
    public class DotNetStringTests
    {
        [TestMethod]
        public void Lone_surrogates_are_refused_in_names_and_passwords()
        {
            ChatSettings settings = new ChatSettings();

            Assert.IsNotNull(AccountRules.CheckName("a\ud83d", settings));
            Assert.IsNotNull(AccountRules.CheckName("\ude00a", settings));
            Assert.IsNotNull(AccountRules.CheckPassword("12345678\ud83d", settings));
        }

        [TestMethod]
        public void Unpaired_surrogates_are_found()
        {
            Assert.IsFalse(TextRules.HasOnlyPairedSurrogates("\ud83d"));
            Assert.IsFalse(TextRules.HasOnlyPairedSurrogates("\ude00\ud83d"));
            Assert.IsFalse(TextRules.HasOnlyPairedSurrogates("x\ude00"));
        }

        [TestMethod]
        public void Nul_is_refused_in_names_and_escaped_in_json()
        {
            Assert.IsNotNull(AccountRules.CheckName("a\u0000b", new ChatSettings()));
            Assert.AreEqual("\"\\u0000\"", JsonText("\u0000"));
        }

        private static string JsonText(string value)
        {
            System.Text.StringBuilder text = new System.Text.StringBuilder();
            JsonWriter.AppendString(text, value);
            return text.ToString();
        }
    }
}
