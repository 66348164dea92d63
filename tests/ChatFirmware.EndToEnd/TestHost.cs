using System;
using System.Net;
using System.Threading.Tasks;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.EndToEnd
{
    /// <summary>The two servers the end-to-end suite runs against.</summary>
    public enum HostKind
    {
        /// <summary>src/ChatFirmware.Emulator: the core behind Kestrel, in this process.</summary>
        Emulator,

        /// <summary>The nanoCLR board profile: the device app's own hosts on nanoFramework's servers, run by nanoCLR.</summary>
        Board,
    }

    /// <summary>What a test may ask of either host before it starts.</summary>
    public sealed class HostOptions
    {
        /// <summary>Run the captive portal's DNS (the board profile always runs it).</summary>
        public bool Dns { get; set; }

        /// <summary>The address the DNS answers and the portal names (the board's by default).</summary>
        public string DeviceAddress { get; set; } = new NetworkSettings().DeviceAddress;

        /// <summary>
        /// The emulator imitates the board's WebSocket server, which accepts only "Connection: Upgrade"
        /// (Firefox upgrade). The board profile runs that server itself and is always strict.
        /// </summary>
        public bool StrictUpgrade { get; set; }

        /// <summary>The emulator's Wi-Fi settings store (the board profile holds its own, from its launch settings).</summary>
        public INetworkSettingsStore? NetworkSettings { get; set; }

        /// <summary>The board profile's Link section (board name, room key, upstream): linked boards on loopback.</summary>
        public LinkSettings? Link { get; set; }

        /// <summary>
        /// The access point both hosts report (its name and passphrase): the board profile's launch
        /// settings, the emulator's Wi-Fi settings store. Null: the board profile's defaults, no Wi-Fi
        /// on the emulator.
        /// </summary>
        public NetworkSettings? AccessPoint { get; set; }
    }

    /// <summary>One running server under test, on a loopback port of its own; stopped on dispose.</summary>
    public abstract class TestHost : IAsyncDisposable
    {
        public abstract HostKind Kind { get; }

        public abstract Uri BaseUri { get; }

        /// <summary>The captive portal's DNS, when it runs.</summary>
        public abstract IPEndPoint? Dns { get; }

        /// <summary>Settings for tests: fast hashing; everything else as shipped.</summary>
        public static ChatSettings TestSettings()
        {
            return new ChatSettings { Pbkdf2Iterations = 1000 };
        }

        public static async Task<TestHost> StartAsync(HostKind kind, ChatSettings? settings = null, Action<HostOptions>? configure = null)
        {
            HostOptions options = new HostOptions();
            configure?.Invoke(options);
            return kind == HostKind.Board
                ? await BoardHost.StartAsync(settings ?? TestSettings(), options)
                : await EmulatorHost.StartAsync(settings ?? TestSettings(), options);
        }

        public abstract ValueTask DisposeAsync();
    }
}
