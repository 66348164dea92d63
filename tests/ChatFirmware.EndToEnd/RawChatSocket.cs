using System;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// A chat socket that sends exactly the bytes it is given (text or binary, whole or in fragments)
    /// and reports what the server did about them in one word: "message", "error CODE" or "close CODE".
    /// </summary>
    public sealed class RawChatSocket : IDisposable
    {
        private readonly ClientWebSocket _socket;

        private RawChatSocket(ClientWebSocket socket)
        {
            _socket = socket;
        }

        /// <summary>Opens the chat with the session cookie and a same-site Origin, and reads past welcome, history and presence.</summary>
        public static async Task<RawChatSocket> OpenAsync(Uri baseUri, string sessionToken)
        {
            ClientWebSocket socket = new ClientWebSocket();
            socket.Options.SetRequestHeader("Cookie", "cf_session=" + sessionToken);
            socket.Options.SetRequestHeader("Origin", baseUri.GetLeftPart(UriPartial.Authority));
            using CancellationTokenSource timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await socket.ConnectAsync(new Uri("ws://" + baseUri.Authority + "/ws"), timeout.Token);
            RawChatSocket chat = new RawChatSocket(socket);
            string first = await chat.NextAsync("presence");
            if (first != "presence")
            {
                throw new InvalidOperationException("the chat did not open: " + first);
            }

            return chat;
        }

        /// <summary>Sends the bytes as one message split into <paramref name="fragments"/> frames.</summary>
        public async Task SendAsync(byte[] data, WebSocketMessageType type, int fragments = 1)
        {
            int offset = 0;
            for (int i = 1; i <= fragments; i++)
            {
                int end = i == fragments ? data.Length : offset + (data.Length / fragments);
                await _socket.SendAsync(new ArraySegment<byte>(data, offset, end - offset), type, i == fragments, CancellationToken.None);
                offset = end;
            }
        }

        public Task SendTextAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

        /// <summary>
        /// The server's answer to what was sent: "message", "error CODE", "close CODE", or "no answer"
        /// after 10 s. Presence, join and leave frames are skipped; so is anything before <paramref name="until"/> when given.
        /// </summary>
        public async Task<string> NextAsync(string? until = null)
        {
            using CancellationTokenSource timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            byte[] buffer = new byte[64 * 1024];
            try
            {
                while (true)
                {
                    int length = 0;
                    WebSocketReceiveResult result;
                    do
                    {
                        result = await _socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), timeout.Token);
                        length += result.Count;
                    }
                    while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return "close " + (int?)_socket.CloseStatus;
                    }

                    using JsonDocument frame = JsonDocument.Parse(buffer.AsMemory(0, length));
                    string type = frame.RootElement.GetProperty("type").GetString()!;
                    if (until != null ? type == until : type == "message")
                    {
                        return type;
                    }

                    if (until == null && type == "error")
                    {
                        return "error " + frame.RootElement.GetProperty("code").GetString();
                    }
                }
            }
            catch (OperationCanceledException)
            {
                return "no answer";
            }
            catch (WebSocketException)
            {
                return _socket.CloseStatus == null ? "aborted" : "close " + (int)_socket.CloseStatus;
            }
        }

        public void Dispose() => _socket.Dispose();
    }
}
