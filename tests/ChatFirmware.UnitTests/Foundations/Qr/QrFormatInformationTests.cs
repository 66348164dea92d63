using ChatFirmware.Core.Qr;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Qr
{
    /// <summary>Format and version information: the standard's values, and where a symbol carries them.</summary>
    [TestClass]
    public class QrFormatInformationTests
    {
        // Annex C, table C.1, the rows of level M, masks 0 to 7.
        private static readonly string[] LevelMFormats = new string[]
        {
            "101010000010010", "101000100100101", "101111001111100", "101101101001011",
            "100010111111001", "100000011001110", "100111110010111", "100101010100000",
        };

        [TestMethod]
        public void Format_bits_for_level_M_and_each_mask_are_the_standards()
        {
            for (int mask = 0; mask < 8; mask++)
            {
                Assert.AreEqual(LevelMFormats[mask], Binary(QrFormatInformation.FormatBits(mask), 15), "mask " + mask);
            }
        }

        [TestMethod]
        public void Version_bits_from_version_7_are_the_standards()
        {
            // Annex D, table D.1.
            Assert.AreEqual("000111110010010100", Binary(QrFormatInformation.VersionBits(7), 18));
            Assert.AreEqual("001000010110111100", Binary(QrFormatInformation.VersionBits(8), 18));
            Assert.AreEqual("001001101010011001", Binary(QrFormatInformation.VersionBits(9), 18));
            Assert.AreEqual("001010010011010011", Binary(QrFormatInformation.VersionBits(10), 18));
        }

        [TestMethod]
        public void Both_copies_of_the_format_bits_stand_where_readers_look_for_them()
        {
            for (int mask = 0; mask < 8; mask++)
            {
                QrCode code = QrEncoder.Encode(Bytes.Utf8("format"), mask);
                int last = code.Size - 1;

                // Most significant bit first. Beside the top-left finder: along row 8 (skipping the timing
                // column), then up column 8 (skipping the timing row).
                int[] first = new int[] { 0, 8, 1, 8, 2, 8, 3, 8, 4, 8, 5, 8, 7, 8, 8, 8, 8, 7, 8, 5, 8, 4, 8, 3, 8, 2, 8, 1, 8, 0 };

                // Up from the bottom of column 8, then along row 8 to the right edge.
                int[] second = new int[] { 8, last, 8, last - 1, 8, last - 2, 8, last - 3, 8, last - 4, 8, last - 5, 8, last - 6, last - 7, 8, last - 6, 8, last - 5, 8, last - 4, 8, last - 3, 8, last - 2, 8, last - 1, 8, last, 8 };

                Assert.AreEqual(LevelMFormats[mask], Read(code, first), "top-left copy, mask " + mask);
                Assert.AreEqual(LevelMFormats[mask], Read(code, second), "second copy, mask " + mask);
                Assert.IsTrue(code.IsDark(8, code.Size - 8), "the dark module");
            }
        }

        [TestMethod]
        public void Both_copies_of_the_version_bits_stand_beside_the_top_right_and_bottom_left_finders()
        {
            for (int version = 7; version <= 10; version++)
            {
                QrCode code = QrEncoder.Encode(new byte[QrVersions.ByteCapacity(version)], 0);
                Assert.AreEqual(version, code.Version);
                int edge = code.Size - 11;
                string topRight = string.Empty;
                string bottomLeft = string.Empty;

                // Most significant bit first: bit i stands at (edge + i % 3, i / 3) and its mirror.
                for (int i = 17; i >= 0; i--)
                {
                    topRight += code.IsDark(edge + (i % 3), i / 3) ? "1" : "0";
                    bottomLeft += code.IsDark(i / 3, edge + (i % 3)) ? "1" : "0";
                }

                string expected = Binary(QrFormatInformation.VersionBits(version), 18);
                Assert.AreEqual(expected, topRight, "version " + version);
                Assert.AreEqual(expected, bottomLeft, "version " + version);
            }
        }

        [TestMethod]
        public void Versions_below_7_have_no_version_information()
        {
            QrCode code = QrEncoder.Encode(new byte[QrVersions.ByteCapacity(6)], 0);

            Assert.AreEqual(6, code.Version);
            Assert.IsFalse(code.IsFunction(code.Size - 11, 0), "data, not version bits, beside the top-right finder");
        }

        private static string Read(QrCode code, int[] positions)
        {
            string bits = string.Empty;
            for (int i = 0; i < positions.Length; i += 2)
            {
                bits += code.IsDark(positions[i], positions[i + 1]) ? "1" : "0";
            }

            return bits;
        }

        private static string Binary(int value, int width)
        {
            string bits = string.Empty;
            for (int bit = width - 1; bit >= 0; bit--)
            {
                bits += ((value >> bit) & 1) != 0 ? "1" : "0";
            }

            return bits;
        }
    }
}
