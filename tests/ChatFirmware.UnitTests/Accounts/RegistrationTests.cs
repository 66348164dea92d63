using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    [TestClass]
    public class RegistrationTests
    {
        [TestMethod]
        public void Registration_redirects_to_the_login_page_with_a_notice()
        {
            TestRig rig = TestRig.Create();

            HttpResponse response = rig.Register("alice", "alice@example.org", "correct horse");

            Assert.AreEqual(303, response.StatusCode);
            // The fragment stays in the browser: it revalidates the login page it has, whose script shows "Account created" (browser tests).
            Assert.AreEqual("/#registered", response.GetHeader("Location"));
        }

        [TestMethod]
        public void Registered_user_can_log_in()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");

            Assert.IsNotNull(rig.Login("alice@example.org", "correct horse"));
        }

        [TestMethod]
        public void The_first_user_becomes_the_administrator_and_later_users_do_not()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");
            rig.Register("bob", "bob@example.org", "battery staple");

            Core.Accounts.AccountStore store = new Core.Accounts.AccountStore(rig.Flash, rig.Clock, rig.Random, new Fakes.ListLog(), 10, 10);
            store.Load();

            Assert.IsTrue(store.Users.FindByName("alice").IsAdmin);
            Assert.IsFalse(store.Users.FindByName("bob").IsAdmin);
            Assert.AreEqual(1, store.Users.AdminCount());
        }

        [TestMethod]
        public void A_name_of_24_code_points_mostly_emoji_is_accepted_and_one_of_25_refused()
        {
            TestRig rig = TestRig.Create();
            string name = "Fox" + Strings.Repeat("\ud83e\udd8a", 21);

            HttpResponse accepted = rig.Register(name, "fox@example.org", "correct horse");
            HttpResponse refused = rig.Register(name + "\ud83e\udd8a", "fox2@example.org", "correct horse");

            Assert.AreEqual(303, accepted.StatusCode);
            Assert.AreEqual(400, refused.StatusCode);
            Assert.Contains("24 characters", TestRig.BodyText(refused));
            ChatClient fox = rig.OpenChat(rig.Login("fox@example.org", "correct horse"));
            Assert.IsTrue(Bytes.Equal(Bytes.Utf8(name), Bytes.Utf8(Frames.Parse(fox.Socket.Text(0)).GetString("you"))), "the name comes back byte for byte");
        }

        [TestMethod]
        public void Duplicate_name_in_another_case_answers_409()
        {
            TestRig rig = TestRig.Create();
            rig.Register("Alice", "alice@example.org", "correct horse");

            HttpResponse response = rig.Register("aLICE", "other@example.org", "correct horse");

            Assert.AreEqual(409, response.StatusCode);
            Assert.Contains("already taken", TestRig.BodyText(response));
        }

        [TestMethod]
        public void Duplicate_name_after_trimming_answers_409()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");

            Assert.AreEqual(409, rig.Register("  alice\u00a0", "other@example.org", "correct horse").StatusCode);
        }

        [TestMethod]
        public void Duplicate_email_in_another_case_answers_409()
        {
            TestRig rig = TestRig.Create();
            rig.Register("alice", "alice@example.org", "correct horse");

            HttpResponse response = rig.Register("bob", "ALICE@Example.ORG", "correct horse");

            Assert.AreEqual(409, response.StatusCode);
            Assert.Contains("already exists", TestRig.BodyText(response));
        }

        [TestMethod]
        public void The_eleventh_user_is_refused_with_403_and_says_the_chat_is_full()
        {
            TestRig rig = TestRig.Create();
            for (int i = 0; i < 10; i++)
            {
                Assert.AreEqual(303, rig.Register("user" + i, "user" + i + "@example.org", "password" + i).StatusCode);
            }

            HttpResponse response = rig.Register("user10", "user10@example.org", "password10");

            Assert.AreEqual(403, response.StatusCode);
            Assert.Contains("This chat is full (10 of 10 accounts).", TestRig.BodyText(response));
            Assert.IsNull(rig.Login("user10", "password10"));
        }

        [TestMethod]
        public void Invalid_fields_answer_400_and_keep_what_was_typed()
        {
            TestRig rig = TestRig.Create();

            HttpResponse response = rig.Register("alice", "not-an-email", "correct horse");

            Assert.AreEqual(400, response.StatusCode);
            string body = TestRig.BodyText(response);
            Assert.Contains("does not look like an email address", body);
            Assert.Contains("value=\"alice\"", body);
            Assert.Contains("value=\"not-an-email\"", body);
        }

        [TestMethod]
        public void The_password_is_never_echoed_back()
        {
            TestRig rig = TestRig.Create();

            HttpResponse response = rig.Register("alice", "bad", "secret-sauce-123");

            Assert.DoesNotContains("secret-sauce-123", TestRig.BodyText(response));
        }

        [TestMethod]
        public void Missing_fields_answer_400()
        {
            TestRig rig = TestRig.Create();

            Assert.AreEqual(400, rig.Post("/register", "name=alice", null).StatusCode);
            Assert.AreEqual(400, rig.Post("/register", string.Empty, null).StatusCode);
        }

        [TestMethod]
        public void Registration_costs_one_flash_write_and_a_refusal_none()
        {
            TestRig rig = TestRig.Create();

            rig.Register("alice", "alice@example.org", "correct horse");
            Assert.AreEqual(1, rig.Flash.WriteCount);
            Assert.AreEqual(1, rig.Server.FlashWrites);

            rig.Register("alice", "alice2@example.org", "correct horse");
            rig.Register("x", "bad", "correct horse");
            Assert.AreEqual(1, rig.Flash.WriteCount);
        }
    }
}
