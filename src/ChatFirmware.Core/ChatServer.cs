using ChatFirmware.Core.Accounts;
using ChatFirmware.Core.CaptivePortal;
using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Fallback;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Sessions;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Web;

namespace ChatFirmware.Core
{
    /// <summary>
    /// The one entry point the hosts call: HTTP request in, response out; chat socket opened, message
    /// (or fragment) received, closed; the same for links to other boards; a periodic tick; shutdown.
    /// Safe to call from many threads.
    /// </summary>
    /// <remarks>
    /// Two locks, always taken in this order: the delivery lock keeps outgoing messages in id order for
    /// every recipient; the state lock guards users, sessions and the room and is released before
    /// anything is handed to a socket. Sockets only queue (see IChatSocket), so holding the delivery
    /// lock while flushing costs microseconds.
    /// </remarks>
    public sealed class ChatServer : IRecipientDirectory, IChatModeration
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
        private readonly FallbackTransport _fallback;
        private readonly LinkLedger _ledger;
        private readonly LinkHub _links;

        public ChatServer(ChatSettings settings, ChatPorts ports)
            : this(settings, ports, null)
        {
        }

        /// <param name="link">
        /// The applied link settings (<see cref="LinkSettingsRules.Applicable"/>); with a room key the
        /// board links with others (docs/protocol.md, "Linked boards"), without (or null) it is alone.
        /// </param>
        public ChatServer(ChatSettings settings, ChatPorts ports, LinkSettings link)
        {
            _settings = settings;
            _ports = ports;
            _store = new AccountStore(ports.Flash, ports.Uptime, ports.Random, ports.Log, settings.MaxUsers, settings.MaxSessions);
            _accounts = new AccountService(_state, settings, _store, ports.Hmac, ports.Random, ports.Uptime);
            _web = new WebApp(_state, settings, _accounts, new StaticAssets(ports.Assets), new AdminApp(_state, settings, _accounts, this, ports), new PortalClients(settings.PortalClientCapacity, settings.PortalClientTimeoutMs), ports.Uptime, DeviceAddressOf(ports));
            _room = new ChatRoom(settings, ports.Flash, ports.Uptime, ports.WallClock, ports.Log, this);
            bool linked = link != null && link.RoomKey != null && link.RoomKey.Length > 0 && BoardNames.IsValid(link.BoardName);
            // A broadcast: one entry per chat socket and two more, and on a linked board its links' sockets.
            _outbox = new Outbox(settings.MaxChatConnections + 2 + (linked ? 1 + settings.MaxDownstreamLinks : 0));
            _fallback = new FallbackTransport(_state, _delivery, settings, ports, _room, _outbox, _web);

            // The ledger lives in the history's image even on a board that is not linked (now), so
            // that linking it later never takes lines it already holds for new ones.
            _ledger = new LinkLedger(settings.MaxRoomBoards * 2, ports.Random);
            _room.HistoryStore.Annex = _ledger;
            if (linked)
            {
                _links = new LinkHub(settings, link, ports, _ledger);
                _links.Attach(_room);
                _room.AttachRelay(_links.Relay);
            }
        }

        public ChatSettings Settings
        {
            get { return _settings; }
        }

