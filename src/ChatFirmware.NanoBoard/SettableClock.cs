using System;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.NanoBoard
{
    /// <summary>
    /// The profile's wall clock. The board's (src/ChatFirmware/Ports/WallClock.cs) sets the RTC with
    /// Rtc.SetSystemTime, which nanoCLR for Linux does not implement (NotImplementedException). This one
    /// keeps the board's behaviour: unset at start (pages are asked for the time), then the time a page
    /// gave, carried forward as an offset from DateTime.UtcNow.
    /// </summary>
    internal sealed class SettableClock : IWallClock
    {
        private const long UnixEpochTicks = 621355968000000000L;
        private const long TicksPerMillisecond = 10000L;
        private long _offsetMs;
        private bool _set;

        public bool IsSet
        {
            get { return _set; }
        }

        public long UnixMilliseconds
        {
            get { return Now() + _offsetMs; }
        }

        public void Set(long unixMilliseconds)
        {
            _offsetMs = unixMilliseconds - Now();
            _set = true;
        }

        private static long Now()
        {
            return (DateTime.UtcNow.Ticks - UnixEpochTicks) / TicksPerMillisecond;
        }
    }
}
