using System;
using System.Threading;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Fallback
{
    /// <summary>
    /// A waiting poll holds an HTTP handler (on the board a socket too), so polls may not wait without
    /// bounds: one per poll id (the newest), MaxWaitingPollsPerSession per session, and never more than
    /// the handlers pages need leave (docs/protocol.md). A poll that may not wait answers at once with
    /// "retryMs". These tests poll from background threads with a long PollWaitMs; a poll that answers
    /// is one that did not wait.
    /// </summary>
    [TestClass]
    public class WaitingPollCapsTests
    {
        private const int LongWaitMs = 15000;

        /// <summary>Longer than any answer that did not wait takes, far shorter than LongWaitMs.</summary>
        private const int PromptMs = 5000;

        [TestMethod]
        public void A_second_poll_on_the_same_poll_id_takes_the_place_of_the_waiting_one()
        {
            TestRig rig = Rig(TestRig.TestSettings());
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string bob = rig.SignUp("bob");
            string poll = PollId(rig, bob);
            BackgroundPoll first = BackgroundPoll.Start(rig, poll, bob);
            BackgroundPoll second = BackgroundPoll.Start(rig, poll, bob);

            BackgroundPoll answered = BackgroundPoll.FirstToAnswer(first, second, PromptMs);

            Assert.IsNotNull(answered, "one of the two polls on one id answered without waiting");
            Assert.AreEqual("{\"poll\":\"" + poll + "\",\"events\":[],\"retryMs\":" + rig.Settings.PollRetryMs + "}", answered.Body);
            BackgroundPoll waiting = answered == first ? second : first;
            Assert.IsFalse(waiting.Done, "the other one waits");
            alice.Say("news for the waiting poll");
            Assert.IsTrue(waiting.Join(PromptMs));
            Assert.Contains("news for the waiting poll", waiting.Body);
        }

        [TestMethod]
        public void Forty_polls_on_one_poll_id_leave_one_waiting()
        {
            TestRig rig = Rig(TestRig.TestSettings());
            string bob = rig.SignUp("bob");
            string poll = PollId(rig, bob);
            BackgroundPoll[] polls = new BackgroundPoll[40];
            for (int i = 0; i < polls.Length; i++)
            {
                polls[i] = BackgroundPoll.Start(rig, poll, bob);
            }

            int answered = 0;
            long deadline = DateTime.UtcNow.Ticks + (PromptMs * TimeSpan.TicksPerMillisecond);
            while (answered < polls.Length - 1 && DateTime.UtcNow.Ticks < deadline)
            {
                Thread.Sleep(20);
                answered = 0;
                for (int i = 0; i < polls.Length; i++)
                {
                    answered += polls[i].Done ? 1 : 0;
                }
            }

            Assert.AreEqual(polls.Length - 1, answered, "all but the newest answered at once");
            rig.Post("/logout", string.Empty, bob);
        }

        [TestMethod]
        public void A_second_page_of_the_same_session_is_asked_to_come_back_while_the_first_waits()
        {
            TestRig rig = Rig(TestRig.TestSettings());
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string bob = rig.SignUp("bob");
            string poll1 = PollId(rig, bob);
            string poll2 = PollId(rig, bob);
            Drain(rig, poll1, bob);
            BackgroundPoll tab1 = BackgroundPoll.Start(rig, poll1, bob);
            BackgroundPoll tab2 = BackgroundPoll.Start(rig, poll2, bob);

            BackgroundPoll answered = BackgroundPoll.FirstToAnswer(tab1, tab2, PromptMs);

            Assert.IsNotNull(answered, "the session's second waiting poll answered at once");
            Assert.Contains("\"events\":[],\"retryMs\":" + rig.Settings.PollRetryMs + "}", answered.Body);
            BackgroundPoll waiting = answered == tab1 ? tab2 : tab1;
            alice.Say("hello tabs");
            Assert.IsTrue(waiting.Join(PromptMs));
            Assert.Contains("hello tabs", waiting.Body);
        }

        [TestMethod]
        public void Waiting_polls_never_take_the_handlers_pages_need()
        {
            ChatSettings settings = TestRig.TestSettings();
            settings.MaxHttpHandlers = 6;
            TestRig rig = Rig(settings);
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string bob = rig.SignUp("bob");
            string bobPoll = PollId(rig, bob);
            string carol = rig.SignUp("carol");
            string carolPoll = PollId(rig, carol);
            Drain(rig, bobPoll, bob);
            BackgroundPoll[] polls = new BackgroundPoll[] { BackgroundPoll.Start(rig, bobPoll, bob), BackgroundPoll.Start(rig, carolPoll, carol) };

            // 6 handlers, 4 kept for pages, 1 socket taken by alice's WebSocket: 1 poll may wait.
            BackgroundPoll answered = BackgroundPoll.FirstToAnswer(polls[0], polls[1], PromptMs);

            Assert.IsNotNull(answered, "the poll beyond the limit answered at once");
            Assert.Contains("\"retryMs\":" + settings.PollRetryMs, answered.Body);
            alice.Say("wake up");
            BackgroundPoll waiting = answered == polls[0] ? polls[1] : polls[0];
            Assert.IsTrue(waiting.Join(PromptMs));
        }

        private static TestRig Rig(ChatSettings settings)
        {
            settings.PollWaitMs = LongWaitMs;
            return TestRig.Create(settings);
        }

        /// <summary>Opens a polling connection for the session and returns its poll id.</summary>
        private static string PollId(TestRig rig, string cookie)
        {
            HttpResponse response = rig.Get("/api/events?after=0", cookie);
            Assert.AreEqual(200, response.StatusCode, "opening a poll");
            return Strings.Between(TestRig.BodyText(response), "{\"poll\":\"", "\"");
        }

        /// <summary>Takes the news queued for a poll since it opened (others arriving), which a poll would answer at once.</summary>
        private static void Drain(TestRig rig, string poll, string cookie)
        {
            Assert.Contains("\"type\":\"presence\"", TestRig.BodyText(rig.Get("/api/events?poll=" + poll, cookie)));
        }

        /// <summary>A GET /api/events?poll= on its own thread, as a browser's pending request.</summary>
        private sealed class BackgroundPoll
        {
            private readonly TestRig _rig;
            private readonly string _target;
            private readonly string _cookie;
            private readonly Thread _thread;

            private BackgroundPoll(TestRig rig, string poll, string cookie)
            {
                _rig = rig;
                _target = "/api/events?poll=" + poll;
                _cookie = cookie;
                _thread = new Thread(Run);
            }

            public bool Done { get; private set; }

            public string Body { get; private set; }

            public static BackgroundPoll Start(TestRig rig, string poll, string cookie)
            {
                BackgroundPoll background = new BackgroundPoll(rig, poll, cookie);
                background._thread.Start();
                return background;
            }

            /// <summary>The one of the two that answered first within <paramref name="ms"/>, or null.</summary>
            public static BackgroundPoll FirstToAnswer(BackgroundPoll a, BackgroundPoll b, int ms)
            {
                long deadline = DateTime.UtcNow.Ticks + (ms * TimeSpan.TicksPerMillisecond);
                while (!a.Done && !b.Done && DateTime.UtcNow.Ticks < deadline)
                {
                    Thread.Sleep(20);
                }

                return a.Done ? a : (b.Done ? b : null);
            }

            public bool Join(int ms)
            {
                return _thread.Join(ms);
            }

            private void Run()
            {
                HttpResponse response = _rig.Get(_target, _cookie);
                Body = response.StatusCode == 200 ? TestRig.BodyText(response) : response.StatusCode + " " + TestRig.BodyText(response);
                Done = true;
            }
        }
    }
}
