using System;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChatFirmware.Core.Chat;
using CsCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// Fuzzing of the chat protocol decoder (Text/Utf8 + Text/JsonReader + Chat/ChatRoom.Receive) through
    /// the facade, whole and in fragments: every client message ends in exactly one documented outcome
    /// (a broadcast, an error frame with a documented code, a silently applied clock, or a close with
    /// 1007/1009), other people's sockets only ever see messages, and ids only increase.
    /// </summary>
    [TestClass]
    [TestCategory(Fuzz.Category)]
    public class ChatDecoderFuzzTests
    {
        private const int StepsPerSample = 20;
        private static readonly string[] DocumentedErrors =
        {
            ChatProtocol.ErrorBadMessage, ChatProtocol.ErrorUnknownType, ChatProtocol.ErrorEmpty, ChatProtocol.ErrorTooLong,
            ChatProtocol.ErrorRateLimited, ChatProtocol.ErrorUnknownRecipient, ChatProtocol.ErrorBadClock, ChatProtocol.ErrorBidiControl,
        };

        // RFC 8259 forbids leading zeros; the core reads "007" as 7, which is harmless, so such inputs skip the strictness check.
        private static readonly Regex LeadingZero = new Regex("(?<![0-9.eE])-?0[0-9]");

        private static readonly Tally Outcomes = new Tally();

        [TestMethod]
        public void Every_client_message_gets_exactly_one_documented_outcome()
        {
            Gen<(byte[] Frame, int Fragments, int AdvanceMs)> step = Gen.Select(
                FuzzGenerators.ChatFrame(new Core.Settings.ChatSettings().MaxFrameBytes),
                Gen.Frequency((3, Gen.Const(0)), (1, Gen.Int[1, 5])),
                Gen.Frequency((6, Gen.Const(0)), (1, Gen.Int[1, 3000])));
            Fuzz.Run("Chat decoder (Utf8 + JsonReader + ChatRoom.Receive via ChatServer)", step.Array[1, StepsPerSample], RunSequence, defaultInputs: 30000, inputsPerSample: (StepsPerSample + 1) / 2, tally: Outcomes);
        }

        private static void RunSequence((byte[] Frame, int Fragments, int AdvanceMs)[] steps)
        {
            TestRig rig = TestRig.Create();
            ChatClient alice = rig.OpenChat(rig.SignUp("alice"));
            ChatClient bob = rig.OpenChat(rig.SignUp("bob"));
            long lastId = 0;
            foreach ((byte[] frame, int fragments, int advanceMs) in steps)
            {
                rig.Clock.Advance(advanceMs);
                int aliceBefore = alice.Socket.Count;
                int bobBefore = bob.Socket.Count;
                if (fragments == 0)
                {
                    rig.Server.OnChatMessage(alice.Connection, frame, 0, frame.Length);
                }
                else
                {
                    SendInFragments(rig, alice, frame, fragments);
                }

                string shown = Convert.ToHexString(frame) + " in " + fragments + " fragments";
                if (alice.Socket.IsClosed)
                {
                    Outcomes.Add("close " + alice.Socket.CloseCode);
                    CheckClose(rig, alice, frame, shown);
                    Assert.AreEqual(1, rig.Server.ChatConnectionCount, "the closed connection left the room");
                    return;
                }

                string[] own = Texts(alice, aliceBefore);
                string[] seen = Texts(bob, bobBefore);
                Assert.IsTrue(own.Length <= 1, "one outcome per message: " + string.Join(" | ", own));
                foreach (string text in seen)
                {
                    Assert.IsTrue(text.StartsWith("{\"type\":\"message\"", StringComparison.Ordinal), "others only see messages: " + text);
                    long id = JsonDocument.Parse(text).RootElement.GetProperty("id").GetInt64();
                    Assert.IsTrue(id > lastId, "ids increase");
                    lastId = id;
                }

                if (own.Length == 1)
                {
                    CheckOutcome(own[0], frame, shown);
                }
                else
                {
                    Outcomes.Add("clock");
                    Assert.AreEqual(0, seen.Length, "a message reached bob but not its sender: " + shown);
                    Assert.IsTrue(IsAcceptedClock(frame), "silence is only for a clock message: " + shown);
                }
            }

            Assert.AreEqual(2, rig.Server.ChatConnectionCount);
        }

        private static void SendInFragments(TestRig rig, ChatClient client, byte[] frame, int fragments)
        {
            int offset = 0;
            for (int i = 1; i <= fragments && !client.Socket.IsClosed; i++)
            {
                int end = i == fragments ? frame.Length : Math.Min(frame.Length, offset + (frame.Length / fragments));
                rig.Server.OnChatFragment(client.Connection, frame, offset, end - offset, i == fragments);
                offset = end;
            }
        }

        private static void CheckClose(TestRig rig, ChatClient client, byte[] frame, string shown)
        {
            Frames.AssertClosed(client.Socket, client.Socket.CloseCode);
            if (frame.Length > rig.Settings.MaxFrameBytes)
            {
                Assert.AreEqual(CloseCodes.TooBig, client.Socket.CloseCode, shown);
                return;
            }

            Assert.AreEqual(CloseCodes.InvalidPayload, client.Socket.CloseCode, shown);
            Assert.IsNull(StrictText(frame), "valid UTF-8 closed as invalid: " + shown);
        }

        private static void CheckOutcome(string outcome, byte[] frame, string shown)
        {
            string text = StrictText(frame);
            Assert.IsNotNull(text, "invalid UTF-8 not closed with 1007: " + shown);
            using JsonDocument reply = JsonDocument.Parse(outcome);
            string type = reply.RootElement.GetProperty("type").GetString();
            JsonElement? sent = ParseObject(text);
            if (type == "error")
            {
                string code = reply.RootElement.GetProperty("code").GetString();
                Outcomes.Add("error " + code);
                Assert.IsTrue(DocumentedErrors.Contains(code), "undocumented error code " + code);
                Assert.IsFalse(string.IsNullOrEmpty(reply.RootElement.GetProperty("message").GetString()));
                if (sent == null && !LeadingZero.IsMatch(text))
                {
                    Assert.AreEqual(ChatProtocol.ErrorBadMessage, code, "not JSON: " + shown);
                }

                return;
            }

            Assert.AreEqual("message", type, outcome);
            Outcomes.Add(reply.RootElement.TryGetProperty("to", out _) ? "direct message" : "message");
            Assert.IsTrue(sent != null || LeadingZero.IsMatch(text), "a message accepted from input that is not a JSON object: " + shown);
            Assert.AreEqual("alice", reply.RootElement.GetProperty("from").GetString());
            if (sent != null)
            {
                Assert.AreEqual("send", Last(sent.Value, "type")?.GetString(), shown);
                Assert.AreEqual(Last(sent.Value, "text")?.GetString(), reply.RootElement.GetProperty("text").GetString(), "the text as sent: " + shown);
            }

            string delivered = reply.RootElement.GetProperty("text").GetString()!;
            Assert.IsFalse(delivered.Any(c => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')), "a bidi control was delivered: " + shown);
        }

        private static bool IsAcceptedClock(byte[] frame)
        {
            JsonElement? sent = ParseObject(StrictText(frame));
            return sent != null && Last(sent.Value, "type")?.ValueKind == JsonValueKind.String && Last(sent.Value, "type")?.GetString() == "clock";
        }

        private static string[] Texts(ChatClient client, int from)
        {
            string[] texts = new string[client.Socket.Count - from];
            for (int i = from; i < client.Socket.Count; i++)
            {
                texts[i - from] = client.Socket.Text(i);
            }

            return texts;
        }

        private static string StrictText(byte[] frame)
        {
            return BoardText.Decode(frame);
        }

        private static JsonElement? ParseObject(string text)
        {
            if (text == null)
            {
                return null;
            }

            try
            {
                JsonElement root = JsonDocument.Parse(text).RootElement;
                return root.ValueKind == JsonValueKind.Object ? root : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }

        /// <summary>The last member of that name (the core, like most readers, lets a repeated member win).</summary>
        private static JsonElement? Last(JsonElement obj, string name)
        {
            JsonElement? found = null;
            foreach (JsonProperty property in obj.EnumerateObject())
            {
                if (property.Name == name)
                {
                    found = property.Value;
                }
            }

            return found;
        }
    }
}
