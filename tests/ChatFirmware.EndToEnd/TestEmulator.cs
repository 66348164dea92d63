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
        private readonly bool _ownsDataFolder;

        private TestEmulator(EmulatorApp app, string dataFolder, bool ownsDataFolder)
        {
            App = app;
            DataFolder = dataFolder;
            _ownsDataFolder = ownsDataFolder;
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
            return new TestEmulator(app, folder, dataFolder == null);
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            if (_ownsDataFolder)
            {
                // A folder passed in by a test (restart tests) belongs to that test.
                Directory.Delete(DataFolder, true);
            }
        }
    }
}
