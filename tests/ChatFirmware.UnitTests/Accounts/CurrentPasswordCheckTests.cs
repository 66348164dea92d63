using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    /// <summary>
    /// The current password that /account/password and /account/delete ask for is checked like a
    /// login: the same counts per account, per address and across the board, so a stolen cookie does
    /// not turn into a fast password oracle.
    /// </summary>
    [TestClass]
    public class CurrentPasswordCheckTests
    {
        private const string Thief = "10.0.0.66";

        [TestMethod]
        public void Guessing_the_current_password_with_a_stolen_cookie_is_throttled()
        {
            // Enough rounds that one PBKDF2 stands out from the session lookups (one HMAC each).
            ChatSettings settings = TestRig.TestSettings();
            settings.Pbkdf2Iterations = 50;
            TestRig rig = TestRig.Create(settings);
            string cookie = rig.SignUp("alice");
            for (int i = 0; i < 5; i++)
            {
                Assert.AreEqual(401, ChangePassword(rig, Thief, cookie, "guess " + i).StatusCode, "guess " + (i + 1));
            }

            int hmacCalls = rig.Hmac.Calls;
            HttpResponse response = ChangePassword(rig, Thief, cookie, TestRig.PasswordOf("alice"));

            Assert.AreEqual(429, response.StatusCode, "even the right password waits");
            Assert.AreEqual("2", response.GetHeader("Retry-After"));
            Assert.IsTrue(rig.Hmac.Calls - hmacCalls < rig.Settings.Pbkdf2Iterations, "nothing was hashed");
            Assert.IsNotNull(rig.Login("alice", TestRig.PasswordOf("alice")), "the password did not change");
        }

        [TestMethod]
        public void Guessing_through_account_deletion_from_rotating_addresses_is_throttled_by_the_account()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            for (int i = 0; i < 5; i++)
            {
                HttpResponse guess = rig.PostFrom("10.0.5." + i, "/account/delete", "confirm=guess" + i, cookie);
                Assert.AreEqual(401, guess.StatusCode, "guess " + (i + 1));
            }

            HttpResponse response = rig.PostFrom("10.0.5.99", "/account/delete", "confirm=" + Strings.FormEncode(TestRig.PasswordOf("alice")), cookie);

            Assert.AreEqual(429, response.StatusCode);
            Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode, "the account is still there");
        }

        [TestMethod]
        public void The_person_at_their_own_device_can_still_change_their_password()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            for (int i = 0; i < 8; i++)
            {
                rig.PostFrom("10.0.5." + i, "/account/delete", "confirm=guess" + i, cookie);
            }

            HttpResponse response = rig.Post("/account/password", Strings.Form(new string[] { "current", TestRig.PasswordOf("alice"), "password", "a brand new secret" }), cookie);

            Assert.AreEqual(200, response.StatusCode, "alice logged in from this address: the account's count does not hold her");
        }

        private static HttpResponse ChangePassword(TestRig rig, string address, string cookie, string current)
        {
            return rig.PostFrom(address, "/account/password", Strings.Form(new string[] { "current", current, "password", "a brand new secret" }), cookie);
        }
    }
}
