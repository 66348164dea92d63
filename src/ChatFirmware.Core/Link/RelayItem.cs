namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// An item a link carries that is not a line of this board's history: a presence list, a join or
    /// leave, a boards list, or a direct message passing through on its way to another board (a
    /// relaying board neither stores nor shows it). History lines travel as their
    /// <see cref="Chat.ChatMessage"/> itself.
    /// </summary>
    public sealed class RelayItem
    {
        private RelayItem(string type)
        {
            Type = type;
        }

        /// <summary>One of the frame types of <see cref="LinkProtocol"/>.</summary>
        public string Type { get; private set; }

        public string Origin { get; private set; }

        /// <summary>Message: the origin's id. Presence: the names joined; join/leave: the name; boards: the list.</summary>
        public string Value { get; private set; }

        public long OriginId { get; private set; }

        public string From { get; private set; }

        public string Text { get; private set; }

        public long TimestampMs { get; private set; }

        public string To { get; private set; }

        public string ToBoard { get; private set; }

        public static RelayItem Presence(string origin, string online)
        {
            RelayItem item = new RelayItem(LinkProtocol.Presence);
            item.Origin = origin;
            item.Value = online;
            return item;
        }

        /// <summary>"join" or "leave".</summary>
        public static RelayItem Notice(string type, string origin, string name)
        {
            RelayItem item = new RelayItem(type);
            item.Origin = origin;
            item.Value = name;
            return item;
        }

        public static RelayItem Boards(string boards)
        {
            RelayItem item = new RelayItem(LinkProtocol.Boards);
            item.Value = boards;
            return item;
        }

        /// <summary>A direct message for another board, passing through.</summary>
        public static RelayItem DirectMessage(string origin, long originId, string from, string to, string toBoard, string text, long timestampMs)
        {
            RelayItem item = new RelayItem(LinkProtocol.Message);
            item.Origin = origin;
            item.OriginId = originId;
            item.From = from;
            item.To = to;
            item.ToBoard = toBoard;
            item.Text = text;
            item.TimestampMs = timestampMs;
            return item;
        }

        public byte[] Encode()
        {
            switch (Type)
            {
                case LinkProtocol.Message:
                    return LinkProtocol.EncodeMessage(Origin, OriginId, From, Text, TimestampMs, To, ToBoard);
                case LinkProtocol.Presence:
                    return LinkProtocol.EncodePresence(Origin, Value);
                case LinkProtocol.Boards:
                    return LinkProtocol.EncodeBoards(Value);
                default:
                    return LinkProtocol.EncodeNotice(Type, Origin, Value);
            }
        }
    }
}
