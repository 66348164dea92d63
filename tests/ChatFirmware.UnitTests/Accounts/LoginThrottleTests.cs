using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    [TestClass]
    public class LoginThrottleTests
    {
        [TestMethod]
        public void Five_failures_are_free_then_login_answers_429_with_Retry_After()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual(401, rig.LoginResponse("alice", "wrong" + i + "xxxx").StatusCode, "failure " + (i + 1));
            }

            HttpResponse response = rig.LoginResponse("alice", "correct horse");

            Assert.AreEqual(429, response.StatusCode);
            Assert.AreEqual("2", response.GetHeader("Retry-After"));
            Assert.Contains("wait 2 seconds", TestRig.BodyText(response));
            Assert.IsNull(response.GetHeader("Set-Cookie"));
        }

        [TestMethod]
        public void The_right_password_works_again_once_the_delay_has_passed()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            for (int i = 0; i < 5; i++)
            {
                rig.LoginResponse("alice", "wrong password");
            }

            rig.Clock.Advance(1999);
            Assert.AreEqual(429, rig.LoginResponse("alice", "correct horse").StatusCode);
            rig.Clock.Advance(1);

            Assert.IsNotNull(rig.Login("alice", "correct horse"));
        }

        [TestMethod]
        public void Each_further_failure_doubles_the_delay()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            for (int i = 0; i < 5; i++)
            {
                rig.LoginResponse("alice", "wrong password");
            }

            rig.Clock.Advance(2000);
            Assert.AreEqual(401, rig.LoginResponse("alice", "wrong password").StatusCode);

            Assert.AreEqual("4", rig.LoginResponse("alice", "correct horse").GetHeader("Retry-After"));
        }

        [TestMethod]
        public void A_throttled_attempt_does_not_check_the_password_or_extend_the_delay()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            for (int i = 0; i < 5; i++)
            {
                rig.LoginResponse("alice", "wrong password");
            }

            int hmacCalls = rig.Hmac.Calls;
            for (int i = 0; i < 10; i++)
            {
                Assert.AreEqual(429, rig.LoginResponse("alice", "wrong password").StatusCode);
            }

            Assert.AreEqual(hmacCalls, rig.Hmac.Calls);
            rig.Clock.Advance(2000);
            Assert.IsNotNull(rig.Login("alice", "correct horse"));
        }

        [TestMethod]
        public void Failures_from_one_address_against_many_accounts_are_throttled()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            for (int i = 0; i < 5; i++)
            {
                rig.LoginResponse("nobody" + i, "wrong password");
            }

            Assert.AreEqual(429, rig.LoginResponse("alice", "correct horse").StatusCode);
        }

        [TestMethod]
        public void A_successful_login_clears_earlier_failures()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            for (int i = 0; i < 4; i++)
            {
                rig.LoginResponse("alice", "wrong password");
            }

            Assert.IsNotNull(rig.Login("alice", "correct horse"));
            for (int i = 0; i < 4; i++)
            {
                rig.LoginResponse("alice", "wrong password");
            }

            Assert.IsNotNull(rig.Login("alice", "correct horse"));
        }

        [TestMethod]
        public void The_delay_never_exceeds_the_ceiling()
        {
            ChatSettings settings = new ChatSettings();
            LoginThrottle throttle = new LoginThrottle(settings);
            long now = 1000;
            for (int i = 0; i < 40; i++)
            {
                throttle.RecordFailure("a:x", now);
                now += 1;
            }

            Assert.AreEqual(settings.LoginDelayMaxMs, throttle.WaitMs("a:x", now - 1));
        }

        [TestMethod]
        public void Failures_are_forgiven_after_a_long_quiet_period()
        {
            ChatSettings settings = new ChatSettings();
            LoginThrottle throttle = new LoginThrottle(settings);
            for (int i = 0; i < 5; i++)
            {
                throttle.RecordFailure("a:x", 1000);
            }

            long later = 1000 + (settings.LoginDelayMaxMs * 2) + 1;
            throttle.RecordFailure("a:x", later);

            Assert.AreEqual(0L, throttle.WaitMs("a:x", later), "the count restarted at one failure");
        }

        [TestMethod]
        public void Reset_forgets_the_key()
        {
            LoginThrottle throttle = new LoginThrottle(new ChatSettings());
            for (int i = 0; i < 6; i++)
            {
                throttle.RecordFailure("a:x", 1000);
            }

            throttle.Reset("a:x");

            Assert.AreEqual(0L, throttle.WaitMs("a:x", 1000));
        }
    }
}
