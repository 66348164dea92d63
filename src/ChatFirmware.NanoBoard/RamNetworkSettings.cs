using System;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.NanoBoard
{
    /// <summary>
    /// The administrator's Wi-Fi settings on the profile: the launch settings' Network section, kept in
    /// memory as settings-file text (so each Load is a fresh copy, as the board's file store gives).
    /// Saving checks what the board's store checks (Board/FlashNetworkSettings.cs); nothing is applied,
    /// since there is no radio.
    /// </summary>
    internal sealed class RamNetworkSettings : INetworkSettingsStore
    {
        private readonly object _gate = new object();
        private byte[] _json;

        public RamNetworkSettings(NetworkSettings settings)
        {
            _json = Text(settings);
        }

        public NetworkSettings Load()
        {
            byte[] json;
            lock (_gate)
            {
                json = _json;
            }

            NetworkSettings settings = SettingsJson.Parse(json).Network;
            return settings ?? new NetworkSettings();
        }

        public void Save(NetworkSettings settings)
        {
            string problem = NetworkSettingsRules.Problem(settings);
            if (problem != null)
            {
                throw new ArgumentException(problem);
            }

            byte[] json = Text(settings);
            lock (_gate)
            {
                _json = json;
            }
        }

        private static byte[] Text(NetworkSettings settings)
        {
            SettingsDocument document = new SettingsDocument();
            document.Network = settings;
            return SettingsJson.Serialize(document);
        }
    }
}
