using System.Linq;
using System.Text;
using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// Account validation against a restatement of the rules in .NET terms, on hostile input: random
    /// Unicode, control and invisible characters, lone surrogates, overlong UTF-8 in forms.
    /// </summary>
    [TestClass]
    public class AccountRulesPropertyTests
    {
        private static readonly ChatSettings Settings = new ChatSettings();

        private static readonly Gen<string> NameLike = Gen.Frequency(
            (4, Generators.AnyText),
            (2, Gen.Char['a', 'z'].Array[20, 30].Select(c => new string(c))),
            (2, Generators.CodePoint.Array[1, 30].Select(p => " " + string.Concat(p.Select(char.ConvertFromUtf32)) + "\u3000")));

        [TestMethod]
        public void Name_check_never_throws_and_agrees_with_the_rules()
        {
            NameLike.Sample(raw =>
            {
                string name = AccountRules.NormalizeName(raw);
                Assert.AreEqual(raw.Trim(), name, "trimmed like .NET's Trim (Unicode White_Space)");
                Assert.AreEqual(IsValidName(name), AccountRules.CheckName(name, Settings) == null, Show(raw));
            }, iter: 5000);
        }

        [TestMethod]
        public void Email_check_never_throws_and_agrees_with_the_rules()
        {
            Gen<string> emailLike = Gen.Frequency(
                (3, Gen.Char["ab.@-_+ \"<>(),;\\[]\u00e9\u0000\u007f"].Array[0, 20].Select(c => new string(c))),
                (2, Gen.Select(Gen.Char['a', 'z'].Array[1, 40], Gen.Char['a', 'z'].Array[1, 30]).Select((l, d) => new string(l) + "@" + new string(d) + ".org")),
                (1, Generators.AnyText));
            emailLike.Sample(raw =>
            {
                string email = AccountRules.NormalizeEmail(raw);
                Assert.AreEqual(IsValidEmail(email), AccountRules.CheckEmail(email, Settings) == null, Show(raw));
            }, iter: 5000);
        }

        [TestMethod]
        public void Password_check_never_throws_and_agrees_with_the_rules()
        {
            Gen.Frequency((3, Generators.AnyText), (1, Generators.CodePoint.Array[60, 70].Select(p => string.Concat(p.Select(char.ConvertFromUtf32)))))
                .Sample(password =>
                {
                    bool valid = IsWellFormed(password) && CodePoints(password) >= 8 && CodePoints(password) <= 64;
                    Assert.AreEqual(valid, AccountRules.CheckPassword(password, Settings) == null, Show(password));
                }, iter: 5000);
        }

        [TestMethod]
        public void Registration_form_with_arbitrary_bytes_never_fails_the_server()
        {
            Gen.Select(Generators.AlmostUtf8, Gen.Bool).Sample((nameBytes, asName) =>
            {
                TestRig rig = TestRig.Create();
                string encoded = PercentEncode(nameBytes);
                string body = asName
                    ? "name=" + encoded + "&email=x%40example.org&password=correct+horse"
                    : "name=bob&email=x%40example.org&password=" + encoded;
                HttpResponse response = rig.Post("/register", body, null);

                string decoded = BoardText.Decode(nameBytes);
                int expected;
                if (decoded == null)
                {
                    expected = 400;
                }
                else if (asName)
                {
                    expected = IsValidName(AccountRules.NormalizeName(decoded)) ? 303 : 400;
                }
                else
                {
                    expected = AccountRules.CheckPassword(decoded, Settings) == null ? 303 : 400;
                }

                Assert.AreEqual(expected, response.StatusCode, Show(decoded ?? "(invalid UTF-8)"));
            }, iter: 400);
        }

        private static bool IsValidName(string name)
        {
            if (!IsWellFormed(name) || CodePoints(name) < 1 || CodePoints(name) > 24)
            {
                return false;
            }

            foreach (char c in name)
            {
                bool invisible = (c >= '\u200B' && c <= '\u200F') || (c >= '\u2028' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064') || (c >= '\u2066' && c <= '\u2069')
                    || "\uFEFF\u00AD\u034F\u115F\u1160\u180E\u3164\uFFA0".IndexOf(c) >= 0;
                if (char.IsControl(c) || invisible || c == '@')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsValidEmail(string email)
        {
            if (email.Length < 1 || email.Length > 64 || email.Count(c => c == '@') != 1)
            {
                return false;
            }

            string local = email.Substring(0, email.IndexOf('@'));
            string domain = email.Substring(email.IndexOf('@') + 1);
            if (local.Length == 0 || domain.Length == 0 || domain.IndexOf('.') < 1 || domain.EndsWith('.') || domain.Contains(".."))
            {
                return false;
            }

            return email.All(c => c > ' ' && c < 0x7F && "<>\"(),;\\[]".IndexOf(c) < 0);
        }

        private static bool IsWellFormed(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static int CodePoints(string text)
        {
            return text.EnumerateRunes().Count();
        }

        private static string PercentEncode(byte[] bytes)
        {
            StringBuilder text = new StringBuilder();
            foreach (byte b in bytes)
            {
                text.Append('%').Append(b.ToString("X2"));
            }

            return text.ToString();
        }

        private static string Show(string text)
        {
            return string.Join(" ", text.Select(c => ((int)c).ToString("X4")));
        }
    }
}
