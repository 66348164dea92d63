using ChatFirmware.Core.Link;
using ChatFirmware.Core.Storage;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Links
{
    [TestClass]
    public class LinkLedgerTests
    {
        [TestMethod]
        public void Accepts_each_id_of_an_origin_once_and_in_order()
        {
            LinkLedger ledger = new LinkLedger(4, new SeededRandom(1));
            ledger.Learn("b", 5);

            Assert.IsTrue(ledger.Accept("b", 1));
            Assert.IsTrue(ledger.Accept("b", 3));
            Assert.IsFalse(ledger.Accept("b", 3), "seen");
            Assert.IsFalse(ledger.Accept("b", 2), "older than the mark: seen");
            Assert.AreEqual(3L, ledger.MarkOf("b"));
        }

        [TestMethod]
        public void An_origin_never_learned_is_not_accepted()
        {
            LinkLedger ledger = new LinkLedger(4, new SeededRandom(1));
            Assert.IsFalse(ledger.Accept("nobody", 1));
            Assert.AreEqual(0L, ledger.MarkOf("nobody"));
        }

        [TestMethod]
        public void A_new_epoch_of_an_origin_starts_its_mark_again()
        {
            LinkLedger ledger = new LinkLedger(4, new SeededRandom(1));
            Assert.IsFalse(ledger.Learn("b", 5), "first time");
            ledger.Accept("b", 40);
            Assert.IsFalse(ledger.Learn("b", 5), "same epoch");
            Assert.AreEqual(40L, ledger.MarkOf("b"));

            Assert.IsTrue(ledger.Learn("b", 6), "its ids started again");
            Assert.AreEqual(0L, ledger.MarkOf("b"));
            Assert.IsTrue(ledger.Accept("b", 1));
        }

        [TestMethod]
        public void A_full_ledger_forgets_the_origin_heard_from_least_recently()
        {
            LinkLedger ledger = new LinkLedger(2, new SeededRandom(1));
            ledger.Learn("a", 1);
            ledger.Learn("b", 1);
            ledger.Accept("a", 9);

            ledger.Learn("c", 1);

            Assert.AreEqual(2, ledger.Count);
            Assert.AreEqual(9L, ledger.MarkOf("a"));
            Assert.IsNull(ledger.Canonical("b"));
            Assert.AreEqual("c", ledger.Canonical("c"));
        }

        [TestMethod]
        public void The_ledger_survives_its_image_and_keeps_its_epoch()
        {
            LinkLedger ledger = new LinkLedger(4, new SeededRandom(1));
            ledger.Learn("a", 0xdeadbeef);
            ledger.Accept("a", 77);
            byte[] image = ImageWriter.ToBytes(ledger);

            LinkLedger loaded = new LinkLedger(4, new SeededRandom(2));
            loaded.ReadFrom(new ImageReader(image, 0, image.Length));

            Assert.AreEqual(ledger.Epoch, loaded.Epoch);
            Assert.AreEqual(77L, loaded.MarkOf("a"));
            Assert.AreEqual((uint)0xdeadbeef, loaded.EpochOf("a"));
            Assert.AreEqual(ledger.FormatMarks(), loaded.FormatMarks());
        }

        [TestMethod]
        public void A_reset_forgets_every_origin_and_takes_a_new_epoch()
        {
            LinkLedger ledger = new LinkLedger(4, new SeededRandom(1));
            uint before = ledger.Epoch;
            ledger.Learn("a", 1);
            ledger.Reset();
            Assert.AreEqual(0, ledger.Count);
            Assert.AreNotEqual(before, ledger.Epoch);
            Assert.AreNotEqual((uint)0, ledger.Epoch);
        }

        [TestMethod]
        public void An_image_with_a_bad_origin_is_reported_corrupt()
        {
            byte[] image = ImageWriter.ToBytes(new OneOrigin("Not A Board"));

            bool threw = false;
            try
            {
                new LinkLedger(4, new SeededRandom(1)).ReadFrom(new ImageReader(image, 0, image.Length));
            }
            catch (CorruptImageException)
            {
                threw = true;
            }

            Assert.IsTrue(threw);
        }

        /// <summary>A ledger image with one origin entry, in the ledger's format.</summary>
        private sealed class OneOrigin : IImagePayload
        {
            private readonly string _origin;

            public OneOrigin(string origin)
            {
                _origin = origin;
            }

            public void WriteTo(ImageWriter writer)
            {
                writer.WriteUInt32(1);
                writer.WriteUInt16(1);
                writer.WriteString(_origin);
                writer.WriteUInt32(1);
                writer.WriteInt64(1);
            }
        }
    }
}
