using ChatFirmware.Core.Ports;

namespace ChatFirmware.UnitTests.Fakes
{
    /// <summary>Both clocks, moved only by the test.</summary>
    public sealed class ManualClock : IUptimeClock, IWallClock
    {
        private long _wallMs;

        public ManualClock(long uptimeMs)
        {
            UptimeMilliseconds = uptimeMs;
        }

        public long UptimeMilliseconds { get; set; }

        public bool IsSet { get; private set; }

        public long UnixMilliseconds
        {
            get { return _wallMs; }
        }

        public void Set(long unixMilliseconds)
        {
            _wallMs = unixMilliseconds;
            IsSet = true;
        }

        /// <summary>Moves uptime (and the wall clock, when set) forward.</summary>
        public void Advance(long milliseconds)
        {
            UptimeMilliseconds += milliseconds;
            _wallMs += milliseconds;
        }
    }
}
