namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// One message as the history keeps it, in memory and on flash alike: the record of the history
    /// image, format 3 (docs/storage.md), little-endian: id (8), sender user id (4), sender name (1-byte
    /// length + UTF-8), recipient user id (4; 0 for everyone), recipient name (1 + UTF-8, empty for
    /// everyone), text (2 + UTF-8), timestamp in Unix ms or 0 (8), then the linked boards' fields:
    /// origin board (1-byte length + name; empty for this board's lines), the id there (8, only when
    /// there is an origin), recipient's board (1 + name; empty unless a direct message to another
    /// board). Kept as bytes because that is what the board's heap can afford: a message object with
    /// its strings took about 290 bytes on nanoCLR for 163 characters of text, the record takes 198
    /// (docs/device.md); a line of this board pays 2 bytes for the links, what 1-byte name lengths save.
    /// </summary>
    public static class HistoryRecord
    {
        /// <summary>Every field but the strings' bytes and the origin's id.</summary>
        public const int FixedBytes = 30;

        /// <summary>The bytes a person's or a board's name may take: its length is one byte (names are far shorter).</summary>
        public const int MaxNameBytes = 255;

        public static int Length(byte[] records, int at)
        {
            int links = LinksAt(records, at);
            return links - at + LinksLength(records, links);
        }

        public static long Id(byte[] records, int at)
        {
            return Int64(records, at);
        }

        public static int FromUserId(byte[] records, int at)
        {
            return Int32(records, at + 8);
        }

        public static int FromNameLength(byte[] records, int at)
        {
            return records[at + 12];
        }

        public static int FromNameAt(int at)
        {
            return at + 13;
        }

        public static int ToUserId(byte[] records, int at)
        {
            return Int32(records, at + 13 + FromNameLength(records, at));
        }

        public static int ToNameLength(byte[] records, int at)
        {
            return records[at + 17 + FromNameLength(records, at)];
        }

        public static int ToNameAt(byte[] records, int at)
        {
            return at + 18 + FromNameLength(records, at);
        }

        public static int TextLength(byte[] records, int at)
        {
            int from = FromNameLength(records, at);
            return UInt16(records, at + 18 + from + records[at + 17 + from]);
        }

        public static int TextAt(byte[] records, int at)
        {
            int from = FromNameLength(records, at);
            return at + 20 + from + records[at + 17 + from];
        }

        public static long TimestampMs(byte[] records, int at)
        {
            return Int64(records, LinksAt(records, at) - 8);
        }

        /// <summary>The board the message was written on: its name's UTF-8 length, 0 for this board.</summary>
        public static int OriginLength(byte[] records, int at)
        {
            return records[LinksAt(records, at)];
        }

        public static int OriginAt(byte[] records, int at)
        {
            return LinksAt(records, at) + 1;
        }

        /// <summary>The message's id on its origin board (this board's lines: their id); 0 once the origin's ids started again.</summary>
        public static long OriginId(byte[] records, int at)
        {
            int links = LinksAt(records, at);
            return records[links] == 0 ? Id(records, at) : Int64(records, links + 1 + records[links]);
        }

        /// <summary>The origin started a new epoch: the line keeps its place but is no longer one of its current ids.</summary>
        public static void RetireOrigin(byte[] records, int at)
        {
            int links = LinksAt(records, at);
            if (records[links] > 0)
            {
                WriteInt64(records, links + 1 + records[links], 0);
            }
        }

        /// <summary>For a direct message to a person of a linked board: that board's name length; else 0.</summary>
        public static int ToBoardLength(byte[] records, int at)
        {
            return records[ToBoardAt(records, at) - 1];
        }

        public static int ToBoardAt(byte[] records, int at)
        {
            int links = LinksAt(records, at);
            int origin = records[links];
            return links + 1 + origin + (origin > 0 ? 8 : 0) + 1;
        }

        /// <summary>True when <paramref name="name"/> (ASCII, as board names are) equals the name bytes at <paramref name="nameAt"/>.</summary>
        public static bool NameEquals(byte[] records, int nameAt, int nameLength, string name)
        {
            if (name.Length != nameLength)
            {
                return false;
            }

            char[] chars = name.ToCharArray();
            for (int i = 0; i < nameLength; i++)
            {
                if (records[nameAt + i] != chars[i])
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Bytes beyond <see cref="FixedBytes"/> that a record's link fields take for this origin and recipient's board.</summary>
        public static int LinksBytes(int originLength, int toBoardLength)
        {
            return originLength + (originLength > 0 ? 8 : 0) + toBoardLength;
        }

        /// <summary>Everyone sees a message to everyone; a direct message only its two parties.</summary>
        public static bool IsVisibleTo(byte[] records, int at, int userId)
        {
            int to = ToUserId(records, at);
            return to == 0 || to == userId || FromUserId(records, at) == userId;
        }

        /// <summary>
        /// Writes a record at <paramref name="at"/>: the names' UTF-8 lengths are given (the caller sized
        /// the record with them), the text is copied from bytes[textOffset..textOffset+textLength); a
        /// relayed line names its <paramref name="origin"/> board (null for this board's) and its id there.
        /// </summary>
        public static void Write(byte[] records, int at, long id, int fromUserId, string fromName, int fromNameLength, int toUserId, string toName, int toNameLength, byte[] text, int textOffset, int textLength, long timestampMs, string origin, long originId, string toBoard)
        {
            WriteInt64(records, at, id);
            at = WriteParty(records, at + 8, fromUserId, fromName, fromNameLength);
            at = WriteParty(records, at, toUserId, toName, toNameLength);
            WriteUInt16(records, at, textLength);
            System.Array.Copy(text, textOffset, records, at + 2, textLength);
            at += 2 + textLength;
            WriteInt64(records, at, timestampMs);
            at += 8;
            at = WriteBoardName(records, at, origin);
            if (origin != null)
            {
                WriteInt64(records, at, originId);
                at += 8;
            }

            WriteBoardName(records, at, toBoard);
        }

        /// <summary>A board name (1-byte length + its UTF-8; empty for none); returns the position after it.</summary>
        private static int WriteBoardName(byte[] records, int at, string board)
        {
            int length = board == null ? 0 : Text.Utf8.Encode(board, records, at + 1);
            records[at] = (byte)length;
            return at + 1 + length;
        }

        /// <summary>Where the link fields start: after the timestamp.</summary>
        private static int LinksAt(byte[] records, int at)
        {
            int from = FromNameLength(records, at);
            int to = records[at + 17 + from];
            return at + 28 + from + to + UInt16(records, at + 18 + from + to);
        }

        private static int LinksLength(byte[] records, int links)
        {
            int origin = records[links];
            int afterOrigin = links + 1 + origin + (origin > 0 ? 8 : 0);
            return afterOrigin + 1 + records[afterOrigin] - links;
        }

        /// <summary>A user id (4) and a name (2 + UTF-8); returns the position after them.</summary>
        private static int WriteParty(byte[] records, int at, int userId, string name, int nameLength)
        {
            WriteInt32(records, at, userId);
            records[at + 4] = (byte)nameLength;
            if (nameLength > 0)
            {
                Text.Utf8.Encode(name, records, at + 5);
            }

            return at + 5 + nameLength;
        }

        /// <summary>The record as a message object (for the administrator's page and tests; the chat itself reads the bytes).</summary>
        public static ChatMessage ToMessage(byte[] records, int at)
        {
            int to = ToUserId(records, at);
            string toName = to == 0 ? null : Decode(records, ToNameAt(records, at), ToNameLength(records, at));
            ChatMessage message = new ChatMessage(Id(records, at), FromUserId(records, at), Decode(records, FromNameAt(at), FromNameLength(records, at)), to, toName, Decode(records, TextAt(records, at), TextLength(records, at)), TimestampMs(records, at));
            int origin = OriginLength(records, at);
            if (origin > 0)
            {
                message.SetOrigin(Decode(records, OriginAt(records, at), origin), OriginId(records, at));
            }

            int toBoard = ToBoardLength(records, at);
            if (toBoard > 0)
            {
                message.SetRecipientBoard(Decode(records, ToBoardAt(records, at), toBoard));
            }

            return message;
        }

        private static string Decode(byte[] records, int at, int length)
        {
            return System.Text.Encoding.UTF8.GetString(records, at, length);
        }

        private static int UInt16(byte[] data, int at)
        {
            return data[at] | (data[at + 1] << 8);
        }

        private static int Int32(byte[] data, int at)
        {
            return data[at] | (data[at + 1] << 8) | (data[at + 2] << 16) | (data[at + 3] << 24);
        }

        private static long Int64(byte[] data, int at)
        {
            // From longs only: a long cast from a ulong expression keeps unsigned arithmetic on nanoCLR
            // (docs/device.md, "The real runtime"; a negative timestamp printed wrong digits).
            long low = Int32(data, at) & 0xFFFFFFFFL;
            long high = Int32(data, at + 4);
            return (high << 32) | low;
        }

        private static void WriteUInt16(byte[] data, int at, int value)
        {
            data[at] = (byte)value;
            data[at + 1] = (byte)(value >> 8);
        }

        private static void WriteInt32(byte[] data, int at, int value)
        {
            WriteUInt16(data, at, value & 0xFFFF);
            WriteUInt16(data, at + 2, (value >> 16) & 0xFFFF);
        }

        private static void WriteInt64(byte[] data, int at, long value)
        {
            WriteInt32(data, at, (int)value);
            WriteInt32(data, at + 4, (int)(value >> 32));
        }
    }
}
