using System.Globalization;
using System.Text;
using ChatFirmware.Core.Text;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// The core's character classes (Text/CodePoints, range tests written by hand because nanoFramework
    /// has no Unicode data) against .NET's Unicode data, over the scripts the name rules rely on.
    /// Outside them the table is coarser (docs/accounts.md).
    /// </summary>
    [TestClass]
    public class CodePointTableTests
    {
        /// <summary>Latin to Latin Extended-B, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Thai, Lao, kana, CJK, Hangul, mathematical letters.</summary>
        private static readonly int[] Scripts =
        {
            0x00C0, 0x024F, 0x0370, 0x03FF, 0x0400, 0x052F, 0x0530, 0x058F, 0x0590, 0x05FF, 0x0600, 0x06FF, 0x0900, 0x097F,
            0x0E00, 0x0EFF, 0x3040, 0x30FF, 0x4E00, 0x9FFF, 0xAC00, 0xD7A3, 0x1D400, 0x1D6A3,
        };

        [TestMethod]
        public void Letters_digits_and_combining_marks_agree_with_dotnet_over_the_scripts_names_use()
        {
            StringBuilder disagreements = new StringBuilder();
            int checkedCount = 0;
            for (int r = 0; r < Scripts.Length; r += 2)
            {
                for (int cp = Scripts[r]; cp <= Scripts[r + 1]; cp++)
                {
                    Rune rune = new Rune(cp);
                    UnicodeCategory category = Rune.GetUnicodeCategory(rune);
                    if (category == UnicodeCategory.OtherNotAssigned)
                    {
                        continue;
                    }

                    checkedCount++;
                    bool letterOrDigit = Rune.IsLetterOrDigit(rune) || category == UnicodeCategory.LetterNumber || category == UnicodeCategory.OtherNumber;
                    bool mark = category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark || category == UnicodeCategory.EnclosingMark;
                    if (letterOrDigit != CodePoints.IsLetterOrDigit(cp) || mark != CodePoints.IsCombiningMark(cp))
                    {
                        disagreements.Append(' ').Append(cp.ToString("X4")).Append('(').Append(category).Append(')');
                    }
                }
            }

            Assert.IsTrue(checkedCount > 30000, checkedCount + " code points");
            Assert.AreEqual(string.Empty, disagreements.ToString());
        }

        [TestMethod]
        public void Symbols_emoji_and_blanks_are_never_letters()
        {
            int[] samples = { 0x2764, 0x2800, 0x1F642, 0x1F1E6, 0x2460, 0x24B6, 0x2122, 0xE000, 0x3000, 0x00A0, 0x00BF, 0x00D7 };
            foreach (int cp in samples)
            {
                Assert.IsFalse(CodePoints.IsLetterOrDigit(cp), cp.ToString("X4"));
            }
        }
    }
}
