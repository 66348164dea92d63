using System.Collections;
using System.Net.WebSockets;
using System.Net.WebSockets.Server;
using System.Net.WebSockets.WebSocketFrame;
using System.Reflection;
using System.Text;

namespace ChatFirmware
{
    /// <summary>
    /// Closes a client of nanoFramework's WebSocketServer with a real close frame ("lost close code").
    /// In System.Net.WebSockets 1.1.167, WebSocket.Close (and so DisconnectClient) marks the socket
    /// CloseSent and only then asks RawClose to queue the frame, which RawClose refuses because the
    /// socket is no longer Open: no close frame is ever sent, and the control thread drops the TCP
    /// connection ServerTimeout later. A page then sees 1006 after 10 s instead of 1008 (logged out) or
    /// 1013 (chat full) at once. Seen on nanoCLR with the end-to-end tests; the code is the board's.
    /// Where that RawClose(status, bytes, closeImmediately) exists, the frame is queued through it first
    /// (reflection: the server exposes neither its clients nor RawClose), then Close marks the socket
    /// CloseSent so the peer's answer ends it. Elsewhere (a fixed library) plain DisconnectClient.
    /// </summary>
    internal static class CloseFrames
    {
        private const BindingFlags Hidden = BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance;
        private static bool _looked;
        private static FieldInfo _pool;
        private static FieldInfo _clients;
        private static MethodInfo _rawClose;

        public static void Close(WebSocketServer server, string endPoint, int closeCode, string reason)
        {
            WebSocket client = Find(server, endPoint);
            if (client == null || _rawClose == null)
            {
                server.DisconnectClient(endPoint, (WebSocketCloseStatus)closeCode);
                return;
            }

            Close(client, closeCode, reason);
        }

        /// <summary>The same for a WebSocket at hand (a ClientWebSocket: the link to the upstream board has the same bug).</summary>
        public static void Close(WebSocket socket, int closeCode, string reason)
        {
            Look();
            WebSocketCloseStatus status = (WebSocketCloseStatus)closeCode;
            if (socket.State == WebSocketState.Open && _rawClose != null)
            {
                _rawClose.Invoke(socket, new object[] { status, reason == null ? null : Encoding.UTF8.GetBytes(reason), false });
            }

            socket.Close(status, null);
        }

        private static WebSocket Find(WebSocketServer server, string endPoint)
        {
            Look();
            if (_pool == null || _clients == null)
            {
                return null;
            }

            object pool = _pool.GetValue(server);
            Hashtable clients = pool == null ? null : _clients.GetValue(pool) as Hashtable;
            return clients == null ? null : clients[endPoint] as WebSocket;
        }

        private static void Look()
        {
            if (_looked)
            {
                return;
            }

            _pool = typeof(WebSocketServer).GetField("_webSocketClientsPool", Hidden);
            _clients = _pool == null ? null : _pool.FieldType.GetField("_webSocketClients", Hidden);
            MethodInfo rawClose = typeof(WebSocket).GetMethod("RawClose", Hidden);
            // Only the three-parameter RawClose of the library that has the bug.
            _rawClose = rawClose != null && rawClose.GetParameters().Length == 3 ? rawClose : null;
            _looked = true;
        }
    }
}
