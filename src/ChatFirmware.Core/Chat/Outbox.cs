using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// Sends and closes decided under the state lock, delivered after it is released (in the order
    /// decided). One instance is reused under the delivery lock, so a broadcast allocates nothing per
    /// recipient: every recipient gets a reference to the same encoded buffer.
    /// </summary>
    public sealed class Outbox
    {
        private IChatSocket[] _sockets;
        private byte[][] _messages;
        private int[] _closeCodes;
        private string[] _closeReasons;
        private int _count;

        public Outbox(int capacity)
        {
            _sockets = new IChatSocket[capacity];
            _messages = new byte[capacity][];
            _closeCodes = new int[capacity];
            _closeReasons = StringArray.Create(capacity);
        }

        public int Count
        {
            get { return _count; }
        }

        public void Send(IChatSocket socket, byte[] message)
        {
            int i = Next();
            _sockets[i] = socket;
            _messages[i] = message;
        }

        public void Close(IChatSocket socket, int code, string reason)
        {
            int i = Next();
            _sockets[i] = socket;
            _closeCodes[i] = code;
            _closeReasons[i] = reason;
        }

        /// <summary>Hands everything to the sockets, then forgets it.</summary>
        public void Flush()
        {
            for (int i = 0; i < _count; i++)
            {
                if (_messages[i] != null)
                {
                    _sockets[i].Send(_messages[i]);
                }
                else
                {
                    _sockets[i].Close(_closeCodes[i], _closeReasons[i]);
                }

                _sockets[i] = null;
                _messages[i] = null;
                _closeReasons[i] = null;
            }

            _count = 0;
        }

        private int Next()
        {
            if (_count == _sockets.Length)
            {
                Grow();
            }

            return _count++;
        }

        private void Grow()
        {
            int size = _sockets.Length * 2;
            IChatSocket[] sockets = new IChatSocket[size];
            byte[][] messages = new byte[size][];
            int[] codes = new int[size];
            string[] reasons = StringArray.Create(size);
            System.Array.Copy(_sockets, sockets, _count);
            System.Array.Copy(_messages, messages, _count);
            System.Array.Copy(_closeCodes, codes, _count);
            System.Array.Copy(_closeReasons, reasons, _count);
            _sockets = sockets;
            _messages = messages;
            _closeCodes = codes;
            _closeReasons = reasons;
        }
    }
}
