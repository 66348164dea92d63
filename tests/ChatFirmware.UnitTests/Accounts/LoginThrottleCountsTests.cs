using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Settings;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    /// <summary>The counts behind the login throttle: one key's failures, the address table, the account records.</summary>
    [TestClass]
    public class LoginThrottleCountsTests
    {
        [TestMethod]
        public void The_delay_never_exceeds_the_ceiling()
        {
            ChatSettings settings = new ChatSettings();
            FailureCount count = new FailureCount();
            long now = 1000;
            for (int i = 0; i < 40; i++)
            {
                count.Record(now, settings);
                now += 1;
            }

            Assert.AreEqual(settings.LoginDelayMaxMs, count.WaitMs(now - 1, settings));
        }

        [TestMethod]
        public void Failures_are_forgiven_after_a_long_quiet_period()
        {
            ChatSettings settings = new ChatSettings();
            FailureCount count = new FailureCount();
            for (int i = 0; i < 5; i++)
            {
                count.Record(1000, settings);
            }

            long later = 1000 + (settings.LoginDelayMaxMs * 2) + 1;
            Assert.IsTrue(count.IsForgiven(later, settings));
            count.Record(later, settings);

            Assert.AreEqual(0L, count.WaitMs(later, settings), "the count restarted at one failure");
        }

        [TestMethod]
        public void An_address_keeps_its_count_however_many_other_addresses_fail()
        {
            ChatSettings settings = new ChatSettings();
            AddressFailures table = new AddressFailures(settings);
            for (int i = 0; i < 6; i++)
            {
                table.RecordFailure("10.0.0.66", 1000);
            }

            for (int i = 0; i < 100; i++)
            {
                table.RecordFailure("10.9." + i + ".1", 1000);
            }

            Assert.AreEqual(4000L, table.WaitMs("10.0.0.66", 1000, false));
        }

        [TestMethod]
        public void Addresses_beyond_the_table_share_one_count_until_entries_are_forgiven()
        {
            ChatSettings settings = new ChatSettings();
            AddressFailures table = new AddressFailures(settings);
            for (int i = 0; i < settings.LoginAddressCapacity; i++)
            {
                table.RecordFailure("10.9." + i + ".1", 1000);
            }

            for (int i = 0; i < settings.LoginFreeFailures; i++)
            {
                table.RecordFailure("10.8." + i + ".1", 1000);
            }

            Assert.AreEqual(settings.LoginDelayBaseMs, table.WaitMs("10.8.99.1", 1000, false), "a new address shares the overflow's count");
            Assert.AreEqual(0L, table.WaitMs("10.8.99.1", 1000, true), "unless its person trusts it");
            long forgiven = 1000 + (settings.LoginDelayMaxMs * 2) + 1;
            Assert.AreEqual(0L, table.WaitMs("10.8.99.1", forgiven, false), "forgiven entries free their places");
        }

        [TestMethod]
        public void A_deleted_accounts_record_goes_with_it()
        {
            ChatSettings settings = new ChatSettings();
            LoginThrottle throttle = new LoginThrottle(settings, 0);
            for (int i = 0; i < 6; i++)
            {
                throttle.RecordFailure(3, "10.0.0." + i, 1000);
            }

            Assert.IsTrue(throttle.WaitMs(3, "10.0.1.1", 1000) > 0);
            throttle.Forget(3);

            Assert.AreEqual(0L, throttle.WaitMs(3, "10.0.1.1", 1000));
        }

        [TestMethod]
        public void The_success_budget_refills_one_login_per_interval()
        {
            ChatSettings settings = new ChatSettings();
            LoginThrottle throttle = new LoginThrottle(settings, 0);
            long wait;
            for (int i = 0; i < settings.LoginSuccessBurst; i++)
            {
                Assert.IsTrue(throttle.TryTakeSuccess(3, 1000, out wait), "login " + (i + 1));
            }

            Assert.IsFalse(throttle.TryTakeSuccess(3, 1000, out wait));
            Assert.AreEqual(settings.LoginSuccessRefillMs, wait);
            Assert.IsTrue(throttle.TryTakeSuccess(4, 1000, out wait), "another account has its own budget");
            Assert.IsTrue(throttle.TryTakeSuccess(3, 1000 + settings.LoginSuccessRefillMs, out wait));
        }

        [TestMethod]
        public void A_person_keeps_one_trusted_address_per_session_the_oldest_giving_way()
        {
            ChatSettings settings = new ChatSettings();
            LoginThrottle throttle = new LoginThrottle(settings, 0);
            string[] own = new string[] { "10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4" };
            long now = 1000;
            for (int i = 0; i < settings.MaxSessionsPerUser; i++)
            {
                throttle.RecordSuccess(3, own[i], now++);
            }

            throttle.RecordSuccess(3, own[0], now++);
            throttle.RecordSuccess(3, own[3], now++);
            for (int i = 0; i < 20; i++)
            {
                throttle.RecordFailure(3, "10.0.9.9", now);
            }

            Assert.IsTrue(throttle.WaitMs(3, "10.0.9.9", now) > 0, "the guesser waits");
            Assert.AreEqual(0L, throttle.WaitMs(3, own[3], now), "the newest");
            Assert.AreEqual(0L, throttle.WaitMs(3, own[0], now), "renewed, so not the oldest");
            Assert.AreEqual(0L, throttle.WaitMs(3, own[2], now));
            Assert.IsTrue(throttle.WaitMs(3, own[1], now) > 0, "the oldest gave way to the fourth");
            long later = now - 1 + settings.LoginTrustedAddressMs; // own[3] was trusted at now - 1
            for (int i = 0; i < 20; i++)
            {
                throttle.RecordFailure(3, "10.0.9.9", later);
            }

            Assert.AreEqual(0L, throttle.WaitMs(3, own[3], later), "trust lasts LoginTrustedAddressMs");
            Assert.IsTrue(throttle.WaitMs(3, own[3], later + 1) > 0, "then ends");
        }
    }
}
