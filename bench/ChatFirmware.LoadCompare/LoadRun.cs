using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace ChatFirmware.LoadCompare
{
    public enum LoadMode
    {
        /// <summary>Each client sends at a fixed rate, spread evenly (offered load).</summary>
        FixedRate,

        /// <summary>Each client sends as fast as it can with at most a window of its own messages not yet echoed back.</summary>
        Saturation,
    }

    /// <summary>One measured run against one server: the senders, and what every receiver recorded.</summary>
    public sealed class LoadRun
    {
        private static readonly TimeSpan DrainLimit = TimeSpan.FromSeconds(15);
        private readonly List<long>[] _latencies;
        private readonly long[] _delivered;
        private readonly long[] _inWindow;
        private readonly long[] _sent;
        private readonly SemaphoreSlim[]? _windows;
        private int _errors;

        private LoadRun(int id, int clients, LoadMode mode, int window)
        {
            Id = id;
            _latencies = new List<long>[clients];
            _delivered = new long[clients];
            _inWindow = new long[clients];
            _sent = new long[clients];
            for (int i = 0; i < clients; i++)
            {
                _latencies[i] = new List<long>(1 << 16);
            }

            if (mode == LoadMode.Saturation)
            {
                _windows = new SemaphoreSlim[clients];
                for (int i = 0; i < clients; i++)
                {
                    _windows[i] = new SemaphoreSlim(window, window);
                }
            }
        }

        public int Id { get; }

        public long EndTimestamp { get; private set; } = long.MaxValue;

        /// <summary>Called by receiver <paramref name="receiver"/>'s loop only, so its slots need no lock.</summary>
        public void Received(int receiver, int sender, long sentTimestamp, long now)
        {
            if (sender == receiver)
            {
                // The echo of an own message: it acknowledges it and frees a slot of the window.
                _windows?[receiver].Release();
                return;
            }

            _latencies[receiver].Add(now - sentTimestamp);
            _delivered[receiver]++;
            if (now <= EndTimestamp)
            {
                _inWindow[receiver]++;
            }
        }

        public void CountError() => Interlocked.Increment(ref _errors);

        public static async Task<RunResult> ExecuteAsync(ServerProcess server, LoadClient[] clients, int id, LoadMode mode, TimeSpan duration, int ratePerClient, int window)
        {
            LoadRun run = new LoadRun(id, clients.Length, mode, window);
            foreach (LoadClient client in clients)
            {
                client.Attach(run);
            }

            TimeSpan cpuBefore = server.CpuTime;
            long start = Stopwatch.GetTimestamp();
            long end = start + (long)(duration.TotalSeconds * Stopwatch.Frequency);
            run.EndTimestamp = end;
            Task[] senders = new Task[clients.Length];
            for (int i = 0; i < clients.Length; i++)
            {
                int index = i;
                senders[i] = Task.Run(() => mode == LoadMode.FixedRate
                    ? run.SendAtFixedRateAsync(clients[index], index, start, end, ratePerClient, clients.Length)
                    : run.SendAsFastAsPossibleAsync(clients[index], index, end));
            }

            await Task.WhenAll(senders);
            long sentTotal = 0;
            foreach (long sent in run._sent)
            {
                sentTotal += sent;
            }

            // Wait for everything sent to arrive everywhere (bounded): what never arrives counts as lost.
            long expected = sentTotal * (clients.Length - 1);
            Stopwatch drain = Stopwatch.StartNew();
            while (run.DeliveredTotal() < expected && drain.Elapsed < DrainLimit)
            {
                await Task.Delay(20);
            }

            TimeSpan cpu = server.CpuTime - cpuBefore;
            long resident = server.ResidentBytes;
            foreach (LoadClient client in clients)
            {
                client.Attach(null);
            }

            await Task.Delay(200);
            List<long> all = new List<long>();
            foreach (List<long> latencies in run._latencies)
            {
                all.AddRange(latencies);
            }

            all.Sort();
            long inWindow = 0;
            foreach (long count in run._inWindow)
            {
                inWindow += count;
            }

            return new RunResult
            {
                Server = server.Name,
                Mode = mode,
                Seconds = duration.TotalSeconds,
                Sent = sentTotal,
                Expected = expected,
                Delivered = run.DeliveredTotal(),
                DeliveredInWindow = inWindow,
                P50Ms = Percentile(all, 0.50),
                P99Ms = Percentile(all, 0.99),
                MaxMs = all.Count == 0 ? double.NaN : ToMs(all[all.Count - 1]),
                Errors = run._errors,
                ServerCpuSeconds = cpu.TotalSeconds,
                ServerResidentBytes = resident,
                LoadAverage = Machine.LoadAverage(),
            };
        }

        private long DeliveredTotal()
        {
            long total = 0;
            for (int i = 0; i < _delivered.Length; i++)
            {
                total += Volatile.Read(ref _delivered[i]);
            }

            return total;
        }

        private async Task SendAtFixedRateAsync(LoadClient client, int index, long start, long end, int ratePerClient, int clients)
        {
            long interval = Stopwatch.Frequency / ratePerClient;
            // Clients are spread evenly over the interval, as independent people would be.
            long offset = interval * index / clients;
            for (int sequence = 0; ; sequence++)
            {
                long due = start + offset + (sequence * interval);
                if (due >= end)
                {
                    return;
                }

                long wait = due - Stopwatch.GetTimestamp();
                if (wait > 0)
                {
                    await Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency));
                }

                await client.SendAsync(this, sequence);
                _sent[index]++;
            }
        }

        private async Task SendAsFastAsPossibleAsync(LoadClient client, int index, long end)
        {
            SemaphoreSlim window = _windows![index];
            for (int sequence = 0; ; sequence++)
            {
                long left = end - Stopwatch.GetTimestamp();
                if (left <= 0 || !await window.WaitAsync(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency)))
                {
                    return;
                }

                await client.SendAsync(this, sequence);
                _sent[index]++;
            }
        }

        private static double Percentile(List<long> sorted, double p)
        {
            if (sorted.Count == 0)
            {
                return double.NaN;
            }

            int rank = (int)Math.Ceiling(p * sorted.Count) - 1;
            return ToMs(sorted[Math.Clamp(rank, 0, sorted.Count - 1)]);
        }

        private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
    }

    public sealed class RunResult
    {
        public string Server { get; init; } = string.Empty;

        public LoadMode Mode { get; init; }

        public double Seconds { get; init; }

        public long Sent { get; init; }

        public long Expected { get; init; }

        public long Delivered { get; init; }

        /// <summary>Deliveries to other clients that arrived before the send window closed.</summary>
        public long DeliveredInWindow { get; init; }

        public double DeliveredPerSecond => DeliveredInWindow / Seconds;

        public double SentPerSecond => Sent / Seconds;

        public double P50Ms { get; init; }

        public double P99Ms { get; init; }

        public double MaxMs { get; init; }

        public int Errors { get; init; }

        public double ServerCpuSeconds { get; init; }

        /// <summary>Server CPU time per 1000 deliveries (all deliveries, the drain included), in milliseconds.</summary>
        public double CpuMsPerThousand => Delivered == 0 ? double.NaN : ServerCpuSeconds * 1000.0 * 1000.0 / Delivered;

        public long ServerResidentBytes { get; init; }

        public string LoadAverage { get; init; } = string.Empty;
    }
}
