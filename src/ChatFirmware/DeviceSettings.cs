namespace ChatFirmware
{
    /// <summary>
    /// The device shell's platform facts: folders, files, the socket table, timers. Every product limit
    /// lives in ChatSettings and every Wi-Fi choice in NetworkSettings (both read from settings.json);
    /// what is here belongs to the board and its firmware.
    /// </summary>
    internal static class DeviceSettings
    {
        /// <summary>
        /// The chat's own folder. I:\ also holds the board's Wi-Fi configuration files (con_*), so the
        /// device never writes or deletes anything outside this folder.
        /// </summary>
        public const string DataFolder = "I:\\chat\\";

        /// <summary>Optional overrides (core SettingsDocument: "Network" and "Chat" sections), in DataFolder.</summary>
        public const string SettingsFileName = "settings.json";

        /// <summary>The only mask the managed DHCP server supports (class C).</summary>
        public const string SubnetMask = "255.255.255.0";

        /// <summary>How often the core's housekeeping and the memory sample run.</summary>
        public const int TickPeriodMs = 5000;

        /// <summary>How long a new HTTP connection waits for a free handler before it is closed.</summary>
        public const int HandlerSlotWaitMs = 3000;

        /// <summary>
        /// How long a request body may stall. The listener's streams block without end by default, and
        /// a stalled handler holds one of the few sockets.
        /// </summary>
        public const int BodyReadTimeoutMs = 10000;

        /// <summary>
        /// Bytes of a page asset copied from flash to the socket at a time: each slice is one
        /// ResourceUtility.GetObject copy, so a response never holds more of the asset than this.
        /// </summary>
        public const int AssetSliceBytes = 1024;

        /// <summary>The firmware's lwIP socket table (CONFIG_LWIP_MAX_SOCKETS in every ESP32 sdkconfig).</summary>
        public const int LwipSockets = 16;

        /// <summary>Sockets the shell always holds: the HTTP listener, two for the DHCP server, one for the captive DNS.</summary>
        public const int FixedSockets = 4;
    }
}
