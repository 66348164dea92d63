using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;
using System.Text.Json;

namespace ChatFirmware.LoadCompare
{
    /// <summary>What the figures were measured on, read from the machine itself.</summary>
    public sealed class Machine
    {
        public int Cores { get; private init; }

        public string Cpu { get; private init; } = "unknown";

        public string Memory { get; private init; } = "unknown";

        public string Os { get; private init; } = "unknown";

        public string DotNet { get; private init; } = RuntimeInformation.FrameworkDescription;

        public string Node { get; private init; } = "unknown";

        public string Ws { get; private init; } = "unknown";

        public static Machine Describe(string peerFolder)
        {
            return new Machine
            {
                Cores = Environment.ProcessorCount,
                Cpu = FirstValue("/proc/cpuinfo", "model name") ?? "unknown",
                Memory = MemTotal(),
                Os = OsName(),
                Node = Run("node", "--version") ?? "not found",
                Ws = WsVersion(peerFolder),
            };
        }

        /// <summary>The 1, 5 and 15 minute load averages: how busy the machine was around a run.</summary>
        public static string LoadAverage()
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

        public override string ToString()
        {
            return "nproc " + Cores + "; CPU " + Cpu + "; memory " + Memory + "; " + Os + "; " + DotNet + "; Node.js " + Node + "; ws " + Ws;
        }

        private static string? FirstValue(string file, string key)
        {
            if (!File.Exists(file))
            {
                return null;
            }

            foreach (string line in File.ReadLines(file))
            {
                int colon = line.IndexOf(':');
                if (colon > 0 && line.Substring(0, colon).Trim() == key)
                {
                    return line.Substring(colon + 1).Trim();
                }
            }

            return null;
        }

        private static string MemTotal()
        {
            string? kb = FirstValue("/proc/meminfo", "MemTotal");
            if (kb == null || !long.TryParse(kb.Replace("kB", string.Empty).Trim(), out long value))
            {
                return "unknown";
            }

            return (value / 1024.0 / 1024.0).ToString("0.0") + " GiB";
        }

        private static string OsName()
        {
            if (File.Exists("/etc/os-release"))
            {
                foreach (string line in File.ReadLines("/etc/os-release"))
                {
                    if (line.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
                    {
                        string kernel = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "unknown";
                        return line.Substring("PRETTY_NAME=".Length).Trim('"') + ", Linux " + kernel;
                    }
                }
            }

            return RuntimeInformation.OSDescription;
        }

        private static string WsVersion(string peerFolder)
        {
            string package = Path.Combine(peerFolder, "node_modules", "ws", "package.json");
            if (!File.Exists(package))
            {
                return "not installed";
            }

            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(package));
            return json.RootElement.GetProperty("version").GetString() ?? "unknown";
        }

        public static string? Run(string file, string arguments, string? folder = null)
        {
            try
            {
                ProcessStartInfo start = new ProcessStartInfo(file, arguments)
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    WorkingDirectory = folder ?? Environment.CurrentDirectory,
                };
                using Process process = Process.Start(start)!;
                string output = process.StandardOutput.ReadToEnd();
                process.StandardError.ReadToEnd();
                process.WaitForExit();
                return process.ExitCode == 0 ? output.Trim() : null;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return null;
            }
        }
    }
}
