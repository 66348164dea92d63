using ChatFirmware.Core.Chat;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    [TestClass]
    public class HistoryRingTests
    {
        [TestMethod]
        public void Keeps_at_most_its_capacity_dropping_the_oldest()
        {
            HistoryRing ring = new HistoryRing(3, 1000);
            for (int id = 1; id <= 5; id++)
            {
                ring.Add(Message(id, "m" + id));
            }

            Assert.AreEqual(3, ring.Count);
            Assert.AreEqual(3L, ring[0].Id);
            Assert.AreEqual(5L, ring[2].Id);
            Assert.AreEqual(5L, ring.LastId);
            Assert.AreEqual(6, ring.TextBytes);
        }

        [TestMethod]
        public void Keeps_within_its_text_byte_budget_dropping_the_oldest()
        {
            HistoryRing ring = new HistoryRing(10, 10);
            ring.Add(Message(1, "aaaa"));
            ring.Add(Message(2, "bbbb"));
            Assert.AreEqual(8, ring.TextBytes);

            ring.Add(Message(3, "cccc"));

            Assert.AreEqual(2, ring.Count);
            Assert.AreEqual(2L, ring[0].Id);
            Assert.AreEqual(8, ring.TextBytes);
        }

        [TestMethod]
        public void The_budget_counts_utf8_bytes_not_characters()
        {
            HistoryRing ring = new HistoryRing(10, 10);
            ring.Add(Message(1, "\u00e9\u00e9\u00e9"));
            ring.Add(Message(2, "\ud83d\ude00"));

            Assert.AreEqual(10, ring.TextBytes);
            ring.Add(Message(3, "x"));

            Assert.AreEqual(2, ring.Count);
            Assert.AreEqual(5, ring.TextBytes);
        }

        [TestMethod]
        public void A_message_larger_than_the_budget_is_still_kept_alone()
        {
            HistoryRing ring = new HistoryRing(10, 4);
            ring.Add(Message(1, "ab"));

            ring.Add(Message(2, "longer than four"));

            Assert.AreEqual(1, ring.Count);
            Assert.AreEqual(2L, ring[0].Id);
        }

        [TestMethod]
        public void Wraps_around_many_times_in_order()
        {
            HistoryRing ring = new HistoryRing(4, 10000);
            for (int id = 1; id <= 103; id++)
            {
                ring.Add(Message(id, "t"));
            }

            for (int i = 0; i < 4; i++)
            {
                Assert.AreEqual(100L + i, ring[i].Id);
            }
        }

        [TestMethod]
        public void IndexAfter_finds_the_first_newer_message()
        {
            HistoryRing ring = new HistoryRing(5, 1000);
            for (int id = 1; id <= 4; id++)
            {
                ring.Add(Message(id * 10, "t"));
            }

            Assert.AreEqual(0, ring.IndexAfter(0));
            Assert.AreEqual(1, ring.IndexAfter(10));
            Assert.AreEqual(2, ring.IndexAfter(25));
            Assert.AreEqual(4, ring.IndexAfter(40));
        }

        [TestMethod]
        public void Remove_takes_out_one_message_and_its_bytes()
        {
            HistoryRing ring = new HistoryRing(5, 1000);
            ring.Add(Message(1, "aa"));
            ring.Add(Message(2, "bbb"));
            ring.Add(Message(3, "c"));

            Assert.IsTrue(ring.Remove(2));
            Assert.IsFalse(ring.Remove(2));

            Assert.AreEqual(2, ring.Count);
            Assert.AreEqual(1L, ring[0].Id);
            Assert.AreEqual(3L, ring[1].Id);
            Assert.AreEqual(3, ring.TextBytes);
        }

        [TestMethod]
        public void Clear_empties_the_ring_but_ids_keep_rising()
        {
            HistoryRing ring = new HistoryRing(5, 1000);
            ring.Add(Message(7, "x"));

            ring.Clear();

            Assert.AreEqual(0, ring.Count);
            Assert.AreEqual(0, ring.TextBytes);
            Assert.AreEqual(7L, ring.LastId);
        }

        private static ChatMessage Message(long id, string text)
        {
            return new ChatMessage(id, 1, "alice", 0, null, text, 0);
        }
    }
}
