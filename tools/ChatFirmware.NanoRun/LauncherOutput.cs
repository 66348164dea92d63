using System;
using System.Collections.Generic;
using System.Linq;

namespace ChatFirmware.NanoRun
{
    /// <summary>
    /// Judges one nanoCLR run of a test assembly by what it printed, never by its exit code (0 even when
    /// the program threw; 139 when the runtime crashed): every expected test reported exactly once, none
    /// failed, and "Done." at the end.
    /// </summary>
    public sealed class LauncherOutput
    {
        private const string Passed = "Test passed,";
        private const string Failed = "Test failed,";
        private const string Skipped = "Test skipped,";

        private LauncherOutput()
        {
        }

        public int PassedCount { get; private set; }

        public List<string> FailedLines { get; } = new List<string>();

        public List<string> SkippedLines { get; } = new List<string>();

        /// <summary>Why the run as a whole is not complete: missing, repeated or unknown tests, a crash, no "Done.".</summary>
        public List<string> Problems { get; } = new List<string>();

        public bool Complete => Problems.Count == 0;

        public bool Green => Complete && FailedLines.Count == 0;

        public static LauncherOutput Judge(IReadOnlyList<string> expected, ProcessRun run, int timeoutSeconds)
        {
            LauncherOutput result = new LauncherOutput();
            Dictionary<string, int> reported = new Dictionary<string, int>(StringComparer.Ordinal);
            string? lastReported = null;
            bool done = false;
            foreach (string line in run.Output)
            {
                string? name = null;
                if (line.StartsWith(Passed, StringComparison.Ordinal))
                {
                    name = NameOf(line, Passed.Length);
                    result.PassedCount++;
                }
                else if (line.StartsWith(Failed, StringComparison.Ordinal))
                {
                    name = NameOf(line, Failed.Length);
                    result.FailedLines.Add(line);
                }
                else if (line.StartsWith(Skipped, StringComparison.Ordinal))
                {
                    name = NameOf(line, Skipped.Length);
                    result.SkippedLines.Add(line);
                }
                else if (line == "Done.")
                {
                    done = true;
                }

                if (name != null)
                {
                    reported[name] = reported.TryGetValue(name, out int seen) ? seen + 1 : 1;
                    lastReported = name;
                }
            }

            HashSet<string> known = new HashSet<string>(expected, StringComparer.Ordinal);
            foreach (KeyValuePair<string, int> entry in reported.Where(r => r.Value > 1))
            {
                result.Problems.Add(entry.Key + " reported " + entry.Value + " times");
            }

            foreach (string name in reported.Keys.Where(n => !known.Contains(n)))
            {
                result.Problems.Add(name + " reported but not a test of the assembly");
            }

            List<string> missing = expected.Where(n => !reported.ContainsKey(n)).ToList();
            if (run.TimedOut)
            {
                result.Problems.Add("still running after " + timeoutSeconds + " s: killed" + After(lastReported, expected));
            }
            else if (!done)
            {
                result.Problems.Add("no \"Done.\": the runtime stopped (exit code " + run.ExitCode + (run.ExitCode == 139 ? ", a crash" : string.Empty) + ")" + After(lastReported, expected));
            }

            if (missing.Count > 0)
            {
                result.Problems.Add(missing.Count + " of " + expected.Count + " tests never reported, first " + string.Join(", ", missing.Take(5)));
            }

            return result;
        }

        private static string NameOf(string line, int start)
        {
            int comma = line.IndexOf(',', start);
            return comma < 0 ? line.Substring(start) : line.Substring(start, comma - start);
        }

        /// <summary>The launcher prints a test's line after it ran, so a crash happened in the next one.</summary>
        private static string After(string? lastReported, IReadOnlyList<string> expected)
        {
            int index = lastReported == null ? -1 : IndexOf(expected, lastReported);
            return index + 1 < expected.Count ? " in or after " + expected[index + 1] : string.Empty;
        }

        private static int IndexOf(IReadOnlyList<string> list, string item)
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (list[i] == item)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
