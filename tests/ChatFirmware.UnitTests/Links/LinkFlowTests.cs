using ChatFirmware.Core.Link;
using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class LinkFlowTests
    {
        [TestMethod]
        public void No_more_than_the_send_window_is_in_flight_before_an_acknowledgement()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            LinkNet.Wire wire = Quiet(room, b, a);

            for (int i = 0; i < 20; i++)
            {
                b.Say("bob", "n" + i);
            }

            Assert.AreEqual(room.Settings.LinkSendWindow, wire.FromDown.Pending);
            Assert.AreEqual(20 - room.Settings.LinkSendWindow, wire.DownLink.Queued);
            room.Net.Run();
            Assert.AreEqual(20, a.Room.ShownCount);
            Assert.AreEqual(0, wire.DownLink.Queued);
        }

        [TestMethod]
        public void A_board_acknowledges_every_few_items_and_at_the_tick()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            LinkNet.Wire wire = Quiet(room, b, a);
            int before = wire.FromUp.Sent;

            for (int i = 0; i < room.Settings.LinkAckEvery + 1; i++)
            {
                b.Say("bob", "n" + i);
            }

            room.Net.Run();
            Assert.AreEqual(before + 1, wire.FromUp.Sent, "one acknowledgement for the first few");
            a.Tick();
            Assert.AreEqual(before + 2, wire.FromUp.Sent, "the rest at the tick");
            Assert.IsTrue(wire.FromUp.Carried("\"type\":\"ack\",\"count\":1"));
        }

        [TestMethod]
        public void A_full_queue_loses_items_counts_them_restarts_the_link_and_the_catch_up_fills_the_gap()
        {
            ChatSettings settings = HubBoard.TestSettings();
            settings.LinkQueueItems = 8;
            Room room = new Room(settings);
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            LinkNet.Wire wire = Quiet(room, b, a);

            for (int i = 0; i < 20; i++)
            {
                b.Say("bob", "n" + i);
            }

            Assert.AreEqual(4, wire.DownLink.Lost);
            Assert.AreEqual(4, b.Hub.Overview().Lost);
            b.Tick();
            Assert.AreEqual(LinkCloseCodes.FellBehind, wire.FromDown.CloseCode);
            room.Net.Run();
            Assert.AreEqual(8, a.Room.ShownCount, "what was in flight arrived");
            Assert.AreEqual(4, b.Hub.Overview().Lost, "the loss stays counted after the link is gone");

            room.Link(b, a);
            Assert.AreEqual(20, a.Room.ShownCount);
            for (int i = 0; i < 20; i++)
            {
                Assert.AreEqual("n" + i, a.Room.Shown(i).Text);
            }
        }

        [TestMethod]
        public void Every_frame_and_byte_is_counted_both_ways()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            LinkNet.Wire wire = room.Link(b, a);
            b.Say("bob", "counted");
            room.Net.Run();

            LinkReport up = a.Hub.Overview().Links[0];
            LinkReport down = b.Hub.Overview().Links[0];
            Assert.AreEqual(wire.FromDown.Sent, down.FramesOut);
            Assert.AreEqual(down.FramesOut, up.FramesIn);
            Assert.AreEqual(down.BytesOut, up.BytesIn);
            Assert.AreEqual(up.FramesOut, down.FramesIn);
            Assert.IsTrue(down.IsUpstream);
            Assert.AreEqual("a", down.PeerBoard);
            Assert.AreEqual("linked", down.State);
        }

        /// <summary>Links the boards and settles every acknowledgement, so that nothing is in flight.</summary>
        private static LinkNet.Wire Quiet(Room room, HubBoard downstream, HubBoard upstream)
        {
            LinkNet.Wire wire = room.Link(downstream, upstream);
            downstream.Tick();
            upstream.Tick();
            room.Net.Run();
            return wire;
        }
    }
}
