using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>Ten clients under load, and a client resuming after a drop: on both hosts.</summary>
    public abstract class ChatLoadAndResumeTests : HostTests
    {
        private const int Clients = 10;

        /// <summary>Messages each client sends: the interpreter delivers far fewer per second than Kestrel (bench/results).</summary>
        protected abstract int MessagesEach { get; }

        [TestMethod]
        [Timeout(180000)]
        public async Task Ten_clients_sending_many_messages_each_all_receive_every_broadcast_once_in_order()
        {
            ChatSettings settings = TestHost.TestSettings();
            settings.MaxChatConnections = Clients;
            settings.RateLimitBurst = 1000000; // the load test raises the rate limit through the settings
            settings.RateLimitRefillMs = 1;
            await using TestHost host = await StartAsync(settings);

            BrowserLikeClient[] browsers = new BrowserLikeClient[Clients];
            ChatSocket[] sockets = new ChatSocket[Clients];
            for (int i = 0; i < Clients; i++)
            {
                browsers[i] = new BrowserLikeClient(host.BaseUri);
                await browsers[i].RegisterAndLoginAsync("user" + i, "user" + i + "@example.org", "password-" + i + "-long");
            }

            for (int i = 0; i < Clients; i++)
            {
                sockets[i] = await browsers[i].OpenChatAsync();
                await sockets[i].ReceiveTypeAsync("history");
            }

            // Every 100th message of user0 is private to user1; everything else goes to everyone.
            int directs = MessagesEach / 100;
            int broadcasts = (Clients * MessagesEach) - directs;
            Task<List<JsonElement>>[] readers = new Task<List<JsonElement>>[Clients];
            for (int i = 0; i < Clients; i++)
            {
                int expected = i <= 1 ? broadcasts + directs : broadcasts;
                readers[i] = CollectMessagesAsync(sockets[i], expected);
            }

            Task[] senders = new Task[Clients];
            for (int i = 0; i < Clients; i++)
            {
                int sender = i;
                senders[i] = Task.Run(async () =>
                {
                    for (int n = 0; n < MessagesEach; n++)
                    {
                        bool direct = sender == 0 && n % 100 == 0;
                        await sockets[sender].SendTextAsync("m " + sender + " " + n, direct ? "user1" : null);
                    }
                });
            }

            await Task.WhenAll(senders);
            List<JsonElement>[] received = await Task.WhenAll(readers);

            for (int i = 0; i < Clients; i++)
            {
                long[] ids = received[i].Select(m => m.GetProperty("id").GetInt64()).ToArray();
                CollectionAssert.AreEqual(ids.OrderBy(x => x).ToArray(), ids, "client " + i + " got messages out of id order");
                Assert.AreEqual(ids.Length, ids.Distinct().Count(), "client " + i + " got a message twice");
                int directCount = received[i].Count(m => m.TryGetProperty("direct", out _));
                Assert.AreEqual(i <= 1 ? directs : 0, directCount, "direct messages reach only their two parties (client " + i + ")");
                for (int sender = 0; sender < Clients; sender++)
                {
                    // Each sender's own messages arrive in the order it sent them.
                    int[] sequence = received[i].Select(m => m.GetProperty("text").GetString()!.Split(' ')).Where(p => p[1] == sender.ToString()).Select(p => int.Parse(p[2])).ToArray();
                    CollectionAssert.AreEqual(sequence.OrderBy(x => x).ToArray(), sequence);
                }
            }

            foreach (ChatSocket socket in sockets)
            {
                socket.Dispose();
            }

            foreach (BrowserLikeClient browser in browsers)
            {
                browser.Dispose();
            }
        }

        [TestMethod]
        public async Task A_client_that_resumes_gets_what_it_missed_without_duplicates()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            using BrowserLikeClient bob = new BrowserLikeClient(host.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            await bob.RegisterAndLoginAsync("Bob", "bob@example.org", "bob-secret-12");
            using ChatSocket aliceChat = await alice.OpenChatAsync();
            await aliceChat.ReceiveTypeAsync("history");

            long bobLastId;
            using (ChatSocket bobChat = await bob.OpenChatAsync())
            {
                await bobChat.ReceiveTypeAsync("history");
                await aliceChat.SendTextAsync("before the tunnel");
                bobLastId = (await bobChat.ReceiveTypeAsync("message")).GetProperty("id").GetInt64();
            }

            // Bob's phone is offline: three messages, one of them private to him, one private to nobody he knows.
            await aliceChat.SendTextAsync("while away 1");
            await aliceChat.SendTextAsync("for Bob only", "Bob");
            await aliceChat.SendTextAsync("while away 2");
            // The server has handled all three once Alice has her own copies: Bob resumes after that
            // (else, on the slower board profile, the last ones may arrive live instead of in his history).
            for (int i = 0; i < 3; i++)
            {
                await aliceChat.ReceiveTypeAsync("message");
            }

            // The server has them once Alice sees them (after her "before the tunnel"): on the board each
            // socket has its own receive thread, and Bob's upgrade could otherwise overtake them (they then
            // arrive live, not in the history).
            string seen = string.Empty;
            while (seen != "while away 2")
            {
                seen = (await aliceChat.ReceiveTypeAsync("message")).GetProperty("text").GetString()!;
            }

            using ChatSocket resumed = await bob.OpenChatAsync(after: bobLastId);
            JsonElement history = await resumed.ReceiveTypeAsync("history");
            string[] texts = history.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("text").GetString()!).ToArray();
            CollectionAssert.AreEqual(new[] { "while away 1", "for Bob only", "while away 2" }, texts);
            Assert.IsTrue(history.GetProperty("complete").GetBoolean());

            await aliceChat.SendTextAsync("after the tunnel");
            JsonElement live = await resumed.ReceiveTypeAsync("message");
            Assert.AreEqual("after the tunnel", live.GetProperty("text").GetString());
        }

        private static async Task<List<JsonElement>> CollectMessagesAsync(ChatSocket socket, int expected)
        {
            List<JsonElement> messages = new List<JsonElement>(expected);
            while (messages.Count < expected)
            {
                JsonElement? next = await socket.ReceiveAsync(TimeSpan.FromSeconds(60));
                if (next == null)
                {
                    throw new InvalidOperationException("socket closed after " + messages.Count + " of " + expected + ": " + socket.CloseStatus + " " + socket.CloseReason);
                }

                string type = next.Value.GetProperty("type").GetString()!;
                if (type == "error")
                {
                    throw new InvalidOperationException("server error: " + next.Value.ToString());
                }

                if (type == "message")
                {
                    messages.Add(next.Value);
                }
            }

            return messages;
        }
    }

    [TestClass]
    public sealed class ChatLoadAndResumeOnEmulator : ChatLoadAndResumeTests
    {
        protected override HostKind Host => HostKind.Emulator;

        protected override int MessagesEach => 1000;
    }

    [TestClass]
    public sealed class ChatLoadAndResumeOnBoard : ChatLoadAndResumeTests
    {
        protected override HostKind Host => HostKind.Board;

        protected override int MessagesEach => 100;
    }
}
