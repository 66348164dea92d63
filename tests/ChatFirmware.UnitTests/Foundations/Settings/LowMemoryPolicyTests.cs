using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Settings
{
    [TestClass]
    public class LowMemoryPolicyTests
    {
        private const long Minute = 60000;

        [TestMethod]
        public void Plenty_of_free_memory_or_none_measured_is_normal()
        {
            LowMemoryPolicy policy = new LowMemoryPolicy(new ChatSettings());

            Assert.AreEqual(LowMemoryPolicy.Normal, policy.Assess(60000, 20 * Minute));
            Assert.AreEqual(LowMemoryPolicy.Normal, policy.Assess(-1, 20 * Minute));
            Assert.IsNull(policy.Reason);
        }

        [TestMethod]
        public void Below_the_refuse_threshold_new_connections_are_refused_first()
        {
            ChatSettings settings = new ChatSettings();
            LowMemoryPolicy policy = new LowMemoryPolicy(settings);

            Assert.AreEqual(LowMemoryPolicy.Refuse, policy.Assess(settings.LowMemoryRefuseBytes - 1, 20 * Minute));
            Assert.Contains("refusing new connections", policy.Reason);
            Assert.AreEqual(LowMemoryPolicy.Normal, policy.Assess(settings.LowMemoryRefuseBytes, 20 * Minute));
        }

        [TestMethod]
        public void Only_a_lasting_critical_shortage_reboots_the_board()
        {
            ChatSettings settings = new ChatSettings();
            LowMemoryPolicy policy = new LowMemoryPolicy(settings);
            long critical = settings.LowMemoryRebootBytes - 1;
            long start = 20 * Minute;

            Assert.AreEqual(LowMemoryPolicy.Refuse, policy.Assess(critical, start));
            Assert.AreEqual(LowMemoryPolicy.Refuse, policy.Assess(critical, start + settings.LowMemoryRebootAfterMs - 1));
            Assert.AreEqual(LowMemoryPolicy.Reboot, policy.Assess(critical, start + settings.LowMemoryRebootAfterMs));
            Assert.Contains("rebooting", policy.Reason);
        }

        [TestMethod]
        public void A_recovery_in_between_restarts_the_critical_clock()
        {
            ChatSettings settings = new ChatSettings();
            LowMemoryPolicy policy = new LowMemoryPolicy(settings);
            long critical = settings.LowMemoryRebootBytes - 1;
            long start = 20 * Minute;

            policy.Assess(critical, start);
            policy.Assess(settings.LowMemoryRebootBytes, start + 1000);

            Assert.AreEqual(LowMemoryPolicy.Refuse, policy.Assess(critical, start + settings.LowMemoryRebootAfterMs));
        }

        [TestMethod]
        public void There_is_no_low_memory_reboot_soon_after_a_start()
        {
            ChatSettings settings = new ChatSettings();
            LowMemoryPolicy policy = new LowMemoryPolicy(settings);
            long critical = settings.LowMemoryRebootBytes - 1;

            policy.Assess(critical, 0);

            Assert.AreEqual(LowMemoryPolicy.Refuse, policy.Assess(critical, settings.LowMemoryRebootMinUptimeMs - 1));
            Assert.AreEqual(LowMemoryPolicy.Reboot, policy.Assess(critical, settings.LowMemoryRebootMinUptimeMs));
        }
    }
}
