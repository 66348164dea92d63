using System;
using System.IO;
using ChatFirmware.AssetGzip;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>The clone these tests run from.</summary>
    public static class Repo
    {
        public static readonly string Root = GzipAssets.FindRepo(AppContext.BaseDirectory);

        public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

        public static string Script => Path("nf-flash.ps1");

        public static string NewTempFolder()
        {
            string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "chatfw-flash-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return folder;
        }
    }
}
