using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    [TestClass]
    public class FormReaderTests
    {
        [TestMethod]
        public void Reads_fields_by_name()
        {
            FormReader form = Parse("name=alice&email=a%40example.org&password=secret");

            Assert.AreEqual("alice", form.Get("name"));
            Assert.AreEqual("a@example.org", form.Get("email"));
            Assert.AreEqual("secret", form.Get("password"));
            Assert.IsNull(form.Get("missing"));
        }

        [TestMethod]
        public void Plus_is_a_space_and_an_encoded_plus_is_a_plus()
        {
            FormReader form = Parse("t=a+b%2Bc");

            Assert.AreEqual("a b+c", form.Get("t"));
        }

        [TestMethod]
        public void Percent_escapes_are_utf8_bytes_in_either_case()
        {
            FormReader form = Parse("t=%C3%A9%e2%82%ac%F0%9F%98%80&n%61me=x");

            Assert.AreEqual("\u00e9\u20ac\ud83d\ude00", form.Get("t"));
            Assert.AreEqual("x", form.Get("name"), "names are decoded too");
        }

        [TestMethod]
        public void Raw_utf8_bytes_are_accepted()
        {
            FormReader form = FormReader.Parse(Bytes.Utf8("t=\u00e9\u4e2d"));

            Assert.AreEqual("\u00e9\u4e2d", form.Get("t"));
        }

        [TestMethod]
        public void Bad_percent_escapes_refuse_the_form()
        {
            Assert.IsNull(Parse("t=%"));
            Assert.IsNull(Parse("t=%4"));
            Assert.IsNull(Parse("t=a%4&u=1"), "an escape cut by the field end");
            Assert.IsNull(Parse("t=%zz"));
            Assert.IsNull(Parse("t=%-1"));
            Assert.IsNull(Parse("%=1"));
        }

        [TestMethod]
        public void Invalid_utf8_refuses_the_form()
        {
            Assert.IsNull(Parse("t=%FF"));
            Assert.IsNull(Parse("t=%C0%AF"), "overlong");
            Assert.IsNull(Parse("t=%ED%A0%80"), "surrogate");
            Assert.IsNull(Parse("t=%C3"), "truncated");
            Assert.IsNull(FormReader.Parse(new byte[] { (byte)'t', (byte)'=', 0xC3 }), "raw truncated byte");
        }

        [TestMethod]
        public void Sixteen_fields_are_read_and_a_seventeenth_refuses_the_form()
        {
            System.Text.StringBuilder body = new System.Text.StringBuilder();
            for (int i = 0; i < 16; i++)
            {
                body.Append(i == 0 ? string.Empty : "&").Append("f").Append(i).Append("=v");
            }

            Assert.IsNotNull(Parse(body.ToString()));
            Assert.IsNull(Parse(body.ToString() + "&f16=v"));
        }

        [TestMethod]
        public void Empty_segments_are_skipped_and_a_field_without_equals_is_empty()
        {
            FormReader form = Parse("&a=1&&flag&b=&");

            Assert.AreEqual("1", form.Get("a"));
            Assert.AreEqual(string.Empty, form.Get("flag"));
            Assert.AreEqual(string.Empty, form.Get("b"));
        }

        [TestMethod]
        public void The_first_value_of_a_repeated_field_wins()
        {
            Assert.AreEqual("1", Parse("a=1&a=2").Get("a"));
        }

        [TestMethod]
        public void Equals_signs_after_the_first_belong_to_the_value()
        {
            Assert.AreEqual("b=c", Parse("a=b=c").Get("a"));
        }

        [TestMethod]
        public void No_body_is_an_empty_form()
        {
            Assert.IsNull(FormReader.Parse(null).Get("a"));
            Assert.IsNull(FormReader.Parse(new byte[0]).Get("a"));
        }

        private static FormReader Parse(string body)
        {
            return FormReader.Parse(Bytes.Utf8(body));
        }
    }
}
