using System.Collections;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.UnitTests.Fakes
{
    /// <summary>Page assets held in memory; unknown names read as null, as on a host without them.</summary>
    public sealed class MemoryAssets : IAssetSource
    {
        private readonly ArrayList _names = new ArrayList();
        private readonly ArrayList _bytes = new ArrayList();

        public int Reads { get; private set; }

        /// <summary>The two assets the core serves, with small stand-in contents.</summary>
        public static MemoryAssets Standard()
        {
            MemoryAssets assets = new MemoryAssets();
            assets.Put("app.css", Bytes.Utf8("body{font-family:sans-serif}"));
            assets.Put("chat.js", Bytes.Utf8("'use strict';document.title='chat';"));
            return assets;
        }

        public void Put(string name, byte[] bytes)
        {
            int index = _names.IndexOf(name);
            if (index >= 0)
            {
                _bytes[index] = bytes;
                return;
            }

            _names.Add(name);
            _bytes.Add(bytes);
        }

        public byte[] Read(string name)
        {
            Reads++;
            int index = _names.IndexOf(name);
            return index < 0 ? null : (byte[])_bytes[index];
        }
    }
}
