using System;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Fallback
{
    /// <summary>
    /// The long-polling fallback (GET /api/events, POST /api/messages): the same protocol as the chat
    /// socket, for browsers whose upgrade the device refuses. A poll without news waits PollWaitMs,
    /// so these tests keep it at a few milliseconds unless they need to see that it does not wait.
    /// </summary>
    [TestClass]
    public class LongPollTests
    {
        [TestMethod]
        public void Events_without_a_session_answer_401()
        {
            TestRig rig = Rig();

            HttpResponse response = rig.Get("/api/events?after=0");

            Assert.AreEqual(401, response.StatusCode);
            Assert.AreEqual("application/json; charset=utf-8", response.ContentType);
            Assert.Contains("\"error\"", TestRig.BodyText(response));
            Assert.AreEqual(401, rig.Get("/api/events", "cf_session=00112233445566778899aabbccddeeff").StatusCode);
            Assert.AreEqual(0, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void Opening_answers_welcome_history_and_presence_with_a_poll_id()
        {
            TestRig rig = Rig();
            string bob = rig.SignUp("bob");

            HttpResponse response = rig.Get("/api/events?after=0", bob);

            Assert.AreEqual(200, response.StatusCode);
            Assert.AreEqual("application/json; charset=utf-8", response.ContentType);
            string body = TestRig.BodyText(response);
            Assert.StartsWith("{\"poll\":\"", body);
            Assert.AreEqual(32, PollId(body).Length, "128 random bits as hex");
            int welcome = body.IndexOf("{\"type\":\"welcome\",\"protocol\":2,\"you\":\"bob\"");
            int history = body.IndexOf("{\"type\":\"history\"");
            int presence = body.IndexOf("{\"type\":\"presence\",\"online\":[\"bob\"]}");
            Assert.IsTrue(welcome > 0 && history > welcome && presence > history, body);
            Assert.DoesNotContains("\"closed\"", body);
            Assert.AreEqual(1, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void Opening_resumes_after_the_given_id()
        {
            TestRig rig = Rig();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say("seen before");
            alice.Say("missed");
            long seen = Frames.Id(Frames.Message(alice.Socket, 0));

            string body = Open(rig, rig.SignUp("bob"), seen);

            Assert.Contains("missed", body);
            Assert.DoesNotContains("seen before", body);
        }

        [TestMethod]
        public void A_poll_with_news_answers_at_once()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.PollWaitMs = 60000;
            TestRig rig = TestRig.Create(settings);
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string bob = rig.SignUp("bob");
            string poll = PollId(Open(rig, bob, 0));
            alice.Say("hello poller");
            long started = DateTime.UtcNow.Ticks;

            HttpResponse response = rig.Get("/api/events?poll=" + poll, bob);

            long elapsedMs = (DateTime.UtcNow.Ticks - started) / TimeSpan.TicksPerMillisecond;
            Assert.AreEqual(200, response.StatusCode);
            Assert.Contains("\"text\":\"hello poller\"", TestRig.BodyText(response));
            Assert.AreEqual(poll, PollId(TestRig.BodyText(response)), "the same poll id");
            Assert.IsTrue(elapsedMs < 5000, "answered without waiting (" + elapsedMs + " ms)");
        }

        [TestMethod]
        public void A_poll_without_news_answers_an_empty_batch_after_the_wait()
        {
            TestRig rig = Rig();
            string bob = rig.SignUp("bob");
            string poll = PollId(Open(rig, bob, 0));

            HttpResponse response = rig.Get("/api/events?poll=" + poll, bob);

            Assert.AreEqual(200, response.StatusCode);
            Assert.AreEqual("{\"poll\":\"" + poll + "\",\"events\":[]}", TestRig.BodyText(response));
        }

        [TestMethod]
        public void A_posted_message_reaches_socket_clients_and_the_poller_on_its_next_poll()
        {
            TestRig rig = Rig();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string bob = rig.SignUp("bob");
            string poll = PollId(Open(rig, bob, 0));

            HttpResponse posted = PostMessage(rig, bob, poll, ChatClient.SendCommand("from the poller"));

            Assert.AreEqual(204, posted.StatusCode);
            string atAlice = Frames.Message(alice.Socket, 0);
            Assert.Contains("\"from\":\"bob\"", atAlice);
            Assert.Contains("\"text\":\"from the poller\"", atAlice);
            string batch = TestRig.BodyText(rig.Get("/api/events?poll=" + poll, bob));
            Assert.Contains("{\"type\":\"message\",\"id\":" + Frames.Id(atAlice) + ",", batch);
        }

        [TestMethod]
        public void A_refused_post_answers_204_and_the_error_arrives_on_the_poll()
        {
            TestRig rig = Rig();
            string bob = rig.SignUp("bob");
            string poll = PollId(Open(rig, bob, 0));

            Assert.AreEqual(204, PostMessage(rig, bob, poll, "{\"type\":\"shout\"}").StatusCode);
            Assert.AreEqual(204, PostMessage(rig, bob, poll, "not json").StatusCode);

            string batch = TestRig.BodyText(rig.Get("/api/events?poll=" + poll, bob));
            Assert.Contains("\"code\":\"unknown_type\"", batch);
            Assert.Contains("\"code\":\"bad_message\"", batch);
        }

        [TestMethod]
        public void Posts_that_break_the_rules_are_refused_before_the_room()
        {
            TestRig rig = Rig();
            string bob = rig.SignUp("bob");
            string poll = PollId(Open(rig, bob, 0));

            HttpRequest crossSite = MessageRequest(rig, bob, poll, ChatClient.SendCommand("x"));
            crossSite.Origin = "http://evil.example";
            HttpRequest tooLarge = MessageRequest(rig, bob, poll, ChatClient.SendCommand("x"));
            tooLarge.DeclaredBodyLength = rig.Settings.MaxRequestBodyBytes + 1;
            tooLarge.Body = null;
            HttpRequest empty = MessageRequest(rig, bob, poll, ChatClient.SendCommand("x"));
            empty.Body = null;
            empty.DeclaredBodyLength = -1;

            Assert.AreEqual(403, rig.Send(crossSite).StatusCode);
            Assert.AreEqual(413, rig.Send(tooLarge).StatusCode);
            Assert.AreEqual(400, rig.Send(empty).StatusCode);
            HttpResponse wrongMethod = rig.Get("/api/messages?poll=" + poll, bob);
            Assert.AreEqual(405, wrongMethod.StatusCode);
            Assert.AreEqual("POST", wrongMethod.GetHeader("Allow"));
            Assert.AreEqual("GET", rig.Send(rig.Request("DELETE", "/api/events", bob)).GetHeader("Allow"));
            Assert.DoesNotContains("\"type\":\"message\"", TestRig.BodyText(rig.Get("/api/events?poll=" + poll, bob)));
        }

        [TestMethod]
        public void An_unknown_poll_answers_410()
        {
            TestRig rig = Rig();
            string bob = rig.SignUp("bob");
            Open(rig, bob, 0);

            Assert.AreEqual(410, rig.Get("/api/events?poll=00000000000000000000000000000000", bob).StatusCode);
            Assert.AreEqual(410, PostMessage(rig, bob, "00000000000000000000000000000000", ChatClient.SendCommand("x")).StatusCode);
            Assert.AreEqual(410, rig.Get("/api/events?poll=", bob).StatusCode);
        }

        [TestMethod]
        public void The_poll_id_of_another_session_answers_410_and_leaves_that_poll_alone()
        {
            TestRig rig = Rig();
            string bob = rig.SignUp("bob");
            string mallory = rig.SignUp("mallory");
            string bobPhone = rig.Login("bob", TestRig.PasswordOf("bob"));
            string poll = PollId(Open(rig, bob, 0));

            Assert.AreEqual(410, rig.Get("/api/events?poll=" + poll, mallory).StatusCode);
            Assert.AreEqual(410, PostMessage(rig, mallory, poll, ChatClient.SendCommand("as bob")).StatusCode);
            Assert.AreEqual(410, rig.Get("/api/events?poll=" + poll, bobPhone).StatusCode, "the same user's other session neither");
            Assert.AreEqual(410, rig.Get("/api/events?poll=" + poll).StatusCode, "nor no session");

            HttpResponse own = rig.Get("/api/events?poll=" + poll, bob);
            Assert.AreEqual(200, own.StatusCode);
            Assert.DoesNotContains("as bob", TestRig.BodyText(own));
        }

        [TestMethod]
        public void A_queue_overflow_closes_the_poll_with_1013_and_frees_its_slot()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.PollWaitMs = 5;
            settings.PollQueueMessages = 4;
            TestRig rig = TestRig.Create(settings);
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string bob = rig.SignUp("bob");
            string poll = PollId(Open(rig, bob, 0));
            for (int i = 0; i < settings.PollQueueMessages + 1; i++)
            {
                alice.Say("message " + i);
            }

            string batch = TestRig.BodyText(rig.Get("/api/events?poll=" + poll, bob));

            Assert.Contains(",\"closed\":{\"code\":1013,\"reason\":\"", batch);
            Assert.Contains("message 0", batch);
            Assert.DoesNotContains("message 4", batch);
            Assert.AreEqual(410, rig.Get("/api/events?poll=" + poll, bob).StatusCode, "the poll is over; the page resumes");
            Assert.AreEqual(1, rig.Server.ChatConnectionCount, "the closed poll left the room");
            Assert.AreEqual("{\"type\":\"presence\",\"online\":[\"alice\"]}", alice.Socket.Last);
            Assert.Contains("message 4", Open(rig, bob, 0), "resuming gets what the overflow dropped");
        }

        [TestMethod]
        public void A_client_silent_for_the_idle_timeout_is_dropped_by_tick_and_presence_updates()
        {
            TestRig rig = Rig();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string bob = rig.SignUp("bob");
            string poll = PollId(Open(rig, bob, 0));
            Assert.AreEqual("{\"type\":\"presence\",\"online\":[\"alice\",\"bob\"]}", alice.Socket.Last);

            rig.Clock.Advance(rig.Settings.PollIdleTimeoutMs);
            rig.Server.Tick();
            Assert.AreEqual(2, rig.Server.ChatConnectionCount, "not yet: silent for exactly the timeout");

            rig.Clock.Advance(1);
            rig.Server.Tick();

            Assert.AreEqual(1, rig.Server.ChatConnectionCount);
            Assert.AreEqual("{\"type\":\"presence\",\"online\":[\"alice\"]}", alice.Socket.Last);
            Assert.AreEqual("{\"type\":\"leave\",\"name\":\"bob\"}", alice.Socket.Text(alice.Socket.Count - 2));
            Assert.AreEqual(410, rig.Get("/api/events?poll=" + poll, bob).StatusCode);
        }

        [TestMethod]
        public void Polling_keeps_a_client_alive_past_the_idle_timeout()
        {
            TestRig rig = Rig();
            string bob = rig.SignUp("bob");
            string poll = PollId(Open(rig, bob, 0));

            for (int i = 0; i < 3; i++)
            {
                rig.Clock.Advance(rig.Settings.PollIdleTimeoutMs / 2);
                Assert.AreEqual(200, rig.Get("/api/events?poll=" + poll, bob).StatusCode);
                rig.Server.Tick();
            }

            Assert.AreEqual(1, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void Logging_out_ends_the_poll()
        {
            TestRig rig = Rig();
            string bob = rig.SignUp("bob");
            string poll = PollId(Open(rig, bob, 0));

            rig.Logout(bob);

            Assert.AreEqual(0, rig.Server.ChatConnectionCount);
            Assert.AreEqual(410, rig.Get("/api/events?poll=" + poll, bob).StatusCode);
            Assert.AreEqual(401, rig.Get("/api/events?after=0", bob).StatusCode);
        }

        [TestMethod]
        public void Ended_polls_never_keep_new_clients_out()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.PollWaitMs = 5;
            settings.MaxChatConnections = 2;
            TestRig rig = TestRig.Create(settings);
            string alice = rig.SignUp("alice");
            string bob = rig.SignUp("bob");
            Open(rig, alice, 0);
            Open(rig, bob, 0);
            rig.Logout(alice);
            rig.Logout(bob);

            string carol = rig.SignUp("carol");
            string dave = rig.SignUp("dave");
            string carolPoll = PollId(Open(rig, carol, 0));
            string davePoll = PollId(Open(rig, dave, 0));

            Assert.AreEqual(2, rig.Server.ChatConnectionCount);
            Assert.AreEqual(200, rig.Get("/api/events?poll=" + carolPoll, carol).StatusCode);
            Assert.AreEqual(200, rig.Get("/api/events?poll=" + davePoll, dave).StatusCode);
            Assert.AreEqual(204, PostMessage(rig, dave, davePoll, ChatClient.SendCommand("hi")).StatusCode);
            Assert.Contains("\"text\":\"hi\"", TestRig.BodyText(rig.Get("/api/events?poll=" + carolPoll, carol)));
        }

        private static TestRig Rig()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.PollWaitMs = 5;
            return TestRig.Create(settings);
        }

        private static string Open(TestRig rig, string cookie, long after)
        {
            HttpResponse response = rig.Get("/api/events?after=" + after, cookie);
            Assert.AreEqual(200, response.StatusCode, "opening a poll");
            return TestRig.BodyText(response);
        }

        private static string PollId(string batch)
        {
            return Strings.Between(batch, "{\"poll\":\"", "\"");
        }

        private static HttpRequest MessageRequest(TestRig rig, string cookie, string poll, string json)
        {
            HttpRequest request = rig.Request("POST", "/api/messages?poll=" + poll, cookie);
            request.Origin = TestRig.Origin;
            request.ContentType = "application/json";
            request.Body = Bytes.Utf8(json);
            request.DeclaredBodyLength = request.Body.Length;
            return request;
        }

        private static HttpResponse PostMessage(TestRig rig, string cookie, string poll, string json)
        {
            return rig.Send(MessageRequest(rig, cookie, poll, json));
        }
    }
}
