using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatFirmware.Core.Settings;
using ChatFirmware.NanoRun;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// Where the nanoCLR board profile and the toolchain are (scripts/nanoframework.sh builds the profile
    /// into tests/ChatFirmware.Nano/Board), and the launch of one instance: the core converted to a .pe
    /// once per test run, the profile's settings written into a copy of it per launch (NanoRun's BoardLaunch).
    /// </summary>
    public static class BoardProfile
    {
        private const string Configuration = "Release";
        private static readonly object ConvertGate = new object();
        private static string? _corePe;

        public static string RepositoryRoot { get; } = FindRepositoryRoot();

        /// <summary>The toolchain (CHATFIRMWARE_SHARED or ../shared beside the clone); the test is inconclusive without it.</summary>
        public static Toolchain Toolchain()
        {
            string shared = Environment.GetEnvironmentVariable("CHATFIRMWARE_SHARED") ?? Path.Combine(RepositoryRoot, "..", "shared");
            string folder = Path.GetFullPath(Path.Combine(shared, "nanoframework", "toolchain"));
            if (!File.Exists(Path.Combine(folder, "lib", "mscorlib.dll")))
            {
                Assert.Inconclusive("no nanoFramework toolchain at " + folder + ": the board profile cannot run here (docs/device.md, 'The real runtime')");
            }

            return ChatFirmware.NanoRun.Toolchain.Open(folder);
        }

        public static string BuiltFolder => Path.Combine(RepositoryRoot, "tests", "ChatFirmware.Nano", "Board", "bin", Configuration, "netstandard2.0");

        /// <summary>The nanoCLR command of a new launch with these settings, prepared in <paramref name="work"/>.</summary>
        public static (string FileName, List<string> Arguments) PrepareLaunch(string work, ChatSettings chat, NetworkSettings network, LinkSettings? link, int memorySampleMs)
        {
            Toolchain toolchain = Toolchain();
            string core = Path.Combine(BuiltFolder, "ChatFirmware.Core.dll");
            string board = Path.Combine(BuiltFolder, "ChatFirmware.NanoBoard.dll");
            if (!File.Exists(board) || !File.Exists(core))
            {
                throw new InvalidOperationException("the board profile is not built (" + board + "): run scripts/nanoframework.sh first");
            }

            string corePe;
            lock (ConvertGate)
            {
                _corePe ??= BoardLaunch.ConvertLibrary(toolchain, core, Path.Combine(Path.GetTempPath(), "chatfw-board-" + Environment.ProcessId, "ChatFirmware.Core.pe"), Array.Empty<string>());
                corePe = _corePe;
            }

            return BoardLaunch.Prepare(toolchain, work, new[] { core }, new[] { corePe }, board, SettingsText(chat, network, link), memorySampleMs);
        }

        /// <summary>The device's settings format with only what differs from the defaults (the profile parses it with nanoFramework.Json).</summary>
        public static string SettingsText(ChatSettings chat, NetworkSettings network)
        {
            return SettingsText(chat, network, null);
        }

        /// <summary>The same with a Link section when <paramref name="link"/> is given.</summary>
        public static string SettingsText(ChatSettings chat, NetworkSettings network, LinkSettings? link)
        {
            JsonObject document = new JsonObject
            {
                ["Network"] = Changed(network, new NetworkSettings()),
                ["Chat"] = Changed(chat, new ChatSettings()),
            };
            if (link != null)
            {
                document["Link"] = Changed(link, new LinkSettings());
            }

            return document.ToJsonString();
        }

        private static JsonObject Changed<T>(T value, T defaults)
        {
            JsonObject given = JsonSerializer.SerializeToNode(value)!.AsObject();
            JsonObject standard = JsonSerializer.SerializeToNode(defaults)!.AsObject();
            JsonObject changed = new JsonObject();
            foreach (KeyValuePair<string, JsonNode?> member in given.ToList())
            {
                if (!JsonNode.DeepEquals(member.Value, standard[member.Key]))
                {
                    changed[member.Key] = member.Value?.DeepClone();
                }
            }

            return changed;
        }

        private static string FindRepositoryRoot()
        {
            DirectoryInfo? directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "ChatFirmware.Host.slnf")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
        }
    }
}
