using System;
using System.Net.WebSockets.Server;
using ChatFirmware.Core.Settings;

namespace ChatFirmware
{
    /// <summary>
    /// A WebSocketServer as the chat's and the links' hosts both run it: upgraded from our own
    /// HttpListener on port 80 (a standalone server would open a second listener), with the core's limits.
    /// </summary>
    internal static class HostedWebSocketServer
    {
        /// <param name="maxClients">
        /// One more than the core admits, so that the core closes the surplus connection with its own
        /// code ("chat is full", a link's 4004) rather than the pool's bare 503, which also leaks the socket.
        /// </param>
        public static WebSocketServer Create(ChatSettings settings, int maxClients)
        {
            WebSocketServerOptions options = new WebSocketServerOptions();
            options.IsStandAlone = false;
            options.MaxClients = maxClients;
            // The receiver allocates the frame's declared length: the default (int.MaxValue) lets one
            // client exhaust the heap. One byte over the limit, so that the core sees the excess and
            // closes with its own code: what the receiver refuses it closes with an empty close frame,
            // its code lost ("lost close code": 1.1.167's SetMessageError drops it).
            options.MaxReceiveFrameSize = settings.MaxFrameBytes + 1;
            // The defaults (60 s + 30 s) keep a half-closed phone socket, and its lwIP socket, for 90 s.
            options.KeepAliveInterval = TimeSpan.FromMilliseconds(settings.WebSocketKeepAliveMs);
            options.ServerTimeout = TimeSpan.FromMilliseconds(settings.WebSocketTimeoutMs);
            return new WebSocketServer(options);
        }

        /// <summary>
        /// True when the pool has no room. AddWebSocket would then write a bare 503 and leave the
        /// socket open (a leak), so the caller answers 503 itself instead.
        /// </summary>
        public static bool IsFull(WebSocketServer server)
        {
            return server.ClientsCount >= server.MaxClients;
        }
    }
}
