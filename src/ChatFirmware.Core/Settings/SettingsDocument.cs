using ChatFirmware.Core.Ports;

namespace ChatFirmware.Core.Settings
{
    /// <summary>
    /// The settings file: I:\chat\settings.json on the device, settings.json in the emulator's data
    /// folder. Three optional sections, each a JSON object of its class's property names (case-sensitive);
    /// a missing section or property keeps the default in code:
    /// <code>{ "Network": { "Ssid": "Chat", "Passphrase": "..." }, "Chat": { "MaxUsers": 6 } }</code>
    /// Public get/set properties, as nanoFramework.Json requires. docs/settings.sample.json is a full example.
    /// </summary>
    public sealed class SettingsDocument
    {
        /// <summary>
        /// What every host does with a settings file it cannot read (not JSON, not the expected shape):
        /// says so, and starts with the defaults, so that a typo never keeps the chat from serving.
        /// </summary>
        public static SettingsDocument Unreadable(ILog log, string path, string reason)
        {
            log.Warn("settings: ignoring " + path + " (" + reason + "); using the defaults");
            return new SettingsDocument();
        }

        /// <summary>Wi-Fi; null when the file has no "Network" section.</summary>
        public NetworkSettings Network { get; set; }

        /// <summary>Limits and timeouts; null when the file has no "Chat" section.</summary>
        public ChatSettings Chat { get; set; }

        /// <summary>Linked boards (name, room key, upstream); null when the file has no "Link" section.</summary>
        public LinkSettings Link { get; set; }
    }
}
