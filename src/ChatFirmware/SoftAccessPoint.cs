using System.Net;
using System.Net.NetworkInformation;
using ChatFirmware.Core.Ports;
using Iot.Device.DhcpServer;

namespace ChatFirmware
{
    /// <summary>
    /// The board's own open Wi-Fi network at 192.168.4.1/24, set up as nanoFramework's WiFiAP sample
    /// does. The AP configuration is applied by the firmware only while Wi-Fi starts, so a changed
    /// configuration is saved and the board rebooted; an unchanged one is never rewritten (flash wear).
    /// </summary>
    internal static class SoftAccessPoint
    {
        /// <summary>True when the AP already runs as configured; false when the caller must reboot.</summary>
        public static bool EnsureConfigured(ILog log)
        {
            bool changed = DisableStation(log);
            NetworkInterface ap = FindInterface(NetworkInterfaceType.WirelessAP);
            if (ap == null)
            {
                log.Warn("this firmware has no Wi-Fi access-point interface");
                return true;
            }

            WirelessAPConfiguration config = WirelessAPConfiguration.GetAllWirelessAPConfigurations()[ap.SpecificConfigId];
            WirelessAPConfiguration.ConfigurationOptions wanted = WirelessAPConfiguration.ConfigurationOptions.AutoStart | WirelessAPConfiguration.ConfigurationOptions.Enable;
            if (config.Options == wanted && config.Ssid == DeviceSettings.AccessPointSsid && config.MaxConnections == DeviceSettings.MaxStations
                && config.Authentication == AuthenticationType.Open && ap.IPv4Address == DeviceSettings.Address)
            {
                return !changed;
            }

            ap.EnableStaticIPv4(DeviceSettings.Address, DeviceSettings.SubnetMask, DeviceSettings.Address);
            config.Options = wanted;
            config.Ssid = DeviceSettings.AccessPointSsid;
            config.MaxConnections = DeviceSettings.MaxStations;
            config.Authentication = AuthenticationType.Open;
            // The native side dereferences the password without a null check: an open AP needs "".
            config.Password = string.Empty;
            config.SaveConfiguration();
            log.Info("access point \"" + DeviceSettings.AccessPointSsid + "\" configured");
            return false;
        }

        /// <summary>
        /// The firmware has no DHCP server of its own (CONFIG_LWIP_DHCPS=n): without this one, joining
        /// phones get no address. Returns null when it cannot start (seen on a freshly flashed board).
        /// </summary>
        public static DhcpServer StartDhcp(ILog log)
        {
            DhcpServer dhcp = new DhcpServer { CaptivePortalUrl = DeviceSettings.PortalUrl };
            if (dhcp.Start(IPAddress.Parse(DeviceSettings.Address), IPAddress.Parse(DeviceSettings.SubnetMask)))
            {
                return dhcp;
            }

            log.Warn("the DHCP server did not start");
            dhcp.Dispose();
            return null;
        }

        /// <summary>A pure AP: with the station enabled too the radio runs AP+STA and scans.</summary>
        private static bool DisableStation(ILog log)
        {
            NetworkInterface station = FindInterface(NetworkInterfaceType.Wireless80211);
            if (station == null)
            {
                return false;
            }

            Wireless80211Configuration config = Wireless80211Configuration.GetAllWireless80211Configurations()[station.SpecificConfigId];
            if ((config.Options & Wireless80211Configuration.ConfigurationOptions.Enable) == 0)
            {
                return false;
            }

            config.Options = Wireless80211Configuration.ConfigurationOptions.None;
            config.SaveConfiguration();
            log.Info("Wi-Fi station disabled");
            return true;
        }

        private static NetworkInterface FindInterface(NetworkInterfaceType type)
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
