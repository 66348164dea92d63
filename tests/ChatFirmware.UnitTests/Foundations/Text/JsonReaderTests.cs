using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Text
{
    [TestClass]
    public class JsonReaderTests
    {
        [TestMethod]
        public void Reads_a_flat_object_of_strings_integers_booleans_and_null()
        {
            JsonObject o = JsonReader.ParseObject(" { \"type\" : \"send\", \"id\": 123, \"neg\": -7, \"ok\": true, \"no\": false, \"nothing\": null } ");

            Assert.IsNotNull(o);
            Assert.AreEqual(6, o.Count);
            Assert.AreEqual("send", o.GetString("type"));
            long id;
            Assert.IsTrue(o.TryGetLong("id", out id));
            Assert.AreEqual(123L, id);
            long neg;
            Assert.IsTrue(o.TryGetLong("neg", out neg));
            Assert.AreEqual(-7L, neg);
            Assert.IsTrue(o.Has("ok"));
            Assert.IsTrue(o.Has("nothing"));
            Assert.IsNull(o.GetString("nothing"));
            Assert.IsNull(o.GetString("id"), "an integer is not a string");
            long notNumber;
            Assert.IsFalse(o.TryGetLong("type", out notNumber), "a string is not an integer");
            Assert.IsFalse(o.Has("missing"));
        }

        [TestMethod]
        public void Numbers_with_leading_zeros_are_refused_as_RFC_8259_says_but_zero_itself_is_read()
        {
            long zero;

            Assert.IsNull(JsonReader.ParseObject("{\"now\":0344460831137321}"), "found by fuzzing: System.Text.Json refuses it, so must we");
            Assert.IsNull(JsonReader.ParseObject("{\"n\":00}"));
            Assert.IsNull(JsonReader.ParseObject("{\"n\":-01}"));
            Assert.IsTrue(JsonReader.ParseObject("{\"n\":0}").TryGetLong("n", out zero));
            Assert.AreEqual(0L, zero);
            Assert.IsTrue(JsonReader.ParseObject("{\"n\":-0}").TryGetLong("n", out zero));
            Assert.IsTrue(JsonReader.ParseObject("{\"n\":10}").TryGetLong("n", out zero));
            Assert.AreEqual(10L, zero);
        }

        [TestMethod]
        public void Empty_object_is_accepted()
        {
            JsonObject o = JsonReader.ParseObject("{}");

            Assert.IsNotNull(o);
            Assert.AreEqual(0, o.Count);
        }

        [TestMethod]
        public void String_escapes_are_decoded()
        {
            JsonObject o = JsonReader.ParseObject("{\"t\":\"a\\\"b\\\\c\\/d\\n\\r\\t\\b\\f\\u00e9\\u20AC\"}");

            Assert.AreEqual("a\"b\\c/d\n\r\t\b\f\u00e9\u20ac", o.GetString("t"));
        }

        [TestMethod]
        public void Escaped_surrogate_pairs_are_kept()
        {
            JsonObject o = JsonReader.ParseObject("{\"t\":\"\\ud83d\\ude00\"}");

            Assert.IsNotNull(o);
            Assert.AreEqual("\ud83d\ude00", o.GetString("t"));
        }

        [TestMethod]
        public void Raw_surrogate_pairs_are_kept()
        {
            Assert.AreEqual("\ud83d\ude00", JsonReader.ParseObject("{\"t\":\"\ud83d\ude00\"}").GetString("t"));
        }

        [TestMethod]
        public void Unpaired_surrogate_escapes_are_rejected()
        {
            Assert.IsNull(JsonReader.ParseObject("{\"t\":\"\\ud83d\"}"));
            Assert.IsNull(JsonReader.ParseObject("{\"t\":\"\\ude00\"}"));
            Assert.IsNull(JsonReader.ParseObject("{\"t\":\"\\ude00\\ud83d\"}"));
            Assert.IsNull(JsonReader.ParseObject("{\"t\":\"\\ud83dx\"}"));
        }

        [TestMethod]
        public void Nested_values_are_rejected()
        {
            Assert.IsNull(JsonReader.ParseObject("{\"a\":{}}"));
            Assert.IsNull(JsonReader.ParseObject("{\"a\":{\"b\":1}}"));
            Assert.IsNull(JsonReader.ParseObject("{\"a\":[]}"));
            Assert.IsNull(JsonReader.ParseObject("{\"a\":[1,2]}"));
        }

        [TestMethod]
        public void Fractions_and_exponents_are_rejected()
        {
            Assert.IsNull(JsonReader.ParseObject("{\"a\":1.5}"));
            Assert.IsNull(JsonReader.ParseObject("{\"a\":1e3}"));
            Assert.IsNull(JsonReader.ParseObject("{\"a\":1E3}"));
            Assert.IsNull(JsonReader.ParseObject("{\"a\":-}"));
        }

        [TestMethod]
        public void Integers_longer_than_17_digits_are_rejected()
        {
            Assert.IsNotNull(JsonReader.ParseObject("{\"a\":12345678901234567}"));
            Assert.IsNull(JsonReader.ParseObject("{\"a\":123456789012345678}"));
        }

        [TestMethod]
        public void Trailing_text_is_rejected()
        {
            Assert.IsNull(JsonReader.ParseObject("{\"a\":1}x"));
            Assert.IsNull(JsonReader.ParseObject("{\"a\":1}{}"));
            Assert.IsNull(JsonReader.ParseObject("{}}"));
            Assert.IsNotNull(JsonReader.ParseObject("{\"a\":1} \r\n\t"), "white space after the object is fine");
        }

        [TestMethod]
        public void Malformed_objects_are_rejected()
        {
            string[] bad = new string[]
            {
                string.Empty, " ", "[]", "\"s\"", "1", "null", "{", "{\"a\"}", "{\"a\":}", "{\"a\" 1}", "{\"a\":1,}", "{,}",
                "{a:1}", "{'a':1}", "{\"a\":1 \"b\":2}", "{\"a\":\"x}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"\\u12g4\"}",
                "{\"a\":tru}", "{\"a\":True}", "{\"a\":nul}", "{\"a\":\"line\nbreak\"}", "{\"a\":\"tab\there\"}",
            };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsNull(JsonReader.ParseObject(bad[i]), "should reject: " + bad[i]);
            }
        }

        [TestMethod]
        public void More_than_sixteen_members_are_rejected()
        {
            System.Text.StringBuilder text = new System.Text.StringBuilder("{");
            for (int i = 0; i < JsonObject.MaxMembers; i++)
            {
                text.Append(i == 0 ? string.Empty : ",").Append("\"m").Append(i).Append("\":").Append(i);
            }

            Assert.IsNotNull(JsonReader.ParseObject(text.ToString() + "}"), "sixteen members fit");
            Assert.IsNull(JsonReader.ParseObject(text.ToString() + ",\"extra\":1}"));
        }

        [TestMethod]
        public void A_repeated_member_keeps_the_last_value()
        {
            JsonObject o = JsonReader.ParseObject("{\"t\":\"a\",\"t\":\"b\"}");

            Assert.AreEqual(1, o.Count);
            Assert.AreEqual("b", o.GetString("t"));
        }

        [TestMethod]
        public void Reads_an_object_inside_a_larger_buffer_and_leaves_plain_strings_where_they_are()
        {
            byte[] buffer = Bytes.Utf8("xx{\"t\":\"h\u00e9\",\"n\":7}yy");
            JsonObject o = JsonReader.ParseObject(buffer, 2, buffer.Length - 4);
            byte[] bytes;
            int offset;
            int count;

            Assert.IsNotNull(o);
            Assert.IsTrue(o.TryGetUtf8(Bytes.Utf8("t"), out bytes, out offset, out count));
            Assert.IsTrue(bytes == buffer, "a string without escapes is read where it is");
            Assert.AreEqual("h\u00e9", Bytes.Text(Bytes.Slice(buffer, offset, count)));
            Assert.IsFalse(o.TryGetUtf8(Bytes.Utf8("n"), out bytes, out offset, out count), "an integer is not a string");
            Assert.IsNull(bytes);
            Assert.IsNull(JsonReader.ParseObject(buffer, 0, buffer.Length), "the text around it is not JSON");
        }

        [TestMethod]
        public void A_string_with_escapes_is_read_as_the_UTF8_it_stands_for()
        {
            JsonObject o = JsonReader.ParseObject("{\"t\":\"a\\\"\\u00e9\\ud83d\\ude00\\n\"}");
            byte[] bytes;
            int offset;
            int count;

            Assert.IsTrue(o.TryGetUtf8(Bytes.Utf8("t"), out bytes, out offset, out count));

            Assert.AreEqual(Bytes.ToHex(Bytes.Utf8("a\"\u00e9\ud83d\ude00\n")), Bytes.ToHex(Bytes.Slice(bytes, offset, count)));
        }

        [TestMethod]
        public void Member_names_written_with_escapes_are_the_names_they_stand_for()
        {
            JsonObject o = JsonReader.ParseObject("{\"\\u0074ype\":\"a\",\"type\":\"b\",\"t\\u0065xt\":\"c\"}");

            Assert.AreEqual(2, o.Count, "\\u0074ype and type are one member");
            Assert.AreEqual("b", o.GetString("type"));
            Assert.AreEqual("c", o.GetString("text"));
            Assert.IsTrue(o.IsString(Bytes.Utf8("text"), Bytes.Utf8("c")));
            Assert.IsFalse(o.IsString(Bytes.Utf8("text"), Bytes.Utf8("C")));
        }

        [TestMethod]
        public void Strings_found_by_the_native_search_read_as_they_read_byte_by_byte()
        {
            string[] frames = new string[]
            {
                "{\"type\":\"send\",\"text\":\"h\u00e9llo \ud83d\ude00\"}",
                "{\"type\":\"send\",\"text\":\"say \\\"hi\\\" \\\\ done\"}",
                "{\"t\\u0065xt\":\"x\\\"\",\"n\":-7}",
                "{\"text\":\"unclosed}",
                "{\"text\":\"a\\\"}",
                "{\"text\":\"\\ud83d\"}",
            };
            for (int i = 0; i < frames.Length; i++)
            {
                byte[] utf8 = Bytes.Utf8(frames[i]);
                JsonObject byteByByte = JsonReader.ParseObject(utf8, 0, utf8.Length, true);
                JsonObject searched = JsonReader.ParseObject(utf8, 0, utf8.Length, false);

                Assert.AreEqual(byteByByte == null, searched == null, frames[i]);
                if (searched != null)
                {
                    Assert.AreEqual(byteByByte.Count, searched.Count, frames[i]);
                    Assert.AreEqual(byteByByte.GetString("text"), searched.GetString("text"), frames[i]);
                }
            }
        }
    }
}
