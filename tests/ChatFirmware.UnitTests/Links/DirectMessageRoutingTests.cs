using ChatFirmware.Core.Chat;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class DirectMessageRoutingTests
    {
        [TestMethod]
        public void A_direct_message_crosses_two_links_and_is_stored_only_at_its_recipient_s_board()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            HubBoard c = room.Board("c");
            HubBoard d = room.Board("d");
            room.Link(b, a);
            room.Link(c, b);
            room.Link(d, b);

            a.SayTo("ann", "cy", "c", "psst");
            room.Net.Run();

            Assert.AreEqual(1, c.Room.ShownCount);
            ChatMessage received = c.Room.Shown(0);
            Assert.AreEqual("psst", received.Text);
            Assert.AreEqual(3, received.ToUserId, "cy is user 3 at c");
            Assert.AreEqual("a", received.Origin);
            Assert.IsTrue(received.IsDirect);
            Assert.AreEqual(0, b.Room.ShownCount, "the relaying board neither stores nor shows it");
            Assert.AreEqual(0, b.Room.History.Count);
            Assert.AreEqual(0, d.Room.ShownCount, "the other branch never sees it");
            Assert.IsTrue(room.UpstreamWireOf(c).FromUp.Carried("psst"), "b forwards it toward c");
            Assert.IsFalse(room.UpstreamWireOf(d).FromUp.Carried("psst"), "not even on the wire to d");
        }

        [TestMethod]
        public void A_direct_message_to_someone_unknown_at_the_board_is_dropped_and_counted_there()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(2);
            boards[0].SayTo("ann", "nobody", "b", "hello?");
            room.Net.Run();

            Assert.AreEqual(0, boards[1].Room.ShownCount);
            Assert.AreEqual(1, boards[1].Hub.Overview().Refused);
            Assert.IsTrue(boards[1].Log.HasWarning("names no user \"nobody\""));
        }

        [TestMethod]
        public void A_direct_message_can_be_written_only_to_someone_online_at_a_linked_board()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(2);
            boards[1].Online(new string[] { "Bob" });
            room.Net.Run();

            string canonical;
            Assert.IsNull(boards[0].Hub.Relay.CheckRemoteRecipient("bob", "b", out canonical));
            Assert.AreEqual("Bob", canonical);
            Assert.IsNotNull(boards[0].Hub.Relay.CheckRemoteRecipient("cy", "b", out canonical), "not online there");
            Assert.IsNotNull(boards[0].Hub.Relay.CheckRemoteRecipient("bob", "zz", out canonical), "no such board");
        }

        [TestMethod]
        public void Replies_find_their_way_back()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(3);
            boards[0].SayTo("ann", "cy", "c", "question");
            room.Net.Run();
            boards[2].SayTo("cy", "ann", "a", "answer");
            room.Net.Run();

            Assert.AreEqual("answer", boards[0].Room.ShownTexts);
            Assert.AreEqual("question", boards[2].Room.ShownTexts);
            Assert.AreEqual(0, boards[1].Room.ShownCount);
        }
    }
}
