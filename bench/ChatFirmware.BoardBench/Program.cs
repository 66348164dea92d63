using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using ChatFirmware.EndToEnd;

namespace ChatFirmware.BoardBench
{
    /// <summary>
    /// Usage: dotnet run -c Release --project bench/ChatFirmware.BoardBench [-- --out bench/results/board-profile.md]
    /// (after scripts/nanoframework.sh has built the profile). Starts the nanoCLR board profile twice
    /// (the shipped limits; then 10 chat connections for the memory figures) and measures, over
    /// loopback: time to first byte of each page, requests per second, chat messages per second to 8
    /// WebSocket clients, and free managed memory (the profile's GC.Run(true) samples) with 0, 1, 8 and
    /// 10 clients and during 4 parallel page requests. Bounded: about two minutes.
    /// </summary>
    public static class Program
    {
        private const int SampleMs = 100;
        private static readonly string[] Pages = { "/", "/register", "/chat", "/app.css" };

        public static async Task<int> Main(string[] args)
        {
            string? output = args.Length == 2 && args[0] == "--out" ? args[1] : null;
            StringBuilder report = new StringBuilder();
            report.AppendLine("# The device app's hosts on nanoCLR (board profile)").AppendLine();
            report.AppendLine("Command: `dotnet run -c Release --project bench/ChatFirmware.BoardBench -- --out bench/results/board-profile.md`");
            report.AppendLine("(after `bash scripts/nanoframework.sh`). " + Machine() + ", " + DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".");
            report.AppendLine("The profile is the device app's own HttpHost, WebSocketHost and CaptiveDnsHost on nanoFramework's");
            report.AppendLine("HttpListener, WebSocketServer and Socket, interpreted by nanoCLR (32-bit, like a board) on one core of");
            report.AppendLine("this machine, with the managed HMAC (no Mbed TLS) and flash in memory. A board's 240 MHz core is");
            report.AppendLine("slower than this one: times and rates here are the interpreter's on this machine, not a board's;");
            report.AppendLine("memory is the same runtime's own accounting (GC.Run(true): free bytes after a full collection).").AppendLine();

            await SpeedAsync(report);
            await MemoryAsync(report);

            string text = report.ToString();
            Console.Write(text);
            if (output != null)
            {
                File.WriteAllText(output, text);
            }

            return 0;
        }

        private static async Task SpeedAsync(StringBuilder report)
        {
            ChatSettings settings = TestHost.TestSettings();
            settings.RateLimitBurst = 1000000;
            settings.RateLimitRefillMs = 1;
            await using BoardHost board = await BoardHost.StartAsync(settings, new HostOptions());
            board.EchoLogOnDispose = false;
            try
            {
                await SpeedAsync(report, board);
            }
            catch (Exception)
            {
                Console.Error.WriteLine(string.Join("\n", board.Output.TakeLast(30)) + (board.HasExited ? "\n(nanoCLR has exited)" : string.Empty));
                throw;
            }
        }

        private static async Task SpeedAsync(StringBuilder report, BoardHost board)
        {
            BrowserLikeClient[] people = await PeopleAsync(board, 8);

            report.AppendLine("## Time to first byte, per page (20 requests each, a new connection each, one at a time; /chat with a session)").AppendLine();
            report.AppendLine("| page | status | body bytes | median ms | 95th percentile ms |").AppendLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (string page in Pages)
            {
                List<double> times = new List<double>();
                (int status, int bytes) = (0, 0);
                for (int i = 0; i < 20; i++)
                {
                    // The chat page with a session; the others as a visitor (with one, / is the chat and /register redirects).
                    (double ms, int code, int length) = await FirstByteAsync(board, page, page == "/chat" ? people[0].SessionCookie : null);
                    times.Add(ms);
                    (status, bytes) = (code, length);
                }

                report.AppendLine("| " + page + " | " + status + " | " + bytes + " | " + F(Percentile(times, 50)) + " | " + F(Percentile(times, 95)) + " |");
            }

            report.AppendLine().AppendLine("## Requests per second (GET / with its 2.4 KB gzip body, a new connection each, 5 s)").AppendLine();
            report.AppendLine("| clients in parallel | requests | per second |").AppendLine("| ---: | ---: | ---: |");
            foreach (int clients in new[] { 1, 4 })
            {
                int done = await RequestLoopAsync(board, clients, TimeSpan.FromSeconds(5), "/", null);
                report.AppendLine("| " + clients + " | " + done + " | " + F(done / 5.0) + " |");
            }

            report.AppendLine().AppendLine("## Chat messages per second to 8 WebSocket clients").AppendLine();
            ChatSocket[] sockets = new ChatSocket[people.Length];
            for (int i = 0; i < sockets.Length; i++)
            {
                sockets[i] = await people[i].OpenChatAsync();
                await sockets[i].ReceiveTypeAsync("history");
            }

            const int Messages = 2000;
            Stopwatch clock = Stopwatch.StartNew();
            Task<int>[] readers = sockets.Select(s => CountMessagesAsync(s, Messages)).ToArray();
            for (int n = 0; n < Messages; n++)
            {
                await sockets[n % sockets.Length].SendTextAsync("load " + n);
            }

            int[] received = await Task.WhenAll(readers);
            double seconds = clock.Elapsed.TotalSeconds;
            report.AppendLine("8 clients each send in turn, " + Messages + " messages in all; every client receives every message (" + received.Sum() + " deliveries of " + (Messages * sockets.Length) + "):").AppendLine();
            report.AppendLine("| messages | deliveries | seconds | messages per second | deliveries per second |").AppendLine("| ---: | ---: | ---: | ---: | ---: |");
            report.AppendLine("| " + Messages + " | " + received.Sum() + " | " + F(seconds) + " | " + F(Messages / seconds) + " | " + F(received.Sum() / seconds) + " |").AppendLine();
            foreach (ChatSocket socket in sockets)
            {
                socket.Dispose();
            }
        }

