using ChatFirmware.Core.Security;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// The send rate limit per session, shared by every tab of that session and kept when a tab
    /// reconnects (so reconnecting does not refill it). Fixed table; the least recently used entry is
    /// recycled.
    /// </summary>
    public sealed class SessionBuckets
    {
        private readonly byte[][] _sessions;
        private readonly TokenBucket[] _buckets;
        private readonly long[] _lastUseMs;
        private readonly int _burst;
        private readonly long _refillMs;

        public SessionBuckets(int capacity, int burst, long refillMs)
        {
            _sessions = new byte[capacity][];
            _buckets = new TokenBucket[capacity];
            _lastUseMs = new long[capacity];
            _burst = burst;
            _refillMs = refillMs;
        }

        public TokenBucket For(byte[] sessionTokenHash, long nowMs)
        {
            int free = -1;
            int oldest = 0;
            for (int i = 0; i < _sessions.Length; i++)
            {
                if (_sessions[i] == null)
                {
                    free = free < 0 ? i : free;
                    continue;
                }

                if (ConstantTime.AreEqual(_sessions[i], sessionTokenHash))
                {
                    _lastUseMs[i] = nowMs;
                    return _buckets[i];
                }

                if (_lastUseMs[i] < _lastUseMs[oldest])
                {
                    oldest = i;
                }
            }

            int slot = free >= 0 ? free : oldest;
            _sessions[slot] = sessionTokenHash;
            _buckets[slot] = new TokenBucket(_burst, _refillMs, nowMs);
            _lastUseMs[slot] = nowMs;
            return _buckets[slot];
        }
    }
}
