using ChatFirmware.Core.Qr;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Qr
{
    /// <summary>What any symbol from the encoder is: its version, function patterns, data area, mask and limits.</summary>
    [TestClass]
    public class QrEncoderTests
    {
        [TestMethod]
        public void The_smallest_version_that_holds_the_payload_is_used()
        {
            Assert.AreEqual(1, QrEncoder.Encode(new byte[0]).Version);
            Assert.AreEqual(1, QrEncoder.Encode(new byte[14]).Version);
            Assert.AreEqual(2, QrEncoder.Encode(new byte[15]).Version);
            Assert.AreEqual(10, QrEncoder.Encode(new byte[213]).Version);
            Assert.AreEqual(57, QrEncoder.Encode(new byte[213]).Size);
        }

        [TestMethod]
        public void A_payload_past_213_bytes_is_refused_with_the_limit_in_the_message()
        {
            try
            {
                QrEncoder.Encode(new byte[214]);
            }
            catch (System.ArgumentException e)
            {
                Assert.Contains("at most 213 bytes", e.Message);
                Assert.Contains("has 214", e.Message);
                return;
            }

            Assert.IsTrue(false, "214 bytes were encoded");
        }

        [TestMethod]
        public void A_missing_payload_or_a_mask_outside_0_to_7_is_refused()
        {
            Assert.ThrowsException(typeof(System.ArgumentNullException), () => QrEncoder.Encode(null));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => QrEncoder.Encode(new byte[1], 8));
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => QrEncoder.Encode(new byte[1], -2));
        }

        [TestMethod]
        public void The_three_finders_with_their_separators_stand_in_the_corners()
        {
            QrCode code = QrEncoder.Encode(Bytes.Utf8("finders"));
            string[] finder = new string[] { "#######.", "#.....#.", "#.###.#.", "#.###.#.", "#.###.#.", "#.....#.", "#######.", "........" };
            int far = code.Size - 1;
            for (int dy = 0; dy < 8; dy++)
            {
                for (int dx = 0; dx < 8; dx++)
                {
                    bool dark = finder[dy].Substring(dx, 1) == "#";
                    Assert.AreEqual(dark, code.IsDark(dx, dy), "top-left " + dx + "," + dy);
                    Assert.AreEqual(dark, code.IsDark(far - dx, dy), "top-right " + dx + "," + dy);
                    Assert.AreEqual(dark, code.IsDark(dx, far - dy), "bottom-left " + dx + "," + dy);
                    Assert.IsTrue(code.IsFunction(dx, dy) && code.IsFunction(far - dx, dy) && code.IsFunction(dx, far - dy));
                }
            }
        }

        [TestMethod]
        public void Timing_patterns_alternate_between_the_finders()
        {
            QrCode code = QrEncoder.Encode(new byte[100]);
            for (int i = 8; i < code.Size - 8; i++)
            {
                Assert.AreEqual(i % 2 == 0, code.IsDark(i, 6), "row 6, column " + i);
                Assert.AreEqual(i % 2 == 0, code.IsDark(6, i), "column 6, row " + i);
            }
        }

        [TestMethod]
        public void Alignment_patterns_are_dark_ringed_with_a_dark_centre()
        {
            QrCode code = QrEncoder.Encode(new byte[150]);
            Assert.AreEqual(8, code.Version);

            // Version 8: centres 6, 24, 42; all but the three finder corners.
            int[] centres = new int[] { 24, 6, 6, 24, 24, 24, 42, 24, 24, 42, 42, 42 };
            for (int i = 0; i < centres.Length; i += 2)
            {
                int x = centres[i];
                int y = centres[i + 1];
                Assert.IsTrue(code.IsDark(x, y), "centre " + x + "," + y);
                Assert.IsFalse(code.IsDark(x + 1, y) || code.IsDark(x - 1, y + 1) || code.IsDark(x, y - 1), "light ring at " + x + "," + y);
                Assert.IsTrue(code.IsDark(x + 2, y) && code.IsDark(x - 2, y - 2) && code.IsDark(x + 1, y + 2), "dark ring at " + x + "," + y);
                Assert.IsTrue(code.IsFunction(x + 2, y + 2));
            }
        }

        [TestMethod]
        public void The_data_area_holds_the_codewords_and_the_remainder_bits_exactly()
        {
            for (int version = 1; version <= QrVersions.MaxVersion; version++)
            {
                QrCode code = QrEncoder.Encode(new byte[QrVersions.ByteCapacity(version)], 0);
                int dataModules = 0;
                for (int y = 0; y < code.Size; y++)
                {
                    for (int x = 0; x < code.Size; x++)
                    {
                        dataModules += code.IsFunction(x, y) ? 0 : 1;
                    }
                }

                // Remainder bits: 7 for versions 2 to 6, none for 1 and 7 to 13.
                int remainder = version >= 2 && version <= 6 ? 7 : 0;
                Assert.AreEqual((QrVersions.TotalCodewords(version) * 8) + remainder, dataModules, "version " + version);
            }
        }

        [TestMethod]
        public void A_given_mask_is_used_and_recorded()
        {
            for (int mask = 0; mask < 8; mask++)
            {
                Assert.AreEqual(mask, QrEncoder.Encode(Bytes.Utf8("mask"), mask).Mask);
            }
        }

        [TestMethod]
        public void The_chosen_mask_has_the_lowest_penalty_and_the_lowest_number_among_equals()
        {
            byte[][] payloads = new byte[][] { Bytes.Utf8("http://192.168.4.1"), Bytes.Utf8("WIFI:T:WPA;S:ChatFirmware;P:abcd-efgh-jkmn-pqrs;;"), new byte[60], Bytes.Repeat(0xA5, 200) };
            for (int p = 0; p < payloads.Length; p++)
            {
                QrCode chosen = QrEncoder.Encode(payloads[p]);
                int chosenScore = QrPenalty.Score(chosen);
                for (int mask = 0; mask < 8; mask++)
                {
                    int score = QrPenalty.Score(QrEncoder.Encode(payloads[p], mask));
                    Assert.IsTrue(score > chosenScore || (score == chosenScore && mask >= chosen.Mask), "payload " + p + ": mask " + mask + " scores " + score + ", the chosen " + chosen.Mask + " " + chosenScore);
                }
            }
        }

        [TestMethod]
        public void The_masks_differ_only_in_data_modules_and_format_bits()
        {
            QrCode zero = QrEncoder.Encode(Bytes.Utf8("masks"), 0);
            QrCode five = QrEncoder.Encode(Bytes.Utf8("masks"), 5);
            int differences = 0;
            for (int y = 0; y < zero.Size; y++)
            {
                for (int x = 0; x < zero.Size; x++)
                {
                    bool formatArea = (x == 8 && (y < 9 || y >= zero.Size - 8)) || (y == 8 && (x < 9 || x >= zero.Size - 8));
                    if (zero.IsFunction(x, y) && !formatArea)
                    {
                        Assert.AreEqual(zero.IsDark(x, y), five.IsDark(x, y), "function module " + x + "," + y);
                    }
                    else if (!zero.IsFunction(x, y) && zero.IsDark(x, y) != five.IsDark(x, y))
                    {
                        differences++;
                    }
                }
            }

            Assert.IsTrue(differences > 50, "masks 0 and 5 change many data modules");
        }
    }
}
