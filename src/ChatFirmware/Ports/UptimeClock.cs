using System;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Ports
{
    /// <summary>
    /// Milliseconds since boot from Environment.TickCount64 (nanoFramework.Runtime.Native): the
    /// firmware's monotonic tick, untouched when the wall clock is set. DateTime.UtcNow would jump
    /// when a browser sets the time, expiring or resurrecting sessions.
    /// </summary>
    internal sealed class UptimeClock : IUptimeClock
    {
        public long UptimeMilliseconds
        {
            get { return Environment.TickCount64; }
        }
    }
}
