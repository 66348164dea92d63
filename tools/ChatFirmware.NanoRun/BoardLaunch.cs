using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ChatFirmware.Core.Settings;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace ChatFirmware.NanoRun
{
    /// <summary>
    /// Prepares one launch of the nanoCLR board profile (src/ChatFirmware.NanoBoard): nanoCLR passes a
    /// program no arguments and the profile has no file system, so the launch's settings are written into
    /// the literals of the profile's LaunchSettings class in a copy of its assembly (Mono.Cecil), which is
    /// then converted to a .pe with the metadata processor. Returns the nanoCLR command; whoever starts it
    /// owns the process (its id is the server's: SIGTERM or SIGKILL stops it).
    /// </summary>
    public static class BoardLaunch
    {
        public const string LaunchType = "ChatFirmware.NanoBoard.LaunchSettings";
        public const string SettingsMethod = "FileText";
        public const string MemorySampleMethod = "MemorySampleMs";

        /// <param name="work">A folder of this launch's own (the patched assembly and its .pe go there).</param>
        /// <param name="libraryDlls">The profile's own libraries (ChatFirmware.Core.dll), converted once into <paramref name="libraryPes"/>.</param>
        /// <param name="settingsJson">The settings file's text ({"Network":{...},"Chat":{...}}), checked against the core's property names.</param>
        /// <param name="memorySampleMs">Milliseconds between the profile's "memory: N bytes free" lines; 0 for none.</param>
        public static (string FileName, List<string> Arguments) Prepare(Toolchain toolchain, string work, IReadOnlyList<string> libraryDlls, IReadOnlyList<string> libraryPes, string boardDll, string settingsJson, int memorySampleMs)
        {
            Check(settingsJson);
            Directory.CreateDirectory(work);
            string patched = Path.Combine(work, Path.GetFileName(boardDll));
            using (ModuleDefinition module = ModuleDefinition.ReadModule(boardDll, new ReaderParameters { ReadSymbols = false }))
            {
                TypeDefinition launch = module.GetType(LaunchType) ?? throw new InvalidDataException(boardDll + " has no " + LaunchType);
                SetLiteral(launch, SettingsMethod, settingsJson);
                SetLiteral(launch, MemorySampleMethod, memorySampleMs.ToString(System.Globalization.CultureInfo.InvariantCulture));
                module.Write(patched);
            }

            string pe = Path.Combine(work, Path.GetFileNameWithoutExtension(boardDll) + ".pe");
            ConversionResult result = PeConverter.Convert(toolchain, patched, pe, libraryDlls);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException("the metadata processor refused the board profile: " + result.Problem);
            }

            // What a board's deployment holds: every library but the test framework and its launcher
            // (which has a Main of its own: only one assembly may).
            IEnumerable<string> pes = toolchain.LibraryPes.Where(p => !IsTestFramework(p)).Concat(libraryPes).Append(pe);
            return toolchain.NanoClrCommand(pes);
        }

        /// <summary>Converts a library unless its .pe is newer than the .dll (a launch converts only the profile itself).</summary>
        public static string ConvertLibrary(Toolchain toolchain, string dll, string pe, IEnumerable<string> references)
        {
            if (File.Exists(pe) && File.GetLastWriteTimeUtc(pe) >= File.GetLastWriteTimeUtc(dll))
            {
                return pe;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(pe)!);
            ConversionResult result = PeConverter.Convert(toolchain, dll, pe, references);
            return result.Pe ?? throw new InvalidOperationException("the metadata processor refused " + dll + ": " + result.Problem);
        }

        /// <summary>The settings with Network.HttpPort and Network.DnsPort replaced where a port (not 0) is given.</summary>
        public static string WithPorts(string settingsJson, int httpPort, int dnsPort)
        {
            if (httpPort == 0 && dnsPort == 0)
            {
                return settingsJson;
            }

            Check(settingsJson);
            JsonObject document = JsonNode.Parse(settingsJson)!.AsObject();
            if (document["Network"] is not JsonObject network)
            {
                network = new JsonObject();
                document["Network"] = network;
            }

            if (httpPort != 0)
            {
                network["HttpPort"] = httpPort;
            }

            if (dnsPort != 0)
            {
                network["DnsPort"] = dnsPort;
            }

            return document.ToJsonString();
        }

        /// <summary>The emulator's rule: a settings file with a name the core does not know is refused, not half read.</summary>
        public static void Check(string settingsJson)
        {
            try
            {
                JsonSerializerOptions options = new JsonSerializerOptions { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
                if (JsonSerializer.Deserialize<SettingsDocument>(settingsJson, options) == null)
                {
                    throw new ArgumentException("the settings are not a JSON object");
                }
            }
            catch (JsonException e)
            {
                throw new ArgumentException("the settings are not the device's format ({\"Network\":{...},\"Chat\":{...}}): " + e.Message);
            }

            if (settingsJson.Contains('\0', StringComparison.Ordinal))
            {
                // A nanoFramework string ends at U+0000.
                throw new ArgumentException("the settings hold a raw U+0000");
            }
        }

        private static bool IsTestFramework(string pe)
        {
            string name = Path.GetFileName(pe);
            return name == "nanoFramework.UnitTestLauncher.pe" || name == "nanoFramework.TestFramework.pe";
        }

        private static void SetLiteral(TypeDefinition type, string method, string value)
        {
            MethodDefinition definition = type.Methods.SingleOrDefault(m => m.Name == method) ?? throw new InvalidDataException(type.FullName + " has no method " + method);
            Instruction[] literals = definition.Body.Instructions.Where(i => i.OpCode == OpCodes.Ldstr).ToArray();
            if (literals.Length != 1)
            {
                throw new InvalidDataException(type.FullName + "." + method + " must return one string literal (it has " + literals.Length + ")");
            }

            literals[0].Operand = value;
        }
    }
}
