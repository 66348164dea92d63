using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;

namespace ChatFirmware.Core
{
    /// <summary>
    /// The one entry point the hosts call: HTTP request in, response out; chat socket opened, message
    /// received, closed; a periodic tick. Safe to call from many threads.
    /// </summary>
    /// <remarks>
    /// Two locks, always taken in this order: the delivery lock keeps outgoing messages in id order for
    /// every recipient; the state lock guards users, sessions and the room and is released before
    /// anything is handed to a socket. Sockets only queue (see IChatSocket), so holding the delivery
    /// lock while flushing costs microseconds.
    /// </remarks>
    public sealed class ChatServer
    {
        private readonly object _state = new object();
        private readonly object _delivery = new object();
        private readonly ChatSettings _settings;
        private readonly ChatPorts _ports;
        private readonly AccountStore _store;
        private readonly AccountService _accounts;
        private readonly WebApp _web;
        private readonly ChatRoom _room;
        private readonly Outbox _outbox;

        public ChatServer(ChatSettings settings, ChatPorts ports)
        {
            _settings = settings;
            _ports = ports;
            _store = new AccountStore(ports.Flash, ports.Uptime, ports.Log, settings.MaxUsers, settings.MaxSessions);
            _accounts = new AccountService(_state, settings, _store, ports.Hmac, ports.Random, ports.Uptime);
            _web = new WebApp(_state, settings, _accounts, new StaticAssets(ports.Assets));
            _room = new ChatRoom(settings);
            _outbox = new Outbox((settings.MaxChatConnections * 2) + 4);
        }

        public ChatSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>Image writes to flash since start (wear accounting, health page, tests).</summary>
        public int FlashWrites
        {
            get { return _store.FlashWrites; }
        }

        public int ChatConnectionCount
        {
            get
            {
                lock (_state)
                {
                    return _room.ConnectionCount;
                }
            }
        }

        /// <summary>Loads users and sessions from flash. Call once before serving.</summary>
        public void Start()
        {
            lock (_state)
            {
                _store.Load();
            }
        }

        public HttpResponse HandleHttp(HttpRequest request)
        {
            HttpResponse response = request.Path == "/ws" ? AuthorizeUpgrade(request) : _web.Handle(request);
            if (response.EndedSessions != null)
            {
                CloseSessions(response.EndedSessions, "Your session ended (logged out or signed in elsewhere).");
            }

            return response;
        }

        /// <summary>
        /// Called by the host right after it completed the WebSocket handshake that
        /// <see cref="HandleHttp"/> authorised (status 101). Returns the connection handle, or null
        /// when the socket was refused (and closed with a reason).
        /// </summary>
        public ChatConnection OpenChat(HttpRequest upgradeRequest, IChatSocket socket)
        {
            ChatConnection connection = null;
            lock (_delivery)
            {
                lock (_state)
                {
                    Session session = _accounts.Authenticate(Cookies.Find(upgradeRequest.Cookie, _settings.SessionCookieName));
                    User user = session == null ? null : _accounts.Users.FindById(session.UserId);
                    if (user == null)
                    {
                        _outbox.Close(socket, CloseCodes.PolicyViolation, "Not logged in.");
                    }
                    else
                    {
                        connection = new ChatConnection(socket, user.Id, user.Name, session.TokenHash, new TokenBucket(_settings.RateLimitBurst, _settings.RateLimitRefillMs, _ports.Uptime.UptimeMilliseconds));
                        if (!_room.Open(connection, _outbox))
                        {
                            connection = null;
                        }
                    }
                }

                _outbox.Flush();
            }

            return connection;
        }

        /// <summary>One complete message (text or binary frame payload) from a chat socket.</summary>
        public void OnChatMessage(ChatConnection connection, byte[] data, int offset, int count)
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    long wall = _ports.WallClock.IsSet ? _ports.WallClock.UnixMilliseconds : 0;
                    _room.Receive(connection, data, offset, count, _ports.Uptime.UptimeMilliseconds, wall, _outbox);
                }

                _outbox.Flush();
            }
        }

        /// <summary>The host reports that a chat socket is gone.</summary>
        public void OnChatClosed(ChatConnection connection)
        {
            lock (_state)
            {
                _room.Closed(connection);
            }
        }

        /// <summary>Periodic housekeeping (the hosts call it every few seconds): ends expired sessions.</summary>
        public void Tick()
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    long now = _ports.Uptime.UptimeMilliseconds;
                    SessionTable sessions = _accounts.Sessions;
                    for (int i = sessions.Count - 1; i >= 0; i--)
                    {
                        Session session = sessions[i];
                        if (SessionTable.IsExpired(session, now, _settings.SessionIdleTimeoutMs, _settings.SessionAbsoluteTimeoutMs))
                        {
                            sessions.Remove(session);
                            _room.CloseSession(session.TokenHash, "Your session expired. Please log in again.", _outbox);
                        }
                    }
                }

                _outbox.Flush();
            }
        }

        /// <summary>Clean shutdown: says goodbye to every chat socket.</summary>
        public void Shutdown()
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    _room.CloseAll(CloseCodes.GoingAway, "The chat server is shutting down.", _outbox);
                }

                _outbox.Flush();
            }
        }

        private HttpResponse AuthorizeUpgrade(HttpRequest request)
        {
            HttpResponse response;
            if (request.Method != "GET" || !request.IsWebSocketUpgrade)
            {
                response = new HttpResponse(426);
                response.SetHeader("Upgrade", "websocket");
            }
            else if (!SecurityHeaders.IsSameOrigin(request))
            {
                response = new HttpResponse(403);
            }
            else
            {
                Session session;
                response = new HttpResponse(_web.CurrentUser(request, out session) == null ? 401 : HttpResponse.SwitchingProtocols);
            }

            SecurityHeaders.Apply(response);
            return response;
        }

        private void CloseSessions(byte[][] tokenHashes, string reason)
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    for (int i = 0; i < tokenHashes.Length; i++)
                    {
                        _room.CloseSession(tokenHashes[i], reason, _outbox);
                    }
                }

                _outbox.Flush();
            }
        }
    }
}
