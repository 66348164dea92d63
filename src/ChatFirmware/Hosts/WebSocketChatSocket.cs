using System.Net.WebSockets.Server;
using System.Threading;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;

namespace ChatFirmware
{
    /// <summary>
    /// One chat client as the core sees it. Both calls only queue work on the server's per-client send
    /// thread, as IChatSocket requires. Also the WebSocketHost's record of the client: the core's
    /// handle for it, and whether the socket went away before the core accepted it.
    /// </summary>
    internal sealed class WebSocketChatSocket : IChatSocket
    {
        private readonly WebSocketServer _server;

        public WebSocketChatSocket(WebSocketServer server, string endPoint)
        {
            _server = server;
            EndPoint = endPoint;
            Accepted = new ManualResetEvent(false);
        }

        /// <summary>The pool's key for the client: its remote "address:port".</summary>
        public string EndPoint { get; private set; }

        /// <summary>Set once the core has decided on the socket (accepted or refused).</summary>
        public ManualResetEvent Accepted { get; private set; }

        /// <summary>The core's handle once it accepted the socket (guarded by the host's client table lock).</summary>
        public ChatConnection Connection { get; set; }

        /// <summary>The server reported the socket closed (guarded by the host's client table lock).</summary>
        public bool Gone { get; set; }

        public void Send(byte[] message)
        {
            // A binary frame of the core's bytes: the same buffer goes to every recipient, where
            // SendText would re-encode the text once per client.
            _server.SendData(EndPoint, message);
        }

        public void Close(int closeCode, string reason)
        {
            // Not DisconnectClient alone: it never sends the close frame ("lost close code", CloseFrames).
            CloseFrames.Close(_server, EndPoint, closeCode, reason);
        }
    }
}
