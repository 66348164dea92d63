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

        /// <summary>
        /// The name rules (docs/accounts.md) restated over .NET's runes: no control, no default-ignorable
        /// code point (Unicode's list, written out here) except an emoji presentation selector after a
        /// symbol, no line or paragraph separator or blank braille pattern, no @, and a letter or digit
        /// somewhere (the core's table, which CodePointTableTests holds against .NET's Unicode data).
        /// </summary>
        private static bool IsValidName(string name)
        {
            if (!IsWellFormed(name) || CodePoints(name) < 1 || CodePoints(name) > 24)
            {
                return false;
            }

            bool letterOrDigit = false;
            int previous = 0;
            foreach (Rune rune in name.EnumerateRunes())
            {
                int cp = rune.Value;
                bool emojiSelector = (cp == 0xFE0E || cp == 0xFE0F) && previous != 0 && !Core.Text.CodePoints.IsLetterOrDigit(previous) && !Rune.IsWhiteSpace(new Rune(previous)) && !IsDefaultIgnorable(previous) && previous != 0x2800;
                if (Rune.IsControl(rune) || (!emojiSelector && (IsDefaultIgnorable(cp) || cp == 0x2028 || cp == 0x2029 || cp == 0x2800)) || cp == '@')
                {
                    return false;
                }

                letterOrDigit |= Core.Text.CodePoints.IsLetterOrDigit(cp);
                previous = cp;
            }

            return letterOrDigit;
        }

        /// <summary>Unicode 16's Default_Ignorable_Code_Point (DerivedCoreProperties.txt).</summary>
        private static bool IsDefaultIgnorable(int cp)
        {
            int[] ranges =
            {
                0x00AD, 0x00AD, 0x034F, 0x034F, 0x061C, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180F, 0x200B, 0x200F,
                0x202A, 0x202E, 0x2060, 0x206F, 0x3164, 0x3164, 0xFE00, 0xFE0F, 0xFEFF, 0xFEFF, 0xFFA0, 0xFFA0, 0xFFF0, 0xFFF8,
                0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0000, 0xE0FFF,
            };
            for (int i = 0; i < ranges.Length; i += 2)
            {
                if (cp >= ranges[i] && cp <= ranges[i + 1])
                {
                    return true;
                }
            }

            return false;
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
