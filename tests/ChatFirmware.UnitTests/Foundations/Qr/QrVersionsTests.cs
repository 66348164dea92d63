using ChatFirmware.Core.Qr;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Qr
{
    /// <summary>The version table at level M against the figures ISO/IEC 18004 publishes (tables 1, 7, 9 and E.1).</summary>
    [TestClass]
    public class QrVersionsTests
    {
        [TestMethod]
        public void Byte_capacities_at_level_M_are_the_standards()
        {
            int[] expected = new int[] { 14, 26, 42, 62, 84, 106, 122, 152, 180, 213 };
            for (int version = 1; version <= 10; version++)
            {
                Assert.AreEqual(expected[version - 1], QrVersions.ByteCapacity(version), "version " + version);
            }

            Assert.AreEqual(10, QrVersions.MaxVersion);
            Assert.AreEqual(213, QrEncoder.MaxBytes);
        }

        [TestMethod]
        public void Codewords_and_blocks_at_level_M_are_the_standards()
        {
            int[] total = new int[] { 26, 44, 70, 100, 134, 172, 196, 242, 292, 346 };
            int[] data = new int[] { 16, 28, 44, 64, 86, 108, 124, 154, 182, 216 };
            int[] eccPerBlock = new int[] { 10, 16, 26, 18, 24, 16, 18, 22, 22, 26 };
            int[] blocks = new int[] { 1, 1, 1, 2, 2, 4, 4, 4, 5, 5 };
            for (int version = 1; version <= 10; version++)
            {
                int i = version - 1;
                Assert.AreEqual(total[i], QrVersions.TotalCodewords(version), "total, version " + version);
                Assert.AreEqual(data[i], QrVersions.DataCodewords(version), "data, version " + version);
                Assert.AreEqual(eccPerBlock[i], QrVersions.EccCodewordsPerBlock(version), "ecc per block, version " + version);
                Assert.AreEqual(blocks[i], QrVersions.Blocks(version), "blocks, version " + version);
            }
        }

        [TestMethod]
        public void Sizes_grow_by_four_modules_from_21()
        {
            Assert.AreEqual(21, QrVersions.Size(1));
            Assert.AreEqual(25, QrVersions.Size(2));
            Assert.AreEqual(45, QrVersions.Size(7));
            Assert.AreEqual(57, QrVersions.Size(10));
        }

        [TestMethod]
        public void The_count_field_widens_to_16_bits_at_version_10()
        {
            Assert.AreEqual(8, QrVersions.CountBits(1));
            Assert.AreEqual(8, QrVersions.CountBits(9));
            Assert.AreEqual(16, QrVersions.CountBits(10));
        }

        [TestMethod]
        public void Alignment_centres_are_the_standards()
        {
            // Annex E, table E.1, versions 1 to 10.
            string[] expected = new string[] { string.Empty, "6,18", "6,22", "6,26", "6,30", "6,34", "6,22,38", "6,24,42", "6,26,46", "6,28,50" };
            for (int version = 1; version <= 10; version++)
            {
                string actual = string.Empty;
                for (int i = 0; i < QrVersions.AlignmentCount(version); i++)
                {
                    actual += (i == 0 ? string.Empty : ",") + QrVersions.AlignmentPosition(version, i);
                }

                Assert.AreEqual(expected[version - 1], actual, "version " + version);
            }
        }

        [TestMethod]
        public void The_smallest_version_that_holds_the_bytes_is_chosen()
        {
            Assert.AreEqual(1, QrVersions.SmallestFor(0));
            Assert.AreEqual(1, QrVersions.SmallestFor(14));
            Assert.AreEqual(2, QrVersions.SmallestFor(15));
            Assert.AreEqual(9, QrVersions.SmallestFor(180));
            Assert.AreEqual(10, QrVersions.SmallestFor(181));
            Assert.AreEqual(10, QrVersions.SmallestFor(213));
            Assert.AreEqual(0, QrVersions.SmallestFor(214), "nothing past version 10");
        }

        [TestMethod]
        public void Versions_outside_1_to_10_are_refused()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => QrVersions.TotalCodewords(0));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => QrVersions.TotalCodewords(11));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new QrCode(11));
        }
    }
}
