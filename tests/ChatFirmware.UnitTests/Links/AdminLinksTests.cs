using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class AdminLinksTests
    {
        [TestMethod]
        public void The_administrator_sees_each_link_its_state_and_its_traffic_but_never_the_room_key()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            TestRig b = net.Board("hall-b");
            string admin = a.SignUp("ann");
            net.Connect(b, a);

            string page = TestRig.BodyText(a.Get("/admin", admin));

            Assert.IsTrue(page.IndexOf("<h2>Linked boards</h2>") > 0, "the section");
            Assert.IsTrue(page.IndexOf("<dt>This board</dt><dd>a</dd>") > 0, "its name");
            Assert.IsTrue(page.IndexOf("<tr><td>hall-b</td><td>downstream</td><td>linked</td>") > 0, "the link and its state");
            Assert.IsTrue(page.IndexOf("<dt>Lost (queue full)</dt><dd>0</dd>") > 0, "the losses counted");
            Assert.IsTrue(page.IndexOf("<dt>Boards in the room</dt><dd>2 (a, hall-b)</dd>") > 0, "the room");
            Assert.AreEqual(-1, page.IndexOf(HubBoard.RoomKey));
        }

        [TestMethod]
        public void A_refused_upstream_says_why_on_the_downstream_board_s_page()
        {
            ServerNet net = new ServerNet();
            TestRig a = net.Board("a");
            TestRig x = net.Board("x", "another room's key, long enough");
            string admin = x.SignUp("xena");
            net.Connect(x, a);

            string page = TestRig.BodyText(x.Get("/admin", admin));

            Assert.IsTrue(page.IndexOf("ws://192.168.4.1/link: refused (4001 The room key does not match") > 0, page);
            Assert.IsTrue(page.IndexOf("<p>No link is open.</p>") > 0);
        }

        [TestMethod]
        public void A_board_that_links_with_no_other_shows_no_links_section()
        {
            TestRig alone = TestRig.Create();
            string admin = alone.SignUp("ann");
            Assert.AreEqual(-1, TestRig.BodyText(alone.Get("/admin", admin)).IndexOf("Linked boards"));
        }
    }
}
