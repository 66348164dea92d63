using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Text;
using ChatFirmware.Core.Text;
using ChatFirmware.Core.Web;

namespace ChatFirmware.AssetGzip
{
    /// <summary>
    /// The page assets and their gzip members (RFC 1952). The header is fixed (no file name, no time
    /// stamp, OS "unknown"), so the output depends only on the asset and the deflate implementation;
    /// <see cref="Verify"/> checks the committed members by decompressing them, which holds whatever
    /// the zlib version that made them.
    /// </summary>
    public static class GzipAssets
    {
        /// <summary>What the core serves from flash (Web/StaticAssets.cs) and the device embeds (Resources.resx).</summary>
        public static IReadOnlyList<string> Names => StaticAssets.Names;

        public const string SourceFolder = "src/ChatFirmware.Core/Web/Assets";

        public const string GzipFolder = "src/ChatFirmware.Core/Web/Assets/gz";

        /// <summary>ID1 ID2 CM=deflate FLG=0 MTIME=0 XFL=2 (best compression) OS=255 (unknown).</summary>
        private static readonly byte[] Header = { 0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff };

        public static string SourcePath(string repo, string name) => Path.Combine(repo, SourceFolder, name);

        public static string GzipPath(string repo, string name) => Path.Combine(repo, GzipFolder, name + ".gz");

        public static byte[] Compress(byte[] content)
        {
            using MemoryStream output = new MemoryStream();
            output.Write(Header);
            using (DeflateStream deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                deflate.Write(content);
            }

            Span<byte> trailer = stackalloc byte[8];
            BitConverter.TryWriteBytes(trailer.Slice(0, 4), Crc32.Compute(content, 0, content.Length));
            BitConverter.TryWriteBytes(trailer.Slice(4, 4), (uint)content.Length);
            output.Write(trailer);
            return output.ToArray();
        }

        /// <summary>What is wrong with a committed member, or null when it is the gzip of <paramref name="content"/>.</summary>
        public static string? Problem(byte[] member, byte[] content)
        {
            if (member.Length < Header.Length + 8 || !member.AsSpan(0, Header.Length).SequenceEqual(Header))
            {
                return "its header is not the generator's fixed gzip header";
            }

            byte[] inflated;
            try
            {
                using GZipStream gzip = new GZipStream(new MemoryStream(member), CompressionMode.Decompress);
                using MemoryStream copy = new MemoryStream();
                gzip.CopyTo(copy);
                inflated = copy.ToArray();
            }
            catch (InvalidDataException e)
            {
                return "it is not valid gzip (" + e.Message + ")";
            }

            if (!inflated.AsSpan().SequenceEqual(content))
            {
                return "it decompresses to " + inflated.Length + " bytes that differ from the " + content.Length + "-byte source";
            }

            return null;
        }

        /// <summary>Writes every member and the hashes file; returns the paths (from the repo) whose file changed.</summary>
        public static List<string> Write(string repo)
        {
            FlashContent content = new FlashContent(repo);
            List<string> changed = new List<string>();
            Directory.CreateDirectory(Path.Combine(repo, GzipFolder));
            foreach (string name in Names)
            {
                WriteIfChanged(repo, GzipFolder + "/" + name + ".gz", Compress(content.Render(name)), changed);
            }

            WriteIfChanged(repo, FlashContent.HashesFile, Encoding.UTF8.GetBytes(content.HashesSource()), changed);
            return changed;
        }

        /// <summary>One line per stale or missing file; empty when all match their sources.</summary>
        public static List<string> Verify(string repo)
        {
            FlashContent content = new FlashContent(repo);
            List<string> problems = new List<string>();
            foreach (string name in Names)
            {
                string path = GzipPath(repo, name);
                string? problem = File.Exists(path) ? Problem(File.ReadAllBytes(path), content.Render(name)) : "it is missing";
                if (problem != null)
                {
                    problems.Add(GzipFolder + "/" + name + ".gz is stale: " + problem + " (run: dotnet run --project tools/ChatFirmware.AssetGzip)");
                }
            }

            string hashes = Path.Combine(repo, FlashContent.HashesFile);
            if (!File.Exists(hashes) || File.ReadAllText(hashes) != content.HashesSource())
            {
                problems.Add(FlashContent.HashesFile + " is stale: the CSP would block the inline code (run: dotnet run --project tools/ChatFirmware.AssetGzip)");
            }

            return problems;
        }

        private static void WriteIfChanged(string repo, string relativePath, byte[] bytes, List<string> changed)
        {
            string path = Path.Combine(repo, relativePath);
            if (!File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                File.WriteAllBytes(path, bytes);
                changed.Add(relativePath);
            }
        }

        /// <summary>The clone's root: the nearest folder upwards that holds ChatFirmware.sln.</summary>
        public static string FindRepo(string start)
        {
            for (DirectoryInfo? folder = new DirectoryInfo(start); folder != null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "ChatFirmware.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("no ChatFirmware.sln above " + start);
        }
    }
}
