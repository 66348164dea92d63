using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Text
{
    [TestClass]
    public class Crc32Tests
    {
        [TestMethod]
        public void Check_value_of_123456789_is_CBF43926()
        {
            byte[] data = Bytes.Utf8("123456789");

            Assert.AreEqual(0xCBF43926u, Crc32.Compute(data, 0, data.Length));
        }

        [TestMethod]
        public void Empty_input_gives_zero()
        {
            Assert.AreEqual(0u, Crc32.Compute(new byte[0], 0, 0));
        }

        [TestMethod]
        public void Only_the_given_range_is_covered()
        {
            byte[] data = Bytes.Utf8("xx123456789yy");

            Assert.AreEqual(0xCBF43926u, Crc32.Compute(data, 2, 9));
        }

        [TestMethod]
        public void Any_single_bit_flip_changes_the_value()
        {
            byte[] data = Bytes.Utf8("ChatFirmware slot image");
            uint original = Crc32.Compute(data, 0, data.Length);
            for (int i = 0; i < data.Length * 8; i++)
            {
                data[i / 8] ^= (byte)(1 << (i % 8));
                Assert.AreNotEqual(original, Crc32.Compute(data, 0, data.Length));
                data[i / 8] ^= (byte)(1 << (i % 8));
            }
        }
    }
}
