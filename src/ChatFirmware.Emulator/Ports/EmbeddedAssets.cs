using System;
using System.Collections.Concurrent;
using System.IO;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Emulator.Ports
{
    /// <summary>
    /// What the device serves from flash: the same build-time gzip members (Web/Assets/gz), embedded
    /// in the emulator's assembly, so both hosts send the same bytes with the same ETags.
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
            return _members.GetOrAdd(name, Load);
        }

        private static byte[]? Load(string name)
        {
            using Stream? stream = typeof(EmbeddedAssets).Assembly.GetManifestResourceStream("asset:" + name);
            if (stream == null)
            {
                return null;
            }

            using MemoryStream member = new MemoryStream();
            stream.CopyTo(member);
            return member.ToArray();
        }
    }
}
