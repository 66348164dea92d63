using System;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Ports
{
    /// <summary>
    /// The administrator's Wi-Fi settings: the Network section of I:\chat\settings.json, applied at the
    /// next reboot. Settings the firmware would refuse (a passphrase shorter than 8 characters, a
    /// network name over 31 bytes...) are refused here, before anything is written.
    /// </summary>
    internal sealed class FlashNetworkSettings : INetworkSettingsStore
    {
        private readonly ILog _log;

        public FlashNetworkSettings(ILog log)
        {
            _log = log;
        }

        public NetworkSettings Load()
        {
            NetworkSettings network = SettingsFile.Load(_log, false).Network;
            return network ?? new NetworkSettings();
        }

        public void Save(NetworkSettings settings)
        {
            string problem = NetworkSettingsRules.Problem(settings);
            if (problem != null)
            {
                throw new ArgumentException(problem);
            }

            SettingsFile.SaveNetwork(settings, _log);
            _log.Info("settings: Wi-Fi settings saved (network \"" + settings.Ssid + "\"); they apply at the next reboot");
        }
    }
}
