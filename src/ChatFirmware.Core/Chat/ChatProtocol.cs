using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// Protocol v2 on the chat socket and the fallback transport (docs/protocol.md): v1, with people
    /// of linked boards as name@board. Each outgoing message is encoded once, to UTF-8 bytes that
    /// every recipient shares.
    /// </summary>
    public static class ChatProtocol
    {
        public const int Version = 2;

        public const string ErrorBadMessage = "bad_message";
        public const string ErrorUnknownType = "unknown_type";
        public const string ErrorEmpty = "empty";
        public const string ErrorTooLong = "too_long";
        public const string ErrorRateLimited = "rate_limited";
        public const string ErrorUnknownRecipient = "unknown_recipient";
        public const string ErrorBadClock = "bad_clock";
        public const string ErrorBidiControl = "bidi_control";

        public static byte[] EncodeMessage(ChatMessage message)
        {
            JsonWriter json = new JsonWriter(128 + message.Text.Length);
            json.BeginObject();
            json.Property("type", "message");
            WriteMessageBody(json, message);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>
        /// The history frame for one user: the messages after <paramref name="afterId"/> that the user
        /// may see, the newest <paramref name="limit"/> of them. "complete" is false when messages the
        /// client has not seen are missing: cut by the limit, or already pushed out of the ring.
        /// </summary>
        public static byte[] EncodeHistory(HistoryRing history, int userId, long afterId, int limit)
        {
            int first = history.IndexAfter(afterId);
            int start = first;
            int visible = 0;
            for (int i = history.Count - 1; i >= first; i--)
            {
                if (history[i].IsVisibleTo(userId))
                {
                    if (visible == limit)
                    {
                        start = i + 1;
                        break;
                    }

                    visible++;
                }
            }

            bool complete = start == first && afterId >= history.EvictedUpTo;
            JsonWriter json = new JsonWriter(64 + (history.TextBytes / 2));
            json.BeginObject();
            json.Property("type", "history");
            json.Property("complete", complete);
            json.BeginArray("messages");
            for (int i = start; i < history.Count; i++)
            {
                if (history[i].IsVisibleTo(userId))
                {
                    json.BeginObject();
                    WriteMessageBody(json, history[i]);
                    json.EndObject();
                }
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

        /// <summary>The first frame on every connection: who you are and what the server expects.</summary>
        public static byte[] EncodeWelcome(string userName, bool isAdmin, int maxMessageCodePoints, bool clockSet, long lastId)
        {
            return EncodeWelcome(userName, isAdmin, maxMessageCodePoints, clockSet, lastId, null);
        }

        /// <summary>The same, naming this board (when it is linked; null leaves the member out).</summary>
        public static byte[] EncodeWelcome(string userName, bool isAdmin, int maxMessageCodePoints, bool clockSet, long lastId, string board)
        {
            JsonWriter json = new JsonWriter(160);
            json.BeginObject();
            json.Property("type", "welcome");
            json.Property("protocol", Version);
            json.Property("you", userName);
            json.Property("admin", isAdmin);
            json.Property("maxLength", maxMessageCodePoints);
            json.Property("clockSet", clockSet);
            json.Property("lastId", lastId);
            if (board != null)
            {
                json.Property("board", board);
            }

            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>Who is online (distinct user names, in order of arrival).</summary>
        public static byte[] EncodePresence(string[] names, int count)
        {
            return EncodePresence(names, count, null);
        }

        /// <summary>The same, followed by the people online at linked boards, as name@board (when <paramref name="remote"/> is given).</summary>
        public static byte[] EncodePresence(string[] names, int count, IRoomRelay remote)
        {
            JsonWriter json = new JsonWriter(32 + (count * 28));
            json.BeginObject();
            json.Property("type", "presence");
            json.BeginArray("online");
            for (int i = 0; i < count; i++)
            {
                json.Value(names[i]);
            }

            if (remote != null)
            {
                remote.WriteRemoteOnline(json);
            }

            json.EndArray();
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>A "join" or "leave" notice: a user's first connection opened or last one closed.</summary>
        public static byte[] EncodeNotice(string type, string name)
        {
            JsonWriter json = new JsonWriter(48 + name.Length);
            json.BeginObject();
            json.Property("type", type);
            json.Property("name", name);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>Tells clients to remove a message (an administrator deleted it, or history was cleared when id is 0).</summary>
        public static byte[] EncodeDeleted(long id)
        {
            JsonWriter json = new JsonWriter(40);
            json.BeginObject();
            json.Property("type", "deleted");
            json.Property("id", id);
            json.EndObject();
            return json.ToUtf8();
        }

        private static void WriteMessageBody(JsonWriter json, ChatMessage message)
        {
            json.Property("id", message.Id);
            json.Property("from", message.Origin == null ? message.FromName : message.FromName + "@" + message.Origin);
            if (message.IsDirect)
            {
                json.Property("to", message.ToBoard == null ? message.ToName : message.ToName + "@" + message.ToBoard);
                json.Property("direct", true);
            }

            json.Property("text", message.Text);
            json.Property("ts", message.TimestampMs);
            if (message.Origin != null)
            {
                // A board that lost power re-fetches relayed lines it had not kept, under new ids:
                // the origin and its id let a page that saw one already show it once.
                json.Property("origin", message.Origin);
                json.Property("originId", message.OriginId);
            }
        }
    }
}
