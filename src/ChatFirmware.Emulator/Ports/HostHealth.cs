using System;
using System.Threading;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Emulator.Ports
{
    /// <summary>
    /// The emulator's health for the administrator page: the .NET GC heap against the memory the
    /// process may use. There is no Wi-Fi (stations: -1, unknown). Requests in flight are counted
    /// when the HTTP host reports them (<see cref="RequestStarted"/>/<see cref="RequestEnded"/>);
    /// until it does they are unknown (-1).
    /// </summary>
    public sealed class HostHealth : ISystemHealth
    {
        private int _activeRequests;
        private int _counting;

        public long FreeMemoryBytes => TotalMemoryBytes - GC.GetTotalMemory(false);

        public long TotalMemoryBytes => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;

        public int ConnectedStations => -1;

        public int ActiveHttpRequests => Volatile.Read(ref _counting) == 0 ? -1 : Volatile.Read(ref _activeRequests);

        public void RequestStarted()
        {
            Volatile.Write(ref _counting, 1);
            Interlocked.Increment(ref _activeRequests);
        }

        public void RequestEnded()
        {
            Interlocked.Decrement(ref _activeRequests);
        }
    }
}
