using System.Text;
using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Text
{
    [TestClass]
    public class JsonEscapeTests
    {
        [TestMethod]
        public void Escapes_UTF8_bytes_exactly_as_JsonWriter_escapes_the_text()
        {
            string[] samples = new string[]
            {
                string.Empty, "plain text", "say \"hi\"", "back\\slash", "line\nbreak\r\ttab", "\u0001\u001f\u007f", "\b\f",
                "\u00e9t\u00e9 \u20ac", "\ud83d\ude00 \ud83d\udc4b", "a\u2028b\u2029c", "\u2027\u202a", "end\"",
            };
            for (int i = 0; i < samples.Length; i++)
            {
                Assert.AreEqual(Bytes.ToHex(Expected(samples[i])), Bytes.ToHex(Escaped(samples[i])), "escaping " + Bytes.ToHex(Bytes.Utf8(samples[i])));
            }
        }

        [TestMethod]
        public void Length_is_what_Write_writes()
        {
            string[] samples = new string[] { "abc", "\"\\", "\u0001x", "\u2028", "\u007f\u00e9", "\ud83d\ude00" };
            for (int i = 0; i < samples.Length; i++)
            {
                byte[] utf8 = Bytes.Utf8(samples[i]);
                Assert.AreEqual(Expected(samples[i]).Length, JsonEscape.Length(utf8, 0, utf8.Length), samples[i]);
            }
        }

        [TestMethod]
        public void Reads_and_writes_only_the_given_range()
        {
            byte[] source = Bytes.Utf8("xx\"a\"yy");
            byte[] target = Bytes.Repeat(0x2E, 10);

            int end = JsonEscape.Write(source, 2, 3, JsonEscape.Length(source, 2, 3), target, 1);

            Assert.AreEqual(6, end);
            Assert.AreEqual(".\\\"a\\\"....", Bytes.Text(target));
        }

        /// <summary>What JsonWriter writes between the quotes, as UTF-8.</summary>
        private static byte[] Expected(string text)
        {
            StringBuilder quoted = new StringBuilder();
            JsonWriter.AppendString(quoted, text);
            string json = quoted.ToString();
            return Bytes.Utf8(json.Substring(1, json.Length - 2));
        }

        private static byte[] Escaped(string text)
        {
            byte[] utf8 = Bytes.Utf8(text);
            int length = JsonEscape.Length(utf8, 0, utf8.Length);
            byte[] target = new byte[length];
            Assert.AreEqual(length, JsonEscape.Write(utf8, 0, utf8.Length, length, target, 0));
            return target;
        }

        [TestMethod]
        public void LengthOfPlain_is_Length_for_text_without_quotes_backslashes_or_controls()
        {
            string[] samples = new string[] { "plain", "\u007f", "a\u2028b", "\u2029", "\u20ac\u2027", "\ud83d\ude00", string.Empty };
            for (int i = 0; i < samples.Length; i++)
            {
                byte[] utf8 = Bytes.Utf8("." + samples[i] + ".");
                Assert.AreEqual(JsonEscape.Length(utf8, 1, utf8.Length - 2), JsonEscape.LengthOfPlain(utf8, 1, utf8.Length - 2), Bytes.ToHex(utf8));
            }
        }
    }
}
