using System;
using System.Threading;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.Emulator
{
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            EmulatorOptions options;
            ChatSettings settings;
            try
            {
                options = EmulatorOptions.Parse(args);
                SettingsDocument document = SettingsFile.LoadDocument(options.SettingsFile, options.DataFolder, new Ports.ConsoleLog());
                settings = document.Chat ?? new ChatSettings();
                options.Link = document.Link;
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 2;
            }

            using ManualResetEventSlim stopRequested = new ManualResetEventSlim();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                stopRequested.Set();
            };
            AppDomain.CurrentDomain.ProcessExit += (_, _) => stopRequested.Set();

            await using EmulatorApp app = await EmulatorApp.StartAsync(options, settings);
            Console.WriteLine("ChatFirmware emulator: open " + app.Url + " (data in " + System.IO.Path.GetFullPath(options.DataFolder) + "; Ctrl+C stops)");
            try
            {
                stopRequested.Wait(app.Stopping);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM reached ASP.NET Core's lifetime first: shut down the same way.
            }

            Console.WriteLine("shutting down");
            return 0;
        }
    }
}
