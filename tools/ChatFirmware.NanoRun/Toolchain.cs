using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ChatFirmware.NanoRun
{
    /// <summary>
    /// The real nanoFramework toolchain (../shared/nanoframework/toolchain): the assemblies in lib/, the
    /// same converted in pe/, the metadata processor in mdp/ and the 32-bit nanoCLR in nanoclr/.
    /// </summary>
    public sealed class Toolchain
    {
        private Toolchain(string root)
        {
            Root = Path.GetFullPath(root);
        }

        public string Root { get; }

        public string LibFolder => Path.Combine(Root, "lib");

        public string MetadataProcessor => Path.Combine(Root, "mdp", "nanoFramework.Tools.MetaDataProcessor.dll");

        public string NanoClr => Path.Combine(Root, "nanoclr", "bin", "nanoFramework.nanoCLR.test");

        /// <summary>Every library the firmware may use, already converted: the runtime loads what it needs.</summary>
        public IReadOnlyList<string> LibraryPes => Directory.GetFiles(Path.Combine(Root, "pe"), "*.pe").OrderBy(p => p, StringComparer.Ordinal).ToList();

        public IReadOnlyList<string> LibraryDlls => Directory.GetFiles(LibFolder, "*.dll").OrderBy(p => p, StringComparer.Ordinal).ToList();

        public static Toolchain Open(string root)
        {
            Toolchain toolchain = new Toolchain(root);
            foreach (string required in new[] { toolchain.MetadataProcessor, toolchain.NanoClr })
            {
                if (!File.Exists(required))
                {
                    throw new FileNotFoundException("not a nanoFramework toolchain folder (missing " + required + ")");
                }
            }

            return toolchain;
        }

        /// <summary>
        /// The command that starts nanoCLR. A copy of the toolchain that lost its run bits is started
        /// through the 32-bit loader, as the toolchain's README says (the folder itself is never changed).
        /// </summary>
        public (string FileName, List<string> Arguments) NanoClrCommand(IEnumerable<string> pes)
        {
            List<string> arguments = new List<string>();
            string fileName = NanoClr;
            if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(NanoClr) & UnixFileMode.UserExecute) == 0)
            {
                fileName = "/lib/ld-linux.so.2";
                arguments.Add(NanoClr);
            }

            arguments.AddRange(pes);
            return (fileName, arguments);
        }
    }
}
