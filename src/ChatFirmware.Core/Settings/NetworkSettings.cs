namespace ChatFirmware.Core.Settings
{
    /// <summary>
    /// The board's Wi-Fi: its own access point and, optionally, an existing network to join as a
    /// station. Applied at the next reboot. Public get/set properties for nanoFramework.Json.
    /// </summary>
    public sealed class NetworkSettings
    {
        /// <summary>The access point's address; also the captive portal's DNS answer.</summary>
        public string DeviceAddress { get; set; } = "192.168.4.1";

        public string Ssid { get; set; } = "ChatFirmware";

        /// <summary>WPA2 passphrase, 8 to 63 printable ASCII characters; empty means "not chosen yet" (the board derives its own).</summary>
        public string Passphrase { get; set; } = string.Empty;

        /// <summary>An open network only when asked for explicitly.</summary>
        public bool OpenNetwork { get; set; }

        public int MaxStations { get; set; } = 10;

        /// <summary>An existing network to join as well (AP+station); empty for access point only.</summary>
        public string StationSsid { get; set; } = string.Empty;

        public string StationPassword { get; set; } = string.Empty;
    }
}
