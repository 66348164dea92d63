using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Link;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class RelayTests
    {
        [TestMethod]
        public void A_line_reaches_every_board_of_a_line_of_four_once()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(4);

            boards[0].Say("ann", "from a");
            boards[3].Say("dee", "from d");
            room.Net.Run();

            Assert.AreEqual("from d", boards[0].Room.ShownTexts);
            Assert.AreEqual("from a|from d", boards[1].Room.ShownTexts);
            Assert.AreEqual("from a|from d", boards[2].Room.ShownTexts);
            Assert.AreEqual("from a", boards[3].Room.ShownTexts);
            for (int i = 0; i < boards.Length; i++)
            {
                Assert.AreEqual(0, boards[i].Hub.Overview().Refused, "nothing came back to where it came from");
                Assert.AreEqual(0, boards[i].Hub.Overview().Duplicates, "nothing arrived twice");
            }
        }

        [TestMethod]
        public void A_relayed_line_keeps_its_origin_and_its_id_there()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(3);
            boards[2].Room.Write("x", "local only, never relayed");
            ChatMessage sent = boards[2].Say("cy", "hello");
            room.Net.Run();

            ChatMessage received = boards[0].Room.Shown(0);
            Assert.AreEqual("c", received.Origin);
            Assert.AreEqual(sent.Id, received.OriginId);
            Assert.AreEqual(2L, sent.Id);
            Assert.AreEqual(1L, received.Id, "stored under the receiving board's own next id");
            Assert.AreEqual(ChatMessage.RemoteUserId, received.FromUserId);
        }

        [TestMethod]
        public void Lines_of_one_sender_arrive_in_the_order_written_on_every_board()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            HubBoard c = room.Board("c");
            room.Link(b, a);
            room.Link(c, a);

            for (int i = 0; i < 30; i++)
            {
                b.Say("bob", "b" + i);
                c.Say("cy", "c" + i);
                if (i % 7 == 0)
                {
                    room.Net.Run();
                }
            }

            room.Net.Run();
            Assert.AreEqual(60, a.Room.ShownCount);
            Assert.AreEqual(30, b.Room.ShownCount);
            Assert.AreEqual(30, c.Room.ShownCount);
            for (int i = 0; i < 30; i++)
            {
                Assert.AreEqual("c" + i, b.Room.Shown(i).Text);
                Assert.AreEqual("b" + i, c.Room.Shown(i).Text);
            }
        }

        [TestMethod]
        public void A_frame_delivered_twice_is_shown_once_and_counted()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            LinkNet.Wire wire = room.Link(b, a);
            b.Say("bob", "once");
            byte[] frame = wire.FromDown.Take();
            a.Hub.Receive(wire.UpLink, frame, 0, frame.Length, a.Outbox);
            a.Hub.Receive(wire.UpLink, frame, 0, frame.Length, a.Outbox);
            a.Outbox.Flush();

            Assert.AreEqual(1, a.Room.ShownCount);
            Assert.AreEqual(1, a.Hub.Overview().Duplicates);
        }

        [TestMethod]
        public void Presence_of_every_board_reaches_every_board_and_leaves_with_its_link()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(3);
            boards[0].Online(new string[] { "ann" });
            boards[2].Online(new string[] { "cy", "cat" });
            room.Net.Run();

            Assert.AreEqual("cy", boards[0].Hub.Relay.Roster.FindOnline("c", "CY"));
            Assert.AreEqual("ann", boards[2].Hub.Relay.Roster.FindOnline("a", "ann"));
            Assert.AreEqual(3, boards[1].Hub.Overview().RemotePeople);

            room.Net.Cut(room.UpstreamWireOf(boards[2]));
            room.Net.Run();
            Assert.IsNull(boards[0].Hub.Relay.Roster.FindOnline("c", "cy"), "c is gone from a's list when b-c breaks");
            Assert.AreEqual(1, boards[1].Hub.Overview().RemotePeople);
        }

        [TestMethod]
        public void Joins_and_leaves_are_shown_as_name_at_board()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(3);
            boards[2].Hub.Relay.Notice("join", "cy", boards[2].Outbox);
            boards[2].Outbox.Flush();
            room.Net.Run();

            Assert.AreEqual("join cy@c", boards[0].Room.Notices);
            Assert.AreEqual("join cy@c", boards[1].Room.Notices);
            Assert.AreEqual(string.Empty, boards[2].Room.Notices);
        }

        [TestMethod]
        public void An_item_whose_origin_is_not_behind_its_link_is_refused()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            LinkNet.Wire wire = room.Link(b, a);
            byte[] forged = LinkProtocol.EncodeMessage("a", 99, "mallory", "I am a", 0, null, null);
            a.Hub.Receive(wire.UpLink, forged, 0, forged.Length, a.Outbox);
            byte[] stranger = LinkProtocol.EncodeMessage("zz", 1, "mallory", "who?", 0, null, null);
            a.Hub.Receive(wire.UpLink, stranger, 0, stranger.Length, a.Outbox);

            Assert.AreEqual(0, a.Room.ShownCount);
            Assert.AreEqual(2, a.Hub.Overview().Refused);
        }

        [TestMethod]
        public void An_item_over_this_board_s_limits_is_refused()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            LinkNet.Wire wire = room.Link(b, a);
            string[] bad = new string[]
            {
                Bytes.Text(LinkProtocol.EncodeMessage("b", 1, "bob", Strings.Repeat("x", room.Settings.MaxMessageCodePoints + 1), 0, null, null)),
                Bytes.Text(LinkProtocol.EncodeMessage("b", 2, "bob", "   ", 0, null, null)),
                Bytes.Text(LinkProtocol.EncodeMessage("b", 6, "bob", "abc \u202e txt.exe", 0, null, null)),
                Bytes.Text(LinkProtocol.EncodeMessage("b", 7, "bob", "\u200b\u2800", 0, null, null)),
                Bytes.Text(LinkProtocol.EncodeMessage("b", 3, "bo@b", "hi", 0, null, null)),
                Bytes.Text(LinkProtocol.EncodeMessage("b", 0, "bob", "hi", 0, null, null)),
                "{\"type\":\"message\",\"origin\":\"b\",\"id\":5,\"from\":\"bob\",\"text\":\"no ts\"}",
            };
            for (int i = 0; i < bad.Length; i++)
            {
                byte[] frame = Bytes.Utf8(bad[i]);
                a.Hub.Receive(wire.UpLink, frame, 0, frame.Length, a.Outbox);
            }

            Assert.AreEqual(0, a.Room.ShownCount);
            Assert.AreEqual(bad.Length, a.Hub.Overview().Refused);
            Assert.IsTrue(wire.UpLink.IsLive, "a bad item is dropped; the link stays");
        }
    }
}
