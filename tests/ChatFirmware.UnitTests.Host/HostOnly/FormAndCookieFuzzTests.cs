using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ChatFirmware.Core.Web;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// Fuzzing of the request parsers a browser reaches before any login: form bodies and query strings
    /// (Web/FormReader) and the Cookie header (Web/Cookies, then the session token). Each either reads
    /// the input or reports it malformed (null); none throws, and no cookie but the real one opens a session.
    /// </summary>
    [TestClass]
    [TestCategory(Fuzz.Category)]
    public class FormAndCookieFuzzTests
    {

        [TestMethod]
        public void FormReader_reads_exactly_what_a_strict_reference_decoder_reads()
        {
            Tally tally = new Tally();
            Fuzz.Run("Web/FormReader (form bodies)", FuzzGenerators.FormBody, body =>
            {
                FormReader form = FormReader.Parse(body);
                List<KeyValuePair<string, string>> expected = Reference(body);
                string shown = Convert.ToHexString(body);
                tally.Add(expected == null ? "malformed" : "read");
                if (expected == null)
                {
                    Assert.IsNull(form, "malformed body accepted: " + shown);
                    return;
                }

                Assert.IsNotNull(form, "well-formed body refused: " + shown);
                foreach (KeyValuePair<string, string> field in expected)
                {
                    Assert.AreEqual(expected.First(f => f.Key == field.Key).Value, form.Get(field.Key), shown);
                }

                Assert.IsNull(form.Get("\u0001absent"));
            }, defaultInputs: 30000, tally: tally);

            Assert.IsTrue(tally["malformed"] > Fuzz.Inputs(30000) / 20 && tally["read"] > Fuzz.Inputs(30000) / 20, "both kinds of input: " + tally);
        }

        [TestMethod]
        public void Query_strings_of_any_text_are_read_or_ignored_without_throwing()
        {
            Gen<string> target = Gen.Select(Generators.AnyText, FuzzGenerators.FormBody).Select((text, form) => "/api/events?" + text + Encoding.Latin1.GetString(form));
            Fuzz.Run("Web/QueryString (request targets)", target, text =>
            {
                HttpRequest request = new HttpRequest("GET", text);
                QueryString.Get(request, "poll");
                long after = QueryString.GetLong(request, "after");
                Assert.IsTrue(after >= 0, text);
            }, defaultInputs: 20000);
        }

        [TestMethod]
        public void Cookies_find_returns_null_or_a_trimmed_piece_of_the_header()
        {
            Tally tally = new Tally();
            Fuzz.Run("Web/Cookies (Cookie header)", FuzzGenerators.CookieHeader("cf_session", "00112233445566778899aabbccddeeff"), header =>
            {
                string value = Cookies.Find(header, "cf_session");
                tally.Add(value == null ? "no cf_session" : (value.Length == 32 ? "32 characters" : "other length"));
                if (value != null)
                {
                    Assert.IsTrue(header.Contains(value, StringComparison.Ordinal), header);
                    Assert.AreEqual(value.Trim(), value);
                    Assert.IsFalse(value.Contains(';'), header);
                }
            }, defaultInputs: 30000, tally: tally);
        }

        [TestMethod]
        public void Only_a_cookie_carrying_the_real_token_opens_the_session()
        {
            TestRig rig = TestRig.Create();
            string real = TestRig.TokenOf(rig.SignUp("alice"));
            object serial = new object();
            Tally tally = new Tally();
            Fuzz.Run("Web/Cookies + Sessions (session cookie)", FuzzGenerators.CookieHeader(rig.Settings.SessionCookieName, real), header =>
            {
                int status;
                lock (serial)
                {
                    status = rig.Get("/chat", header).StatusCode;
                }

                Assert.IsTrue(status == 200 || status == 303, header);
                tally.Add(status == 200 ? "session" : "no session");
                if (status == 200)
                {
                    Assert.IsTrue(header.Contains(real, StringComparison.OrdinalIgnoreCase), "a session without the token: " + header);
                }
            }, defaultInputs: 20000, tally: tally);

            Assert.AreEqual(200, rig.Get("/chat", "x=1; cf_session=" + real + "; y=2").StatusCode, "the real cookie among others still works");
            Assert.AreEqual(200, rig.Get("/chat", "cf_session=" + real.ToUpperInvariant()).StatusCode, "hex digits in either case");
        }

        /// <summary>The form grammar, decoded with .NET's strict UTF-8: null when any field is malformed or there are more than 16.</summary>
        private static List<KeyValuePair<string, string>> Reference(byte[] body)
        {
            List<KeyValuePair<string, string>> fields = new List<KeyValuePair<string, string>>();
            int start = 0;
            while (start <= body.Length)
            {
                int end = Array.IndexOf(body, (byte)'&', start);
                end = end < 0 ? body.Length : end;
                if (end > start)
                {
                    int equals = Array.IndexOf(body, (byte)'=', start, end - start);
                    string name = Decode(body, start, equals < 0 ? end : equals);
                    string value = equals < 0 ? string.Empty : Decode(body, equals + 1, end);
                    if (name == null || value == null || fields.Count == 16)
                    {
                        return null;
                    }

                    fields.Add(new KeyValuePair<string, string>(name, value));
                }

                start = end + 1;
            }

            return fields;
        }

        private static string Decode(byte[] body, int start, int end)
        {
            List<byte> bytes = new List<byte>();
            for (int i = start; i < end; i++)
            {
                if (body[i] == '+')
                {
                    bytes.Add((byte)' ');
                }
                else if (body[i] == '%')
                {
                    if (i + 2 >= end || !Uri.IsHexDigit((char)body[i + 1]) || !Uri.IsHexDigit((char)body[i + 2]))
                    {
                        return null;
                    }

                    bytes.Add(Convert.ToByte(Encoding.ASCII.GetString(body, i + 1, 2), 16));
                    i += 2;
                }
                else
                {
                    bytes.Add(body[i]);
                }
            }

            return BoardText.Decode(bytes.ToArray());
        }
    }
}
