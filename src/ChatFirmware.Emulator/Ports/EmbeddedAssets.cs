using System.IO;
using ChatFirmware.Core;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Emulator.Ports
{
    /// <summary>The page assets embedded in the core's .NET assembly (the device embeds the same files as resources).</summary>
    public sealed class EmbeddedAssets : IAssetSource
    {
        public byte[]? Read(string name)
        {
            using Stream? stream = typeof(ChatServer).Assembly.GetManifestResourceStream("asset:" + name);
            if (stream == null)
            {
                return null;
            }

            using MemoryStream copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
