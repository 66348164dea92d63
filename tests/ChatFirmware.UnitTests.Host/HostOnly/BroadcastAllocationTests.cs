using System;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// A broadcast encodes its frame once and queues that same array on every socket: what it allocates
    /// does not grow with the recipients, and stays small (the device's collector runs when its 80-110 KB
    /// heap fills; a 160-character message used to leave 7.5 KB of garbage there, bench/results). Counted
    /// with .NET's per-thread allocation counter, which nanoFramework lacks; bench/nano.sh measures the
    /// same on nanoCLR.
    /// </summary>
    [TestClass]
    public class BroadcastAllocationTests
    {
        private const int Messages = 200;

        // The frame (~210 bytes with its header) and the reader's object over the incoming bytes, on 64-bit .NET.
        private const long PerMessageBudget = 1200;

        [TestMethod]
        public void A_broadcast_allocates_the_same_for_one_recipient_as_for_ten_and_little()
        {
            long toOne = PerMessage(1);
            long toTen = PerMessage(10);

            Assert.IsTrue(Math.Abs(toTen - toOne) <= 32, "one recipient " + toOne + " bytes per message, ten " + toTen);
            Assert.IsTrue(toTen <= PerMessageBudget, toTen + " bytes per message");
        }

        private static long PerMessage(int recipients)
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.MaxChatConnections = 10;
            TestRig rig = TestRig.Create(settings);
            CountingSocket sockets = new CountingSocket();
            ChatConnection sender = null;
            for (int i = 0; i < recipients; i++)
            {
                HttpRequest upgrade = rig.UpgradeRequest(rig.SignUp("user" + i));
                Assert.AreEqual(HttpResponse.SwitchingProtocols, rig.Server.HandleHttp(upgrade).StatusCode);
                sender ??= rig.Server.OpenChat(upgrade, sockets);
                if (i > 0)
                {
                    rig.Server.OpenChat(upgrade, sockets);
                }
            }

            byte[] frame = Bytes.Utf8(ChatClient.SendCommand(new string('x', 160)));
            for (int i = 0; i < Messages; i++)
            {
                // The history fills up and evicts, and its first id reservation is written.
                Send(rig, sender, frame);
            }

            int writes = rig.Server.FlashWrites;
            int frames = sockets.Frames;
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < Messages; i++)
            {
                Send(rig, sender, frame);
            }

            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.AreEqual(writes, rig.Server.FlashWrites, "no history write in the measured messages");
            Assert.AreEqual(Messages * recipients, sockets.Frames - frames, "every message reached every socket");
            return allocated / Messages;
        }

        private static void Send(TestRig rig, ChatConnection sender, byte[] frame)
        {
            rig.Clock.Advance(rig.Settings.RateLimitRefillMs);
            rig.Server.OnChatMessage(sender, frame, 0, frame.Length);
        }

        /// <summary>Every chat socket of a test in one: it counts frames and keeps nothing (recording them would allocate).</summary>
        private sealed class CountingSocket : IChatSocket
        {
            public int Frames { get; private set; }

            public void Send(byte[] message) => Frames++;

            public void Close(int closeCode, string reason)
            {
            }
        }
    }
}
