using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// The most recent messages, bounded both by count and by the bytes of their text, oldest dropped
    /// first. Fixed array, no per-message growth.
    /// </summary>
    public sealed class HistoryRing
    {
        private readonly ChatMessage[] _ring;
        private readonly int _textBudgetBytes;
        private int _start;
        private int _count;
        private int _textBytes;

        public HistoryRing(int capacity, int textBudgetBytes)
        {
            _ring = new ChatMessage[capacity];
            _textBudgetBytes = textBudgetBytes;
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

        /// <summary>The i-th message from the oldest.</summary>
        public ChatMessage this[int index]
        {
            get { return _ring[(_start + index) % _ring.Length]; }
        }

        public void Add(ChatMessage message)
        {
            message.TextBytes = Utf8.ByteCount(message.Text);
            while (_count > 0 && (_count == _ring.Length || _textBytes + message.TextBytes > _textBudgetBytes))
            {
                RemoveOldest();
            }

            _ring[(_start + _count) % _ring.Length] = message;
            _count++;
            _textBytes += message.TextBytes;
            if (message.Id > LastId)
            {
                LastId = message.Id;
            }
        }

        /// <summary>
        /// Id of the newest message in the ring this user may see (0 when none): what a welcome tells
        /// them, so that the ids of private messages between others are not given away.
        /// </summary>
        public long LastIdVisibleTo(int userId)
        {
            for (int i = _count - 1; i >= 0; i--)
            {
                if (this[i].IsVisibleTo(userId))
                {
                    return this[i].Id;
                }
            }

            return 0;
        }

        /// <summary>Index of the first message with an id above <paramref name="afterId"/> (Count when none).</summary>
        public int IndexAfter(long afterId)
        {
            int index = 0;
            while (index < _count && this[index].Id <= afterId)
            {
                index++;
            }

            return index;
        }

        public bool Remove(long id)
        {
            for (int i = 0; i < _count; i++)
            {
                if (this[i].Id == id)
                {
                    for (int k = i; k < _count - 1; k++)
                    {
                        _ring[(_start + k) % _ring.Length] = this[k + 1];
                    }

                    _count--;
                    _ring[(_start + _count) % _ring.Length] = null;
                    RecountBytes();
                    return true;
                }
            }

            return false;
        }

        /// <summary>Marks every line of <paramref name="origin"/> as no longer one of its current ids (its ids started again).</summary>
        public void RetireOrigin(string origin)
        {
            for (int i = 0; i < _count; i++)
            {
                if (this[i].Origin == origin)
                {
                    this[i].RetireOrigin();
                }
            }
        }

        public void Clear()
        {
            for (int i = 0; i < _ring.Length; i++)
            {
                _ring[i] = null;
            }

            _start = 0;
            _count = 0;
            _textBytes = 0;
            EvictedUpTo = LastId;
        }

        private void RemoveOldest()
        {
            _textBytes -= _ring[_start].TextBytes;
            if (_ring[_start].Id > EvictedUpTo)
            {
                EvictedUpTo = _ring[_start].Id;
            }

            _ring[_start] = null;
            _start = (_start + 1) % _ring.Length;
            _count--;
        }

        private void RecountBytes()
        {
            _textBytes = 0;
            for (int i = 0; i < _count; i++)
            {
                _textBytes += this[i].TextBytes;
            }
        }
    }
}
