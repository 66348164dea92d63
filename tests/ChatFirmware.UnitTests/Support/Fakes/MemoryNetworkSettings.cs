using System.IO;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.UnitTests.Fakes
{
    /// <summary>
    /// The Wi-Fi settings store in memory: Load hands out a copy (as reading settings.json would), Save
    /// keeps a copy and counts, and a save can be made to fail like a full flash.
    /// </summary>
    public sealed class MemoryNetworkSettings : INetworkSettingsStore
    {
        private NetworkSettings _saved = new NetworkSettings();

        /// <summary>Saves that completed.</summary>
        public int Saves { get; private set; }

        /// <summary>When set, Save throws and keeps the previous settings.</summary>
        public bool FailSaves { get; set; }

        /// <summary>The settings as last saved (a copy).</summary>
        public NetworkSettings Saved
        {
            get { return Copy(_saved); }
        }

        public NetworkSettings Load()
        {
            return Copy(_saved);
        }

        public void Save(NetworkSettings settings)
        {
            if (FailSaves)
            {
                throw new IOException("injected settings write failure");
            }

            _saved = Copy(settings);
            Saves++;
        }

        private static NetworkSettings Copy(NetworkSettings from)
        {
            NetworkSettings copy = new NetworkSettings();
            copy.DeviceAddress = from.DeviceAddress;
            copy.Ssid = from.Ssid;
            copy.Passphrase = from.Passphrase;
            copy.OpenNetwork = from.OpenNetwork;
            copy.MaxStations = from.MaxStations;
            copy.StationSsid = from.StationSsid;
            copy.StationPassword = from.StationPassword;
            return copy;
        }
    }
}
