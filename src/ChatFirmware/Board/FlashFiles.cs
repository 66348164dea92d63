using System;
using System.IO;
using ChatFirmware.Core.Ports;

namespace ChatFirmware.Ports
{
    /// <summary>
    /// The core's blobs as files in one folder of the board's LittleFS volume. Writes go straight to
    /// the file: the core's A/B slots already survive a write torn at any byte, so a temp-file dance
    /// (and File.Move, which cannot overwrite) would only add flash wear.
    /// </summary>
    internal sealed class FlashFiles : IFlashFiles
    {
        private readonly string _folder;

        public FlashFiles(string folder)
        {
            _folder = folder;
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        public byte[] Read(string name)
        {
            string path = PathOf(name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        }

        public void Write(string name, byte[] data)
        {
            // Dispose closes the LittleFS file, which is what commits its data.
            using (FileStream stream = new FileStream(PathOf(name), FileMode.Create, FileAccess.Write))
            {
                stream.Write(data, 0, data.Length);
                stream.Flush();
            }
        }

        public void Delete(string name)
        {
            string path = PathOf(name);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }

        /// <summary>A plain file name inside the folder; anything that could leave it is refused.</summary>
        private string PathOf(string name)
        {
            if (!IsPlainName(name))
            {
                throw new ArgumentException("not a plain file name: " + name);
            }

            return _folder + name;
        }

        /// <summary>No separator, drive colon or "..": read through its chars (the string indexer and IndexOf are unsafe on the board).</summary>
        private static bool IsPlainName(string name)
        {
            if (name == null || name.Length == 0)
            {
                return false;
            }

            char[] chars = name.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
            {
                char c = chars[i];
                if (c == '\\' || c == '/' || c == ':' || (c == '.' && i > 0 && chars[i - 1] == '.'))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
