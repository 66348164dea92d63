using System;
using System.Threading;
using ChatFirmware.Core;
using ChatFirmware.Core.Settings;
using ChatFirmware.Ports;
using Iot.Device.DhcpServer;
using nanoFramework.Runtime.Native;

namespace ChatFirmware
{
    /// <summary>
    /// Bring-up: the access point (rebooting once when its configuration changed), DHCP, the core on
    /// its ports, the housekeeping timer, then HTTP and WebSockets on 192.168.4.1:80.
    /// </summary>
    public class Program
    {
        private static readonly SerialLog Log = new SerialLog();

        // Static so that neither is collected while the program runs.
        private static DhcpServer _dhcp;
        private static Timer _tick;

        public static void Main()
        {
            Log.Info("ChatFirmware starting");
            if (!SoftAccessPoint.EnsureConfigured(Log))
            {
                Log.Info("rebooting to apply the access point configuration");
                Power.RebootDevice(RebootOption.NormalReboot);
                return;
            }

            _dhcp = SoftAccessPoint.StartDhcp(Log);
            if (_dhcp == null)
            {
                // As in the WiFiAP sample: the first start after flashing can fail; a reboot clears it.
                Power.RebootDevice(RebootOption.NormalReboot);
                return;
            }

            ChatSettings settings = SettingsFile.Load(DeviceSettings.DataFolder + DeviceSettings.SettingsFileName, Log);
            ChatPorts ports = new ChatPorts(new FlashFiles(DeviceSettings.DataFolder), new UptimeClock(), new WallClock(), new HardwareRandom(), new Hmac(), new ResourceAssets(), Log);
            ChatServer chat = new ChatServer(settings, ports);
            chat.Start();
            _tick = new Timer(Tick, chat, DeviceSettings.TickPeriodMs, DeviceSettings.TickPeriodMs);
            HttpHost http = new HttpHost(chat, new WebSocketHost(chat, Log), Log);
            Log.Info("serving http://" + DeviceSettings.Address + "/ on Wi-Fi \"" + DeviceSettings.AccessPointSsid + "\"");
            http.Run();
            chat.Shutdown();
            Log.Warn("HTTP listener stopped");
            Thread.Sleep(Timeout.Infinite);
        }

        private static void Tick(object state)
        {
            try
            {
                ((ChatServer)state).Tick();
            }
            catch (Exception e)
            {
                Log.Warn("tick failed: " + e.Message);
            }
        }
    }
}
