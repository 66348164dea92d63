using ChatFirmware.Core.Qr;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Qr
{
    /// <summary>The eight mask conditions (i is the row, j the column in the standard's table 10).</summary>
    [TestClass]
    public class QrMaskTests
    {
        [TestMethod]
        public void Each_mask_inverts_where_the_standards_condition_holds()
        {
            for (int y = 0; y < 12; y++)
            {
                for (int x = 0; x < 12; x++)
                {
                    Assert.AreEqual((y + x) % 2 == 0, QrMask.Inverts(0, x, y));
                    Assert.AreEqual(y % 2 == 0, QrMask.Inverts(1, x, y));
                    Assert.AreEqual(x % 3 == 0, QrMask.Inverts(2, x, y));
                    Assert.AreEqual((y + x) % 3 == 0, QrMask.Inverts(3, x, y));
                    Assert.AreEqual(((y / 2) + (x / 3)) % 2 == 0, QrMask.Inverts(4, x, y));
                    Assert.AreEqual(((y * x) % 2) + ((y * x) % 3) == 0, QrMask.Inverts(5, x, y));
                    Assert.AreEqual((((y * x) % 2) + ((y * x) % 3)) % 2 == 0, QrMask.Inverts(6, x, y));
                    Assert.AreEqual((((y + x) % 2) + ((y * x) % 3)) % 2 == 0, QrMask.Inverts(7, x, y));
                }
            }
        }

        [TestMethod]
        public void Spot_values_of_the_row_and_column_masks()
        {
            Assert.IsTrue(QrMask.Inverts(1, 5, 0), "mask 1 inverts even rows");
            Assert.IsFalse(QrMask.Inverts(1, 0, 1));
            Assert.IsTrue(QrMask.Inverts(2, 3, 7), "mask 2 inverts every third column");
            Assert.IsFalse(QrMask.Inverts(2, 4, 7));
            Assert.IsTrue(QrMask.Inverts(4, 2, 1), "mask 4: (1/2 + 2/3) even");
            Assert.IsFalse(QrMask.Inverts(4, 3, 0));
        }

        [TestMethod]
        public void Applying_a_mask_twice_restores_the_modules()
        {
            for (int mask = 0; mask < QrMask.Count; mask++)
            {
                QrCode grid = new QrCode(1);
                QrMask.Apply(grid, mask);
                for (int y = 0; y < grid.Size; y++)
                {
                    for (int x = 0; x < grid.Size; x++)
                    {
                        Assert.AreEqual(QrMask.Inverts(mask, x, y), grid.IsDark(x, y));
                    }
                }

                int dark = DarkCount(grid);
                Assert.IsTrue(dark > 0);
                QrMask.Apply(grid, mask);
                Assert.AreEqual(0, DarkCount(grid), "all light again after mask " + mask);
            }
        }

        [TestMethod]
        public void Function_modules_are_left_alone()
        {
            QrCode code = QrEncoder.Encode(Bytes.Utf8("function"), 0);
            bool before = code.IsDark(0, 0);

            QrMask.Apply(code, 0);

            Assert.AreEqual(before, code.IsDark(0, 0), "the finder's corner, where mask 0 would invert");
        }

        [TestMethod]
        public void An_unknown_mask_is_refused()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => QrMask.Inverts(8, 0, 0));
        }

        private static int DarkCount(QrCode grid)
        {
            int dark = 0;
            for (int y = 0; y < grid.Size; y++)
            {
                for (int x = 0; x < grid.Size; x++)
                {
                    dark += grid.IsDark(x, y) ? 1 : 0;
                }
            }

            return dark;
        }
    }
}
