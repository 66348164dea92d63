namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// One message as the history keeps it, in memory and on flash alike: the record of the history
    /// image, format 1 (docs/storage.md), little-endian: id (8), sender user id (4), sender name (2-byte
    /// length + UTF-8), recipient user id (4; 0 for everyone), recipient name (2 + UTF-8, empty for
    /// everyone), text (2 + UTF-8), timestamp in Unix ms or 0 (8). Kept as bytes because that is what
    /// the board's heap can afford: a message object with its strings took about 290 bytes on nanoCLR
    /// for 163 characters of text, the record takes 198 (docs/device.md).
    /// </summary>
    public static class HistoryRecord
    {
        /// <summary>Every field but the three strings' bytes.</summary>
        public const int FixedBytes = 30;

        public static int Length(byte[] records, int at)
        {
            int from = FromNameLength(records, at);
            int to = UInt16(records, at + 18 + from);
            return FixedBytes + from + to + UInt16(records, at + 20 + from + to);
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
            return UInt16(records, at + 12);
        }

        public static int FromNameAt(int at)
        {
            return at + 14;
        }

        public static int ToUserId(byte[] records, int at)
        {
            return Int32(records, at + 14 + FromNameLength(records, at));
        }

        public static int ToNameLength(byte[] records, int at)
        {
            return UInt16(records, at + 18 + FromNameLength(records, at));
        }

        public static int ToNameAt(byte[] records, int at)
        {
            return at + 20 + FromNameLength(records, at);
        }

        public static int TextLength(byte[] records, int at)
        {
            int from = FromNameLength(records, at);
            return UInt16(records, at + 20 + from + UInt16(records, at + 18 + from));
        }

        public static int TextAt(byte[] records, int at)
        {
            int from = FromNameLength(records, at);
            return at + 22 + from + UInt16(records, at + 18 + from);
        }

        public static long TimestampMs(byte[] records, int at)
        {
            return Int64(records, at + Length(records, at) - 8);
        }

        /// <summary>Everyone sees a message to everyone; a direct message only its two parties.</summary>
        public static bool IsVisibleTo(byte[] records, int at, int userId)
        {
            int to = ToUserId(records, at);
            return to == 0 || to == userId || FromUserId(records, at) == userId;
        }

        /// <summary>
        /// Writes a record at <paramref name="at"/>: the names' UTF-8 lengths are given (the caller sized
        /// the record with them), the text is copied from bytes[textOffset..textOffset+textLength).
        /// </summary>
        public static void Write(byte[] records, int at, long id, int fromUserId, string fromName, int fromNameLength, int toUserId, string toName, int toNameLength, byte[] text, int textOffset, int textLength, long timestampMs)
        {
            WriteInt64(records, at, id);
            at = WriteParty(records, at + 8, fromUserId, fromName, fromNameLength);
            at = WriteParty(records, at, toUserId, toName, toNameLength);
            WriteUInt16(records, at, textLength);
            System.Array.Copy(text, textOffset, records, at + 2, textLength);
            WriteInt64(records, at + 2 + textLength, timestampMs);
        }

        /// <summary>A user id (4) and a name (2 + UTF-8); returns the position after them.</summary>
        private static int WriteParty(byte[] records, int at, int userId, string name, int nameLength)
        {
            WriteInt32(records, at, userId);
            WriteUInt16(records, at + 4, nameLength);
            if (nameLength > 0)
            {
                Text.Utf8.Encode(name, records, at + 6);
            }

            return at + 6 + nameLength;
        }

        /// <summary>The record as a message object (for the administrator's page and tests; the chat itself reads the bytes).</summary>
        public static ChatMessage ToMessage(byte[] records, int at)
        {
            int to = ToUserId(records, at);
            string toName = to == 0 ? null : Decode(records, ToNameAt(records, at), ToNameLength(records, at));
            return new ChatMessage(Id(records, at), FromUserId(records, at), Decode(records, FromNameAt(at), FromNameLength(records, at)), to, toName, Decode(records, TextAt(records, at), TextLength(records, at)), TimestampMs(records, at));
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
