using System;
using System.Net;
using System.Threading;
using ChatFirmware.Core;
using ChatFirmware.Core.Link;
using ChatFirmware.Core.Security;
using ChatFirmware.Core.Settings;
using ChatFirmware.Core.Text;
using ChatFirmware.Ports;

namespace ChatFirmware.NanoBoard
{
    /// <summary>
    /// The board profile: the device app's hosts (src/ChatFirmware/Hosts) and shared ports on nanoCLR for
    /// Linux, on loopback. What the board's Board/Program.cs brings up around them is replaced here, and
    /// only that: no access point, DHCP or station (no radio); flash in memory (no FileSystem natives);
    /// the core's managed HMAC-SHA256 (no Mbed TLS); a wall clock kept as an offset (no settable RTC);
    /// settings from the launcher (LaunchSettings). The shared SystemRandom is not cryptographic here
    /// (no ESP32 generator beneath it). docs/device.md, "The board profile".
    /// </summary>
    public class Program
    {
        private const string Loopback = "127.0.0.1";

        // Set first thing in Main: nanoFramework runs static initializers at load, in type order.
        private static SerialLog Log;

        // Static so that none is collected while the program runs.
        private static CaptiveDnsHost _dns;
        private static Timer _tick;
        private static Timer _memorySampler;
        private static ChatServer _chat;
        private static DeviceHealth _health;

        public static void Main()
        {
            Log = new SerialLog();
            Log.Info("ChatFirmware board profile on nanoCLR for Linux (nanoFramework " + nanoFramework.Runtime.Native.SystemInfo.Version.ToString() + "): the board's hosts on loopback, no radio");
            SettingsDocument document = ReadSettings();
            ChatSettings settings = document.Chat ?? new ChatSettings();
            NetworkSettings network = NetworkSettingsRules.Applicable(document.Network ?? new NetworkSettings(), Log);
            // No MAC address here: the default board name comes from the HTTP port, unique on loopback.
            LinkSettings link = LinkSettingsRules.Applicable(document.Link, BoardNames.FromHardwareId(new byte[] { (byte)(network.HttpPort >> 8), (byte)network.HttpPort }), Log);

            UptimeClock uptime = new UptimeClock();
            ResourceAssets assets = new ResourceAssets();
            ChatPorts ports = new ChatPorts(new RamFlash(), uptime, new SettableClock(), new SystemRandom(), new ManagedHmacSha256(), assets, Log);
            _health = new DeviceHealth(settings, uptime, new LinuxNatives(), Log);
            ports.Health = _health;
            ports.NetworkSettings = new RamNetworkSettings(network);
            _chat = new ChatServer(settings, ports, link);
            _chat.Start();

            // Bound to loopback, answering the board's address as the board does.
            _dns = CaptiveDnsHost.Start(Loopback, network.DnsPort, network.DeviceAddress, settings, Log);
            WebSocketHost sockets = new WebSocketHost(_chat, Log);
            LinkServerHost links = _chat.BoardName == null ? null : new LinkServerHost(_chat, Log);
            LinkClientHost upstream = LinkClientHost.Start(_chat, Log);
            if (_chat.BoardName != null)
            {
                Log.Info("link: board \"" + _chat.BoardName + "\"" + (_chat.UpstreamUrl == null ? ", no upstream" : ", upstream " + _chat.UpstreamUrl) + "; up to " + settings.MaxDownstreamLinks + " downstream boards on /link");
            }

            HttpHost http = new HttpHost(_chat, sockets, links, upstream, _health, assets, Log, IPAddress.Parse(Loopback), network.HttpPort);
            _health.Http = http;
            _tick = new Timer(Tick, null, DeviceSettings.TickPeriodMs, DeviceSettings.TickPeriodMs);
            StartMemorySampler();
            http.Start();
            Log.Info("serving http://" + Loopback + ":" + network.HttpPort + "/ (" + settings.MaxChatConnections + " chat connections, " + settings.MaxUsers + " accounts; flash in memory; stop it by its process id)");
            http.Run();
            _chat.Shutdown();
            Log.Warn("HTTP listener stopped");
            Thread.Sleep(Timeout.Infinite);
        }

        private static SettingsDocument ReadSettings()
        {
            try
            {
                SettingsDocument document = SettingsJson.Parse(Utf8.Encode(LaunchSettings.FileText()));
                if (document != null)
                {
                    return document;
                }
            }
            catch (Exception e)
            {
                Log.Warn("settings: ignoring the launch settings (" + e.Message + "); using the defaults");
            }

            return new SettingsDocument();
        }

        /// <summary>The benchmark's view of the heap: free bytes after a full, compacting collection, every so often when asked.</summary>
        private static void StartMemorySampler()
        {
            int period = int.Parse(LaunchSettings.MemorySampleMs());
            if (period > 0)
            {
                _memorySampler = new Timer(SampleMemory, null, 0, period);
            }
        }

        private static void SampleMemory(object state)
        {
            Log.Info("memory: " + nanoFramework.Runtime.Native.GC.Run(true) + " bytes free");
        }

        private static void Tick(object state)
        {
            try
            {
                _chat.Tick();
                if (_health.Sample() == LowMemoryPolicy.Reboot)
                {
                    // No reboot here: there is no board to restart, and the log says why.
                    Log.Warn("memory: " + _health.RebootReason + " (the board would reboot now)");
                }
            }
            catch (Exception e)
            {
                Log.Warn("tick failed: " + e.Message);
            }
        }
    }
}
