using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// The .nfproj files are built only on Windows, and that build compiles only the files they list:
    /// these checks keep them honest from Linux. Every .cs beside a project is one of its Compile items
    /// (and every item exists); every nanoFramework assembly the compiled code uses is referenced;
    /// each HintPath points into a package packages.config pins; one package version everywhere,
    /// the newest 1.x the shared README records (or the newer one a pinned package needs,
    /// PackageDependencies.cs); one System.Net.Http.dll, one System.Net.WebSockets.dll.
    /// </summary>
    public static class ProjectCheck
    {
        public const string Listing = "nfproj-compile-items";
        public const string References = "nfproj-references";
        public const string Packages = "packages";

        public static void CompileItems(NfProject project, Report report)
        {
            HashSet<string> listed = new HashSet<string>(project.Compile, StringComparer.Ordinal);
            List<string> onDisk = Directory.GetFiles(project.Folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !IsBuildOutput(project.Folder, f))
                .Select(Path.GetFullPath)
                .ToList();
            int missing = 0;
            foreach (string file in onDisk.Where(f => !listed.Contains(f)).OrderBy(f => f, StringComparer.Ordinal))
            {
                missing++;
                report.Fail(Listing, Path.GetFileName(project.Path) + " does not compile " + Relative(project, file) + ": add <Compile Include=\"" + Relative(project, file).Replace('/', '\\') + "\" />");
            }

            foreach (string item in project.Compile.Where(f => !File.Exists(f)))
            {
                missing++;
                report.Fail(Listing, Path.GetFileName(project.Path) + " lists " + Relative(project, item) + ", which does not exist");
            }

            if (missing == 0)
            {
                report.Pass(Listing, Relative(project) + " lists all " + onDisk.Count + " .cs files of its folder");
            }
        }

        /// <summary>
        /// Every assembly the code compiled against the toolchain uses must be referenced by the .nfproj:
        /// a toolchain library by a Reference, one of the firmware's own by a ProjectReference.
        /// </summary>
        public static void AssemblyReferences(NfProject project, string compiledPath, IReadOnlySet<string> toolchainAssemblies, IReadOnlyList<NfProject> all, Report report)
        {
            HashSet<string> needed = new HashSet<string>(StringComparer.Ordinal);
            HashSet<string> neededProjects = new HashSet<string>(StringComparer.Ordinal);
            using (FileStream stream = File.OpenRead(compiledPath))
            using (PEReader pe = new PEReader(stream))
            {
                MetadataReader reader = pe.GetMetadataReader();
                foreach (TypeReferenceHandle handle in reader.TypeReferences)
                {
                    string? scope = SignatureFormatter.ScopeAssembly(reader, handle);
                    if (scope != null)
                    {
                        (toolchainAssemblies.Contains(scope) ? needed : neededProjects).Add(scope);
                    }
                }
            }

            string name = Path.GetFileName(project.Path);
            HashSet<string> referenced = new HashSet<string>(project.References.Select(r => r.FileAssembly), StringComparer.Ordinal);
            int failures = 0;
            foreach (string assembly in needed.Where(a => !referenced.Contains(a)).OrderBy(a => a, StringComparer.Ordinal))
            {
                failures++;
                report.Fail(References, name + " uses " + assembly + " but has no <Reference> whose HintPath ends in " + assembly + ".dll");
            }

            HashSet<string> projectAssemblies = new HashSet<string>(all.Where(p => project.ProjectReferences.Contains(p.Path)).Select(p => p.AssemblyName), StringComparer.Ordinal);
            foreach (string assembly in neededProjects.Where(a => !projectAssemblies.Contains(a)).OrderBy(a => a, StringComparer.Ordinal))
            {
                failures++;
                report.Fail(References, name + " uses " + assembly + " but has no <ProjectReference> to the .nfproj that builds it");
            }

            if (failures == 0)
            {
                report.Pass(References, Relative(project) + " references every assembly its code uses (" + string.Join(", ", needed.Concat(neededProjects).OrderBy(a => a, StringComparer.Ordinal)) + ")");
            }
        }

        /// <summary>A test file no .nfproj compiles would run under MSTest and never on nanoFramework.</summary>
        public static void EveryTestSourceInAnAssembly(string testsRoot, IReadOnlyList<NfProject> projects, Report report)
        {
            HashSet<string> compiled = new HashSet<string>(projects.SelectMany(p => p.Compile), StringComparer.Ordinal);
            List<string> orphans = Directory.GetFiles(testsRoot, "*.cs", SearchOption.AllDirectories)
                .Select(Path.GetFullPath)
                .Where(f => !compiled.Contains(f) && !IsBuildOutput(testsRoot, f))
                .Select(f => Path.GetRelativePath(testsRoot, f))
                .ToList();
            foreach (string orphan in orphans)
            {
                report.Fail(Listing, orphan + " is in no test assembly: move it into a folder of tests/ChatFirmware.UnitTests that holds an NFUnitTest.<folder>.nfproj (or Support/)");
            }

            if (orphans.Count == 0)
            {
                report.Pass(Listing, "every .cs of tests/ChatFirmware.UnitTests is compiled by a .nfproj");
            }
        }

        public static void PackageVersions(IReadOnlyList<NfProject> projects, string? sharedReadme, Report report)
        {
            int failures = 0;
            Dictionary<string, string> newest = sharedReadme == null ? new Dictionary<string, string>() : NewestVersions(File.ReadAllText(sharedReadme));
            Dictionary<string, string> seen = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (NfProject project in projects)
            {
                string name = Path.GetFileName(project.Path);
                HashSet<string> pinned = new HashSet<string>(project.Packages.Select(p => p.Key + "." + p.Value), StringComparer.Ordinal);
                foreach (NfReference reference in project.References)
                {
                    if (reference.PackageFolder == null || !pinned.Contains(reference.PackageFolder))
                    {
                        failures++;
                        report.Fail(Packages, name + ": the HintPath of " + reference.FileAssembly + " (" + reference.HintPath + ") is not in a package its packages.config pins");
                    }
                }

                foreach (IGrouping<string, NfReference> same in project.References.GroupBy(r => r.FileAssembly).Where(g => g.Count() > 1))
                {
                    failures++;
                    report.Fail(Packages, name + " references " + same.Count() + " copies of " + same.Key + ".dll (only one of each assembly family may be referenced)");
                }

                foreach (KeyValuePair<string, string> package in project.Packages)
                {
                    if (seen.TryGetValue(package.Key, out string? other) && other != package.Value)
                    {
                        failures++;
                        report.Fail(Packages, name + " pins " + package.Key + " " + package.Value + " but another project pins " + other + " (keep them in step)");
                    }

                    seen[package.Key] = package.Value;
                    string? wanted = PackageDependencies.ExpectedPin(package.Key, newest);
                    if (wanted != null && wanted != package.Value)
                    {
                        failures++;
                        report.Fail(Packages, name + " pins " + package.Key + " " + package.Value + " but expects " + wanted + ": the newest 1.x the shared README records, or the newer one a pinned package needs (PackageDependencies.cs)");
                    }
                }
            }

            if (failures == 0)
            {
                report.Pass(Packages, seen.Count + " packages pinned in step" + (sharedReadme == null ? string.Empty : " at the shared README's newest 1.x versions (newer where a pinned package needs it)") + ", every HintPath inside a pinned package");
            }
        }

        /// <summary>"| nanoFramework.X (...) | listed | newest |" rows, and the DhcpServer sentence.</summary>
        public static Dictionary<string, string> NewestVersions(string readme)
        {
            Dictionary<string, string> newest = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (Match row in Regex.Matches(readme, @"^\|\s*(nanoFramework\.[A-Za-z0-9.]+)[^|]*\|[^|]*\|\s*([0-9]+\.[0-9]+\.[0-9]+)", RegexOptions.Multiline))
            {
                newest[row.Groups[1].Value] = row.Groups[2].Value;
            }

            foreach (Match sentence in Regex.Matches(readme, @"(nanoFramework\.[A-Za-z0-9.]+) \(newest seen ([0-9]+\.[0-9]+\.[0-9]+)\)"))
            {
                newest[sentence.Groups[1].Value] = sentence.Groups[2].Value;
            }

            return newest;
        }

        private static bool IsBuildOutput(string root, string file)
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            return relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal);
        }

        private static string Relative(NfProject project, string file) => Path.GetRelativePath(project.Folder, file).Replace('\\', '/');

        /// <summary>A project named with its folder ("Chat/NFUnitTest.Chat.nfproj").</summary>
        private static string Relative(NfProject project) => Path.GetFileName(project.Folder) + "/" + Path.GetFileName(project.Path);
    }
}
