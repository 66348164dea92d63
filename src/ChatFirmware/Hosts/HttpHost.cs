using System;
using System.IO;
using System.Net;
using System.Threading;
using ChatFirmware.Core;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Web;
using ChatFirmware.Ports;

namespace ChatFirmware
{
    /// <summary>
    /// HTTP on the settings' port (80 on a board) of the address its entry point gives: every interface
    /// on a board (the access point and, in station mode, the joined network), loopback on nanoCLR for
    /// Linux. Each connection is handled on its own thread, because reading a request's headers blocks and an
    /// idle browser preconnect would otherwise stall everyone; the number of handlers is capped because
    /// each holds one of the board's 16 sockets (docs/device.md).
    /// </summary>
    internal sealed class HttpHost
    {
        private readonly ChatServer _chat;
        private readonly WebSocketHost _sockets;
        private readonly LinkServerHost _links;
        private readonly LinkClientHost _upstream;
        private readonly DeviceHealth _health;
        private readonly IAssetSource _assets;
        private readonly ILog _log;
        private readonly HttpListener _listener;
        private readonly AutoResetEvent _handlerDone = new AutoResetEvent(false);
        private int _busy;

        /// <param name="links">Downstream boards' links (null when the board links with no other).</param>
        /// <param name="upstream">The link client to the upstream board (null when it has none).</param>
        public HttpHost(ChatServer chat, WebSocketHost sockets, LinkServerHost links, LinkClientHost upstream, DeviceHealth health, IAssetSource assets, ILog log, IPAddress address, int port)
        {
            _chat = chat;
            _sockets = sockets;
            _links = links;
            _upstream = upstream;
            _health = health;
            _assets = assets;
            _log = log;
            // Given explicitly: the listener's default is the first configured interface only.
            _listener = new HttpListener("http", port, address);
        }

        /// <summary>Requests being handled now (each holds a socket and a thread).</summary>
        public int Busy
        {
            get { return _busy; }
        }

        /// <summary>Starts listening; throws when the port cannot be bound.</summary>
        public void Start()
        {
            _listener.Start();
        }

        /// <summary>Accepts connections until the listener stops (after <see cref="Start"/>).</summary>
        public void Run()
        {
            while (true)
            {
                HttpListenerContext context = _listener.GetContext();
                if (context == null)
                {
                    return;
                }

                if (!TakeHandler())
                {
                    _log.Warn("all " + HandlerLimit() + " HTTP handlers busy: connection closed");
                    context.Close();
                    continue;
                }

                new Thread(() => Serve(context)).Start();
            }
        }

        private int HandlerLimit()
        {
            // Links hold sockets of the same table: one upstream, a few downstream (docs/device.md).
            int links = (_links == null ? 0 : _links.ClientCount) + (_upstream != null && _upstream.Connected ? 1 : 0);
            return Overload.HttpHandlerLimit(_chat.Settings, DeviceSettings.LwipSockets, DeviceSettings.FixedSockets, _sockets.ClientCount + links);
        }

        private void Serve(HttpListenerContext context)
        {
            bool upgraded = false;
            try
            {
                HttpRequest coreRequest = ToCoreRequestOrNull(context);
                if (coreRequest != null)
                {
                    HttpListenerRequest request = context.Request;
                    HttpResponse response;
                    if (_health.Refusing && !Overload.ServedWhileLow(coreRequest))
                    {
                        response = Overload.Busy();
                    }
                    else
                    {
                        ReadBody(request, coreRequest);
                        response = _chat.HandleHttp(coreRequest);
                    }

                    if (response.StatusCode == HttpResponse.SwitchingProtocols && coreRequest.Path == "/link" && _links != null && !_links.IsFull && !_health.Refusing)
                    {
                        upgraded = true;
                        _links.Accept(context, coreRequest);
                    }
                    else if (response.StatusCode == HttpResponse.SwitchingProtocols && coreRequest.Path != "/link" && !_sockets.IsFull && !_health.Refusing)
                    {
                        upgraded = true;
                        _sockets.Accept(context, coreRequest);
                    }
                    else
                    {
                        // A full pool answers 503 here: AddWebSocket's own 503 leaks the socket.
                        Write(context.Response, response.StatusCode == HttpResponse.SwitchingProtocols ? Overload.Busy() : response, coreRequest.Method == "HEAD");
                    }
                }
            }
            catch (Exception e)
            {
                _log.Warn("HTTP request failed: " + e.Message);
            }
            finally
            {
                if (!upgraded)
                {
                    context.Close();
                }

                Interlocked.Decrement(ref _busy);
                _handlerDone.Set();
            }
        }

        /// <summary>
        /// The core's request; null when there is nothing to answer (the client went away while its
        /// headers were read) or when it was answered here with 400: the listener throws on a request
        /// line or header it cannot parse, and its context, closed unanswered, would send a bare 200
        /// (UnparsedRequest).
        /// </summary>
        private HttpRequest ToCoreRequestOrNull(HttpListenerContext context)
        {
            try
            {
                HttpListenerRequest request = context.Request;
                return request.HttpMethod == null || request.RawUrl == null ? null : ToCoreRequest(request);
            }
            catch (Exception e)
            {
                _log.Warn("HTTP request malformed: " + e.Message);
                HttpListenerResponse response = UnparsedRequest.Response(context);
                if (response != null)
                {
                    Write(response, RequestFraming.Malformed(), false);
                }

                return null;
            }
        }

