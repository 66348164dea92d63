using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>The chat over WebSockets from two real clients: on the emulator and on the nanoCLR board profile.</summary>
    public abstract class ChatOverWebSocketTests : HostTests
    {
        [TestMethod]
        public async Task Two_users_register_log_in_and_exchange_messages()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            using BrowserLikeClient bob = new BrowserLikeClient(host.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            await bob.RegisterAndLoginAsync("Bob", "bob@example.org", "bob-secret-12");

            HttpResponseMessage chatPage = await alice.GetAsync("/chat");
            Assert.AreEqual(HttpStatusCode.OK, chatPage.StatusCode);
            StringAssert.Contains(await chatPage.Content.ReadAsStringAsync(), "new WebSocket(", "the chat's script comes inline with the page");

            using ChatSocket aliceChat = await alice.OpenChatAsync();
            using ChatSocket bobChat = await bob.OpenChatAsync();
            // A board has no clock until a page gives it the time (the emulator's host clock is set).
            if (!(await aliceChat.ReceiveTypeAsync("welcome")).GetProperty("clockSet").GetBoolean())
            {
                await aliceChat.SendRawAsync("{\"type\":\"clock\",\"now\":" + DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() + "}");
            }

            await aliceChat.ReceiveTypeAsync("history");
            await bobChat.ReceiveTypeAsync("history");

            await aliceChat.SendTextAsync("Hello Bob 👋");
            JsonElement atBob = await bobChat.ReceiveTypeAsync("message");
            JsonElement atAlice = await aliceChat.ReceiveTypeAsync("message");
            Assert.AreEqual("Alice", atBob.GetProperty("from").GetString());
            Assert.AreEqual("Hello Bob 👋", atBob.GetProperty("text").GetString());
            Assert.AreEqual(atBob.GetProperty("id").GetInt64(), atAlice.GetProperty("id").GetInt64());
            Assert.IsTrue(atBob.GetProperty("ts").GetInt64() > 0, "messages carry the host's wall-clock time");

            await bobChat.SendTextAsync("Hi Alice");
            JsonElement reply = await aliceChat.ReceiveTypeAsync("message");
            Assert.AreEqual("Bob", reply.GetProperty("from").GetString());
            Assert.IsTrue(reply.GetProperty("id").GetInt64() > atAlice.GetProperty("id").GetInt64(), "ids increase");
        }

        [TestMethod]
        public async Task A_late_joiner_receives_the_recent_history()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            using (ChatSocket first = await alice.OpenChatAsync())
            {
                await first.ReceiveTypeAsync("history");
                await first.SendTextAsync("one");
                await first.SendTextAsync("two");
                await first.ReceiveTypeAsync("message");
                await first.ReceiveTypeAsync("message");
            }

            using BrowserLikeClient bob = new BrowserLikeClient(host.BaseUri);
            await bob.RegisterAndLoginAsync("Bob", "bob@example.org", "bob-secret-12");
            using ChatSocket late = await bob.OpenChatAsync();
            JsonElement history = await late.ReceiveTypeAsync("history");
            JsonElement messages = history.GetProperty("messages");
            Assert.AreEqual(2, messages.GetArrayLength());
            Assert.AreEqual("one", messages[0].GetProperty("text").GetString());
            Assert.AreEqual("two", messages[1].GetProperty("text").GetString());
        }

        [TestMethod]
        public async Task The_chat_socket_is_refused_without_a_valid_session()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient stranger = new BrowserLikeClient(host.BaseUri);
            WebSocketException noCookie = await Assert.ThrowsExactlyAsync<WebSocketException>(() => stranger.OpenChatAsync());
            StringAssert.Contains(noCookie.Message, "401");
            WebSocketException forged = await Assert.ThrowsExactlyAsync<WebSocketException>(() => stranger.OpenChatAsync("00112233445566778899aabbccddeeff"));
            StringAssert.Contains(forged.Message, "401");
        }

        [TestMethod]
        public async Task Logout_ends_the_session_and_closes_its_open_chat()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            string cookie = alice.SessionCookie!;
            using ChatSocket chat = await alice.OpenChatAsync();
            await chat.ReceiveTypeAsync("history");

            HttpResponseMessage logout = await alice.PostFormAsync("/logout");
            Assert.AreEqual(HttpStatusCode.SeeOther, logout.StatusCode);

            await chat.WaitForCloseAsync();
            Assert.AreEqual((WebSocketCloseStatus)1008, chat.CloseStatus);
            await Assert.ThrowsExactlyAsync<WebSocketException>(() => alice.OpenChatAsync(cookie));
            Assert.AreEqual(HttpStatusCode.SeeOther, (await new BrowserLikeClient(host.BaseUri).GetAsync("/chat")).StatusCode);
        }

        [TestMethod]
        public async Task A_chat_socket_stays_open_across_the_housekeeping_tick_and_its_collection()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            using ChatSocket chat = await alice.OpenChatAsync();
            await chat.ReceiveTypeAsync("history");

            // The hosts' housekeeping runs every 5 s; on the board it collects garbage (DeviceHealth).
            await Task.Delay(TimeSpan.FromSeconds(11));
            await chat.SendTextAsync("still connected");

            Assert.AreEqual("still connected", (await chat.ReceiveTypeAsync("message")).GetProperty("text").GetString());
        }

        [TestMethod]
        public async Task Presence_names_who_is_online_and_the_others_hear_of_joins_and_leaves()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            using BrowserLikeClient bob = new BrowserLikeClient(host.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            await bob.RegisterAndLoginAsync("Bob", "bob@example.org", "bob-secret-12");
            using ChatSocket aliceChat = await alice.OpenChatAsync();
            Assert.AreEqual("Alice", string.Join(",", (await aliceChat.ReceiveTypeAsync("presence")).GetProperty("online").EnumerateArray().Select(n => n.GetString())));

            using (ChatSocket bobChat = await bob.OpenChatAsync())
            {
                Assert.AreEqual("Bob", (await aliceChat.ReceiveTypeAsync("join")).GetProperty("name").GetString());
                Assert.AreEqual("Alice,Bob", string.Join(",", (await aliceChat.ReceiveTypeAsync("presence")).GetProperty("online").EnumerateArray().Select(n => n.GetString())));
                await bobChat.CloseAsync();
            }

            Assert.AreEqual("Bob", (await aliceChat.ReceiveTypeAsync("leave")).GetProperty("name").GetString());
            Assert.AreEqual("Alice", string.Join(",", (await aliceChat.ReceiveTypeAsync("presence")).GetProperty("online").EnumerateArray().Select(n => n.GetString())));
        }

        [TestMethod]
        public async Task A_direct_message_reaches_only_its_two_parties()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            using BrowserLikeClient bob = new BrowserLikeClient(host.BaseUri);
            using BrowserLikeClient carol = new BrowserLikeClient(host.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            await bob.RegisterAndLoginAsync("Bob", "bob@example.org", "bob-secret-12");
            await carol.RegisterAndLoginAsync("Carol", "carol@example.org", "carol-secret-1");
            using ChatSocket aliceChat = await alice.OpenChatAsync();
            using ChatSocket bobChat = await bob.OpenChatAsync();
            using ChatSocket carolChat = await carol.OpenChatAsync();
            await aliceChat.ReceiveTypeAsync("history");
            await bobChat.ReceiveTypeAsync("history");
            await carolChat.ReceiveTypeAsync("history");

            await aliceChat.SendTextAsync("for Bob only", "Bob");
            await aliceChat.SendTextAsync("for everyone");

            JsonElement atBob = await bobChat.ReceiveTypeAsync("message");
            Assert.AreEqual("for Bob only", atBob.GetProperty("text").GetString());
            Assert.IsTrue(atBob.GetProperty("direct").GetBoolean());
            Assert.AreEqual("for Bob only", (await aliceChat.ReceiveTypeAsync("message")).GetProperty("text").GetString(), "the sender sees its own direct message");
            Assert.AreEqual("for everyone", (await carolChat.ReceiveTypeAsync("message")).GetProperty("text").GetString(), "Carol never sees the direct message");
        }

        [TestMethod]
        public async Task A_connection_beyond_MaxChatConnections_is_closed_with_1013_and_a_reason()
        {
            ChatSettings settings = TestHost.TestSettings();
            settings.MaxChatConnections = 2;
            await using TestHost host = await StartAsync(settings);
            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            using ChatSocket first = await alice.OpenChatAsync();
            using ChatSocket second = await alice.OpenChatAsync();
            await first.ReceiveTypeAsync("history");
            await second.ReceiveTypeAsync("history");

            using ChatSocket third = await alice.OpenChatAsync();
            Assert.AreEqual(0, await third.WaitForCloseAsync(), "the third connection gets no message, only the close");

            Assert.AreEqual((WebSocketCloseStatus)1013, third.CloseStatus);
            StringAssert.Contains(third.CloseReason, "chat is full");
            await first.SendTextAsync("the two others still chat");
            Assert.AreEqual("the two others still chat", (await second.ReceiveTypeAsync("message")).GetProperty("text").GetString());
        }
    }

    [TestClass]
    public sealed class ChatOverWebSocketOnEmulator : ChatOverWebSocketTests
    {
        protected override HostKind Host => HostKind.Emulator;
    }

    [TestClass]
    public sealed class ChatOverWebSocketOnBoard : ChatOverWebSocketTests
    {
        protected override HostKind Host => HostKind.Board;
    }
}
