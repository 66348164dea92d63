using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// The JSON messages on the chat socket (docs/protocol.md). Each outgoing message is encoded once,
    /// to UTF-8 bytes that every recipient shares.
    /// </summary>
    public static class ChatProtocol
    {
        public const string ErrorBadMessage = "bad_message";
        public const string ErrorUnknownType = "unknown_type";
        public const string ErrorEmpty = "empty";
        public const string ErrorTooLong = "too_long";
        public const string ErrorRateLimited = "rate_limited";

        public static byte[] EncodeMessage(ChatMessage message)
        {
            JsonWriter json = new JsonWriter(96 + message.Text.Length);
            json.BeginObject();
            json.Property("type", "message");
            WriteMessageBody(json, message);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>The history frame: messages [startIndex, end) of the ring.</summary>
        public static byte[] EncodeHistory(HistoryRing history, int startIndex)
        {
            JsonWriter json = new JsonWriter(64 + (history.TextBytes / 2));
            json.BeginObject();
            json.Property("type", "history");
            json.BeginArray("messages");
            for (int i = startIndex; i < history.Count; i++)
            {
                json.BeginObject();
                WriteMessageBody(json, history[i]);
                json.EndObject();
            }

            json.EndArray();
            json.EndObject();
            return json.ToUtf8();
        }

        public static byte[] EncodeError(string code, string message)
        {
            JsonWriter json = new JsonWriter(64 + message.Length);
            json.BeginObject();
            json.Property("type", "error");
            json.Property("code", code);
            json.Property("message", message);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>The welcome frame: who this socket belongs to, sent first on every connection.</summary>
        public static byte[] EncodeWelcome(string userName, int maxMessageCodePoints)
        {
            JsonWriter json = new JsonWriter(96);
            json.BeginObject();
            json.Property("type", "welcome");
            json.Property("you", userName);
            json.Property("maxLength", maxMessageCodePoints);
            json.EndObject();
            return json.ToUtf8();
        }

        private static void WriteMessageBody(JsonWriter json, ChatMessage message)
        {
            json.Property("id", message.Id);
            json.Property("from", message.FromName);
            json.Property("text", message.Text);
            json.Property("ts", message.TimestampMs);
        }
    }
}
