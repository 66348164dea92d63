using ChatFirmware.Core.Settings;

namespace ChatFirmware.Core.Ports
{
    /// <summary>Where the Wi-Fi settings live (settings.json on the device's flash, or in the emulator's data folder).</summary>
    public interface INetworkSettingsStore
    {
        NetworkSettings Load();

        /// <summary>Saves the settings for the next reboot; throws when the write fails.</summary>
        void Save(NetworkSettings settings);
    }
}
