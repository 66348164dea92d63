using System;
using System.Net;
using System.Net.NetworkInformation;
using System.Threading;
using ChatFirmware.Core;
using ChatFirmware.Core.Board;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Settings;
using ChatFirmware.Ports;
using Iot.Device.DhcpServer;
using nanoFramework.Runtime.Native;

namespace ChatFirmware
{
    /// <summary>
    /// Bring-up, in order: settings, the board passphrase, the access point (rebooting once when its
    /// configuration changed), DHCP, the core on its ports, the recovery marker, station mode, the
    /// housekeeping timer, then HTTP and WebSockets (port 80 by default). docs/device.md walks through the log.
    /// </summary>
    public class Program
    {
        private static CaptiveDnsHost _dns;
        // Set first thing in Main: nanoFramework runs static initializers at load, in type order.
        private static SerialLog Log;

        // Static so that none is collected while the program runs.
        private static DhcpServer _dhcp;
        private static Timer _tick;
        private static ChatServer _chat;
        private static DeviceHealth _health;

        public static void Main()
        {
            Log = new SerialLog();
            Log.Info("ChatFirmware starting on " + SystemInfo.TargetName + " (nanoFramework " + SystemInfo.Version.ToString() + ")");
            Esp32Natives natives = new Esp32Natives(null);
            Log.Info("memory: " + natives.NativeMemoryText());
            FlashFiles flash = new FlashFiles(DeviceSettings.DataFolder);
            SystemRandom random = new SystemRandom();
            SettingsDocument document = SettingsFile.Load(Log, true);
            ChatSettings settings = document.Chat ?? new ChatSettings();
            LinkSettings link = LinkSettingsRules.Applicable(document.Link, BoardNames.FromHardwareId(BoardId()), Log);
            // A linked board joins its upstream board's Wi-Fi as a station.
            NetworkSettings network = NetworkSettingsRules.Applicable(LinkSettingsRules.WithUpstreamStation(document.Network ?? new NetworkSettings(), link, Log), Log);
            string passphrase = NetworkSettingsRules.AccessPointPassphrase(network, BoardPassphrase.LoadOrCreate(flash, random, Log), Log);
            LogNetwork(network, passphrase, document.Network);

            RebootGuard guard = new RebootGuard(flash, Log);
            SoftAccessPoint accessPoint = new SoftAccessPoint(network, passphrase);
            string difference = accessPoint.Difference(Log);
            if (difference != null && guard.Allows(difference))
            {
                accessPoint.Apply(Log);
                Reboot("to apply the Wi-Fi configuration");
                return;
            }

            _dhcp = accessPoint.StartDhcp(Log);
            if (_dhcp == null && guard.Allows("dhcp"))
            {
                // As in the WiFiAP sample: the first start after flashing can fail; a reboot clears it.
                Reboot("to retry the DHCP server");
                return;
            }

            if (difference == null && _dhcp != null)
            {
                guard.Clear();
            }

            UptimeClock uptime = new UptimeClock();
            ResourceAssets assets = new ResourceAssets();
            ChatPorts ports = new ChatPorts(flash, uptime, new WallClock(), random, new Hmac(), assets, Log);
            _health = new DeviceHealth(settings, uptime, new Esp32Natives(accessPoint.Configuration), Log);
            ports.Health = _health;
            ports.NetworkSettings = new FlashNetworkSettings(Log);
            _chat = new ChatServer(settings, ports, link);
            _chat.Start();
            ChatDataReset.RunIfRequested(flash, _chat, Log);

            // Captive DNS (UDP 53 by default, one socket of the budget): every name resolves to the board.
            _dns = CaptiveDnsHost.Start(network.DeviceAddress, network.DnsPort, network.DeviceAddress, settings, Log);
            StationLink.Start(network, Log);
            WebSocketHost sockets = new WebSocketHost(_chat, Log);
            LinkServerHost links = _chat.BoardName == null ? null : new LinkServerHost(_chat, Log);
            LinkClientHost upstream = LinkClientHost.Start(_chat, Log);
            LogLinks(link, network);
            // Any: every interface (the access point and, in station mode, the joined network).
            HttpHost http = new HttpHost(_chat, sockets, links, upstream, _health, assets, Log, IPAddress.Any, network.HttpPort);
            _health.Http = http;
            _tick = new Timer(Tick, null, DeviceSettings.TickPeriodMs, DeviceSettings.TickPeriodMs);
            http.Start();
            Log.Info("serving http://" + network.DeviceAddress + (network.HttpPort == 80 ? string.Empty : ":" + network.HttpPort) + "/ on Wi-Fi \"" + network.Ssid + "\" (" + settings.MaxChatConnections + " chat connections, " + settings.MaxUsers + " accounts)");
            http.Run();
            _chat.Shutdown();
            Log.Warn("HTTP listener stopped");
            Thread.Sleep(Timeout.Infinite);
        }

        /// <summary>What a person needs to join: the network name and, for the board's own passphrase, the passphrase itself.</summary>
        private static void LogNetwork(NetworkSettings network, string passphrase, NetworkSettings configured)
        {
            if (passphrase.Length == 0)
            {
                Log.Warn("wifi: \"" + network.Ssid + "\" is an OPEN network (OpenNetwork is true in settings.json): anyone nearby can join");
            }
            else if (configured != null && passphrase == configured.Passphrase)
            {
                Log.Info("wifi: \"" + network.Ssid + "\", WPA2, with the passphrase from settings.json");
            }
            else
            {
                Log.Info("wifi: \"" + network.Ssid + "\", WPA2, this board's own passphrase: " + passphrase);
            }
        }

        /// <summary>The board's hardware id for its default name: the access point's MAC address.</summary>
        private static byte[] BoardId()
        {
            NetworkInterface accessPoint = SoftAccessPoint.FindInterface(NetworkInterfaceType.WirelessAP);
            return accessPoint == null ? null : accessPoint.PhysicalAddress;
        }

        private static void LogLinks(LinkSettings link, NetworkSettings network)
        {
            if (_chat.BoardName == null)
            {
                return;
            }

            Log.Info("link: board \"" + _chat.BoardName + "\"" + (_chat.UpstreamUrl == null ? ", no upstream" : ", upstream " + _chat.UpstreamUrl + " on Wi-Fi \"" + link.UpstreamSsid + "\"") + "; up to " + _chat.Settings.MaxDownstreamLinks + " downstream boards on /link");
            if (LinkSettingsRules.SameSubnet(_chat.UpstreamUrl, network.DeviceAddress))
            {
                Log.Warn("link: the upstream board's address is in this board's own network " + network.DeviceAddress + "/24: give this board another DeviceAddress (e.g. 192.168.5.1), or the link cannot be reached");
            }
        }

        private static void Tick(object state)
        {
            try
            {
                _chat.Tick();
                if (_health.Sample() == LowMemoryPolicy.Reboot)
                {
                    Log.Warn("memory: " + _health.RebootReason);
                    _chat.Shutdown();
                    Reboot("because memory ran out");
                }
            }
            catch (Exception e)
            {
                Log.Warn("tick failed: " + e.Message);
            }
        }

        private static void Reboot(string why)
        {
            Log.Warn("rebooting " + why);
            Power.RebootDevice(RebootOption.NormalReboot);
        }
    }
}
