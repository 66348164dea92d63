using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Web
{
    /// <summary>
    /// The core's answer: status, content type, body and extra headers. Hosts copy it to the wire
    /// as is; the core never emits the headers nanoFramework restricts (Content-Length, Connection),
    /// and at most one Set-Cookie (nanoFramework merges repeated headers into one line).
    /// </summary>
    public sealed class HttpResponse
    {
        /// <summary>The upgrade was authorised: the host performs the WebSocket handshake.</summary>
        public const int SwitchingProtocols = 101;

        private const int MaxHeaders = 12;
        private readonly string[] _names = StringArray.Create(MaxHeaders);
        private readonly string[] _values = StringArray.Create(MaxHeaders);
        private int _headerCount;

        public HttpResponse(int statusCode)
        {
            StatusCode = statusCode;
        }

        public int StatusCode { get; set; }

        public string ContentType { get; set; }

        public byte[] Body { get; set; }

        /// <summary>
        /// Set instead of <see cref="Body"/> when the host sends a page asset itself, slice by slice from
        /// its IAssetSource (<see cref="Ports.IAssetSource.SendsInSlices"/>: the device, so that a whole
        /// asset never sits in its small heap). Null for every other response.
        /// </summary>
        public string BodyAsset { get; set; }

        /// <summary>The length in bytes of <see cref="BodyAsset"/> (the Content-Length).</summary>
        public int BodyAssetLength { get; set; }

        /// <summary>Sessions this request ended (logout, eviction): the facade closes their chats.</summary>
        internal byte[][] EndedSessions { get; set; }

        public int HeaderCount
        {
            get { return _headerCount; }
        }

        public string HeaderName(int index)
        {
            return _names[index];
        }

        public string HeaderValue(int index)
        {
            return _values[index];
        }

        /// <summary>Sets a header, replacing an earlier value of the same name.</summary>
        public void SetHeader(string name, string value)
        {
            for (int i = 0; i < _headerCount; i++)
            {
                if (_names[i] == name)
                {
                    _values[i] = value;
                    return;
                }
            }

            _names[_headerCount] = name;
            _values[_headerCount] = value;
            _headerCount++;
        }

        /// <summary>The value of a header set on this response, or null.</summary>
        public string GetHeader(string name)
        {
            for (int i = 0; i < _headerCount; i++)
            {
                if (_names[i] == name)
                {
                    return _values[i];
                }
            }

            return null;
        }
    }
}
