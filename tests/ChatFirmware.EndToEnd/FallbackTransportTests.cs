using System;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// Firefox's upgrade ("Connection: keep-alive, Upgrade") and the HTTP fallback that carries the
    /// chat when the device refuses it: the board profile's own WebSocketServer refuses it, the
    /// emulator imitates that with --strict-upgrade.
    /// </summary>
    public abstract class FallbackTransportTests : HostTests
    {
        [TestMethod]
        public async Task Strict_upgrade_refuses_Firefox_like_the_device_and_still_accepts_Chrome()
        {
            await using TestHost host = await StartAsync(options: o => o.StrictUpgrade = true);
            using BrowserLikeClient alice = new BrowserLikeClient(host.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            Assert.AreEqual(string.Empty, await RawHandshakeAsync(host.BaseUri, alice.SessionCookie!, "keep-alive, Upgrade"), "the socket is closed without an answer");
            StringAssert.StartsWith(await RawHandshakeAsync(host.BaseUri, alice.SessionCookie!, "Upgrade"), "HTTP/1.1 101");
        }

        [TestMethod]
        public async Task A_chat_works_end_to_end_over_the_fallback_when_the_upgrade_is_refused()
        {
            await using TestHost host = await StartAsync(options: o => o.StrictUpgrade = true);
            using BrowserLikeClient firefox = new BrowserLikeClient(host.BaseUri);
            using BrowserLikeClient chrome = new BrowserLikeClient(host.BaseUri);
            await firefox.RegisterAndLoginAsync("Fox", "fox@example.org", "fox-secret-12");
            await chrome.RegisterAndLoginAsync("Chris", "chris@example.org", "chris-secret-1");

            PollingClient poller = await PollingClient.OpenAsync(firefox);
            Assert.AreEqual("Fox", poller.Find("welcome").GetProperty("you").GetString());
            using ChatSocket chromeChat = await chrome.OpenChatAsync();
            await chromeChat.ReceiveTypeAsync("history");

            await poller.SendAsync("{\"type\":\"send\",\"text\":\"from the fallback 🦊\"}");
            JsonElement atChrome = await chromeChat.ReceiveTypeAsync("message");
            Assert.AreEqual("from the fallback 🦊", atChrome.GetProperty("text").GetString());
            Assert.AreEqual("Fox", atChrome.GetProperty("from").GetString());

            await chromeChat.SendTextAsync("back over the socket");
            JsonElement atFox = await poller.WaitForAsync("message", m => m.GetProperty("from").GetString() == "Chris");
            Assert.AreEqual("back over the socket", atFox.GetProperty("text").GetString());

            await poller.SendAsync("{\"type\":\"send\",\"text\":\"psst\",\"to\":\"chris\"}");
            JsonElement direct = await chromeChat.ReceiveTypeAsync("message");
            while (direct.GetProperty("text").GetString() != "psst")
            {
                direct = await chromeChat.ReceiveTypeAsync("message");
            }

            Assert.IsTrue(direct.GetProperty("direct").GetBoolean());
            Assert.AreEqual("Chris", direct.GetProperty("to").GetString());
        }

        [TestMethod]
        public async Task Polling_without_a_session_is_refused()
        {
            await using TestHost host = await StartAsync();
            using BrowserLikeClient stranger = new BrowserLikeClient(host.BaseUri);
            Assert.AreEqual(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/events")).StatusCode);
            Assert.AreEqual(HttpStatusCode.Gone, (await stranger.GetAsync("/api/events?poll=0123")).StatusCode);
        }

        /// <summary>Sends a WebSocket handshake by hand; returns the status line, or "" when the server closed without one.</summary>
        protected static async Task<string> RawHandshakeAsync(Uri baseUri, string cookie, string connectionHeader)
        {
            using TcpClient tcp = new TcpClient();
            await tcp.ConnectAsync(baseUri.Host, baseUri.Port);
            using NetworkStream stream = tcp.GetStream();
            string origin = baseUri.GetLeftPart(UriPartial.Authority);
            string request = "GET /ws HTTP/1.1\r\nHost: " + baseUri.Authority + "\r\nConnection: " + connectionHeader + "\r\nUpgrade: websocket\r\n" +
                "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nOrigin: " + origin + "\r\nCookie: cf_session=" + cookie + "\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            using StreamReader reader = new StreamReader(stream, Encoding.ASCII);
            try
            {
                return await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10)) ?? string.Empty;
            }
            catch (IOException)
            {
                return string.Empty;
            }
        }
    }

    [TestClass]
    public sealed class FallbackTransportOnEmulator : FallbackTransportTests
    {
        protected override HostKind Host => HostKind.Emulator;

        [TestMethod]
        public async Task A_keep_alive_Upgrade_handshake_works_in_normal_mode()
        {
            await using TestEmulator emulator = await TestEmulator.StartAsync();
            using BrowserLikeClient alice = new BrowserLikeClient(emulator.BaseUri);
            await alice.RegisterAndLoginAsync("Alice", "alice@example.org", "alice-secret-1");
            string status = await RawHandshakeAsync(emulator.BaseUri, alice.SessionCookie!, "keep-alive, Upgrade");
            StringAssert.StartsWith(status, "HTTP/1.1 101");
        }
    }

    [TestClass]
    public sealed class FallbackTransportOnBoard : FallbackTransportTests
    {
        protected override HostKind Host => HostKind.Board;
    }
}
