using ChatFirmware.Core.Qr;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Qr
{
    /// <summary>The four penalty rules on grids whose scores can be counted by hand (21 x 21, version 1's size).</summary>
    [TestClass]
    public class QrPenaltyTests
    {
        [TestMethod]
        public void An_all_light_grid_scores_each_rule_as_counted_by_hand()
        {
            QrCode grid = new QrCode(1);

            // 21 rows and 21 columns, each one run of 21: 3 + 16. 20 x 20 squares of 2 x 2. No dark: 50 % off.
            Assert.AreEqual(42 * 19, QrPenalty.Runs(grid));
            Assert.AreEqual(400 * 3, QrPenalty.Blocks(grid));
            Assert.AreEqual(0, QrPenalty.FinderLikes(grid));
            Assert.AreEqual(100, QrPenalty.Balance(grid));
            Assert.AreEqual(798 + 1200 + 100, QrPenalty.Score(grid));
        }

        [TestMethod]
        public void Runs_cost_3_at_five_modules_and_1_more_per_module()
        {
            QrCode grid = Checkerboard();
            Assert.AreEqual(0, QrPenalty.Runs(grid), "a checkerboard has no runs");

            // Row 0 is dark at even columns: lighten 1-5 and 9-15, runs of 5 and 7 between dark modules.
            for (int x = 1; x <= 5; x++)
            {
                grid.SetDark(x, 0, false);
            }

            for (int x = 9; x <= 15; x++)
            {
                grid.SetDark(x, 0, false);
            }

            Assert.AreEqual(3 + 5, QrPenalty.Runs(grid), "5 and 7 light in a row: 3 and 3 + 2");
        }

        [TestMethod]
        public void Each_single_coloured_2_by_2_square_costs_3_overlapping_ones_too()
        {
            QrCode grid = Checkerboard();
            Assert.AreEqual(0, QrPenalty.Blocks(grid));

            // A 3 x 2 dark block holds two overlapping 2 x 2 squares.
            for (int x = 4; x < 7; x++)
            {
                grid.SetDark(x, 10, true);
                grid.SetDark(x, 11, true);
            }

            Assert.AreEqual(6, QrPenalty.Blocks(grid));
        }

        [TestMethod]
        public void A_finder_like_pattern_with_four_light_modules_inside_the_symbol_costs_40_once()
        {
            QrCode grid = new QrCode(1);
            Pattern(grid, 10, 7);
            Assert.AreEqual(40, QrPenalty.FinderLikes(grid), "light on both sides still counts once");

            QrCode atEdge = new QrCode(1);
            Pattern(atEdge, 3, 0);
            Assert.AreEqual(40, QrPenalty.FinderLikes(atEdge), "light after it");

            atEdge.SetDark(9, 3, true);
            Assert.AreEqual(0, QrPenalty.FinderLikes(atEdge), "dark after it, and the quiet zone before it does not count");
        }

        [TestMethod]
        public void A_finder_like_pattern_counts_in_columns_too()
        {
            QrCode grid = new QrCode(1);
            int[] core = new int[] { 1, 0, 1, 1, 1, 0, 1 };
            for (int i = 0; i < core.Length; i++)
            {
                grid.SetDark(12, 7 + i, core[i] == 1);
            }

            Assert.AreEqual(40, QrPenalty.FinderLikes(grid));
        }

        [TestMethod]
        public void Balance_costs_10_per_whole_5_percent_away_from_half_dark()
        {
            QrCode grid = new QrCode(1);
            Assert.AreEqual(100, QrPenalty.Balance(grid));

            Darken(grid, 198);
            Assert.AreEqual(10, QrPenalty.Balance(grid), "198 of 441 dark is 44.9 %");

            Darken(grid, 221);
            Assert.AreEqual(0, QrPenalty.Balance(grid), "221 of 441 is 50.1 %");

            Darken(grid, 441);
            Assert.AreEqual(100, QrPenalty.Balance(grid), "all dark");
        }

        private static QrCode Checkerboard()
        {
            QrCode grid = new QrCode(1);
            for (int y = 0; y < grid.Size; y++)
            {
                for (int x = 0; x < grid.Size; x++)
                {
                    grid.SetDark(x, y, (x + y) % 2 == 0);
                }
            }

            return grid;
        }

        /// <summary>Dark-light-dark-dark-dark-light-dark along row y from column x.</summary>
        private static void Pattern(QrCode grid, int y, int x)
        {
            int[] core = new int[] { 1, 0, 1, 1, 1, 0, 1 };
            for (int i = 0; i < core.Length; i++)
            {
                grid.SetDark(x + i, y, core[i] == 1);
            }
        }

        /// <summary>Makes exactly the first count modules (row after row) dark.</summary>
        private static void Darken(QrCode grid, int count)
        {
            for (int i = 0; i < grid.Size * grid.Size; i++)
            {
                grid.SetDark(i % grid.Size, i / grid.Size, i < count);
            }
        }
    }
}
