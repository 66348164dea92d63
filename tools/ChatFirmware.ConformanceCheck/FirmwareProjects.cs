using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// The firmware's .nfproj projects (built on Windows) and where tests/ChatFirmware.Nano compiles the
    /// same sources against the real assemblies here: the core, the device app, the unit tests' support
    /// library, and one NFUnitTest assembly per folder of tests/ChatFirmware.UnitTests that holds an
    /// NFUnitTest.&lt;folder&gt;.nfproj.
    /// </summary>
    public static class FirmwareProjects
    {
        public static IReadOnlyList<FirmwareProject> Find(string repo)
        {
            string nano = Path.Combine(repo, "tests", "ChatFirmware.Nano");
            List<FirmwareProject> projects = new List<FirmwareProject>
            {
                new FirmwareProject(Path.Combine(repo, "src", "ChatFirmware.Core", "ChatFirmware.Core.nfproj"), c => Path.Combine(nano, "Core", "bin", c, "netstandard2.0", "ChatFirmware.Core.dll")),
                new FirmwareProject(Path.Combine(repo, "src", "ChatFirmware", "ChatFirmware.nfproj"), c => Path.Combine(nano, "Device", "bin", c, "netstandard2.0", "ChatFirmware.dll")),
                new FirmwareProject(Path.Combine(repo, "tests", "ChatFirmware.UnitTests", "Support", "ChatFirmware.UnitTests.Support.nfproj"), c => Path.Combine(nano, "UnitTestSupport", "bin", c, "netstandard2.0", "ChatFirmware.UnitTests.Support.dll")),
            };
            foreach (string group in TestGroups(repo))
            {
                projects.Add(new FirmwareProject(Path.Combine(repo, "tests", "ChatFirmware.UnitTests", group, "NFUnitTest." + group + ".nfproj"), c => Path.Combine(nano, "UnitTests", "bin", c, group, "NFUnitTest.dll")));
            }

            return projects;
        }

        /// <summary>The folders of tests/ChatFirmware.UnitTests that are test assemblies.</summary>
        public static IReadOnlyList<string> TestGroups(string repo)
        {
            // NFUnitTest.<folder>.nfproj: the assembly is NFUnitTest in each, but a solution may not hold two
            // projects with the same file name.
            return Directory.GetFiles(Path.Combine(repo, "tests", "ChatFirmware.UnitTests"), "NFUnitTest.*.nfproj", SearchOption.AllDirectories)
                .Select(p => Path.GetFileName(Path.GetDirectoryName(p)!))
                .OrderBy(g => g, StringComparer.Ordinal)
                .ToList();
        }
    }

    public sealed class FirmwareProject
    {
        private readonly Func<string, string> _compiledDll;

        public FirmwareProject(string nfProject, Func<string, string> compiledDll)
        {
            NfProject = nfProject;
            _compiledDll = compiledDll;
        }

        public string NfProject { get; }

        /// <summary>Test code may read strings it wrote itself any way it likes; the firmware may not.</summary>
        public bool IsTest => NfProject.Contains(Path.DirectorySeparatorChar + "tests" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        public string CompiledDll(string configuration) => _compiledDll(configuration);
    }
}
