namespace ChatFirmware.Core.Chat
{
    /// <summary>One message in the room's history. Ids only ever increase, also across restarts.</summary>
    public sealed class ChatMessage
    {
        public ChatMessage(long id, int fromUserId, string fromName, string text, long timestampMs)
        {
            Id = id;
            FromUserId = fromUserId;
            FromName = fromName;
            Text = text;
            TimestampMs = timestampMs;
        }

        public long Id { get; private set; }

        public int FromUserId { get; private set; }

        public string FromName { get; private set; }

        public string Text { get; private set; }

        /// <summary>Milliseconds since 1970 UTC, or 0 when the device had no wall clock yet.</summary>
        public long TimestampMs { get; private set; }

        /// <summary>UTF-8 bytes of the text, counted against the history's byte budget.</summary>
        public int TextBytes { get; set; }
    }
}
