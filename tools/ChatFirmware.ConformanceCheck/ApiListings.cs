using System;
using System.Collections.Generic;
using System.IO;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>One type of a listing: its assembly, its type line and its member lines.</summary>
    public sealed class ApiType
    {
        public ApiType(string assembly, string typeLine)
        {
            Assembly = assembly;
            TypeLine = typeLine;
        }

        public string Assembly { get; }

        public string TypeLine { get; }

        public HashSet<string> Members { get; } = new HashSet<string>(StringComparer.Ordinal);
    }

    /// <summary>
    /// The public API of the real nanoFramework assemblies, as listed in ../shared/nanoframework/api
    /// ("# Assembly, Version=..." then "Namespace.Type  [kind : Base]" and "Namespace.Type::member" lines).
    /// </summary>
    public sealed class ApiListings
    {
        private readonly Dictionary<string, ApiType> _types = new Dictionary<string, ApiType>(StringComparer.Ordinal);

        public IReadOnlyDictionary<string, ApiType> Types => _types;

        public static ApiListings Load(string apiFolder)
        {
            ApiListings listings = new ApiListings();
            foreach (string file in Directory.GetFiles(apiFolder, "*.txt"))
            {
                listings.Add(File.ReadAllLines(file), file);
            }

            return listings;
        }

        /// <summary>Adds a listing: its first line names the assembly, the rest are type and member lines.</summary>
        public void Add(IEnumerable<string> lines, string source)
        {
            string? assembly = null;
            foreach (string raw in lines)
            {
                string line = raw.TrimEnd();
                if (line.Length == 0)
                {
                    continue;
                }

                if (line.StartsWith('#'))
                {
                    if (assembly == null)
                    {
                        assembly = line.Substring(1).Trim().Split(',', ' ')[0];
                    }

                    continue;
                }

                if (assembly == null)
                {
                    throw new InvalidDataException(source + ": the first line must be \"# AssemblyName, Version=...\"");
                }

                int members = line.IndexOf("::", StringComparison.Ordinal);
                int kind = line.IndexOf("  [", StringComparison.Ordinal);
                if (members > 0 && (kind < 0 || members < kind))
                {
                    Type(line.Substring(0, members), assembly, null).Members.Add(line);
                }
                else if (kind > 0)
                {
                    Type(line.Substring(0, kind), assembly, line);
                }
                else
                {
                    throw new InvalidDataException(source + ": not a type or member line: " + line);
                }
            }
        }

        private ApiType Type(string name, string assembly, string? typeLine)
        {
            if (_types.TryGetValue(name, out ApiType? type))
            {
                if (typeLine != null && type.TypeLine.Length == 0)
                {
                    ApiType replaced = new ApiType(assembly, typeLine);
                    replaced.Members.UnionWith(type.Members);
                    _types[name] = replaced;
                    return replaced;
                }

                return type;
            }

            type = new ApiType(assembly, typeLine ?? string.Empty);
            _types.Add(name, type);
            return type;
        }
    }
}
