using ChatFirmware.Core.Link;
using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class LoopRefusalTests
    {
        [TestMethod]
        public void A_link_that_would_close_a_loop_is_refused_with_4002()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(3);

            LinkNet.Wire loop = room.Link(boards[0], boards[2]);

            Assert.AreEqual(LinkCloseCodes.Loop, loop.FromUp.CloseCode);
            Assert.IsFalse(loop.DownLink.IsOpen);
            Assert.IsTrue(room.UpstreamWireOf(boards[1]).DownLink.IsLive, "the tree stays as it was");
            Assert.IsTrue(room.UpstreamWireOf(boards[2]).DownLink.IsLive);
        }

        [TestMethod]
        public void Two_rooms_join_when_their_boards_are_all_different()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            HubBoard c = room.Board("c");
            HubBoard d = room.Board("d");
            room.Link(b, a);
            room.Link(d, c);

            LinkNet.Wire bridge = room.Link(c, b);

            Assert.IsTrue(bridge.DownLink.IsLive);
            Assert.AreEqual(4, BoardCount(a));
            Assert.AreEqual(4, BoardCount(d));
        }

        [TestMethod]
        public void Two_rooms_sharing_a_board_name_are_not_joined()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            HubBoard otherA = room.Board("a");
            HubBoard c = room.Board("c");
            room.Link(b, a);
            room.Link(otherA, c);

            LinkNet.Wire bridge = room.Link(c, b);

            Assert.AreEqual(LinkCloseCodes.Loop, bridge.FromUp.CloseCode);
            Assert.AreEqual(2, BoardCount(a));
        }

        [TestMethod]
        public void A_link_that_would_outgrow_the_room_is_refused_with_4006()
        {
            ChatSettings settings = HubBoard.TestSettings();
            settings.MaxRoomBoards = 3;
            Room room = new Room(settings);
            HubBoard[] boards = room.Line(3);
            HubBoard extra = room.Board("x");

            LinkNet.Wire wire = room.Link(extra, boards[2]);

            Assert.AreEqual(LinkCloseCodes.RoomFull, wire.FromUp.CloseCode);
            Assert.AreEqual(3, BoardCount(boards[0]));
        }

        [TestMethod]
        public void A_loop_formed_by_two_links_at_once_is_broken_when_the_boards_lists_meet()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            HubBoard c = room.Board("c");
            HubBoard d = room.Board("d");
            room.Link(b, a);
            room.Link(d, c);

            // Both bridges complete their handshakes before either side's boards lists travel.
            LinkNet.Wire first = room.Net.Open(c, b);
            LinkNet.Wire second = room.Net.Open(a, d);
            room.Net.Run();

            HubBoard[] all = new HubBoard[] { a, b, c, d };
            Assert.IsTrue(a.Log.Contains("4002") || b.Log.Contains("4002") || c.Log.Contains("4002") || d.Log.Contains("4002"), "a link was closed as a loop");
            Assert.IsTrue(LiveLinks(all) <= 3, "four boards in a tree have at most three links: no loop survives");
            b.Say("bob", "after");
            room.Net.Run();
            Assert.IsTrue(a.Room.ShownCount <= 1 && c.Room.ShownCount <= 1 && d.Room.ShownCount <= 1, "nothing is shown twice");
        }

        private static int LiveLinks(HubBoard[] boards)
        {
            int ends = 0;
            for (int i = 0; i < boards.Length; i++)
            {
                LinkReport[] links = boards[i].Hub.Overview().Links;
                for (int k = 0; k < links.Length; k++)
                {
                    ends += links[k].State == "linked" ? 1 : 0;
                }
            }

            return ends / 2;
        }

        private static int BoardCount(HubBoard board)
        {
            return board.Hub.Overview().RoomBoards.Split(' ').Length;
        }
    }
}
