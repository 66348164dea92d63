using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Text;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    /// <summary>Who may use /admin, and the administrator's actions on accounts and sessions.</summary>
    [TestClass]
    public class AdminAccountsTests
    {
        [TestMethod]
        public void Admin_routes_without_a_session_redirect_home()
        {
            TestRig rig = TestRig.Create();
            rig.SignUp("alice");

            HttpResponse page = rig.Get("/admin");
            HttpResponse action = rig.Post("/admin/user/delete", "id=1", null);

            Assert.AreEqual(303, page.StatusCode);
            Assert.AreEqual("/", page.GetHeader("Location"));
            Assert.AreEqual(303, action.StatusCode);
            Assert.AreEqual("/", action.GetHeader("Location"));
            Assert.IsNotNull(rig.Login("alice", TestRig.PasswordOf("alice")), "nothing was deleted");
        }

        [TestMethod]
        public void Admin_routes_answer_403_to_members_and_change_nothing()
        {
            TestRig rig = TestRig.Create();
            rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            int writes = rig.Server.FlashWrites;

            string[] actions = new string[]
            {
                "/admin/user/delete", "id=1",
                "/admin/user/role", "id=2&grant=1",
                "/admin/session/end", "label=00000000",
                "/admin/message/delete", "id=1",
                "/admin/history/clear", string.Empty,
                "/admin/wifi", "ssid=x",
                "/admin/factory-reset", "confirm=RESET",
            };

            HttpResponse page = rig.Get("/admin", bob);
            Assert.AreEqual(403, page.StatusCode);
            Assert.Contains("Administrators only", TestRig.BodyText(page));
            for (int i = 0; i < actions.Length; i += 2)
            {
                Assert.AreEqual(403, rig.Post(actions[i], actions[i + 1], bob).StatusCode, actions[i]);
            }

            Assert.AreEqual(writes, rig.Server.FlashWrites);
            Assert.IsNotNull(rig.Login("alice", TestRig.PasswordOf("alice")));
            Assert.AreEqual(403, rig.Get("/admin", bob).StatusCode, "bob did not make himself administrator");
        }

        [TestMethod]
        public void The_administrator_page_lists_accounts_and_sessions()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");

            HttpResponse page = rig.Get("/admin", alice);

            Assert.AreEqual(200, page.StatusCode);
            string body = TestRig.BodyText(page);
            Assert.Contains("bob@example.org", body);
            Assert.Contains("<code>" + LabelOf(rig, bob) + "</code>", body);
            Assert.AreEqual(405, rig.Post("/admin", string.Empty, alice).StatusCode);
            Assert.AreEqual(404, rig.Post("/admin/nothing", string.Empty, alice).StatusCode);
        }

        [TestMethod]
        public void Deleting_a_user_ends_their_sessions_and_closes_their_chats()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            string bobPhone = rig.Login("bob", TestRig.PasswordOf("bob"));
            ChatClient bobChat = rig.OpenChat(bob);
            ChatClient bobPhoneChat = rig.OpenChat(bobPhone);
            ChatClient aliceChat = rig.OpenChat(alice);
            int writes = rig.Server.FlashWrites;

            HttpResponse response = rig.Post("/admin/user/delete", "id=2", alice);

            Assert.AreEqual(200, response.StatusCode);
            Assert.Contains("The account of bob was deleted.", TestRig.BodyText(response));
            Assert.AreEqual(writes + 1, rig.Server.FlashWrites, "one flash write");
            Frames.AssertClosed(bobChat.Socket, CloseCodes.PolicyViolation);
            Frames.AssertClosed(bobPhoneChat.Socket, CloseCodes.PolicyViolation);
            Assert.IsFalse(aliceChat.Socket.IsClosed);
            Assert.AreEqual(303, rig.Get("/chat", bob).StatusCode);
            Assert.AreEqual(303, rig.Get("/chat", bobPhone).StatusCode);
            Assert.AreEqual(401, rig.LoginResponse("bob", TestRig.PasswordOf("bob")).StatusCode);
            Assert.AreEqual(401, rig.Reboot().LoginResponse("bob", TestRig.PasswordOf("bob")).StatusCode);
        }

        [TestMethod]
        public void Deleting_an_unknown_user_answers_400()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");

            HttpResponse response = rig.Post("/admin/user/delete", "id=99", alice);

            Assert.AreEqual(400, response.StatusCode);
            Assert.Contains("There is no such account.", TestRig.BodyText(response));
            Assert.AreEqual(400, rig.Post("/admin/user/delete", "id=x1", alice).StatusCode, "a malformed id names no account");
        }

        [TestMethod]
        public void The_administrator_can_delete_the_last_other_admin_but_not_themselves_as_the_last_one()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            rig.SignUp("bob");
            rig.Post("/admin/user/role", "id=2&grant=1", alice);

            Assert.AreEqual(200, rig.Post("/admin/user/delete", "id=2", alice).StatusCode);
            HttpResponse self = rig.Post("/admin/user/delete", "id=1", alice);

            Assert.AreEqual(403, self.StatusCode);
            Assert.Contains("The last administrator cannot be deleted", TestRig.BodyText(self));
        }

        [TestMethod]
        public void Granting_and_removing_the_role_takes_effect_at_once_and_is_stored()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            int writes = rig.Server.FlashWrites;

            HttpResponse granted = rig.Post("/admin/user/role", "id=2&grant=1", alice);

            Assert.AreEqual(200, granted.StatusCode);
            Assert.Contains("bob is now an administrator.", TestRig.BodyText(granted));
            Assert.AreEqual(writes + 1, rig.Server.FlashWrites);
            Assert.AreEqual(200, rig.Get("/admin", bob).StatusCode);
            Assert.AreEqual(200, rig.Reboot().Get("/admin", bob).StatusCode, "the role is on flash");

            HttpResponse again = rig.Post("/admin/user/role", "id=2&grant=1", alice);
            Assert.Contains("Nothing changed.", TestRig.BodyText(again));
            Assert.AreEqual(writes + 1, rig.Server.FlashWrites, "no write when nothing changed");

            HttpResponse removed = rig.Post("/admin/user/role", "id=2&grant=0", alice);
            Assert.AreEqual(200, removed.StatusCode);
            Assert.Contains("bob is no longer an administrator.", TestRig.BodyText(removed));
            Assert.AreEqual(403, rig.Get("/admin", bob).StatusCode);
        }

        [TestMethod]
        public void Two_administrators_may_each_give_up_the_role_until_one_is_left()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            rig.Post("/admin/user/role", "id=2&grant=1", alice);

            Assert.AreEqual(200, rig.Post("/admin/user/role", "id=1&grant=0", alice).StatusCode);
            Assert.AreEqual(403, rig.Get("/admin", alice).StatusCode);
            Assert.AreEqual(403, rig.Post("/admin/user/role", "id=2&grant=0", bob).StatusCode);
        }

        [TestMethod]
        public void Ending_a_session_by_its_label_closes_its_chats_only()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            string bobPhone = rig.Login("bob", TestRig.PasswordOf("bob"));
            ChatClient bobChat = rig.OpenChat(bob);
            ChatClient bobPhoneChat = rig.OpenChat(bobPhone);
            int writes = rig.Server.FlashWrites;

            HttpResponse response = rig.Post("/admin/session/end", "label=" + LabelOf(rig, bobPhone), alice);

            Assert.AreEqual(200, response.StatusCode);
            Assert.Contains("The session was ended.", TestRig.BodyText(response));
            Assert.AreEqual(writes + 1, rig.Server.FlashWrites);
            Frames.AssertClosed(bobPhoneChat.Socket, CloseCodes.PolicyViolation);
            Assert.IsFalse(bobChat.Socket.IsClosed);
            Assert.AreEqual(303, rig.Get("/chat", bobPhone).StatusCode);
            Assert.AreEqual(200, rig.Get("/chat", bob).StatusCode);
            Assert.AreEqual(303, rig.Reboot().Get("/chat", bobPhone).StatusCode);
        }

        [TestMethod]
        public void Ending_an_unknown_session_answers_400()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            int writes = rig.Server.FlashWrites;

            HttpResponse response = rig.Post("/admin/session/end", "label=ffffffff", alice);

            Assert.AreEqual(400, response.StatusCode);
            Assert.Contains("That session no longer exists.", TestRig.BodyText(response));
            Assert.AreEqual(400, rig.Post("/admin/session/end", string.Empty, alice).StatusCode);
            Assert.AreEqual(writes, rig.Server.FlashWrites);
        }

        [TestMethod]
        public void A_failed_flash_write_answers_503_and_keeps_the_account()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            ChatClient bobChat = rig.OpenChat(bob);
            rig.Flash.ThrowOnNextWrite();

            HttpResponse response = rig.Post("/admin/user/delete", "id=2", alice);

            Assert.AreEqual(503, response.StatusCode);
            Assert.IsFalse(bobChat.Socket.IsClosed);
            Assert.AreEqual(200, rig.Get("/chat", bob).StatusCode);
            Assert.IsNotNull(rig.Login("bob", TestRig.PasswordOf("bob")));
        }

        [TestMethod]
        public void Cross_origin_posts_to_admin_routes_answer_403_and_change_nothing()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            rig.SignUp("bob");
            string[] paths = new string[] { "/admin/user/delete", "/admin/user/role", "/admin/history/clear", "/admin/factory-reset" };
            int writes = rig.Server.FlashWrites;

            for (int i = 0; i < paths.Length; i++)
            {
                HttpRequest request = rig.FormRequest(paths[i], "id=2&grant=1&confirm=RESET", alice);
                request.Origin = "http://evil.example";
                HttpResponse response = rig.Send(request);
                Assert.AreEqual(403, response.StatusCode, paths[i]);
                Assert.Contains("another site", TestRig.BodyText(response));
            }

            Assert.AreEqual(writes, rig.Server.FlashWrites);
            Assert.IsNotNull(rig.Login("bob", TestRig.PasswordOf("bob")));
            Assert.AreEqual(200, rig.Get("/admin", alice).StatusCode);
        }

        /// <summary>The label the administrator page shows for a session cookie (first 4 bytes of the token's hash).</summary>
        private static string LabelOf(TestRig rig, string cookie)
        {
            byte[] hash = new SessionTokens(rig.Random, rig.Hmac).Hash(SessionTokens.Parse(TestRig.TokenOf(cookie)));
            return Hex.Encode(hash, 0, 4);
        }
    }
}
