using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// Usage: ChatFirmware.ConformanceCheck --repo DIR --bin CONFIG --toolchain DIR [--shared DIR]
    ///    or: ChatFirmware.ConformanceCheck --repo DIR --write-compile-items true
    /// Runs after tests/ChatFirmware.Nano is built against the toolchain's real assemblies
    /// (scripts/nanoframework.sh does both) and checks what no compiler checks: generics in the IL, the
    /// .nfproj files that only Windows builds (their Compile items, references and packages), and the
    /// embedded-resource ids.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            Dictionary<string, string> options = new Dictionary<string, string>();
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                options[args[i]] = args[i + 1];
            }

            if (!options.TryGetValue("--repo", out string? repo))
            {
                Console.Error.WriteLine("usage: ChatFirmware.ConformanceCheck --repo DIR --bin CONFIG --toolchain DIR [--shared DIR]");
                return 2;
            }

            repo = Path.GetFullPath(repo);
            List<NfProject> projects = FirmwareProjects.Find(repo).Select(p => NfProject.Load(p.NfProject)).ToList();
            if (options.TryGetValue("--write-compile-items", out string? write) && write == "true")
            {
                foreach (NfProject project in projects)
                {
                    Console.WriteLine((CompileItemsWriter.Write(project.Path) ? "updated   " : "unchanged ") + Path.GetRelativePath(repo, project.Path));
                }

                return 0;
            }

            if (!options.TryGetValue("--bin", out string? config) || !options.TryGetValue("--toolchain", out string? toolchain))
            {
                Console.Error.WriteLine("usage: ChatFirmware.ConformanceCheck --repo DIR --bin CONFIG --toolchain DIR [--shared DIR]");
                return 2;
            }

            options.TryGetValue("--shared", out string? shared);
            Report report = new Report();
            IReadOnlyList<FirmwareProject> built = FirmwareProjects.Find(repo);
            foreach (FirmwareProject project in built)
            {
                string dll = project.CompiledDll(config);
                if (!File.Exists(dll))
                {
                    Console.Error.WriteLine("missing " + dll + ": build tests/ChatFirmware.Nano (-c " + config + ") first (scripts/nanoframework.sh)");
                    return 2;
                }

                GenericsScan.Run(dll, report);
                StaticInitializerScan.Run(dll, report);
                if (!project.IsTest)
                {
                    StringTrapsScan.Run(dll, report);
                }
            }

            // The nanoCLR board profile has no .nfproj (it never goes to a board) but runs the device app's
            // hosts on the real runtime: its IL keeps the same rules.
            string profile = Path.Combine(repo, "tests", "ChatFirmware.Nano", "Board", "bin", config, "netstandard2.0", "ChatFirmware.NanoBoard.dll");
            if (!File.Exists(profile))
            {
                Console.Error.WriteLine("missing " + profile + ": build tests/ChatFirmware.Nano (-c " + config + ") first (scripts/nanoframework.sh)");
                return 2;
            }

            GenericsScan.Run(profile, report);
            StaticInitializerScan.Run(profile, report);
            StringTrapsScan.Run(profile, report);

            foreach (NfProject project in projects)
            {
                ProjectCheck.CompileItems(project, report);
            }

            NullInStringArrayCheck.Run(projects, repo, report);
            ProjectCheck.EveryTestSourceInAnAssembly(Path.Combine(repo, "tests", "ChatFirmware.UnitTests"), projects, report);
            ResourceIdCheck.Run(Path.Combine(repo, "src", "ChatFirmware", "Resources.resx"), Path.Combine(repo, "src", "ChatFirmware", "Resources.Designer.cs"), report);
            foreach (string nfproj in NfProjectFiles.Find(repo))
            {
                NfProjectIsolationCheck.Run(repo, nfproj, report);
                AssemblyVersionCheck.Run(repo, nfproj, report);
            }

            PackageDependencyCheck.Run(repo, NfProjectFiles.Find(repo), report);

            HashSet<string> toolchainAssemblies = new HashSet<string>(
                Directory.GetFiles(Path.Combine(toolchain, "lib"), "*.dll").Select(Path.GetFileNameWithoutExtension)!,
                StringComparer.Ordinal);
            for (int i = 0; i < built.Count; i++)
            {
                ProjectCheck.AssemblyReferences(projects[i], built[i].CompiledDll(config), toolchainAssemblies, projects, report);
            }

            string? readme = shared == null ? null : Path.Combine(shared, "nanoframework", "README.md");
            ProjectCheck.PackageVersions(projects, readme != null && File.Exists(readme) ? readme : null, report);

            Console.WriteLine();
            Console.WriteLine(report.FailureCount == 0 ? "conformance checks passed" : report.FailureCount + " conformance check failure(s)");
            return report.FailureCount == 0 ? 0 : 1;
        }
    }
}
