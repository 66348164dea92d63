using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// Each packages.config is a consistent set by PackageDependencies' record: every pinned package has a
    /// row for its pinned version, and what that row needs is pinned beside it at that version or newer,
    /// with the same major.minor. Rows for versions pinned nowhere are stale and fail too.
    /// </summary>
    public static class PackageDependencyCheck
    {
        public const string Check = "package-dependencies";

        public static void Run(string repo, IEnumerable<string> nfprojs, Report report)
        {
            int failures = 0;
            HashSet<PackageRecord> used = new HashSet<PackageRecord>();
            foreach (string nfproj in nfprojs)
            {
                NfProject project = NfProject.Load(nfproj);
                string name = NfProjectFiles.Relative(repo, Path.Combine(project.Folder, "packages.config"));
                Dictionary<string, string> pinned = project.Packages.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                foreach (KeyValuePair<string, string> package in project.Packages)
                {
                    PackageRecord? record = PackageDependencies.Find(package.Key, package.Value);
                    if (record == null)
                    {
                        failures++;
                        report.Fail(Check, name + " pins " + package.Key + " " + package.Value + ", which PackageDependencies.cs has no row for: read what that version references (its repository at tag v" + package.Value + ") and add it");
                        continue;
                    }

                    used.Add(record);
                    foreach (KeyValuePair<string, string> needed in record.Needs)
                    {
                        string? problem = Problem(needed.Key, needed.Value, pinned);
                        if (problem != null)
                        {
                            failures++;
                            report.Fail(Check, name + ": " + package.Key + " " + package.Value + " needs " + needed.Key + " " + needed.Value + " (" + record.Source + "), " + problem);
                        }
                    }
                }
            }

            foreach (PackageRecord stale in PackageDependencies.Known.Where(r => !used.Contains(r)))
            {
                failures++;
                report.Fail(Check, "PackageDependencies.cs has a row for " + stale.Id + " " + stale.Version + ", which no packages.config pins: update or remove it");
            }

            if (failures == 0)
            {
                report.Pass(Check, "every pinned package's dependencies are pinned beside it, at the version it was built against or a newer one of the same major.minor");
            }
        }

        private static string? Problem(string id, string needed, IReadOnlyDictionary<string, string> pinned)
        {
            if (!pinned.TryGetValue(id, out string? version))
            {
                return "which is not pinned beside it: its assembly would be missing from the build and the board";
            }

            Version have = Version.Parse(version);
            Version want = Version.Parse(needed);
            if (have < want)
            {
                return "but " + version + " is pinned (an older one: CS1705 and MSB3277 in the Windows build)";
            }

            if (have.Major != want.Major || have.Minor != want.Minor)
            {
                return "but " + version + " is pinned (another major.minor: nanoCLR does not link it)";
            }

            return null;
        }
    }
}
