using System.IO;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Emulator.Ports
{
    /// <summary>The core's flash files as plain files in the data folder, flushed to disk before a write returns.</summary>
    public sealed class DataFolderFlash : IFlashFiles
    {
        private readonly string _folder;

        public DataFolderFlash(string folder)
        {
            _folder = Path.GetFullPath(folder);
            Directory.CreateDirectory(_folder);
        }

        public byte[]? Read(string name)
        {
            string path = PathOf(name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public void Write(string name, byte[] data)
        {
            using FileStream stream = new FileStream(PathOf(name), FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough);
            stream.Write(data, 0, data.Length);
            stream.Flush(true);
        }

        public void Delete(string name)
        {
            File.Delete(PathOf(name));
        }

        private string PathOf(string name)
        {
            // The core only uses plain names; refuse anything that could leave the folder.
            if (name.Length == 0 || name.IndexOfAny(new[] { '/', '\\' }) >= 0 || name.Contains(".."))
            {
                throw new IOException("invalid flash file name: " + name);
            }

            return Path.Combine(_folder, name);
        }
    }
}
