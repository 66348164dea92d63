using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Text
{
    /// <summary>
    /// On nanoFramework a string[] made with "new" has slots that are not null until null is stored in
    /// them (comparing one with a string crashes the runtime): StringArray stores it. On .NET these pass
    /// either way; on nanoCLR they fail without the fill.
    /// </summary>
    [TestClass]
    public class StringArrayTests
    {
        [TestMethod]
        public void Every_slot_of_a_created_array_is_null()
        {
            string[] slots = StringArray.Create(4);

            for (int i = 0; i < slots.Length; i++)
            {
                Assert.IsTrue((object)slots[i] == null, "slot " + i);
            }
        }

        [TestMethod]
        public void Cleared_slots_are_null_again_and_compare_safely()
        {
            string[] slots = StringArray.Create(3);
            slots[0] = "a";
            slots[1] = "b";

            StringArray.Clear(slots, 0, 2);

            Assert.IsTrue((object)slots[0] == null);
            Assert.IsFalse(slots[1] == "b");
            Assert.IsFalse(slots[2] == "c");
        }
    }
}
