using System;
using System.IO;

namespace ChatFirmware.EndToEnd
{
    /// <summary>A data folder a test shares between emulator runs, removed when the test ends.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = TestEmulator.NewDataFolder();
        }

        public string Path { get; }

        public void Dispose()
        {
            if (Directory.Exists(Path))
            {
                Directory.Delete(Path, true);
            }
        }
    }
}
