using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace ChatFirmware.EndToEnd
{
    /// <summary>The emulator as a separate process, so that it can be killed without warning (SIGKILL).</summary>
    public sealed class EmulatorProcess : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _output = new List<string>();

        private EmulatorProcess(Process process, Uri baseUri)
        {
            _process = process;
            BaseUri = baseUri;
        }

        public Uri BaseUri { get; }

        /// <summary>What the process printed after its URL (its log), for a failing test's message.</summary>
        public string Output
        {
            get
            {
                lock (_output)
                {
                    return string.Join("\n", _output);
                }
            }
        }

        public static Task<EmulatorProcess> StartAsync(string data)
        {
            return StartAsync(data, Array.Empty<string>());
        }

        /// <summary>The emulator on a free loopback port with <paramref name="data"/> and further options (--board-name, --link...).</summary>
        public static async Task<EmulatorProcess> StartAsync(string data, params string[] options)
        {
            string dll = Path.Combine(AppContext.BaseDirectory, "ChatFirmware.Emulator.dll");
            ProcessStartInfo start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string arg in new[] { dll, "--listen", "127.0.0.1:0", "--data", data })
            {
                start.ArgumentList.Add(arg);
            }

            foreach (string arg in options)
            {
                start.ArgumentList.Add(arg);
            }

            Process process = Process.Start(start)!;
            Task<string?> line = ReadUrlLineAsync(process);
            if (await Task.WhenAny(line, Task.Delay(TimeSpan.FromSeconds(30))) != line || line.Result == null)
            {
                process.Kill(true);
                throw new InvalidOperationException("the emulator did not print its URL: " + await process.StandardError.ReadToEndAsync());
            }

            EmulatorProcess emulator = new EmulatorProcess(process, new Uri(line.Result));
            // Keep reading: a child whose output pipe fills up stops at its next log line.
            _ = emulator.DrainAsync(process.StandardOutput);
            _ = emulator.DrainAsync(process.StandardError);
            return emulator;
        }

        /// <summary>SIGKILL: no shutdown code runs.</summary>
        public void Kill()
        {
            _process.Kill(false);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                _process.Kill(true);
                _process.WaitForExit();
            }

            _process.Dispose();
        }

        private static async Task<string?> ReadUrlLineAsync(Process process)
        {
            string? text;
            while ((text = await process.StandardOutput.ReadLineAsync()) != null)
            {
                int at = text.IndexOf("open http", StringComparison.Ordinal);
                if (at >= 0)
                {
                    return text.Substring(at + 5).Split(' ')[0];
                }
            }

            return null;
        }

        private async Task DrainAsync(StreamReader reader)
        {
            try
            {
                string? text;
                while ((text = await reader.ReadLineAsync()) != null)
                {
                    lock (_output)
                    {
                        _output.Add(text);
                    }
                }
            }
            catch (Exception e) when (e is IOException || e is ObjectDisposedException || e is InvalidOperationException)
            {
                // The process is gone.
            }
        }
    }
}
