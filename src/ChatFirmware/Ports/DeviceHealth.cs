using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Ports
{
    /// <summary>
    /// The board's health for the administrator page and the low-memory policy. The managed heap is
    /// sampled on the housekeeping timer (a collection per sample, so never per request); the policy's
    /// decision is read by the HTTP host, which refuses new connections while memory is low.
    /// </summary>
    internal sealed class DeviceHealth : ISystemHealth
    {
        private readonly LowMemoryPolicy _policy;
        private readonly IUptimeClock _uptime;
        private readonly ILog _log;
        private readonly IBoardNatives _natives;
        private long _freeBytes = -1;

        public DeviceHealth(ChatSettings settings, IUptimeClock uptime, IBoardNatives natives, ILog log)
        {
            _policy = new LowMemoryPolicy(settings);
            _uptime = uptime;
            _natives = natives;
            _log = log;
        }

        /// <summary>Set once the HTTP host exists (it is built after the core, which holds this port).</summary>
        public HttpHost Http { get; set; }

        /// <summary>Free managed heap at the last sample (GC.Run(false): free bytes after a collection).</summary>
        public long FreeMemoryBytes
        {
            get { return _freeBytes; }
        }

        /// <summary>nanoFramework does not report the managed heap's size (docs/device.md has the estimate).</summary>
        public long TotalMemoryBytes
        {
            get { return -1; }
        }

        public int ConnectedStations
        {
            get { return _natives.ConnectedStations; }
        }

        public int ActiveHttpRequests
        {
            get { return Http == null ? 0 : Http.Busy; }
        }

        /// <summary>True while the policy refuses new connections (read without a lock: one int).</summary>
        public bool Refusing
        {
            get { return _policy.State != LowMemoryPolicy.Normal; }
        }

        /// <summary>Collects, measures and applies the policy; logs each change. Returns the decision.</summary>
        public int Sample()
        {
            int before = _policy.State;
            _freeBytes = nanoFramework.Runtime.Native.GC.Run(false);
            int decision = _policy.Assess(_freeBytes, _uptime.UptimeMilliseconds);
            if (decision != before)
            {
                if (decision == LowMemoryPolicy.Normal)
                {
                    _log.Info("memory: " + _freeBytes + " bytes free again; accepting new connections");
                }
                else
                {
                    _log.Warn("memory: " + _policy.Reason + " (" + _natives.NativeMemoryText() + ")");
                }
            }

            return decision;
        }

        /// <summary>Why the last sample asked for a reboot.</summary>
        public string RebootReason
        {
            get { return _policy.Reason; }
        }
    }
}
