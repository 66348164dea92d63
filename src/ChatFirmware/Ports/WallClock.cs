using System;
using ChatFirmware.Core.Ports;
using nanoFramework.Runtime.Native;

namespace ChatFirmware.Ports
{
    /// <summary>
    /// The board's RTC. In access-point mode there is no SNTP, so the clock counts from the firmware's
    /// epoch until a browser supplies the time.
    /// </summary>
    internal sealed class WallClock : IWallClock
    {
        private const long UnixEpochTicks = 621355968000000000L;
        private const long TicksPerMillisecond = 10000L;
        private bool _set;

        public bool IsSet
        {
            get { return _set; }
        }

        public long UnixMilliseconds
        {
            get { return (DateTime.UtcNow.Ticks - UnixEpochTicks) / TicksPerMillisecond; }
        }

        public void Set(long unixMilliseconds)
        {
            _set = Rtc.SetSystemTime(new DateTime(UnixEpochTicks + (unixMilliseconds * TicksPerMillisecond), DateTimeKind.Utc));
        }
    }
}
