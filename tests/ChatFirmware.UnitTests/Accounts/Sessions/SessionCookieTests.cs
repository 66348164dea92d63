using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Sessions
{
    [TestClass]
    public class SessionCookieTests
    {
        [TestMethod]
        public void Session_cookie_is_HttpOnly_SameSite_Strict_on_path_root()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");

            string setCookie = rig.LoginResponse("alice", "correct horse").GetHeader("Set-Cookie");

            Assert.Contains("; HttpOnly", setCookie);
            Assert.Contains("; SameSite=Strict", setCookie);
            Assert.Contains("; Path=/;", setCookie);
            Assert.Contains("; Max-Age=" + (rig.Settings.SessionAbsoluteTimeoutMs / 1000), setCookie);
        }

        [TestMethod]
        public void Session_token_is_32_lower_case_hex_characters()
        {
            TestRig rig = TestRig.Create();

            string token = TestRig.TokenOf(rig.SignUp("alice"));

            Assert.AreEqual(32, token.Length);
            for (int i = 0; i < token.Length; i++)
            {
                Assert.IsTrue((token[i] >= '0' && token[i] <= '9') || (token[i] >= 'a' && token[i] <= 'f'), token);
            }
        }

        [TestMethod]
        public void Each_login_gets_a_new_token_and_both_sessions_work()
        {
            TestRig rig = TestRig.Create();
            string first = rig.SignUp("alice");

            string second = rig.Login("alice", TestRig.PasswordOf("alice"));

            Assert.AreNotEqual(first, second);
            Assert.AreEqual(200, rig.Get("/chat", first).StatusCode);
            Assert.AreEqual(200, rig.Get("/chat", second).StatusCode);
        }

        [TestMethod]
        public void A_forged_or_malformed_token_is_not_a_session()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            string token = TestRig.TokenOf(cookie);
            char last = token[31] == '0' ? '1' : '0';

            Assert.AreEqual(303, rig.Get("/chat", "cf_session=" + token.Substring(0, 31) + last).StatusCode);
            Assert.AreEqual(303, rig.Get("/chat", "cf_session=" + token.Substring(0, 30)).StatusCode);
            Assert.AreEqual(303, rig.Get("/chat", "cf_session=" + token + "00").StatusCode);
            Assert.AreEqual(303, rig.Get("/chat", "cf_session=").StatusCode);
            Assert.AreEqual(303, rig.Get("/chat", "other=" + token).StatusCode);
        }

        [TestMethod]
        public void The_token_is_accepted_in_upper_case_hex_too()
        {
            TestRig rig = TestRig.Create();
            string token = TestRig.TokenOf(rig.SignUp("alice"));

            Assert.AreEqual(200, rig.Get("/chat", "cf_session=" + token.ToUpper()).StatusCode);
        }

        [TestMethod]
        public void Logout_clears_the_cookie_and_redirects_home()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");

            HttpResponse response = rig.Logout(cookie);

            Assert.AreEqual(303, response.StatusCode);
            Assert.AreEqual("/", response.GetHeader("Location"));
            Assert.StartsWith("cf_session=;", response.GetHeader("Set-Cookie"));
            Assert.Contains("Max-Age=0", response.GetHeader("Set-Cookie"));
        }
    }
}
