namespace ChatFirmware.Core.Security
{
    /// <summary>A rate limit: a burst of tokens refilled one per interval (uptime clock).</summary>
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

        /// <summary>True when the bucket holds every token it can (nothing was taken lately).</summary>
        public bool IsFull(long nowMs)
        {
            Refill(nowMs);
            return _tokens == _burst;
        }

        /// <summary>Takes one token if there is one.</summary>
        public bool TryTake(long nowMs)
        {
            Refill(nowMs);
            if (_tokens <= 0)
            {
                return false;
            }

            _tokens--;
            return true;
        }

        /// <summary>Takes one token if there is one; an empty bucket stays empty (a debt is not kept).</summary>
        public void Take(long nowMs)
        {
            TryTake(nowMs);
        }

        /// <summary>Milliseconds until a token is there (0: now), without taking it.</summary>
        public long WaitMs(long nowMs)
        {
            Refill(nowMs);
            return _tokens > 0 ? 0 : _lastRefillMs + _refillMs - nowMs;
        }

        private void Refill(long nowMs)
        {
            long elapsed = nowMs - _lastRefillMs;
            if (elapsed >= _refillMs)
            {
                long refill = elapsed / _refillMs;
                _tokens = refill >= _burst - _tokens ? _burst : _tokens + (int)refill;
                _lastRefillMs += refill * _refillMs;
            }
        }
    }
}
