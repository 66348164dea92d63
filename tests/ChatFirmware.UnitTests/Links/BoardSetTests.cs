using ChatFirmware.Core.Link;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class BoardSetTests
    {
        [TestMethod]
        public void Boards_with_epochs_round_trip_through_their_wire_form()
        {
            BoardSet set = new BoardSet(4);
            set.Set("a", 0x0102a0ff, 0);
            set.Set("hall-b", 0xffffffff, 0);
            Assert.AreEqual("a:0102a0ff hall-b:ffffffff", set.Format(false));

            BoardSet read = new BoardSet(4);
            Assert.IsTrue(read.TryParse(set.Format(false), false));
            Assert.AreEqual(2, read.Count);
            Assert.AreEqual((uint)0xffffffff, read.Epoch(read.IndexOf("hall-b")));
        }

        [TestMethod]
        public void Marks_round_trip_when_asked_for()
        {
            BoardSet set = new BoardSet(4);
            set.Set("a", 7, 123456789012);
            set.Set("b", 8, 0);
            BoardSet read = new BoardSet(4);
            Assert.IsTrue(read.TryParse(set.Format(true), true));
            Assert.AreEqual(123456789012L, read.Mark(0));
            Assert.AreEqual(0L, read.Mark(1));
        }

        [TestMethod]
        public void An_empty_list_is_valid_and_empty()
        {
            BoardSet read = new BoardSet(2);
            Assert.IsTrue(read.TryParse(string.Empty, false));
            Assert.AreEqual(0, read.Count);
            Assert.IsFalse(read.TryParse(null, false));
        }

        [TestMethod]
        public void Malformed_lists_are_refused_and_leave_the_set_empty()
        {
            BoardSet read = new BoardSet(2);
            string[] bad = new string[] { "a", "a:123", "a:0000000g", "A:00000001", "a:00000001  b:00000002", "a:00000001 a:00000002", "a:00000001 b:00000002 c:00000003", "a:00000001:", "a:00000001:-1" };
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.IsFalse(read.TryParse(bad[i], i >= 7), bad[i]);
                Assert.AreEqual(0, read.Count, bad[i]);
            }
        }

        [TestMethod]
        public void FirstShared_finds_a_board_in_both_sets()
        {
            BoardSet left = new BoardSet(3);
            left.Set("a", 1, 0);
            left.Set("b", 1, 0);
            BoardSet right = new BoardSet(3);
            right.Set("c", 1, 0);
            Assert.IsNull(left.FirstShared(right));
            right.Set("b", 9, 0);
            Assert.AreEqual("b", left.FirstShared(right));
        }

        [TestMethod]
        public void A_full_set_refuses_a_new_board_but_updates_a_known_one()
        {
            BoardSet set = new BoardSet(1);
            Assert.IsTrue(set.Set("a", 1, 0));
            Assert.IsFalse(set.Set("b", 1, 0));
            Assert.IsTrue(set.Set("a", 2, 5));
            Assert.AreEqual((uint)2, set.Epoch(0));
            set.RemoveAt(0);
            Assert.AreEqual(0, set.Count);
        }
    }
}
