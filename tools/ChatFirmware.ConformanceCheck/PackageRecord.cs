using System.Collections.Generic;

namespace ChatFirmware.ConformanceCheck
{
    /// <summary>One pinned package version and the packages its assembly was built against.</summary>
    public sealed class PackageRecord
    {
        public PackageRecord(string id, string version, string source, IReadOnlyDictionary<string, string> needs)
        {
            Id = id;
            Version = version;
            Source = source;
            Needs = needs;
        }

        public string Id { get; }

        public string Version { get; }

        /// <summary>Where the versions were read.</summary>
        public string Source { get; }

        /// <summary>Package id and the version this package was built against.</summary>
        public IReadOnlyDictionary<string, string> Needs { get; }
    }
}
