using System;
using System.Net.WebSockets;
using System.Net.WebSockets.WebSocketFrame;
using System.Threading;
using ChatFirmware.Core;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Ports;

namespace ChatFirmware
{
    /// <summary>
    /// The link to the upstream board: one thread that connects with nanoFramework's ClientWebSocket
    /// whenever the core says so (at start, then after each failure or loss with the core's backoff),
    /// hands the socket to the core, and waits for it to close. The board's station has joined the
    /// upstream board's Wi-Fi meanwhile (StationLink); until it has, attempts fail and back off.
    /// </summary>
    internal sealed class LinkClientHost
    {
        private readonly ChatServer _chat;
        private readonly ILog _log;
        private readonly AutoResetEvent _closed = new AutoResetEvent(false);
        private LinkConnection _link;

        private LinkClientHost(ChatServer chat, ILog log)
        {
            _chat = chat;
            _log = log;
        }

        /// <summary>True while a link socket to the upstream board is open (it holds one of the board's sockets).</summary>
        public bool Connected { get; private set; }

        /// <summary>Starts the link thread when the settings name an upstream board; null otherwise.</summary>
        public static LinkClientHost Start(ChatServer chat, ILog log)
        {
            if (chat.UpstreamUrl == null)
            {
                return null;
            }

            LinkClientHost host = new LinkClientHost(chat, log);
            new Thread(host.Run).Start();
            return host;
        }

        private void Run()
        {
            while (true)
            {
                long delay = _chat.UpstreamDelayMs();
                if (delay < 0)
                {
                    return;
                }

                if (delay > 0)
                {
                    Thread.Sleep(delay > 1000 ? 1000 : (int)delay);
                    continue;
                }

                try
                {
                    RunOnce();
                }
                catch (Exception e)
                {
                    _log.Warn("link: upstream client failed (" + e.Message + ")");
                }
            }
        }

        private void RunOnce()
        {
            _chat.UpstreamAttemptStarted();
            ClientWebSocketOptions options = new ClientWebSocketOptions();
            options.MaxReceiveFrameSize = _chat.Settings.MaxFrameBytes + 1;
            options.KeepAliveInterval = TimeSpan.FromMilliseconds(_chat.Settings.WebSocketKeepAliveMs);
            options.ServerTimeout = TimeSpan.FromMilliseconds(_chat.Settings.WebSocketTimeoutMs);
            ClientWebSocket webSocket = new ClientWebSocket(options);
            webSocket.MessageReceived += OnMessageReceived;
            webSocket.ConnectionClosed += OnConnectionClosed;
            _closed.Reset();
            try
            {
                // Blocks for the TCP connect and the 101 (no timeout of its own); a refused or
                // unreachable connect returns with the socket closed rather than throwing.
                webSocket.Connect(_chat.UpstreamUrl, null);
            }
            catch (Exception e)
            {
                _chat.UpstreamFailed(e.Message);
                webSocket.Dispose();
                return;
            }

            if (webSocket.State != WebSocketState.Open)
            {
                _chat.UpstreamFailed("no connection to " + _chat.UpstreamUrl);
                webSocket.Dispose();
                return;
            }

            Connected = true;
            // The upstream board waits for our hello, so nothing arrives before the link exists.
            _link = _chat.OpenUpstream(new LinkClientSocket(webSocket));
            if (_link != null)
            {
                _closed.WaitOne();
                _chat.OnLinkClosed(_link, -1, null);
                _link = null;
            }

            Connected = false;
            webSocket.Dispose();
        }

        private void OnMessageReceived(object sender, MessageReceivedEventArgs e)
        {
            LinkConnection link = _link;
            if (link == null)
            {
                return;
            }

            LinkFrames.Forward(_chat, link, e.Frame);
        }

        private void OnConnectionClosed(object sender, EventArgs e)
        {
            _closed.Set();
        }

        /// <summary>The upstream link as the core sees it: Send queues on the socket's own send thread.</summary>
        private sealed class LinkClientSocket : IChatSocket
        {
            private readonly ClientWebSocket _webSocket;

            public LinkClientSocket(ClientWebSocket webSocket)
            {
                _webSocket = webSocket;
            }

            public void Send(byte[] message)
            {
                _webSocket.Send(message, WebSocketMessageType.Binary, -1);
            }

            public void Close(int closeCode, string reason)
            {
                // WebSocket.Close alone never sends the close frame ("lost close code", CloseFrames).
                CloseFrames.Close(_webSocket, closeCode, reason);
            }
        }
    }
}
