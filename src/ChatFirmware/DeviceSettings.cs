using ChatFirmware.Core.Settings;

namespace ChatFirmware
{
    /// <summary>
    /// The device shell's platform facts: radio, addresses, folders, timers. Every product limit lives
    /// in <see cref="ChatSettings"/>; what is here is derived from it or belongs to the board.
    /// </summary>
    internal static class DeviceSettings
    {
        public const string AccessPointSsid = "ChatFirmware";

        /// <summary>The soft-AP's own address (the ESP32's default AP address, as in the WiFiAP sample).</summary>
        public const string Address = "192.168.4.1";

        public const string SubnetMask = "255.255.255.0";

        /// <summary>Where the DHCP server's captive-portal option (RFC 8910) sends a joining phone.</summary>
        public const string PortalUrl = "http://192.168.4.1/";

        /// <summary>Stations the AP admits; ESP-IDF clamps it to ESP_WIFI_MAX_CONN_NUM (10 to 15).</summary>
        public const byte MaxStations = 10;

        /// <summary>
        /// The chat's own folder. I:\ also holds the board's Wi-Fi configuration files (con_*), so the
        /// device never writes or deletes anything outside this folder.
        /// </summary>
        public const string DataFolder = "I:\\chat\\";

        /// <summary>Optional overrides of ChatSettings (a JSON object of its property names), in DataFolder.</summary>
        public const string SettingsFileName = "settings.json";

        /// <summary>How often the core's housekeeping runs (session expiry).</summary>
        public const int TickPeriodMs = 5000;

        /// <summary>
        /// Pings and the pong deadline. The defaults (60 s + 30 s) keep a half-closed phone socket, and
        /// its lwIP socket, alive for 90 s ("half-close" trap); these end it within 25 s.
        /// </summary>
        public const int WebSocketKeepAliveSeconds = 15;

        public const int WebSocketServerTimeoutSeconds = 10;

        /// <summary>How long a new HTTP connection waits for a free handler before it is closed.</summary>
        public const int HandlerSlotWaitMs = 3000;

        /// <summary>
        /// How long a request body may stall. The listener's streams block without end by default, and
        /// a stalled handler holds one of the few sockets.
        /// </summary>
        public const int BodyReadTimeoutMs = 10000;

        /// <summary>The firmware's lwIP socket table (CONFIG_LWIP_MAX_SOCKETS in every ESP32 sdkconfig).</summary>
        private const int LwipSockets = 16;

        /// <summary>Sockets the shell always holds: the HTTP listener, two for the DHCP server, one for DNS.</summary>
        private const int FixedSockets = 4;

        /// <summary>
        /// WebSocket clients the server pool admits: one more than the room holds, so that a surplus
        /// client is refused by the core with its "chat is full" close code rather than by the pool's
        /// bare 503 (which also leaks the socket, see WebSocketHost).
        /// </summary>
        public static int WebSocketClients(ChatSettings settings)
        {
            return settings.MaxChatConnections + 1;
        }

        /// <summary>HTTP requests handled at once: what the socket table has left after the chat sockets.</summary>
        public static int HttpHandlers(ChatSettings settings)
        {
            int left = LwipSockets - FixedSockets - WebSocketClients(settings);
            return left < 1 ? 1 : left;
        }
    }
}
