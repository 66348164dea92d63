using System.Threading;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Fallback
{
    /// <summary>
    /// The chat socket of a long-polling client: the room sends into a bounded queue that the next
    /// poll drains. Carries exactly the WebSocket protocol, so the room cannot tell the difference.
    /// </summary>
    public sealed class PollingSocket : IChatSocket
    {
        private readonly byte[][] _queue;
        private readonly ManualResetEvent _news = new ManualResetEvent(false);
        private int _count;

        public PollingSocket(string pollId, byte[] sessionTokenHash, int queueCapacity, long nowMs)
        {
            PollId = pollId;
            SessionTokenHash = sessionTokenHash;
            _queue = new byte[queueCapacity][];
            LastPollMs = nowMs;
        }

        public string PollId { get; private set; }

        public byte[] SessionTokenHash { get; private set; }

        /// <summary>Uptime of the last poll; a client silent for too long is considered gone.</summary>
        public long LastPollMs { get; set; }

        /// <summary>Close code once the room closed this client (0 while open).</summary>
        public int CloseCode { get; private set; }

        public string CloseReason { get; private set; }

        /// <summary>Signalled whenever there is something for the next poll.</summary>
        public WaitHandle News
        {
            get { return _news; }
        }

        public int Count
        {
            get { return _count; }
        }

        public void Send(byte[] message)
        {
            if (CloseCode != 0)
            {
                return;
            }

            if (_count == _queue.Length)
            {
                // The client fell behind: it reconnects and resumes from its last id, so nothing is lost.
                Close(Chat.CloseCodes.TryAgainLater, "Too many messages were waiting; resuming.");
                return;
            }

            _queue[_count++] = message;
            _news.Set();
        }

        public void Close(int closeCode, string reason)
        {
            if (CloseCode == 0)
            {
                CloseCode = closeCode;
                CloseReason = reason;
            }

            _news.Set();
        }

        /// <summary>The queued messages in order, then forgets them.</summary>
        public byte[][] Drain()
        {
            byte[][] messages = new byte[_count][];
            for (int i = 0; i < _count; i++)
            {
                messages[i] = _queue[i];
                _queue[i] = null;
            }

            _count = 0;
            if (CloseCode == 0)
            {
                _news.Reset();
            }

            return messages;
        }
    }
}
