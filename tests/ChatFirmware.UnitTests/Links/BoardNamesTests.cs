using ChatFirmware.Core.Link;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class BoardNamesTests
    {
        [TestMethod]
        public void Accepts_short_lowercase_names_with_inner_hyphens()
        {
            Assert.IsTrue(BoardNames.IsValid("hall-b"));
            Assert.IsTrue(BoardNames.IsValid("a"));
            Assert.IsTrue(BoardNames.IsValid("board-3fa2"));
            Assert.IsTrue(BoardNames.IsValid("sixteen-chars-ab"));
        }

        [TestMethod]
        public void Refuses_names_that_would_be_ambiguous_after_an_at_sign()
        {
            Assert.IsFalse(BoardNames.IsValid(string.Empty));
            Assert.IsFalse(BoardNames.IsValid(null));
            Assert.IsFalse(BoardNames.IsValid("-hall"));
            Assert.IsFalse(BoardNames.IsValid("hall-"));
            Assert.IsFalse(BoardNames.IsValid("Hall"));
            Assert.IsFalse(BoardNames.IsValid("hall b"));
            Assert.IsFalse(BoardNames.IsValid("hall:b"));
            Assert.IsFalse(BoardNames.IsValid("hall@b"));
            Assert.IsFalse(BoardNames.IsValid("seventeen-chars-x"));
            Assert.IsFalse(BoardNames.IsValid("caf\u00e9"));
        }

        [TestMethod]
        public void Normalize_lowercases_ascii_and_trims()
        {
            Assert.AreEqual("hall-b", BoardNames.Normalize("  Hall-B "));
            Assert.AreEqual(string.Empty, BoardNames.Normalize(null));
        }

        [TestMethod]
        public void The_default_name_comes_from_the_last_two_bytes_of_the_hardware_id()
        {
            Assert.AreEqual("board-3fa2", BoardNames.FromHardwareId(new byte[] { 0x24, 0x6f, 0x28, 0x11, 0x3f, 0xa2 }));
            Assert.IsTrue(BoardNames.IsValid(BoardNames.FromHardwareId(new byte[] { 0, 0 })));
            Assert.AreEqual("board", BoardNames.FromHardwareId(null));
        }

        [TestMethod]
        public void An_address_splits_at_its_last_at_sign()
        {
            string name;
            string board;
            Assert.IsTrue(BoardNames.TrySplit("Zoë 😀@hall-b", out name, out board));
            Assert.AreEqual("Zoë 😀", name);
            Assert.AreEqual("hall-b", board);
            Assert.IsFalse(BoardNames.TrySplit("ann", out name, out board));
            Assert.IsFalse(BoardNames.TrySplit("@b", out name, out board));
            Assert.IsFalse(BoardNames.TrySplit("ann@", out name, out board));
            Assert.AreEqual("ann@b", BoardNames.Address("ann", "b"));
        }
    }
}
