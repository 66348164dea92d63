using System;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using ChatFirmware.Emulator;
using ChatFirmware.EndToEnd;
using Microsoft.Playwright;

namespace ChatFirmware.BrowserTests
{
    /// <summary>One test's world: a server (the emulator, or the nanoCLR board profile) and a headless Chromium, both stopped on dispose.</summary>
    public sealed class BrowserRig : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;

        private BrowserRig(TestHost host, IPlaywright playwright, IBrowser chromium)
        {
            Host = host;
            _playwright = playwright;
            Chromium = chromium;
        }

        public TestHost Host { get; }

        public Uri BaseUri => Host.BaseUri;

        /// <summary>The in-process emulator, for the tests that read its request records (emulator only).</summary>
        public TestEmulator Emulator => (Host as EmulatorHost)?.Emulator ?? throw new InvalidOperationException("this rig runs the " + Host.Kind);

        public IBrowser Chromium { get; }

        /// <summary>The emulator with its own options (request records, Wi-Fi settings): for the tests that need them.</summary>
        public static async Task<BrowserRig> StartAsync(ChatSettings? settings = null, Action<EmulatorOptions>? options = null)
        {
            TestEmulator emulator = await TestEmulator.StartAsync(settings: settings, options: options);
            return await WithChromiumAsync(new EmulatorHost(emulator));
        }

        public static async Task<BrowserRig> StartAsync(HostKind kind, ChatSettings? settings = null, Action<HostOptions>? options = null)
        {
            return await WithChromiumAsync(await TestHost.StartAsync(kind, settings, options));
        }

        /// <summary>Another person: a phone-sized page in a context of its own.</summary>
        public Task<IPage> NewPhoneAsync()
        {
            return Browser.NewPhoneAsync(Chromium, BaseUri);
        }

        /// <summary>The absolute address of a path on the server.</summary>
        public string Url(string path)
        {
            return new Uri(BaseUri, path).ToString();
        }

        public async ValueTask DisposeAsync()
        {
            await Chromium.DisposeAsync();
            _playwright.Dispose();
            await Host.DisposeAsync();
        }

        private static async Task<BrowserRig> WithChromiumAsync(TestHost host)
        {
            (IPlaywright playwright, IBrowser chromium) = await Browser.LaunchAsync();
            return new BrowserRig(host, playwright, chromium);
        }
    }
}
