namespace ChatFirmware.Core.Chat
{
    /// <summary>Per-session send rate limit: a burst of tokens refilled one per interval (uptime clock).</summary>
    public sealed class TokenBucket
    {
        private readonly int _burst;
        private readonly long _refillMs;
        private int _tokens;
        private long _lastRefillMs;

        public TokenBucket(int burst, long refillMs, long nowMs)
        {
            _burst = burst;
            _refillMs = refillMs < 1 ? 1 : refillMs;
            _tokens = burst;
            _lastRefillMs = nowMs;
        }

        /// <summary>Takes one token if there is one.</summary>
        public bool TryTake(long nowMs)
        {
            long elapsed = nowMs - _lastRefillMs;
            if (elapsed >= _refillMs)
            {
                long refill = elapsed / _refillMs;
                _tokens = refill >= _burst - _tokens ? _burst : _tokens + (int)refill;
                _lastRefillMs += refill * _refillMs;
            }

            if (_tokens == 0)
            {
                return false;
            }

            _tokens--;
            return true;
        }
    }
}
