using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// The parts of an HTTP request the core needs, filled by the host from its platform's request.
    /// The host reads a body only when its declared length is within the settings' limit.
    /// </summary>
    public sealed class HttpRequest
    {
        public HttpRequest(string method, string target)
        {
            Method = method ?? string.Empty;
            Target = target ?? string.Empty;
            int question = TextScan.IndexOf(Target, '?');
            Path = question < 0 ? Target : Target.Substring(0, question);
            Query = question < 0 ? string.Empty : Target.Substring(question + 1);
            DeclaredBodyLength = -1;
        }

        public string Method { get; private set; }

        /// <summary>The raw request target ("/path?query"), as nanoFramework's RawUrl gives it.</summary>
        public string Target { get; private set; }

        public string Path { get; private set; }

        public string Query { get; private set; }

        /// <summary>The client's IP address (text), for throttling and the captive portal.</summary>
        public string RemoteAddress { get; set; }

        /// <summary>The raw Cookie header, or null.</summary>
        public string Cookie { get; set; }

        public string Origin { get; set; }

        public string Host { get; set; }

        public string ContentType { get; set; }

        /// <summary>The If-None-Match header, for revalidating cached assets.</summary>
        public string IfNoneMatch { get; set; }

        /// <summary>The request's Content-Length, or -1 when it had none.</summary>
        public long DeclaredBodyLength { get; set; }

        /// <summary>A body was announced without a length (Transfer-Encoding): refused with 411 (RequestFraming).</summary>
        public bool BodyLengthUnknown { get; set; }

        /// <summary>The body as read by the host (null when there was none or it was too large to read).</summary>
        public byte[] Body { get; set; }

        /// <summary>True when the request asks for a WebSocket upgrade (Upgrade: websocket).</summary>
        public bool IsWebSocketUpgrade { get; set; }
    }
}
