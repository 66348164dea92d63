using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class CatchUpTests
    {
        [TestMethod]
        public void After_a_partition_each_side_receives_what_it_missed_once()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(3);
            boards[0].Say("ann", "before");
            room.Net.Run();
            room.Net.Cut(room.UpstreamWireOf(boards[2]));

            boards[0].Say("ann", "a while apart");
            room.Net.Run();
            boards[1].Say("bob", "b while apart");
            boards[2].Say("cy", "c while apart 1");
            boards[2].Say("cy", "c while apart 2");
            room.Net.Run();
            room.Link(boards[2], boards[1]);

            Assert.AreEqual("before|a while apart|b while apart", boards[2].Room.ShownTexts);
            Assert.AreEqual("before|a while apart|c while apart 1|c while apart 2", boards[1].Room.ShownTexts);
            Assert.AreEqual("b while apart|c while apart 1|c while apart 2", boards[0].Room.ShownTexts);
        }

        [TestMethod]
        public void A_board_that_missed_nothing_gets_no_line_again()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(2);
            boards[0].Say("ann", "one");
            boards[1].Say("bob", "two");
            room.Net.Run();
            room.Net.Cut(room.UpstreamWireOf(boards[1]));

            LinkNet.Wire again = room.Link(boards[1], boards[0]);

            Assert.IsFalse(again.FromUp.Carried("one"));
            Assert.IsFalse(again.FromDown.Carried("two"));
            Assert.AreEqual(1, boards[0].Room.ShownCount);
            Assert.AreEqual(1, boards[1].Room.ShownCount);
        }

        [TestMethod]
        public void A_board_joining_late_receives_the_room_s_history_but_nobody_else_s_direct_messages()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(2);
            boards[0].Say("ann", "hello room");
            boards[1].Say("bob", "hi ann");
            boards[0].SayTo("ann", "bob", "b", "just for bob");
            room.Net.Run();

            HubBoard late = room.Board("c");
            room.Link(late, boards[0]);

            Assert.AreEqual("hello room|hi ann", late.Room.ShownTexts);
        }

        [TestMethod]
        public void A_direct_message_written_during_the_partition_is_not_delivered_later()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(2);
            boards[1].Online(new string[] { "bob" });
            room.Net.Run();
            room.Net.Cut(room.UpstreamWireOf(boards[1]));
            string canonical;

            Assert.IsNotNull(boards[0].Hub.Relay.CheckRemoteRecipient("bob", "b", out canonical), "b is not linked now: the sender is told");
        }

        [TestMethod]
        public void A_board_whose_ids_started_again_is_not_taken_for_old_news()
        {
            Room room = new Room();
            HubBoard a = room.Board("a");
            HubBoard b = room.Board("b");
            LinkNet.Wire first = room.Link(b, a);
            b.Say("bob", "old 1");
            b.Say("bob", "old 2");
            room.Net.Run();
            room.Net.Cut(first);

            // b is erased (a factory reset): new ledger, new epoch, ids from 1 again.
            HubBoard reset = room.Board("b");
            room.Link(reset, a);
            reset.Say("bob", "new 1");
            room.Net.Run();

            Assert.AreEqual("old 1|old 2|new 1", a.Room.ShownTexts);
            Assert.AreEqual(0L, a.Room.Shown(0).OriginId, "the old lines are retired");
            Assert.AreEqual(1L, a.Room.Shown(2).OriginId);
        }

        [TestMethod]
        public void A_catch_up_larger_than_the_live_queue_is_sent_whole_and_in_order()
        {
            ChatSettings settings = HubBoard.TestSettings();
            settings.LinkQueueItems = 16;
            Room room = new Room(settings);
            HubBoard a = room.Board("a");
            for (int i = 0; i < 40; i++)
            {
                a.Say("ann", "line " + i);
            }

            HubBoard b = room.Board("b");
            room.Link(b, a);

            Assert.AreEqual(40, b.Room.ShownCount);
            for (int i = 0; i < 40; i++)
            {
                Assert.AreEqual("line " + i, b.Room.Shown(i).Text);
            }
        }

        [TestMethod]
        public void A_line_written_during_a_catch_up_goes_out_once_after_it()
        {
            ChatSettings settings = HubBoard.TestSettings();
            settings.LinkSendWindow = 2;
            Room room = new Room(settings);
            HubBoard a = room.Board("a");
            for (int i = 0; i < 30; i++)
            {
                a.Say("ann", "line " + i);
            }

            HubBoard b = room.Board("b");
            LinkNet.Wire wire = room.Net.Open(b, a);
            room.Net.Run(12);
            Assert.IsTrue(wire.UpLink.IsLive && wire.UpLink.CatchingUp, "the catch-up has begun and is not over");
            a.Say("ann", "late");
            room.Net.Run();

            Assert.AreEqual(31, b.Room.ShownCount);
            Assert.AreEqual("late", b.Room.Shown(30).Text);
            Assert.AreEqual(0, b.Hub.Overview().Duplicates);
        }

        [TestMethod]
        public void The_marks_a_board_sends_are_those_of_its_own_history()
        {
            Room room = new Room();
            HubBoard[] boards = room.Line(2);
            boards[1].Say("bob", "x");
            boards[1].Say("bob", "y");
            room.Net.Run();

            Assert.AreEqual(2L, boards[0].Ledger.MarkOf("b"));
            ChatMessage stored = boards[0].Room.Shown(1);
            Assert.AreEqual(2L, stored.OriginId);
        }
    }
}
