namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// A history line as the links to other boards see it: its local id, its origin board (null for
    /// this board) and its id there, its parties and text. One instance is filled again for each
    /// line read (<see cref="ILinkedRoom.NextLine"/>), so a catch-up reads history without an object per line.
    /// </summary>
    public sealed class RoomLine
    {
        public long LocalId { get; set; }

        /// <summary>The board it was written on; null for this board.</summary>
        public string Origin { get; set; }

        /// <summary>Its id on the origin board (this board's lines: the local id); 0 once that origin's ids started again.</summary>
        public long OriginId { get; set; }

        public string From { get; set; }

        /// <summary>The recipient of a direct message, else null.</summary>
        public string To { get; set; }

        /// <summary>For a direct message to a person of another board: that board; else null.</summary>
        public string ToBoard { get; set; }

        public string Text { get; set; }

        public long TimestampMs { get; set; }

        public bool IsDirect
        {
            get { return To != null; }
        }

        /// <summary>Fills the line from the history record at <paramref name="at"/>; returns its id.</summary>
        public long Read(byte[] records, int at)
        {
            return Read(HistoryRecord.ToMessage(records, at));
        }

        /// <summary>Fills the line from a history message; returns its id.</summary>
        public long Read(ChatMessage message)
        {
            LocalId = message.Id;
            Origin = message.Origin;
            OriginId = message.OriginId;
            From = message.FromName;
            To = message.IsDirect ? message.ToName : null;
            ToBoard = message.ToBoard;
            Text = message.Text;
            TimestampMs = message.TimestampMs;
            return message.Id;
        }
    }
}
