using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    /// <summary>
    /// Password guessing is slowed per account, per client address and across the board, and none of
    /// those counts can be pushed out of memory; someone else's guessing never locks a person out of
    /// the device they logged in from (docs/accounts.md).
    /// </summary>
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
        public void A_successful_login_clears_the_accounts_earlier_failures()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            for (int i = 0; i < 4; i++)
            {
                rig.LoginFrom("10.0.1." + i, "alice", "wrong password");
            }

            Assert.AreEqual(303, rig.LoginFrom("10.0.2.1", "alice", "correct horse").StatusCode);
            for (int i = 0; i < 4; i++)
            {
                rig.LoginFrom("10.0.3." + i, "alice", "wrong password");
            }

            Assert.AreEqual(303, rig.LoginFrom("10.0.4.1", "alice", "correct horse").StatusCode, "8 failures in all, but only 4 since the success");
        }

        [TestMethod]
        public void Logging_into_ones_own_account_does_not_clear_the_addresss_failures()
        {
            TestRig rig = TestRig.Create();
            rig.Register("mallory", "mallory@example.org", "mallory's own");
            for (int i = 0; i < 4; i++)
            {
                rig.LoginResponse("nobody" + i, "guess");
            }

            Assert.IsNotNull(rig.Login("mallory", "mallory's own"));
            Assert.AreEqual(401, rig.LoginResponse("nobody4", "guess").StatusCode);

            Assert.AreEqual(429, rig.LoginResponse("nobody5", "guess").StatusCode, "the address's fifth failure counts");
        }

        [TestMethod]
        public void The_name_and_the_email_of_an_account_count_as_one_account()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            for (int i = 0; i < 6; i++)
            {
                // A new address each time, so that only the account's count can stop it.
                rig.LoginFrom("10.0.9." + i, i % 2 == 0 ? "alice" : "ALICE@example.org", "wrong password");
            }

            Assert.AreEqual(429, rig.LoginFrom("10.0.10.1", "alice@example.org", "correct horse").StatusCode);
        }

        [TestMethod]
        public void Rotating_addresses_and_junk_names_cannot_flush_an_accounts_count()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            int checkedGuesses = 0;
            // The reported attack: 20 requests a second for 10 s, each from a new address, junk names between guesses.
            for (int i = 0; i < 100; i++)
            {
                rig.LoginFrom("10.1." + i + ".1", "junk" + i, "junk password");
                rig.Clock.Advance(50);
                if (rig.LoginFrom("10.2." + i + ".1", "alice", "guess number " + i).StatusCode == 401)
                {
                    checkedGuesses++;
                }

                rig.Clock.Advance(50);
            }

            Assert.IsTrue(checkedGuesses <= 8, checkedGuesses + " of 100 guesses at alice were checked");
            Assert.AreEqual(429, rig.LoginFrom("10.3.0.1", "alice", "correct horse").StatusCode, "the right password does not get in yet");
        }

        [TestMethod]
        public void Someone_elses_guessing_never_locks_a_person_out_of_the_device_they_logged_in_from()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            Assert.AreEqual(303, rig.LoginFrom("10.0.0.7", "alice", "correct horse").StatusCode);
            for (int i = 0; i < 60; i++)
            {
                rig.LoginFrom("10.6." + i + ".1", i % 2 == 0 ? "alice" : "nobody" + i, "guess " + i);
            }

            Assert.AreEqual(429, rig.LoginFrom("10.6.99.1", "alice", "correct horse").StatusCode, "a new device waits");

            Assert.AreEqual(303, rig.LoginFrom("10.0.0.7", "alice", "correct horse").StatusCode, "alice's own phone gets in at once");
        }

        [TestMethod]
        public void Failures_across_the_board_are_budgeted_whatever_names_and_addresses_they_use()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            int checkedGuesses = 0;
            for (int i = 0; i < 50; i++)
            {
                if (rig.LoginFrom("10.7." + i + ".1", "nobody" + i, "guess").StatusCode == 401)
                {
                    checkedGuesses++;
                }
            }

            Assert.IsTrue(checkedGuesses < 50, "every one of 50 guesses was checked");
            HttpResponse response = rig.LoginFrom("10.7.99.1", "alice", "correct horse");
            Assert.AreEqual(429, response.StatusCode, "a new device waits for the budget");
            Assert.AreEqual("2", response.GetHeader("Retry-After"), "one failure's worth of the budget comes back every 2 s");
            rig.Clock.Advance(2000);
            Assert.AreEqual(303, rig.LoginFrom("10.7.99.1", "alice", "correct horse").StatusCode);
        }
    }
}
