using ChatFirmware.Core.Link;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class RemoteRosterTests
    {
        [TestMethod]
        public void A_board_list_replaces_the_previous_one()
        {
            RemoteRoster roster = new RemoteRoster(4, 8);
            roster.Set("b", new string[] { "ann", "bea" });
            roster.Set("b", new string[] { "bea" });
            Assert.AreEqual(1, roster.BoardCount);
            Assert.AreEqual(1, roster.PeopleCount);
            Assert.AreEqual("bea", roster.Online("b"));
        }

        [TestMethod]
        public void A_board_lists_at_most_its_share_of_names()
        {
            RemoteRoster roster = new RemoteRoster(4, 2);
            roster.Set("b", new string[] { "ann", "bea", "cy" });
            Assert.AreEqual(2, roster.PeopleCount);
        }

        [TestMethod]
        public void Removing_a_board_removes_its_people()
        {
            RemoteRoster roster = new RemoteRoster(4, 8);
            roster.Set("b", new string[] { "ann" });
            roster.Set("c", new string[] { "cy" });
            Assert.IsTrue(roster.Remove("b"));
            Assert.IsFalse(roster.Remove("b"));
            Assert.AreEqual(1, roster.BoardCount);
            Assert.AreEqual("c", roster.Board(0));
        }

        [TestMethod]
        public void A_full_roster_refuses_another_board()
        {
            RemoteRoster roster = new RemoteRoster(1, 8);
            Assert.IsTrue(roster.Set("b", new string[] { "ann" }));
            Assert.IsFalse(roster.Set("c", new string[] { "cy" }));
            Assert.IsTrue(roster.Set("b", new string[0]));
        }

        [TestMethod]
        public void Online_people_are_found_regardless_of_case()
        {
            RemoteRoster roster = new RemoteRoster(2, 8);
            roster.Set("b", new string[] { "Ann", "Zoë" });
            Assert.AreEqual("Ann", roster.FindOnline("b", "ann"));
            Assert.AreEqual("Zoë", roster.FindOnline("b", "ZOË"));
            Assert.IsNull(roster.FindOnline("b", "cy"));
            Assert.IsNull(roster.FindOnline("c", "ann"));
        }
    }
}
