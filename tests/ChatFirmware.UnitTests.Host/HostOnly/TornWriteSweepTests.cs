using ChatFirmware.UnitTests.Storage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// The full-cost form of the shared crash-consistency sweep, affordable on the host only: for every
    /// image write of the scenario and every byte offset, the server's own write is torn there, it must
    /// answer 503, and a new ChatServer on the same flash must hold every acknowledged operation and
    /// nothing it refused.
    /// </summary>
    [TestClass]
    public class TornWriteSweepTests
    {
        [TestMethod]
        public void Every_write_torn_at_every_byte_through_the_server_reboots_to_every_acknowledged_operation()
        {
            int[] lengths = CrashScenario.Record().Lengths();
            int cuts = 0;
            for (int write = 1; write <= lengths.Length; write++)
            {
                for (int keep = 0; keep < lengths[write - 1]; keep++)
                {
                    CrashScenario.RunWithTornWrite(write, keep);
                    cuts++;
                }
            }

            Assert.IsTrue(cuts > 1000, "cuts: " + cuts);
        }
    }
}
