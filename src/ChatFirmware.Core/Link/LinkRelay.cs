using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// The relay rules for the room's items (docs/protocol.md, "Linked boards"). From a live link: a
    /// message, presence, join or leave is checked against this board's own limits, dropped when its
    /// origin's mark says it was seen, shown here, and passed on to every other live link; a direct
    /// message is stored and shown only on its recipient's board and otherwise forwarded only toward
    /// that board. From this board's room: its lines, presence and notices go to every live link, a
    /// direct message only toward its recipient's board.
    /// </summary>
    public sealed class LinkRelay : IRoomRelay
    {
        private readonly ChatSettings _settings;
        private readonly string _board;
        private readonly LinkLedger _ledger;
        private readonly LinkTable _links;
        private readonly LinkOutput _output;
        private readonly RemoteRoster _roster;
        private readonly ILog _log;
        private ILinkedRoom _room;

        private readonly RoomLine _line = new RoomLine();

        internal LinkRelay(ChatSettings settings, string board, LinkLedger ledger, LinkTable links, LinkOutput output, ILog log)
        {
            _settings = settings;
            _board = board;
            _ledger = ledger;
            _links = links;
            _output = output;
            _log = log;
            _roster = new RemoteRoster(settings.MaxRoomBoards, settings.RemoteOnlinePerBoard);
            LocalOnline = string.Empty;
        }

        public string BoardName
        {
            get { return _board; }
        }

        /// <summary>Who is online at the other boards.</summary>
        public RemoteRoster Roster
        {
            get { return _roster; }
        }

        /// <summary>This board's people online, as last sent (names joined as in a presence frame).</summary>
        internal string LocalOnline { get; private set; }

        internal ILinkedRoom Room
        {
            get { return _room; }
        }

        internal void Attach(ILinkedRoom room)
        {
            _room = room;
            _output.Attach(room);
        }

        /// <summary>A new live link: who is online at this board and at every board on this side of it.</summary>
        internal void SendPresence(LinkConnection link, Outbox outbox)
        {
            _output.Enqueue(link, LinkProtocol.EncodePresence(_board, LocalOnline), outbox);
            for (int b = 0; b < _roster.BoardCount; b++)
            {
                string board = _roster.Board(b);
                if (!link.Reach.Contains(board))
                {
                    _output.Enqueue(link, LinkProtocol.EncodePresence(board, _roster.Online(board)), outbox);
                }
            }
        }

        /// <summary>Boards no longer reachable leave the presence lists; true when someone was listed there.</summary>
        internal bool Forget(string board)
        {
            return _roster.Remove(board);
        }

        /// <summary>A message, presence, join or leave (or a newer board's item) from a live link.</summary>
        internal void Item(LinkConnection link, string type, JsonObject frame, Outbox outbox)
        {
            string origin = frame.GetString("origin");
            int index = origin == null ? -1 : link.Reach.IndexOf(origin);
            if (index < 0 || origin == _board)
            {
                // An origin that is not behind this link: a loop, or a confused neighbour.
                link.Refused++;
                return;
            }

            origin = link.Reach.Name(index);
            if (type == LinkProtocol.Message)
            {
                Message(link, _ledger.Canonical(origin) ?? origin, frame, outbox);
            }
            else if (type == LinkProtocol.Presence)
            {
                Presence(link, origin, frame, outbox);
            }
            else if (type == LinkProtocol.Join || type == LinkProtocol.Leave)
            {
                string name = frame.GetString("name");
                if (!RelayRules.IsPersonName(name, _settings))
                {
                    link.Refused++;
                    return;
                }

                _room.ShowRemoteNotice(type, BoardNames.Address(name, origin), outbox);
                _output.EnqueueToAll(_links, LinkProtocol.EncodeNotice(type, origin, name), link, outbox);
            }
            else
            {
                // A type a newer board may send: ignored here, counted.
                link.Refused++;
            }
        }

        // --- From this board's room (IRoomRelay) ---

        public void LinePosted(long localId, Outbox outbox)
        {
            if (_room.NextLine(localId - 1, _line) != localId)
            {
                return;
            }

            if (!_line.IsDirect)
            {
                _output.EnqueueToAll(_links, LinkProtocol.EncodeLine(_line, _board), null, outbox);
            }
            else if (_line.ToBoard != null)
            {
                LinkConnection route = _links.Toward(_line.ToBoard);
                if (route != null)
                {
                    _output.Enqueue(route, LinkProtocol.EncodeLine(_line, _board), outbox);
                }
            }
        }

        public void PresenceChanged(string[] names, int count, Outbox outbox)
        {
            string online = LinkProtocol.JoinNames(names, count);
            if (online == LocalOnline)
            {
                return;
            }

            LocalOnline = online;
            _output.EnqueueToAll(_links, LinkProtocol.EncodePresence(_board, online), null, outbox);
        }

        public void Notice(string type, string name, Outbox outbox)
        {
            _output.EnqueueToAll(_links, LinkProtocol.EncodeNotice(type, _board, name), null, outbox);
        }

        public void WriteRemoteOnline(JsonWriter json)
        {
            for (int b = 0; b < _roster.BoardCount; b++)
            {
                string[] names = _roster.Names(b);
                for (int i = 0; i < names.Length; i++)
                {
                    json.Value(BoardNames.Address(names[i], _roster.Board(b)));
                }
            }
        }

        public string CheckRemoteRecipient(string name, string board, out string canonicalName)
        {
            canonicalName = null;
            if (_links.Toward(board) == null)
            {
                return "No board called \"" + board + "\" is linked to this room right now; the message was not sent.";
            }

            canonicalName = _roster.FindOnline(board, name);
            return canonicalName != null ? null : name + "@" + board + " is not online; a private message to another board reaches only people online there. It was not sent.";
        }

        // --- Items ---

        private void Message(LinkConnection link, string origin, JsonObject frame, Outbox outbox)
        {
            long id;
            long timestamp;
            string from = frame.GetString("from");
            string text = frame.GetString("text");
            string to = frame.GetString("to");
            string toBoard = frame.GetString("toBoard");
            if (!frame.TryGetLong("id", out id) || id <= 0 || !frame.TryGetLong("ts", out timestamp) || timestamp < 0
                || !RelayRules.IsPersonName(from, _settings) || !RelayRules.IsMessageText(text, _settings)
                || (to != null && (!RelayRules.IsPersonName(to, _settings) || !BoardNames.IsValid(toBoard))))
            {
                link.Refused++;
                return;
            }

            if (!_ledger.Accept(origin, id))
            {
                link.Duplicates++;
                return;
            }

            if (to == null)
            {
                _room.AddRemote(origin, id, from, 0, null, text, timestamp, outbox);
                _output.EnqueueToAll(_links, LinkProtocol.EncodeMessage(origin, id, from, text, timestamp, null, null), link, outbox);
                return;
            }

            _room.LedgerChanged();
            if (toBoard == _board)
            {
                string canonical;
                int userId = _room.FindLocalUser(to, out canonical);
                if (userId == 0)
                {
                    link.Refused++;
                    _log.Warn("link: a private message from " + from + "@" + origin + " names no user \"" + to + "\" here; dropped");
                    return;
                }

                _room.AddRemote(origin, id, from, userId, canonical, text, timestamp, outbox);
                return;
            }

            // Passing through: forwarded only toward its board, never stored or shown here.
            LinkConnection route = _links.Toward(toBoard);
            if (route == null || route == link)
            {
                link.Refused++;
                return;
            }

            _output.Enqueue(route, LinkProtocol.EncodeMessage(origin, id, from, text, timestamp, to, toBoard), outbox);
        }

        private void Presence(LinkConnection link, string origin, JsonObject frame, Outbox outbox)
        {
            string online = frame.GetString("online");
            string[] names = online == null ? null : LinkProtocol.SplitNames(online);
            for (int i = 0; names != null && i < names.Length; i++)
            {
                if (!RelayRules.IsPersonName(names[i], _settings))
                {
                    names = null;
                }
            }

            if (names == null || !_roster.Set(origin, names))
            {
                link.Refused++;
                return;
            }

            _room.RemotePresenceChanged(outbox);
            _output.EnqueueToAll(_links, LinkProtocol.EncodePresence(origin, online), link, outbox);
        }
    }
}
