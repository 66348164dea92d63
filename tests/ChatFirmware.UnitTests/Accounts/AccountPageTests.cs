using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Accounts
{
    /// <summary>The account page's actions: change password, log out everywhere, delete the account.</summary>
    [TestClass]
    public class AccountPageTests
    {
        private const string NewPassword = "a brand new secret";

        [TestMethod]
        public void Account_page_shows_the_three_actions_to_a_logged_in_user()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");

            HttpResponse response = rig.Get("/account", cookie);

            Assert.AreEqual(200, response.StatusCode);
            string body = TestRig.BodyText(response);
            Assert.Contains("action=\"/account/password\"", body);
            Assert.Contains("action=\"/account/logout-all\"", body);
            Assert.Contains("action=\"/account/delete\"", body);
            Assert.AreEqual(303, rig.Get("/account").StatusCode, "no session: back to the login page");
        }

        [TestMethod]
        public void Change_password_with_a_wrong_current_password_answers_401_and_changes_nothing()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            string other = rig.Login("alice", TestRig.PasswordOf("alice"));
            ChatClient otherChat = rig.OpenChat(other);
            int writes = rig.Server.FlashWrites;

            HttpResponse response = ChangePassword(rig, cookie, "not my password", NewPassword);

            Assert.AreEqual(401, response.StatusCode);
            Assert.Contains("The current password is not correct.", TestRig.BodyText(response));
            Assert.AreEqual(writes, rig.Server.FlashWrites, "no flash write");
            Assert.IsFalse(otherChat.Socket.IsClosed, "the other session's chat stays open");
            Assert.AreEqual(200, rig.Get("/account", other).StatusCode);
            Assert.IsNotNull(rig.Login("alice", TestRig.PasswordOf("alice")), "the old password still works");
            Assert.IsNull(rig.Login("alice", NewPassword));
        }

        [TestMethod]
        public void Change_password_refuses_a_too_short_new_password_with_400()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            int writes = rig.Server.FlashWrites;

            HttpResponse response = ChangePassword(rig, cookie, TestRig.PasswordOf("alice"), "short");

            Assert.AreEqual(400, response.StatusCode);
            Assert.AreEqual(writes, rig.Server.FlashWrites);
            Assert.IsNotNull(rig.Login("alice", TestRig.PasswordOf("alice")));
        }

        [TestMethod]
        public void Change_password_keeps_this_session_and_ends_the_users_other_sessions_with_one_flash_write()
        {
            AliceOnTwoPhonesAndBob scene = new AliceOnTwoPhonesAndBob();
            TestRig rig = scene.Rig;
            string cookie = scene.Alice;
            string other = scene.AliceElsewhere;
            string bob = scene.Bob;
            int writes = rig.Server.FlashWrites;

            HttpResponse response = ChangePassword(rig, cookie, TestRig.PasswordOf("alice"), NewPassword);

            Assert.AreEqual(200, response.StatusCode);
            Assert.Contains("Your password was changed.", TestRig.BodyText(response));
            Assert.AreEqual(writes + 1, rig.Server.FlashWrites, "exactly one flash write");
            Assert.IsFalse(scene.AliceChat.Socket.IsClosed, "this session's chat stays open");
            Frames.AssertClosed(scene.AliceElsewhereChat.Socket, CloseCodes.PolicyViolation);
            Assert.IsFalse(scene.BobChat.Socket.IsClosed, "other users are not affected");
            Assert.AreEqual(200, rig.Get("/account", cookie).StatusCode);
            Assert.AreEqual(303, rig.Get("/account", other).StatusCode, "the other session ended");
            Assert.AreEqual(200, rig.Get("/account", bob).StatusCode);
            Assert.IsNull(rig.Login("alice", TestRig.PasswordOf("alice")), "the old password no longer works");
            Assert.IsNotNull(rig.Login("alice", NewPassword));
        }

        [TestMethod]
        public void A_changed_password_survives_a_reboot()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            ChangePassword(rig, cookie, TestRig.PasswordOf("alice"), NewPassword);

            TestRig rebooted = rig.Reboot();

            Assert.IsNotNull(rebooted.Login("alice", NewPassword));
            Assert.IsNull(rebooted.Login("alice", TestRig.PasswordOf("alice")));
            Assert.AreEqual(200, rebooted.Get("/account", cookie).StatusCode, "the session that changed it survives too");
        }

        [TestMethod]
        public void Change_password_answers_503_and_rolls_back_when_the_flash_write_fails()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            string other = rig.Login("alice", TestRig.PasswordOf("alice"));
            ChatClient otherChat = rig.OpenChat(other);
            rig.Flash.ThrowOnNextWrite();

            HttpResponse response = ChangePassword(rig, cookie, TestRig.PasswordOf("alice"), NewPassword);

            Assert.AreEqual(503, response.StatusCode);
            Assert.Contains("flash storage error", TestRig.BodyText(response));
            Assert.IsFalse(otherChat.Socket.IsClosed, "nothing was closed for a change that did not happen");
            Assert.AreEqual(200, rig.Get("/account", other).StatusCode, "the other session is still live");
            Assert.IsNull(rig.Login("alice", NewPassword));
            Assert.IsNotNull(rig.Login("alice", TestRig.PasswordOf("alice")));
            Assert.IsNotNull(rig.Reboot().Login("alice", TestRig.PasswordOf("alice")), "flash holds the old password");
        }

        [TestMethod]
        public void Logout_everywhere_ends_every_session_of_the_user_and_closes_their_chats_with_one_flash_write()
        {
            AliceOnTwoPhonesAndBob scene = new AliceOnTwoPhonesAndBob();
            TestRig rig = scene.Rig;
            string cookie = scene.Alice;
            string other = scene.AliceElsewhere;
            string bob = scene.Bob;
            int writes = rig.Server.FlashWrites;

            HttpResponse response = rig.Post("/account/logout-all", string.Empty, cookie);

            Assert.AreEqual(303, response.StatusCode);
            Assert.AreEqual("/", response.GetHeader("Location"));
            Assert.Contains("Max-Age=0", response.GetHeader("Set-Cookie"));
            Assert.AreEqual(writes + 1, rig.Server.FlashWrites, "exactly one flash write");
            Frames.AssertClosed(scene.AliceChat.Socket, CloseCodes.PolicyViolation);
            Frames.AssertClosed(scene.AliceElsewhereChat.Socket, CloseCodes.PolicyViolation);
            Assert.IsFalse(scene.BobChat.Socket.IsClosed);
            Assert.AreEqual(303, rig.Get("/chat", cookie).StatusCode);
            Assert.AreEqual(303, rig.Get("/chat", other).StatusCode);
            Assert.AreEqual(200, rig.Get("/chat", bob).StatusCode);
            Assert.AreEqual(303, rig.Reboot().Get("/chat", other).StatusCode, "the sessions are gone from flash too");
        }

        [TestMethod]
        public void Logout_everywhere_answers_503_and_keeps_the_sessions_when_the_flash_write_fails()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            string other = rig.Login("alice", TestRig.PasswordOf("alice"));
            ChatClient otherChat = rig.OpenChat(other);
            rig.Flash.ThrowOnNextWrite();

            HttpResponse response = rig.Post("/account/logout-all", string.Empty, cookie);

            Assert.AreEqual(503, response.StatusCode);
            Assert.IsNull(response.GetHeader("Set-Cookie"));
            Assert.IsFalse(otherChat.Socket.IsClosed);
            Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode);
            Assert.AreEqual(200, rig.Get("/chat", other).StatusCode);
        }

        [TestMethod]
        public void Delete_own_account_with_a_wrong_password_answers_401_and_changes_nothing()
        {
            TestRig rig = TestRig.Create();
            rig.SignUp("alice");
            string cookie = rig.SignUp("bob");
            int writes = rig.Server.FlashWrites;

            HttpResponse response = rig.Post("/account/delete", "confirm=nope", cookie);

            Assert.AreEqual(401, response.StatusCode);
            Assert.Contains("The current password is not correct.", TestRig.BodyText(response));
            Assert.AreEqual(writes, rig.Server.FlashWrites);
            Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode);
            Assert.IsNotNull(rig.Login("bob", TestRig.PasswordOf("bob")));
        }

        [TestMethod]
        public void Delete_own_account_with_the_password_removes_it_ends_its_sessions_and_writes_once()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            string cookie = rig.SignUp("bob");
            string other = rig.Login("bob", TestRig.PasswordOf("bob"));
            ChatClient otherChat = rig.OpenChat(other);
            ChatClient aliceChat = rig.OpenChat(alice);
            int writes = rig.Server.FlashWrites;

            HttpResponse response = rig.Post("/account/delete", "confirm=" + Strings.FormEncode(TestRig.PasswordOf("bob")), cookie);

            Assert.AreEqual(303, response.StatusCode);
            Assert.AreEqual("/", response.GetHeader("Location"));
            Assert.Contains("Max-Age=0", response.GetHeader("Set-Cookie"));
            Assert.AreEqual(writes + 1, rig.Server.FlashWrites, "exactly one flash write");
            Frames.AssertClosed(otherChat.Socket, CloseCodes.PolicyViolation);
            Assert.IsFalse(aliceChat.Socket.IsClosed);
            Assert.AreEqual(303, rig.Get("/chat", cookie).StatusCode);
            Assert.AreEqual(303, rig.Get("/chat", other).StatusCode);
            Assert.AreEqual(401, rig.LoginResponse("bob", TestRig.PasswordOf("bob")).StatusCode);
            Assert.AreEqual(401, rig.Reboot().LoginResponse("bob", TestRig.PasswordOf("bob")).StatusCode, "gone from flash too");
            Assert.AreEqual(303, rig.Register("bob", TestRig.EmailOf("bob"), TestRig.PasswordOf("bob")).StatusCode, "the name is free again");
        }

        [TestMethod]
        public void Delete_own_account_answers_503_and_keeps_it_when_the_flash_write_fails()
        {
            TestRig rig = TestRig.Create();
            rig.SignUp("alice");
            string cookie = rig.SignUp("bob");
            rig.Flash.ThrowOnNextWrite();

            HttpResponse response = rig.Post("/account/delete", "confirm=" + Strings.FormEncode(TestRig.PasswordOf("bob")), cookie);

            Assert.AreEqual(503, response.StatusCode);
            Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode, "the session is still live");
            Assert.IsNotNull(rig.Login("bob", TestRig.PasswordOf("bob")));
        }

        [TestMethod]
        public void The_last_administrator_cannot_delete_their_account()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            rig.SignUp("bob");
            int writes = rig.Server.FlashWrites;

            HttpResponse response = rig.Post("/account/delete", "confirm=" + Strings.FormEncode(TestRig.PasswordOf("alice")), alice);

            Assert.AreEqual(403, response.StatusCode);
            Assert.Contains("The last administrator cannot be deleted; make someone else administrator first.", TestRig.BodyText(response));
            Assert.AreEqual(writes, rig.Server.FlashWrites);
            Assert.AreEqual(200, rig.Get("/admin", alice).StatusCode, "still there, still administrator");
        }

        [TestMethod]
        public void An_administrator_can_delete_their_account_once_someone_else_is_administrator()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            Assert.AreEqual(200, rig.Post("/admin/user/role", "id=2&grant=1", alice).StatusCode);

            HttpResponse response = rig.Post("/account/delete", "confirm=" + Strings.FormEncode(TestRig.PasswordOf("alice")), alice);

            Assert.AreEqual(303, response.StatusCode);
            Assert.AreEqual(200, rig.Get("/admin", bob).StatusCode);
        }

        [TestMethod]
        public void The_last_administrator_cannot_lose_the_role()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            int writes = rig.Server.FlashWrites;

            HttpResponse response = rig.Post("/admin/user/role", "id=1&grant=0", alice);

            Assert.AreEqual(403, response.StatusCode);
            Assert.Contains("The last administrator cannot lose the role; make someone else administrator first.", TestRig.BodyText(response));
            Assert.AreEqual(writes, rig.Server.FlashWrites);
            Assert.AreEqual(200, rig.Get("/admin", alice).StatusCode);
        }

        [TestMethod]
        public void Account_actions_without_a_session_send_the_browser_to_the_login_page()
        {
            TestRig rig = TestRig.Create();
            rig.SignUp("alice");
            int writes = rig.Server.FlashWrites;

            Assert.AreEqual(303, ChangePassword(rig, null, TestRig.PasswordOf("alice"), NewPassword).StatusCode);
            Assert.AreEqual(303, rig.Post("/account/logout-all", string.Empty, null).StatusCode);
            Assert.AreEqual(303, rig.Post("/account/delete", "confirm=" + Strings.FormEncode(TestRig.PasswordOf("alice")), null).StatusCode);
            Assert.AreEqual(writes, rig.Server.FlashWrites);
        }

        [TestMethod]
        public void Account_actions_from_another_site_answer_403()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            HttpRequest request = rig.FormRequest("/account/logout-all", string.Empty, cookie);
            request.Origin = "http://evil.example";

            Assert.AreEqual(403, rig.Send(request).StatusCode);
            Assert.AreEqual(200, rig.Get("/chat", cookie).StatusCode);
        }

        private static HttpResponse ChangePassword(TestRig rig, string cookie, string current, string replacement)
        {
            return rig.Post("/account/password", Strings.Form(new string[] { "current", current, "password", replacement }), cookie);
        }

        /// <summary>Alice logged in on two phones and Bob on one, each with the chat open.</summary>
        private sealed class AliceOnTwoPhonesAndBob
        {
            public AliceOnTwoPhonesAndBob()
            {
                Rig = TestRig.Create();
                Alice = Rig.SignUp("alice");
                AliceElsewhere = Rig.Login("alice", TestRig.PasswordOf("alice"));
                Bob = Rig.SignUp("bob");
                AliceChat = Rig.OpenChat(Alice);
                AliceElsewhereChat = Rig.OpenChat(AliceElsewhere);
                BobChat = Rig.OpenChat(Bob);
            }

            public TestRig Rig { get; private set; }

            public string Alice { get; private set; }

            public string AliceElsewhere { get; private set; }

            public string Bob { get; private set; }

            public ChatClient AliceChat { get; private set; }

            public ChatClient AliceElsewhereChat { get; private set; }

            public ChatClient BobChat { get; private set; }
        }
    }
}
