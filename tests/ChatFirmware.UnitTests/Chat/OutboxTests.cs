using ChatFirmware.Core.Chat;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    [TestClass]
    public class OutboxTests
    {
        [TestMethod]
        public void A_batch_beyond_its_room_is_delivered_whole_and_in_order_and_the_next_one_too()
        {
            Outbox outbox = new Outbox(2);
            RecordingSocket a = new RecordingSocket();
            RecordingSocket b = new RecordingSocket();
            for (int i = 0; i < 7; i++)
            {
                outbox.Send(a, Bytes.Utf8("m" + i));
            }

            outbox.Close(b, 1001, "bye");
            outbox.Flush();
            outbox.Send(a, Bytes.Utf8("after"));
            outbox.Flush();

            Assert.AreEqual(8, a.Count);
            for (int i = 0; i < 7; i++)
            {
                Assert.AreEqual("m" + i, a.Text(i));
            }

            Assert.AreEqual("after", a.Text(7));
            Assert.AreEqual(1001, b.CloseCode);
            Assert.AreEqual("bye", b.CloseReason);
            Assert.AreEqual(0, outbox.Count);
        }

        [TestMethod]
        public void Every_recipient_of_a_broadcast_gets_the_same_array()
        {
            Outbox outbox = new Outbox(4);
            RecordingSocket a = new RecordingSocket();
            RecordingSocket b = new RecordingSocket();
            byte[] frame = Bytes.Utf8("{}");

            outbox.Send(a, frame);
            outbox.Send(b, frame);
            outbox.Flush();

            Assert.IsTrue(a.Raw(0) == frame && b.Raw(0) == frame);
        }
    }
}
