using ChatFirmware.Core.Chat;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// The frames two linked boards exchange on /link (docs/protocol.md, "Linked boards"): flat JSON
    /// objects with a "type", as the chat's own reader reads them (no arrays: a list travels as one
    /// string, board lists space-separated, person names separated by U+001F, which a name cannot contain).
    /// </summary>
    public static class LinkProtocol
    {
        public const int Version = 2;

        public const string Hello = "hello";
        public const string Challenge = "challenge";
        public const string Auth = "auth";
        public const string Welcome = "welcome";
        public const string Sync = "sync";
        public const string Boards = "boards";
        public const string Message = "message";
        public const string Presence = "presence";
        public const string Join = "join";
        public const string Leave = "leave";
        public const string Ack = "ack";

        /// <summary>Separates person names in a presence frame (a control character: names never hold one).</summary>
        public const char NameSeparator = '\u001f';

        /// <summary>Downstream to upstream, first frame: who I am and my nonce.</summary>
        public static byte[] EncodeHello(string board, string nonce)
        {
            return EncodeGreeting(Hello, board, nonce);
        }

        /// <summary>Upstream to downstream: who I am and my nonce.</summary>
        public static byte[] EncodeChallenge(string board, string nonce)
        {
            return EncodeGreeting(Challenge, board, nonce);
        }

        /// <summary>"auth" (the downstream's proof) or "welcome" (the upstream's).</summary>
        public static byte[] EncodeProof(string type, string proof)
        {
            JsonWriter json = new JsonWriter(112);
            json.BeginObject();
            json.Property("type", type);
            json.Property("proof", proof);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>
        /// After the proofs: the boards reachable through the sender, what the sender already holds of
        /// each origin, and its send window (the receiver acknowledges often enough for it).
        /// </summary>
        public static byte[] EncodeSync(string boards, string marks, int window)
        {
            JsonWriter json = new JsonWriter(64 + boards.Length + marks.Length);
            json.BeginObject();
            json.Property("type", Sync);
            json.Property("boards", boards);
            json.Property("marks", marks);
            json.Property("window", window);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>The boards now reachable through the sender (after a link elsewhere came or went).</summary>
        public static byte[] EncodeBoards(string boards)
        {
            JsonWriter json = new JsonWriter(32 + boards.Length);
            json.BeginObject();
            json.Property("type", Boards);
            json.Property("boards", boards);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>A chat line: its origin board and the id it has there; "to"/"toBoard" for a direct message.</summary>
        public static byte[] EncodeMessage(string origin, long originId, string from, string text, long timestampMs, string to, string toBoard)
        {
            JsonWriter json = new JsonWriter(128 + text.Length);
            json.BeginObject();
            json.Property("type", Message);
            json.Property("origin", origin);
            json.Property("id", originId);
            json.Property("from", from);
            if (to != null)
            {
                json.Property("to", to);
                json.Property("toBoard", toBoard);
            }

            json.Property("text", text);
            json.Property("ts", timestampMs);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>A history line as a link frame, from the board called <paramref name="self"/>.</summary>
        public static byte[] EncodeLine(RoomLine line, string self)
        {
            return EncodeMessage(line.Origin ?? self, line.OriginId, line.From, line.Text, line.TimestampMs, line.To, line.IsDirect ? (line.ToBoard ?? self) : null);
        }

        /// <summary>Who is online at the origin board (its whole list: the last one received wins).</summary>
        public static byte[] EncodePresence(string origin, string online)
        {
            JsonWriter json = new JsonWriter(48 + online.Length);
            json.BeginObject();
            json.Property("type", Presence);
            json.Property("origin", origin);
            json.Property("online", online);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>"join" or "leave" of a person at the origin board.</summary>
        public static byte[] EncodeNotice(string type, string origin, string name)
        {
            JsonWriter json = new JsonWriter(48 + name.Length);
            json.BeginObject();
            json.Property("type", type);
            json.Property("origin", origin);
            json.Property("name", name);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>The receiver has handled <paramref name="count"/> more items: the sender may send as many more.</summary>
        public static byte[] EncodeAck(int count)
        {
            JsonWriter json = new JsonWriter(32);
            json.BeginObject();
            json.Property("type", Ack);
            json.Property("count", count);
            json.EndObject();
            return json.ToUtf8();
        }

        /// <summary>Person names as one presence string.</summary>
        public static string JoinNames(string[] names, int count)
        {
            System.Text.StringBuilder text = new System.Text.StringBuilder(count * 12);
            for (int i = 0; i < count; i++)
            {
                if (i > 0)
                {
                    text.Append(NameSeparator);
                }

                text.Append(names[i]);
            }

            return text.ToString();
        }

        /// <summary>The names of a presence string ("" is nobody).</summary>
        public static string[] SplitNames(string online)
        {
            if (online.Length == 0)
            {
                return StringArray.Create(0);
            }

            return online.Split(NameSeparator);
        }

        private static byte[] EncodeGreeting(string type, string board, string nonce)
        {
            JsonWriter json = new JsonWriter(112);
            json.BeginObject();
            json.Property("type", type);
            json.Property("protocol", Version);
            json.Property("board", board);
            json.Property("nonce", nonce);
            json.EndObject();
            return json.ToUtf8();
        }
    }
}
