using System;
using System.Net;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.EndToEnd
{
    /// <summary>The emulator in this process (<see cref="TestEmulator"/>) as a <see cref="TestHost"/>.</summary>
    public sealed class EmulatorHost : TestHost
    {
        private readonly TestEmulator _emulator;

        public EmulatorHost(TestEmulator emulator)
        {
            _emulator = emulator;
        }

        public override HostKind Kind => HostKind.Emulator;

        public override Uri BaseUri => _emulator.BaseUri;

        public override IPEndPoint? Dns => _emulator.App.Dns?.LocalEndPoint;

        public TestEmulator Emulator => _emulator;

        public static async Task<EmulatorHost> StartAsync(ChatSettings settings, HostOptions options)
        {
            TestEmulator emulator = await TestEmulator.StartAsync(settings: settings, options: o =>
            {
                o.StrictUpgrade = options.StrictUpgrade;
                o.DeviceAddress = options.DeviceAddress;
                o.NetworkSettings = options.NetworkSettings ?? (options.AccessPoint == null ? null : new FixedNetworkSettings(options.AccessPoint));
                if (options.Dns)
                {
                    o.Dns = new IPEndPoint(IPAddress.Loopback, 0);
                }
            });
            return new EmulatorHost(emulator);
        }

        public override ValueTask DisposeAsync() => _emulator.DisposeAsync();
    }
}
