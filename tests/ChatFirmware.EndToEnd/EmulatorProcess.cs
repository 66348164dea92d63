using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// The emulator as a separate process (`dotnet ChatFirmware.Emulator.dll --listen 127.0.0.1:0 --data
    /// FOLDER`), as a person starts it: it can be killed without warning, and what it prints is kept.
    /// </summary>
    public sealed class EmulatorProcess : IDisposable
    {
        private readonly Process _process;
        private readonly ConcurrentQueue<string> _output;

        private EmulatorProcess(Process process, ConcurrentQueue<string> output, Uri baseUri)
        {
            _process = process;
            _output = output;
            BaseUri = baseUri;
        }

        public Uri BaseUri { get; }

        /// <summary>Every line printed so far, standard output and standard error.</summary>
        public string Output => string.Join("\n", _output);

        public static Task<EmulatorProcess> StartAsync(string data)
        {
            return StartAsync(data, Array.Empty<string>());
        }

        /// <summary>The same with further options (--board-name, --room-key, --link...).</summary>
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

            ConcurrentQueue<string> output = new ConcurrentQueue<string>();
            TaskCompletionSource<string?> url = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
            Process process = new Process { StartInfo = start, EnableRaisingEvents = true };
            process.OutputDataReceived += (_, e) => Received(e.Data, output, url);
            process.ErrorDataReceived += (_, e) => Received(e.Data, output, url);
            process.Exited += (_, _) => url.TrySetResult(null);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (await Task.WhenAny(url.Task, Task.Delay(TimeSpan.FromSeconds(30))) != url.Task || url.Task.Result == null)
            {
                if (!process.HasExited)
                {
                    process.Kill(true);
                }

                process.WaitForExit();
                throw new InvalidOperationException("the emulator did not print its URL (exit " + (process.HasExited ? process.ExitCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none") + "): " + string.Join("\n", output));
            }

            return new EmulatorProcess(process, output, new Uri(url.Task.Result));
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

        private static void Received(string? line, ConcurrentQueue<string> output, TaskCompletionSource<string?> url)
        {
            if (line == null)
            {
                return;
            }

            output.Enqueue(line);
            int at = line.IndexOf("open http", StringComparison.Ordinal);
            if (at >= 0)
            {
                url.TrySetResult(line.Substring(at + 5).Split(' ')[0]);
            }
        }
    }
}
