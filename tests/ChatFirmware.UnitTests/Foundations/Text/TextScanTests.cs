using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Text
{
    [TestClass]
    public class TextScanTests
    {
        [TestMethod]
        public void LastIndexOf_finds_the_last_occurrence_after_accented_letters_and_emoji()
        {
            // String.LastIndexOf gives -1 for both on nanoCLR (scripts/nano-probe.sh).
            Assert.AreEqual(3, TextScan.LastIndexOf("Zoë@b".ToCharArray(), '@'));
            Assert.AreEqual(6, TextScan.LastIndexOf("a@😀 ü@x".ToCharArray(), '@'));
            Assert.AreEqual(-1, TextScan.LastIndexOf("Zoë".ToCharArray(), '@'));
            Assert.AreEqual(-1, TextScan.LastIndexOf(new char[0], '@'));
        }

        [TestMethod]
        public void IndexOf_finds_the_first_occurrence_after_an_emoji()
        {
            Assert.AreEqual(2, TextScan.IndexOf("😀=b=".ToCharArray(), '=', 0));
            Assert.AreEqual(4, TextScan.IndexOf("😀=b=".ToCharArray(), '=', 3));
            Assert.AreEqual(2, TextScan.IndexOf("😀=b".ToCharArray(), "=b", 0));
        }
    }
}
