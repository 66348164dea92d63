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
    /// A store write must cost about one copy of its image and no more: the device's heap is 80-110 KB,
    /// and the full history image alone is ~20 KB (it used to cost 119 KB). Counted with the runtime's
    /// per-thread allocation counter, which nanoFramework lacks.
    /// </summary>
    [TestClass]
    public class StoreWriteAllocationTests
    {
        // The image array's own header plus the few small objects of a write (payload, writers).
        private const long SmallObjectsBytes = 512;

        [TestMethod]
        public void A_full_history_write_allocates_one_image()
        {
            HistoryRing ring = ImageFormatTests.FullRing(100, 16384);
            LengthFlash flash = new LengthFlash();
            HistoryStore store = new HistoryStore(flash, new ListLog(), 30000, 1000);
            store.Load(new HistoryRing(100, 16384), 0);
            store.Flush(ring, 0);

            long allocated = AllocatedBy(() =>
            {
                store.Changed();
                store.Flush(ring, 0);
            });

            Assert.IsTrue(flash.LastLength > 15000, "image " + flash.LastLength);
            Assert.IsTrue(allocated <= flash.LastLength + SmallObjectsBytes, "allocated " + allocated + " for an image of " + flash.LastLength);
        }

        [TestMethod]
        public void An_accounts_write_allocates_one_image()
        {
            LengthFlash flash = new LengthFlash();
            AccountStore store = new AccountStore(flash, new ManualClock(1000), new ListLog(), 10, 10);
            store.Load();
            for (int i = 1; i <= 10; i++)
            {
                store.Users.Add(new User(i, "user" + i, "user" + i + "@example.org", new byte[User.SaltBytes], new byte[User.HashBytes], 2000, i == 1));
                store.Sessions.Add(new Session(new byte[32], i, 0, 0));
            }

            store.TryCommit();

            long allocated = AllocatedBy(() => store.TryCommit());

            Assert.IsTrue(allocated <= flash.LastLength + SmallObjectsBytes, "allocated " + allocated + " for an image of " + flash.LastLength);
        }

        private static long AllocatedBy(Action write)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            write();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        /// <summary>Flash that keeps only the length of the last write, so it adds no allocation of its own.</summary>
        private sealed class LengthFlash : IFlashFiles
        {
            public int LastLength { get; private set; }

            public byte[] Read(string name) => null;

            public void Write(string name, byte[] data) => LastLength = data.Length;

            public void Delete(string name)
            {
            }
        }
    }
}
