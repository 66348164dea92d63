using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>A legacy .nfproj as far as the checks need it: Compile items, references and packages.config.</summary>
    public sealed class NfProject
    {
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        private NfProject(string path)
        {
            Path = System.IO.Path.GetFullPath(path);
            Folder = System.IO.Path.GetDirectoryName(Path)!;
            XDocument project = XDocument.Load(Path);
            Compile = project.Descendants(MsBuild + "Compile").Select(e => Resolve((string)e.Attribute("Include")!)).ToList();
            References = project.Descendants(MsBuild + "Reference")
                .Select(e => new NfReference((string)e.Attribute("Include")!, (string?)e.Element(MsBuild + "HintPath")))
                .ToList();
            ProjectReferences = project.Descendants(MsBuild + "ProjectReference").Select(e => Resolve((string)e.Attribute("Include")!)).ToList();
            AssemblyName = project.Descendants(MsBuild + "AssemblyName").Select(e => e.Value).FirstOrDefault() ?? string.Empty;
            string config = System.IO.Path.Combine(Folder, "packages.config");
            Packages = File.Exists(config)
                ? XDocument.Load(config).Descendants("package").Select(e => new KeyValuePair<string, string>((string)e.Attribute("id")!, (string)e.Attribute("version")!)).ToList()
                : new List<KeyValuePair<string, string>>();
        }

        public string Path { get; }

        public string Folder { get; }

        public string AssemblyName { get; }

        /// <summary>Full paths of the Compile items.</summary>
        public List<string> Compile { get; }

        public List<NfReference> References { get; }

        /// <summary>Full paths of the referenced projects.</summary>
        public List<string> ProjectReferences { get; }

        /// <summary>packages.config beside the project: id and version.</summary>
        public List<KeyValuePair<string, string>> Packages { get; }

        public static NfProject Load(string path) => new NfProject(path);

        /// <summary>A path written the Windows way, relative to the project.</summary>
        public string Resolve(string include)
        {
            return System.IO.Path.GetFullPath(System.IO.Path.Combine(Folder, include.Replace('\\', '/')));
        }
    }

    public sealed class NfReference
    {
        public NfReference(string include, string? hintPath)
        {
            Include = include;
            HintPath = hintPath;
        }

        public string Include { get; }

        public string? HintPath { get; }

        /// <summary>The referenced file's name without extension: the assembly's name.</summary>
        public string FileAssembly => HintPath == null ? Include.Split(',')[0].Trim() : Path.GetFileNameWithoutExtension(HintPath.Replace('\\', '/'));

        /// <summary>"id.version" of the package folder the HintPath points into (packages\id.version\lib\file).</summary>
        public string? PackageFolder
        {
            get
            {
                if (HintPath == null)
                {
                    return null;
                }

                string[] parts = HintPath.Replace('\\', '/').Split('/');
                int packages = Array.LastIndexOf(parts, "packages");
                return packages >= 0 && packages + 1 < parts.Length ? parts[packages + 1] : null;
            }
        }
    }
}
