using System;
using System.IO;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using ChatFirmware.Core;
using ChatFirmware.Core.Chat;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using CoreRequest = ChatFirmware.Core.Web.HttpRequest;
using CoreResponse = ChatFirmware.Core.Web.HttpResponse;

namespace ChatFirmware.Emulator
{
    /// <summary>
    /// Adapts ASP.NET Core requests to the core's request/response values and pumps WebSocket frames
    /// into it. No product rule lives here.
    /// </summary>
    public sealed class KestrelHost
    {
        private readonly ChatServer _server;
        private readonly bool _strictUpgrade;
        private readonly LinkHost _links;

        /// <param name="strictUpgrade">Refuse upgrades whose Connection header is not exactly "Upgrade", as the device's WebSocket server does (Firefox upgrade).</param>
        public KestrelHost(ChatServer server, bool strictUpgrade, LinkHost links)
        {
            _server = server;
            _strictUpgrade = strictUpgrade;
            _links = links;
        }

        /// <summary>Raised for every request once it is answered (a chat socket: once it is accepted).</summary>
        public event Action<ServedRequest>? Served;

        public async Task HandleAsync(HttpContext context)
        {
            CoreRequest request;
            CoreResponse response;
            try
            {
                request = await ReadRequestAsync(context);
            }
            catch (Exception e) when (e is BadHttpRequestException || e is IOException)
            {
                // Kestrel's body reader refused the framing: a chunk size that is not hex is a
                // BadHttpRequestException, one that overflows an IOException ("Bad chunk size data").
                // The client's fault: the core's 400, never a 500.
                request = new CoreRequest(context.Request.Method, context.Request.Path + context.Request.QueryString);
                response = ChatFirmware.Core.Web.MalformedRequest.Answer();
                long written = await WriteResponseAsync(context, response);
                Served?.Invoke(new ServedRequest(request.Method, request.Target, response.StatusCode, written, null));
                return;
            }

            response = _server.HandleHttp(request);
            if (response.StatusCode == CoreResponse.SwitchingProtocols)
            {
                if (_strictUpgrade && Header(context.Request, "Connection") != "Upgrade")
                {
                    // What nanoFramework's AddWebSocket does: close the socket without an answer.
                    context.Abort();
                    Served?.Invoke(new ServedRequest(request.Method, request.Target, 0, 0, null));
                    return;
                }

                Served?.Invoke(new ServedRequest(request.Method, request.Target, CoreResponse.SwitchingProtocols, 0, null));
                if (request.Path == "/link")
                {
                    await _links.RunInboundAsync(context, request);
                }
                else
                {
                    await RunChatAsync(context, request);
                }

                return;
            }

            long sent = await WriteResponseAsync(context, response);
            Served?.Invoke(new ServedRequest(request.Method, request.Target, response.StatusCode, sent, response.GetHeader("Content-Encoding")));
        }

        private async Task<CoreRequest> ReadRequestAsync(HttpContext context)
        {
            Microsoft.AspNetCore.Http.HttpRequest http = context.Request;
            string target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? (http.Path + http.QueryString);
            CoreRequest request = new CoreRequest(http.Method, target)
            {
                RemoteAddress = context.Connection.RemoteIpAddress?.ToString(),
                Cookie = Header(http, "Cookie"),
                Origin = Header(http, "Origin"),
                Host = Header(http, "Host"),
                ContentType = Header(http, "Content-Type"),
                IfNoneMatch = Header(http, "If-None-Match"),
                DeclaredBodyLength = http.ContentLength ?? -1,
                IsWebSocketUpgrade = context.WebSockets.IsWebSocketRequest,
                // The board reads a body only to its declared length, so no host reads a chunked one: the core answers 411.
                BodyLengthUnknown = http.Headers.TransferEncoding.Count > 0,
            };

            if (request.BodyLengthUnknown)
            {
                return request;
            }

            int limit = _server.Settings.MaxRequestBodyBytes;
            if (request.DeclaredBodyLength > limit || (!HttpMethods.IsPost(http.Method) && request.DeclaredBodyLength <= 0))
            {
                return request;
            }

            // Read at most one byte past the limit, so a body without Content-Length is still bounded.
            byte[] buffer = new byte[limit + 1];
            int length = 0;
            int read;
            while (length < buffer.Length && (read = await http.Body.ReadAsync(buffer.AsMemory(length), context.RequestAborted)) > 0)
            {
                length += read;
            }

            if (length > limit)
            {
                request.DeclaredBodyLength = length;
                return request;
            }

            request.Body = buffer.AsSpan(0, length).ToArray();
            return request;
        }

