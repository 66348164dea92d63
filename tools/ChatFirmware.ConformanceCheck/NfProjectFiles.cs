using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// Every .nfproj in the clone, wherever it is (build output, tools and restored packages aside):
    /// rules about the Windows build hold for projects added later too, such as the unit-test split's.
    /// </summary>
    public static class NfProjectFiles
    {
        public static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        private static readonly HashSet<string> NotSources = new HashSet<string>(StringComparer.Ordinal)
        {
            "bin", "obj", ".git", ".tools", "artifacts", "packages", "node_modules", "TestResults",
        };

        public static IReadOnlyList<string> Find(string repo)
        {
            List<string> found = new List<string>();
            Collect(repo, found);
            found.Sort(StringComparer.Ordinal);
            return found;
        }

        /// <summary>The path as the checks print it: relative to the clone, with forward slashes.</summary>
        public static string Relative(string repo, string path) => Path.GetRelativePath(repo, path).Replace('\\', '/');

        /// <summary>
        /// The value of a property set unconditionally before the project's first Import, or null. Such a
        /// value is in place before any MSBuild file the project imports reads it.
        /// </summary>
        public static string? PropertyBeforeFirstImport(XDocument project, string name)
        {
            foreach (XElement element in project.Root!.Elements())
            {
                if (element.Name == MsBuild + "Import")
                {
                    return null;
                }

                if (element.Name == MsBuild + "PropertyGroup" && element.Attribute("Condition") == null)
                {
                    XElement? property = element.Elements(MsBuild + name).LastOrDefault(p => p.Attribute("Condition") == null);
                    if (property != null)
                    {
                        return property.Value.Trim();
                    }
                }
            }

            return null;
        }

        private static void Collect(string folder, List<string> found)
        {
            found.AddRange(Directory.GetFiles(folder, "*.nfproj"));
            foreach (string child in Directory.GetDirectories(folder))
            {
                if (!NotSources.Contains(Path.GetFileName(child)))
                {
                    Collect(child, found);
                }
            }
        }
    }
}
