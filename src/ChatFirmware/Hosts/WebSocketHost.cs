using System;
using System.Collections;
using System.Net;
using System.Net.WebSockets;
using System.Net.WebSockets.Server;
using System.Net.WebSockets.WebSocketFrame;
using ChatFirmware.Core;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Web;

namespace ChatFirmware
{
    /// <summary>
    /// The chat sockets: nanoFramework's WebSocketServer fed by our own HttpListener (not standalone,
    /// as in the RgbSample), its events forwarded to the core. The server raises events on each
    /// client's own receive thread, and may raise "closed" inside a DisconnectClient the core makes
    /// under its delivery lock, so the client table's lock is never held while calling the core; the
    /// core takes its own locks, and hands frames to the sockets (which only queue) outside its state lock.
    /// </summary>
    internal sealed class WebSocketHost
    {
        /// <summary>How long a message that raced the handshake waits for the core to accept its socket.</summary>
        private const int AcceptWaitMs = 5000;
        private readonly ChatServer _chat;
        private readonly ILog _log;
        private readonly WebSocketServer _server;
        private readonly Hashtable _clients = new Hashtable();

        public WebSocketHost(ChatServer chat, ILog log)
        {
            _chat = chat;
            _log = log;
            _server = HostedWebSocketServer.Create(chat.Settings, chat.Settings.MaxChatConnections + 1);
            _server.MessageReceived += OnMessageReceived;
            _server.WebSocketClosed += OnWebSocketClosed;
            _server.Start();
        }

        /// <summary>WebSocket clients connected now (each holds a socket, two threads and a timer).</summary>
        public int ClientCount
        {
            get { return _server.ClientsCount; }
        }

        /// <summary>True when the pool has no room (<see cref="HostedWebSocketServer.IsFull"/>).</summary>
        public bool IsFull
        {
            get { return HostedWebSocketServer.IsFull(_server); }
        }

        /// <summary>
        /// Completes the handshake the core authorised and hands the socket to the core. The context's
        /// response then belongs to the WebSocket server.
        /// </summary>
        public void Accept(HttpListenerContext context, HttpRequest upgradeRequest)
        {
            string endPoint = context.Request.RemoteEndPoint.ToString();
            WebSocketChatSocket socket = new WebSocketChatSocket(_server, endPoint);
            lock (_clients)
            {
                _clients[endPoint] = socket;
            }

            ChatConnection connection = null;
            bool added = false;
            try
            {
                // "Finalized socket": the upgrade drops the context's response (never closed) and its
                // request's input stream, and either one's finalizer closes the connection's stream and
                // socket under the WebSocket, so every chat socket died silently at the next collection
                // (System.Net.Http 1.5.210; the housekeeping tick collects every 5 s). Seen on nanoCLR.
                GC.SuppressFinalize(context.Response);
                GC.SuppressFinalize(context.Request.InputStream);
                // Exact "Connection: Upgrade" only: Firefox's "keep-alive, Upgrade" is refused here
                // ("Firefox upgrade", a known trap handled separately).
                added = _server.AddWebSocket(context);
                if (added)
                {
                    connection = _chat.OpenChat(upgradeRequest, socket);
                }
                else
                {
                    _log.Warn("WebSocket handshake refused for " + endPoint);
                }
            }
            catch (Exception)
            {
                if (added)
                {
                    socket.Close((int)WebSocketCloseStatus.InternalServerError, "Server error.");
                }

                throw;
            }
            finally
            {
                bool gone;
                lock (_clients)
                {
                    socket.Connection = connection;
                    gone = socket.Gone || connection == null;
                    if (connection == null)
                    {
                        Forget(endPoint, socket);
                    }
                }

                socket.Accepted.Set();
                if (gone && connection != null)
                {
                    _chat.OnChatClosed(connection);
                }
            }
        }

        private void OnMessageReceived(object sender, MessageReceivedEventArgs e)
        {
            WebSocketChatSocket socket = Find(e.Frame.EndPoint.ToString());
            if (socket == null)
            {
                return;
            }

            // A page may send as soon as its socket opens, while OpenChat still runs.
            socket.Accepted.WaitOne(AcceptWaitMs, false);
            ChatConnection connection;
            lock (_clients)
            {
                connection = socket.Gone ? null : socket.Connection;
            }

            if (connection == null)
            {
                return;
            }

            ReceiveMessageFrame frame = e.Frame;
            try
            {
                if (frame.IsFragmented)
                {
                    // The server delivers fragments one by one; the core joins them within its limit.
                    _chat.OnChatFragment(connection, frame.Buffer, 0, frame.MessageLength, frame.Fragmentation == FragmentationType.FinalFragment);
                }
                else
                {
                    _chat.OnChatMessage(connection, frame.Buffer, 0, frame.MessageLength);
                }
            }
            catch (Exception failure)
            {
                // Escaping here would end the server's receive thread: the page would see its socket
                // drop without a word (seen on nanoCLR when a port threw). Say so, and close with 1011.
                _log.Warn("chat message failed: " + failure.Message);
                socket.Close((int)WebSocketCloseStatus.InternalServerError, "Server error.");
            }
        }

        private void OnWebSocketClosed(object sender, WebSocketClosedEventArgs e)
        {
            string endPoint = e.EndPoint.ToString();
            ChatConnection connection = null;
            lock (_clients)
            {
                WebSocketChatSocket socket = (WebSocketChatSocket)_clients[endPoint];
                if (socket == null)
                {
                    return;
                }

                socket.Gone = true;
                connection = socket.Connection;
                Forget(endPoint, socket);
            }

            if (connection != null)
            {
                _chat.OnChatClosed(connection);
            }
        }

        private WebSocketChatSocket Find(string endPoint)
        {
            lock (_clients)
            {
                return (WebSocketChatSocket)_clients[endPoint];
            }
        }

        /// <summary>Removes the client's entry unless a newer socket from the same address:port replaced it. Call under the lock.</summary>
        private void Forget(string endPoint, WebSocketChatSocket socket)
        {
            if (_clients[endPoint] == socket)
            {
                _clients.Remove(endPoint);
            }
        }
    }
}
