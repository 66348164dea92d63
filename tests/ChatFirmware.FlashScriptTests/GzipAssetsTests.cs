using System.IO;
using System.Linq;
using System.Xml.Linq;
using ChatFirmware.AssetGzip;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// The gzip members the device embeds (src/ChatFirmware.Core/Web/Assets/gz) are generated files,
    /// committed because the Windows build embeds them: they must decompress to exactly the assets
    /// they were made from, with the generator's fixed header, and be what Resources.resx embeds.
    /// </summary>
    [TestClass]
    public sealed class GzipAssetsTests
    {
        [TestMethod]
        public void Every_committed_gzip_asset_decompresses_to_its_source()
        {
            CollectionAssert.AreEqual(System.Array.Empty<string>(), GzipAssets.Verify(Repo.Root));
        }

        [TestMethod]
        public void The_generator_output_decompresses_to_its_input_with_a_fixed_header()
        {
            byte[] content = File.ReadAllBytes(GzipAssets.SourcePath(Repo.Root, "chat.js"));

            byte[] member = GzipAssets.Compress(content);

            Assert.IsNull(GzipAssets.Problem(member, content));
            CollectionAssert.AreEqual(member, GzipAssets.Compress(content), "same input, same bytes");
            Assert.IsLessThan(content.Length / 2, member.Length, "compression pays for itself");
        }

        [TestMethod]
        public void A_stale_member_is_reported()
        {
            byte[] member = GzipAssets.Compress(System.Text.Encoding.UTF8.GetBytes("body{color:red}"));

            Assert.IsNotNull(GzipAssets.Problem(member, System.Text.Encoding.UTF8.GetBytes("body{color:blue}")));
        }

        [TestMethod]
        public void The_device_embeds_exactly_the_gzip_members()
        {
            string resx = Repo.Path("src", "ChatFirmware", "Resources.resx");
            string[] embedded = XDocument.Load(resx).Root!.Elements("data")
                .Select(data => ((string)data.Element("value")!).Split(';')[0].Replace('\\', '/'))
                .Select(path => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(resx)!, path)))
                .OrderBy(path => path, System.StringComparer.Ordinal)
                .ToArray();
            string[] members = GzipAssets.Names.Select(name => GzipAssets.GzipPath(Repo.Root, name)).OrderBy(path => path, System.StringComparer.Ordinal).ToArray();

            CollectionAssert.AreEqual(members, embedded);
        }
    }
}
