using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// How long to wait before the next attempt to reach the upstream board: the minimum, doubling
    /// after every failure up to the maximum, plus up to half again at random, so that boards that
    /// lost their upstream together (it rebooted) do not all come back in the same instant.
    /// </summary>
    public sealed class LinkBackoff
    {
        private readonly long _minMs;
        private readonly long _maxMs;
        private readonly IRandomSource _random;
        private readonly byte[] _noise = new byte[2];
        private long _nextMs;

        public LinkBackoff(long minMs, long maxMs, IRandomSource random)
        {
            _minMs = minMs < 1 ? 1 : minMs;
            _maxMs = maxMs < _minMs ? _minMs : maxMs;
            _random = random;
            _nextMs = _minMs;
            Failures = 0;
        }

        /// <summary>Attempts that failed since the last success.</summary>
        public int Failures { get; private set; }

        /// <summary>The wait before the next attempt, after one more failure.</summary>
        public long Fail()
        {
            long wait = _nextMs;
            _nextMs = wait >= _maxMs / 2 ? _maxMs : wait * 2;
            Failures++;
            _random.Fill(_noise);
            long jitter = (wait / 2) * ((_noise[0] << 8) | _noise[1]) / 65536;
            return wait + jitter;
        }

        /// <summary>The link came up: the next failure waits the minimum again.</summary>
        public void Succeeded()
        {
            _nextMs = _minMs;
            Failures = 0;
        }
    }
}
