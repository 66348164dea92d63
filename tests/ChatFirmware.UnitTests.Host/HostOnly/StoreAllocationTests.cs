using System;
using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Sessions;
using ChatFirmware.UnitTests.Fakes;
using ChatFirmware.UnitTests.Storage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// A store write must cost about one copy of its image and no more, and a load nothing beyond what
    /// it decodes: the device's heap is 80-110 KB, and the full history image alone is ~20 KB (a write
    /// used to cost 119 KB, a load held a copy of the payload). Counted with the runtime's per-thread
    /// allocation counter, which nanoFramework lacks. Besides the image, the counting pass reads each
    /// short string it has no length for (names, emails) once through a char[] view: nanoFramework's
    /// string indexer is wrong after an emoji (Text/TextScan.cs), so no pass over text may use it.
    /// </summary>
    [TestClass]
    public class StoreAllocationTests
    {
        // The image array's own header plus the few small objects of a write (payload, writers).
        private const long SmallObjectsBytes = 512;

        [TestMethod]
        public void A_full_history_write_allocates_one_image()
        {
            HistoryRing ring = ImageFormatTests.FullRing(100, 16384);
            LengthFlash flash = new LengthFlash();
            HistoryStore store = WrittenOnce(flash, ring);

            long allocated = AllocatedBy(() =>
            {
                store.Changed();
                store.Flush(ring, 0);
            });

            long views = 0;
            for (int i = 0; i < ring.Count; i++)
            {
                views += CharViewBytes(ring[i].FromName) + CharViewBytes(ring[i].ToName ?? string.Empty);
            }

            Assert.IsTrue(flash.LastLength > 15000, "image " + flash.LastLength);
            Assert.IsTrue(allocated <= flash.LastLength + views + SmallObjectsBytes, "allocated " + allocated + " for an image of " + flash.LastLength + " and name views of " + views);
        }

        [TestMethod]
        public void An_accounts_write_allocates_one_image()
        {
            LengthFlash flash = new LengthFlash();
            AccountStore store = new AccountStore(flash, new ManualClock(1000), new SeededRandom(1), new ListLog(), 10, 10);
            store.Load();
            for (int i = 1; i <= 10; i++)
            {
                store.Users.Add(new User(i, "user" + i, "user" + i + "@example.org", new byte[User.SaltBytes], new byte[User.HashBytes], 2000, i == 1));
                store.Sessions.Add(new Session(new byte[32], i, 0, 0));
            }

            store.TryCommit();
            long views = 0;
            for (int i = 1; i <= 10; i++)
            {
                views += CharViewBytes("user" + i) + CharViewBytes("user" + i + "@example.org");
            }

            long allocated = AllocatedBy(() => store.TryCommit());

            Assert.IsTrue(allocated <= flash.LastLength + views + SmallObjectsBytes, "allocated " + allocated + " for an image of " + flash.LastLength + " and name views of " + views);
        }

        [TestMethod]
        public void A_full_history_load_decodes_in_place_without_copying_the_payload()
        {
            HistoryRing full = ImageFormatTests.FullRing(100, 16384);
            LengthFlash written = new LengthFlash();
            WrittenOnce(written, full);
            ImageFlash flash = new ImageFlash(written.LastImage);
            HistoryStore reader = new HistoryStore(flash, new ListLog(), 30000, 1000);
            int version;
            byte[] image = new Core.Storage.SlotStore(flash, new ListLog(), "history", HistoryImage.Kind).LoadImage(out version);
            uint epoch;
            HistoryImage.Decode(image, Core.Storage.SlotImage.HeaderBytes, Core.Storage.SlotImage.PayloadLength(image), version, new HistoryRing(100, 16384), out epoch);
            reader.Load(new HistoryRing(100, 16384), 0, epoch);

            long decoding = AllocatedBy(() => HistoryImage.Decode(image, Core.Storage.SlotImage.HeaderBytes, Core.Storage.SlotImage.PayloadLength(image), version, new HistoryRing(100, 16384), out epoch));
            long loading = AllocatedBy(() => reader.Load(new HistoryRing(100, 16384), 0, epoch));

            Assert.AreEqual(100, full.Count);
            Assert.IsTrue(loading - decoding <= SmallObjectsBytes, "a load allocated " + loading + " bytes, its decoding alone " + decoding + "; the image is " + image.Length);
        }

        /// <summary>A history store on <paramref name="flash"/> that has written <paramref name="ring"/> once.</summary>
        private static HistoryStore WrittenOnce(IFlashFiles flash, HistoryRing ring)
        {
            HistoryStore store = new HistoryStore(flash, new ListLog(), 30000, 1000);
            store.Load(new HistoryRing(100, 16384), 0, 0);
            store.Flush(ring, 0);
            return store;
        }

        /// <summary>What ToCharArray of the text costs on 64-bit .NET: a 24-byte array header and 2 bytes a char, 8-aligned.</summary>
        private static long CharViewBytes(string text) => 24 + ((2L * text.Length) + 7 & ~7L);

        private static long AllocatedBy(Action write)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            write();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        /// <summary>Flash that keeps only the last write (by reference), so it adds no allocation of its own.</summary>
        private sealed class LengthFlash : IFlashFiles
        {
            public int LastLength => LastImage?.Length ?? 0;

            public byte[] LastImage { get; private set; }

            public byte[] Read(string name) => null;

            public void Write(string name, byte[] data) => LastImage = data;

            public void Delete(string name)
            {
            }
        }

        /// <summary>Flash holding one history image in slot a; reads hand out that array itself (no allocation).</summary>
        private sealed class ImageFlash : IFlashFiles
        {
            private readonly byte[] _image;

            public ImageFlash(byte[] image) => _image = image;

            public byte[] Read(string name) => name.EndsWith(".a", StringComparison.Ordinal) ? _image : null;

            public void Write(string name, byte[] data) => throw new InvalidOperationException("a load must not write");

            public void Delete(string name)
            {
            }
        }
    }
}