        /// <summary>Image writes to flash since start, accounts and history (wear accounting).</summary>
        public int FlashWrites
        {
            get
            {
                lock (_state)
                {
                    return _store.FlashWrites + _room.HistoryStore.FlashWrites;
                }
            }
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

        /// <summary>This board's name in a linked room, or null when it links with no other board.</summary>
        public string BoardName
        {
            get { return _links == null ? null : _links.BoardName; }
        }

        /// <summary>The upstream board's link endpoint (ws://...), or null when this board has none: then the host runs no link client.</summary>
        public string UpstreamUrl
        {
            get { return _links == null ? null : _links.UpstreamUrl; }
        }

        /// <summary>Links open now, in any state (each holds a socket): the device counts them in its socket budget.</summary>
        public int LinkCount
        {
            get
            {
                lock (_state)
                {
                    return _links == null ? 0 : _links.OpenLinks;
                }
            }
        }

        /// <summary>Loads users, sessions and history from flash. Call once before serving.</summary>
        public void Start()
        {
            lock (_state)
            {
                _store.Load();
                _room.Load(_store.IdEpoch);
            }
        }

        public HttpResponse HandleHttp(HttpRequest request)
        {
            HttpResponse response;
            if (request.BodyLengthUnknown)
            {
                response = RequestFraming.LengthRequired();
            }
            else if (request.Path == "/ws")
            {
                response = AuthorizeUpgrade(request);
            }
            else if (request.Path == "/link" && _links != null)
            {
                response = AuthorizeLink(request);
            }
            else if (FallbackTransport.Serves(request.Path))
            {
                response = _fallback.Handle(request);
            }
            else
            {
                response = _web.Handle(request);
            }

            if (response.EndedSessions != null)
            {
                CloseSessions(response.EndedSessions, "Your session ended (logged out or signed in elsewhere).");
            }

            return response;
        }

        /// <summary>
        /// Called by the host right after it completed the WebSocket handshake that
        /// <see cref="HandleHttp"/> authorised (status 101). The request's "after" query parameter is
        /// the client's resume point. Returns the connection handle, or null when the socket was
        /// refused (and closed with a reason).
        /// </summary>
        public ChatConnection OpenChat(HttpRequest upgradeRequest, IChatSocket socket)
        {
            ChatConnection connection = null;
            lock (_delivery)
            {
                lock (_state)
                {
                    connection = _web.ConnectionFor(upgradeRequest, socket, _room);
                    if (connection == null)
                    {
                        _outbox.Close(socket, CloseCodes.PolicyViolation, "Not logged in.");
                    }
                    else if (!_room.Open(connection, QueryString.GetLong(upgradeRequest, "after"), _outbox))
                    {
                        connection = null;
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
                    // Chatting is using the session: an open tab whose person writes is not logged out as idle.
                    _accounts.MarkUsed(connection.SessionTokenHash);
                    _room.Receive(connection, data, offset, count, _outbox);
                }

                _outbox.Flush();
            }
        }

        /// <summary>One fragment of a message, for hosts whose WebSocket server does not reassemble.</summary>
        public void OnChatFragment(ChatConnection connection, byte[] data, int offset, int count, bool isFinal)
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    _accounts.MarkUsed(connection.SessionTokenHash);
                    _room.ReceiveFragment(connection, data, offset, count, isFinal, _outbox);
                }

                _outbox.Flush();
            }
        }

        /// <summary>The host reports that a chat socket is gone.</summary>
        public void OnChatClosed(ChatConnection connection)
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    _room.Closed(connection, _outbox);
                }

                _outbox.Flush();
            }
        }

        /// <summary>
        /// Periodic housekeeping (the hosts call it every few seconds): ends expired sessions, drops
        /// silent polling clients, writes the history batch when due.
        /// </summary>
        public void Tick()
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    long now = _ports.Uptime.UptimeMilliseconds;
                    SessionTable sessions = _accounts.Sessions;
                    bool expired = false;
                    for (int i = sessions.Count - 1; i >= 0; i--)
                    {
                        Session session = sessions[i];
                        if (SessionTable.IsExpired(session, now, _settings.SessionIdleTimeoutMs, _settings.SessionAbsoluteTimeoutMs))
                        {
                            sessions.Remove(session);
                            _room.CloseSession(session.TokenHash, "Your session expired. Please log in again.", _outbox);
                            expired = true;
                        }
                    }

                    // One write per expiry (rare), so an expired session cannot come back after a reboot.
                    if (expired)
                    {
                        _store.TryCommit();
                    }

                    _fallback.DropSilentClients(now);
                    _room.Tick();
                    if (_links != null)
                    {
                        _links.Tick(_outbox);
                    }
                }

                _outbox.Flush();
            }
        }

        /// <summary>Clean shutdown: says goodbye to every chat connection and writes the pending history.</summary>
        public void Shutdown()
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    if (_links != null)
                    {
                        _links.Shutdown("This board is shutting down.", _outbox);
                    }

                    _room.Shutdown("The chat server is shutting down.", _outbox);
                }

                _outbox.Flush();
            }
        }

        /// <summary>Factory reset of the chat data: users, sessions and history; never the Wi-Fi settings.</summary>
        public void FactoryReset()
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    // Links start again: this board's history, epoch and marks are new.
                    if (_links != null)
                    {
                        _links.Shutdown("The administrator reset this board.", _outbox);
                    }

                    _room.Shutdown("The administrator reset the chat.", _outbox);
                    _accounts.EraseAll();
                    _room.EraseHistory(_store.IdEpoch);
                    _ports.Log.Warn("factory reset: users, sessions and history erased");
                }

                _outbox.Flush();
            }
        }

        // --- Links to other boards (docs/protocol.md, "Linked boards") ---

        /// <summary>
        /// Called by the host right after it completed a WebSocket handshake on /link that
        /// <see cref="HandleHttp"/> authorised: a downstream board linking here. Returns the link's
        /// handle, or null when it was refused (and closed).
        /// </summary>
        public LinkConnection OpenLink(HttpRequest upgradeRequest, IChatSocket socket)
        {
            return Open(socket, false);
        }

        /// <summary>The host opened the WebSocket to <see cref="UpstreamUrl"/>: the handshake starts. Null when refused (and closed).</summary>
        public LinkConnection OpenUpstream(IChatSocket socket)
        {
            return Open(socket, true);
        }

        /// <summary>One complete frame from a link.</summary>
        public void OnLinkMessage(LinkConnection link, byte[] data, int offset, int count)
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    _links.Receive(link, data, offset, count, _outbox);
                }

                _outbox.Flush();
            }
        }

        /// <summary>One fragment of a frame, for hosts whose WebSocket does not reassemble.</summary>
        public void OnLinkFragment(LinkConnection link, byte[] data, int offset, int count, bool isFinal)
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    _links.ReceiveFragment(link, data, offset, count, isFinal, _outbox);
                }

                _outbox.Flush();
            }
        }

        /// <summary>The host reports that a link's socket is gone, with the close code and reason it received (-1 and null when none).</summary>
        public void OnLinkClosed(LinkConnection link, int closeCode, string reason)
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    _links.Closed(link, closeCode, reason, _outbox);
                }

                _outbox.Flush();
            }
        }

        /// <summary>Milliseconds until the host should try to reach the upstream board (0: now); -1 when this board has no upstream.</summary>
        public long UpstreamDelayMs()
        {
            lock (_state)
            {
                return _links == null ? -1 : _links.UpstreamDelayMs();
            }
        }

        /// <summary>The host starts connecting to the upstream board.</summary>
        public void UpstreamAttemptStarted()
        {
            lock (_state)
            {
                _links.UpstreamAttemptStarted();
            }
        }

        /// <summary>The host could not open the WebSocket to the upstream board (the reason is logged and shown to the administrator).</summary>
        public void UpstreamFailed(string reason)
        {
            lock (_state)
            {
                _links.UpstreamFailed(reason);
            }
        }

        /// <summary>The links as the administrator page shows them; null when this board links with no other.</summary>
        public LinkOverview LinkOverview()
        {
            lock (_state)
            {
                return _links == null ? null : _links.Overview();
            }
        }

        LinkOverview IChatModeration.Links
        {
            get { return LinkOverview(); }
        }

        bool IChatModeration.DeleteMessage(long id)
        {
            lock (_delivery)
            {
                bool deleted;
                lock (_state)
                {
                    deleted = _room.DeleteMessage(id, _outbox);
                }

                _outbox.Flush();
                return deleted;
            }
        }

        void IChatModeration.ClearHistory()
        {
            lock (_delivery)
            {
                lock (_state)
                {
                    _room.ClearHistory(_outbox);
                }

                _outbox.Flush();
            }
        }

        HistoryLine[] IChatModeration.RecentMessages(int max)
        {
            lock (_state)
            {
                HistoryRing history = _room.History;
                int start = history.Count > max ? history.Count - max : 0;
                HistoryLine[] lines = new HistoryLine[history.Count - start];
                int at = history.At(start);
                for (int i = 0; i < lines.Length; i++, at = history.Next(at))
                {
                    ChatMessage message = HistoryRecord.ToMessage(history.Records, at);
                    string from = message.Origin == null ? message.FromName : message.FromName + "@" + message.Origin;
                    string to = message.ToBoard == null ? message.ToName : message.ToName + "@" + message.ToBoard;
                    // The administrator moderates the room, not private conversations: no text of a private message.
                    lines[i] = new HistoryLine(message.Id, from, to, message.IsDirect ? null : message.Text);
                }

                return lines;
            }
        }

        /// <summary>The address the captive portal sends clients to: the board's, from its Wi-Fi settings.</summary>
        private static string DeviceAddressOf(ChatPorts ports)
        {
            try
            {
                return ports.NetworkSettings == null ? new NetworkSettings().DeviceAddress : ports.NetworkSettings.Load().DeviceAddress;
            }
            catch (System.Exception)
            {
                return new NetworkSettings().DeviceAddress;
            }
        }

        int IRecipientDirectory.FindUser(string name, out string canonicalName)
        {
            User user = _accounts.Users.FindByName(Text.TextRules.TrimSpaces(name));
            canonicalName = user == null ? null : user.Name;
            return user == null ? 0 : user.Id;
        }

        /// <summary>
        /// /link admits other boards only: an upgrade without an Origin header (a browser always sends
        /// one), while a downstream slot is free. The room key is checked over the socket.
        /// </summary>
        private HttpResponse AuthorizeLink(HttpRequest request)
        {
            HttpResponse response;
            if (request.Method != "GET" || !request.IsWebSocketUpgrade)
            {
                response = new HttpResponse(426);
                response.SetHeader("Upgrade", "websocket");
            }
            else if (request.Origin != null)
            {
                response = new HttpResponse(403);
            }
            else
            {
                bool free;
                lock (_state)
                {
                    free = _links.CanAcceptDownstream;
                }

                response = new HttpResponse(free ? HttpResponse.SwitchingProtocols : 503);
                if (!free)
                {
                    response.SetHeader("Retry-After", "30");
                }
            }

            SecurityHeaders.Apply(response);
            return response;
        }

        private LinkConnection Open(IChatSocket socket, bool upstream)
        {
            LinkConnection link = null;
            lock (_delivery)
            {
                lock (_state)
                {
                    if (_links == null)
                    {
                        _outbox.Close(socket, CloseCodes.PolicyViolation, "This board links with no other.");
                    }
                    else
                    {
                        link = upstream ? _links.OpenUpstream(socket, _outbox) : _links.AcceptDownstream(socket, _outbox);
                    }
                }

                _outbox.Flush();
            }

            return link;
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
