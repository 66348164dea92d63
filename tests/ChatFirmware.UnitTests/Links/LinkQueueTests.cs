using ChatFirmware.Core.Link;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class LinkQueueTests
    {
        [TestMethod]
        public void Items_leave_in_the_order_they_came()
        {
            LinkQueue queue = new LinkQueue(3);
            queue.Enqueue("a");
            queue.Enqueue("b");
            Assert.AreEqual("a", (string)queue.Dequeue());
            queue.Enqueue("c");
            queue.Enqueue("d");
            Assert.AreEqual("b", (string)queue.Dequeue());
            Assert.AreEqual("c", (string)queue.Dequeue());
            Assert.AreEqual("d", (string)queue.Dequeue());
            Assert.IsNull(queue.Dequeue());
        }

        [TestMethod]
        public void A_full_queue_refuses_and_keeps_what_it_holds()
        {
            LinkQueue queue = new LinkQueue(2);
            Assert.IsTrue(queue.Enqueue("a"));
            Assert.IsTrue(queue.Enqueue("b"));
            Assert.IsFalse(queue.Enqueue("c"));
            Assert.AreEqual(2, queue.Count);
            Assert.AreEqual("a", (string)queue.Dequeue());
        }

        [TestMethod]
        public void Clear_empties_it()
        {
            LinkQueue queue = new LinkQueue(2);
            queue.Enqueue("a");
            queue.Clear();
            Assert.AreEqual(0, queue.Count);
            Assert.IsTrue(queue.Enqueue("b"));
            Assert.IsTrue(queue.Enqueue("c"));
        }
    }
}
