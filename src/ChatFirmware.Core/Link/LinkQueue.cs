namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// Items waiting for a link's send window, oldest first, in a fixed ring. It holds references to
    /// things that exist anyway (history lines, relayed items), never encoded frames: a frame is made
    /// when its item leaves, so a slow link costs a few bytes per item, not a copy of it.
    /// </summary>
    public sealed class LinkQueue
    {
        private readonly object[] _items;
        private int _start;
        private int _count;

        public LinkQueue(int capacity)
        {
            _items = new object[capacity];
        }

        public int Count
        {
            get { return _count; }
        }

        public int Capacity
        {
            get { return _items.Length; }
        }

        /// <summary>False, and nothing queued, when the queue is full.</summary>
        public bool Enqueue(object item)
        {
            if (_count == _items.Length)
            {
                return false;
            }

            _items[(_start + _count) % _items.Length] = item;
            _count++;
            return true;
        }

        /// <summary>The oldest item, or null when empty.</summary>
        public object Dequeue()
        {
            if (_count == 0)
            {
                return null;
            }

            object item = _items[_start];
            _items[_start] = null;
            _start = (_start + 1) % _items.Length;
            _count--;
            return item;
        }

        public void Clear()
        {
            while (Dequeue() != null)
            {
            }
        }
    }
}
