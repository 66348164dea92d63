using ChatFirmware.Core.Qr;
using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Qr
{
    /// <summary>The Wi-Fi join text phones read from a QR code: its fields, escaping, and the longest one the settings allow.</summary>
    [TestClass]
    public class WifiJoinTextTests
    {
        [TestMethod]
        public void A_secured_network_gives_type_WPA_name_and_passphrase()
        {
            byte[] text = WifiJoinText.Build(Bytes.Utf8("ChatFirmware"), Bytes.Utf8("abcd-efgh-jkmn-pqrs"));

            Assert.AreEqual("WIFI:T:WPA;S:ChatFirmware;P:abcd-efgh-jkmn-pqrs;;", Bytes.Text(text));
        }

        [TestMethod]
        public void An_open_network_gives_nopass_and_no_passphrase()
        {
            Assert.AreEqual("WIFI:T:nopass;S:Cafe;;", Bytes.Text(WifiJoinText.Build(Bytes.Utf8("Cafe"), null)));
            Assert.AreEqual("WIFI:T:nopass;S:Cafe;;", Bytes.Text(WifiJoinText.Build(Bytes.Utf8("Cafe"), new byte[0])));
        }

        [TestMethod]
        public void Backslash_semicolon_comma_colon_and_quote_are_escaped_in_both_fields()
        {
            byte[] text = WifiJoinText.Build(Bytes.Utf8("a\\b;c,d:e\"f"), Bytes.Utf8(";,:\"\\ pass"));

            Assert.AreEqual("WIFI:T:WPA;S:a\\\\b\\;c\\,d\\:e\\\"f;P:\\;\\,\\:\\\"\\\\ pass;;", Bytes.Text(text));
        }

        [TestMethod]
        public void Other_characters_are_not_escaped()
        {
            Assert.IsFalse(WifiJoinText.NeedsEscape((byte)'='));
            Assert.IsFalse(WifiJoinText.NeedsEscape((byte)' '));
            Assert.IsFalse(WifiJoinText.NeedsEscape((byte)'\''));
            Assert.IsTrue(WifiJoinText.NeedsEscape((byte)';'));
        }

        [TestMethod]
        public void UTF8_names_pass_through_byte_for_byte()
        {
            byte[] ssid = Bytes.Utf8("Caf\u00e9 \ud83d\ude00;");

            byte[] text = WifiJoinText.Build(ssid, null);

            // The emoji's four bytes stay whole; only the ASCII semicolon gains a backslash.
            Assert.AreEqual(Bytes.ToHex(Bytes.Utf8("WIFI:T:nopass;S:")) + "436166c3a920f09f98805c3b3b3b", Bytes.ToHex(text));
        }

        [TestMethod]
        public void The_longest_join_text_the_settings_allow_fits_version_10()
        {
            // Every byte of the longest name and passphrase needing a backslash: 18 + 2 x 31 + 2 x 63 = 206 bytes.
            byte[] ssid = Bytes.Repeat((byte)';', NetworkSettingsRules.SsidMaxBytes);
            byte[] passphrase = Bytes.Repeat((byte)'"', NetworkSettingsRules.PassphraseMaxLength);

            byte[] text = WifiJoinText.Build(ssid, passphrase);
            QrCode code = QrEncoder.Encode(text);

            Assert.AreEqual(206, text.Length);
            Assert.AreEqual(10, code.Version);
            Assert.IsTrue(text.Length <= QrEncoder.MaxBytes);
        }

        [TestMethod]
        public void Even_the_standards_32_byte_network_name_would_fit()
        {
            byte[] text = WifiJoinText.Build(Bytes.Repeat((byte)',', 32), Bytes.Repeat((byte)':', 63));

            Assert.AreEqual(208, text.Length);
            Assert.AreEqual(10, QrEncoder.Encode(text).Version);
        }
    }
}
