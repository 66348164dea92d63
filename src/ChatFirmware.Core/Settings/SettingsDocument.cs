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
        /// <summary>Wi-Fi; null when the file has no "Network" section.</summary>
        public NetworkSettings Network { get; set; }

        /// <summary>Limits and timeouts; null when the file has no "Chat" section.</summary>
        public ChatSettings Chat { get; set; }

        /// <summary>Linked boards (name, room key, upstream); null when the file has no "Link" section.</summary>
        public LinkSettings Link { get; set; }
    }
}
