using System.IO;
using System.Net;
using System.Threading.Tasks;
using ChatFirmware.Core.Ports;
using ChatFirmware.Core.Settings;
using ChatFirmware.Emulator;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.EndToEnd
{
    /// <summary>
    /// A settings.json the board cannot read never keeps the chat from serving: the board starts with
    /// the defaults and a warning, and so does the emulator.
    /// </summary>
    [TestClass]
    public sealed class SettingsFileTests
    {
        [TestMethod]
        public async Task A_corrupt_settings_json_starts_the_emulator_with_the_defaults_and_a_warning()
        {
            using TempFolder folder = new TempFolder();
            File.WriteAllText(Path.Combine(folder.Path, "settings.json"), "{ \"Chat\": { \"MaxUsers\": 4,, }");

            using EmulatorProcess emulator = await EmulatorProcess.StartAsync(folder.Path);

            using BrowserLikeClient client = new BrowserLikeClient(emulator.BaseUri);
            Assert.AreEqual(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            StringAssert.Contains(emulator.Output, "warn: settings: ignoring " + Path.Combine(folder.Path, "settings.json") + " (");
            StringAssert.Contains(emulator.Output, "; using the defaults");
        }

        [TestMethod]
        public void A_name_the_settings_do_not_have_is_reported_and_the_rest_applies()
        {
            using TempFolder folder = new TempFolder();
            File.WriteAllText(Path.Combine(folder.Path, "settings.json"), "{ \"Chat\": { \"MaxUsers\": 4, \"MaxUser\": 5 } }");
            WarningLog log = new WarningLog();

            ChatSettings settings = SettingsFile.Load(null, folder.Path, log);

            Assert.AreEqual(4, settings.MaxUsers);
            Assert.IsTrue(log.Warned("MaxUser"), "the typo is named");
        }

        [TestMethod]
        public void A_settings_file_that_is_not_the_expected_shape_gives_the_defaults()
        {
            using TempFolder folder = new TempFolder();
            File.WriteAllText(Path.Combine(folder.Path, "settings.json"), "[1, 2, 3]");
            WarningLog log = new WarningLog();

            ChatSettings settings = SettingsFile.Load(null, folder.Path, log);

            Assert.AreEqual(new ChatSettings().MaxUsers, settings.MaxUsers);
            Assert.IsTrue(log.Warned("using the defaults"));
        }

        private sealed class WarningLog : ILog
        {
            private readonly System.Collections.Generic.List<string> _warnings = new System.Collections.Generic.List<string>();

            public void Info(string message)
            {
            }

            public void Warn(string message) => _warnings.Add(message);

            public bool Warned(string text) => _warnings.Exists(w => w.Contains(text, System.StringComparison.Ordinal));
        }
    }
}
