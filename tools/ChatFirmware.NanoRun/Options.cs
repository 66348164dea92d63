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
