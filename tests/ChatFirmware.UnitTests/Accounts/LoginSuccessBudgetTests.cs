using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    /// <summary>
    /// Every login and password change writes the accounts image to flash, so an account has a budget
    /// of them (LoginSuccessBurst, one more every LoginSuccessRefillMs): logging in in a loop cannot
    /// wear the board's flash out.
    /// </summary>
    [TestClass]
    public class LoginSuccessBudgetTests
    {
        [TestMethod]
        public void Logging_in_again_and_again_writes_flash_only_within_the_accounts_budget()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            int writes = rig.Server.FlashWrites;
            int refused = 0;
            for (int i = 0; i < 20; i++)
            {
                refused += rig.LoginResponse("alice", "correct horse").StatusCode == 429 ? 1 : 0;
            }

            Assert.AreEqual(rig.Settings.LoginSuccessBurst, rig.Server.FlashWrites - writes);
            Assert.AreEqual(20 - rig.Settings.LoginSuccessBurst, refused);
            HttpResponse response = rig.LoginResponse("alice", "correct horse");
            Assert.Contains("flash", TestRig.BodyText(response));
            Assert.AreEqual((rig.Settings.LoginSuccessRefillMs / 1000).ToString(), response.GetHeader("Retry-After"));
            rig.Clock.Advance(rig.Settings.LoginSuccessRefillMs);
            Assert.IsNotNull(rig.Login("alice", "correct horse"));
        }

        [TestMethod]
        public void Another_accounts_logins_are_not_held_by_it()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            rig.Register("bob", "bob@example.org", "battery staple");
            for (int i = 0; i < 20; i++)
            {
                rig.LoginResponse("alice", "correct horse");
            }

            Assert.IsNotNull(rig.Login("bob", "battery staple"));
        }

        [TestMethod]
        public void Password_changes_spend_the_same_budget()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            string password = TestRig.PasswordOf("alice");
            int changed = 0;
            for (int i = 0; i < 10; i++)
            {
                string next = "new secret " + i;
                HttpResponse response = rig.Post("/account/password", Strings.Form(new string[] { "current", password, "password", next }), cookie);
                if (response.StatusCode == 200)
                {
                    password = next;
                    changed++;
                }
            }

            Assert.AreEqual(rig.Settings.LoginSuccessBurst - 1, changed, "the sign-up's login took one");
        }
    }
}
