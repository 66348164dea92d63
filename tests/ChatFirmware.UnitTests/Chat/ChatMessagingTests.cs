using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Text;
using nanoFramework.TestFramework;

namespace ChatFirmware.UnitTests.Chat
{
    [TestClass]
    public class ChatMessagingTests
    {
        [TestMethod]
        public void A_message_is_broadcast_to_everyone_including_the_sender()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));

            alice.Say("hello bob");

            JsonObject atBob = Frames.Parse(Frames.Message(bob.Socket, 0));
            Assert.AreEqual("alice", atBob.GetString("from"));
            Assert.AreEqual("hello bob", atBob.GetString("text"));
            Assert.AreEqual("hello bob", Frames.Parse(Frames.Message(alice.Socket, 0)).GetString("text"));
        }

        [TestMethod]
        public void Message_ids_increase_by_one()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));

            alice.Say("one");
            bob.Say("two");
            alice.Say("three");

            long first = Frames.Id(Frames.Message(bob.Socket, 0));
            Assert.AreEqual(first + 1, Frames.Id(Frames.Message(bob.Socket, 1)));
            Assert.AreEqual(first + 2, Frames.Id(Frames.Message(bob.Socket, 2)));
            Assert.AreEqual(first + 2, Frames.Id(Frames.Message(alice.Socket, 2)));
        }

        [TestMethod]
        public void Every_recipient_gets_the_same_encoded_buffer()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            ChatClient carol = rig.OpenChat(rig.SignUp("carol"));

            bob.Say("one buffer for all");

            byte[] atAlice = alice.Socket.Raw(Frames.MessageIndex(alice.Socket, 0));
            Assert.AreSame(atAlice, bob.Socket.Raw(Frames.MessageIndex(bob.Socket, 0)));
            Assert.AreSame(atAlice, carol.Socket.Raw(Frames.MessageIndex(carol.Socket, 0)));
        }

        [TestMethod]
        public void Messages_carry_the_wall_clock_time_once_it_is_set()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say("before");
            rig.Clock.Set(1760000000000);

            alice.Say("after");

            long before;
            long after;
            Frames.Parse(Frames.Message(alice.Socket, 0)).TryGetLong("ts", out before);
            Frames.Parse(Frames.Message(alice.Socket, 1)).TryGetLong("ts", out after);
            Assert.AreEqual(0L, before);
            Assert.AreEqual(1760000000000L, after);
        }

        [TestMethod]
        public void Text_with_quotes_controls_separators_and_emoji_arrives_unchanged()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            string text = "say \"hi\" \\ </script> \u2028 \u2029 \u0007 \ud83d\udc4b\ud83c\udffd \u00e9";

            alice.Say(text);

            string frame = Frames.Message(bob.Socket, 0);
            Assert.DoesNotContains("\u2028", frame);
            Assert.AreEqual(text, Frames.Parse(frame).GetString("text"));
        }

        [TestMethod]
        public void Empty_or_blank_messages_answer_error_empty_to_the_sender_only()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            int bobFrames = bob.Socket.Count;

            alice.Say(string.Empty);
            Assert.AreEqual(ChatProtocol.ErrorEmpty, Frames.LastErrorCode(alice.Socket));
            alice.Say(" \t\n\u00a0\u3000");
            Assert.AreEqual(ChatProtocol.ErrorEmpty, Frames.LastErrorCode(alice.Socket));
            alice.SendJson("{\"type\":\"send\"}");
            Assert.AreEqual(ChatProtocol.ErrorEmpty, Frames.LastErrorCode(alice.Socket));

            Assert.AreEqual(bobFrames, bob.Socket.Count);
            Assert.IsFalse(alice.Socket.IsClosed);
        }

        [TestMethod]
        public void Five_hundred_code_points_are_accepted_and_one_more_is_too_long()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));

            alice.Say(Strings.Repeat("x", 500));
            Assert.AreEqual(1, alice.Socket.CountOfType("message"));

            alice.Say(Strings.Repeat("x", 501));
            Assert.AreEqual(ChatProtocol.ErrorTooLong, Frames.LastErrorCode(alice.Socket));
            Assert.AreEqual(1, alice.Socket.CountOfType("message"));
        }

        [TestMethod]
        public void Five_hundred_emoji_are_accepted_because_length_counts_code_points()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string emoji = Strings.Repeat("\ud83d\ude00", 500);

            alice.Say(emoji);
            Assert.AreEqual(emoji, Frames.Parse(Frames.Message(alice.Socket, 0)).GetString("text"));

            alice.Say(emoji + "!");
            Assert.AreEqual(ChatProtocol.ErrorTooLong, Frames.LastErrorCode(alice.Socket));
        }

        [TestMethod]
        public void Invalid_utf8_closes_the_socket_with_1007()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            byte[] overlong = Bytes.Utf8("{\"type\":\"send\",\"text\":\"x\"}");
            overlong[23] = 0xC1;

            alice.SendBytes(overlong);

            Frames.AssertClosed(alice.Socket, CloseCodes.InvalidPayload);
            Assert.AreEqual(0, bob.Socket.CountOfType("message"));
            Assert.AreEqual(1, rig.Server.ChatConnectionCount);
        }

        [TestMethod]
        public void A_message_over_MaxFrameBytes_closes_the_socket_with_1009()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string padding = Strings.Repeat(" ", rig.Settings.MaxFrameBytes);

            alice.SendJson("{\"type\":\"send\",\"text\":\"x\"}" + padding);

            Frames.AssertClosed(alice.Socket, CloseCodes.TooBig);
            Assert.Contains(rig.Settings.MaxFrameBytes.ToString(), alice.Socket.CloseReason);
        }

        [TestMethod]
        public void A_message_of_exactly_MaxFrameBytes_is_read()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string frame = "{\"type\":\"send\",\"text\":\"x\"}";
            frame += Strings.Repeat(" ", rig.Settings.MaxFrameBytes - frame.Length);

            alice.SendJson(frame);

            Assert.IsFalse(alice.Socket.IsClosed);
            Assert.AreEqual(1, alice.Socket.CountOfType("message"));
        }

        [TestMethod]
        public void A_closed_socket_ignores_further_messages()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            alice.SendBytes(new byte[] { 0xFF });

            alice.Say("still here?");

            Assert.AreEqual(0, bob.Socket.CountOfType("message"));
            Assert.AreEqual(0, alice.Socket.SentAfterClose);
        }

        [TestMethod]
        public void Text_that_is_not_a_flat_json_object_answers_bad_message()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            string[] bad = new string[] { "hello", "{", "[]", "{\"type\":\"send\",\"text\":{}}", "{\"type\":\"send\",\"text\":\"x\"} trailing", string.Empty, "{\"text\":\"no type\"}" };

            for (int i = 0; i < bad.Length; i++)
            {
                alice.SendJson(bad[i]);
                Assert.AreEqual(ChatProtocol.ErrorBadMessage, Frames.LastErrorCode(alice.Socket), bad[i]);
            }

            Assert.IsFalse(alice.Socket.IsClosed);
            Assert.AreEqual(0, alice.Socket.CountOfType("message"));
        }

        [TestMethod]
        public void An_unknown_type_answers_unknown_type()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));

            alice.SendJson("{\"type\":\"dance\"}");

            Assert.AreEqual(ChatProtocol.ErrorUnknownType, Frames.LastErrorCode(alice.Socket));
            Assert.IsFalse(alice.Socket.IsClosed);
        }

        [TestMethod]
        public void Sending_faster_than_the_burst_answers_rate_limited_and_the_budget_refills_with_time()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            int burst = rig.Settings.RateLimitBurst;
            for (int i = 0; i < burst; i++)
            {
                alice.Say("burst " + i);
            }

            alice.Say("one too many");
            Assert.AreEqual(ChatProtocol.ErrorRateLimited, Frames.LastErrorCode(alice.Socket));
            Assert.AreEqual(burst, bob.Socket.CountOfType("message"));

            rig.Clock.Advance(rig.Settings.RateLimitRefillMs);
            alice.Say("refilled");
            alice.Say("but only one");

            Assert.AreEqual(burst + 1, bob.Socket.CountOfType("message"));
            Assert.AreEqual(ChatProtocol.ErrorRateLimited, Frames.LastErrorCode(alice.Socket));
        }

        [TestMethod]
        public void The_rate_limit_of_one_user_does_not_slow_another()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            for (int i = 0; i <= rig.Settings.RateLimitBurst; i++)
            {
                alice.Say("spam " + i);
            }

            bob.Say("my turn");

            Assert.Contains("my turn", bob.Socket.Last);
        }

        [TestMethod]
        public void Tabs_of_one_session_share_one_rate_limit()
        {
            TestRig rig = TestRig.Create();
            string cookie = rig.SignUp("alice");
            ChatClient tab1 = rig.OpenChat(cookie);
            ChatClient tab2 = rig.OpenChat(cookie);
            for (int i = 0; i < rig.Settings.RateLimitBurst; i++)
            {
                tab1.Say("burst " + i);
            }

            tab2.Say("from the other tab");

            Assert.AreEqual(ChatProtocol.ErrorRateLimited, Frames.LastErrorCode(tab2.Socket));
        }

        [TestMethod]
        public void Chat_messages_and_refusals_cost_no_account_writes()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            int accountWrites = CountAccountWrites(rig);

            for (int i = 0; i < 8; i++)
            {
                alice.Say("message " + i);
            }

            alice.Say(string.Empty);
            alice.SendJson("nonsense");

            Assert.AreEqual(accountWrites, CountAccountWrites(rig));
        }

        [TestMethod]
        public void Chat_messages_are_not_written_one_by_one()
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            alice.Say("first");
            int writes = rig.Flash.WriteCount;

            for (int i = 0; i < 8; i++)
            {
                alice.Say("message " + i);
            }

            Assert.AreEqual(writes, rig.Flash.WriteCount);
        }

        private static int CountAccountWrites(TestRig rig)
        {
            int writes = 0;
            for (int i = 0; i < rig.Flash.AttemptedNames.Count; i++)
            {
                if (((string)rig.Flash.AttemptedNames[i]).StartsWith("accounts."))
                {
                    writes++;
                }
            }

            return writes;
        }
    }
}
