namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// One message of the room's history, as an object: what the administrator's page and the tests
    /// read. Ids only ever increase, also across restarts. A direct message names its recipient and
    /// is visible only to its two parties. A line relayed from a linked board keeps its origin board
    /// and the id it has there; its sender is not a user of this board (<see cref="RemoteUserId"/>).
    /// The history itself keeps messages as bytes (<see cref="HistoryRecord"/>).
    /// </summary>
    public sealed class ChatMessage
    {
        /// <summary>The user id of a person of another board, on either end of a message: no local user has it.</summary>
        public const int RemoteUserId = -1;

        private long _originId;

        public ChatMessage(long id, int fromUserId, string fromName, int toUserId, string toName, string text, long timestampMs)
        {
            Id = id;
            FromUserId = fromUserId;
            FromName = fromName;
            ToUserId = toUserId;
            ToName = toName;
            Text = text;
            TimestampMs = timestampMs;
        }

        public long Id { get; private set; }

        public int FromUserId { get; private set; }

        public string FromName { get; private set; }

        /// <summary>0 for a message to everyone.</summary>
        public int ToUserId { get; private set; }

        /// <summary>The recipient's name for a direct message, else null.</summary>
        public string ToName { get; private set; }

        public string Text { get; private set; }

        /// <summary>Milliseconds since 1970 UTC, or 0 when the device had no wall clock yet.</summary>
        public long TimestampMs { get; private set; }

        /// <summary>The linked board the message was written on, or null for this board.</summary>
        public string Origin { get; private set; }

        /// <summary>
        /// The message's id on its origin board (this board's lines: <see cref="Id"/>); 0 once the
        /// origin's ids started again (a new epoch), so that an old line is never taken for a new one.
        /// </summary>
        public long OriginId
        {
            get { return Origin == null ? Id : _originId; }
        }

        /// <summary>For a direct message to a person of a linked board: that board; else null.</summary>
        public string ToBoard { get; private set; }

        public bool IsDirect
        {
            get { return ToUserId != 0; }
        }

        /// <summary>Marks the message as relayed from <paramref name="origin"/>, where its id is <paramref name="originId"/>.</summary>
        public void SetOrigin(string origin, long originId)
        {
            Origin = origin;
            _originId = originId;
        }

        /// <summary>Addresses a direct message to a person of the linked board <paramref name="board"/>.</summary>
        public void SetRecipientBoard(string board)
        {
            ToBoard = board;
        }
    }
}
