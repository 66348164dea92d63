using ChatFirmware.Core.Security;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// The send rate limit per person: one bucket per user id, shared by every tab and every session
    /// of that person and kept across reconnects and new logins (so neither refills it). Fixed table,
    /// larger than the accounts; the least recently used entry is recycled only when it is full.
    /// </summary>
    public sealed class SendBudgets
    {
        private readonly int[] _userIds;
        private readonly TokenBucket[] _buckets;
        private readonly long[] _lastUseMs;
        private readonly int _burst;
        private readonly long _refillMs;

        public SendBudgets(int capacity, int burst, long refillMs)
        {
            _userIds = new int[capacity];
            _buckets = new TokenBucket[capacity];
            _lastUseMs = new long[capacity];
            _burst = burst;
            _refillMs = refillMs;
        }

        public TokenBucket For(int userId, long nowMs)
        {
            int free = -1;
            int oldest = 0;
            for (int i = 0; i < _buckets.Length; i++)
            {
                if (_buckets[i] == null)
                {
                    free = free < 0 ? i : free;
                    continue;
                }

                if (_userIds[i] == userId)
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
            _userIds[slot] = userId;
            _buckets[slot] = new TokenBucket(_burst, _refillMs, nowMs);
            _lastUseMs[slot] = nowMs;
            return _buckets[slot];
        }
    }
}
