using ChatFirmware.Core.Chat;

namespace ChatFirmware.Core.Fallback
{
    /// <summary>The open long-polling clients, by poll id. At most one per chat connection slot.</summary>
    public sealed class PollingClients
    {
        private readonly PollingSocket[] _sockets;
        private readonly ChatConnection[] _connections;
        private int _count;

        public PollingClients(int capacity)
        {
            _sockets = new PollingSocket[capacity];
            _connections = new ChatConnection[capacity];
        }

        public int Count
        {
            get { return _count; }
        }

        public PollingSocket SocketAt(int index)
        {
            return _sockets[index];
        }

        public ChatConnection ConnectionAt(int index)
        {
            return _connections[index];
        }

        public int IndexOf(string pollId)
        {
            for (int i = 0; i < _count; i++)
            {
                if (_sockets[i].PollId == pollId)
                {
                    return i;
                }
            }

            return -1;
        }

        public bool Add(PollingSocket socket, ChatConnection connection)
        {
            if (_count == _sockets.Length)
            {
                return false;
            }

            _sockets[_count] = socket;
            _connections[_count] = connection;
            _count++;
            return true;
        }

        public void RemoveAt(int index)
        {
            for (int k = index; k < _count - 1; k++)
            {
                _sockets[k] = _sockets[k + 1];
                _connections[k] = _connections[k + 1];
            }

            _count--;
            _sockets[_count] = null;
            _connections[_count] = null;
        }
    }
}
