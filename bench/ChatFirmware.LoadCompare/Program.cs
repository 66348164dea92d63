using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace ChatFirmware.LoadCompare
{
    /// <summary>
    /// dotnet run -c Release --project bench/ChatFirmware.LoadCompare -- [--runs 3] [--seconds 10]
    ///     [--rate 20] [--window 8] [--clients 10] [--pages-only | --load-only] [--out FILE]
    /// Installs the peer's ws package (npm install in bench/peer), starts both servers on loopback,
    /// measures our page weight, then alternates load runs between the two servers and prints the
    /// medians and the ratio ours/peer as Markdown.
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            Options options;
            try
            {
                options = Options.Parse(args);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("error: " + e.Message);
                return 2;
            }

            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            ThreadPool.SetMinThreads(Math.Max(options.Clients * 2, 16), 16);
            string peerFolder = FindPeerFolder();
            ServerProcess.InstallPeer(peerFolder);
            Machine machine = Machine.Describe(peerFolder);
            StringBuilder report = new StringBuilder();
            report.AppendLine("# ChatFirmware load comparison and page weight");
            report.AppendLine();
            report.AppendLine("- machine: " + machine);
            report.AppendLine("- started " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm") + " UTC, load average " + Machine.LoadAverage());
            report.AppendLine("- command: dotnet run -c Release --project bench/ChatFirmware.LoadCompare -- " + string.Join(' ', args));
            Console.Error.WriteLine(machine);

            object emulatorSettings = new
            {
                MaxChatConnections = options.Clients,
                RateLimitBurst = 1_000_000,
                RateLimitRefillMs = 1,
            };
            using ServerProcess ours = await ServerProcess.StartEmulatorAsync(emulatorSettings);
            using ServerProcess peer = await ServerProcess.StartPeerAsync(peerFolder);
            report.AppendLine("- emulator settings: MaxChatConnections " + options.Clients + ", RateLimitBurst 1000000, RateLimitRefillMs 1, everything else as shipped");

            if (!options.LoadOnly)
            {
                string cookie = await LoadClient.LoginAsync("http://127.0.0.1:" + ours.Port, "load0");
                List<PageWeight.Visit> visits = await PageWeight.MeasureAsync(ours.Port, cookie);
                Report.Pages(report, visits);
            }

            if (!options.PagesOnly)
            {
                List<RunResult> results = await RunLoadAsync(options, ours, peer);
                Report.Load(report, options, results);
            }

            report.AppendLine();
            report.AppendLine("- finished " + DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm") + " UTC, load average " + Machine.LoadAverage());
            Console.WriteLine(report.ToString());
            if (options.Out != null)
            {
                File.WriteAllText(options.Out, report.ToString());
            }

            return 0;
        }

        private static async Task<List<RunResult>> RunLoadAsync(Options options, ServerProcess ours, ServerProcess peer)
        {
            LoadClient[] ourClients = new LoadClient[options.Clients];
            LoadClient[] peerClients = new LoadClient[options.Clients];
            for (int i = 0; i < options.Clients; i++)
            {
                ourClients[i] = await LoadClient.ConnectEmulatorAsync(ours.Port, i);
                peerClients[i] = await LoadClient.ConnectPeerAsync(peer.Port, i);
            }

            await Task.Delay(500);
            List<RunResult> results = new List<RunResult>();
            int id = 1;
            TimeSpan warmUp = TimeSpan.FromSeconds(Math.Min(3, options.Seconds));
            TimeSpan measured = TimeSpan.FromSeconds(options.Seconds);
            foreach (LoadMode mode in new[] { LoadMode.FixedRate, LoadMode.Saturation })
            {
                Console.Error.WriteLine("warm-up, " + mode);
                await LoadRun.ExecuteAsync(ours, ourClients, id++, mode, warmUp, options.Rate, options.Window);
                await LoadRun.ExecuteAsync(peer, peerClients, id++, mode, warmUp, options.Rate, options.Window);
            }

            for (int round = 0; round < options.Runs; round++)
            {
                foreach (LoadMode mode in new[] { LoadMode.FixedRate, LoadMode.Saturation })
                {
                    // Alternate which server goes first, so neither always runs on a machine the other just warmed.
                    bool oursFirst = round % 2 == 0;
                    for (int turn = 0; turn < 2; turn++)
                    {
                        bool isOurs = oursFirst == (turn == 0);
                        RunResult result = await LoadRun.ExecuteAsync(isOurs ? ours : peer, isOurs ? ourClients : peerClients, id++, mode, measured, options.Rate, options.Window);
                        Console.Error.WriteLine("round " + (round + 1) + " " + mode + " " + result.Server + ": " + result.DeliveredPerSecond.ToString("0") + " delivered/s, p50 " + result.P50Ms.ToString("0.00") + " ms, p99 " + result.P99Ms.ToString("0.00") + " ms, lost " + (result.Expected - result.Delivered) + ", errors " + result.Errors + ", load " + result.LoadAverage);
                        results.Add(result);
                        await Task.Delay(1000);
                    }
                }
            }

            foreach (LoadClient client in ourClients.Concat(peerClients))
            {
                await client.DisposeAsync();
            }

            return results;
        }

        private static string FindPeerFolder()
        {
            for (DirectoryInfo? folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
            {
                string candidate = Path.Combine(folder.FullName, "bench", "peer");
                if (File.Exists(Path.Combine(candidate, "server.js")))
                {
                    return candidate;
                }
            }

            throw new InvalidOperationException("bench/peer/server.js not found above " + AppContext.BaseDirectory);
        }
    }

    public sealed class Options
    {
        public int Runs { get; private set; } = 3;

        public int Seconds { get; private set; } = 10;

        public int Rate { get; private set; } = 20;

        public int Window { get; private set; } = 8;

        public int Clients { get; private set; } = 10;

        public bool PagesOnly { get; private set; }

        public bool LoadOnly { get; private set; }

        public string? Out { get; private set; }

        public static Options Parse(string[] args)
        {
            Options options = new Options();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                int Number(int min, int max)
                {
                    if (i + 1 >= args.Length || !int.TryParse(args[++i], out int value) || value < min || value > max)
                    {
                        throw new ArgumentException(name + " wants a number from " + min + " to " + max);
                    }

                    return value;
                }

                switch (name)
                {
                    case "--runs":
                        options.Runs = Number(1, 15);
                        break;
                    case "--seconds":
                        options.Seconds = Number(1, 120);
                        break;
                    case "--rate":
                        options.Rate = Number(1, 1000);
                        break;
                    case "--window":
                        options.Window = Number(1, 256);
                        break;
                    case "--clients":
                        options.Clients = Number(2, 64);
                        break;
                    case "--pages-only":
                        options.PagesOnly = true;
                        break;
                    case "--load-only":
                        options.LoadOnly = true;
                        break;
                    case "--out":
                        options.Out = i + 1 < args.Length ? args[++i] : throw new ArgumentException("--out wants a file");
                        break;
                    default:
                        throw new ArgumentException("unknown option " + name);
                }
            }

            return options;
        }
    }
}
