using System.Threading;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Text;
using ChatFirmware.Core.Web;

namespace ChatFirmware.Core.Fallback
{
    /// <summary>
    /// The chat over plain HTTP, for browsers whose WebSocket the device refuses (Firefox upgrade):
    /// GET /api/events long-polls for protocol messages, POST /api/messages sends one. It carries the
    /// same protocol v1 messages as the socket (docs/protocol.md).
    /// </summary>
    public sealed class FallbackTransport
    {
        private const string EventsPath = "/api/events";
        private const string MessagesPath = "/api/messages";
        private readonly object _state;
        private readonly object _delivery;
        private readonly Settings.ChatSettings _settings;
        private readonly ChatPorts _ports;
        private readonly ChatRoom _room;
        private readonly Outbox _outbox;
        private readonly WebApp _web;
        private readonly PollingClients _clients;

        public FallbackTransport(object stateLock, object deliveryLock, Settings.ChatSettings settings, ChatPorts ports, ChatRoom room, Outbox outbox, WebApp web)
        {
            _state = stateLock;
            _delivery = deliveryLock;
            _settings = settings;
            _ports = ports;
            _room = room;
            _outbox = outbox;
            _web = web;
            _clients = new PollingClients(settings.MaxChatConnections);
        }

        public static bool Serves(string path)
        {
            return path == EventsPath || path == MessagesPath;
        }

        public HttpResponse Handle(HttpRequest request)
        {
            HttpResponse response;
            if (request.Path == EventsPath)
            {
                response = request.Method == "GET" ? Poll(request) : NotAllowed("GET");
            }
            else
            {
                response = request.Method == "POST" ? Post(request) : NotAllowed("POST");
            }

            SecurityHeaders.Apply(response);
            return response;
        }

        /// <summary>Drops clients that stopped polling (tab closed, phone asleep). Call under both locks.</summary>
        public void DropSilentClients(long nowMs)
        {
            for (int i = _clients.Count - 1; i >= 0; i--)
            {
                if (nowMs - _clients.SocketAt(i).LastPollMs > _settings.PollIdleTimeoutMs)
                {
                    _room.Closed(_clients.ConnectionAt(i), _outbox);
                    _clients.RemoveAt(i);
                }
            }
        }

        /// <summary>
        /// A poll without news waits for it, within three caps (docs/protocol.md): on one poll id only
        /// the newest poll waits (the one before answers at once); a session has at most
        /// MaxWaitingPollsPerSession waiting; and all of them together never take the HTTP handlers that
        /// pages, logins and posts need (<see cref="Overload.WaitingPollLimit"/>). A poll that may not
        /// wait answers at once and asks its page to poll again after PollRetryMs.
        /// </summary>
        private HttpResponse Poll(HttpRequest request)
        {
            string pollId = QueryString.Get(request, "poll");
            PollingSocket socket;
            WaitHandle wake = null;
            int retryMs = 0;
            bool fresh = pollId == null;
            lock (_delivery)
            {
                lock (_state)
                {
                    socket = fresh ? Open(request) : Find(request, pollId);
                    if (socket != null && !fresh && socket.Count == 0 && socket.CloseCode == 0)
                    {
                        if (socket.IsWaiting || (CountWaiting(socket.SessionTokenHash) < _settings.MaxWaitingPollsPerSession && CountWaiting(null) < Overload.WaitingPollLimit(_settings, OpenWebSockets())))
                        {
                            wake = socket.BeginWait();
                        }
                        else
                        {
                            retryMs = _settings.PollRetryMs;
                        }
                    }
                }

                _outbox.Flush();
            }

            if (socket == null)
            {
                return fresh ? Json(401, Error("Not logged in.")) : Json(410, Error("This poll ended; open a new one and resume from your last id."));
            }

            // Wait outside every lock; the socket signals the handle when it queues something.
            if (wake != null)
            {
                wake.WaitOne(_settings.PollWaitMs, false);
            }

            byte[][] events;
            lock (_delivery)
            {
                if (wake != null && !socket.EndWait(wake))
                {
                    // A newer poll of this client waits now and will carry the news; this one leaves empty.
                    events = new byte[0][];
                    retryMs = _settings.PollRetryMs;
                }
                else
                {
                    events = socket.Drain();
                }

                socket.LastPollMs = _ports.Uptime.UptimeMilliseconds;
                if (socket.CloseCode != 0)
                {
                    lock (_state)
                    {
                        int index = _clients.IndexOf(socket.PollId);
                        if (index >= 0)
                        {
                            // A queue overflow closes the socket behind the room's back: it leaves the room here.
                            _room.Closed(_clients.ConnectionAt(index), _outbox);
                            _clients.RemoveAt(index);
                        }
                    }

                    _outbox.Flush();
                }
            }

            HttpResponse response = new HttpResponse(200);
            response.ContentType = "application/json; charset=utf-8";
            response.Body = PollBatch.Encode(socket.PollId, events, socket.CloseCode, socket.CloseReason, retryMs);
            return response;
        }

