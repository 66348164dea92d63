using System;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using ChatFirmware.Emulator;
using ChatFirmware.EndToEnd;
using Microsoft.Playwright;

namespace ChatFirmware.BrowserTests
{
    /// <summary>One test's world: an in-process emulator and a headless Chromium, both stopped on dispose.</summary>
    public sealed class BrowserRig : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;

        private BrowserRig(TestEmulator emulator, IPlaywright playwright, IBrowser chromium)
        {
            Emulator = emulator;
            _playwright = playwright;
            Chromium = chromium;
        }

        public TestEmulator Emulator { get; }

        public IBrowser Chromium { get; }

        public static async Task<BrowserRig> StartAsync(ChatSettings? settings = null, Action<EmulatorOptions>? options = null)
        {
            TestEmulator emulator = await TestEmulator.StartAsync(settings: settings, options: options);
            (IPlaywright playwright, IBrowser chromium) = await Browser.LaunchAsync();
            return new BrowserRig(emulator, playwright, chromium);
        }

        /// <summary>Another person: a phone-sized page in a context of its own.</summary>
        public Task<IPage> NewPhoneAsync()
        {
            return Browser.NewPhoneAsync(Chromium, Emulator.BaseUri);
        }

        /// <summary>The absolute address of a path on the emulator.</summary>
        public string Url(string path)
        {
            return new Uri(Emulator.BaseUri, path).ToString();
        }

        public async ValueTask DisposeAsync()
        {
            await Chromium.DisposeAsync();
            _playwright.Dispose();
            await Emulator.DisposeAsync();
        }
    }
}
