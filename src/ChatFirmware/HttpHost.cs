using System;
using System.IO;
using System.Net;
using System.Threading;
using ChatFirmware.Core;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Web;

namespace ChatFirmware
{
    /// <summary>
    /// HTTP on port 80: each connection is handled on its own thread, because reading a request's
    /// headers blocks and an idle browser preconnect would otherwise stall everyone; the number of
    /// handlers is capped because each holds one of the board's few sockets.
    /// </summary>
    internal sealed class HttpHost
    {
        private readonly ChatServer _chat;
        private readonly WebSocketHost _sockets;
        private readonly ILog _log;
        private readonly HttpListener _listener;
        private readonly int _maxHandlers;
        private readonly AutoResetEvent _handlerDone = new AutoResetEvent(false);
        private int _busy;

        public HttpHost(ChatServer chat, WebSocketHost sockets, ILog log)
        {
            _chat = chat;
            _sockets = sockets;
            _log = log;
            _maxHandlers = DeviceSettings.HttpHandlers(chat.Settings);
            // Bound to the AP's address: the listener's default is the first configured interface.
            _listener = new HttpListener("http", 80, IPAddress.Parse(DeviceSettings.Address));
        }

        /// <summary>Accepts connections until the listener stops.</summary>
        public void Run()
        {
            _listener.Start();
            while (true)
            {
                HttpListenerContext context = _listener.GetContext();
                if (context == null)
                {
                    return;
                }

                if (!TakeHandler())
                {
                    _log.Warn("all " + _maxHandlers + " HTTP handlers busy: connection closed");
                    context.Close();
                    continue;
                }

                new Thread(() => Serve(context)).Start();
            }
        }

        private void Serve(HttpListenerContext context)
        {
            bool upgraded = false;
            try
            {
                HttpListenerRequest request = context.Request;
                // Null when the client went away while its headers were read.
                if (request.HttpMethod != null && request.RawUrl != null)
                {
                    HttpRequest coreRequest = ToCoreRequest(request);
                    HttpResponse response = _chat.HandleHttp(coreRequest);
                    if (response.StatusCode == HttpResponse.SwitchingProtocols && !_sockets.IsFull)
                    {
                        upgraded = true;
                        _sockets.Accept(context, coreRequest);
                    }
                    else
                    {
                        // A full pool answers 503 here: AddWebSocket's own 503 leaks the socket.
                        Write(context.Response, response.StatusCode == HttpResponse.SwitchingProtocols ? new HttpResponse(503) : response, coreRequest.Method == "HEAD");
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
            long length = request.ContentLength64;
            coreRequest.DeclaredBodyLength = length;
            if (length > 0 && length <= _chat.Settings.MaxRequestBodyBytes)
            {
                coreRequest.Body = ReadBody(request.InputStream, (int)length);
            }

            return coreRequest;
        }

        /// <summary>
        /// Exactly the declared length: the listener's input stream does not stop at the body's end
        /// (a read past it blocks) and its Length is only what has arrived so far.
        /// </summary>
        private static byte[] ReadBody(Stream stream, int length)
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
            if (body != null)
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

        private bool TakeHandler()
        {
            long deadline = Environment.TickCount64 + DeviceSettings.HandlerSlotWaitMs;
            while (true)
            {
                if (Interlocked.Increment(ref _busy) <= _maxHandlers)
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
