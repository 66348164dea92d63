using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace ChatFirmware.LoadCompare
{
    /// <summary>
    /// A server under test in its own process on loopback: started, awaited until it prints its port,
    /// measured (CPU time, resident memory) and stopped. Both servers get the same treatment.
    /// </summary>
    public sealed class ServerProcess : IDisposable
    {
        private readonly Process _process;
        private readonly string? _cleanupFolder;

        private ServerProcess(string name, Process process, int port, string? cleanupFolder)
        {
            Name = name;
            _process = process;
            Port = port;
            _cleanupFolder = cleanupFolder;
        }

        public string Name { get; }

        public int Port { get; }

        public int ProcessId => _process.Id;

        public TimeSpan CpuTime
        {
            get
            {
                _process.Refresh();
                return _process.TotalProcessorTime;
            }
        }

        public long ResidentBytes
        {
            get
            {
                _process.Refresh();
                return _process.WorkingSet64;
            }
        }

        /// <summary>
        /// The emulator as its README runs it, from this program's output folder, with a settings file
        /// (room for the clients, the rate limit raised) and a fresh data folder.
        /// </summary>
        public static async Task<ServerProcess> StartEmulatorAsync(object settings)
        {
            string folder = Path.Combine(Path.GetTempPath(), "chatfw-load-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            string settingsFile = Path.Combine(folder, "settings.json");
            File.WriteAllText(settingsFile, JsonSerializer.Serialize(new { Chat = settings }));
            string dll = Path.Combine(AppContext.BaseDirectory, "ChatFirmware.Emulator.dll");
            ProcessStartInfo start = new ProcessStartInfo("dotnet")
            {
                ArgumentList = { dll, "--listen", "127.0.0.1:0", "--data", Path.Combine(folder, "data"), "--settings", settingsFile },
            };
            start.Environment["DOTNET_gcServer"] = "0";
            (Process process, int port) = await StartAsync(start, new Regex(@"open http://127\.0\.0\.1:(\d+)/"));
            return new ServerProcess("ChatFirmware emulator", process, port, folder);
        }

        /// <summary>The Node.js peer (bench/peer/server.js) on a free port, after installing its ws package from npm.</summary>
        public static async Task<ServerProcess> StartPeerAsync(string peerFolder)
        {
            ProcessStartInfo start = new ProcessStartInfo("node")
            {
                ArgumentList = { Path.Combine(peerFolder, "server.js"), "0", "127.0.0.1" },
                WorkingDirectory = peerFolder,
            };
            (Process process, int port) = await StartAsync(start, new Regex(@"listening (\d+)"));
            return new ServerProcess("Node.js ws peer", process, port, null);
        }

        /// <summary>npm install in bench/peer (ws pinned by package.json and package-lock.json).</summary>
        public static void InstallPeer(string peerFolder)
        {
            Console.Error.WriteLine("npm install in " + peerFolder);
            ProcessStartInfo start = new ProcessStartInfo("npm")
            {
                ArgumentList = { "install", "--no-audit", "--no-fund", "--loglevel", "error" },
                WorkingDirectory = peerFolder,
            };
            using Process npm = Process.Start(start) ?? throw new InvalidOperationException("cannot start npm");
            npm.WaitForExit();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException("npm install failed with exit code " + npm.ExitCode);
            }
        }

        public void Dispose()
        {
            try
            {
                if (!_process.HasExited)
                {
                    _process.StandardInput.Close();
                    _process.Kill(entireProcessTree: true);
                    _process.WaitForExit(5000);
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            _process.Dispose();
            if (_cleanupFolder != null && Directory.Exists(_cleanupFolder))
            {
                Directory.Delete(_cleanupFolder, true);
            }
        }

        private static async Task<(Process Process, int Port)> StartAsync(ProcessStartInfo start, Regex ready)
        {
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.RedirectStandardInput = true;
            start.UseShellExecute = false;
            Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + start.FileName);
            TaskCompletionSource<int> port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, e) =>
            {
                // Keep draining after the ready line, so a chatty server never blocks on a full pipe.
                Match match = e.Data == null ? Match.Empty : ready.Match(e.Data);
                if (match.Success)
                {
                    port.TrySetResult(int.Parse(match.Groups[1].Value));
                }
            };
            process.ErrorDataReceived += (_, e) =>
            {
                if (e.Data != null)
                {
                    Console.Error.WriteLine("[" + Path.GetFileName(start.FileName) + "] " + e.Data);
                }
            };
            process.Exited += (_, _) => port.TrySetException(new InvalidOperationException(start.FileName + " exited before it was ready"));
            process.EnableRaisingEvents = true;
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using CancellationTokenSource timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            using (timeout.Token.Register(() => port.TrySetException(new TimeoutException(start.FileName + " did not start within 60 s"))))
            {
                return (process, await port.Task);
            }
        }
    }
}
