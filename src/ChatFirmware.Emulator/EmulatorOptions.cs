using System;
using System.Net;

namespace ChatFirmware.Emulator
{
    /// <summary>The emulator's command line: <c>--listen 127.0.0.1:8080 --data ./chat-data</c>.</summary>
    public sealed class EmulatorOptions
    {
        public IPEndPoint Listen { get; set; } = new IPEndPoint(IPAddress.Loopback, 8080);

        public string DataFolder { get; set; } = "./chat-data";

        /// <summary>Optional settings file overriding the core's defaults (JSON, the device's settings.json shape).</summary>
        public string? SettingsFile { get; set; }

        /// <summary>Reproduce the device's exact "Connection: Upgrade" check (Firefox is then refused and falls back to polling).</summary>
        public bool StrictUpgrade { get; set; }

        public static EmulatorOptions Parse(string[] args)
        {
            EmulatorOptions options = new EmulatorOptions();
            for (int i = 0; i < args.Length; i++)
            {
                string name = args[i];
                string Value()
                {
                    if (i + 1 >= args.Length)
                    {
                        throw new ArgumentException(name + " needs a value");
                    }

                    return args[++i];
                }

                switch (name)
                {
                    case "--listen":
                        options.Listen = ParseEndPoint(Value());
                        break;
                    case "--data":
                        options.DataFolder = Value();
                        break;
                    case "--strict-upgrade":
                        options.StrictUpgrade = true;
                        break;
                    case "--settings":
                        options.SettingsFile = Value();
                        break;
                    default:
                        throw new ArgumentException("unknown option " + name + " (known: --listen HOST:PORT, --data FOLDER, --settings FILE, --strict-upgrade)");
                }
            }

            return options;
        }

        private static IPEndPoint ParseEndPoint(string text)
        {
            if (!IPEndPoint.TryParse(text, out IPEndPoint? endPoint) || endPoint.Port < 0)
            {
                throw new ArgumentException("--listen wants HOST:PORT, e.g. 127.0.0.1:8080, not '" + text + "'");
            }

            return endPoint;
        }
    }
}
