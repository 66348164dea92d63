using System.Text;
using ChatFirmware.Core.Qr;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ZXing;
using ZXing.Client.Result;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// An independent decoder, ZXing.Net 0.16.11, reads what the encoder writes: every version, every
    /// mask, UTF-8 and the join text's escapes. ZXing finds the symbol by its finders (no PURE_BARCODE
    /// shortcut), so the function patterns are read as a camera app reads them.
    /// </summary>
    [TestClass]
    public class QrDecodesWithZxingTests
    {
        [TestMethod]
        public void Every_version_with_every_mask_reads_back()
        {
            for (int version = 1; version <= QrVersions.MaxVersion; version++)
            {
                // The fullest payload of the version: UTF-8 with an emoji and every character the join text escapes.
                byte[] payload = Fill(Encoding.UTF8.GetBytes("WIFI:S:caf\u00e9\\;,:\" \ud83d\ude00;"), QrVersions.ByteCapacity(version));
                for (int mask = 0; mask < QrMask.Count; mask++)
                {
                    QrCode code = QrEncoder.Encode(payload, mask);
                    Assert.AreEqual(version, code.Version);

                    Result result = QrScan.Read(code);

                    Assert.IsNotNull(result, "version " + version + ", mask " + mask + " unreadable");
                    CollectionAssert.AreEqual(payload, QrScan.Bytes(result), "version " + version + ", mask " + mask);
                }
            }
        }

        [TestMethod]
        public void The_smallest_payloads_of_each_version_read_back_too()
        {
            for (int version = 1; version <= QrVersions.MaxVersion; version++)
            {
                int length = version == 1 ? 0 : QrVersions.ByteCapacity(version - 1) + 1;
                byte[] payload = Fill(Encoding.UTF8.GetBytes("0123456789"), length);

                QrCode code = QrEncoder.Encode(payload);

                Assert.AreEqual(version, code.Version);
                Result result = QrScan.Read(code);
                Assert.IsNotNull(result, "version " + version);
                CollectionAssert.AreEqual(payload, QrScan.Bytes(result), "version " + version);
            }
        }

        [TestMethod]
        public void Utf8_text_reads_back_as_the_same_text()
        {
            string text = "Gr\u00fc\u00dfe aus dem Caf\u00e9 \u4e2d\u6587 \ud83d\udc4b\ud83c\udffd http://192.168.4.1";

            Result result = QrScan.Read(QrEncoder.Encode(Encoding.UTF8.GetBytes(text)));

            Assert.AreEqual(text, Encoding.UTF8.GetString(QrScan.Bytes(result)));
        }

        /// <remarks>
        /// As the bare symbol (PURE_BARCODE): ZXing's finder search misses about 1 random symbol in 100
        /// (5 of 416 tried), and QRCoder writes each of those module for module as this encoder does, so
        /// the miss is the detector's, not the symbol's. The fixed payloads above are found by their finders.
        /// </remarks>
        [TestMethod]
        public void Random_bytes_of_every_length_read_back()
        {
            Gen.Byte.Array[0, QrEncoder.MaxBytes].Sample(payload =>
            {
                Result result = QrScan.Read(QrEncoder.Encode(payload), true);
                Assert.IsNotNull(result, payload.Length + " bytes unreadable");
                CollectionAssert.AreEqual(payload, QrScan.Bytes(result));
            }, iter: 150);
        }

        [TestMethod]
        [DataRow("ChatFirmware", "abcd-efgh-jkmn-pqrs")]
        [DataRow("a\\b;c,d:e\"f", ";,:\"\\ and the rest")]
        [DataRow("Caf\u00e9 \"Zur Linde\" \ud83d\ude00", "correct horse battery staple")]
        [DataRow(";;;;;;;;;;;;;;;;;;;;;;;;;;;;;;;", "\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"\"")]
        public void A_join_text_reads_back_as_the_same_network_and_passphrase(string ssid, string passphrase)
        {
            byte[] text = WifiJoinText.Build(Encoding.UTF8.GetBytes(ssid), Encoding.UTF8.GetBytes(passphrase));

            WifiParsedResult wifi = Join(QrEncoder.Encode(text));

            Assert.AreEqual(ssid, wifi.Ssid);
            Assert.AreEqual(passphrase, wifi.Password);
            Assert.AreEqual("WPA", wifi.NetworkEncryption);
        }

        [TestMethod]
        public void An_open_network_reads_back_without_a_passphrase()
        {
            WifiParsedResult wifi = Join(QrEncoder.Encode(WifiJoinText.Build(Encoding.UTF8.GetBytes("Open;Cafe"), null)));

            Assert.AreEqual("Open;Cafe", wifi.Ssid);
            Assert.AreEqual("nopass", wifi.NetworkEncryption);
            Assert.IsTrue(string.IsNullOrEmpty(wifi.Password));
        }

        [TestMethod]
        public void Without_escaping_the_same_network_would_read_back_wrong()
        {
            // The control for the test above: the escapes are what keeps the fields apart.
            WifiParsedResult wifi = Join(QrEncoder.Encode(Encoding.UTF8.GetBytes("WIFI:T:WPA;S:a;b;P:secret;;")));

            Assert.AreNotEqual("a;b", wifi.Ssid);
        }

        private static WifiParsedResult Join(QrCode code)
        {
            Result result = QrScan.Read(code);
            Assert.IsNotNull(result);
            ParsedResult parsed = ResultParser.parseResult(new Result(Encoding.UTF8.GetString(QrScan.Bytes(result)), null, null, BarcodeFormat.QR_CODE));
            Assert.IsInstanceOfType(parsed, typeof(WifiParsedResult), parsed.ToString());
            return (WifiParsedResult)parsed;
        }

        private static byte[] Fill(byte[] pattern, int length)
        {
            byte[] payload = new byte[length];
            for (int i = 0; i < length; i++)
            {
                payload[i] = pattern[i % pattern.Length];
            }

            return payload;
        }
    }
}
