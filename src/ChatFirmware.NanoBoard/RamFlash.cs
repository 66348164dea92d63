using System;
using System.Collections;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.NanoBoard
{
    /// <summary>
    /// The profile's flash: named blobs in memory, gone when the process ends (nanoCLR for Linux has no
    /// FileSystem natives). Blobs are copied in and out, so nothing the core holds aliases what is
    /// "on flash"; one lock, since the account store and the history store write from different threads.
    /// </summary>
    internal sealed class RamFlash : IFlashFiles
    {
        private readonly Hashtable _blobs = new Hashtable();

        public byte[] Read(string name)
        {
            lock (_blobs)
            {
                return Copy((byte[])_blobs[name]);
            }
        }

        public void Write(string name, byte[] data)
        {
            byte[] copy = Copy(data);
            lock (_blobs)
            {
                _blobs[name] = copy;
            }
        }

        public void Delete(string name)
        {
            lock (_blobs)
            {
                _blobs.Remove(name);
            }
        }

        private static byte[] Copy(byte[] data)
        {
            if (data == null)
            {
                return null;
            }

            byte[] copy = new byte[data.Length];
            Array.Copy(data, copy, data.Length);
            return copy;
        }
    }
}
