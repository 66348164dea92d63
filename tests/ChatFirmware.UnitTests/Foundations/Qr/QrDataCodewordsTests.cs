using ChatFirmware.Core.Qr;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Qr
{
    /// <summary>The byte-mode segment, terminator and padding of a symbol's data codewords.</summary>
    [TestClass]
    public class QrDataCodewordsTests
    {
        [TestMethod]
        public void Hello_in_version_1_is_mode_count_bytes_terminator_then_pad_bytes()
        {
            // 0100 | 00000101 | "hello" | 0000, then EC 11 EC ... to the 16 data codewords of 1-M.
            byte[] data = QrDataCodewords.Build(Bytes.Utf8("hello"), 1);

            Assert.AreEqual("40568656c6c6f0ec11ec11ec11ec11ec", Bytes.ToHex(data));
        }

        [TestMethod]
        public void From_version_10_the_count_takes_16_bits()
        {
            byte[] data = QrDataCodewords.Build(Bytes.Utf8("hi"), 10);

            Assert.AreEqual(216, data.Length);
            Assert.AreEqual("4000268690ec11", Bytes.ToHex(data).Substring(0, 14));
        }

        [TestMethod]
        public void A_full_symbol_has_no_room_for_the_terminator_and_needs_none()
        {
            byte[] payload = Bytes.Repeat(0xFF, 14);

            byte[] data = QrDataCodewords.Build(payload, 1);

            // 4 + 8 + 112 bits = 124 of 128: the terminator's 4 bits fill the symbol exactly.
            Assert.AreEqual("40eff", Bytes.ToHex(data).Substring(0, 5));
            Assert.AreEqual((byte)0xF0, data[15]);
        }

        [TestMethod]
        public void More_bytes_than_the_version_holds_are_refused()
        {
            Assert.ThrowsException(typeof(System.ArgumentException), () => QrDataCodewords.Build(new byte[15], 1));
        }
    }
}