        /// <summary>Polling clients with a poll waiting: all of them, or those of one session. Under the delivery lock.</summary>
        private int CountWaiting(byte[] sessionTokenHash)
        {
            int waiting = 0;
            for (int i = 0; i < _clients.Count; i++)
            {
                PollingSocket socket = _clients.SocketAt(i);
                if (socket.IsWaiting && (sessionTokenHash == null || Security.ConstantTime.AreEqual(socket.SessionTokenHash, sessionTokenHash)))
                {
                    waiting++;
                }
            }

            return waiting;
        }

        /// <summary>Chat connections that are WebSockets (each holds a socket of the board). Under the state lock.</summary>
        private int OpenWebSockets()
        {
            int webSockets = 0;
            for (int i = 0; i < _room.ConnectionCount; i++)
            {
                if (!(_room[i].Socket is PollingSocket))
                {
                    webSockets++;
                }
            }

            return webSockets;
        }

        private HttpResponse Post(HttpRequest request)
        {
            if (!SecurityHeaders.IsSameOrigin(request))
            {
                return Json(403, Error("This request came from another site."));
            }

            if (request.DeclaredBodyLength > _settings.MaxRequestBodyBytes || request.Body == null)
            {
                return Json(request.Body == null && request.DeclaredBodyLength <= _settings.MaxRequestBodyBytes ? 400 : 413, Error("The message is missing or too large."));
            }

            lock (_delivery)
            {
                ChatConnection connection;
                lock (_state)
                {
                    PollingSocket socket = Find(request, QueryString.Get(request, "poll"));
                    int index = socket == null ? -1 : _clients.IndexOf(socket.PollId);
                    connection = index < 0 ? null : _clients.ConnectionAt(index);
                    if (connection != null)
                    {
                        // Replies (errors, the message itself) arrive on the poll, as on a socket.
                        _room.Receive(connection, request.Body, 0, request.Body.Length, _outbox);
                    }
                }

                _outbox.Flush();
                return connection == null ? Json(410, Error("This poll ended; open a new one and resume from your last id.")) : new HttpResponse(204);
            }
        }

        /// <summary>A new polling client for the request's session (null without one). Under both locks.</summary>
        private PollingSocket Open(HttpRequest request)
        {
            Sessions.Session session;
            Accounts.User user = _web.CurrentUser(request, out session);
            if (user == null)
            {
                return null;
            }

            byte[] id = new byte[16];
            _ports.Random.Fill(id);
            PollingSocket socket = new PollingSocket(Hex.Encode(id, 0, id.Length), session.TokenHash, _settings.PollQueueMessages, _ports.Uptime.UptimeMilliseconds);
            ChatConnection connection = _room.Connect(socket, user.Id, user.Name, user.IsAdmin, session.TokenHash);
            if (_room.Open(connection, QueryString.GetLong(request, "after"), _outbox) && !_clients.Add(socket, connection))
            {
                // The slots are held by polls the room already ended (logout, overflow) whose page never came back.
                for (int i = _clients.Count - 1; i >= 0; i--)
                {
                    if (_clients.SocketAt(i).CloseCode != 0)
                    {
                        _room.Closed(_clients.ConnectionAt(i), _outbox);
                        _clients.RemoveAt(i);
                    }
                }

                _clients.Add(socket, connection);
            }

            return socket;
        }

        /// <summary>The polling client with this id, if it belongs to the request's live session.</summary>
        private PollingSocket Find(HttpRequest request, string pollId)
        {
            int index = pollId == null ? -1 : _clients.IndexOf(pollId);
            if (index < 0)
            {
                return null;
            }

            Sessions.Session session;
            Accounts.User user = _web.CurrentUser(request, out session);
            PollingSocket socket = _clients.SocketAt(index);
            return user != null && Security.ConstantTime.AreEqual(session.TokenHash, socket.SessionTokenHash) ? socket : null;
        }

        private static byte[] Error(string message)
        {
            JsonWriter json = new JsonWriter(64 + message.Length);
            json.BeginObject();
            json.Property("error", message);
            json.EndObject();
            return json.ToUtf8();
        }

        private static HttpResponse Json(int status, byte[] body)
        {
            HttpResponse response = new HttpResponse(status);
            response.ContentType = "application/json; charset=utf-8";
            response.Body = body;
            return response;
        }

        private static HttpResponse NotAllowed(string allow)
        {
            HttpResponse response = Json(405, Error("Method not allowed."));
            response.SetHeader("Allow", allow);
            return response;
        }
    }
}
