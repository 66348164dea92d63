namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// Frames waiting for a link's send window, oldest first, in a fixed ring bounded both by count
    /// and by bytes. A frame relayed to several links is one array they all share (as a broadcast
    /// shares one array among the chat's sockets), so the bytes counted here are an upper bound.
    /// </summary>
    public sealed class LinkQueue
    {
        private readonly byte[][] _frames;
        private readonly int _maxBytes;
        private int _start;
        private int _count;

        public LinkQueue(int capacity, int maxBytes)
        {
            _frames = new byte[capacity][];
            _maxBytes = maxBytes;
        }

        public int Count
        {
            get { return _count; }
        }

        /// <summary>The bytes of the frames waiting.</summary>
        public int Bytes { get; private set; }

        /// <summary>False, and nothing queued, when the queue is full by count or by bytes.</summary>
        public bool Enqueue(byte[] frame)
        {
            if (_count == _frames.Length || Bytes + frame.Length > _maxBytes)
            {
                return false;
            }

            _frames[(_start + _count) % _frames.Length] = frame;
            _count++;
            Bytes += frame.Length;
            return true;
        }

        /// <summary>The oldest frame, or null when empty.</summary>
        public byte[] Dequeue()
        {
            if (_count == 0)
            {
                return null;
            }

            byte[] frame = _frames[_start];
            _frames[_start] = null;
            _start = (_start + 1) % _frames.Length;
            _count--;
            Bytes -= frame.Length;
            return frame;
        }

        public void Clear()
        {
            while (Dequeue() != null)
            {
            }
        }
    }
}
