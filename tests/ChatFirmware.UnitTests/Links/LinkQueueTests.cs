using ChatFirmware.Core.Link;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class LinkQueueTests
    {
        [TestMethod]
        public void Frames_leave_in_the_order_they_came()
        {
            LinkQueue queue = new LinkQueue(3, 100);
            queue.Enqueue(Bytes.Utf8("a"));
            queue.Enqueue(Bytes.Utf8("b"));
            Assert.AreEqual("a", Bytes.Text(queue.Dequeue()));
            queue.Enqueue(Bytes.Utf8("c"));
            queue.Enqueue(Bytes.Utf8("d"));
            Assert.AreEqual("b", Bytes.Text(queue.Dequeue()));
            Assert.AreEqual("c", Bytes.Text(queue.Dequeue()));
            Assert.AreEqual("d", Bytes.Text(queue.Dequeue()));
            Assert.IsNull(queue.Dequeue());
        }

        [TestMethod]
        public void A_queue_full_by_count_refuses_and_keeps_what_it_holds()
        {
            LinkQueue queue = new LinkQueue(2, 100);
            Assert.IsTrue(queue.Enqueue(Bytes.Utf8("a")));
            Assert.IsTrue(queue.Enqueue(Bytes.Utf8("b")));
            Assert.IsFalse(queue.Enqueue(Bytes.Utf8("c")));
            Assert.AreEqual(2, queue.Count);
            Assert.AreEqual("a", Bytes.Text(queue.Dequeue()));
        }

        [TestMethod]
        public void A_queue_full_by_bytes_refuses_a_frame_that_does_not_fit()
        {
            LinkQueue queue = new LinkQueue(10, 10);
            Assert.IsTrue(queue.Enqueue(new byte[6]));
            Assert.IsFalse(queue.Enqueue(new byte[5]));
            Assert.IsTrue(queue.Enqueue(new byte[4]));
            Assert.AreEqual(10, queue.Bytes);
            queue.Dequeue();
            Assert.AreEqual(4, queue.Bytes);
        }

        [TestMethod]
        public void Clear_empties_it()
        {
            LinkQueue queue = new LinkQueue(2, 100);
            queue.Enqueue(Bytes.Utf8("a"));
            queue.Clear();
            Assert.AreEqual(0, queue.Count);
            Assert.AreEqual(0, queue.Bytes);
            Assert.IsTrue(queue.Enqueue(Bytes.Utf8("b")));
            Assert.IsTrue(queue.Enqueue(Bytes.Utf8("c")));
        }
    }
}
