using System;
using System.Collections.Generic;
using System.Linq;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// What each pinned nanoFramework package needs, at the pinned version: the packages that ship the
    /// assemblies its assembly references, and the version it was built against. packages.config pulls
    /// in nothing by itself, so each of these must be pinned beside it (or its .pe never reaches the
    /// board), at that version or newer (older: CS1705 and MSB3277 in the Windows build) and with the same
    /// major.minor (nanoCLR links an assembly reference only to the same major.minor; seen with the
    /// toolchain's nanoCLR, docs/device.md). Change a pin, and its row here must be read again.
    /// </summary>
    public static class PackageDependencies
    {
        private const string CoreLibrary = "nanoFramework.CoreLibrary";
        private const string Text = "nanoFramework.System.Text";
        private const string Collections = "nanoFramework.System.Collections";
        private const string Events = "nanoFramework.Runtime.Events";
        private const string Threading = "nanoFramework.System.Threading";
        private const string Streams = "nanoFramework.System.IO.Streams";
        private const string Net = "nanoFramework.System.Net";

        /// <summary>Where the versions of a row were read.</summary>
        private const string Toolchain = "AssemblyRefs of ../shared/nanoframework/toolchain/lib, built from the package's repository at its release tag";

        public static readonly IReadOnlyList<PackageRecord> Known = new[]
        {
            Record(CoreLibrary, "1.17.11", "the core library references nothing"),
            Record(Text, "1.3.42", Toolchain, (CoreLibrary, "1.17.11")),
            Record(Collections, "1.5.75", Toolchain, (CoreLibrary, "1.17.11")),
            Record(Events, "1.11.39", Toolchain + " (1.11.37; CoreLibrary has no newer 1.x)", (CoreLibrary, "1.17.11")),
            Record(Threading, "1.1.52", Toolchain, (CoreLibrary, "1.17.11")),
            Record("nanoFramework.Runtime.Native", "1.7.11", Toolchain, (CoreLibrary, "1.17.11")),
            Record("nanoFramework.System.Math", "1.5.116", Toolchain, (CoreLibrary, "1.17.11")),
            Record("nanoFramework.System.Security.Cryptography", "1.0.43", Toolchain, (CoreLibrary, "1.17.11")),
            Record("nanoFramework.ResourceManager", "1.2.32", Toolchain, (CoreLibrary, "1.17.11")),
            Record(Streams, "1.1.96", Toolchain, (CoreLibrary, "1.17.11"), (Text, "1.3.42")),
            Record("nanoFramework.System.IO.FileSystem", "1.1.93", Toolchain, (CoreLibrary, "1.17.11"), (Events, "1.11.37"), (Streams, "1.1.96"), (Text, "1.3.42")),
            Record(Net, "1.11.60", Toolchain + " (1.11.54)", (CoreLibrary, "1.17.11"), (Threading, "1.1.52"), (Streams, "1.1.96"), (Text, "1.3.42"), (Events, "1.11.37")),
            Record("nanoFramework.System.Device.Wifi", "1.5.149", Toolchain + " (1.5.147)", (CoreLibrary, "1.17.11"), (Events, "1.11.37"), (Net, "1.11.54"), (Threading, "1.1.52"), (Text, "1.3.42")),
            Record("nanoFramework.System.Net.Http", "1.5.210", Toolchain, (CoreLibrary, "1.17.11"), (Text, "1.3.42"), (Net, "1.11.54"), (Collections, "1.5.75"), (Streams, "1.1.96")),
            Record("nanoFramework.System.Net.Http.Server", "1.5.210", Toolchain + " (the full package's assembly, a superset)", (CoreLibrary, "1.17.11"), (Text, "1.3.42"), (Net, "1.11.54"), (Collections, "1.5.75"), (Streams, "1.1.96")),
            Record(
                "nanoFramework.System.Net.WebSockets.Server",
                "1.1.170",
                "System.Net.WebSockets PR #236 (System.Net 1.11.54, the full nanoFramework.System.Net.Http 1.5.209, which its nuspec names); " + Toolchain + " (1.1.167) for the rest",
                (CoreLibrary, "1.17.11"),
                (Collections, "1.5.75"),
                (Net, "1.11.54"),
                ("nanoFramework.System.Net.Http", "1.5.209"),
                (Text, "1.3.42"),
                (Streams, "1.1.96")),
            Record("nanoFramework.Json", "2.2.213", Toolchain + " (2.2.203)", (CoreLibrary, "1.17.11"), (Collections, "1.5.75"), (Streams, "1.1.96"), (Text, "1.3.42")),
            Record("nanoFramework.Hardware.Esp32", "1.6.42", "nanoFramework.Hardware.Esp32 PR #222 (Runtime.Events 1.11.37 to 1.11.39, merged 2026-07-30, the day of tag v1.6.42)", (CoreLibrary, "1.17.11"), (Events, "1.11.39")),
            Record("nanoFramework.Iot.Device.DhcpServer", "1.2.987", Toolchain + " (the 2026-01-08 commit)", (CoreLibrary, "1.17.11"), (Net, "1.11.54"), (Collections, "1.5.75"), (Text, "1.3.42")),
            Record("nanoFramework.TestFramework", "3.0.80", Toolchain + " (3.0.77)", (CoreLibrary, "1.17.11")),
        };

        public static PackageRecord? Find(string id, string version)
        {
            return Known.FirstOrDefault(r => r.Id == id && r.Version == version);
        }

        /// <summary>
        /// The version a package the shared README records must be pinned at: the newest it records, raised
        /// to what a recorded package needs when that is newer (the README's survey can predate a release).
        /// Null for a package the README does not record.
        /// </summary>
        public static string? ExpectedPin(string id, IReadOnlyDictionary<string, string> newestInReadme)
        {
            if (!newestInReadme.TryGetValue(id, out string? expected))
            {
                return null;
            }

            foreach (PackageRecord record in Known)
            {
                if (record.Needs.TryGetValue(id, out string? needed) && Version.Parse(needed) > Version.Parse(expected))
                {
                    expected = needed;
                }
            }

            return expected;
        }

        private static PackageRecord Record(string id, string version, string source, params (string Id, string Version)[] needs)
        {
            return new PackageRecord(id, version, source, needs.ToDictionary(n => n.Id, n => n.Version, StringComparer.Ordinal));
        }
    }
}
