using System.Collections;
using System.Net;
using System.Net.WebSockets;
using System.Net.WebSockets.Server;
using ChatFirmware.Core;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Web;

namespace ChatFirmware
{
    /// <summary>
    /// Downstream boards' links on /link: a WebSocketServer of their own, upgraded from our
    /// HttpListener like the chat's (so links never take a chat client's place in its pool), its events
    /// forwarded to the core. As in the chat's host, the table's lock is never held while calling the
    /// core: the server raises "closed" on its own threads, also inside a DisconnectClient the core
    /// makes under its delivery lock.
    /// </summary>
    internal sealed class LinkServerHost
    {
        private readonly ChatServer _chat;
        private readonly ILog _log;
        private readonly WebSocketServer _server;
        private readonly Hashtable _links = new Hashtable();

        public LinkServerHost(ChatServer chat, ILog log)
        {
            _chat = chat;
            _log = log;
            // One more than the core admits: a surplus board is refused with the link's close code (4004).
            _server = HostedWebSocketServer.Create(chat.Settings, chat.Settings.MaxDownstreamLinks + 1);
            _server.MessageReceived += OnMessageReceived;
            _server.WebSocketClosed += OnWebSocketClosed;
            _server.Start();
        }

        /// <summary>Downstream links connected now (each holds a socket, two threads and a timer).</summary>
        public int ClientCount
        {
            get { return _server.ClientsCount; }
        }

        public bool IsFull
        {
            get { return HostedWebSocketServer.IsFull(_server); }
        }

        /// <summary>Completes the /link handshake the core authorised and opens the link in the core.</summary>
        public void Accept(HttpListenerContext context, HttpRequest upgradeRequest)
        {
            string endPoint = context.Request.RemoteEndPoint.ToString();
            LinkServerSocket socket = new LinkServerSocket(_server, endPoint);
            lock (_links)
            {
                _links[endPoint] = socket;
            }

            LinkConnection link = null;
            try
            {
                // The downstream board speaks first (hello): nothing can arrive before OpenLink returns
                // that the core would have to refuse for want of a link.
                if (_server.AddWebSocket(context))
                {
                    link = _chat.OpenLink(upgradeRequest, socket);
                }
                else
                {
                    _log.Warn("link handshake refused for " + endPoint);
                }
            }
            finally
            {
                bool gone;
                lock (_links)
                {
                    socket.Link = link;
                    gone = socket.Gone || link == null;
                    if (link == null && _links[endPoint] == socket)
                    {
                        _links.Remove(endPoint);
                    }
                }

                if (gone && link != null)
                {
                    _chat.OnLinkClosed(link, -1, null);
                }
            }
        }

        private void OnMessageReceived(object sender, MessageReceivedEventArgs e)
        {
            LinkConnection link;
            lock (_links)
            {
                LinkServerSocket socket = (LinkServerSocket)_links[e.Frame.EndPoint.ToString()];
                link = socket == null || socket.Gone ? null : socket.Link;
            }

            if (link == null)
            {
                return;
            }

            LinkFrames.Forward(_chat, link, e.Frame);
        }

        private void OnWebSocketClosed(object sender, WebSocketClosedEventArgs e)
        {
            string endPoint = e.EndPoint.ToString();
            LinkConnection link;
            lock (_links)
            {
                LinkServerSocket socket = (LinkServerSocket)_links[endPoint];
                if (socket == null)
                {
                    return;
                }

                socket.Gone = true;
                link = socket.Link;
                _links.Remove(endPoint);
            }

            if (link != null)
            {
                // The server's event carries no close code: the core logs "connection lost".
                _chat.OnLinkClosed(link, -1, null);
            }
        }

        /// <summary>A downstream link as the core sees it: both calls only queue on the server's per-client send thread.</summary>
        private sealed class LinkServerSocket : IChatSocket
        {
            private readonly WebSocketServer _server;
            private readonly string _endPoint;

            public LinkServerSocket(WebSocketServer server, string endPoint)
            {
                _server = server;
                _endPoint = endPoint;
            }

            /// <summary>The core's handle (guarded by the host's table lock).</summary>
            public LinkConnection Link { get; set; }

            /// <summary>The server reported the socket closed (guarded by the host's table lock).</summary>
            public bool Gone { get; set; }

            public void Send(byte[] message)
            {
                _server.SendData(_endPoint, message);
            }

            public void Close(int closeCode, string reason)
            {
                // Not DisconnectClient alone: it never sends the close frame ("lost close code", CloseFrames),
                // and the downstream board would not learn why (4001: the room key does not match).
                CloseFrames.Close(_server, _endPoint, closeCode, reason);
            }
        }
    }
}
