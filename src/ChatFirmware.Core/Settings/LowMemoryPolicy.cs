namespace ChatFirmware.Core.Settings
{
    /// <summary>
    /// What a host does when its managed heap runs low (the device: about 80-110 KB without PSRAM).
    /// First it refuses new connections, so the people already chatting keep working; only when the
    /// free heap stays critically low for a while does it reboot, the last resort, and never soon
    /// after a start (a configuration that never fits must not reboot the board in a loop). The
    /// thresholds are in <see cref="ChatSettings"/>; the host feeds one sample every few seconds.
    /// Not thread-safe: one sampling thread calls <see cref="Assess"/>.
    /// </summary>
    public sealed class LowMemoryPolicy
    {
        public const int Normal = 0;
        public const int Refuse = 1;
        public const int Reboot = 2;

        private readonly ChatSettings _settings;
        private long _criticalSinceMs = -1;

        public LowMemoryPolicy(ChatSettings settings)
        {
            _settings = settings;
        }

        /// <summary>The last decision.</summary>
        public int State { get; private set; }

        /// <summary>One line for the log saying why the last decision is not <see cref="Normal"/>, or null.</summary>
        public string Reason { get; private set; }

        /// <summary>
        /// Takes one sample of free managed heap (negative: not measurable, treated as plenty) and the
        /// uptime, and returns <see cref="Normal"/>, <see cref="Refuse"/> or <see cref="Reboot"/>.
        /// </summary>
        public int Assess(long freeBytes, long uptimeMs)
        {
            if (freeBytes < 0 || freeBytes >= _settings.LowMemoryRefuseBytes)
            {
                _criticalSinceMs = -1;
                return Decide(Normal, null);
            }

            if (freeBytes >= _settings.LowMemoryRebootBytes)
            {
                _criticalSinceMs = -1;
                return Decide(Refuse, "free memory " + freeBytes + " bytes is below " + _settings.LowMemoryRefuseBytes + ": refusing new connections");
            }

            if (_criticalSinceMs < 0)
            {
                _criticalSinceMs = uptimeMs;
            }

            long lowForMs = uptimeMs - _criticalSinceMs;
            if (lowForMs >= _settings.LowMemoryRebootAfterMs && uptimeMs >= _settings.LowMemoryRebootMinUptimeMs)
            {
                return Decide(Reboot, "free memory has stayed below " + _settings.LowMemoryRebootBytes + " bytes for " + (lowForMs / 1000) + " s (now " + freeBytes + "): rebooting");
            }

            return Decide(Refuse, "free memory " + freeBytes + " bytes is below " + _settings.LowMemoryRebootBytes + " (critical): refusing new connections");
        }

        private int Decide(int state, string reason)
        {
            State = state;
            Reason = reason;
            return state;
        }
    }
}
