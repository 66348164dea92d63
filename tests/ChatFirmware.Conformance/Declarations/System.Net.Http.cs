// Declarations of System.Net.Http 1.5.210 (api/System.Net.Http.txt; the device references the .Server
// package's System.Net.Http.dll): the HTTP listener and its request and response.
namespace System.Net
{
    public class HttpListener
    {
        public HttpListener(string prefix) { }

        public HttpListener(string prefix, int port, IPAddress localEndpointIP = null) { }

        public bool IsListening { get { throw null; } }

        public int MaximumResponseHeadersLength { get { throw null; } set { } }

        public void Abort() { }

        public void Close() { }

        public HttpListenerContext GetContext() { throw null; }

        public void Start() { }

        public void Stop() { }
    }

    public class HttpListenerContext
    {
        internal HttpListenerContext() { }

        public HttpListenerRequest Request { get { throw null; } }

        public HttpListenerResponse Response { get { throw null; } }

        public void Close() { }
    }

    public class HttpListenerRequest
    {
        internal HttpListenerRequest() { }

        public long ContentLength64 { get { throw null; } }

        public string ContentType { get { throw null; } }

        public WebHeaderCollection Headers { get { throw null; } }

        public string HttpMethod { get { throw null; } }

        public IO.Stream InputStream { get { throw null; } }

        public bool KeepAlive { get { throw null; } }

        public IPEndPoint LocalEndPoint { get { throw null; } }

        public string RawUrl { get { throw null; } }

        public IPEndPoint RemoteEndPoint { get { throw null; } }

        public string UserAgent { get { throw null; } }

        public string UserHostName { get { throw null; } }
    }

    public class HttpListenerResponse : IDisposable
    {
        internal HttpListenerResponse() { }

        public Text.Encoding ContentEncoding { get { throw null; } set { } }

        public long ContentLength64 { get { throw null; } set { } }

        public string ContentType { get { throw null; } set { } }

        public bool HasStarted { get { throw null; } }

        public WebHeaderCollection Headers { get { throw null; } set { } }

        public bool KeepAlive { get { throw null; } set { } }

        public IO.Stream OutputStream { get { throw null; } }

        public string RedirectLocation { get { throw null; } set { } }

        public bool SendChunked { get { throw null; } set { } }

        public int StatusCode { get { throw null; } set { } }

        public string StatusDescription { get { throw null; } set { } }

        public void Close() { }

        public void Detach() { }

        void IDisposable.Dispose() { }
    }

    public class WebHeaderCollection
    {
        public WebHeaderCollection() { }

        public string[] AllKeys { get { throw null; } }

        public int Count { get { throw null; } }

        public string this[string header] { get { throw null; } }

        public static bool IsRestricted(string headerName) { throw null; }

        public void Add(string header) { }

        public void Add(string name, string value) { }

        public string[] GetValues(string header) { throw null; }

        public void Remove(string name) { }

        public void Set(string name, string value) { }

        public override string ToString() { throw null; }
    }
}
