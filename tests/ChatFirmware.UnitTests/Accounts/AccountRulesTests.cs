using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    [TestClass]
    public class AccountRulesTests
    {
        [TestMethod]
        public void Names_are_trimmed_of_unicode_spaces()
        {
            Assert.AreEqual("Bob", AccountRules.NormalizeName(" \u00a0Bob\u3000\t"));
            Assert.AreEqual(string.Empty, AccountRules.NormalizeName(null));
        }

        [TestMethod]
        public void A_name_of_1_to_24_code_points_is_accepted()
        {
            ChatSettings settings = new ChatSettings();

            Assert.IsNull(AccountRules.CheckName("a", settings));
            Assert.IsNull(AccountRules.CheckName(Strings.Repeat("n", 24), settings));
            Assert.IsNull(AccountRules.CheckName("a" + Strings.Repeat("\ud83d\ude00", 23), settings), "23 emoji are 46 UTF-16 units but 23 code points");
            Assert.IsNull(AccountRules.CheckName("J\u00fcrgen \u00c5ngstr\u00f6m", settings));
        }

        [TestMethod]
        public void Empty_or_longer_than_24_code_points_is_refused()
        {
            ChatSettings settings = new ChatSettings();

            Assert.IsNotNull(AccountRules.CheckName(string.Empty, settings));
            Assert.Contains("24", AccountRules.CheckName(Strings.Repeat("n", 25), settings));
            Assert.IsNotNull(AccountRules.CheckName(Strings.Repeat("\ud83d\ude00", 25), settings));
        }

        [TestMethod]
        public void Control_and_invisible_characters_are_refused_in_names()
        {
            ChatSettings settings = new ChatSettings();
            string[] bad = new string[] { "a\u0001b", "a\nb", "a\tb", "a\u007fb", "a\u0085b", "a\u200bb", "a\u202eb", "a\u2066b", "a\ufeffb", "a\u2028b" };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsNotNull(AccountRules.CheckName(bad[i], settings), "index " + i);
            }
        }

        [TestMethod]
        public void At_signs_are_refused_in_names()
        {
            ChatSettings settings = new ChatSettings();

            Assert.Contains("@", AccountRules.CheckName("bob@home", settings));
        }

        [TestMethod]
        public void Text_the_board_cannot_hold_never_reaches_a_name_or_password()
        {
            // A name or password arrives as bytes (a form): a lone surrogate (ED A0 BD) or U+0000 is
            // refused there, before a string is made of it. The rules themselves refuse lone surrogates
            // in .NET strings (HostOnly/DotNetStringTests): a nanoFramework string cannot hold one.
            Assert.IsNull(FormReader.Parse(Bytes.Utf8("name=a%ED%A0%BD&password=12345678")), "lone surrogate");
            Assert.IsNull(FormReader.Parse(Bytes.Utf8("name=a%00b&password=12345678")), "U+0000");
            Assert.IsNull(FormReader.Parse(Bytes.Utf8("name=alice&password=12345678%00")), "U+0000 in a password");
            Assert.AreEqual("a\ud83d\ude00", FormReader.Parse(Bytes.Utf8("name=a%F0%9F%98%80")).Get("name"), "a pair is fine");
        }

        [TestMethod]
        public void Plain_email_addresses_are_accepted()
        {
            ChatSettings settings = new ChatSettings();

            Assert.IsNull(AccountRules.CheckEmail("a@b.c", settings));
            Assert.IsNull(AccountRules.CheckEmail("first.last+tag@sub.example.org", settings));
        }

        [TestMethod]
        public void Email_shape_is_checked()
        {
            ChatSettings settings = new ChatSettings();
            string[] bad = new string[]
            {
                string.Empty, "plain", "@example.org", "a@", "a@b", "a@.b", "a@b.", "a@b..c", "a@@b.c", "a@b@c.d",
                "a b@c.d", "a<b@c.d", "a\"b@c.d", "a(b)@c.d", "a,b@c.d", "a;b@c.d", "a\\b@c.d", "a[b]@c.d", "a\u007f@c.d",
                "\u00e9@c.d", "a@\u00e9.d", "a\u0000@c.d",
            };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsNotNull(AccountRules.CheckEmail(bad[i], settings), "should refuse: " + bad[i]);
            }
        }

        [TestMethod]
        public void Email_of_64_characters_is_accepted_and_65_refused()
        {
            ChatSettings settings = new ChatSettings();
            string domain = "@example.org";

            Assert.IsNull(AccountRules.CheckEmail(Strings.Repeat("e", 64 - domain.Length) + domain, settings));
            Assert.Contains("64", AccountRules.CheckEmail(Strings.Repeat("e", 65 - domain.Length) + domain, settings));
        }

        [TestMethod]
        public void Password_of_8_to_64_code_points_is_accepted()
        {
            ChatSettings settings = new ChatSettings();

            Assert.IsNull(AccountRules.CheckPassword("12345678", settings));
            Assert.IsNull(AccountRules.CheckPassword(Strings.Repeat("p", 64), settings));
            Assert.IsNull(AccountRules.CheckPassword(Strings.Repeat("\ud83d\udd11", 8), settings), "8 emoji");
            Assert.IsNull(AccountRules.CheckPassword("  spaces count  ", settings));
        }

        [TestMethod]
        public void Password_too_short_or_too_long_is_refused()
        {
            ChatSettings settings = new ChatSettings();

            Assert.Contains("8", AccountRules.CheckPassword("1234567", settings));
            Assert.IsNotNull(AccountRules.CheckPassword(Strings.Repeat("\ud83d\udd11", 7), settings), "7 emoji are 14 UTF-16 units but 7 code points");
            Assert.Contains("64", AccountRules.CheckPassword(Strings.Repeat("p", 65), settings));
            Assert.IsNotNull(AccountRules.CheckPassword(null, settings));
        }
    }
}
