using ChatFirmware.Core.Link;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Text;

namespace ChatFirmware.Core.Settings
{
    /// <summary>
    /// What usable link settings look like, and the settings a board applies: as with the Wi-Fi, an
    /// unusable value is replaced (a bad board name by the derived one; a bad key or upstream turns
    /// linking off) with a log line, so a typo never keeps the board from serving its own people.
    /// </summary>
    public static class LinkSettingsRules
    {
        /// <summary>
        /// The room key's minimum: a recorded handshake lets anyone who has the Wi-Fi passphrase try
        /// keys offline against its MAC, so the key must be too long to guess (16 random characters
        /// or more; 32 hex digits from a random generator are ideal).
        /// </summary>
        public const int RoomKeyMinBytes = 16;

        public const int RoomKeyMaxBytes = 128;

        public static bool IsRoomKey(string key)
        {
            if (key == null)
            {
                return false;
            }

            int bytes = Utf8.ByteCount(key);
            if (bytes < RoomKeyMinBytes || bytes > RoomKeyMaxBytes)
            {
                return false;
            }

            char[] chars = key.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                if (TextRules.IsControl(chars[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>"ws://HOST[:PORT]/PATH": what both hosts' WebSocket clients connect to (no TLS: the link runs on the boards' own Wi-Fi).</summary>
        public static bool IsUpstreamUrl(string url)
        {
            if (url == null || !url.StartsWith("ws://") || url.Length > 200)
            {
                return false;
            }

            string rest = url.Substring(5);
            char[] chars = rest.ToCharArray();
            int slash = TextScan.IndexOf(chars, '/', 0);
            if (slash <= 0)
            {
                return false;
            }

            for (int i = 0; i < chars.Length; i++)
            {
                if (chars[i] <= ' ' || chars[i] > '~')
                {
                    return false;
                }
            }

            string authority = rest.Substring(0, slash);
            int colon = TextScan.LastIndexOf(authority.ToCharArray(), ':');
            if (colon < 0)
            {
                return true;
            }

            long port = Digits.ParseOrZero(authority.Substring(colon + 1), 5);
            return colon > 0 && port > 0 && port < 65536;
        }

        /// <summary>
        /// True when the upstream URL's host is an IPv4 address in the /24 of <paramref name="deviceAddress"/>:
        /// every board's access point is 192.168.4.1/24 by default, and a board cannot reach an
        /// upstream board through a network that looks like its own. Each linked board needs its own.
        /// </summary>
        public static bool SameSubnet(string upstreamUrl, string deviceAddress)
        {
            if (upstreamUrl == null || !IsUpstreamUrl(upstreamUrl) || !NetworkSettingsRules.IsIPv4(deviceAddress))
            {
                return false;
            }

            string rest = upstreamUrl.Substring(5);
            char[] chars = rest.ToCharArray();
            int end = TextScan.IndexOf(chars, '/', 0);
            int colon = TextScan.IndexOf(chars, ':', 0);
            string host = rest.Substring(0, colon >= 0 && colon < end ? colon : end);
            if (!NetworkSettingsRules.IsIPv4(host))
            {
                return false;
            }

            string[] upstream = host.Split('.');
            string[] own = deviceAddress.Split('.');
            return Digits.ParseOrZero(upstream[0], 3) == Digits.ParseOrZero(own[0], 3) && Digits.ParseOrZero(upstream[1], 3) == Digits.ParseOrZero(own[1], 3) && Digits.ParseOrZero(upstream[2], 3) == Digits.ParseOrZero(own[2], 3);
        }

        /// <summary>Why these settings cannot be used, or null when they can (the board name may be empty: derived).</summary>
        public static string Problem(LinkSettings link)
        {
            string name = BoardNames.Normalize(link.BoardName);
            if (name.Length > 0 && !BoardNames.IsValid(name))
            {
                return "A board name has 1 to " + BoardNames.MaxLength + " of a-z, 0-9 and '-' (not first or last).";
            }

            string key = link.RoomKey ?? string.Empty;
            if (key.Length > 0 && !IsRoomKey(key))
            {
                return "The room key needs " + RoomKeyMinBytes + " to " + RoomKeyMaxBytes + " bytes without control characters.";
            }

            string upstream = link.UpstreamUrl ?? string.Empty;
            if (upstream.Length > 0 && !IsUpstreamUrl(upstream))
            {
                return "The upstream board's address looks like ws://192.168.4.1/link.";
            }

            if (upstream.Length > 0 && key.Length == 0)
            {
                return "Linking to an upstream board needs the room key.";
            }

            return null;
        }

        /// <summary>
        /// The link settings the board applies: the board name normalised (or <paramref name="defaultBoardName"/>),
        /// the room key and upstream only when usable, each replacement logged. Never null.
        /// </summary>
        public static LinkSettings Applicable(LinkSettings link, string defaultBoardName, ILog log)
        {
            LinkSettings applied = new LinkSettings();
            link = link ?? new LinkSettings();
            string name = BoardNames.Normalize(link.BoardName);
            if (name.Length > 0 && !BoardNames.IsValid(name))
            {
                log.Warn("settings: board name \"" + link.BoardName + "\" is not 1-" + BoardNames.MaxLength + " of a-z, 0-9 and '-'; using \"" + defaultBoardName + "\"");
                name = string.Empty;
            }

            applied.BoardName = name.Length > 0 ? name : defaultBoardName;
            string key = link.RoomKey ?? string.Empty;
            if (key.Length > 0 && !IsRoomKey(key))
            {
                log.Warn("settings: the room key is not " + RoomKeyMinBytes + " to " + RoomKeyMaxBytes + " bytes without control characters; this board links with no other");
                key = string.Empty;
            }

            applied.RoomKey = key;
            string upstream = link.UpstreamUrl ?? string.Empty;
            if (upstream.Length > 0 && (!IsUpstreamUrl(upstream) || key.Length == 0))
            {
                log.Warn("settings: the upstream board \"" + upstream + "\" is not a ws://HOST/PATH address, or no room key is set; no upstream link");
                upstream = string.Empty;
            }

            applied.UpstreamUrl = upstream;
            applied.UpstreamSsid = upstream.Length == 0 ? string.Empty : (link.UpstreamSsid ?? string.Empty);
            applied.UpstreamPassphrase = upstream.Length == 0 ? string.Empty : (link.UpstreamPassphrase ?? string.Empty);
            return applied;
        }

        /// <summary>
        /// Device: the Wi-Fi settings with the upstream board's network as the one to join (station
        /// mode), when the link settings name one. A board can join one network only: the upstream's
        /// takes the place of Network.StationSsid (logged when that was set too).
        /// </summary>
        public static NetworkSettings WithUpstreamStation(NetworkSettings network, LinkSettings link, ILog log)
        {
            if (link == null || (link.UpstreamSsid ?? string.Empty).Length == 0)
            {
                return network;
            }

            string station = network.StationSsid ?? string.Empty;
            if (station.Length > 0 && station != link.UpstreamSsid)
            {
                log.Warn("settings: joining the upstream board's network \"" + link.UpstreamSsid + "\" instead of \"" + station + "\" (a board joins one network)");
            }

            network.StationSsid = link.UpstreamSsid;
            network.StationPassword = link.UpstreamPassphrase ?? string.Empty;
            return network;
        }
    }
}
