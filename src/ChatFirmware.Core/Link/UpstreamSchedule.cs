namespace ChatFirmware.Core.Link
{
    /// <summary>
    /// When the host should next try to reach the upstream board, and what became of the last try:
    /// at once at start, then after every failure or loss a backoff (a link that was up retries at the
    /// minimum). The board serves its own people alone meanwhile.
    /// </summary>
    internal sealed class UpstreamSchedule
    {
        private readonly LinkBackoff _backoff;
        private long _nextMs;
        private bool _attempting;
        private string _note;

        public UpstreamSchedule(LinkBackoff backoff, long nowMs)
        {
            _backoff = backoff;
            _nextMs = nowMs;
        }

        public long DelayMs(long nowMs)
        {
            return _nextMs > nowMs ? _nextMs - nowMs : 0;
        }

        public void Started()
        {
            _attempting = true;
        }

        /// <summary>The socket opened (the handshake follows).</summary>
        public void Connected()
        {
            _attempting = false;
        }

        /// <summary>The link went live.</summary>
        public void Succeeded()
        {
            _backoff.Succeeded();
            _note = null;
        }

        /// <summary>The socket did not open, or the link was refused or lost (<paramref name="note"/> says which). Returns the wait.</summary>
        public long Failed(string note, long nowMs)
        {
            _attempting = false;
            long wait = _backoff.Fail();
            _nextMs = nowMs + wait;
            _note = note;
            return wait;
        }

        /// <summary>For the administrator: "connecting", or what went wrong and when the next try is.</summary>
        public string Describe(long nowMs)
        {
            if (_attempting)
            {
                return "connecting";
            }

            long wait = _nextMs - nowMs;
            return (_note == null ? "starting" : _note) + (wait > 0 ? "; next try in " + ((wait + 999) / 1000) + " s" : string.Empty);
        }
    }
}