        private static async Task MemoryAsync(StringBuilder report)
        {
            ChatSettings settings = TestHost.TestSettings();
            settings.MaxChatConnections = 10;
            await using BoardHost board = await BoardHost.StartAsync(settings, new HostOptions(), SampleMs);
            board.EchoLogOnDispose = false;
            (long start, _) = await SampleAsync(board, TimeSpan.FromSeconds(1), null);
            BrowserLikeClient[] people = await PeopleAsync(board, 10);

            report.AppendLine("## Free managed memory (GC.Run(true), sampled every " + SampleMs + " ms for 2 s in each state)").AppendLine();
            report.AppendLine("Settings: MaxChatConnections 10 (the socket budget then leaves 2 page handlers), 10 accounts with a session each, empty history.").AppendLine();
            report.AppendLine("| state | free bytes (median) | lowest | used beyond idle | open sockets |").AppendLine("| --- | ---: | ---: | ---: | ---: |");
            report.AppendLine("| at start, before any request | " + start + " | | | " + Sockets(board) + " |");
            long idle = 0;
            List<ChatSocket> open = new List<ChatSocket>();
            foreach (int clients in new[] { 0, 1, 8, 10 })
            {
                while (open.Count < clients)
                {
                    ChatSocket socket = await people[open.Count].OpenChatAsync();
                    await socket.ReceiveTypeAsync("history");
                    open.Add(socket);
                }

                (long median, long lowest) = await SampleAsync(board, TimeSpan.FromSeconds(2), null);
                if (clients == 0)
                {
                    idle = median;
                }

                report.AppendLine("| " + clients + " WebSocket client" + (clients == 1 ? string.Empty : "s") + (clients == 0 ? " (idle: 10 accounts registered, each logged in once)" : string.Empty) + " | " + median + " | " + lowest + " | " + (idle - median) + " | " + Sockets(board) + " |");
            }

            foreach (ChatSocket socket in open)
            {
                socket.Dispose();
            }

            await Task.Delay(TimeSpan.FromSeconds(12));
            (long after, _) = await SampleAsync(board, TimeSpan.FromSeconds(1), null);
            using CancellationTokenSource stop = new CancellationTokenSource();
            Task<int> paced = RequestLoopAsync(board, 4, TimeSpan.FromSeconds(4), null, null, TimeSpan.FromMilliseconds(100));
            (long pacedMedian, long pacedLowest) = await SampleAsync(board, TimeSpan.FromSeconds(3), null);
            int pacedServed = await paced;
            await Task.Delay(TimeSpan.FromSeconds(3));
            Task<int> pages = RequestLoopAsync(board, 4, TimeSpan.FromSeconds(4), null, null);
            (long during, long lowestDuring) = await SampleAsync(board, TimeSpan.FromSeconds(3), null);
            int served = await pages;
            report.AppendLine("| 0 clients again (sockets closed, 12 s later) | " + after + " | | " + (idle - after) + " | " + Sockets(board) + " |");
            report.AppendLine("| 4 clients each requesting a page every 100 ms (the four pages in turn; " + pacedServed + " answered in 4 s) | " + pacedMedian + " | " + pacedLowest + " | " + (idle - pacedLowest) + " at the lowest | |");
            report.AppendLine("| 4 clients requesting pages back to back (/, /register, /chat, /app.css in turn; " + served + " answered in 4 s) | " + during + " | " + lowestDuring + " | " + (idle - lowestDuring) + " at the lowest | |");
            foreach (int seconds in new[] { 3, 10, 30 })
            {
                (long later, _) = await SampleAsync(board, TimeSpan.FromSeconds(1), null);
                report.AppendLine("| " + seconds + " s after those requests | " + later + " | | " + (idle - later) + " | " + Sockets(board) + " |");
                await Task.Delay(TimeSpan.FromSeconds(seconds == 3 ? 6 : seconds == 10 ? 19 : 0));
            }

            report.AppendLine();
        }

