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

        /// <summary>
        /// The refill, for a holder that keeps a bucket's two changing fields itself (an object per
        /// bucket costs heap on the board): adds the tokens due since <paramref name="lastRefillMs"/>.
        /// </summary>
        public static void Refill(ref int tokens, ref long lastRefillMs, int burst, long refillMs, long nowMs)
        {
            long elapsed = nowMs - lastRefillMs;
            if (elapsed >= refillMs)
            {
                long refill = elapsed / refillMs;
                tokens = refill >= burst - tokens ? burst : tokens + (int)refill;
                lastRefillMs += refill * refillMs;
            }
        }

        private void Refill(long nowMs)
        {
            Refill(ref _tokens, ref _lastRefillMs, _burst, _refillMs, nowMs);
        }
    }
}
