using System.Net;
using System.Net.NetworkInformation;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;
using Iot.Device.DhcpServer;
// System.Net (Http) also declares an AuthenticationType, for NetworkCredential: this one is Wi-Fi's.
using WifiAuthentication = System.Net.NetworkInformation.AuthenticationType;

namespace ChatFirmware
{
    /// <summary>
    /// The board's own Wi-Fi network, set up as nanoFramework's WiFiAP sample does: the WirelessAP
    /// interface at a static /24 address, its configuration (SSID, WPA2 or open, max stations,
    /// Enable|AutoStart), and the station configuration enabled only when the settings name a network
    /// to join (AP+station mode). The firmware applies these only while Wi-Fi starts, so a changed
    /// configuration is saved and the board rebooted (guarded by <see cref="Core.Board.RebootGuard"/>); an
    /// unchanged one is never rewritten (flash wear). Then the managed DHCP server, which the ESP32
    /// firmware lacks (CONFIG_LWIP_DHCPS=n).
    /// </summary>
    internal sealed class SoftAccessPoint
    {
        private const WirelessAPConfiguration.ConfigurationOptions Wanted = WirelessAPConfiguration.ConfigurationOptions.AutoStart | WirelessAPConfiguration.ConfigurationOptions.Enable;
        private readonly NetworkSettings _network;
        private readonly string _passphrase;
        private readonly NetworkInterface _interface;
        private readonly WirelessAPConfiguration _config;

        /// <param name="passphrase">The WPA2 passphrase, or "" for an open network (never null: the native side dereferences it).</param>
        public SoftAccessPoint(NetworkSettings network, string passphrase)
        {
            _network = network;
            _passphrase = passphrase;
            _interface = FindInterface(NetworkInterfaceType.WirelessAP);
            _config = _interface == null ? null : WirelessAPConfiguration.GetAllWirelessAPConfigurations()[_interface.SpecificConfigId];
        }

        /// <summary>The firmware's access-point configuration (null when it has no access point).</summary>
        public WirelessAPConfiguration Configuration
        {
            get { return _config; }
        }

        private WifiAuthentication Authentication
        {
            get { return _passphrase.Length == 0 ? WifiAuthentication.Open : WifiAuthentication.WPA2; }
        }

        /// <summary>
        /// What differs between the radio's stored configuration and the settings, as a reboot-guard
        /// reason (the passphrase only as a checksum), or null when nothing does.
        /// </summary>
        public string Difference(ILog log)
        {
            if (_config == null)
            {
                log.Warn("wifi: this firmware has no access-point interface");
                return null;
            }

            string station = StationDifference();
            bool same = _config.Options == Wanted && _config.Ssid == _network.Ssid && _config.MaxConnections == _network.MaxStations
                && _config.Authentication == Authentication && _config.Password == _passphrase
                && _interface.IPv4Address == _network.DeviceAddress && _interface.IPv4SubnetMask == DeviceSettings.SubnetMask;
            if (same && station == null)
            {
                return null;
            }

            byte[] secret = Utf8.Encode(_passphrase);
            return "wifi " + _network.Ssid + " " + (_passphrase.Length == 0 ? "open" : "wpa2:" + Crc32.Compute(secret, 0, secret.Length))
                + " " + _network.MaxStations + " " + _network.DeviceAddress + (station == null ? string.Empty : " " + station);
        }

        /// <summary>Saves the configuration the settings ask for. It takes effect after a reboot.</summary>
        public void Apply(ILog log)
        {
            ApplyStation(log);
            if (_config == null)
            {
                return;
            }

            _interface.EnableStaticIPv4(_network.DeviceAddress, DeviceSettings.SubnetMask, _network.DeviceAddress);
            _config.Options = Wanted;
            _config.Ssid = _network.Ssid;
            _config.MaxConnections = (byte)_network.MaxStations;
            _config.Authentication = Authentication;
            // The native side dereferences the password without a null check: an open AP needs "".
            _config.Password = _passphrase;
            _config.SaveConfiguration();
            log.Info("wifi: access point \"" + _network.Ssid + "\" saved (" + (_passphrase.Length == 0 ? "OPEN" : "WPA2") + ", up to " + _network.MaxStations + " stations, " + _network.DeviceAddress + "/24)");
        }

        /// <summary>
        /// The DHCP server that gives joining phones an address and points their captive-portal check
        /// at the chat (RFC 8910). Returns null when it cannot start (seen on a freshly flashed board).
        /// </summary>
        public DhcpServer StartDhcp(ILog log)
        {
            DhcpServer dhcp = new DhcpServer { CaptivePortalUrl = "http://" + _network.DeviceAddress + "/" };
            if (dhcp.Start(IPAddress.Parse(_network.DeviceAddress), IPAddress.Parse(DeviceSettings.SubnetMask), 1200))
            {
                return dhcp;
            }

            log.Warn("wifi: the DHCP server did not start");
            dhcp.Dispose();
            return null;
        }

        /// <summary>Station on with credentials (AP+station), off without: only the Enable bit needs a reboot.</summary>
        private string StationDifference()
        {
            Wireless80211Configuration station = StationConfiguration();
            if (station == null)
            {
                return null;
            }

            bool wanted = _network.StationSsid.Length > 0;
            bool enabled = (station.Options & Wireless80211Configuration.ConfigurationOptions.Enable) != 0;
            return wanted == enabled ? null : (wanted ? "station on" : "station off");
        }

        private void ApplyStation(ILog log)
        {
            Wireless80211Configuration station = StationConfiguration();
            if (station == null || StationDifference() == null)
            {
                return;
            }

            if (_network.StationSsid.Length > 0)
            {
                station.Options = Wireless80211Configuration.ConfigurationOptions.AutoConnect;
                station.Ssid = _network.StationSsid;
                station.Password = _network.StationPassword;
                log.Info("wifi: station mode on (joins \"" + _network.StationSsid + "\" as well)");
            }
            else
            {
                // A pure access point: with the station enabled too the radio runs AP+STA and scans.
                station.Options = Wireless80211Configuration.ConfigurationOptions.None;
                log.Info("wifi: station mode off");
            }

            station.SaveConfiguration();
        }

        private static Wireless80211Configuration StationConfiguration()
        {
            NetworkInterface station = FindInterface(NetworkInterfaceType.Wireless80211);
            return station == null ? null : Wireless80211Configuration.GetAllWireless80211Configurations()[station.SpecificConfigId];
        }

        public static NetworkInterface FindInterface(NetworkInterfaceType type)
        {
            NetworkInterface[] all = NetworkInterface.GetAllNetworkInterfaces();
            for (int i = 0; i < all.Length; i++)
            {
                if (all[i].NetworkInterfaceType == type)
                {
                    return all[i];
                }
            }

            return null;
        }
    }
}
