using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.EndToEnd
{
    /// <summary>The emulator's Wi-Fi settings store for a test: what it was given; a save replaces it.</summary>
    public sealed class FixedNetworkSettings : INetworkSettingsStore
    {
        private NetworkSettings _settings;

        public FixedNetworkSettings(NetworkSettings settings) => _settings = settings;

        public NetworkSettings Load() => _settings;

        public void Save(NetworkSettings settings) => _settings = settings;
    }
}
