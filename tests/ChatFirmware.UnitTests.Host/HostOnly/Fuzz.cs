using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using CsCheck;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// The fuzzing budget and its record. The default test run feeds each parser a few thousand inputs
    /// (seconds in all); a long run sets CHATFW_FUZZ_ITERATIONS to the number of inputs per parser
    /// (docs/reliability.md). CHATFW_FUZZ_SEED replays one CsCheck seed; CHATFW_FUZZ_REPORT names a file
    /// that receives one tab-separated line per parser: name, inputs, seconds.
    /// </summary>
    public static class Fuzz
    {
        public const string Category = "Fuzz";
        private const string IterationsVariable = "CHATFW_FUZZ_ITERATIONS";
        private const string SeedVariable = "CHATFW_FUZZ_SEED";
        private const string ReportVariable = "CHATFW_FUZZ_REPORT";
        private static readonly object ReportLock = new object();

        /// <summary>Inputs per parser: the environment's CHATFW_FUZZ_ITERATIONS, else the default-run budget.</summary>
        public static long Inputs(long defaultInputs)
        {
            string text = Environment.GetEnvironmentVariable(IterationsVariable);
            return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long inputs) && inputs > 0 ? inputs : defaultInputs;
        }

        /// <summary>
        /// Feeds <paramref name="gen"/>'s samples to <paramref name="check"/>, which throws when an
        /// invariant breaks (CsCheck then shrinks the input and reports it). Each sample counts as
        /// <paramref name="inputsPerSample"/> inputs (a sequence of requests or frames counts each one).
        /// </summary>
        public static void Run<T>(string parser, Gen<T> gen, Action<T> check, long defaultInputs, int inputsPerSample = 1, Tally tally = null)
        {
            long inputs = Inputs(defaultInputs);
            long samples = Math.Max(1, inputs / inputsPerSample);
            int iterations = (int)Math.Min(int.MaxValue, samples);
            long count = 0;
            Stopwatch watch = Stopwatch.StartNew();
            gen.Sample(
                value =>
                {
                    check(value);
                    Interlocked.Increment(ref count);
                },
                iter: iterations,
                seed: Environment.GetEnvironmentVariable(SeedVariable));
            watch.Stop();
            Record(parser, count * inputsPerSample, watch.Elapsed, tally?.ToString());
        }

        /// <summary>Writes one line of the fuzzing record (console, and the report file when one is named).</summary>
        public static void Record(string parser, long inputs, TimeSpan elapsed, string outcomes = null)
        {
            string line = string.Format(CultureInfo.InvariantCulture, "{0}\t{1}\t{2:0.0}\t{3}", parser, inputs, elapsed.TotalSeconds, outcomes ?? string.Empty);
            Console.WriteLine("fuzz: " + line);
            string report = Environment.GetEnvironmentVariable(ReportVariable);
            if (!string.IsNullOrEmpty(report))
            {
                lock (ReportLock)
                {
                    File.AppendAllText(report, line + Environment.NewLine);
                }
            }
        }
    }
}
