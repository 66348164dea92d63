using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// Usage: ChatFirmware.ConformanceCheck --repo DIR --bin CONFIG [--shared DIR]
    ///    or: ChatFirmware.ConformanceCheck --repo DIR --bin CONFIG --write-compile-items true
    /// Runs after tests/ChatFirmware.Conformance is built (scripts/conformance.sh does both). Without
    /// the shared folder (../shared beside the clone) the listing-based checks are skipped, loudly.
    /// </summary>
    public static class Program
    {
        private const string DeclarationsAssembly = "ChatFirmware.Conformance.Declarations";

        public static int Main(string[] args)
        {
            Dictionary<string, string> options = new Dictionary<string, string>();
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                options[args[i]] = args[i + 1];
            }

            if (!options.TryGetValue("--repo", out string? repo) || !options.TryGetValue("--bin", out string? config))
            {
                Console.Error.WriteLine("usage: ChatFirmware.ConformanceCheck --repo DIR --bin CONFIG [--shared DIR]");
                return 2;
            }

            repo = Path.GetFullPath(repo);
            if (options.TryGetValue("--write-compile-items", out string? write) && write == "true")
            {
                foreach (string nfproj in new[] { "src/ChatFirmware.Core/ChatFirmware.Core.nfproj", "src/ChatFirmware/ChatFirmware.nfproj", "tests/ChatFirmware.UnitTests/NFUnitTest.nfproj" })
                {
                    Console.WriteLine((CompileItemsWriter.Write(Path.Combine(repo, nfproj)) ? "updated   " : "unchanged ") + nfproj);
                }

                return 0;
            }

            options.TryGetValue("--shared", out string? shared);
            Report report = new Report();

            string conformance = Path.Combine(repo, "tests", "ChatFirmware.Conformance");
            string Output(string project, string assembly) => Path.Combine(conformance, project, "bin", config, "netstandard2.0", assembly + ".dll");
            string declarations = Output("Declarations", DeclarationsAssembly);
            var built = new[]
            {
                (Dll: Output("Core", "ChatFirmware.Core"), Project: Path.Combine(repo, "src", "ChatFirmware.Core", "ChatFirmware.Core.nfproj")),
                (Dll: Output("Device", "ChatFirmware"), Project: Path.Combine(repo, "src", "ChatFirmware", "ChatFirmware.nfproj")),
                (Dll: Output("UnitTests", "NFUnitTest"), Project: Path.Combine(repo, "tests", "ChatFirmware.UnitTests", "NFUnitTest.nfproj")),
            };

            foreach (string dll in built.Select(b => b.Dll).Append(declarations))
            {
                if (!File.Exists(dll))
                {
                    Console.Error.WriteLine("missing " + dll + ": build tests/ChatFirmware.Conformance (-c " + config + ") first");
                    return 2;
                }

                GenericsScan.Run(dll, report);
            }

            List<NfProject> projects = built.Select(b => NfProject.Load(b.Project)).ToList();
            foreach (NfProject project in projects)
            {
                ProjectCheck.CompileItems(project, report);
            }

            ResourceIdCheck.Run(Path.Combine(repo, "src", "ChatFirmware", "Resources.resx"), Path.Combine(repo, "src", "ChatFirmware", "Resources.Designer.cs"), report);
            foreach (string nfproj in NfProjectFiles.Find(repo))
            {
                NfProjectIsolationCheck.Run(repo, nfproj, report);
                AssemblyVersionCheck.Run(repo, nfproj, report);
            }

            PackageDependencyCheck.Run(repo, NfProjectFiles.Find(repo), report);

            string? api = shared == null ? null : Path.Combine(shared, "nanoframework", "api");
            if (api == null || !Directory.Exists(api))
            {
                report.Skip(DeclarationCheck.Check, "no nanoFramework API listings at " + (api ?? "(--shared not given)") + ": declarations, references and package versions not checked");
            }
            else
            {
                ApiListings listings = ApiListings.Load(api);
                SupplementCheck.Add(Path.Combine(conformance, "Declarations", "DhcpServer.allowed.txt"), Path.Combine(shared!, "nanoframework"), listings, report);
                Dictionary<string, string> assemblyOfType = DeclarationCheck.Run(declarations, listings, report);
                for (int i = 0; i < built.Length; i++)
                {
                    ProjectCheck.AssemblyReferences(projects[i], built[i].Dll, DeclarationsAssembly, assemblyOfType, projects, report);
                }

                ProjectCheck.PackageVersions(projects, Path.Combine(shared!, "nanoframework", "README.md"), report);
            }

            Console.WriteLine();
            Console.WriteLine(report.FailureCount == 0 ? "conformance checks passed" : report.FailureCount + " conformance check failure(s)");
            return report.FailureCount == 0 ? 0 : 1;
        }
    }
}
