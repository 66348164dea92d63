using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    [TestClass]
    public class LoginTests
    {
        [TestMethod]
        public void Login_by_email_redirects_to_the_chat_and_sets_a_session_cookie()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");

            HttpResponse response = rig.LoginResponse("alice@example.org", "correct horse");

            Assert.AreEqual(303, response.StatusCode);
            Assert.AreEqual("/chat", response.GetHeader("Location"));
            Assert.StartsWith("cf_session=", response.GetHeader("Set-Cookie"));
        }

        [TestMethod]
        public void Login_by_name_works_in_any_case()
        {
            TestRig rig = TestRig.Create();
            rig.Register("Alice", "alice@example.org", "correct horse");

            Assert.IsNotNull(rig.Login("alice", "correct horse"));
            Assert.IsNotNull(rig.Login("  ALICE ", "correct horse"));
            Assert.IsNotNull(rig.Login("Alice@Example.org", "correct horse"));
        }

        [TestMethod]
        public void Login_with_wrong_password_answers_401_and_keeps_no_session()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            int writes = rig.Flash.WriteCount;

            HttpResponse response = rig.LoginResponse("alice@example.org", "wrong horse");

            Assert.AreEqual(401, response.StatusCode);
            Assert.IsNull(response.GetHeader("Set-Cookie"));
            Assert.Contains("Wrong email, name or password.", TestRig.BodyText(response));
            Assert.AreEqual(writes, rig.Flash.WriteCount);
        }

        [TestMethod]
        public void Login_of_an_unknown_account_answers_the_same_401()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");

            HttpResponse unknown = rig.LoginResponse("mallory@example.org", "correct horse");
            HttpResponse wrong = rig.LoginResponse("alice@example.org", "wrong horse");

            Assert.AreEqual(401, unknown.StatusCode);
            Assert.AreEqual(TestRig.BodyText(wrong).Length - "alice@example.org".Length, TestRig.BodyText(unknown).Length - "mallory@example.org".Length);
        }

        [TestMethod]
        public void An_unknown_account_still_costs_the_password_hashing()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");

            int before = rig.Hmac.Calls;
            rig.LoginResponse("alice@example.org", "wrong horse");
            int known = rig.Hmac.Calls - before;
            before = rig.Hmac.Calls;
            rig.LoginResponse("nobody@example.org", "wrong horse");
            int unknown = rig.Hmac.Calls - before;

            Assert.AreEqual(known, unknown);
        }

        [TestMethod]
        public void Empty_login_answers_401()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");

            Assert.AreEqual(401, rig.Post("/login", string.Empty, null).StatusCode);
            Assert.AreEqual(401, rig.LoginResponse(string.Empty, "correct horse").StatusCode);
        }

        [TestMethod]
        public void The_login_page_keeps_the_typed_login_escaped()
        {
            TestRig rig = TestRig.Create();

            string body = TestRig.BodyText(rig.LoginResponse("\"><script>x</script>", "whatever1"));

            Assert.Contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\"", body);
            Assert.DoesNotContains("<script>x", body);
        }

        [TestMethod]
        public void Login_costs_one_flash_write()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            int writes = rig.Flash.WriteCount;

            rig.Login("alice", "correct horse");

            Assert.AreEqual(writes + 1, rig.Flash.WriteCount);
        }
    }
}
