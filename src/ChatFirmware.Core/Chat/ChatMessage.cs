namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// One message of the room's history, as an object: what the administrator's page and the tests
    /// read. Ids only ever increase, also across restarts. A direct message names its recipient and
    /// is visible only to its two parties. The history itself keeps messages as bytes (<see cref="HistoryRecord"/>).
    /// </summary>
    public sealed class ChatMessage
    {
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
    }
}