        private static async Task<BrowserLikeClient[]> PeopleAsync(BoardHost board, int count)
        {
            BrowserLikeClient[] people = new BrowserLikeClient[count];
            for (int i = 0; i < count; i++)
            {
                people[i] = new BrowserLikeClient(board.BaseUri);
                await people[i].RegisterAndLoginAsync("user" + i, "user" + i + "@example.org", "password-" + i + "-long");
            }

            return people;
        }

        /// <summary>Median and lowest free bytes the profile logged within the window.</summary>
        private static async Task<(long Median, long Lowest)> SampleAsync(BoardHost board, TimeSpan window, object? unused)
        {
            int from = board.Output.Length;
            await Task.Delay(window);
            List<long> free = board.Output.Skip(from).Where(l => l.StartsWith("[info] memory: ", StringComparison.Ordinal) && l.EndsWith(" bytes free", StringComparison.Ordinal))
                .Select(l => long.Parse(l.Substring(15, l.Length - 15 - 11), CultureInfo.InvariantCulture)).ToList();
            return free.Count == 0 ? (-1, -1) : ((long)Percentile(free.Select(f => (double)f).ToList(), 50), free.Min());
        }

        /// <summary>One GET on a new connection: milliseconds to the first byte of the answer, its status and body length.</summary>
        private static async Task<(double Ms, int Status, int Bytes)> FirstByteAsync(BoardHost board, string path, string? cookie)
        {
            using TcpClient tcp = new TcpClient();
            await tcp.ConnectAsync(board.BaseUri.Host, board.BaseUri.Port);
            NetworkStream stream = tcp.GetStream();
            byte[] request = cookie == null
                ? RawHttp.Request(board.BaseUri, "GET", path, null, "Accept-Encoding: gzip")
                : RawHttp.Request(board.BaseUri, "GET", path, null, "Cookie: cf_session=" + cookie, "Accept-Encoding: gzip");
            Stopwatch clock = Stopwatch.StartNew();
            await stream.WriteAsync(request);
            byte[] buffer = new byte[16384];
            int read = await stream.ReadAsync(buffer);
            double ms = clock.Elapsed.TotalMilliseconds;
            using MemoryStream all = new MemoryStream();
            all.Write(buffer, 0, read);
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                all.Write(buffer, 0, read);
            }

            RawResponse response = RawResponse.Parse(all.ToArray());
            return (ms, response.Status, response.Body.Length);
        }

        /// <summary>Clients in parallel, each GETting on a new connection in a loop until the time is up; returns the requests answered.</summary>
        private static async Task<int> RequestLoopAsync(BoardHost board, int clients, TimeSpan duration, string? path, string? cookie, TimeSpan pause = default)
        {
            int done = 0;
            DateTime end = DateTime.UtcNow + duration;
            await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
            {
                for (int n = c; DateTime.UtcNow < end; n++)
                {
                    (_, int status, _) = await FirstByteAsync(board, path ?? Pages[n % Pages.Length], cookie);
                    if (status == 200)
                    {
                        Interlocked.Increment(ref done);
                    }

                    if (pause > TimeSpan.Zero)
                    {
                        await Task.Delay(pause);
                    }
                }
            })));
            return done;
        }

        private static async Task<int> CountMessagesAsync(ChatSocket socket, int expected)
        {
            int count = 0;
            while (count < expected)
            {
                System.Text.Json.JsonElement? next;
                try
                {
                    next = await socket.ReceiveAsync(TimeSpan.FromSeconds(60));
                }
                catch (System.Net.WebSockets.WebSocketException)
                {
                    // Reported as missing deliveries (seen once in four runs: a connection reset by the profile mid-burst).
                    break;
                }

                if (next == null)
                {
                    break;
                }

                if (next.Value.GetProperty("type").GetString() == "message")
                {
                    count++;
                }
            }

            return count;
        }

        /// <summary>Sockets nanoCLR holds open now (its file descriptors that are sockets: the listener, the DNS, the connections).</summary>
        private static int Sockets(BoardHost board)
        {
            int count = 0;
            foreach (string fd in Directory.GetFiles("/proc/" + board.ProcessId + "/fd"))
            {
                string? target = new FileInfo(fd).LinkTarget;
                if (target != null && target.StartsWith("socket:", StringComparison.Ordinal))
                {
                    count++;
                }
            }

            return count;
        }

        private static double Percentile(List<double> values, int percent)
        {
            List<double> sorted = values.OrderBy(v => v).ToList();
            return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
        }

        private static string F(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

        private static string Machine()
        {
            string cpu = File.Exists("/proc/cpuinfo") ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':')[1].Trim() ?? "?" : "?";
            return Environment.ProcessorCount + " cores (" + cpu + ")";
        }
    }
}
