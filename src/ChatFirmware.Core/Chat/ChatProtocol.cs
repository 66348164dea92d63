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

        // What the room reads in a client's message, as UTF-8 (compared where it arrived, no strings made).
        internal static readonly byte[] TypeMember = System.Text.Encoding.UTF8.GetBytes("type");
        internal static readonly byte[] TextMemberName = System.Text.Encoding.UTF8.GetBytes("text");
        internal static readonly byte[] ToMemberName = System.Text.Encoding.UTF8.GetBytes("to");
        internal static readonly byte[] NowMemberName = System.Text.Encoding.UTF8.GetBytes("now");
        internal static readonly byte[] SendType = System.Text.Encoding.UTF8.GetBytes("send");
        internal static readonly byte[] ClockType = System.Text.Encoding.UTF8.GetBytes("clock");

        // The members of a "message" frame, in order (ASCII: bytes and chars are the same).
        private const string MessagePrefix = "{\"type\":\"message\",";
        private const string HistoryPrefixComplete = "{\"type\":\"history\",\"complete\":true,\"messages\":[";
        private const string HistoryPrefixIncomplete = "{\"type\":\"history\",\"complete\":false,\"messages\":[";
        private const string IdMember = "\"id\":";
        private const string FromMember = ",\"from\":\"";
        private const string ToMember = "\",\"to\":\"";
        private const string DirectTextMember = "\",\"direct\":true,\"text\":\"";
        private const string TextMember = "\",\"text\":\"";
        private const string TimestampMember = "\",\"ts\":";
        private const string OriginMember = ",\"origin\":\"";
        private const string OriginIdMember = "\",\"originId\":";

        /// <summary>
        /// The "message" frame of the history record at <paramref name="at"/>, written from its bytes:
        /// one array of the exact size, the text copied in whole when it needs no escape.
        /// </summary>
        public static byte[] EncodeMessage(HistoryRing history, int at)
        {
            byte[] records = history.Records;
            return EncodeMessage(history, at, JsonEscape.Length(records, HistoryRecord.TextAt(records, at), HistoryRecord.TextLength(records, at)));
        }

        /// <summary>The same, for a caller that knows the text's escaped length (<see cref="JsonEscape.Length"/>).</summary>
        public static byte[] EncodeMessage(HistoryRing history, int at, int textEscaped)
        {
            byte[] records = history.Records;
            string id = HistoryRecord.Id(records, at).ToString();
            string timestamp = HistoryRecord.TimestampMs(records, at).ToString();
            byte[] frame = new byte[MessagePrefix.Length + BodyLength(records, at, textEscaped, id, timestamp) + 1];
            int position = Ascii(MessagePrefix, frame, 0);
            position = WriteBody(records, at, textEscaped, id, timestamp, frame, position);
            frame[position] = (byte)'}';
            return frame;
        }

        /// <summary>
        /// The history frame for one user: the messages after <paramref name="afterId"/> that the user
        /// may see, the newest <paramref name="limit"/> of them. "complete" is false when messages the
        /// client has not seen are missing: cut by the limit, or already pushed out of the ring.
        /// </summary>
        public static byte[] EncodeHistory(HistoryRing history, int userId, long afterId, int limit)
        {
            byte[] records = history.Records;
            int first = history.At(history.IndexAfter(afterId));
            int visible = 0;
            for (int at = first; at < history.End; at = history.Next(at))
            {
                if (HistoryRecord.IsVisibleTo(records, at, userId))
                {
                    visible++;
                }
            }

            int skip = visible > limit ? visible - limit : 0;
            bool complete = skip == 0 && afterId >= history.EvictedUpTo;
            string head = complete ? HistoryPrefixComplete : HistoryPrefixIncomplete;

            // Two passes over the same records: the exact size, then the bytes (the device's heap
            // holds the frame once, never a builder and a copy of it).
            int length = head.Length + 2;
            int shown = 0;
            int seen = 0;
            for (int at = first; at < history.End; at = history.Next(at))
            {
                if (HistoryRecord.IsVisibleTo(records, at, userId) && seen++ >= skip)
                {
                    int textEscaped = JsonEscape.Length(records, HistoryRecord.TextAt(records, at), HistoryRecord.TextLength(records, at));
                    length += BodyLength(records, at, textEscaped, HistoryRecord.Id(records, at).ToString(), HistoryRecord.TimestampMs(records, at).ToString()) + (shown++ == 0 ? 2 : 3);
                }
            }

            byte[] frame = new byte[length];
            int position = Ascii(head, frame, 0);
            shown = 0;
            seen = 0;
            for (int at = first; at < history.End; at = history.Next(at))
            {
                if (HistoryRecord.IsVisibleTo(records, at, userId) && seen++ >= skip)
                {
                    if (shown++ > 0)
                    {
                        frame[position++] = (byte)',';
                    }

                    frame[position++] = (byte)'{';
                    int textEscaped = JsonEscape.Length(records, HistoryRecord.TextAt(records, at), HistoryRecord.TextLength(records, at));
                    position = WriteBody(records, at, textEscaped, HistoryRecord.Id(records, at).ToString(), HistoryRecord.TimestampMs(records, at).ToString(), frame, position);
                    frame[position++] = (byte)'}';
                }
            }

            frame[position++] = (byte)']';
            frame[position] = (byte)'}';
            return frame;
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

        /// <summary>
        /// Bytes of a message's members: "id", "from", for a direct message "to" and "direct", "text",
        /// "ts", and for a line relayed from a linked board "origin" and "originId" (its sender, and a
        /// recipient of another board, as name@board). The numbers come as text: the platform writes
        /// them natively, a managed loop of 64-bit divisions is slow on the interpreter. Board names
        /// are a-z, 0-9 and '-': they need no escape.
        /// </summary>
        private static int BodyLength(byte[] records, int at, int textEscaped, string id, string timestamp)
        {
            int origin = HistoryRecord.OriginLength(records, at);
            int length = IdMember.Length + id.Length + FromMember.Length + JsonEscape.Length(records, HistoryRecord.FromNameAt(at), HistoryRecord.FromNameLength(records, at));
            if (origin > 0)
            {
                length += 1 + origin + OriginMember.Length + origin + OriginIdMember.Length + HistoryRecord.OriginId(records, at).ToString().Length;
            }

            if (HistoryRecord.ToUserId(records, at) != 0)
            {
                int toBoard = HistoryRecord.ToBoardLength(records, at);
                length += ToMember.Length + JsonEscape.Length(records, HistoryRecord.ToNameAt(records, at), HistoryRecord.ToNameLength(records, at)) + DirectTextMember.Length - TextMember.Length;
                length += toBoard > 0 ? 1 + toBoard : 0;
            }

            return length + TextMember.Length + textEscaped + TimestampMember.Length + timestamp.Length;
        }

        /// <summary>Writes what <see cref="BodyLength"/> counted; returns the position after it.</summary>
        private static int WriteBody(byte[] records, int at, int textEscaped, string id, string timestamp, byte[] frame, int position)
        {
            position = Ascii(IdMember, frame, position);
            position = Ascii(id, frame, position);
            position = Ascii(FromMember, frame, position);
            position = Escaped(records, HistoryRecord.FromNameAt(at), HistoryRecord.FromNameLength(records, at), frame, position);
            int origin = HistoryRecord.OriginLength(records, at);
            position = AtBoard(records, HistoryRecord.OriginAt(records, at), origin, frame, position);
            if (HistoryRecord.ToUserId(records, at) != 0)
            {
                position = Ascii(ToMember, frame, position);
                position = Escaped(records, HistoryRecord.ToNameAt(records, at), HistoryRecord.ToNameLength(records, at), frame, position);
                position = AtBoard(records, HistoryRecord.ToBoardAt(records, at), HistoryRecord.ToBoardLength(records, at), frame, position);
                position = Ascii(DirectTextMember, frame, position);
            }
            else
            {
                position = Ascii(TextMember, frame, position);
            }

            position = JsonEscape.Write(records, HistoryRecord.TextAt(records, at), HistoryRecord.TextLength(records, at), textEscaped, frame, position);
            position = Ascii(TimestampMember, frame, position);
            position = Ascii(timestamp, frame, position);
            if (origin > 0)
            {
                // A board that lost power re-fetches relayed lines it had not kept, under new ids:
                // the origin and its id let a page that saw one already show it once.
                position = Ascii(OriginMember, frame, position);
                System.Array.Copy(records, HistoryRecord.OriginAt(records, at), frame, position, origin);
                position = Ascii(OriginIdMember, frame, position + origin);
                position = Ascii(HistoryRecord.OriginId(records, at).ToString(), frame, position);
            }

            return position;
        }

        /// <summary>"@board" after a name, when the record names a board (<paramref name="length"/> above 0).</summary>
        private static int AtBoard(byte[] records, int boardAt, int length, byte[] frame, int position)
        {
            if (length == 0)
            {
                return position;
            }

            frame[position] = (byte)'@';
            System.Array.Copy(records, boardAt, frame, position + 1, length);
            return position + 1 + length;
        }

        private static int Escaped(byte[] source, int at, int count, byte[] frame, int position)
        {
            return JsonEscape.Write(source, at, count, JsonEscape.Length(source, at, count), frame, position);
        }

        /// <summary>Writes ASCII text (a literal, a number); one native call.</summary>
        private static int Ascii(string text, byte[] frame, int position)
        {
            return position + Utf8.Encode(text, frame, position);
        }
    }
}