        /// <summary>Writes the answer; returns the body bytes sent.</summary>
        private static async Task<long> WriteResponseAsync(HttpContext context, CoreResponse response)
        {
            HttpResponse http = context.Response;
            http.StatusCode = response.StatusCode;
            for (int i = 0; i < response.HeaderCount; i++)
            {
                http.Headers[response.HeaderName(i)] = response.HeaderValue(i);
            }

            if (response.ContentType != null)
            {
                http.ContentType = response.ContentType;
            }

            byte[]? body = response.Body;
            http.ContentLength = body?.Length ?? 0;
            if (body == null || HttpMethods.IsHead(context.Request.Method))
            {
                return 0;
            }

            await http.Body.WriteAsync(body, context.RequestAborted);
            return body.Length;
        }

        private async Task RunChatAsync(HttpContext context, CoreRequest request)
        {
            WebSocketAcceptContext accept = new WebSocketAcceptContext
            {
                KeepAliveInterval = TimeSpan.FromMilliseconds(_server.Settings.WebSocketKeepAliveMs),
                KeepAliveTimeout = TimeSpan.FromMilliseconds(_server.Settings.WebSocketTimeoutMs),
            };
            using WebSocket webSocket = await context.WebSockets.AcceptWebSocketAsync(accept);
            WebSocketChatSocket socket = new WebSocketChatSocket(webSocket);
            using CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
            Task writer = socket.RunWriterAsync(stop.Token);
            ChatConnection? connection = _server.OpenChat(request, socket);
            try
            {
                if (connection != null)
                {
                    await ReceiveLoopAsync(webSocket, connection, stop.Token);
                }
            }
            finally
            {
                if (connection != null)
                {
                    _server.OnChatClosed(connection);
                }

                socket.Complete();
                // Give a close frame queued by the core a moment to leave before the socket is disposed.
                await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(2)));
                stop.Cancel();
            }
        }

        private async Task ReceiveLoopAsync(WebSocket webSocket, ChatConnection connection, CancellationToken stop)
        {
            // One byte more than the limit: the core sees the excess and closes with 1009.
            byte[] buffer = new byte[_server.Settings.MaxFrameBytes + 1];
            while (connection.IsOpen && webSocket.State == WebSocketState.Open)
            {
                int length = 0;
                WebSocketReceiveResult result;
                do
                {
                    try
                    {
                        result = await webSocket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), stop);
                    }
                    catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is IOException)
                    {
                        return;
                    }

                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }

                    length += result.Count;
                }
                while (!result.EndOfMessage && length < buffer.Length);

                _server.OnChatMessage(connection, buffer, 0, length);
            }

            // The core closed this connection: wait briefly for the peer's close reply.
            using CancellationTokenSource linger = CancellationTokenSource.CreateLinkedTokenSource(stop);
            linger.CancelAfter(TimeSpan.FromSeconds(2));
            try
            {
                while (webSocket.State == WebSocketState.Open || webSocket.State == WebSocketState.CloseSent)
                {
                    WebSocketReceiveResult drained = await webSocket.ReceiveAsync(new ArraySegment<byte>(buffer), linger.Token);
                    if (drained.MessageType == WebSocketMessageType.Close)
                    {
                        return;
                    }
                }
            }
            catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is IOException)
            {
                // Peer did not answer the close in time; the socket is disposed anyway.
            }
        }

        private static string? Header(Microsoft.AspNetCore.Http.HttpRequest http, string name)
        {
            return http.Headers.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues values) ? values.ToString() : null;
        }
    }
}
