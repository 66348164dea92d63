using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using ChatFirmware.Core.Settings;
using ChatFirmware.Emulator.Ports;

namespace ChatFirmware.Benchmarks
{
    /// <summary>
    /// Heap retained by the core's state on a full device: 10 users, 10 sessions, a full history ring
    /// and 10 open chat sockets, measured as the growth of the live managed heap (after full collections) while it is built
    /// (host objects such as the ports, the page assets and the sockets themselves are created before
    /// the baseline, so only what the core keeps is counted). A proxy for the device's 80-110 KB heap:
    /// .NET on x64 has 8-byte references, 16-byte object headers and UTF-16 strings, so the same state
    /// is smaller under nanoFramework's 32-bit interpreter.
    /// </summary>
    public static class RetainedMemory
    {
        private const int Runs = 7;

        private static readonly string[] Stages =
        {
            "empty core (started, no data)",
            "+ 10 users",
            "+ 10 sessions",
            "+ 10 open chat sockets",
            "+ full history (all of the above)",
        };

        public static int Run()
        {
            ChatSettings shipped = Settings();
            Console.WriteLine("Retained heap of the core's state (growth of the live heap after full collections, bytes; median of " + Runs + " builds after one warm-up build)");
            Console.WriteLine("settings: shipped defaults except MaxChatConnections = 10 (default " + new ChatSettings().MaxChatConnections + "); history " + shipped.HistoryCapacity + " messages / " + shipped.HistoryTextBudgetBytes + " text bytes");
            Console.WriteLine("runtime: " + RuntimeInformation.FrameworkDescription + " " + RuntimeInformation.ProcessArchitecture + ", server GC " + System.Runtime.GCSettings.IsServerGC);
            Build();
            List<long[]> runs = new List<long[]>();
            for (int run = 0; run < Runs; run++)
            {
                runs.Add(Build());
            }

            Console.WriteLine();
            Console.WriteLine("| state | retained bytes (median) | KB | spread of the runs |");
            Console.WriteLine("| --- | ---: | ---: | ---: |");
            for (int stage = 0; stage < Stages.Length; stage++)
            {
                long[] values = new long[Runs];
                for (int run = 0; run < Runs; run++)
                {
                    values[run] = runs[run][stage];
                }

                Array.Sort(values);
                long median = values[Runs / 2];
                Console.WriteLine("| " + Stages[stage] + " | " + median + " | " + (median / 1024.0).ToString("0.0") + " | " + values[0] + " to " + values[Runs - 1] + " |");
            }

            Console.WriteLine();
            Console.WriteLine("device heap budget: 80-110 KB for everything (core state, HTTP and WebSocket servers, buffers)");
            PrintImageSizes();
            PrintBroadcastAllocation();
            return 0;
        }

        /// <summary>
        /// Exact bytes allocated per broadcast message for 1, 5 and 10 recipients, averaged over many
        /// messages (the amortised id-reservation write of the history included), without any timing.
        /// </summary>
        private static void PrintBroadcastAllocation()
        {
            const int Messages = 20000;
            Console.WriteLine();
            Console.WriteLine("| recipients | bytes allocated per broadcast (mean of " + Messages + " messages) |");
            Console.WriteLine("| ---: | ---: |");
            foreach (int recipients in new[] { 1, 5, 10 })
            {
                BroadcastBenchmarks broadcast = new BroadcastBenchmarks { Recipients = recipients };
                broadcast.Setup();
                for (int i = 0; i < Messages; i++)
                {
                    broadcast.Broadcast();
                }

                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Messages; i++)
                {
                    broadcast.Broadcast();
                }

                long after = GC.GetAllocatedBytesForCurrentThread();
                broadcast.Check();
                Console.WriteLine("| " + recipients + " | " + ((after - before) / (double)Messages).ToString("0.0") + " |");
            }
        }

        private static ChatSettings Settings() => new ChatSettings { MaxChatConnections = 10 };

        private static long[] Build()
        {
            ChatSettings settings = Settings();
            int users = settings.MaxUsers;
            DiscardFlash flash = new DiscardFlash();
            EmbeddedAssets assets = new EmbeddedAssets();
            CountingSocket[] sockets = new CountingSocket[settings.MaxChatConnections];
            for (int i = 0; i < sockets.Length; i++)
            {
                sockets[i] = new CountingSocket();
            }

            string[] cookies = new string[users];
            long[] stages = new long[Stages.Length];
            long baseline = Heap();

            CoreRig rig = new CoreRig(settings, flash, assets);
            stages[0] = Heap() - baseline;
            for (int i = 0; i < users; i++)
            {
                rig.Register(i);
            }

            stages[1] = Heap() - baseline;
            for (int i = 0; i < users; i++)
            {
                cookies[i] = rig.Login(i);
            }

            // The cookie strings belong to the browsers, not the core: measured without them.
            stages[2] = Heap() - baseline - Size(cookies);
            Core.Chat.ChatConnection[] connections = new Core.Chat.ChatConnection[sockets.Length];
            for (int i = 0; i < sockets.Length; i++)
            {
                connections[i] = rig.Open(cookies[i % users], sockets[i]);
            }

            stages[3] = Heap() - baseline - Size(cookies) - Size(connections);
            rig.FillHistory(connections[0]);
            stages[4] = Heap() - baseline - Size(cookies) - Size(connections);
            if (rig.Server.ChatConnectionCount != sockets.Length)
            {
                throw new InvalidOperationException("not every socket is open");
            }

            GC.KeepAlive(rig);
            GC.KeepAlive(sockets);
            GC.KeepAlive(assets);
            GC.KeepAlive(flash);
            return stages;
        }

        /// <summary>The harness's own arrays of handles (the handles themselves are the core's).</summary>
        private static long Size(Array array) => 24 + (8L * array.Length);

        /// <summary>
        /// Live managed heap after a full compacting collection: what GC.GetTotalMemory(true) means,
        /// read from the collection's own figures, since GetTotalMemory can under-report (even go
        /// negative) under the regions GC (dotnet/runtime#106712).
        /// </summary>
        private static long Heap()
        {
            GC.Collect(2, GCCollectionMode.Forced, true, true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, true, true);
            long live = 0;
            foreach (GCGenerationInfo generation in GC.GetGCMemoryInfo(GCKind.FullBlocking).GenerationInfo)
            {
                live += generation.SizeAfterBytes - generation.FragmentationAfterBytes;
            }

            return live;
        }

        private static void PrintImageSizes()
        {
            ChatSettings settings = Settings();
            settings.Pbkdf2Iterations = 2;
            MemoryFlash flash = new MemoryFlash();
            CoreRig.FullDevice(settings, flash);
            Console.WriteLine("flash images of that state: accounts " + Length(flash, "accounts") + " bytes, history " + Length(flash, "history") + " bytes (each kept twice, A/B)");
        }

        private static int Length(MemoryFlash flash, string name)
        {
            byte[]? a = flash.Read(name + ".a");
            byte[]? b = flash.Read(name + ".b");
            return Math.Max(a?.Length ?? 0, b?.Length ?? 0);
        }
    }
}