        private HttpRequest ToCoreRequest(HttpListenerRequest request)
        {
            // RawUrl, not Url: Url is a relative Uri whose AbsolutePath throws.
            HttpRequest coreRequest = new HttpRequest(request.HttpMethod, request.RawUrl);
            WebHeaderCollection headers = request.Headers;
            coreRequest.RemoteAddress = request.RemoteEndPoint.Address.ToString();
            // No cookie API on the device: the raw header goes to the core, which parses it.
            coreRequest.Cookie = headers["Cookie"];
            coreRequest.Origin = headers["Origin"];
            coreRequest.Host = headers["Host"];
            coreRequest.ContentType = headers["Content-Type"];
            coreRequest.IfNoneMatch = headers["If-None-Match"];
            string upgrade = headers["Upgrade"];
            coreRequest.IsWebSocketUpgrade = upgrade != null && upgrade.ToLower() == "websocket";
            coreRequest.DeclaredBodyLength = request.ContentLength64;
            // The listener reads "Content-Length: -1" as no length at all.
            if (headers["Content-Length"] != null && request.ContentLength64 < 0)
            {
                throw new ArgumentException("Content-Length " + headers["Content-Length"]);
            }

            // A body is read only to its declared length (ReadExactly): one without (chunked) is refused by the core (411).
            coreRequest.BodyLengthUnknown = headers["Transfer-Encoding"] != null;
            return coreRequest;
        }

        /// <summary>The body, when its declared length is within MaxRequestBodyBytes (the core answers 413 otherwise).</summary>
        private void ReadBody(HttpListenerRequest request, HttpRequest coreRequest)
        {
            long length = coreRequest.DeclaredBodyLength;
            if (length > 0 && length <= _chat.Settings.MaxRequestBodyBytes)
            {
                coreRequest.Body = ReadExactly(request.InputStream, (int)length);
            }
        }

        /// <summary>
        /// Exactly the declared length: the listener's input stream does not stop at the body's end
        /// (a read past it blocks) and its Length is only what has arrived so far.
        /// </summary>
        private static byte[] ReadExactly(Stream stream, int length)
        {
            if (stream.CanTimeout)
            {
                stream.ReadTimeout = DeviceSettings.BodyReadTimeoutMs;
            }

            byte[] body = new byte[length];
            int read = 0;
            while (read < length)
            {
                int n = stream.Read(body, read, length - read);
                if (n <= 0)
                {
                    return null;
                }

                read += n;
            }

            return body;
        }

        private void Write(HttpListenerResponse response, HttpResponse coreResponse, bool head)
        {
            response.StatusCode = coreResponse.StatusCode;
            if (coreResponse.ContentType != null)
            {
                response.ContentType = coreResponse.ContentType;
            }

            // The core sets each header once (one Set-Cookie at most: nanoFramework merges repeats).
            for (int i = 0; i < coreResponse.HeaderCount; i++)
            {
                string name = coreResponse.HeaderName(i);
                // Headers.Add throws on these (Content-Length, Connection...); the core never sends them.
                if (WebHeaderCollection.IsRestricted(name))
                {
                    _log.Warn("restricted response header dropped: " + name);
                    continue;
                }

                response.Headers.Add(name, coreResponse.HeaderValue(i));
            }

            byte[] body = coreResponse.Body;
            if (coreResponse.BodyAsset != null)
            {
                response.ContentLength64 = coreResponse.BodyAssetLength;
                if (!head)
                {
                    WriteAsset(response.OutputStream, coreResponse.BodyAsset, coreResponse.BodyAssetLength);
                }
            }
            else if (body != null)
            {
                response.ContentLength64 = body.Length;
                if (!head)
                {
                    response.OutputStream.Write(body, 0, body.Length);
                }
            }
            else if (coreResponse.StatusCode != 204 && coreResponse.StatusCode != 304)
            {
                response.ContentLength64 = 0;
            }

            response.Close();
        }

        /// <summary>A page asset, straight from the deployed image in slices: never whole in the heap.</summary>
        private void WriteAsset(Stream output, string name, int length)
        {
            for (int offset = 0; offset < length; offset += DeviceSettings.AssetSliceBytes)
            {
                int count = length - offset < DeviceSettings.AssetSliceBytes ? length - offset : DeviceSettings.AssetSliceBytes;
                byte[] slice = _assets.Read(name, offset, count);
                output.Write(slice, 0, slice.Length);
            }
        }

        private bool TakeHandler()
        {
            long deadline = Environment.TickCount64 + DeviceSettings.HandlerSlotWaitMs;
            while (true)
            {
                if (Interlocked.Increment(ref _busy) <= HandlerLimit())
                {
                    return true;
                }

                Interlocked.Decrement(ref _busy);
                long left = deadline - Environment.TickCount64;
                if (left <= 0)
                {
                    return false;
                }

                _handlerDone.WaitOne((int)left, false);
            }
        }
    }
}
