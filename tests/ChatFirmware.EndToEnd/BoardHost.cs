using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// The nanoCLR board profile as a child process on free loopback ports: the device app's own
    /// HttpListener, WebSocketServer and captive DNS, interpreted by nanoCLR. Its output is kept (the
    /// profile's log), it is ready once it prints "serving http://...", and it is stopped by its process
    /// id: SIGTERM first, SIGKILL if it does not end.
    /// </summary>
    public sealed class BoardHost : TestHost
    {
        private const string ServingLine = "[info] serving http://";
        private const int Attempts = 3;

        /// <summary>Native thread stacks for nanoCLR (scripts/nano-board.sh sets the same).</summary>
        private const int StackKilobytes = 2048;
        private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
        private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);
        private readonly Process _process;
        private readonly List<string> _output;
        private readonly string _work;

        private BoardHost(Process process, List<string> output, string work, Uri baseUri, IPEndPoint dns)
        {
            _process = process;
            _output = output;
            _work = work;
            ProcessId = process.Id;
            BaseUri = baseUri;
            Dns = dns;
        }

        public override HostKind Kind => HostKind.Board;

        public override Uri BaseUri { get; }

        public override IPEndPoint? Dns { get; }

        /// <summary>nanoCLR's process id: the server's.</summary>
        public int ProcessId { get; }

        public bool HasExited => _process.HasExited;

        /// <summary>Print the profile's log when stopped (MSTest shows it beside a failure); a benchmark turns it off.</summary>
        public bool EchoLogOnDispose { get; set; } = true;

        /// <summary>What the profile printed so far (its log lines after nanoCLR's "Ready.").</summary>
        public string[] Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToArray();
                }
            }
        }

        public static async Task<BoardHost> StartAsync(ChatSettings settings, HostOptions options, int memorySampleMs = 0)
        {
            string failures = string.Empty;
            for (int attempt = 1; attempt <= Attempts; attempt++)
            {
                // A free port now may be taken by the time nanoCLR binds it: then start again on others.
                NetworkSettings network = new NetworkSettings { HttpPort = FreePort(SocketType.Stream, ProtocolType.Tcp), DnsPort = FreePort(SocketType.Dgram, ProtocolType.Udp), DeviceAddress = options.DeviceAddress };
                if (options.AccessPoint != null)
                {
                    network.Ssid = options.AccessPoint.Ssid;
                    network.Passphrase = options.AccessPoint.Passphrase;
                }

                string work = Path.Combine(Path.GetTempPath(), "chatfw-board-" + Guid.NewGuid().ToString("N"));
                (string fileName, List<string> arguments) = await Task.Run(() => BoardProfile.PrepareLaunch(work, settings, network, options.Link, memorySampleMs));
                BoardHost? host = await LaunchAsync(fileName, arguments, work, network);
                if (host != null)
                {
                    return host;
                }

                failures += "\n--- attempt " + attempt + " ---\n" + LastLog;
            }

            throw new InvalidOperationException("the board profile did not start:" + failures);
        }

        private static string LastLog { get; set; } = string.Empty;

        private static async Task<BoardHost?> LaunchAsync(string fileName, List<string> arguments, string work, NetworkSettings network)
        {
            // Through sh only to lower the stack size, then exec: the process id stays nanoCLR's.
            // The toolchain's socket layer runs native threads, and a 32-bit process with Linux's 8 MB
            // default stacks runs out of address space near 380 of them under a burst of connections
            // ("std::system_error: Resource temporarily unavailable"); a board's lwIP has no such threads.
            ProcessStartInfo start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = work };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("ulimit -s " + StackKilobytes + " && exec \"$0\" \"$@\"");
            start.ArgumentList.Add(fileName);
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            List<string> output = new List<string>();
            TaskCompletionSource serving = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            bool ready = false;
            Process process = new Process { StartInfo = start, EnableRaisingEvents = true };
            DataReceivedEventHandler collect = (_, e) =>
            {
                if (e.Data == null)
                {
                    return;
                }

                string line = e.Data.TrimEnd('\r');
                lock (output)
                {
                    // nanoCLR lists every assembly it loads before "Ready.": keep the profile's own lines.
                    if (ready)
                    {
                        output.Add(line);
                    }

                    ready |= line == "Ready.";
                }

                if (line.StartsWith(ServingLine, StringComparison.Ordinal))
                {
                    serving.TrySetResult();
                }
            };
            process.OutputDataReceived += collect;
            process.ErrorDataReceived += collect;
            process.Exited += (_, _) => serving.TrySetResult();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            await Task.WhenAny(serving.Task, Task.Delay(StartTimeout));
            BoardHost host = new BoardHost(process, output, work, new Uri("http://127.0.0.1:" + network.HttpPort + "/"), new IPEndPoint(IPAddress.Loopback, network.DnsPort));
            if (!process.HasExited && host.Output.Any(l => l.StartsWith(ServingLine, StringComparison.Ordinal)))
            {
                return host;
            }

            LastLog = string.Join("\n", host.Output.TakeLast(40));
            await host.DisposeAsync();
            return null;
        }

        /// <summary>Waits until the profile prints a line matching <paramref name="match"/>; returns it (null at the deadline).</summary>
        public async Task<string?> WaitForLineAsync(Func<string, bool> match, TimeSpan within, int skip = 0)
        {
            DateTime deadline = DateTime.UtcNow + within;
            while (DateTime.UtcNow < deadline)
            {
                string? line = Output.Skip(skip).FirstOrDefault(match);
                if (line != null)
                {
                    return line;
                }

                await Task.Delay(50);
            }

            return null;
        }

        /// <summary>SIGTERM, as `kill PID` sends it; true when the process ended within <paramref name="within"/>.</summary>
        public async Task<bool> TerminateAsync(TimeSpan within)
        {
            if (!_process.HasExited)
            {
                _ = SendSignal(_process.Id, SigTerm);
            }

            using CancellationTokenSource deadline = new CancellationTokenSource(within);
            try
            {
                await _process.WaitForExitAsync(deadline.Token);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        public override async ValueTask DisposeAsync()
        {
            if (!await TerminateAsync(StopTimeout))
            {
                _process.Kill(true);
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            if (EchoLogOnDispose)
            {
                // MSTest shows a test's console output with its result: the board's log beside a failure.
                Console.WriteLine("--- board profile log (nanoCLR, pid " + ProcessId + ") ---");
                foreach (string line in Output)
                {
                    Console.WriteLine(line);
                }
            }

            try
            {
                Directory.Delete(_work, true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }

        private static int FreePort(SocketType type, ProtocolType protocol)
        {
            using Socket socket = new Socket(AddressFamily.InterNetwork, type, protocol);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            return ((IPEndPoint)socket.LocalEndPoint!).Port;
        }

        private const int SigTerm = 15;

        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        private static extern int SendSignal(int pid, int signal);
    }
}
