using System;
using System.Threading;
using System.Threading.Tasks;
using ChatFirmware.Core;
using ChatFirmware.Core.CaptivePortal;
using ChatFirmware.Core.Settings;
using ChatFirmware.Emulator.Ports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChatFirmware.Emulator
{
    /// <summary>
    /// The emulator as a startable object: wires the core to Kestrel and the host ports. Used by
    /// Program and, in-process, by the end-to-end tests.
    /// </summary>
    public sealed class EmulatorApp : IAsyncDisposable
    {
        private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(5);
        private readonly WebApplication _web;
        private readonly ChatServer _server;
        private readonly Timer _ticker;

        private readonly KestrelHost _host;
        private readonly CancellationTokenSource _stopLinks = new CancellationTokenSource();
        private readonly Task _upstream;

        private EmulatorApp(WebApplication web, ChatServer server, KestrelHost host, LinkHost links)
        {
            _web = web;
            _server = server;
            _host = host;
            _ticker = new Timer(_ => _server.Tick(), null, TickInterval, TickInterval);
            _upstream = Task.Run(() => links.RunUpstreamAsync(_stopLinks.Token));
        }

        /// <summary>The address to open in a browser, e.g. http://127.0.0.1:8080/.</summary>
        public string Url { get; private set; } = string.Empty;

        public ChatServer Server => _server;

        /// <summary>Cancelled when the host begins to stop (SIGINT/SIGTERM are handled by ASP.NET Core's lifetime).</summary>
        public CancellationToken Stopping => _web.Lifetime.ApplicationStopping;

        /// <summary>Raised for every request once it is answered: the access log, and tests counting a visit's requests.</summary>
        public event Action<ServedRequest>? RequestServed
        {
            add => _host.Served += value;
            remove => _host.Served -= value;
        }

        /// <summary>The captive portal's DNS, when <c>--dns</c> asked for one.</summary>
        public DnsServer? Dns { get; private set; }

        public static async Task<EmulatorApp> StartAsync(EmulatorOptions options, ChatSettings settings)
        {
            HostClocks clocks = new HostClocks();
            HostCrypto crypto = new HostCrypto();
            ChatPorts ports = new ChatPorts(new DataFolderFlash(options.DataFolder), clocks, clocks, crypto, crypto, new EmbeddedAssets(), new ConsoleLog()) { Health = new HostHealth(), NetworkSettings = options.NetworkSettings };
            ChatServer server = new ChatServer(settings, ports, LinkHost.Resolve(options, ports.Log));
            server.Start();
            LinkHost links = new LinkHost(server, ports.Log);

            WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(options.Listen);
                kestrel.AddServerHeader = false;
            });
            WebApplication web = builder.Build();
            web.UseWebSockets();
            KestrelHost host = new KestrelHost(server, options.StrictUpgrade, links);
            web.Run(host.HandleAsync);
            await web.StartAsync();

            EmulatorApp app = new EmulatorApp(web, server, host, links);
            if (server.BoardName != null)
            {
                ports.Log.Info("link: board \"" + server.BoardName + "\"" + (server.UpstreamUrl == null ? ", no upstream" : ", upstream " + server.UpstreamUrl) + "; accepts downstream boards on /link");
            }
            if (options.AccessLog)
            {
                app.RequestServed += served => ports.Log.Info("http: " + served);
            }

            if (options.Dns != null)
            {
                app.Dns = DnsServer.Start(options.Dns, new DnsResponder(options.DeviceAddress, settings.DnsAnswerTtlSeconds));
                ports.Log.Info("captive-portal DNS on udp " + app.Dns.LocalEndPoint + " answers " + options.DeviceAddress);
            }

            IServerAddressesFeature? addresses = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>();
            foreach (string address in addresses?.Addresses ?? Array.Empty<string>())
            {
                app.Url = address.TrimEnd('/') + "/";
                break;
            }

            return app;
        }

        public async ValueTask DisposeAsync()
        {
            await _ticker.DisposeAsync();
            if (Dns != null)
            {
                await Dns.DisposeAsync();
            }

            // The core says goodbye on every chat socket and link (1001); then the link client stops.
            _server.Shutdown();
            _stopLinks.Cancel();
            await Task.WhenAny(_upstream, Task.Delay(TimeSpan.FromSeconds(3)));
            if (_upstream.IsCompleted)
            {
                _stopLinks.Dispose();
            }
            using CancellationTokenSource deadline = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            await _web.StopAsync(deadline.Token);
            await _web.DisposeAsync();
        }
    }
}
