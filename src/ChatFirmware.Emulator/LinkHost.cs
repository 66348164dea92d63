using System;
using System.IO;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ChatFirmware.Core;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using Microsoft.AspNetCore.Http;

namespace ChatFirmware.Emulator
{
    /// <summary>
    /// The emulator's links to other boards: /link sockets accepted by Kestrel, and the link client
    /// to the upstream board (.NET's ClientWebSocket), both pumping frames into the core. When and
    /// whether to connect, and every rule of the link, are the core's.
    /// </summary>
    public sealed class LinkHost
    {
        private readonly ChatServer _server;
        private readonly ILog _log;

        public LinkHost(ChatServer server, ILog log)
        {
            _server = server;
            _log = log;
        }

        /// <summary>
        /// The link settings the emulator applies: the settings file's Link section, overridden by
        /// --board-name, --room-key and --link; the default board name derived from the data folder.
        /// </summary>
        public static LinkSettings Resolve(EmulatorOptions options, ILog log)
        {
            LinkSettings link = options.Link ?? new LinkSettings();
            link.BoardName = options.BoardName ?? link.BoardName;
            link.RoomKey = options.RoomKey ?? link.RoomKey;
            link.UpstreamUrl = options.UpstreamUrl ?? link.UpstreamUrl;
            byte[] folder = SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(options.DataFolder)));
            return LinkSettingsRules.Applicable(link, BoardNames.FromHardwareId(folder), log);
        }

        /// <summary>A downstream board's /link socket, which the core authorised (101): runs it until it closes.</summary>
        public async Task RunInboundAsync(HttpContext context, Core.Web.HttpRequest request)
        {
            WebSocketAcceptContext accept = new WebSocketAcceptContext
            {
                KeepAliveInterval = TimeSpan.FromMilliseconds(_server.Settings.WebSocketKeepAliveMs),
                KeepAliveTimeout = TimeSpan.FromMilliseconds(_server.Settings.WebSocketTimeoutMs),
            };
            using WebSocket webSocket = await context.WebSockets.AcceptWebSocketAsync(accept);
            await RunAsync(webSocket, socket => _server.OpenLink(request, socket), context.RequestAborted);
        }

        /// <summary>The link client: reaches the upstream board whenever the core says so, until <paramref name="stop"/>.</summary>
        public async Task RunUpstreamAsync(CancellationToken stop)
        {
            string? url = _server.UpstreamUrl;
            if (url == null)
            {
                return;
            }

            while (!stop.IsCancellationRequested)
            {
                long delay = _server.UpstreamDelayMs();
                if (delay > 0)
                {
                    // Short naps: the core's schedule moves when a link closes.
                    await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(delay, 500)), stop).ContinueWith(_ => { }, TaskScheduler.Default);
                    continue;
                }

                _server.UpstreamAttemptStarted();
                using ClientWebSocket webSocket = new ClientWebSocket();
                webSocket.Options.KeepAliveInterval = TimeSpan.FromMilliseconds(_server.Settings.WebSocketKeepAliveMs);
                try
                {
                    using CancellationTokenSource timeout = CancellationTokenSource.CreateLinkedTokenSource(stop);
                    timeout.CancelAfter(_server.Settings.LinkConnectTimeoutMs);
                    await webSocket.ConnectAsync(new Uri(url), timeout.Token);
                }
                catch (Exception e) when (e is WebSocketException || e is OperationCanceledException || e is IOException || e is UriFormatException)
                {
                    if (stop.IsCancellationRequested)
                    {
                        return;
                    }

                    _server.UpstreamFailed(e.Message);
                    continue;
                }

                await RunAsync(webSocket, socket => _server.OpenUpstream(socket), stop);
            }
        }

        /// <summary>Opens the link in the core and pumps frames until the socket or the core ends it.</summary>
        private async Task RunAsync(WebSocket webSocket, Func<IChatSocket, LinkConnection?> open, CancellationToken aborted)
        {
            WebSocketChatSocket socket = new WebSocketChatSocket(webSocket);
            using CancellationTokenSource stop = CancellationTokenSource.CreateLinkedTokenSource(aborted);
            Task writer = socket.RunWriterAsync(stop.Token);
            LinkConnection? link = open(socket);
            int closeCode = -1;
            string? reason = null;
            try
            {
                if (link != null)
                {
                    (closeCode, reason) = await ReceiveAsync(webSocket, link, stop.Token);
                }
            }
            finally
            {
                if (link != null)
                {
                    _server.OnLinkClosed(link, closeCode, reason);
                }

                socket.Complete();
                await Task.WhenAny(writer, Task.Delay(TimeSpan.FromSeconds(2)));
                stop.Cancel();
            }
        }

        /// <summary>Frames into the core until the link closes; returns the close code and reason received (-1 when the connection just broke).</summary>
        private async Task<(int, string?)> ReceiveAsync(WebSocket webSocket, LinkConnection link, CancellationToken stop)
        {
            // One byte more than the limit: the core sees the excess and closes with 4003.
            byte[] buffer = new byte[_server.Settings.MaxFrameBytes + 1];
            while (link.IsOpen && webSocket.State == WebSocketState.Open)
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
                        return (-1, null);
                    }

                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        return ((int?)result.CloseStatus ?? -1, result.CloseStatusDescription);
                    }

                    length += result.Count;
                }
                while (!result.EndOfMessage && length < buffer.Length);

                _server.OnLinkMessage(link, buffer, 0, length);
            }

            _log.Info("link socket to " + (link.PeerBoard.Length == 0 ? "a board" : link.PeerBoard) + " ended by this board");
            return (-1, null);
        }
    }
}
