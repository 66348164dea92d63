using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// Sends and closes decided under the state lock, delivered after it is released (in the order
    /// decided). One instance is reused under the delivery lock, so a broadcast allocates nothing per
    /// recipient: every recipient gets a reference to the same encoded buffer.
    /// </summary>
    public sealed class Outbox
    {
        private readonly int _capacity;
        private IChatSocket[] _sockets;

        // A frame (byte[]) to send, or the reason (string) of a close whose code is in _closeCodes.
        private object[] _items;
        private int[] _closeCodes;
        private int _count;

        /// <summary>
        /// Room for <paramref name="capacity"/> entries, kept for good: a broadcast takes one per open
        /// socket. A larger batch (a socket opening takes two plus two per open socket) grows the
        /// arrays for once, and the flush gives the room back.
        /// </summary>
        public Outbox(int capacity)
        {
            _capacity = capacity;
            Allocate(capacity);
        }

        public int Count
        {
            get { return _count; }
        }

        public void Send(IChatSocket socket, byte[] message)
        {
            int i = Next();
            _sockets[i] = socket;
            _items[i] = message;
        }

        public void Close(IChatSocket socket, int code, string reason)
        {
            int i = Next();
            _sockets[i] = socket;
            _items[i] = reason;
            _closeCodes[i] = code;
        }

        /// <summary>Hands everything to the sockets, then forgets it.</summary>
        public void Flush()
        {
            for (int i = 0; i < _count; i++)
            {
                byte[] message = _items[i] as byte[];
                if (message != null)
                {
                    _sockets[i].Send(message);
                }
                else
                {
                    _sockets[i].Close(_closeCodes[i], (string)_items[i]);
                }

                _sockets[i] = null;
                _items[i] = null;
            }

            _count = 0;
            if (_sockets.Length > _capacity)
            {
                Allocate(_capacity);
            }
        }

        private int Next()
        {
            if (_count == _sockets.Length)
            {
                Grow();
            }

            return _count++;
        }

        private void Allocate(int size)
        {
            _sockets = new IChatSocket[size];
            _items = new object[size];
            _closeCodes = new int[size];
        }

        private void Grow()
        {
            IChatSocket[] sockets = _sockets;
            object[] items = _items;
            int[] codes = _closeCodes;
            Allocate(_sockets.Length * 2);
            System.Array.Copy(sockets, _sockets, _count);
            System.Array.Copy(items, _items, _count);
            System.Array.Copy(codes, _closeCodes, _count);
        }
    }
}
