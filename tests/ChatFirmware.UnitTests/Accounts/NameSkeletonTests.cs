using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    /// <summary>
    /// The skeleton two names are compared by (Text/Confusables, docs/accounts.md): names that look
    /// alike on a screen get the same one; names that look different keep different ones.
    /// </summary>
    [TestClass]
    public class NameSkeletonTests
    {
        [TestMethod]
        public void Look_alikes_share_a_skeleton()
        {
            string[] pairs = new string[]
            {
                "admin", "\u0430dmin",
                "Bob", "\u0412\u041e\u0412",
                "paypal", "paypaI",
                "ola", "0la",
                "mallory", "rnallory",
                "jose", "jos\u00e9",
                "jos\u00e9", "jose\u0301",
                "Zo\u00eb", "ZOE",
                "kate", "\u212aate",
                "ad min", "ad\u3000\u2800 min",
                "eve", "e\u200bve",
                "\u03bf\u03c1\u03b1", "opa",
                "\u0456v\u0430n", "ivan",
                "x", "\uff58",
            };
            for (int i = 0; i < pairs.Length; i += 2)
            {
                Assert.AreEqual(Confusables.Skeleton(pairs[i]), Confusables.Skeleton(pairs[i + 1]), "pair " + (i / 2));
            }
        }

        [TestMethod]
        public void A_look_alike_in_other_capitals_shares_the_folded_skeleton()
        {
            Assert.AreEqual(Confusables.FoldedSkeleton("admin"), Confusables.FoldedSkeleton("\u0391DMIN"));
            Assert.AreEqual(Confusables.FoldedSkeleton("bob"), Confusables.FoldedSkeleton("B\u041eB"));
            Assert.AreEqual(Confusables.FoldedSkeleton("\u03b1\u03b2"), Confusables.FoldedSkeleton("\u0391\u0392"));
        }

        [TestMethod]
        public void Names_that_look_different_keep_different_skeletons()
        {
            string[] pairs = new string[]
            {
                "admin", "admins",
                "ad min", "admin",
                "anna", "hanna",
                "\u674e", "\u5b50",
                "\u0418\u0432\u0430\u043d", "\u0418\u0432\u0430\u043b",
                "bob", "bop",
            };
            for (int i = 0; i < pairs.Length; i += 2)
            {
                Assert.AreNotEqual(Confusables.Skeleton(pairs[i]), Confusables.Skeleton(pairs[i + 1]), "pair " + (i / 2));
            }
        }

        [TestMethod]
        public void Invisible_code_points_and_combining_marks_are_classified()
        {
            Assert.IsTrue(CodePoints.IsDefaultIgnorable(0xE0020), "a tag");
            Assert.IsTrue(CodePoints.IsDefaultIgnorable(0xFE0F));
            Assert.IsTrue(CodePoints.IsDefaultIgnorable(0x200B));
            char[] invisible = new char[] { '\u200b', '\u200d', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff', '\u00ad', '\u2060' };
            for (int i = 0; i < invisible.Length; i++)
            {
                Assert.IsTrue(CodePoints.IsDefaultIgnorable(invisible[i]), "U+" + ((int)invisible[i]).ToString("X4"));
            }

            Assert.IsFalse(CodePoints.IsDefaultIgnorable('a'));
            Assert.IsTrue(CodePoints.IsCombiningMark(0x0301));
            Assert.IsTrue(CodePoints.IsCombiningMark(0x093F), "a Devanagari vowel sign");
            Assert.IsFalse(CodePoints.IsCombiningMark(0x0915), "a Devanagari letter");
            Assert.IsTrue(CodePoints.IsLetterOrDigit(0x0915));
            Assert.IsTrue(CodePoints.IsLetterOrDigit(0x4E00));
            Assert.IsTrue(CodePoints.IsLetterOrDigit(0x1D41A), "a mathematical letter is a letter");
            Assert.IsFalse(CodePoints.IsLetterOrDigit(0x2800));
            Assert.IsFalse(CodePoints.IsLetterOrDigit(0x1F642));
            Assert.IsFalse(CodePoints.IsLetterOrDigit(0x2764));
            Assert.IsTrue(CodePoints.IsBidiControl(0x202E));
            Assert.IsFalse(CodePoints.IsBidiControl(0x200F), "a directional mark only marks");
        }
    }
}
