using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core
{
    /// <summary>Everything a host supplies to the core, in one bundle.</summary>
    public sealed class ChatPorts
    {
        public ChatPorts(IFlashFiles flash, IUptimeClock uptime, IWallClock wallClock, IRandomSource random, IHmacSha256 hmac, IAssetSource assets, ILog log)
        {
            Flash = flash;
            Uptime = uptime;
            WallClock = wallClock;
            Random = random;
            Hmac = hmac;
            Assets = assets;
            Log = log;
        }

        public IFlashFiles Flash { get; private set; }

        public IUptimeClock Uptime { get; private set; }

        public IWallClock WallClock { get; private set; }

        public IRandomSource Random { get; private set; }

        public IHmacSha256 Hmac { get; private set; }

        public IAssetSource Assets { get; private set; }

        public ILog Log { get; private set; }

        /// <summary>Optional: platform health for the administrator and the low-memory policy.</summary>
        public ISystemHealth Health { get; set; }

        /// <summary>Optional: the Wi-Fi settings the administrator may change (devices only).</summary>
        public INetworkSettingsStore NetworkSettings { get; set; }
    }
}
