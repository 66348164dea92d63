using ChatFirmware.Core.Security;

namespace ChatFirmware.Core.Chat
{
    /// <summary>
    /// The send rate limit per person: one token bucket per user id, shared by every tab and every
    /// session of that person and kept across reconnects and new logins (so neither refills it). A
    /// fixed table, larger than the accounts, of plain arrays (an object per bucket cost the board
    /// about 60 bytes a person); the least recently used entry is recycled only when it is full.
    /// </summary>
    public sealed class SendBudgets
    {
        private readonly int[] _userIds;
        private readonly int[] _tokens;
        private readonly long[] _refilledAtMs;
        private readonly long[] _lastUseMs;
        private readonly int _burst;
        private readonly long _refillMs;

        public SendBudgets(int capacity, int burst, long refillMs)
        {
            _userIds = new int[capacity];
            _tokens = new int[capacity];
            _refilledAtMs = new long[capacity];
            _lastUseMs = new long[capacity];
            _burst = burst;
            _refillMs = refillMs < 1 ? 1 : refillMs;
        }

        /// <summary>Takes one message from the person's budget if there is one.</summary>
        public bool TryTake(int userId, long nowMs)
        {
            int slot = SlotOf(userId, nowMs);
            int tokens = _tokens[slot];
            long refilledAtMs = _refilledAtMs[slot];
            TokenBucket.Refill(ref tokens, ref refilledAtMs, _burst, _refillMs, nowMs);
            _refilledAtMs[slot] = refilledAtMs;
            if (tokens <= 0)
            {
                _tokens[slot] = tokens;
                return false;
            }

            _tokens[slot] = tokens - 1;
            return true;
        }

        /// <summary>The person's entry, made full when missing (in a free entry, or the least recently used one).</summary>
        private int SlotOf(int userId, long nowMs)
        {
            int free = -1;
            int oldest = 0;
            for (int i = 0; i < _userIds.Length; i++)
            {
                if (_userIds[i] == 0)
                {
                    free = free < 0 ? i : free;
                    continue;
                }

                if (_userIds[i] == userId)
                {
                    _lastUseMs[i] = nowMs;
                    return i;
                }

                if (_lastUseMs[i] < _lastUseMs[oldest])
                {
                    oldest = i;
                }
            }

            int slot = free >= 0 ? free : oldest;
            _userIds[slot] = userId;
            _tokens[slot] = _burst;
            _refilledAtMs[slot] = nowMs;
            _lastUseMs[slot] = nowMs;
            return slot;
        }
    }
}
