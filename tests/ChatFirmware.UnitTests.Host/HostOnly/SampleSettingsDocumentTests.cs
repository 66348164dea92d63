using System.IO;
using ChatFirmware.UnitTests.Settings;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.UnitTests.HostOnly
{
    /// <summary>
    /// The sample and the board presets the shared settings tests parse are the files in docs/. Host
    /// only: it reads the repository, and nanoCLR for Linux has no file system.
    /// </summary>
    [TestClass]
    public class SampleSettingsDocumentTests
    {
        [TestMethod]
        public void The_sample_in_the_settings_tests_is_docs_settings_sample_json()
        {
            string folder = RepositoryFolder();

            // Compared without carriage returns: a Windows checkout may turn the file's line ends into CRLF.
            Assert.AreEqual(SampleSettingsFileTests.Sample, Read(folder, "settings.sample.json"));
        }

        [TestMethod]
        public void The_board_presets_in_the_settings_tests_are_the_files_in_docs()
        {
            string folder = RepositoryFolder();

            Assert.AreEqual(BoardPresetsTests.WithoutPsram, Read(folder, "settings-no-psram.json"));
            Assert.AreEqual(BoardPresetsTests.WithPsram, Read(folder, "settings-psram.json"));
        }

        private static string RepositoryFolder()
        {
            string folder = System.AppContext.BaseDirectory;
            while (!File.Exists(Path.Combine(folder, "ChatFirmware.sln")))
            {
                folder = Path.GetDirectoryName(folder);
                Assert.IsNotNull(folder, "no ChatFirmware.sln above the test's folder");
            }

            return folder;
        }

        private static string Read(string folder, string name)
        {
            return File.ReadAllText(Path.Combine(folder, "docs", name)).Replace("\r\n", "\n");
        }
    }
}
