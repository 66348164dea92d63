using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>
    /// nanoFramework finds an embedded resource by a 16-bit id that its resource compiler derives from
    /// the resource's name; the designer class's enum must carry the same ids or GetObject fails at
    /// run time on the board. Recomputes each id the way the Visual Studio extension does
    /// (ProcessResourceFiles.GenerateIdFromResourceName) and checks every .resx entry has its enum member.
    /// </summary>
    public static class ResourceIdCheck
    {
        public const string Check = "resource-ids";

        public static void Run(string resx, string designer, Report report)
        {
            List<string> names = XDocument.Load(resx).Root!.Elements("data").Select(e => ((string)e.Attribute("name")!).Replace('.', '_')).ToList();
            Dictionary<string, int> declared = new Dictionary<string, int>();
            foreach (Match member in Regex.Matches(File.ReadAllText(designer), @"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(-?[0-9]+),", RegexOptions.Multiline))
            {
                declared[member.Groups[1].Value] = int.Parse(member.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            }

            int failures = 0;
            foreach (string name in names)
            {
                short id = GenerateId(name);
                if (!declared.TryGetValue(name, out int value))
                {
                    failures++;
                    report.Fail(Check, Path.GetFileName(designer) + " has no enum member for resource " + name + " (expected " + name + " = " + id + ")");
                }
                else if (value != id)
                {
                    failures++;
                    report.Fail(Check, Path.GetFileName(designer) + ": " + name + " = " + value + " but the resource compiler gives it id " + id);
                }
            }

            foreach (string extra in declared.Keys.Where(k => !names.Contains(k)))
            {
                failures++;
                report.Fail(Check, Path.GetFileName(designer) + " declares " + extra + ", which " + Path.GetFileName(resx) + " does not contain");
            }

            // A ResXFileRef names a file beside the .resx ("path;type"); the Windows build fails without it.
            string folder = Path.GetDirectoryName(resx)!;
            foreach (XElement data in XDocument.Load(resx).Root!.Elements("data"))
            {
                string value = (string?)data.Element("value") ?? string.Empty;
                int separator = value.IndexOf(';');
                if (((string?)data.Attribute("type") ?? string.Empty).StartsWith("System.Resources.ResXFileRef", System.StringComparison.Ordinal) && separator > 0)
                {
                    string file = Path.GetFullPath(Path.Combine(folder, value.Substring(0, separator).Replace('\\', '/')));
                    if (!File.Exists(file))
                    {
                        failures++;
                        report.Fail(Check, Path.GetFileName(resx) + ": resource " + (string?)data.Attribute("name") + " refers to " + value.Substring(0, separator) + ", which does not exist");
                    }
                }
            }

            if (failures == 0)
            {
                report.Pass(Check, names.Count + " resources of " + Path.GetFileName(resx) + " carry the resource compiler's ids, and their files exist");
            }
        }

        /// <summary>The nanoFramework resource compiler's id: a 32-bit string hash folded to 16 bits.</summary>
        public static short GenerateId(string name)
        {
            unchecked
            {
                int hash1 = (5381 << 16) + 5381;
                int hash2 = hash1;
                for (int i = 0; i < name.Length; i++)
                {
                    if (i % 2 == 0)
                    {
                        hash1 = ((hash1 << 5) + hash1) ^ name[i];
                    }
                    else
                    {
                        hash2 = ((hash2 << 5) + hash2) ^ name[i];
                    }
                }

                int hash = hash1 + (hash2 * 1566083941);
                return (short)((short)(hash >> 16) ^ (short)hash);
            }
        }
    }
}
