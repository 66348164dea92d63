namespace ChatFirmware.Core.Settings
{
    /// <summary>
    /// The board's Wi-Fi: its own access point and, optionally, an existing network to join as a
    /// station. Applied at the next reboot. Public get/set properties for nanoFramework.Json; the
    /// "Network" section of settings.json (<see cref="SettingsDocument"/>), checked by
    /// <see cref="NetworkSettingsRules"/>.
    /// </summary>
    public sealed class NetworkSettings
    {
        /// <summary>The access point's address (a /24 network: the managed DHCP server hands out only class-C leases); also the captive portal's DNS answer.</summary>
        public string DeviceAddress { get; set; } = "192.168.4.1";

        /// <summary>The access point's network name: 1 to 31 bytes of UTF-8.</summary>
        public string Ssid { get; set; } = "ChatFirmware";

        /// <summary>WPA2 passphrase, 8 to 63 printable ASCII characters; empty means "not chosen yet" (the board derives its own).</summary>
        public string Passphrase { get; set; } = string.Empty;

        /// <summary>An open network only when asked for explicitly.</summary>
        public bool OpenNetwork { get; set; }

        /// <summary>Phones and laptops the access point admits at once (1 to 15; ESP-IDF lowers it to 10 on C3/C6).</summary>
        public int MaxStations { get; set; } = 10;

        /// <summary>An existing network to join as well (AP+station); empty for access point only.</summary>
        public string StationSsid { get; set; } = string.Empty;

        /// <summary>The existing network's password (empty for an open network).</summary>
        public string StationPassword { get; set; } = string.Empty;

        /// <summary>How long the board tries to join <see cref="StationSsid"/> at boot; the access point serves meanwhile.</summary>
        public int StationTimeoutMs { get; set; } = 30000;

        /// <summary>
        /// The TCP port of the chat's HTTP listener (pages, the fallback transport and the WebSocket
        /// upgrade). 80 on a board: phones' captive-portal probes and the portal's address assume it.
        /// Another port is for a host that cannot have 80 (the nanoCLR board profile on a developer's machine).
        /// </summary>
        public int HttpPort { get; set; } = 80;

        /// <summary>The UDP port of the captive portal's DNS: 53 on a board, where phones ask it; another port off the board.</summary>
        public int DnsPort { get; set; } = 53;
    }
}
