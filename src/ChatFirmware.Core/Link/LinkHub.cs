using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// This board's links to the other boards of its room (docs/protocol.md, "Linked boards"): at
    /// most one upstream and <see cref="ChatSettings.MaxDownstreamLinks"/> downstream, forming a
    /// tree. A link is authenticated both ways (<see cref="LinkHandshake"/>), then both sides say
    /// which boards are behind them: a link that would close a loop or outgrow the room is refused;
    /// otherwise each catches the other up from history (<see cref="LinkCatchUp"/>) and relays
    /// (<see cref="LinkRelay"/>). A lost upstream is retried with a backoff; the board serves its own
    /// people alone meanwhile. Called under the server's locks, like the room; everything it sends
    /// goes into the outbox.
    /// </summary>
    public sealed class LinkHub
    {
        private readonly ChatSettings _settings;
        private readonly string _board;
        private readonly string _upstreamUrl;
        private readonly IUptimeClock _uptime;
        private readonly ILog _log;
        private readonly LinkLedger _ledger;
        private readonly LinkHandshake _handshake;
        private readonly UpstreamSchedule _upstream;
        private readonly LinkTable _links;
        private readonly LinkOutput _output;
        private readonly LinkRelay _relay;
        private int _lostBefore;
        private int _duplicatesBefore;
        private int _refusedBefore;

        /// <param name="link">The applied link settings (<see cref="LinkSettingsRules.Applicable"/>), with a room key.</param>
        public LinkHub(ChatSettings settings, LinkSettings link, ChatPorts ports, LinkLedger ledger)
        {
            _settings = settings;
            _board = link.BoardName;
            _upstreamUrl = link.UpstreamUrl.Length > 0 ? link.UpstreamUrl : null;
            _uptime = ports.Uptime;
            _log = ports.Log;
            _ledger = ledger;
            _handshake = new LinkHandshake(_board, Utf8.Encode(link.RoomKey), ports.Hmac, ports.Random);
            _upstream = new UpstreamSchedule(new LinkBackoff(settings.LinkRetryMinMs, settings.LinkRetryMaxMs, ports.Random), _uptime.UptimeMilliseconds);
            _links = new LinkTable(settings.MaxDownstreamLinks, settings.MaxRoomBoards);
            _output = new LinkOutput(settings.LinkSendWindow, _board, ledger);
            _relay = new LinkRelay(settings, _board, ledger, _links, _output, _log);
        }

        public string BoardName
        {
            get { return _board; }
        }

        /// <summary>The upstream board's link endpoint, or null when this board has none.</summary>
        public string UpstreamUrl
        {
            get { return _upstreamUrl; }
        }

        /// <summary>What the room tells the links (attach it to the room).</summary>
        public LinkRelay Relay
        {
            get { return _relay; }
        }

        /// <summary>True while a downstream board may link here (a free slot).</summary>
        public bool CanAcceptDownstream
        {
            get { return _links.CanAcceptDownstream; }
        }

        /// <summary>Links open now, in any state (each holds a socket).</summary>
        public int OpenLinks
        {
            get { return _links.Count; }
        }

        public void Attach(ILinkedRoom room)
        {
            _relay.Attach(room);
        }

        // --- Links opening and closing ---

        /// <summary>A downstream board opened /link here. Null (and the socket closed) when every downstream slot is taken.</summary>
        public LinkConnection AcceptDownstream(IChatSocket socket, Outbox outbox)
        {
            if (!_links.CanAcceptDownstream)
            {
                outbox.Close(socket, LinkCloseCodes.TooManyLinks, "This board already has " + _settings.MaxDownstreamLinks + " downstream links.");
                return null;
            }

            return Open(socket, false, outbox);
        }

        /// <summary>The host connected to the upstream board: the handshake starts (this side speaks first).</summary>
        public LinkConnection OpenUpstream(IChatSocket socket, Outbox outbox)
        {
            _upstream.Connected();
            if (_upstreamUrl == null || _links.Upstream != null)
            {
                outbox.Close(socket, LinkCloseCodes.TooManyLinks, "This board already has its upstream link.");
                return null;
            }

            return Open(socket, true, outbox);
        }

        /// <summary>Milliseconds until the host should try to reach the upstream board; -1 when it has none.</summary>
        public long UpstreamDelayMs()
        {
            return _upstreamUrl == null ? -1 : _upstream.DelayMs(_uptime.UptimeMilliseconds);
        }

        /// <summary>The host starts connecting to the upstream board.</summary>
        public void UpstreamAttemptStarted()
        {
            _upstream.Started();
        }

        /// <summary>The host could not open the WebSocket to the upstream board: wait longer before the next try.</summary>
        public void UpstreamFailed(string reason)
        {
            long wait = _upstream.Failed("could not connect (" + reason + ")", _uptime.UptimeMilliseconds);
            _log.Warn("link: upstream " + _upstreamUrl + " unreachable (" + reason + "); next try in " + (wait / 1000) + " s");
        }

        /// <summary>
        /// The link is gone: the host reported it (<paramref name="closeCode"/> and reason as received,
        /// -1 and null when unknown), or the hub closed it. The boards behind it leave the room's lists.
        /// </summary>
        public void Closed(LinkConnection link, int closeCode, string reason, Outbox outbox)
        {
            if (!link.IsOpen)
            {
                return;
            }

            bool wasLive = link.IsLive;
            link.State = LinkState.Closed;
            link.Queue.Clear();
            link.CatchUpMarks = null;
            _links.Remove(link);
            _lostBefore += link.Lost;
            _duplicatesBefore += link.Duplicates;
            _refusedBefore += link.Refused;
            string why = closeCode < 0 ? "connection lost" : closeCode + (reason == null || reason.Length == 0 ? string.Empty : " " + reason);
            _log.Info(Describe(link) + " closed (" + why + ")");
            if (wasLive)
            {
                bool presenceChanged = false;
                for (int i = 0; i < link.Reach.Count; i++)
                {
                    presenceChanged |= _relay.Forget(link.Reach.Name(i));
                }

                link.Reach.Clear();
                AdvertiseToAll(outbox);
                if (presenceChanged)
                {
                    _relay.Room.RemotePresenceChanged(outbox);
                }
            }

            if (link.IsUpstream)
            {
                if (wasLive)
                {
                    _upstream.Succeeded();
                }

                _upstream.Failed((wasLive ? "lost (" : "refused (") + why + ")", _uptime.UptimeMilliseconds);
            }
        }

        /// <summary>Housekeeping: ends handshakes that take too long and links that fell behind; acknowledges what came in.</summary>
        public void Tick(Outbox outbox)
        {
            long now = _uptime.UptimeMilliseconds;
            for (int i = 0; i < _links.Length; i++)
            {
                LinkConnection link = _links[i];
                if (link == null)
                {
                    continue;
                }

                if (!link.IsLive && now - link.OpenedMs >= _settings.LinkHandshakeTimeoutMs)
                {
                    Close(link, LinkCloseCodes.HandshakeTimeout, "The link handshake took too long.", outbox);
                }
                else if (link.Behind)
                {
                    Close(link, LinkCloseCodes.FellBehind, "The link fell behind; it starts again and catches up.", outbox);
                }
                else if (link.IsLive && link.Unacknowledged > 0)
                {
                    _output.Acknowledge(link, outbox);
                }
            }
        }

        /// <summary>Closes every link (shutdown).</summary>
        public void Shutdown(string reason, Outbox outbox)
        {
            for (int i = 0; i < _links.Length; i++)
            {
                if (_links[i] != null)
                {
                    Close(_links[i], CloseCodes.GoingAway, reason, outbox);
                }
            }
        }

        // --- Frames from a link ---

        /// <summary>One complete frame from a link.</summary>
        public void Receive(LinkConnection link, byte[] data, int offset, int count, Outbox outbox)
        {
            if (!link.IsOpen)
            {
                return;
            }

            link.FramesIn++;
            link.BytesIn += count;
            string text = count > _settings.MaxFrameBytes ? null : Utf8.Decode(data, offset, count);
            JsonObject frame = text == null ? null : JsonReader.ParseObject(text);
            string type = frame == null ? null : frame.GetString("type");
            if (type == null)
            {
                Close(link, LinkCloseCodes.ProtocolError, "Link frames are JSON objects with a \"type\", at most " + _settings.MaxFrameBytes + " bytes.", outbox);
            }
            else if (link.State == LinkState.AwaitingSync)
            {
                Synchronise(link, type, frame, outbox);
            }
            else if (!link.IsLive)
            {
                Authenticate(link, type, frame, outbox);
            }
            else if (type == LinkProtocol.Ack)
            {
                long acknowledged;
                frame.TryGetLong("count", out acknowledged);
                _output.Acknowledged(link, acknowledged, outbox);
            }
            else
            {
                link.Unacknowledged++;
                if (type == LinkProtocol.Boards)
                {
                    Boards(link, frame, outbox);
                }
                else
                {
                    _relay.Item(link, type, frame, outbox);
                }

                if (link.IsLive && link.Unacknowledged >= link.AckEvery)
                {
                    _output.Acknowledge(link, outbox);
                }
            }
        }

        /// <summary>One fragment of a frame (nanoFramework's WebSocket delivers fragments unassembled).</summary>
        public void ReceiveFragment(LinkConnection link, byte[] data, int offset, int count, bool isFinal, Outbox outbox)
        {
            if (!link.IsOpen)
            {
                return;
            }

            if (link.Fragments == null)
            {
                link.Fragments = new FrameAssembler(_settings.MaxFrameBytes);
            }

            if (!link.Fragments.Append(data, offset, count))
            {
                link.Fragments.Reset();
                Close(link, LinkCloseCodes.ProtocolError, "Link frame too large.", outbox);
                return;
            }

            if (isFinal)
            {
                int length = link.Fragments.Length;
                link.Fragments.Reset();
                Receive(link, link.Fragments.Buffer, 0, length, outbox);
            }
        }

        /// <summary>The links as the administrator page shows them.</summary>
        public LinkOverview Overview()
        {
            long now = _uptime.UptimeMilliseconds;
            LinkReport[] reports = new LinkReport[_links.Count];
            int lost = _lostBefore;
            int duplicates = _duplicatesBefore;
            int refused = _refusedBefore;
            int count = 0;
            for (int i = 0; i < _links.Length; i++)
            {
                LinkConnection link = _links[i];
                if (link != null)
                {
                    reports[count++] = new LinkReport(link, now);
                    lost += link.Lost;
                    duplicates += link.Duplicates;
                    refused += link.Refused;
                }
            }

            string upstream = null;
            if (_upstreamUrl != null)
            {
                LinkConnection link = _links.Upstream;
                upstream = link == null ? _upstream.Describe(now) : LinkState.Describe(link.State);
            }

            return new LinkOverview(_board, _upstreamUrl, upstream, Known(null).Format(false), reports, lost, duplicates, refused, _relay.Roster.PeopleCount);
        }

        // --- Handshake, sync, the tree ---

        private LinkConnection Open(IChatSocket socket, bool isUpstream, Outbox outbox)
        {
            LinkConnection link = new LinkConnection(socket, isUpstream, _settings.MaxRoomBoards, _settings.LinkQueueItems, _settings.LinkQueueBytes, _uptime.UptimeMilliseconds);
            _links.Add(link);
            _handshake.Start(link, outbox);
            return link;
        }

        private void Authenticate(LinkConnection link, string type, JsonObject frame, Outbox outbox)
        {
            int outcome = _handshake.Handle(link, type, frame, outbox);
            if (outcome == LinkHandshake.Refused)
            {
                _log.Warn(Describe(link) + " refused: " + _handshake.Reason);
                Close(link, _handshake.CloseCode, _handshake.Reason, outbox);
            }
            else if (outcome == LinkHandshake.Proven)
            {
                // Both sides send their sync once the proofs are done; each goes live on the other's.
                link.Advertised = Known(link).Format(false);
                LinkTraffic.Send(link, LinkProtocol.EncodeSync(link.Advertised, _ledger.FormatMarks(), _settings.LinkSendWindow), outbox);
            }
        }

        private void Synchronise(LinkConnection link, string type, JsonObject frame, Outbox outbox)
        {
            BoardSet offered = new BoardSet(_settings.MaxRoomBoards * 2);
            BoardSet marks = new BoardSet(_settings.MaxRoomBoards * 2);
            long window;
            if (type != LinkProtocol.Sync || !offered.TryParse(frame.GetString("boards"), false) || !offered.Contains(link.PeerBoard) || !marks.TryParse(frame.GetString("marks"), true)
                || !frame.TryGetLong("window", out window) || window < 1)
            {
                Close(link, LinkCloseCodes.ProtocolError, "Expected \"sync\" with the boards behind the sender (itself among them), its marks and its window.", outbox);
                return;
            }

            link.AckEvery = window / 2 < _settings.LinkAckEvery ? (int)(window / 2) : _settings.LinkAckEvery;
            link.AckEvery = link.AckEvery < 1 ? 1 : link.AckEvery;

            if (!AcceptReach(link, offered, outbox))
            {
                return;
            }

            link.State = LinkState.Live;
            link.LiveSinceMs = _uptime.UptimeMilliseconds;
            if (link.IsUpstream)
            {
                _upstream.Succeeded();
            }

            _log.Info(Describe(link) + " is up; the room has " + Known(null).Count + " boards");
            _output.CatchUp(link, marks, _relay.Room.LastLocalId, outbox);
            _relay.SendPresence(link, outbox);
            AdvertiseToAll(outbox);
        }

        private void Boards(LinkConnection link, JsonObject frame, Outbox outbox)
        {
            BoardSet offered = new BoardSet(_settings.MaxRoomBoards * 2);
            if (!offered.TryParse(frame.GetString("boards"), false) || !offered.Contains(link.PeerBoard))
            {
                Close(link, LinkCloseCodes.ProtocolError, "A boards frame lists the boards behind the sender, itself among them.", outbox);
                return;
            }

            if (AcceptReach(link, offered, outbox))
            {
                AdvertiseToAll(outbox);
            }
        }

        /// <summary>
        /// Takes <paramref name="offered"/> as the boards behind <paramref name="link"/>, unless that
        /// would close a loop (a board already reachable another way, or this one) or outgrow the
        /// room: then the link is closed and false returned. Learns each board's epoch (an origin
        /// whose ids started again has its old lines retired); boards no longer behind the link
        /// leave the presence lists.
        /// </summary>
        private bool AcceptReach(LinkConnection link, BoardSet offered, Outbox outbox)
        {
            BoardSet known = Known(link);
            string shared = offered.FirstShared(known);
            if (shared != null)
            {
                Close(link, LinkCloseCodes.Loop, "Board " + shared + " is already in this room: a second path to it would close a loop (or two boards share its name).", outbox);
                return false;
            }

            if (known.Count + offered.Count > _settings.MaxRoomBoards)
            {
                Close(link, LinkCloseCodes.RoomFull, "The room would have " + (known.Count + offered.Count) + " boards; at most " + _settings.MaxRoomBoards + " can link.", outbox);
                return false;
            }

            bool presenceChanged = false;
            for (int i = 0; i < link.Reach.Count; i++)
            {
                if (!offered.Contains(link.Reach.Name(i)))
                {
                    presenceChanged |= _relay.Forget(link.Reach.Name(i));
                }
            }

            link.Reach.CopyFrom(offered);
            for (int i = 0; i < offered.Count; i++)
            {
                if (_ledger.Learn(offered.Name(i), offered.Epoch(i)))
                {
                    _relay.Room.RetireOrigin(offered.Name(i));
                }
            }

            _relay.Room.LedgerChanged();
            if (presenceChanged)
            {
                _relay.Room.RemotePresenceChanged(outbox);
            }

            return true;
        }

        /// <summary>Sends each live link the boards now reachable through this one, where that changed.</summary>
        private void AdvertiseToAll(Outbox outbox)
        {
            for (int i = 0; i < _links.Length; i++)
            {
                LinkConnection link = _links[i];
                if (link != null && link.IsLive)
                {
                    string boards = Known(link).Format(false);
                    if (boards != link.Advertised)
                    {
                        link.Advertised = boards;
                        _output.Enqueue(link, LinkProtocol.EncodeBoards(boards), outbox);
                    }
                }
            }
        }

        private BoardSet Known(LinkConnection except)
        {
            return _links.Known(_board, _ledger.Epoch, except);
        }

        private static string Describe(LinkConnection link)
        {
            return "link " + (link.IsUpstream ? "to upstream " : "from ") + (link.PeerBoard.Length == 0 ? "a board" : "board " + link.PeerBoard);
        }

        private void Close(LinkConnection link, int code, string reason, Outbox outbox)
        {
            outbox.Close(link.Socket, code, reason);
            Closed(link, code, reason, outbox);
        }
    }
}
