using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// The most recent messages, bounded both by count and by the bytes of their text, oldest dropped
    /// first. They live as <see cref="HistoryRecord"/>s, oldest first, in one array allocated once:
    /// no object per message, nothing allocated per message, and the history image is that array's
    /// bytes (docs/device.md, "Heap").
    /// </summary>
    public sealed class HistoryRing
    {
        /// <summary>
        /// Room per message for the names, beyond the text budget: a sender's name of 8 bytes, or two
        /// of 4. Longer names take room from the oldest messages when the text is near its budget
        /// (the array never grows to hold them).
        /// </summary>
        public const int NameAllowanceBytes = 8;

        private readonly int _capacity;
        private readonly int _textBudgetBytes;
        private byte[] _records;
        private int _head;
        private int _tail;
        private int _count;
        private int _textBytes;

        public HistoryRing(int capacity, int textBudgetBytes)
        {
            _capacity = capacity;
            _textBudgetBytes = textBudgetBytes;
            _records = new byte[textBudgetBytes + (capacity * (HistoryRecord.FixedBytes + NameAllowanceBytes))];
        }

        public int Count
        {
            get { return _count; }
        }

        public int TextBytes
        {
            get { return _textBytes; }
        }

        /// <summary>Id of the newest message ever added (0 when none), kept even when the ring empties.</summary>
        public long LastId { get; set; }

        /// <summary>Highest id pushed out of the ring by newer messages (0 when none): older ids are gone for good.</summary>
        public long EvictedUpTo { get; set; }

        /// <summary>The records, oldest first, from <see cref="First"/> to <see cref="End"/> (see <see cref="HistoryRecord"/>).</summary>
        public byte[] Records
        {
            get { return _records; }
        }

        /// <summary>Where the oldest record starts.</summary>
        public int First
        {
            get { return _head; }
        }

        /// <summary>Where the records end.</summary>
        public int End
        {
            get { return _tail; }
        }

        /// <summary>The i-th message from the oldest, as an object (administrator's page, tests).</summary>
        public ChatMessage this[int index]
        {
            get { return HistoryRecord.ToMessage(_records, At(index)); }
        }

        /// <summary>Where the record after the one at <paramref name="at"/> starts.</summary>
        public int Next(int at)
        {
            return at + HistoryRecord.Length(_records, at);
        }

        public void Add(ChatMessage message)
        {
            byte[] text = Utf8.Encode(message.Text);
            Add(message.Id, message.FromUserId, message.FromName, message.ToUserId, message.ToName, text, 0, text.Length, message.TimestampMs, message.Origin, message.OriginId, message.ToBoard);
        }

        /// <summary>
        /// Adds a message whose text is bytes[offset..offset+count) (valid UTF-8), dropping the oldest as
        /// needed; returns where its record starts (valid until the next change of the ring). A line
        /// relayed from a linked board names its <paramref name="origin"/> (null for this board's) and
        /// its id there; a direct message to a person of a linked board names <paramref name="toBoard"/>.
        /// Names of people and boards are short (account rules, BoardNames): the record keeps them with a 1-byte length.
        /// </summary>
        public int Add(long id, int fromUserId, string fromName, int toUserId, string toName, byte[] text, int offset, int count, long timestampMs, string origin, long originId, string toBoard)
        {
            int fromLength = fromName == null ? 0 : Utf8.ByteCount(fromName);
            int toLength = toName == null ? 0 : Utf8.ByteCount(toName);
            int originLength = origin == null ? 0 : Utf8.ByteCount(origin);
            int toBoardLength = toBoard == null ? 0 : Utf8.ByteCount(toBoard);
            if (fromLength > HistoryRecord.MaxNameBytes || toLength > HistoryRecord.MaxNameBytes || originLength > HistoryRecord.MaxNameBytes || toBoardLength > HistoryRecord.MaxNameBytes)
            {
                throw new System.ArgumentException("name too long for a history record");
            }

            int length = HistoryRecord.FixedBytes + fromLength + toLength + count + HistoryRecord.LinksBytes(originLength, toBoardLength);
            while (_count > 0 && (_count == _capacity || _textBytes + count > _textBudgetBytes || _tail - _head + length > _records.Length))
            {
                RemoveOldest();
            }

            if (length > _records.Length)
            {
                // A lone message larger than the whole array (a budget set below one message's size).
                _records = new byte[length];
            }

            if (_tail + length > _records.Length)
            {
                // Moves the records to the front; one native copy, needed once per few messages.
                System.Array.Copy(_records, _head, _records, 0, _tail - _head);
                _tail -= _head;
                _head = 0;
            }

            int at = _tail;
            HistoryRecord.Write(_records, at, id, fromUserId, fromName, fromLength, toUserId, toName, toLength, text, offset, count, timestampMs, originLength == 0 ? null : origin, originId, toBoardLength == 0 ? null : toBoard);
            _tail += length;
            _count++;
            _textBytes += count;
            if (id > LastId)
            {
                LastId = id;
            }

            return at;
        }

        /// <summary>
        /// Id of the newest message in the ring this user may see (0 when none): what a welcome tells
        /// them, so that the ids of private messages between others are not given away.
        /// </summary>
        public long LastIdVisibleTo(int userId)
        {
            long lastId = 0;
            for (int at = _head; at < _tail; at = Next(at))
            {
                if (HistoryRecord.IsVisibleTo(_records, at, userId))
                {
                    lastId = HistoryRecord.Id(_records, at);
                }
            }

            return lastId;
        }

        /// <summary>Index of the first message with an id above <paramref name="afterId"/> (Count when none).</summary>
        public int IndexAfter(long afterId)
        {
            int index = 0;
            for (int at = _head; at < _tail && HistoryRecord.Id(_records, at) <= afterId; at = Next(at))
            {
                index++;
            }

            return index;
        }

        /// <summary>Where the record of the index-th message from the oldest starts (<see cref="End"/> for Count).</summary>
        public int At(int index)
        {
            int at = _head;
            for (int i = 0; i < index; i++)
            {
                at = Next(at);
            }

            return at;
        }

        public bool Remove(long id)
        {
            for (int at = _head; at < _tail; at = Next(at))
            {
                if (HistoryRecord.Id(_records, at) == id)
                {
                    int length = HistoryRecord.Length(_records, at);
                    _textBytes -= HistoryRecord.TextLength(_records, at);
                    System.Array.Copy(_records, at + length, _records, at, _tail - at - length);
                    _tail -= length;
                    _count--;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Marks every line of <paramref name="origin"/> as no longer one of its current ids (its ids started again).</summary>
        public void RetireOrigin(string origin)
        {
            for (int at = _head; at < _tail; at = Next(at))
            {
                if (HistoryRecord.NameEquals(_records, HistoryRecord.OriginAt(_records, at), HistoryRecord.OriginLength(_records, at), origin))
                {
                    HistoryRecord.RetireOrigin(_records, at);
                }
            }
        }

        public void Clear()
        {
            // Cleared text does not linger in the array.
            System.Array.Clear(_records, 0, _records.Length);
            _head = 0;
            _tail = 0;
            _count = 0;
            _textBytes = 0;
            EvictedUpTo = LastId;
        }

        private void RemoveOldest()
        {
            long id = HistoryRecord.Id(_records, _head);
            if (id > EvictedUpTo)
            {
                EvictedUpTo = id;
            }

            _textBytes -= HistoryRecord.TextLength(_records, _head);
            _head = Next(_head);
            if (--_count == 0)
            {
                _head = 0;
                _tail = 0;
            }
        }
    }
}
