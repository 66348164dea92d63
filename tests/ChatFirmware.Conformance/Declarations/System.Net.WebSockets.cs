// Declarations of System.Net.WebSockets 1.1.167 (api/System.Net.WebSockets.txt; the device references
// the .Server package's System.Net.WebSockets.dll): the server, its options and events. Close status
// values are the library's own (RFC 6455 codes).
namespace System.Net.WebSockets
{
    public enum FragmentationType
    {
        NotFragmented = 0,
        FirstFragment = 1,
        Fragment = 2,
        FinalFragment = 3,
    }

    public class MessageFrame
    {
        public MessageFrame() { }

        public IPEndPoint EndPoint { get { throw null; } set { } }

        public WebSocketFrame.WebSocketMessageType MessageType { get { throw null; } }
    }

    public class ReceiveMessageFrame : MessageFrame
    {
        public ReceiveMessageFrame() { }

        public byte[] Buffer { get { throw null; } set { } }

        public FragmentationType Fragmentation { get { throw null; } set { } }

        public bool IsFragmented { get { throw null; } }

        public int MessageLength { get { throw null; } set { } }
    }

    public class MessageReceivedEventArgs : EventArgs
    {
        public MessageReceivedEventArgs() { }

        public ReceiveMessageFrame Frame { get { throw null; } set { } }
    }
}

namespace System.Net.WebSockets.WebSocketFrame
{
    public enum WebSocketCloseStatus
    {
        ClosedAbnormally = 1006,
        NormalClosure = 1000,
        EndpointUnavailable = 1001,
        ProtocolError = 1002,
        InvalidMessageType = 1003,
        Reserved = 1004,
        Empty = 1005,
        InvalidPayloadData = 1007,
        PolicyViolation = 1008,
        MessageTooBig = 1009,
        MandatoryExtension = 1010,
        InternalServerError = 1011,
    }

    public enum WebSocketMessageType
    {
        Text = 0,
        Binary = 1,
    }

    public class WebSocketOptions
    {
        public WebSocketOptions() { }

        public TimeSpan KeepAliveInterval { get { throw null; } set { } }

        public int MaxFragmentSize { get { throw null; } set { } }

        public int MaxReceiveFrameSize { get { throw null; } set { } }

        public TimeSpan ServerTimeout { get { throw null; } set { } }
    }
}

namespace System.Net.WebSockets.Server
{
    public class WebSocketClosedEventArgs : EventArgs
    {
        public IPEndPoint EndPoint;

        public WebSocketClosedEventArgs() { }
    }

    public class WebSocketOpenedEventArgs : EventArgs
    {
        public IPEndPoint EndPoint;

        public WebSocketOpenedEventArgs() { }
    }

    public class WebSocketServer : IDisposable
    {
        public WebSocketServer(WebSocketServerOptions options = null) { }

        public delegate void MessageReceivedEventhandler(object sender, MessageReceivedEventArgs e);

        public delegate void WebSocketOpenedEventhandler(object sender, WebSocketOpenedEventArgs e);

        public delegate void WebSocketClosedEventhandler(object sender, WebSocketClosedEventArgs e);

        public event MessageReceivedEventhandler MessageReceived { add { } remove { } }

        public event WebSocketOpenedEventhandler WebSocketOpened { add { } remove { } }

        public event WebSocketClosedEventhandler WebSocketClosed { add { } remove { } }

        public int ClientsCount { get { throw null; } }

        public int FragmentSize { get { throw null; } }

        public TimeSpan KeepAliveInterval { get { throw null; } }

        public string[] ListClients { get { throw null; } }

        public int MaxClients { get { throw null; } }

        public int MaxReceiveFrameSize { get { throw null; } }

        public int Port { get { throw null; } }

        public string Prefix { get { throw null; } }

        public string ServerName { get { throw null; } }

        public TimeSpan ServerTimeout { get { throw null; } }

        public bool Started { get { throw null; } }

        public void Abort() { }

        public bool AddWebSocket(HttpListenerContext context) { throw null; }

        public void BroadCast(byte[] buffer, int fragmentSize = -1) { }

        public void BroadCast(string message, int fragmentSize = -1) { }

        public void DisconnectClient(string endPoint, WebSocketFrame.WebSocketCloseStatus closeStatus, bool abort = false) { }

        public void Dispose() { }

        public void SendData(string endPoint, byte[] buffer, int fragmentSize = -1) { }

        public void SendText(string endPoint, string message, int fragmentSize = -1) { }

        public void Start() { }

        public void Stop() { }
    }

    public class WebSocketServerOptions : WebSocketFrame.WebSocketOptions
    {
        public WebSocketServerOptions() { }

        public bool IsStandAlone { get { throw null; } set { } }

        public int MaxClients { get { throw null; } set { } }

        public int Port { get { throw null; } set { } }

        public string Prefix { get { throw null; } set { } }

        public string ServerName { get { throw null; } set { } }
    }
}
