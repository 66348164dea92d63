using System;
using System.Globalization;
using System.IO;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using ChatFirmware.Core.Settings;
using ChatFirmware.EndToEnd;

namespace ChatFirmware.Soak
{
    /// <summary>
    /// dotnet run -c Release --project bench/ChatFirmware.Soak -- [--minutes 5] [--seed 1] [--sample-seconds 5]
    /// Exits 1 when a client lost an acknowledged message (or any other violation), or when the heap
    /// grew by more than --max-growth-kb (default 1024) between the first and last third of the run.
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            double minutes = 5;
            int seed = 1;
            int sampleSeconds = 5;
            long maxGrowthKb = 1024;
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
                    case "--minutes":
                        minutes = Math.Clamp(double.Parse(args[i + 1], CultureInfo.InvariantCulture), 0.1, 60);
                        break;
                    case "--seed":
                        seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                        break;
                    case "--sample-seconds":
                        sampleSeconds = Math.Clamp(int.Parse(args[i + 1], CultureInfo.InvariantCulture), 1, 600);
                        break;
                    case "--max-growth-kb":
                        maxGrowthKb = long.Parse(args[i + 1], CultureInfo.InvariantCulture);
                        break;
                    default:
                        Console.Error.WriteLine("unknown option " + args[i] + " (known: --minutes, --seed, --sample-seconds, --max-growth-kb)");
                        return 2;
                }
            }

            // Shipped settings, as the device runs them (the default cap of 8 chat connections for 10 people included),
            // except the budget of successful logins per account (flash wear: 6, then one per 5 min): the soak's
            // people log in and out about 30 times in 10 minutes, far more than a person does.
            ChatSettings settings = new ChatSettings { LoginSuccessBurst = int.MaxValue };
            Console.WriteLine("soak: " + minutes + " min, seed " + seed + ", shipped settings (login budget lifted); " + Environment.ProcessorCount + " cores, " + RuntimeInformation.FrameworkDescription + ", server GC " + GCSettings.IsServerGC + ", load average " + LoadAverage());
            SoakReport report = await SoakRun.RunAsync(new SoakOptions
            {
                Duration = TimeSpan.FromMinutes(minutes),
                Seed = seed,
                SampleEvery = TimeSpan.FromSeconds(sampleSeconds),
                Settings = settings,
            });
            Console.Write(report.Summary());
            Console.WriteLine("load average at the end " + LoadAverage());
            foreach (string violation in report.Violations)
            {
                Console.WriteLine("VIOLATION: " + violation);
            }

            bool flat = report.HeapGrowthBytes <= maxGrowthKb * 1024;
            Console.WriteLine(report.Violations.Count == 0 && flat ? "PASS" : "FAIL" + (flat ? string.Empty : ": heap grew by more than " + maxGrowthKb + " KB"));
            return report.Violations.Count == 0 && flat ? 0 : 1;
        }

        private static string LoadAverage()
        {
            try
            {
                string[] parts = File.ReadAllText("/proc/loadavg").Split(' ');
                return parts[0] + " " + parts[1] + " " + parts[2];
            }
            catch (IOException)
            {
                return "unknown";
            }
        }
    }
}
