using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// One person's browser, reduced to what the tests need: forms over HTTP with a cookie jar, and the
    /// chat socket with the session cookie and a same-site Origin, as a browser sends them.
    /// </summary>
    public sealed class BrowserLikeClient : IDisposable
    {
        private readonly Uri _base;
        private readonly CookieContainer _cookies = new CookieContainer();
        private readonly HttpClient _http;

        public BrowserLikeClient(Uri baseUri)
        {
            _base = baseUri;
            _http = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.GZip });
            _http.BaseAddress = baseUri;
        }

        public string? SessionCookie => _cookies.GetCookies(_base)["cf_session"]?.Value;

        public Task<HttpResponseMessage> PostFormAsync(string path, params (string Name, string Value)[] fields)
        {
            List<KeyValuePair<string, string>> pairs = new List<KeyValuePair<string, string>>();
            foreach ((string name, string value) in fields)
            {
                pairs.Add(new KeyValuePair<string, string>(name, value));
            }

            HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(pairs) };
            request.Headers.Add("Origin", _base.GetLeftPart(UriPartial.Authority));
            return _http.SendAsync(request);
        }

        public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path);

        public Task<HttpResponseMessage> PostJsonAsync(string path, string json)
        {
            HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Add("Origin", _base.GetLeftPart(UriPartial.Authority));
            return _http.SendAsync(request);
        }

        public async Task RegisterAndLoginAsync(string name, string email, string password)
        {
            HttpResponseMessage registered = await PostFormAsync("/register", ("name", name), ("email", email), ("password", password));
            if (registered.StatusCode != HttpStatusCode.SeeOther)
            {
                throw new InvalidOperationException("registration failed: " + registered.StatusCode + " " + await registered.Content.ReadAsStringAsync());
            }

            await LoginAsync(email, password);
        }

        public async Task LoginAsync(string login, string password)
        {
            HttpResponseMessage loggedIn = await PostFormAsync("/login", ("email", login), ("password", password));
            if (loggedIn.StatusCode != HttpStatusCode.SeeOther)
            {
                throw new InvalidOperationException("login failed: " + loggedIn.StatusCode);
            }
        }

        public async Task<ChatSocket> OpenChatAsync(string? cookieOverride = null, long after = 0)
        {
            ClientWebSocket socket = new ClientWebSocket();
            string? cookie = cookieOverride ?? SessionCookie;
            if (cookie != null)
            {
                socket.Options.SetRequestHeader("Cookie", "cf_session=" + cookie);
            }

            socket.Options.SetRequestHeader("Origin", _base.GetLeftPart(UriPartial.Authority));
            Uri wsUri = new Uri("ws://" + _base.Authority + "/ws" + (after > 0 ? "?after=" + after : string.Empty));
            using CancellationTokenSource timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await socket.ConnectAsync(wsUri, timeout.Token);
            return new ChatSocket(socket);
        }

        public void Dispose() => _http.Dispose();
    }

    /// <summary>The chat socket seen from a client: send JSON, read the next message of a given type.</summary>
    public sealed class ChatSocket : IDisposable
    {
        private readonly ClientWebSocket _socket;

        public ChatSocket(ClientWebSocket socket)
        {
            _socket = socket;
        }

        public WebSocketCloseStatus? CloseStatus => _socket.CloseStatus;

        public string? CloseReason => _socket.CloseStatusDescription;

        public Task SendTextAsync(string text, string? to = null)
        {
            string json = to == null ? JsonSerializer.Serialize(new { type = "send", text }) : JsonSerializer.Serialize(new { type = "send", text, to });
            return SendRawAsync(json);
        }

        public Task SendRawAsync(string json) => _socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

        /// <summary>The next message, or null when the server closed the socket.</summary>
        public async Task<JsonElement?> ReceiveAsync(TimeSpan? within = null)
        {
            using CancellationTokenSource timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(10));
            byte[] buffer = new byte[64 * 1024];
            int length = 0;
            WebSocketReceiveResult result;
            do
            {
                result = await _socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                length += result.Count;
            }
            while (!result.EndOfMessage);

            return JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone();
        }

        /// <summary>Skips messages until one of the given type arrives.</summary>
        public async Task<JsonElement> ReceiveTypeAsync(string type)
        {
            while (true)
            {
                JsonElement? message = await ReceiveAsync();
                if (message == null)
                {
                    throw new InvalidOperationException("socket closed while waiting for '" + type + "': " + CloseStatus + " " + CloseReason);
                }

                if (message.Value.GetProperty("type").GetString() == type)
                {
                    return message.Value;
                }
            }
        }

        /// <summary>Reads until the server closes the socket; returns how many messages came first.</summary>
        public async Task<int> WaitForCloseAsync()
        {
            int messages = 0;
            while (await ReceiveAsync() != null)
            {
                messages++;
            }

            return messages;
        }

        /// <summary>Closes from the client's side, as a page does when it is left (1000).</summary>
        public async Task CloseAsync()
        {
            using CancellationTokenSource timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
        }

        public void Dispose() => _socket.Dispose();
    }
}
