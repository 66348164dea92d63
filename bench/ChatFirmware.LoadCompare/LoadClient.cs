using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ChatFirmware.LoadCompare
{
    /// <summary>
    /// One chat client of the load run, the same code for both servers: a WebSocket that sends chat
    /// lines carrying their send time and a receive loop that records, for each line from another
    /// client, the delay from send to receipt. For the emulator it first registers and logs in over
    /// HTTP like a browser (session cookie, same-site Origin); the peer has no accounts.
    /// </summary>
    public sealed class LoadClient : IAsyncDisposable
    {
        private readonly ClientWebSocket _socket;
        private readonly int _index;
        private readonly Task _receiver;
        private readonly byte[] _padding;
        private volatile LoadRun? _run;

        private LoadClient(ClientWebSocket socket, int index)
        {
            _socket = socket;
            _index = index;
            _padding = Encoding.ASCII.GetBytes(new string('x', 24));
            _receiver = Task.Run(ReceiveLoopAsync);
        }

        public int Errors { get; private set; }

        public static async Task<LoadClient> ConnectPeerAsync(int port, int index)
        {
            ClientWebSocket socket = new ClientWebSocket();
            await socket.ConnectAsync(new Uri("ws://127.0.0.1:" + port + "/"), CancellationToken.None);
            return new LoadClient(socket, index);
        }

        public static async Task<LoadClient> ConnectEmulatorAsync(int port, int index)
        {
            string origin = "http://127.0.0.1:" + port;
            string cookie = await LoginAsync(origin, "load" + index);
            ClientWebSocket socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Cookie", cookie);
            socket.Options.SetRequestHeader("Origin", origin);
            await socket.ConnectAsync(new Uri("ws://127.0.0.1:" + port + "/ws"), CancellationToken.None);
            // Welcome, history, presence and join notices come first; the receive loop skips them.
            return new LoadClient(socket, index);
        }

        public void Attach(LoadRun? run) => _run = run;

        /// <summary>Sends one chat line stamped with the run, this client, a sequence number and the send time.</summary>
        public Task SendAsync(LoadRun run, int sequence)
        {
            string line = "L " + run.Id + " " + _index + " " + sequence + " " + Stopwatch.GetTimestamp() + " ";
            byte[] json = Encoding.UTF8.GetBytes("{\"type\":\"send\",\"text\":\"" + line + Encoding.ASCII.GetString(_padding) + "\"}");
            return _socket.SendAsync(json, WebSocketMessageType.Text, true, CancellationToken.None);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                using CancellationTokenSource timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
                await Task.WhenAny(_receiver, Task.Delay(3000));
            }
            catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is ObjectDisposedException)
            {
                // The server went first; nothing left to say.
            }

            _socket.Dispose();
        }

        /// <summary>Registers <paramref name="name"/> (if new) and logs in like a browser; returns the Cookie header value.</summary>
        public static async Task<string> LoginAsync(string origin, string name)
        {
            CookieContainer cookies = new CookieContainer();
            using HttpClient http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(origin) };
            string password = "password-of-" + name;
            await PostAsync(http, origin, "/register", ("name", name), ("email", name + "@example.org"), ("password", password));
            HttpResponseMessage login = await PostAsync(http, origin, "/login", ("email", name + "@example.org"), ("password", password));
            if (login.StatusCode != HttpStatusCode.SeeOther)
            {
                throw new InvalidOperationException("login of " + name + " answered " + login.StatusCode);
            }

            Cookie? session = cookies.GetCookies(new Uri(origin))["cf_session"];
            return "cf_session=" + (session?.Value ?? throw new InvalidOperationException("no session cookie"));
        }

        private static Task<HttpResponseMessage> PostAsync(HttpClient http, string origin, string path, params (string Name, string Value)[] fields)
        {
            List<KeyValuePair<string, string>> pairs = new List<KeyValuePair<string, string>>();
            foreach ((string name, string value) in fields)
            {
                pairs.Add(new KeyValuePair<string, string>(name, value));
            }

            HttpRequestMessage request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(pairs) };
            request.Headers.Add("Origin", origin);
            return http.SendAsync(request);
        }

        private async Task ReceiveLoopAsync()
        {
            byte[] buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    int length = 0;
                    ValueWebSocketReceiveResult result;
                    do
                    {
                        if (length == buffer.Length)
                        {
                            Array.Resize(ref buffer, buffer.Length * 2);
                        }

                        result = await _socket.ReceiveAsync(buffer.AsMemory(length), CancellationToken.None);
                        if (result.MessageType == WebSocketMessageType.Close)
                        {
                            return;
                        }

                        length += result.Count;
                    }
                    while (!result.EndOfMessage);

                    long now = Stopwatch.GetTimestamp();
                    Handle(buffer.AsSpan(0, length), now);
                }
            }
            catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is ObjectDisposedException)
            {
                // Closed under us at the end of the comparison.
            }
        }

        private void Handle(ReadOnlySpan<byte> json, long now)
        {
            // The same parsing for both servers: the "type" and "text" members of a JSON object.
            Utf8JsonReader reader = new Utf8JsonReader(json);
            bool isError = false;
            ReadOnlySpan<byte> text = default;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isType = reader.ValueTextEquals("type"u8);
                bool isText = reader.ValueTextEquals("text"u8);
                reader.Read();
                if (isType && reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("error"u8))
                {
                    isError = true;
                }
                else if (isText && reader.TokenType == JsonTokenType.String)
                {
                    text = reader.ValueSpan;
                }
                else if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }

            if (isError)
            {
                Errors++;
                _run?.CountError();
                return;
            }

            LoadRun? run = _run;
            if (run == null || text.Length < 2 || text[0] != (byte)'L' || text[1] != (byte)' ')
            {
                return;
            }

            // "L <run> <sender> <sequence> <sent timestamp> <padding>"
            Span<long> fields = stackalloc long[4];
            int field = 0;
            long value = 0;
            for (int i = 2; i < text.Length && field < 4; i++)
            {
                byte c = text[i];
                if (c == (byte)' ')
                {
                    fields[field++] = value;
                    value = 0;
                }
                else
                {
                    value = (value * 10) + (c - (byte)'0');
                }
            }

            if (field == 4 && fields[0] == run.Id)
            {
                run.Received(_index, (int)fields[1], fields[3], now);
            }
        }
    }
}
