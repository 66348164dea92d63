using ChatFirmware.Core.Security;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Security
{
    [TestClass]
    public class ConstantTimeTests
    {
        [TestMethod]
        public void Equal_arrays_compare_equal()
        {
            Assert.IsTrue(ConstantTime.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 3 }));
            Assert.IsTrue(ConstantTime.AreEqual(new byte[0], new byte[0]));
        }

        [TestMethod]
        public void A_difference_anywhere_or_in_length_or_null_is_unequal()
        {
            Assert.IsFalse(ConstantTime.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 0, 2, 3 }));
            Assert.IsFalse(ConstantTime.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 2, 4 }));
            Assert.IsFalse(ConstantTime.AreEqual(new byte[] { 1, 2, 3 }, new byte[] { 1, 2 }));
            Assert.IsFalse(ConstantTime.AreEqual(null, new byte[0]));
            Assert.IsFalse(ConstantTime.AreEqual(new byte[0], null));
        }
    }
}
