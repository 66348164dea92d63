using System;
using System.Diagnostics;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Emulator.Ports
{
    /// <summary>Uptime from a monotonic stopwatch; the wall clock is the machine's, which is always set.</summary>
    public sealed class HostClocks : IUptimeClock, IWallClock
    {
        private readonly Stopwatch _uptime = Stopwatch.StartNew();

        public long UptimeMilliseconds => _uptime.ElapsedMilliseconds;

        public bool IsSet => true;

        public long UnixMilliseconds => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        public void Set(long unixMilliseconds)
        {
            // The host's clock is authoritative; a browser's opinion is not applied to the machine.
        }
    }
}
