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

        [TestMethod]
        public void Messages_live_in_one_array_sized_once_for_the_text_budget_and_the_records()
        {
            HistoryRing ring = new HistoryRing(10, 1000);
            byte[] records = ring.Records;

            for (int id = 1; id <= 50; id++)
            {
                ring.Add(Message(id, "message number " + id));
            }

            Assert.IsTrue(records == ring.Records, "no array per message, and the one array never grows");
            Assert.AreEqual(1000 + (10 * (HistoryRecord.FixedBytes + HistoryRing.NameAllowanceBytes)), records.Length);
            Assert.AreEqual(10, ring.Count);
            Assert.AreEqual("message number 50", ring[9].Text);
        }

        [TestMethod]
        public void Long_names_take_room_from_the_oldest_messages_once_the_text_is_near_its_budget()
        {
            // 10 records of 30 fixed bytes, 24 bytes of names and 90 of text do not fit 900 + 10 x 38 bytes.
            HistoryRing ring = new HistoryRing(10, 900);
            for (int id = 1; id <= 10; id++)
            {
                ring.Add(new ChatMessage(id, 1, "twelve-bytes", 2, "twelve-bytes", new string('x', 90), 0));
            }

            Assert.AreEqual(8, ring.Count);
            Assert.AreEqual(3L, ring[0].Id);
            Assert.AreEqual(10L, ring[7].Id);
            Assert.AreEqual(2L, ring.EvictedUpTo);
        }

        [TestMethod]
        public void Records_keep_their_order_and_content_as_the_ring_moves_them_to_the_front()
        {
            HistoryRing ring = new HistoryRing(5, 100);
            for (int id = 1; id <= 200; id++)
            {
                ring.Add(new ChatMessage(id, id % 7, "u" + (id % 7), id % 3 == 0 ? 9 : 0, id % 3 == 0 ? "nine" : null, new string('t', 1 + (id % 23)) + "\u00e9", id * 1000));
            }

            int count = ring.Count;
            for (int i = 0; i < count; i++)
            {
                long id = 200 - count + 1 + i;
                ChatMessage message = ring[i];
                Assert.AreEqual(id, message.Id);
                Assert.AreEqual("u" + (id % 7), message.FromName);
                Assert.AreEqual(id % 3 == 0 ? "nine" : null, message.ToName);
                Assert.AreEqual(new string('t', (int)(1 + (id % 23))) + "\u00e9", message.Text);
                Assert.AreEqual(id * 1000, message.TimestampMs);
            }

            Assert.IsTrue(ring.TextBytes <= 100);
        }

        [TestMethod]
        public void A_message_larger_than_the_whole_array_is_kept_alone()
        {
            HistoryRing ring = new HistoryRing(1, 4);
            ring.Add(Message(1, "ab"));

            ring.Add(Message(2, new string('y', 200)));

            Assert.AreEqual(1, ring.Count);
            Assert.AreEqual(new string('y', 200), ring[0].Text);
            Assert.AreEqual(1L, ring.EvictedUpTo);
        }

        [TestMethod]
        public void Removing_a_message_in_the_middle_keeps_the_later_ones_readable()
        {
            HistoryRing ring = new HistoryRing(5, 1000);
            ring.Add(new ChatMessage(1, 1, "alice", 0, null, "first", 10));
            ring.Add(new ChatMessage(2, 2, "bob", 1, "alice", "second", 20));
            ring.Add(new ChatMessage(3, 1, "alice", 0, null, "third \ud83d\ude00", 30));

            Assert.IsTrue(ring.Remove(2));
            ring.Add(new ChatMessage(4, 2, "bob", 0, null, "fourth", 40));

            Assert.AreEqual("third \ud83d\ude00", ring[1].Text);
            Assert.AreEqual(30L, ring[1].TimestampMs);
            Assert.AreEqual(4L, ring[2].Id);
            Assert.AreEqual(2, ring.IndexAfter(3));
        }

        private static ChatMessage Message(long id, string text)
        {
            return new ChatMessage(id, 1, "alice", 0, null, text, 0);
        }
    }
}
