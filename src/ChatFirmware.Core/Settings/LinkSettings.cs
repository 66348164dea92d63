namespace ChatFirmware.Core.Settings
{
    /// <summary>
    /// Linking this board with others into one room (docs/protocol.md, "Linked boards"): its name in
    /// the room, the room key every board of the room shares, and optionally the upstream board to
    /// join. The "Link" section of settings.json (<see cref="SettingsDocument"/>), checked by
    /// <see cref="LinkSettingsRules"/>; the emulator's --board-name, --room-key and --link set the same.
    /// Public get/set properties for nanoFramework.Json.
    /// </summary>
    public sealed class LinkSettings
    {
        /// <summary>This board's name in the room (1-16 of a-z, 0-9, '-'); empty: derived from the board ("board-" and four hex digits of its MAC address).</summary>
        public string BoardName { get; set; } = string.Empty;

        /// <summary>The secret every board of the room shares, at least 16 characters (e.g. 32 random hex digits); empty: this board links with no other.</summary>
        public string RoomKey { get; set; } = string.Empty;

        /// <summary>The upstream board's link endpoint, e.g. "ws://192.168.4.1/link"; empty: this board has no upstream (it may still accept downstream boards).</summary>
        public string UpstreamUrl { get; set; } = string.Empty;

        /// <summary>Device: the upstream board's Wi-Fi network name, joined as a station (it takes the place of Network.StationSsid).</summary>
        public string UpstreamSsid { get; set; } = string.Empty;

        /// <summary>Device: the upstream board's Wi-Fi passphrase.</summary>
        public string UpstreamPassphrase { get; set; } = string.Empty;
    }
}
