using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Security;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// The open chat connections and the message history: decides who receives what (protocol v2,
    /// docs/protocol.md). Called under the state lock; everything it sends goes into the outbox.
    /// What linked boards change is in ChatRoom.Links.cs.
    /// </summary>
    public sealed partial class ChatRoom
    {
        /// <summary>1 January 2024: a browser clock earlier than this is wrong, not news.</summary>
        private const long EarliestPlausibleClockMs = 1704067200000;

        /// <summary>1 January 2100: a later one is a broken clock, which would date every message until the next reboot.</summary>
        private const long LatestPlausibleClockMs = 4102444800000;
        private readonly ChatSettings _settings;
        private readonly IUptimeClock _uptime;
        private readonly IWallClock _wallClock;
        private readonly IRecipientDirectory _directory;
        private readonly ChatConnection[] _connections;
        private readonly string[] _onlineNames;
        private readonly HistoryRing _history;
        private readonly HistoryStore _store;
        private readonly SendBudgets _budgets;
        private int _count;

        public ChatRoom(ChatSettings settings, IFlashFiles flash, IUptimeClock uptime, IWallClock wallClock, ILog log, IRecipientDirectory directory)
        {
            _settings = settings;
            _uptime = uptime;
            _wallClock = wallClock;
            _directory = directory;
            _connections = new ChatConnection[settings.MaxChatConnections];
            _onlineNames = StringArray.Create(settings.MaxChatConnections);
            _history = new HistoryRing(settings.HistoryCapacity, settings.HistoryTextBudgetBytes);
            _store = new HistoryStore(flash, log, settings.HistoryFlushIntervalMs, settings.MessageIdReserve);
            _budgets = new SendBudgets(settings.MaxUsers + settings.MaxChatConnections, settings.RateLimitBurst, settings.RateLimitRefillMs);
        }

        public HistoryRing History
        {
            get { return _history; }
        }

        public HistoryStore HistoryStore
        {
            get { return _store; }
        }

        public int ConnectionCount
        {
            get { return _count; }
        }

        public ChatConnection this[int index]
        {
            get { return _connections[index]; }
        }

        /// <summary>Loads the history for the accounts of <paramref name="idEpoch"/> (AccountStore.IdEpoch).</summary>
        public void Load(uint idEpoch)
        {
            _store.Load(_history, _uptime.UptimeMilliseconds, idEpoch);
        }

        /// <summary>A new connection for a session, sharing its person's send budget (every tab, every session).</summary>
        public ChatConnection Connect(IChatSocket socket, int userId, string userName, bool isAdmin, byte[] sessionTokenHash)
        {
            return new ChatConnection(socket, userId, userName, isAdmin, sessionTokenHash);
        }

        /// <summary>
        /// Admits a connection: welcome, then the history after <paramref name="afterId"/> (the resume
        /// point; 0 for the recent history), then presence to everyone. At the cap, or at the person's
        /// own cap of seats, it is closed with a reason.
        /// </summary>
        public bool Open(ChatConnection connection, long afterId, Outbox outbox)
        {
            if (_count == _connections.Length)
            {
                outbox.Close(connection.Socket, CloseCodes.TryAgainLater, "The chat is full: " + _count + " connections are open. Close another tab or try again later.");
                return false;
            }

            if (SeatsOf(connection.UserId) >= _settings.MaxChatSeatsPerUser)
            {
                outbox.Close(connection.Socket, CloseCodes.TryAgainLater, "You already have " + _settings.MaxChatSeatsPerUser + " chat tabs or devices open. Close one, and this one connects.");
                return false;
            }

            bool firstOfUser = !IsOnline(connection.UserId);
            connection.IsOpen = true;
            _connections[_count++] = connection;
            outbox.Send(connection.Socket, ChatProtocol.EncodeWelcome(connection.UserName, connection.IsAdmin, _settings.MaxMessageCodePoints, _wallClock.IsSet, _history.LastIdVisibleTo(connection.UserId), _relay == null ? null : _relay.BoardName));
            int limit = afterId > 0 ? _settings.HistoryCapacity : _settings.HistoryOnConnect;
            outbox.Send(connection.Socket, ChatProtocol.EncodeHistory(_history, connection.UserId, afterId < 0 ? 0 : afterId, limit));
            if (firstOfUser)
            {
                Broadcast(ChatProtocol.EncodeNotice("join", connection.UserName), connection, outbox);
                RelayNotice("join", connection.UserName, outbox);
            }

            BroadcastPresence(outbox);
            return true;
        }

        /// <summary>The connection is gone (the host reported it, or the core closed it).</summary>
        public void Closed(ChatConnection connection, Outbox outbox)
        {
            connection.IsOpen = false;
            for (int i = 0; i < _count; i++)
            {
                if (_connections[i] == connection)
                {
                    for (int k = i; k < _count - 1; k++)
                    {
                        _connections[k] = _connections[k + 1];
                    }

                    _connections[--_count] = null;
                    if (!IsOnline(connection.UserId))
                    {
                        Broadcast(ChatProtocol.EncodeNotice("leave", connection.UserName), null, outbox);
                        RelayNotice("leave", connection.UserName, outbox);
                    }

                    BroadcastPresence(outbox);
                    return;
                }
            }
        }

        /// <summary>Handles one complete message from a client.</summary>
        public void Receive(ChatConnection connection, byte[] data, int offset, int count, Outbox outbox)
        {
            if (!connection.IsOpen)
            {
                return;
            }

            if (count > _settings.MaxFrameBytes)
            {
                CloseOne(connection, CloseCodes.TooBig, "Message too large (limit " + _settings.MaxFrameBytes + " bytes).", outbox);
                return;
            }

            bool hasControls;
            if (!Utf8.IsValid(data, offset, count, out hasControls))
            {
                CloseOne(connection, CloseCodes.InvalidPayload, "Message is not valid UTF-8.", outbox);
                return;
            }

            JsonObject command = JsonReader.ParseObject(data, offset, count, hasControls);
            if (command != null && command.IsString(ChatProtocol.TypeMember, ChatProtocol.SendType))
            {
                byte[] text;
                int textAt;
                int textLength;
                command.TryGetUtf8(ChatProtocol.TextMemberName, out text, out textAt, out textLength);
                Post(connection, text, textAt, textLength, command.HasEscapes(ChatProtocol.TextMemberName), command.GetString(ChatProtocol.ToMemberName), outbox);
            }
            else if (command != null && command.IsString(ChatProtocol.TypeMember, ChatProtocol.ClockType))
            {
                SetClock(connection, command, outbox);
            }
            else
            {
                string type = command == null ? null : command.GetString(ChatProtocol.TypeMember);
                if (type == null)
                {
                    Refuse(connection, ChatProtocol.ErrorBadMessage, "That message is not a JSON object with a \"type\" this chat understands.", outbox);
                }
                else
                {
                    Refuse(connection, ChatProtocol.ErrorUnknownType, "Unknown message type \"" + type + "\".", outbox);
                }
            }
        }

        /// <summary>
        /// One fragment of a message (nanoFramework delivers fragments unassembled). The message is
        /// handled when the final fragment arrives; one that outgrows the limit closes with 1009.
        /// </summary>
        public void ReceiveFragment(ChatConnection connection, byte[] data, int offset, int count, bool isFinal, Outbox outbox)
        {
            if (!connection.IsOpen)
            {
                return;
            }

            if (connection.Fragments == null)
            {
                connection.Fragments = new FrameAssembler(_settings.MaxFrameBytes);
            }

            FrameAssembler fragments = connection.Fragments;
            if (!fragments.Append(data, offset, count))
            {
                fragments.Reset();
                CloseOne(connection, CloseCodes.TooBig, "Message too large (limit " + _settings.MaxFrameBytes + " bytes).", outbox);
                return;
            }

            if (isFinal)
            {
                int length = fragments.Length;
                fragments.Reset();
                Receive(connection, fragments.Buffer, 0, length, outbox);
            }
        }

        /// <summary>Closes every connection of a session (logout, eviction, expiry).</summary>
        public void CloseSession(byte[] tokenHash, string reason, Outbox outbox)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                ChatConnection connection = _connections[i];
                if (ConstantTime.AreEqual(connection.SessionTokenHash, tokenHash))
                {
                    CloseOne(connection, CloseCodes.PolicyViolation, reason, outbox);
                }
            }
        }

        /// <summary>Closes every connection of a user (account deleted).</summary>
        public void CloseUser(int userId, string reason, Outbox outbox)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                if (_connections[i].UserId == userId)
                {
                    CloseOne(_connections[i], CloseCodes.PolicyViolation, reason, outbox);
                }
            }
        }

        /// <summary>Closes every connection (shutdown) and writes the pending history batch.</summary>
        public void Shutdown(string reason, Outbox outbox)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                ChatConnection connection = _connections[i];
                connection.IsOpen = false;
                outbox.Close(connection.Socket, CloseCodes.GoingAway, reason);
                _connections[i] = null;
            }

            _count = 0;
            _store.Flush(_history, _uptime.UptimeMilliseconds);
        }

        /// <summary>Periodic work: the batched history write.</summary>
        public void Tick()
        {
            _store.FlushIfDue(_history, _uptime.UptimeMilliseconds);
        }

        /// <summary>An administrator removes one message from history and from every open page.</summary>
        public bool DeleteMessage(long id, Outbox outbox)
        {
            if (!_history.Remove(id))
            {
                return false;
            }

            _store.Changed();
            Broadcast(ChatProtocol.EncodeDeleted(id), null, outbox);
            return true;
        }

        /// <summary>An administrator clears the history (open pages are told with a "deleted" of id 0).</summary>
        public void ClearHistory(Outbox outbox)
        {
            _history.Clear();
            _store.Changed();
            Broadcast(ChatProtocol.EncodeDeleted(0), null, outbox);
        }

        /// <summary>Factory reset of the history (flash too), for the accounts of <paramref name="idEpoch"/> that follow.</summary>
        public void EraseHistory(uint idEpoch)
        {
            _store.Erase(_history, idEpoch);
        }

        /// <summary>
        /// A message to everyone or to one user; its text is bytes[textAt..textAt+textLength) (valid
        /// UTF-8, null when missing), <paramref name="escaped"/> when the client wrote it with escapes.
        /// </summary>
        private void Post(ChatConnection sender, byte[] text, int textAt, int textLength, bool escaped, string to, Outbox outbox)
        {
            if (text == null)
            {
                Refuse(sender, ChatProtocol.ErrorEmpty, "Empty messages are not sent.", outbox);
                return;
            }

            string code;
            string refusal = MessageText.Problem(text, textAt, textLength, _settings.MaxMessageCodePoints, out code);
            if (refusal != null)
            {
                Refuse(sender, code, refusal, outbox);
                return;
            }

            int toUserId = 0;
            string toName = null;
            string toBoard = null;
            if (to != null)
            {
                string problem = ResolveRecipient(to, out toUserId, out toName, out toBoard);
                if (problem != null)
                {
                    Refuse(sender, ChatProtocol.ErrorUnknownRecipient, problem, outbox);
                    return;
                }
            }

            long now = _uptime.UptimeMilliseconds;
            if (!_budgets.TryTake(sender.UserId, now))
            {
                Refuse(sender, ChatProtocol.ErrorRateLimited, "You are sending too fast; this message was not sent. Wait a moment.", outbox);
                return;
            }

            long id = _history.LastId + 1;
            int record = _history.Add(id, sender.UserId, sender.UserName, toUserId, toName, text, textAt, textLength, _wallClock.IsSet ? _wallClock.UnixMilliseconds : 0, null, 0, toBoard);
            // Text read without escapes holds no quote, backslash or control (JSON allows none raw).
            int textEscaped = escaped ? JsonEscape.Length(text, textAt, textLength) : JsonEscape.LengthOfPlain(text, textAt, textLength);
            byte[] frame = ChatProtocol.EncodeMessage(_history, record, textEscaped);
            _store.MessageAdded(_history, now);
            for (int i = 0; i < _count; i++)
            {
                if (toUserId == 0 || _connections[i].UserId == toUserId || _connections[i].UserId == sender.UserId)
                {
                    outbox.Send(_connections[i].Socket, frame);
                }
            }

            RelayPosted(id, toUserId, toBoard, outbox);
        }

        private void SetClock(ChatConnection connection, JsonObject command, Outbox outbox)
        {
            long now;
            if (!command.TryGetLong(ChatProtocol.NowMemberName, out now) || now < EarliestPlausibleClockMs || now >= LatestPlausibleClockMs)
            {
                Refuse(connection, ChatProtocol.ErrorBadClock, "The time sent was not a plausible Unix time in milliseconds.", outbox);
                return;
            }

            // Only the first page after boot sets the clock; later opinions are ignored.
            if (!_wallClock.IsSet)
            {
                _wallClock.Set(now);
            }
        }

        private bool IsOnline(int userId)
        {
            return SeatsOf(userId) > 0;
        }

        private int SeatsOf(int userId)
        {
            int seats = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_connections[i].UserId == userId)
                {
                    seats++;
                }
            }

            return seats;
        }

        private void BroadcastPresence(Outbox outbox)
        {
            int names = 0;
            for (int i = 0; i < _count; i++)
            {
                if (FirstConnectionOf(i))
                {
                    _onlineNames[names++] = _connections[i].UserName;
                }
            }

            Broadcast(ChatProtocol.EncodePresence(_onlineNames, names, _relay), null, outbox);
            if (_relay != null)
            {
                _relay.PresenceChanged(_onlineNames, names, outbox);
            }

            for (int i = 0; i < names; i++)
            {
                _onlineNames[i] = null;
            }
        }

        private bool FirstConnectionOf(int index)
        {
            for (int k = 0; k < index; k++)
            {
                if (_connections[k].UserId == _connections[index].UserId)
                {
                    return false;
                }
            }

            return true;
        }

        private void Broadcast(byte[] frame, ChatConnection except, Outbox outbox)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_connections[i] != except)
                {
                    outbox.Send(_connections[i].Socket, frame);
                }
            }
        }

        private static void Refuse(ChatConnection connection, string code, string message, Outbox outbox)
        {
            outbox.Send(connection.Socket, ChatProtocol.EncodeError(code, message));
        }

        private void CloseOne(ChatConnection connection, int code, string reason, Outbox outbox)
        {
            outbox.Close(connection.Socket, code, reason);
            Closed(connection, outbox);
        }
    }
}
