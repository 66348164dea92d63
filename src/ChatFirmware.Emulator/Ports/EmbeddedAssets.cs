using System;
using System.Collections.Concurrent;
using System.IO;
using System.IO.Compression;
using ChatFirmware.Core;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Emulator.Ports
{
    /// <summary>
    /// The page assets embedded in the core's .NET assembly, gzipped once at first use. The device
    /// embeds the build-time gzip members of the same files (Web/Assets/gz); both decompress to the
    /// same bytes and carry the same gzip trailer, hence the same ETag.
    /// </summary>
    public sealed class EmbeddedAssets : IAssetSource
    {
        private readonly ConcurrentDictionary<string, byte[]?> _members = new ConcurrentDictionary<string, byte[]?>();

        /// <summary>The host has memory to spare: the core puts each asset whole in the response.</summary>
        public bool SendsInSlices => false;

        public int Length(string name)
        {
            return Member(name)?.Length ?? -1;
        }

        public byte[] Read(string name, int offset, int count)
        {
            byte[] member = Member(name) ?? throw new FileNotFoundException("no asset " + name);
            return member.AsSpan(offset, count).ToArray();
        }

        private byte[]? Member(string name)
        {
            return _members.GetOrAdd(name, Compress);
        }

        private static byte[]? Compress(string name)
        {
            using Stream? stream = typeof(ChatServer).Assembly.GetManifestResourceStream("asset:" + name);
            if (stream == null)
            {
                return null;
            }

            using MemoryStream member = new MemoryStream();
            using (GZipStream gzip = new GZipStream(member, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                stream.CopyTo(gzip);
            }

            return member.ToArray();
        }
    }
}
