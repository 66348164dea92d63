using System.Threading;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Fallback
{
    /// <summary>
    /// The chat socket of a long-polling client: the room sends into a bounded queue that the next
    /// poll drains. Carries exactly the WebSocket protocol, so the room cannot tell the difference.
    /// At most one poll waits on it: a newer one takes the place of the one waiting, which then
    /// answers at once. Every member is used under the delivery lock, except waiting itself.
    /// </summary>
    public sealed class PollingSocket : IChatSocket
    {
        private readonly byte[][] _queue;
        private int _count;
        private ManualResetEvent _waiter;

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

        public int Count
        {
            get { return _count; }
        }

        /// <summary>True while a poll waits for news on this client.</summary>
        public bool IsWaiting
        {
            get { return _waiter != null; }
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
            Wake();
        }

        public void Close(int closeCode, string reason)
        {
            if (CloseCode == 0)
            {
                CloseCode = closeCode;
                CloseReason = reason;
            }

            Wake();
        }

        /// <summary>
        /// A poll starts waiting here: the handle it waits on, signalled when there is news or when a newer
        /// poll of the same client takes its place (the one waiting before is woken now).
        /// </summary>
        public WaitHandle BeginWait()
        {
            Wake();
            _waiter = new ManualResetEvent(false);
            return _waiter;
        }

        /// <summary>The poll that waited on <paramref name="handle"/> is done: false when a newer poll took its place meanwhile.</summary>
        public bool EndWait(WaitHandle handle)
        {
            if (_waiter != handle)
            {
                return false;
            }

            _waiter = null;
            return true;
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
            return messages;
        }

        private void Wake()
        {
            if (_waiter != null)
            {
                _waiter.Set();
            }
        }
    }
}
