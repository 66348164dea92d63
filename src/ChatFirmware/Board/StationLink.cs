using System;
using System.Device.Wifi;
using System.Net.NetworkInformation;
using System.Threading;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using nanoFramework.Networking;

namespace ChatFirmware
{
    /// <summary>
    /// Station mode (optional): with a network to join in the settings, the board joins it with DHCP as
    /// well as running its access point (the firmware's AP+station mode), so the chat is also reachable
    /// on that network and nothing needs a reboot when the join fails: the access point keeps serving.
    /// The join runs on its own thread, bounded by StationTimeoutMs, and logs the address it got.
    /// </summary>
    internal static class StationLink
    {
        public static void Start(NetworkSettings network, ILog log)
        {
            if (network.StationSsid.Length == 0)
            {
                return;
            }

            new Thread(() => Join(network, log)).Start();
        }

        private static void Join(NetworkSettings network, ILog log)
        {
            log.Info("wifi: joining \"" + network.StationSsid + "\" (up to " + (network.StationTimeoutMs / 1000) + " s)");
            try
            {
                CancellationTokenSource timeout = new CancellationTokenSource(network.StationTimeoutMs);
                bool joined = WifiNetworkHelper.ConnectDhcp(network.StationSsid, network.StationPassword, WifiReconnectionKind.Automatic, false, 0, timeout.Token);
                NetworkInterface station = SoftAccessPoint.FindInterface(NetworkInterfaceType.Wireless80211);
                if (joined && station != null)
                {
                    log.Info("wifi: joined \"" + network.StationSsid + "\": the chat is also at http://" + station.IPv4Address + "/");
                    return;
                }

                Exception error = WifiNetworkHelper.HelperException;
                log.Warn("wifi: could not join \"" + network.StationSsid + "\" (status " + (int)WifiNetworkHelper.Status + (error == null ? string.Empty : ", " + error.Message) + "); the access point keeps serving");
            }
            catch (Exception e)
            {
                log.Warn("wifi: joining \"" + network.StationSsid + "\" failed (" + e.Message + "); the access point keeps serving");
            }
        }
    }
}
