using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Emulator
{
    /// <summary>
    /// The emulator's command line: <c>--listen 127.0.0.1:8080 --data ./chat-data [--dns 127.0.0.1:5353]
    /// [--access-log] [--board-name NAME --room-key FILE [--link ws://127.0.0.1:8081/link]]</c>.
    /// </summary>
    public sealed class EmulatorOptions
    {
        public IPEndPoint Listen { get; set; } = new IPEndPoint(IPAddress.Loopback, 8080);

        public string DataFolder { get; set; } = "./chat-data";

        /// <summary>Optional settings file overriding the core's defaults (JSON, the device's settings.json shape).</summary>
        public string? SettingsFile { get; set; }

        /// <summary>Reproduce the device's exact "Connection: Upgrade" check (Firefox is then refused and falls back to polling).</summary>
        public bool StrictUpgrade { get; set; }

        /// <summary>The captive portal's DNS endpoint (<c>--dns 127.0.0.1:5353</c>); null, the default, runs none.</summary>
        public IPEndPoint? Dns { get; set; }

        /// <summary>The address the DNS answers and the portal redirects to (<c>--device-address</c>): the board's by default.</summary>
        public string DeviceAddress { get; set; } = new NetworkSettings().DeviceAddress;

        /// <summary>Print one line per request answered (<c>--access-log</c>): what a visit costs the device's listener.</summary>
        public bool AccessLog { get; set; }

        /// <summary>The settings file's "Link" section (Program reads it); the three options below override it.</summary>
        public LinkSettings? Link { get; set; }

        /// <summary>This board's name in a linked room (<c>--board-name</c>); null: the settings file's, else derived from the data folder.</summary>
        public string? BoardName { get; set; }

        /// <summary>The room key (<c>--room-key FILE</c>: the file's first line); null: the settings file's, else not linked.</summary>
        public string? RoomKey { get; set; }

        /// <summary>The upstream board's link endpoint (<c>--link ws://127.0.0.1:8081/link</c>); null: the settings file's, else none.</summary>
        public string? UpstreamUrl { get; set; }

        /// <summary>
        /// Wi-Fi settings for the administrator's pages (the Wi-Fi form, the join card). No command-line
        /// option: the emulator runs on its host's network and has none; tests give it a store.
        /// </summary>
        public INetworkSettingsStore? NetworkSettings { get; set; }

        public static EmulatorOptions Parse(string[] args)
        {
            EmulatorOptions options = new EmulatorOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                string Value()
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new ArgumentException(name + " needs a value");
                    }

                    return args[++i];
                }

                switch (name)
                {
                    case "--listen":
                        options.Listen = ParseEndPoint(name, Value());
                        break;
                    case "--data":
                        options.DataFolder = Value();
                        break;
                    case "--strict-upgrade":
                        options.StrictUpgrade = true;
                        break;
                    case "--settings":
                        options.SettingsFile = Value();
                        break;
                    case "--dns":
                        options.Dns = ParseEndPoint(name, Value());
                        break;
                    case "--access-log":
                        options.AccessLog = true;
                        break;
                    case "--device-address":
                        options.DeviceAddress = ParseIPv4(name, Value());
                        break;
                    case "--board-name":
                        options.BoardName = Value();
                        break;
                    case "--room-key":
                        options.RoomKey = ReadRoomKey(name, Value());
                        break;
                    case "--link":
                        options.UpstreamUrl = Value();
                        break;
                    default:
                        throw new ArgumentException("unknown option " + name + " (known: --listen HOST:PORT, --data FOLDER, --settings FILE, --strict-upgrade, --dns HOST:PORT, --device-address A.B.C.D, --access-log, --board-name NAME, --room-key FILE, --link ws://HOST:PORT/link)");
                }
            }

            return options;
        }

        /// <summary>The key is the file's first line (a key on the command line would show in every process list).</summary>
        private static string ReadRoomKey(string name, string path)
        {
            try
            {
                string key = (File.ReadLines(path).FirstOrDefault() ?? string.Empty).Trim();
                if (!LinkSettingsRules.IsRoomKey(key))
                {
                    throw new ArgumentException(name + " " + path + ": the room key needs " + LinkSettingsRules.RoomKeyMinBytes + " to " + LinkSettingsRules.RoomKeyMaxBytes + " bytes on the file's first line (e.g. openssl rand -hex 16 > " + path + ")");
                }

                return key;
            }
            catch (IOException e)
            {
                throw new ArgumentException(name + ": cannot read " + path + " (" + e.Message + ")");
            }
        }

        private static IPEndPoint ParseEndPoint(string name, string text)
        {
            if (!IPEndPoint.TryParse(text, out IPEndPoint? endPoint) || endPoint.Port < 0)
            {
                throw new ArgumentException(name + " wants HOST:PORT, e.g. 127.0.0.1:8080, not '" + text + "'");
            }

            return endPoint;
        }

        private static string ParseIPv4(string name, string text)
        {
            if (!IPAddress.TryParse(text, out IPAddress? address) || address.AddressFamily != AddressFamily.InterNetwork || address.ToString() != text)
            {
                throw new ArgumentException(name + " wants an IPv4 address such as 192.168.4.1, not '" + text + "'");
            }

            return text;
        }
    }
}
