using System.IO;
using ChatFirmware.UnitTests.Settings;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// The sample the shared settings tests parse is the file docs/settings.sample.json. Host only: it
    /// reads the repository, and nanoCLR for Linux has no file system.
    /// </summary>
    [TestClass]
    public class SampleSettingsDocumentTests
    {
        [TestMethod]
        public void The_sample_in_the_settings_tests_is_docs_settings_sample_json()
        {
            string folder = System.AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(folder, "ChatFirmware.sln")))
            {
                folder = Path.GetDirectoryName(folder);
                Assert.IsNotNull(folder, "no ChatFirmware.sln above the test's folder");
            }

            // Compared without carriage returns: a Windows checkout may turn the file's line ends into CRLF.
            Assert.AreEqual(SampleSettingsFileTests.Sample, File.ReadAllText(Path.Combine(folder, "docs", "settings.sample.json")).Replace("\r\n", "\n"));
        }
    }
}
