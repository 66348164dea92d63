using ChatFirmware.Core.Link;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    /// <summary>Whole boards linked: what the people on them see (protocol v2, docs/protocol.md).</summary>
    [TestClass]
    public class LinkedChatTests
    {
        [TestMethod]
        public void A_message_from_another_board_arrives_as_name_at_board_under_a_local_id()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            TestRig b = net.Board("b");
            net.Connect(b, a);
            ChatClient ann = a.OpenChat(a.SignUp("ann"));
            ChatClient bob = b.OpenChat(b.SignUp("bob"));
            ann.Say("first, at a");
            net.Run();

            bob.Say("hello from b");
            net.Run();

            string received = ann.Socket.Text(ann.Socket.LastIndexOfType("message"));
            Assert.IsTrue(received.StartsWith("{\"type\":\"message\",\"id\":2,\"from\":\"bob@b\","), received);
            string atB = bob.Socket.Text(bob.Socket.LastIndexOfType("message"));
            Assert.IsTrue(atB.StartsWith("{\"type\":\"message\",\"id\":2,\"from\":\"bob\","), "its own board shows bob as bob: " + atB);
        }

        [TestMethod]
        public void The_welcome_names_protocol_2_and_the_board()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("hall-a");
            ChatClient ann = a.OpenChat(a.SignUp("ann"));
            Assert.IsTrue(ann.Socket.Text(0).StartsWith("{\"type\":\"welcome\",\"protocol\":2,"), ann.Socket.Text(0));
            Assert.IsTrue(ann.Socket.Text(0).EndsWith(",\"board\":\"hall-a\"}"), ann.Socket.Text(0));
        }

        [TestMethod]
        public void People_of_other_boards_are_listed_online_after_this_board_s_own()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            TestRig b = net.Board("b");
            LinkNet.Wire wire = net.Connect(b, a);
            b.OpenChat(b.SignUp("bob"));
            net.Run();
            ChatClient ann = a.OpenChat(a.SignUp("ann"));
            net.Run();

            Assert.AreEqual("{\"type\":\"presence\",\"online\":[\"ann\",\"bob@b\"]}", ann.Socket.Text(ann.Socket.LastIndexOfType("presence")));

            net.Cut(wire);
            Assert.AreEqual("{\"type\":\"presence\",\"online\":[\"ann\"]}", ann.Socket.Text(ann.Socket.LastIndexOfType("presence")));
        }

        [TestMethod]
        public void Joins_of_other_boards_are_shown_as_name_at_board()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            TestRig b = net.Board("b");
            net.Connect(b, a);
            ChatClient ann = a.OpenChat(a.SignUp("ann"));
            b.OpenChat(b.SignUp("bob"));
            net.Run();

            Assert.AreEqual("{\"type\":\"join\",\"name\":\"bob@b\"}", ann.Socket.Text(ann.Socket.LastIndexOfType("join")));
        }

        [TestMethod]
        public void A_direct_message_crosses_two_boards_and_reaches_only_its_two_parties()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            TestRig b = net.Board("b");
            TestRig c = net.Board("c");
            net.Connect(b, a);
            net.Connect(c, b);
            ChatClient ann = a.OpenChat(a.SignUp("ann"));
            ChatClient bob = b.OpenChat(b.SignUp("bob"));
            ChatClient cy = c.OpenChat(c.SignUp("cy"));
            net.Run();

            ann.SayTo("cy@c", "for cy only");
            net.Run();

            string atC = cy.Socket.Text(cy.Socket.LastIndexOfType("message"));
            Assert.IsTrue(atC.StartsWith("{\"type\":\"message\",\"id\":1,\"from\":\"ann@a\",\"to\":\"cy\",\"direct\":true,\"text\":\"for cy only\""), atC);
            string atA = ann.Socket.Text(ann.Socket.LastIndexOfType("message"));
            Assert.IsTrue(atA.StartsWith("{\"type\":\"message\",\"id\":1,\"from\":\"ann\",\"to\":\"cy@c\",\"direct\":true,"), atA);
            Assert.AreEqual(0, bob.Socket.CountOfType("message"), "the relaying board's people never see it");
            Assert.AreEqual(0, b.Server.LinkOverview().Refused);
            Assert.AreEqual(0, ((IChatModeration)b.Server).RecentMessages(10).Length, "nor does its history hold it");
        }

        [TestMethod]
        public void A_direct_message_to_someone_not_online_at_a_linked_board_is_refused_to_the_sender()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            TestRig b = net.Board("b");
            net.Connect(b, a);
            ChatClient ann = a.OpenChat(a.SignUp("ann"));

            ann.SayTo("bob@b", "are you there?");
            Assert.IsTrue(ann.Socket.Last.StartsWith("{\"type\":\"error\",\"code\":\"unknown_recipient\""), ann.Socket.Last);
            ann.SayTo("bob@zz", "anyone?");
            Assert.IsTrue(ann.Socket.Last.StartsWith("{\"type\":\"error\",\"code\":\"unknown_recipient\",\"message\":\"No board called \\\"zz\\\""), ann.Socket.Last);
        }

        [TestMethod]
        public void A_name_at_this_board_is_a_person_of_this_board()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            ChatClient ann = a.OpenChat(a.SignUp("ann"));
            ChatClient bea = a.OpenChat(a.SignUp("bea"));

            ann.SayTo("bea@a", "local");

            Assert.IsTrue(bea.Socket.Last.StartsWith("{\"type\":\"message\",\"id\":1,\"from\":\"ann\",\"to\":\"bea\",\"direct\":true"), bea.Socket.Last);
        }

        [TestMethod]
        public void A_restarted_board_catches_up_from_its_neighbour_without_duplicates()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            TestRig b = net.Board("b");
            LinkNet.Wire wire = net.Connect(b, a);
            ChatClient ann = a.OpenChat(a.SignUp("ann"));
            ann.Say("before");
            net.Run();
            b.Server.Shutdown();
            net.Cut(wire);

            ann.Say("while b was away 1");
            ann.Say("while b was away 2");
            TestRig again = b.Reboot();
            net.Connect(again, a);

            HistoryLine[] lines = ((IChatModeration)again.Server).RecentMessages(10);
            Assert.AreEqual(3, lines.Length);
            Assert.AreEqual("before", lines[0].Text);
            Assert.AreEqual("while b was away 2", lines[2].Text);
            Assert.AreEqual("ann@a", lines[2].From);
        }

        [TestMethod]
        public void A_board_that_lost_power_gets_again_what_its_flash_had_not_kept_and_nothing_twice()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            TestRig b = net.Board("b");
            LinkNet.Wire wire = net.Connect(b, a);
            ChatClient ann = a.OpenChat(a.SignUp("ann"));
            ann.Say("kept: the first line writes b's id reservation, and the ledger with it");
            ann.Say("not kept: within b's batch window");
            net.Run();
            net.Cut(wire);

            ann.Say("while b was dark");
            TestRig again = b.Reboot();
            Assert.AreEqual(1, ((IChatModeration)again.Server).RecentMessages(10).Length, "the power cut lost the batch");
            net.Connect(again, a);

            HistoryLine[] lines = ((IChatModeration)again.Server).RecentMessages(10);
            Assert.AreEqual(3, lines.Length);
            Assert.AreEqual("not kept: within b's batch window", lines[1].Text);
            Assert.AreEqual("while b was dark", lines[2].Text);
            Assert.IsTrue(lines[1].Id > 1000, "new lines take ids above b's reservation, never one a page may have seen");
        }

        [TestMethod]
        public void The_link_endpoint_admits_boards_only()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            HttpRequest browser = ServerNet.LinkUpgrade(a);
            browser.Origin = TestRig.Origin;
            Assert.AreEqual(403, a.Server.HandleHttp(browser).StatusCode);
            Assert.AreEqual(426, a.Get("/link").StatusCode);

            TestRig alone = TestRig.Create();
            Assert.AreEqual(404, alone.Server.HandleHttp(ServerNet.LinkUpgrade(alone)).StatusCode, "a board without a room key has no /link");
        }

        [TestMethod]
        public void When_every_downstream_slot_is_taken_link_answers_503()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            for (int i = 0; i < a.Settings.MaxDownstreamLinks; i++)
            {
                net.Connect(net.Board("d" + i), a);
            }

            HttpResponse full = a.Server.HandleHttp(ServerNet.LinkUpgrade(a));
            Assert.AreEqual(503, full.StatusCode);
            Assert.AreEqual("30", full.GetHeader("Retry-After"));
        }

        [TestMethod]
        public void A_board_with_another_room_key_never_gets_a_line()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            TestRig stranger = net.Board("x", "not the room key of this room");
            ChatClient ann = a.OpenChat(a.SignUp("ann"));
            ann.Say("secret");
            LinkNet.Wire wire = net.Connect(stranger, a);

            Assert.AreEqual(LinkCloseCodes.WrongRoomKey, wire.FromUp.CloseCode);
            Assert.IsFalse(wire.FromUp.Carried("secret"));
            Assert.AreEqual(0, ((IChatModeration)stranger.Server).RecentMessages(10).Length);
        }
    }
}
