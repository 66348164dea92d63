using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Text
{
    [TestClass]
    public class Utf8Tests
    {
        [TestMethod]
        public void Decodes_one_to_four_byte_sequences()
        {
            // "A", "é" (U+00E9), "€" (U+20AC), "😀" (U+1F600)
            byte[] bytes = Bytes.FromHex("41 c3a9 e282ac f09f9880");

            string text = Utf8.Decode(bytes, 0, bytes.Length);

            Assert.AreEqual("A\u00e9\u20ac\ud83d\ude00", text);
        }

        [TestMethod]
        public void Decodes_the_boundaries_of_each_length()
        {
            Assert.AreEqual("\u007f", Decode("7f"));
            Assert.AreEqual("\u0080", Decode("c280"));
            Assert.AreEqual("\u07ff", Decode("dfbf"));
            Assert.AreEqual("\u0800", Decode("e0a080"));
            Assert.AreEqual("\ud7ff", Decode("ed9fbf"));
            Assert.AreEqual("\ue000", Decode("ee8080"));
            Assert.AreEqual("\uffff", Decode("efbfbf"));
            Assert.AreEqual("\ud800\udc00", Decode("f0908080"));
            Assert.AreEqual("\udbff\udfff", Decode("f48fbfbf"));
        }

        [TestMethod]
        public void Decodes_only_the_given_range()
        {
            byte[] bytes = Bytes.FromHex("ff 6869 ff");

            Assert.AreEqual("hi", Utf8.Decode(bytes, 1, 2));
        }

        [TestMethod]
        public void Empty_input_decodes_to_empty_string()
        {
            Assert.AreEqual(string.Empty, Utf8.Decode(new byte[0], 0, 0));
        }

        [TestMethod]
        public void Overlong_forms_are_rejected()
        {
            Assert.IsNull(Decode("c080"), "overlong NUL");
            Assert.IsNull(Decode("c1bf"), "overlong 7F");
            Assert.IsNull(Decode("e08080"), "overlong 3-byte NUL");
            Assert.IsNull(Decode("e09fbf"), "overlong 3-byte 7FF");
            Assert.IsNull(Decode("f0808080"), "overlong 4-byte NUL");
            Assert.IsNull(Decode("f08fbfbf"), "overlong 4-byte FFFF");
            Assert.IsNull(Decode("c0af"), "overlong slash");
        }

        [TestMethod]
        public void Surrogate_code_points_are_rejected()
        {
            Assert.IsNull(Decode("eda080"), "U+D800");
            Assert.IsNull(Decode("edafbf"), "U+DBFF");
            Assert.IsNull(Decode("edb080"), "U+DC00");
            Assert.IsNull(Decode("edbfbf"), "U+DFFF");
            Assert.IsNull(Decode("eda0bdedb880"), "CESU-8 pair for U+1F600");
        }

        [TestMethod]
        public void Truncated_sequences_are_rejected()
        {
            Assert.IsNull(Decode("c3"));
            Assert.IsNull(Decode("e282"));
            Assert.IsNull(Decode("f09f98"));
            Assert.IsNull(Decode("41 e2"));
            Assert.IsNull(Decode("e2 41 ac"), "ASCII in place of a continuation byte");
        }

        [TestMethod]
        public void Truncation_by_the_range_end_is_rejected_even_when_the_array_goes_on()
        {
            byte[] bytes = Bytes.FromHex("e282ac");

            Assert.IsNull(Utf8.Decode(bytes, 0, 2));
        }

        [TestMethod]
        public void Code_points_above_10FFFF_are_rejected()
        {
            Assert.IsNull(Decode("f4908080"), "U+110000");
            Assert.IsNull(Decode("f5808080"));
            Assert.IsNull(Decode("f7bfbfbf"));
            Assert.IsNull(Decode("f888808080"), "old 5-byte form");
            Assert.IsNull(Decode("fc8480808080"), "old 6-byte form");
        }

        [TestMethod]
        public void Stray_continuation_and_invalid_bytes_are_rejected()
        {
            Assert.IsNull(Decode("80"));
            Assert.IsNull(Decode("bf"));
            Assert.IsNull(Decode("41 80 41"));
            Assert.IsNull(Decode("fe"));
            Assert.IsNull(Decode("ff"));
        }

        [TestMethod]
        public void Encodes_text_including_surrogate_pairs()
        {
            byte[] bytes = Utf8.Encode("A\u00e9\u20ac\ud83d\ude00");

            Assert.AreEqual("41c3a9e282acf09f9880", Bytes.ToHex(bytes));
        }

        [TestMethod]
        public void Lone_surrogates_encode_as_replacement_character()
        {
            Assert.AreEqual("efbfbd", Bytes.ToHex(Utf8.Encode("\ud83d")));
            Assert.AreEqual("efbfbd", Bytes.ToHex(Utf8.Encode("\ude00")));
            Assert.AreEqual("61efbfbd62", Bytes.ToHex(Utf8.Encode("a\ude00b")));
            Assert.AreEqual("efbfbdefbfbd", Bytes.ToHex(Utf8.Encode("\ude00\ud83d")), "reversed pair is two lone surrogates");
        }

        [TestMethod]
        public void ByteCount_matches_the_encoding()
        {
            string[] samples = new string[] { string.Empty, "abc", "\u00e9", "\u20ac", "\ud83d\ude00", "\ud83d", "x\ude00y\ud83d" };
            for (int i = 0; i < samples.Length; i++)
            {
                Assert.AreEqual(Utf8.Encode(samples[i]).Length, Utf8.ByteCount(samples[i]), samples[i]);
            }
        }

        [TestMethod]
        public void Encode_into_a_buffer_writes_at_the_offset_and_returns_the_length()
        {
            byte[] target = Bytes.Repeat(0xAA, 8);

            int written = Utf8.Encode("\u00e9!", target, 2);

            Assert.AreEqual(3, written);
            Assert.AreEqual("aaaac3a921aaaaaa", Bytes.ToHex(target));
        }

        [TestMethod]
        public void Valid_text_round_trips()
        {
            string text = "Hello \u00e4\u00f6\u00fc \u4e2d\u6587 \ud83d\udc4b\ud83c\udffd \u0001 end";
            byte[] bytes = Utf8.Encode(text);

            Assert.AreEqual(text, Utf8.Decode(bytes, 0, bytes.Length));
            Assert.AreEqual(34, bytes.Length);
        }

        [TestMethod]
        public void U_0000_is_refused_before_a_string_is_made_of_it()
        {
            // A string on nanoFramework ends at U+0000 ("a\0b" would be "a"): such text cannot be held.
            Assert.IsNull(Decode("610062"));
            Assert.IsNull(Decode("00"));
            Assert.IsNull(Decode("c080"), "nor its overlong form");
            Assert.AreEqual("a\u0001b", Decode("610162"));
        }

        private static string Decode(string hex)
        {
            byte[] bytes = Bytes.FromHex(hex);
            return Utf8.Decode(bytes, 0, bytes.Length);
        }

        [TestMethod]
        public void IsValid_checks_only_the_given_range()
        {
            byte[] bytes = Bytes.FromHex("ff 41c3a9 ff");

            Assert.IsTrue(Utf8.IsValid(bytes, 1, 3));
            Assert.IsFalse(Utf8.IsValid(bytes, 0, 4));
            Assert.IsFalse(Utf8.IsValid(bytes, 1, 2), "a sequence cut by the range");
            Assert.IsTrue(Utf8.IsValid(bytes, 2, 0));
        }

        [TestMethod]
        public void Code_points_of_UTF8_are_its_bytes_that_start_a_sequence()
        {
            byte[] bytes = Bytes.FromHex("41 c3a9 e282ac f09f9880 41");

            Assert.AreEqual(4, Utf8.CountCodePoints(bytes, 0, 10));
            Assert.AreEqual(2, Utf8.CountCodePoints(bytes, 3, 7));
            Assert.AreEqual(0, Utf8.CountCodePoints(bytes, 5, 0));
        }

        [TestMethod]
        public void IsValid_tells_whether_any_byte_is_a_control()
        {
            bool hasControls;

            Assert.IsTrue(Utf8.IsValid(Bytes.FromHex("41 c3a9 7f"), 0, 4, out hasControls));
            Assert.IsFalse(hasControls, "DEL is not a C0 control");
            Assert.IsTrue(Utf8.IsValid(Bytes.FromHex("41 0a 42"), 0, 3, out hasControls));
            Assert.IsTrue(hasControls);
            Assert.IsTrue(Utf8.IsValid(Bytes.FromHex("0a 41"), 1, 1, out hasControls));
            Assert.IsFalse(hasControls, "only the range counts");
            Assert.IsFalse(Utf8.IsValid(Bytes.FromHex("41 00"), 0, 2, out hasControls), "U+0000 is refused");
        }
    }
}
