using System;
using System.Collections.Generic;
using System.IO;

namespace ChatFirmware.NanoRun
{
    public sealed class Options
    {
        public string Toolchain { get; private set; } = string.Empty;

        public string Work { get; private set; } = string.Empty;

        public List<string> Libraries { get; } = new List<string>();

        public List<string> Apps { get; } = new List<string>();

        /// <summary>Test assembly name (for the report) and its NFUnitTest.dll.</summary>
        public List<KeyValuePair<string, string>> Tests { get; } = new List<KeyValuePair<string, string>>();

        /// <summary>A program (an assembly with Main) to convert and run, printing what it prints.</summary>
        public string? Program { get; private set; }

        public int TimeoutSeconds { get; private set; } = 600;

        /// <summary>The board profile's assembly: prepare a launch and write its nanoCLR command to <see cref="CommandFile"/>.</summary>
        public string? Board { get; private set; }

        /// <summary>The board profile's settings file (the device's format); none keeps every default.</summary>
        public string? SettingsFile { get; private set; }

        public int MemorySampleMs { get; private set; }

        /// <summary>Overrides the settings' Network.HttpPort (0: keep it).</summary>
        public int HttpPort { get; private set; }

        /// <summary>Overrides the settings' Network.DnsPort (0: keep it).</summary>
        public int DnsPort { get; private set; }

        /// <summary>Where the board launch's command goes, one argument a line (scripts/nano-board.sh execs it).</summary>
        public string? CommandFile { get; private set; }

        public static Options Parse(string[] args)
        {
            Options options = new Options();
            for (int i = 0; i < args.Length; i += 2)
            {
                if (i + 1 >= args.Length)
                {
                    throw new ArgumentException(args[i] + " needs a value");
                }

                string value = args[i + 1];
                switch (args[i])
                {
                    case "--toolchain":
                        options.Toolchain = value;
                        break;
                    case "--work":
                        options.Work = Path.GetFullPath(value);
                        break;
                    case "--library":
                        options.Libraries.Add(Existing(value));
                        break;
                    case "--app":
                        options.Apps.Add(Existing(value));
                        break;
                    case "--tests":
                        int equals = value.IndexOf('=', StringComparison.Ordinal);
                        if (equals < 1)
                        {
                            throw new ArgumentException("--tests takes NAME=path/NFUnitTest.dll");
                        }

                        options.Tests.Add(new KeyValuePair<string, string>(value.Substring(0, equals), Existing(value.Substring(equals + 1))));
                        break;
                    case "--program":
                        options.Program = Existing(value);
                        break;
                    case "--board":
                        options.Board = Existing(value);
                        break;
                    case "--settings":
                        options.SettingsFile = Existing(value);
                        break;
                    case "--memory-sample-ms":
                        options.MemorySampleMs = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    case "--http-port":
                        options.HttpPort = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    case "--dns-port":
                        options.DnsPort = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    case "--command-file":
                        options.CommandFile = Path.GetFullPath(value);
                        break;
                    case "--timeout":
                        options.TimeoutSeconds = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                        break;
                    default:
                        throw new ArgumentException("unknown option " + args[i]);
                }
            }

            if (options.Toolchain.Length == 0 || options.Work.Length == 0)
            {
                throw new ArgumentException("--toolchain and --work are required");
            }

            if (options.Board != null && options.CommandFile == null)
            {
                throw new ArgumentException("--board needs --command-file");
            }

            return options;
        }

        private static string Existing(string path)
        {
            string full = Path.GetFullPath(path);
            if (!File.Exists(full))
            {
                throw new ArgumentException("no such file: " + path);
            }

            return full;
        }
    }
}
