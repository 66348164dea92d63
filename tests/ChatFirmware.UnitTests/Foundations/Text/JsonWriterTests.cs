using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Text
{
    [TestClass]
    public class JsonWriterTests
    {
        [TestMethod]
        public void Writes_objects_arrays_and_commas_in_order()
        {
            JsonWriter json = new JsonWriter(16);
            json.BeginObject();
            json.Property("s", "x");
            json.Property("n", -42L);
            json.Property("b", true);
            json.Property("z", (string)null);
            json.BeginArray("list");
            json.Value("a");
            json.BeginObject();
            json.Property("k", false);
            json.EndObject();
            json.Value("b");
            json.EndArray();
            json.BeginObject("inner");
            json.EndObject();
            json.EndObject();

            Assert.AreEqual("{\"s\":\"x\",\"n\":-42,\"b\":true,\"z\":null,\"list\":[\"a\",{\"k\":false},\"b\"],\"inner\":{}}", json.ToString());
        }

        [TestMethod]
        public void Quote_and_backslash_are_escaped()
        {
            Assert.AreEqual("\"a\\\"b\\\\c/d\"", Quote("a\"b\\c/d"));
        }

        [TestMethod]
        public void Common_controls_use_short_escapes()
        {
            Assert.AreEqual("\"\\n\\r\\t\"", Quote("\n\r\t"));
        }

        [TestMethod]
        public void Every_other_control_character_and_DEL_use_unicode_escapes()
        {
            // U+0000 is left out: a string on the board ends at it (HostOnly/DotNetStringTests has it).
            Assert.AreEqual("\"\\u0001\\u0008\\u000c\\u001f\\u007f\"", Quote("\u0001\b\f\u001f\u007f"));
            for (int c = 1; c < 0x20; c++)
            {
                string quoted = Quote(new string((char)c, 1));
                Assert.IsTrue(quoted.Length > 3 && quoted[1] == '\\', "control " + c + " escaped");
            }
        }

        [TestMethod]
        public void Line_and_paragraph_separators_are_escaped_for_javascript()
        {
            Assert.AreEqual("\"a\\u2028b\\u2029c\"", Quote("a\u2028b\u2029c"));
        }

        [TestMethod]
        public void Surrogate_pairs_are_kept_as_they_are()
        {
            Assert.AreEqual("\"\ud83d\ude00x\ud83d\udc4b\"", Quote("\ud83d\ude00x\ud83d\udc4b"));
        }

        [TestMethod]
        public void Unpaired_surrogates_become_replacement_characters()
        {
            Assert.AreEqual("\"a\ufffdb\ufffd\ufffd\"", Quote("a\ud83db\ude00\ud83d"));
        }

        [TestMethod]
        public void Other_non_ascii_text_is_written_raw()
        {
            Assert.AreEqual("\"\u00e9\u4e2d\u0085\"", Quote("\u00e9\u4e2d\u0085"));
        }

        [TestMethod]
        public void ToUtf8_is_valid_utf8_of_the_text()
        {
            JsonWriter json = new JsonWriter(8);
            json.BeginObject();
            json.Property("t", "\u00e9\ud83d");
            json.EndObject();

            byte[] bytes = json.ToUtf8();

            Assert.AreEqual(json.ToString(), Utf8.Decode(bytes, 0, bytes.Length));
        }

        [TestMethod]
        public void Written_strings_read_back_unchanged()
        {
            string text = "q\"b\\s/\n\r\t\u0001\u007f\u2028\u2029\ud83d\ude00\u00e9";
            JsonWriter json = new JsonWriter(8);
            json.BeginObject();
            json.Property("text", text);
            json.EndObject();

            JsonObject parsed = JsonReader.ParseObject(json.ToString());

            Assert.IsNotNull(parsed);
            Assert.AreEqual(text, parsed.GetString("text"));
        }

        private static string Quote(string value)
        {
            System.Text.StringBuilder target = new System.Text.StringBuilder();
            JsonWriter.AppendString(target, value);
            return target.ToString();
        }
    }
}
