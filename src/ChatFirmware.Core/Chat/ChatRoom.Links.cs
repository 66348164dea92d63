using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// The room's side of linked boards (docs/protocol.md, "Linked boards"): what it tells the links
    /// (its lines, presence and joins, through <see cref="IRoomRelay"/>), and what the links ask of it
    /// (<see cref="ILinkedRoom"/>): store and show a relayed line under the next local id, read history
    /// for a catch-up, show people of other boards as name@board. Without a relay the room is protocol v1.
    /// </summary>
    public sealed partial class ChatRoom : ILinkedRoom
    {
        private IRoomRelay _relay;

        /// <summary>Links the room to other boards (call before the first connection opens).</summary>
        public void AttachRelay(IRoomRelay relay)
        {
            _relay = relay;
        }

        public long LastLocalId
        {
            get { return _history.LastId; }
        }

        public long AddRemote(string origin, long originId, string from, int toUserId, string toName, string text, long timestampMs, Outbox outbox)
        {
            byte[] textBytes = Utf8.Encode(text);
            long id = _history.LastId + 1;
            int record = _history.Add(id, ChatMessage.RemoteUserId, from, toUserId, toName, textBytes, 0, textBytes.Length, timestampMs, origin, originId, null);
            byte[] frame = ChatProtocol.EncodeMessage(_history, record);
            _store.MessageAdded(_history, _uptime.UptimeMilliseconds);
            for (int i = 0; i < _count; i++)
            {
                if (toUserId == 0 || _connections[i].UserId == toUserId)
                {
                    outbox.Send(_connections[i].Socket, frame);
                }
            }

            return id;
        }

        public long NextLine(long afterLocalId, RoomLine line)
        {
            int index = _history.IndexAfter(afterLocalId);
            if (index == _history.Count)
            {
                return 0;
            }

            return line.Read(_history.Records, _history.At(index));
        }

        public void RetireOrigin(string origin)
        {
            _history.RetireOrigin(origin);
            _store.Changed();
        }

        public void ShowRemoteNotice(string type, string address, Outbox outbox)
        {
            Broadcast(ChatProtocol.EncodeNotice(type, address), null, outbox);
        }

        public void RemotePresenceChanged(Outbox outbox)
        {
            BroadcastPresence(outbox);
        }

        public int FindLocalUser(string name, out string canonicalName)
        {
            return _directory.FindUser(name, out canonicalName);
        }

        public void LedgerChanged()
        {
            _store.Changed();
        }

        /// <summary>
        /// Who a "to" names: a person of this board (a bare name, or name@this board), or of a linked
        /// board (name@board, online there now). Null when it can go, else the reason for the sender.
        /// </summary>
        private string ResolveRecipient(string to, out int toUserId, out string toName, out string toBoard)
        {
            toBoard = null;
            string name = to;
            char[] chars = to.ToCharArray();
            int at = TextScan.LastIndexOf(chars, '@');
            if (_relay != null && at > 0 && at < chars.Length - 1)
            {
                // A person's name never holds an '@' (account rule): the last one separates the board.
                name = to.Substring(0, at);
            }

            string board = name == to ? null : to.Substring(at + 1);
            if (board != null && board != _relay.BoardName)
            {
                toUserId = 0;
                string problem = _relay.CheckRemoteRecipient(name, board, out toName);
                if (problem != null)
                {
                    return problem;
                }

                toUserId = ChatMessage.RemoteUserId;
                toBoard = board;
                return null;
            }

            toUserId = _directory.FindUser(name, out toName);
            return toUserId != 0 ? null : "There is no user called \"" + to + "\"; the message was not sent.";
        }

        /// <summary>Hands a line of this board to the links: a message to everyone, or a direct one to a person of another board.</summary>
        private void RelayPosted(long id, int toUserId, string toBoard, Outbox outbox)
        {
            if (_relay != null && (toUserId == 0 || toBoard != null))
            {
                _relay.LinePosted(id, outbox);
            }
        }

        private void RelayNotice(string type, string name, Outbox outbox)
        {
            if (_relay != null)
            {
                _relay.Notice(type, name, outbox);
            }
        }
    }
}
