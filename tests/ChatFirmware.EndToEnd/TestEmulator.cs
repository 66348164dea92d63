using System;
using System.IO;
using System.Net;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using ChatFirmware.Emulator;

namespace ChatFirmware.EndToEnd
{
    /// <summary>An in-process emulator on a free loopback port with its own data folder.</summary>
    public sealed class TestEmulator : IAsyncDisposable
    {
        private TestEmulator(EmulatorApp app, string dataFolder)
        {
            App = app;
            DataFolder = dataFolder;
        }

        public EmulatorApp App { get; }

        public string DataFolder { get; }

        public Uri BaseUri => new Uri(App.Url);

        public static string NewDataFolder()
        {
            string folder = Path.Combine(Path.GetTempPath(), "chatfw-e2e-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return folder;
        }

        /// <summary>Settings for tests: fast hashing; everything else as shipped.</summary>
        public static ChatSettings TestSettings()
        {
            return new ChatSettings { Pbkdf2Iterations = 1000 };
        }

        public static async Task<TestEmulator> StartAsync(string? dataFolder = null, ChatSettings? settings = null, Action<EmulatorOptions>? options = null)
        {
            string folder = dataFolder ?? NewDataFolder();
            EmulatorOptions emulatorOptions = new EmulatorOptions { Listen = new IPEndPoint(IPAddress.Loopback, 0), DataFolder = folder };
            options?.Invoke(emulatorOptions);
            EmulatorApp app = await EmulatorApp.StartAsync(emulatorOptions, settings ?? TestSettings());
            return new TestEmulator(app, folder);
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
        }
    }
}
