using ChatFirmware.Core.Storage;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Storage
{
    [TestClass]
    public class SlotStoreTests
    {
        private const int Kind = 5;

        [TestMethod]
        public void Empty_flash_loads_nothing_without_warnings()
        {
            MemoryFlash flash = new MemoryFlash();
            ListLog log = new ListLog();
            SlotStore store = new SlotStore(flash, log, "set", Kind);

            int version;
            Assert.IsNull(store.Load(out version));
            Assert.AreEqual(0u, store.Generation);
            Assert.AreEqual(0, log.Warnings);
        }

        [TestMethod]
        public void Saves_alternate_between_the_two_slots_with_rising_generations()
        {
            MemoryFlash flash = new MemoryFlash();
            SlotStore store = NewLoaded(flash, new ListLog());

            store.Save(1, Bytes.Utf8("one"));
            Assert.IsTrue(flash.Exists("set.a"));
            Assert.IsFalse(flash.Exists("set.b"));
            store.Save(1, Bytes.Utf8("two"));
            Assert.IsTrue(flash.Exists("set.b"));
            store.Save(1, Bytes.Utf8("three"));

            Assert.AreEqual(3u, GenerationOf(flash, "set.a"));
            Assert.AreEqual(2u, GenerationOf(flash, "set.b"));
            Assert.AreEqual(3, store.WriteCount);
            Assert.AreEqual("three", LoadText(flash, new ListLog()));
        }

        [TestMethod]
        public void The_newest_generation_wins_whichever_slot_holds_it()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("set.a", SlotImage.Encode(Kind, 1, 7, Bytes.Utf8("seven")));
            flash.Put("set.b", SlotImage.Encode(Kind, 1, 6, Bytes.Utf8("six")));
            Assert.AreEqual("seven", LoadText(flash, new ListLog()));

            flash.Put("set.b", SlotImage.Encode(Kind, 1, 8, Bytes.Utf8("eight")));
            Assert.AreEqual("eight", LoadText(flash, new ListLog()));
        }

        [TestMethod]
        public void A_save_after_load_overwrites_the_older_slot()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("set.a", SlotImage.Encode(Kind, 1, 7, Bytes.Utf8("seven")));
            flash.Put("set.b", SlotImage.Encode(Kind, 1, 6, Bytes.Utf8("six")));
            SlotStore store = NewLoaded(flash, new ListLog());

            store.Save(1, Bytes.Utf8("next"));

            Assert.AreEqual(8u, GenerationOf(flash, "set.b"));
            Assert.AreEqual(7u, GenerationOf(flash, "set.a"));
        }

        [TestMethod]
        public void A_corrupted_newest_slot_falls_back_to_the_other_with_a_warning()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("set.a", SlotImage.Encode(Kind, 1, 1, Bytes.Utf8("old")));
            flash.Put("set.b", SlotImage.Encode(Kind, 1, 2, Bytes.Utf8("new")));
            flash.FlipBits("set.b", SlotImage.HeaderBytes + 1, 0x04);
            ListLog log = new ListLog();

            Assert.AreEqual("old", LoadText(flash, log));
            Assert.IsTrue(log.HasWarning("set.b"));
        }

        [TestMethod]
        public void A_corrupted_older_slot_is_ignored_with_a_warning()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("set.a", SlotImage.Encode(Kind, 1, 1, Bytes.Utf8("old")));
            flash.Put("set.b", SlotImage.Encode(Kind, 1, 2, Bytes.Utf8("new")));
            flash.FlipBits("set.a", 0, 0x80);
            ListLog log = new ListLog();

            Assert.AreEqual("new", LoadText(flash, log));
            Assert.IsTrue(log.HasWarning("set.a"));
        }

        [TestMethod]
        public void Both_slots_corrupt_loads_empty_and_warns()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("set.a", SlotImage.Encode(Kind, 1, 1, Bytes.Utf8("old")));
            flash.Put("set.b", SlotImage.Encode(Kind, 1, 2, Bytes.Utf8("new")));
            flash.FlipBits("set.a", 5, 0x01);
            flash.FlipBits("set.b", 20, 0x10);
            ListLog log = new ListLog();
            SlotStore store = new SlotStore(flash, log, "set", Kind);

            int version;
            Assert.IsNull(store.Load(out version));
            Assert.AreEqual(0u, store.Generation);
            Assert.IsTrue(log.HasWarning("no readable copy"));
        }

        [TestMethod]
        public void A_torn_slot_is_ignored_and_the_next_save_reuses_it()
        {
            MemoryFlash flash = new MemoryFlash();
            SlotStore store = NewLoaded(flash, new ListLog());
            store.Save(1, Bytes.Utf8("first"));
            flash.TearNextWrite(10);

            Assert.ThrowsException(typeof(System.IO.IOException), () => store.Save(1, Bytes.Utf8("second")));
            Assert.AreEqual("first", LoadText(flash, new ListLog()));

            store.Save(1, Bytes.Utf8("third"));
            Assert.AreEqual(2u, GenerationOf(flash, "set.b"), "the failed generation number is reused");
            Assert.AreEqual("third", LoadText(flash, new ListLog()));
        }

        [TestMethod]
        public void A_failed_write_changes_nothing_and_counts_no_write()
        {
            MemoryFlash flash = new MemoryFlash();
            SlotStore store = NewLoaded(flash, new ListLog());
            store.Save(1, Bytes.Utf8("first"));
            flash.ThrowOnNextWrite();

            Assert.ThrowsException(typeof(System.IO.IOException), () => store.Save(1, Bytes.Utf8("second")));

            Assert.AreEqual(1, store.WriteCount);
            Assert.AreEqual(1u, store.Generation);
            Assert.IsFalse(flash.Exists("set.b"));
        }

        [TestMethod]
        public void Unreadable_flash_loads_empty_with_a_warning()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("set.a", SlotImage.Encode(Kind, 1, 1, Bytes.Utf8("old")));
            flash.FailReads = true;
            ListLog log = new ListLog();
            SlotStore store = new SlotStore(flash, log, "set", Kind);

            int version;
            Assert.IsNull(store.Load(out version));
            Assert.IsTrue(log.HasWarning("cannot read"));
        }

        [TestMethod]
        public void Load_reports_the_stored_format_version()
        {
            MemoryFlash flash = new MemoryFlash();
            flash.Put("set.b", SlotImage.Encode(Kind, 4, 1, Bytes.Utf8("v4")));
            SlotStore store = new SlotStore(flash, new ListLog(), "set", Kind);

            int version;
            store.Load(out version);

            Assert.AreEqual(4, version);
        }

        [TestMethod]
        public void Erase_removes_both_slots()
        {
            MemoryFlash flash = new MemoryFlash();
            SlotStore store = NewLoaded(flash, new ListLog());
            store.Save(1, Bytes.Utf8("a"));
            store.Save(1, Bytes.Utf8("b"));

            store.Erase();

            Assert.IsFalse(flash.Exists("set.a"));
            Assert.IsFalse(flash.Exists("set.b"));
            Assert.IsNull(LoadText(flash, new ListLog()));
        }

        private static SlotStore NewLoaded(MemoryFlash flash, ListLog log)
        {
            SlotStore store = new SlotStore(flash, log, "set", Kind);
            int version;
            store.Load(out version);
            return store;
        }

        private static string LoadText(MemoryFlash flash, ListLog log)
        {
            SlotStore store = new SlotStore(flash, log, "set", Kind);
            int version;
            return Bytes.Text(store.Load(out version));
        }

        private static uint GenerationOf(MemoryFlash flash, string name)
        {
            int version;
            uint generation;
            byte[] payload;
            Assert.IsTrue(SlotImage.TryDecode(flash.Raw(name), Kind, out version, out generation, out payload), name + " decodes");
            return generation;
        }
    }
}
