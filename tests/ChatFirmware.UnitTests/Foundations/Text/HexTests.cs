using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Text
{
    [TestClass]
    public class HexTests
    {
        [TestMethod]
        public void Encodes_lower_case()
        {
            Assert.AreEqual("00ff10ab", Hex.Encode(new byte[] { 0x00, 0xFF, 0x10, 0xAB }, 0, 4));
            Assert.AreEqual("ff10", Hex.Encode(new byte[] { 0x00, 0xFF, 0x10, 0xAB }, 1, 2));
        }

        [TestMethod]
        public void Decodes_either_case()
        {
            Assert.AreEqual("00ff10ab", Bytes.ToHex(Hex.Decode("00FF10aB", 4)));
        }

        [TestMethod]
        public void Wrong_length_or_non_hex_is_refused()
        {
            Assert.IsNull(Hex.Decode("00ff", 1));
            Assert.IsNull(Hex.Decode("0", 1));
            Assert.IsNull(Hex.Decode("0g", 1));
            Assert.IsNull(Hex.Decode(" 0", 1));
            Assert.IsNull(Hex.Decode(null, 1));
        }
    }
}
