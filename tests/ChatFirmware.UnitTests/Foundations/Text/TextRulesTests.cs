using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Text
{
    [TestClass]
    public class TextRulesTests
    {
        [TestMethod]
        public void A_surrogate_pair_counts_as_one_code_point()
        {
            Assert.AreEqual(0, TextRules.CountCodePoints(string.Empty));
            Assert.AreEqual(3, TextRules.CountCodePoints("abc"));
            Assert.AreEqual(2, TextRules.CountCodePoints("\ud83d\ude00\ud83d\udc4b"));
            Assert.AreEqual(2, TextRules.CountCodePoints("\ud83dx"), "a lone surrogate counts once");
        }

        [TestMethod]
        public void Controls_are_C0_C1_and_DEL()
        {
            Assert.IsTrue(TextRules.IsControl('\u0000'));
            Assert.IsTrue(TextRules.IsControl('\u001f'));
            Assert.IsTrue(TextRules.IsControl('\u007f'));
            Assert.IsTrue(TextRules.IsControl('\u0085'));
            Assert.IsTrue(TextRules.IsControl('\u009f'));
            Assert.IsFalse(TextRules.IsControl(' '));
            Assert.IsFalse(TextRules.IsControl('\u00a0'));
        }

        [TestMethod]
        public void Paired_surrogate_check()
        {
            // Lone surrogates: HostOnly/DotNetStringTests (a nanoFramework string cannot hold one).
            Assert.IsTrue(TextRules.HasOnlyPairedSurrogates("a\ud83d\ude00b"));
            Assert.IsTrue(TextRules.HasOnlyPairedSurrogates("\ud83d\ude00\ud83d\udc4b"));
        }

        [TestMethod]
        public void TrimSpaces_removes_unicode_spaces_at_both_ends_only()
        {
            Assert.AreEqual("a b", TextRules.TrimSpaces(" \t\u00a0\u3000a b\u2003\r\n"));
            Assert.AreEqual(string.Empty, TextRules.TrimSpaces(" \u00a0 "));
            Assert.AreEqual("abc", TextRules.TrimSpaces("abc"));
        }

        [TestMethod]
        public void FoldCase_folds_ascii_latin1_greek_and_cyrillic_the_same_on_every_host()
        {
            Assert.AreEqual("alice", TextRules.FoldCase("ALiCe"));
            Assert.AreEqual("\u00e9\u00e0\u00fe", TextRules.FoldCase("\u00c9\u00c0\u00de"));
            Assert.AreEqual("\u00d7", TextRules.FoldCase("\u00d7"), "the multiplication sign has no lower case");
            Assert.AreEqual("\u03b1\u03c9", TextRules.FoldCase("\u0391\u03a9"));
            Assert.AreEqual("\u0430\u044f\u0451", TextRules.FoldCase("\u0410\u042f\u0401"));
        }
    }
}
