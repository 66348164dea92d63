using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Web;
using ChatFirmware.UnitTests.Fakes;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Web
{
    /// <summary>The administrator's moderation of the chat: delete a message, clear the history, factory reset.</summary>
    [TestClass]
    public class AdminChatTests
    {
        [TestMethod]
        public void Deleting_a_message_tells_every_open_page_and_removes_it_from_history()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            ChatClient aliceChat = rig.OpenChat(alice);
            ChatClient bobChat = rig.OpenChat(rig.SignUp("bob"));
            bobChat.Say("keep me");
            bobChat.Say("delete me");
            long id = Frames.Id(Frames.Message(aliceChat.Socket, 1));

            HttpResponse response = rig.Post("/admin/message/delete", "id=" + id, alice);

            Assert.AreEqual(200, response.StatusCode);
            Assert.Contains("The message was deleted.", TestRig.BodyText(response));
            Assert.AreEqual("{\"type\":\"deleted\",\"id\":" + id + "}", aliceChat.Socket.Last);
            Assert.AreEqual("{\"type\":\"deleted\",\"id\":" + id + "}", bobChat.Socket.Last);
            string history = rig.OpenChat(alice).Socket.Text(1);
            Assert.Contains("keep me", history);
            Assert.DoesNotContains("delete me", history);
            Assert.DoesNotContains("delete me", TestRig.BodyText(rig.Get("/admin", alice)));
        }

        [TestMethod]
        public void A_deleted_message_stays_deleted_after_the_next_batch_and_a_reboot()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            ChatClient chat = rig.OpenChat(alice);
            chat.Say("keep me");
            chat.Say("delete me");
            rig.Post("/admin/message/delete", "id=" + Frames.Id(Frames.Message(chat.Socket, 1)), alice);
            rig.Clock.Advance(rig.Settings.HistoryFlushIntervalMs);
            rig.Server.Tick();

            TestRig rebooted = rig.Reboot();

            string history = rebooted.OpenChat(alice).Socket.Text(1);
            Assert.Contains("keep me", history);
            Assert.DoesNotContains("delete me", history);
        }

        [TestMethod]
        public void The_administrator_page_lists_private_messages_without_their_text()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            rig.SignUp("carol");
            bob.SayTo("carol", "just for carol");
            bob.Say("for everyone");

            string page = TestRig.BodyText(rig.Get("/admin", alice));

            Assert.DoesNotContains("just for carol", page);
            Assert.Contains("private message", page);
            Assert.Contains("for everyone", page);
            Assert.Contains("aria-label=\"Delete: message " + Frames.Id(Frames.Message(bob.Socket, 0)) + "\"", page, "still moderated by id");
        }

        [TestMethod]
        public void Deleting_a_message_that_is_not_in_the_history_answers_400()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            ChatClient chat = rig.OpenChat(alice);
            int frames = chat.Socket.Count;

            HttpResponse response = rig.Post("/admin/message/delete", "id=42", alice);

            Assert.AreEqual(400, response.StatusCode);
            Assert.Contains("That message is no longer in the history.", TestRig.BodyText(response));
            Assert.AreEqual(frames, chat.Socket.Count, "nothing broadcast");
        }

        [TestMethod]
        public void Clearing_the_history_broadcasts_deleted_id_0_and_empties_it()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            ChatClient aliceChat = rig.OpenChat(alice);
            ChatClient bobChat = rig.OpenChat(rig.SignUp("bob"));
            bobChat.Say("one");
            bobChat.Say("two");
            long lastId = Frames.Id(Frames.Message(bobChat.Socket, 1));

            HttpResponse response = rig.Post("/admin/history/clear", string.Empty, alice);

            Assert.AreEqual(200, response.StatusCode);
            Assert.Contains("The history was cleared.", TestRig.BodyText(response));
            Assert.AreEqual("{\"type\":\"deleted\",\"id\":0}", aliceChat.Socket.Last);
            Assert.AreEqual("{\"type\":\"deleted\",\"id\":0}", bobChat.Socket.Last);
            string history = rig.OpenChat(alice).Socket.Text(1);
            Assert.Contains("\"messages\":[]", history);
            aliceChat.Say("three");
            Assert.IsTrue(Frames.Id(Frames.Message(aliceChat.Socket, 2)) > lastId, "ids keep increasing after a clear");
        }

        [TestMethod]
        public void Factory_reset_needs_the_word_RESET()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            ChatClient chat = rig.OpenChat(alice);
            int writes = rig.Server.FlashWrites;

            HttpResponse response = rig.Post("/admin/factory-reset", "confirm=reset", alice);

            Assert.AreEqual(400, response.StatusCode);
            Assert.Contains("Type RESET to confirm", TestRig.BodyText(response));
            Assert.AreEqual(400, rig.Post("/admin/factory-reset", string.Empty, alice).StatusCode);
            Assert.IsFalse(chat.Socket.IsClosed);
            Assert.AreEqual(writes, rig.Server.FlashWrites);
            Assert.AreEqual(200, rig.Get("/chat", alice).StatusCode);
        }

        [TestMethod]
        public void Factory_reset_erases_users_sessions_and_history_on_flash_and_closes_chats_with_1001()
        {
            TestRig rig = TestRig.Create();
            MemoryNetworkSettings wifi = new MemoryNetworkSettings();
            rig.Ports.NetworkSettings = wifi;
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            ChatClient aliceChat = rig.OpenChat(alice);
            ChatClient bobChat = rig.OpenChat(bob);
            bobChat.Say("a message from before");

            HttpResponse response = rig.Post("/admin/factory-reset", "confirm=RESET", alice);

            Assert.AreEqual(303, response.StatusCode);
            Assert.AreEqual("/register", response.GetHeader("Location"));
            Frames.AssertClosed(aliceChat.Socket, CloseCodes.GoingAway);
            Frames.AssertClosed(bobChat.Socket, CloseCodes.GoingAway);
            Assert.AreEqual(0, rig.Server.ChatConnectionCount);
            Assert.AreEqual(0, rig.Flash.Names().Length, "no account or history image is left on flash");
            Assert.AreEqual(0, wifi.Saves, "the Wi-Fi settings are not touched");
            Assert.AreEqual(303, rig.Get("/chat", alice).StatusCode);
            Assert.AreEqual(303, rig.Get("/chat", bob).StatusCode);
            Assert.AreEqual(401, rig.LoginResponse("alice", TestRig.PasswordOf("alice")).StatusCode);

            TestRig rebooted = rig.Reboot();
            Assert.AreEqual(401, rebooted.LoginResponse("bob", TestRig.PasswordOf("bob")).StatusCode);
            string carol = rebooted.SignUp("carol");
            Assert.AreEqual(200, rebooted.Get("/admin", carol).StatusCode, "the first account after a reset administers the chat");
            string history = rebooted.OpenChat(carol).Socket.Text(1);
            Assert.DoesNotContains("a message from before", history);
        }

        [TestMethod]
        public void After_a_factory_reset_the_chat_works_again_without_a_reboot()
        {
            TestRig rig = TestRig.Create();
            string alice = rig.SignUp("alice");
            rig.OpenChat(alice).Say("old");
            rig.Post("/admin/factory-reset", "confirm=RESET", alice);

            string dave = rig.SignUp("dave");
            ChatClient chat = rig.OpenChat(dave);
            chat.Say("new");

            Assert.IsNotNull(dave);
            Assert.AreEqual(200, rig.Get("/admin", dave).StatusCode);
            Assert.DoesNotContains("old", chat.Socket.Text(1));
            Assert.Contains("\"text\":\"new\"", Frames.Message(chat.Socket, 0));
            Assert.IsNotNull(rig.Reboot().Login("dave", TestRig.PasswordOf("dave")));
        }
    }
}
