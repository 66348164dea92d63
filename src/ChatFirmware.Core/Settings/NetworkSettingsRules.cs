using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Settings
{
    /// <summary>
    /// What a valid Wi-Fi configuration is, and the board's own passphrase. The rules follow what the
    /// ESP32 firmware accepts (WirelessAPConfiguration.SaveConfiguration: SSID under 32 characters, a
    /// WPA2 passphrase of 8 to 63), so that a saved configuration can never leave the board without a
    /// network anyone can join.
    /// </summary>
    public static class NetworkSettingsRules
    {
        public const int PassphraseMinLength = 8;
        public const int PassphraseMaxLength = 63;
        public const int SsidMaxBytes = 31;
        public const int MaxStationsLimit = 15;
        public const int MaxPort = 65535;

        /// <summary>
        /// The board passphrase alphabet: 32 symbols (5 random bits each) without the look-alikes
        /// l, o, 0 and 1, since people copy it from a log onto a phone.
        /// </summary>
        private static readonly char[] Alphabet = "abcdefghijkmnpqrstuvwxyz23456789".ToCharArray();
        private const int PassphraseGroups = 4;
        private const int GroupLength = 4;

        /// <summary>WPA2-PSK: 8 to 63 printable ASCII characters (IEEE 802.11i).</summary>
        public static bool IsWpa2Passphrase(string passphrase)
        {
            if (passphrase == null || passphrase.Length < PassphraseMinLength || passphrase.Length > PassphraseMaxLength)
            {
                return false;
            }

            char[] chars = passphrase.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] < 0x20 || chars[i] > 0x7E)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>1 to 31 bytes of UTF-8 without control characters.</summary>
        public static bool IsSsid(string ssid)
        {
            if (ssid == null || ssid.Length == 0 || !TextRules.HasOnlyPairedSurrogates(ssid) || Utf8.ByteCount(ssid) > SsidMaxBytes)
            {
                return false;
            }

            char[] chars = ssid.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (TextRules.IsControl(chars[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A TCP or UDP port a listener can bind: 1 to 65535.</summary>
        public static bool IsPort(int port)
        {
            return port >= 1 && port <= MaxPort;
        }

        /// <summary>Four decimal numbers 0-255 separated by dots.</summary>
        public static bool IsIPv4(string address)
        {
            if (address == null)
            {
                return false;
            }

            string[] parts = address.Split('.');
            if (parts.Length != 4)
            {
                return false;
            }

            for (int i = 0; i < parts.Length; i++)
            {
                char[] part = parts[i].ToCharArray();
                if (part.Length == 0 || part.Length > 3)
                {
                    return false;
                }

                int value = 0;
                for (int j = 0; j < part.Length; j++)
                {
                    if (part[j] < '0' || part[j] > '9')
                    {
                        return false;
                    }

                    value = (value * 10) + (part[j] - '0');
                }

                if (value > 255)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Why these settings cannot be saved, or null when they can. The board's own passphrase (empty) is always acceptable.</summary>
        public static string Problem(NetworkSettings settings)
        {
            if (settings == null)
            {
                return "No Wi-Fi settings.";
            }

            if (!IsSsid(settings.Ssid))
            {
                return "The network name needs 1 to " + SsidMaxBytes + " bytes without control characters.";
            }

            string passphrase = settings.Passphrase ?? string.Empty;
            if (passphrase.Length > 0 && !IsWpa2Passphrase(passphrase))
            {
                return "A WPA2 passphrase has " + PassphraseMinLength + " to " + PassphraseMaxLength + " printable ASCII characters.";
            }

            if (!IsIPv4(settings.DeviceAddress))
            {
                return "The board's address must be an IPv4 address such as 192.168.4.1.";
            }

            if (settings.MaxStations < 1 || settings.MaxStations > MaxStationsLimit)
            {
                return "The access point admits 1 to " + MaxStationsLimit + " stations.";
            }

            if (!IsPort(settings.HttpPort) || !IsPort(settings.DnsPort))
            {
                return "The HTTP and DNS ports are 1 to " + MaxPort + ".";
            }

            string station = settings.StationSsid ?? string.Empty;
            string stationPassword = settings.StationPassword ?? string.Empty;
            if (station.Length > 0 && !IsSsid(station))
            {
                return "The name of the network to join needs 1 to " + SsidMaxBytes + " bytes without control characters.";
            }

            if (station.Length > 0 && stationPassword.Length > 0 && !IsWpa2Passphrase(stationPassword) && !IsHexKey(stationPassword))
            {
                return "The password of the network to join has 8 to 63 printable ASCII characters (or 64 hex digits).";
            }

            return null;
        }

        /// <summary>
        /// The settings the board applies at boot: a copy in which every value the firmware would
        /// refuse is replaced by its default, each with a log line, so that a bad settings file never
        /// leaves the board without its network. (The passphrase is resolved by
        /// <see cref="AccessPointPassphrase"/>.)
        /// </summary>
        public static NetworkSettings Applicable(NetworkSettings settings, ILog log)
        {
            NetworkSettings defaults = new NetworkSettings();
            NetworkSettings applied = new NetworkSettings();
            applied.Passphrase = settings.Passphrase ?? string.Empty;
            applied.OpenNetwork = settings.OpenNetwork;
            applied.Ssid = Keep(IsSsid(settings.Ssid), settings.Ssid, defaults.Ssid, "network name", log);
            applied.DeviceAddress = Keep(IsIPv4(settings.DeviceAddress), settings.DeviceAddress, defaults.DeviceAddress, "board address", log);
            applied.MaxStations = settings.MaxStations;
            if (settings.MaxStations < 1 || settings.MaxStations > MaxStationsLimit)
            {
                log.Warn("settings: MaxStations " + settings.MaxStations + " is not 1 to " + MaxStationsLimit + "; using " + defaults.MaxStations);
                applied.MaxStations = defaults.MaxStations;
            }

            applied.StationTimeoutMs = settings.StationTimeoutMs >= 1000 ? settings.StationTimeoutMs : defaults.StationTimeoutMs;
            applied.HttpPort = KeepPort(settings.HttpPort, defaults.HttpPort, "HttpPort", log);
            applied.DnsPort = KeepPort(settings.DnsPort, defaults.DnsPort, "DnsPort", log);
            string station = settings.StationSsid ?? string.Empty;
            string stationPassword = settings.StationPassword ?? string.Empty;
            if (station.Length > 0 && (!IsSsid(station) || (stationPassword.Length > 0 && !IsWpa2Passphrase(stationPassword) && !IsHexKey(stationPassword))))
            {
                log.Warn("settings: the network to join (StationSsid/StationPassword) is not valid; station mode stays off");
                station = string.Empty;
                stationPassword = string.Empty;
            }

            applied.StationSsid = station;
            applied.StationPassword = station.Length == 0 ? string.Empty : stationPassword;
            return applied;
        }

        /// <summary>
        /// The passphrase the access point uses: empty for an open network (only when
        /// <see cref="NetworkSettings.OpenNetwork"/> asks for it); the configured one when valid;
        /// otherwise the board's own, with a log line saying why (a short passphrase found on flash must
        /// never leave the board unreachable).
        /// </summary>
        public static string AccessPointPassphrase(NetworkSettings settings, string boardPassphrase, ILog log)
        {
            if (settings.OpenNetwork)
            {
                return string.Empty;
            }

            string configured = settings.Passphrase ?? string.Empty;
            if (configured.Length == 0)
            {
                return boardPassphrase;
            }

            if (IsWpa2Passphrase(configured))
            {
                return configured;
            }

            log.Warn("settings: the Wi-Fi passphrase in the settings file is not 8 to 63 printable ASCII characters; using the board's own passphrase instead");
            return boardPassphrase;
        }

        /// <summary>
        /// A new passphrase for this board: 16 symbols of <see cref="Alphabet"/> in groups of four
        /// (80 random bits, out of reach of an offline WPA2 dictionary attack). From the hardware RNG,
        /// not from the MAC address, which every beacon broadcasts.
        /// </summary>
        public static string NewBoardPassphrase(IRandomSource random)
        {
            byte[] bytes = new byte[PassphraseGroups * GroupLength];
            random.Fill(bytes);
            char[] chars = new char[(PassphraseGroups * (GroupLength + 1)) - 1];
            int at = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (i > 0 && i % GroupLength == 0)
                {
                    chars[at++] = '-';
                }

                chars[at++] = Alphabet[bytes[i] & 0x1F];
            }

            return new string(chars);
        }

        private static string Keep(bool valid, string value, string fallback, string what, ILog log)
        {
            if (valid)
            {
                return value;
            }

            log.Warn("settings: the " + what + " in the settings file is not valid; using " + fallback);
            return fallback;
        }

        private static bool IsHexKey(string key)
        {
            if (key.Length != 64)
            {
                return false;
            }

            char[] chars = key.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                {
                    return false;
                }
            }

            return true;
        }

        private static int KeepPort(int port, int fallback, string name, ILog log)
        {
            if (IsPort(port))
            {
                return port;
            }

            log.Warn("settings: " + name + " " + port + " is not 1 to " + MaxPort + "; using " + fallback);
            return fallback;
        }
    }
}
