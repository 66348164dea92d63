using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using ChatFirmware.Core.Text;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>The core's UTF-8 and JSON codecs against .NET's strict decoder and System.Text.Json.</summary>
    [TestClass]
    public class TextPropertyTests
    {
        private static readonly UTF8Encoding Strict = new UTF8Encoding(false, true);
        private static readonly UTF8Encoding Replacing = new UTF8Encoding(false, false);

        [TestMethod]
        public void Utf8_round_trips_well_formed_text_and_encodes_like_dotnet()
        {
            Generators.ValidText.Sample(text =>
            {
                byte[] bytes = Utf8.Encode(text);
                CollectionAssert.AreEqual(Strict.GetBytes(text), bytes);
                Assert.AreEqual(bytes.Length, Utf8.ByteCount(text));
                Assert.AreEqual(text, Utf8.Decode(bytes, 0, bytes.Length));
            }, iter: 3000);
        }

        [TestMethod]
        public void Utf8_encodes_lone_surrogates_as_replacement_characters_like_dotnet()
        {
            Generators.AnyText.Sample(text =>
            {
                byte[] bytes = Utf8.Encode(text);
                CollectionAssert.AreEqual(Replacing.GetBytes(text), bytes);
                Assert.AreEqual(bytes.Length, Utf8.ByteCount(text));
                Assert.IsNotNull(Utf8.Decode(bytes, 0, bytes.Length), "the output is always valid UTF-8");
            }, iter: 3000);
        }

        [TestMethod]
        public void Utf8_decode_rejects_exactly_what_the_strict_dotnet_decoder_rejects_and_U_0000()
        {
            int rejected = 0;
            Generators.AlmostUtf8.Sample(bytes =>
            {
                string expected = BoardText.Decode(bytes);
                string actual = Utf8.Decode(bytes, 0, bytes.Length);
                Assert.AreEqual(expected, actual, Convert.ToHexString(bytes));
                if (actual == null)
                {
                    System.Threading.Interlocked.Increment(ref rejected);
                }
            }, iter: 5000);

            Assert.IsTrue(rejected > 500, "the generator produces plenty of invalid input (" + rejected + ")");
        }

        [TestMethod]
        public void Utf8_decode_respects_offset_and_count()
        {
            Gen.Select(Generators.AlmostUtf8, Gen.Int[0, 8], Gen.Int[0, 8]).Sample((bytes, before, after) =>
            {
                byte[] padded = new byte[before + bytes.Length + after];
                padded.AsSpan().Fill(0xC3);
                bytes.CopyTo(padded, before);
                Assert.AreEqual(Utf8.Decode(bytes, 0, bytes.Length), Utf8.Decode(padded, before, bytes.Length));
            }, iter: 1000);
        }

        [TestMethod]
        public void JsonWriter_output_parsed_by_System_Text_Json_gives_back_the_text()
        {
            Generators.ValidText.Sample(text =>
            {
                string json = Write(text);
                using (JsonDocument document = JsonDocument.Parse(json))
                {
                    Assert.AreEqual(text, document.RootElement.GetProperty("t").GetString(), json);
                }
            }, iter: 3000);
        }

        [TestMethod]
        public void JsonWriter_replaces_lone_surrogates_the_way_dotnet_encodes_them()
        {
            Generators.AnyText.Sample(text =>
            {
                string expected = Replacing.GetString(Replacing.GetBytes(text));
                using (JsonDocument document = JsonDocument.Parse(Utf8.Encode(Write(text))))
                {
                    Assert.AreEqual(expected, document.RootElement.GetProperty("t").GetString());
                }
            }, iter: 2000);
        }

        [TestMethod]
        public void JsonWriter_never_emits_raw_controls_or_line_separators()
        {
            Generators.AnyText.Sample(text =>
            {
                string json = Write(text);
                foreach (char c in json)
                {
                    Assert.IsFalse(c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029', "raw U+" + ((int)c).ToString("X4") + " in " + json);
                }
            }, iter: 2000);
        }

        [TestMethod]
        public void JsonReader_reads_back_what_JsonWriter_wrote()
        {
            Generators.ValidText.Sample(text =>
            {
                JsonObject parsed = JsonReader.ParseObject(Write(text));
                Assert.IsNotNull(parsed);
                Assert.AreEqual(text, parsed.GetString("t"));
            }, iter: 2000);
        }

        [TestMethod]
        public void JsonReader_reads_what_System_Text_Json_writes()
        {
            JsonSerializerOptions relaxed = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            Generators.ValidText.Sample(text =>
            {
                string[] encodings = { JsonSerializer.Serialize(new { type = "send", t = text }), JsonSerializer.Serialize(new { type = "send", t = text }, relaxed) };
                foreach (string json in encodings)
                {
                    JsonObject parsed = JsonReader.ParseObject(json);
                    Assert.IsNotNull(parsed, json);
                    Assert.AreEqual(text, parsed.GetString("t"), json);
                }
            }, iter: 2000);
        }

        [TestMethod]
        public void JsonReader_never_throws_on_arbitrary_text()
        {
            Gen.Frequency(
                (2, Generators.AnyText),
                (3, Generators.AnyText.Select(t => "{\"type\":\"send\",\"text\":\"" + t + "\"}")),
                (1, Gen.Char["{}[]\":,\\u0123456789abcdefnrtl- ."].Array[0, 30].Select(c => new string(c))))
                .Sample(text =>
                {
                    JsonReader.ParseObject(text);
                }, iter: 5000);
        }

        [TestMethod]
        public void TrimSpaces_trims_exactly_what_dotnet_Trim_trims()
        {
            Generators.AnyText.Sample(text => Assert.AreEqual(text.Trim(), TextRules.TrimSpaces(text)), iter: 3000);
            for (int c = 0; c <= 0xFFFF; c++)
            {
                Assert.AreEqual(char.IsWhiteSpace((char)c), TextRules.IsWhiteSpace((char)c), "U+" + c.ToString("X4"));
            }
        }

        [TestMethod]
        public void CountCodePoints_counts_like_dotnet_runes()
        {
            Generators.AnyText.Sample(text => Assert.AreEqual(text.EnumerateRunes().Count(), TextRules.CountCodePoints(text)), iter: 3000);
        }

        [TestMethod]
        public void JsonEscape_of_the_UTF8_writes_what_JsonWriter_writes_for_the_text()
        {
            Generators.AnyText.Sample(text =>
            {
                StringBuilder quoted = new StringBuilder();
                JsonWriter.AppendString(quoted, text);
                byte[] expected = Utf8.Encode(quoted.ToString(1, quoted.Length - 2));
                byte[] utf8 = Utf8.Encode(text);
                int length = JsonEscape.Length(utf8, 0, utf8.Length);
                byte[] actual = new byte[length];
                Assert.AreEqual(length, JsonEscape.Write(utf8, 0, utf8.Length, length, actual, 0));
                CollectionAssert.AreEqual(expected, actual, text);
            }, iter: 3000);
        }

        [TestMethod]
        public void JsonReader_reads_an_object_in_the_middle_of_a_buffer_as_it_reads_the_object_alone()
        {
            Gen.Select(Generators.ValidText, Gen.Int[0, 6]).Sample((text, padding) =>
            {
                byte[] json = Utf8.Encode(Write(text));
                byte[] padded = new byte[json.Length + (2 * padding)];
                padded.AsSpan().Fill((byte)'}');
                json.CopyTo(padded, padding);
                Assert.AreEqual(text, JsonReader.ParseObject(padded, padding, json.Length)?.GetString("t"));
            }, iter: 1000);
        }

        [TestMethod]
        public void Code_points_of_UTF8_bytes_count_like_dotnet_runes()
        {
            Generators.ValidText.Sample(text =>
            {
                byte[] utf8 = Utf8.Encode(text);
                Assert.AreEqual(text.EnumerateRunes().Count(), Utf8.CountCodePoints(utf8, 0, utf8.Length));
            }, iter: 3000);
        }

        [TestMethod]
        public void IsBlank_on_UTF8_is_true_exactly_when_dotnet_Trim_empties_the_text()
        {
            Generators.ValidText.Sample(text =>
            {
                byte[] utf8 = Utf8.Encode(text);
                Assert.AreEqual(text.Trim().Length == 0, TextRules.IsBlank(utf8, 0, utf8.Length), Convert.ToHexString(utf8));
            }, iter: 3000);
            Gen.OneOf(" ", "\u00A0", "\u3000", "\t", "\u2003", "\u202F", "\u0085", "\u2028", "x", "\u200B").Array[0, 6].Select(string.Concat).Sample(text =>
            {
                byte[] utf8 = Utf8.Encode(text);
                Assert.AreEqual(text.Trim().Length == 0, TextRules.IsBlank(utf8, 0, utf8.Length), Convert.ToHexString(utf8));
            }, iter: 2000);
        }

        [TestMethod]
        public void JsonReader_finds_plain_strings_natively_as_it_reads_them_byte_by_byte()
        {
            Generators.ValidText.Sample(text =>
            {
                byte[] json = Utf8.Encode(JsonSerializer.Serialize(new { type = "send", text }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
                Assert.IsTrue(Utf8.IsValid(json, 0, json.Length, out bool hasControls));
                Assert.IsFalse(hasControls, "System.Text.Json escapes every control");
                Assert.AreEqual(JsonReader.ParseObject(json, 0, json.Length, true)?.GetString("text"), JsonReader.ParseObject(json, 0, json.Length, false)?.GetString("text"));
                Assert.AreEqual(text, JsonReader.ParseObject(json, 0, json.Length, false)?.GetString("text"));
            }, iter: 2000);
        }

        private static string Write(string text)
        {
            JsonWriter json = new JsonWriter(16);
            json.BeginObject();
            json.Property("t", text);
            json.EndObject();
            return json.ToString();
        }
    }
}
