using ChatFirmware.Core.Accounts;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    [TestClass]
    public class UserTableTests
    {
        [TestMethod]
        public void Finds_by_name_or_email_without_regard_to_case()
        {
            UserTable table = NewTable();

            Assert.AreEqual(1, table.FindByName("ALICE").Id);
            Assert.AreEqual(2, table.FindByEmail("Bob@Example.org").Id);
            Assert.AreEqual(2, table.FindByLogin("BOB").Id);
            Assert.AreEqual(1, table.FindByLogin("alice@EXAMPLE.org").Id);
            Assert.IsNull(table.FindByLogin("carol"));
        }

        [TestMethod]
        public void Names_differing_only_in_non_ascii_case_collide()
        {
            UserTable table = new UserTable(3);
            table.Add(new User(1, "\u00c9lodie", "e@example.org", new byte[16], new byte[32], 2, true));

            Assert.IsNotNull(table.FindByName("\u00e9LODIE"));
        }

        [TestMethod]
        public void Removal_keeps_registration_order_and_ids_are_never_reused()
        {
            UserTable table = NewTable();
            table.Add(new User(3, "carol", "carol@example.org", new byte[16], new byte[32], 2, false));

            Assert.IsTrue(table.Remove(2));
            Assert.IsFalse(table.Remove(2));

            Assert.AreEqual(2, table.Count);
            Assert.AreEqual("Alice", table[0].Name);
            Assert.AreEqual("carol", table[1].Name);
            Assert.AreEqual(3, table.LastId);
        }

        [TestMethod]
        public void IsFull_at_capacity()
        {
            UserTable table = NewTable();

            Assert.IsFalse(table.IsFull);
            table.Add(new User(3, "carol", "carol@example.org", new byte[16], new byte[32], 2, false));
            Assert.IsTrue(table.IsFull);
            Assert.AreEqual(1, table.AdminCount());
        }

        private static UserTable NewTable()
        {
            UserTable table = new UserTable(3);
            table.Add(new User(1, "Alice", "alice@example.org", new byte[16], new byte[32], 2, true));
            table.Add(new User(2, "bob", "bob@example.org", new byte[16], new byte[32], 2, false));
            return table;
        }
    }
}
