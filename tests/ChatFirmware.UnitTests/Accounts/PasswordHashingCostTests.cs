using System.Text;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    /// <summary>
    /// PBKDF2 is the board's most expensive work, so nothing is hashed that cannot matter: no password
    /// of a request without a session, no password longer than registration accepts (a key over 64
    /// bytes is hashed again in every PBKDF2 round).
    /// </summary>
    [TestClass]
    public class PasswordHashingCostTests
    {
        [TestMethod]
        public void Changing_the_password_without_a_session_hashes_nothing()
        {
            TestRig rig = Rig();
            rig.SignUp("alice");
            int hmacCalls = rig.Hmac.Calls;

            HttpResponse response = rig.Post("/account/password", Strings.Form(new string[] { "current", "whatever it is", "password", "a brand new secret" }), null);

            Assert.AreEqual(303, response.StatusCode);
            Assert.AreEqual(hmacCalls, rig.Hmac.Calls);
        }

        [TestMethod]
        public void A_login_with_a_password_longer_than_registration_accepts_is_refused_unhashed()
        {
            TestRig rig = Rig();
            rig.Register("alice", "alice@example.org", "correct horse");
            int hmacCalls = rig.Hmac.Calls;

            HttpResponse response = rig.LoginResponse("alice", LongText(4000));

            Assert.AreEqual(401, response.StatusCode);
            Assert.AreEqual(hmacCalls, rig.Hmac.Calls);
            Assert.AreEqual(401, rig.LoginResponse("alice", LongText(rig.Settings.PasswordMaxCodePoints)).StatusCode, "the longest password registration accepts is checked");
            Assert.IsTrue(rig.Hmac.Calls - hmacCalls >= rig.Settings.Pbkdf2Iterations);
        }

        [TestMethod]
        public void A_current_password_longer_than_registration_accepts_is_refused_unhashed()
        {
            TestRig rig = Rig();
            string cookie = rig.SignUp("alice");
            int hmacCalls = rig.Hmac.Calls;

            HttpResponse response = rig.Post("/account/delete", "confirm=" + LongText(4000), cookie);

            Assert.AreEqual(401, response.StatusCode);
            Assert.IsTrue(rig.Hmac.Calls - hmacCalls < rig.Settings.Pbkdf2Iterations, (rig.Hmac.Calls - hmacCalls) + " HMAC calls: only the session lookups");
        }

        private static TestRig Rig()
        {
            // Enough rounds that one PBKDF2 stands out from the session lookups (one HMAC each).
            ChatSettings settings = TestRig.TestSettings();
            settings.Pbkdf2Iterations = 50;
            return TestRig.Create(settings);
        }

        private static string LongText(int length)
        {
            return new StringBuilder().Append('x', length).ToString();
        }
    }
}
