using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatFirmware.Core.Settings;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// nf-flash.ps1 against stub boards: a board that does not run the chat gets a new Wi-Fi passphrase as
    /// its settings file, before the app, and the codes printed are for that passphrase; a board that runs
    /// the chat keeps its own unless -NewPassphrase. nanoff cannot read the board's files, so the script
    /// goes by the assemblies the board reports. (Stubs are shell scripts: Linux and macOS.)
    /// </summary>
    /// <remarks>Alone: real runs stage their files in the one artifacts/nf-flash folder.</remarks>
    [TestClass]
    [DoNotParallelize]
    public sealed class FlashScriptPassphraseTests
    {
        private const string Probe = "nanoff --nanodevice --devicedetails --serialport COM5";
        private const string Update = "nanoff --update --target ESP32_REV0 --serialport COM5";

        private static string FileDeployment => "nanoff --filedeployment " + Repo.Path("artifacts", "nf-flash", "deploy.json") + " --serialport COM5";

        [TestMethod]
        public void A_new_board_gets_its_passphrase_as_settings_file_before_the_app_and_the_codes_are_for_it()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.WithNanoff(StubBoard.New);
            string image = Image(sandbox);

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-Image", image);

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            CollectionAssert.AreEqual(new[] { Probe, Probe, Probe, Update, Probe, FileDeployment, Deploy(image) }, sandbox.Calls(), run.ToString());
            string passphrase = TerminalQr.ValueAfter(run.Output, "Passphrase:");
            StringAssert.Matches(passphrase, FlashScriptJoinCodesTests.BoardPassphrase);
            NetworkSettings network = Deployed(sandbox);
            Assert.AreEqual("ChatFirmware", network.Ssid);
            Assert.AreEqual(passphrase, network.Passphrase);
            Assert.IsNull(NetworkSettingsRules.Problem(network), "the board saves and applies these settings as they are");
            Assert.AreEqual(passphrase, TerminalQr.Wifi(TerminalQr.Read(run.Output, FlashScriptJoinCodesTests.WifiLabel)).Password);
            Assert.AreEqual("http://192.168.4.1", TerminalQr.Read(run.Output, FlashScriptJoinCodesTests.ChatLabel));
            Assert.IsFalse(File.Exists(StubBoard.StagedSettings), "the staged copy of the passphrase is deleted");
        }

        [TestMethod]
        public void A_board_that_runs_the_chat_keeps_its_passphrase()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.WithNanoff(StubBoard.RunsChat);
            string image = Image(sandbox);

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-Image", image);

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            CollectionAssert.AreEqual(new[] { Probe, Update, Probe, Deploy(image) }, sandbox.Calls(), run.ToString());
            Assert.DoesNotContain("Passphrase:", run.Output);
            Assert.DoesNotContain(FlashScriptJoinCodesTests.WifiLabel, run.Output);
            StringAssert.Contains(run.Output, "keeps its Wi-Fi name and passphrase");
            Assert.IsFalse(File.Exists(StubBoard.CapturedSettings(sandbox)), "no settings file was copied");
        }

        [TestMethod]
        public void NewPassphrase_replaces_the_passphrase_of_a_board_that_runs_the_chat()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.WithNanoff(StubBoard.RunsChat);
            string image = Image(sandbox);

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipFirmware", "-NewPassphrase", "-Ssid", "Workshop chat", "-Image", image);

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            CollectionAssert.AreEqual(new[] { FileDeployment, Deploy(image) }, sandbox.Calls(), run.ToString());
            NetworkSettings network = Deployed(sandbox);
            Assert.AreEqual("Workshop chat", network.Ssid);
            Assert.AreEqual(TerminalQr.ValueAfter(run.Output, "Passphrase:"), network.Passphrase);
            StringAssert.Contains(run.Output + run.Error, "replaces I:\\chat\\settings.json");
        }

        [TestMethod]
        public void A_board_that_runs_another_nanoFramework_app_gets_a_passphrase()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.WithNanoff(StubBoard.RunsAnotherApp);
            string image = Image(sandbox);

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipFirmware", "-Image", image);

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            CollectionAssert.AreEqual(new[] { Probe, FileDeployment, Deploy(image) }, sandbox.Calls(), run.ToString());
            Assert.AreEqual(TerminalQr.ValueAfter(run.Output, "Passphrase:"), Deployed(sandbox).Passphrase);
        }

        [TestMethod]
        public void A_settings_copy_nanoff_reports_as_failed_stops_before_the_app_and_shows_no_passphrase()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.WithNanoff(s => "case \"$*\" in *--filedeployment*) echo 'Error deploying content file /tmp/settings.json to I:/chat/settings.json';; esac\n" + StubBoard.RunsAnotherApp(s));
            string image = Image(sandbox);

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipFirmware", "-Image", image);

            Assert.AreNotEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output + run.Error, "Error deploying content file");
            CollectionAssert.AreEqual(new[] { Probe, FileDeployment }, sandbox.Calls(), run.ToString());
            Assert.DoesNotContain("Passphrase:", run.Output);
            Assert.IsFalse(File.Exists(StubBoard.StagedSettings), "the staged copy of the passphrase is deleted");
        }

        [TestMethod]
        public void Ssid_for_a_board_that_keeps_its_settings_stops_the_script_before_flashing()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.WithNanoff(StubBoard.RunsChat);

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-Ssid", "Workshop chat", "-Image", Image(sandbox));

            Assert.AreNotEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output + run.Error, "-NewPassphrase");
            CollectionAssert.AreEqual(new[] { Probe }, sandbox.Calls(), run.ToString());
        }

        private static string Image(Sandbox sandbox)
        {
            string image = Path.Combine(sandbox.Folder, "ChatFirmware.bin");
            File.WriteAllBytes(image, new byte[] { 1 });
            return image;
        }

        private static string Deploy(string image) => "nanoff --nanodevice --deploy --serialport COM5 --image " + image;

        /// <summary>
        /// The Network section of the settings file nanoff was given, read as the emulator reads the board's
        /// format: the core's SettingsDocument, case-sensitive names, an unknown name refused.
        /// </summary>
        private static NetworkSettings Deployed(Sandbox sandbox)
        {
            string path = StubBoard.CapturedSettings(sandbox);
            Assert.IsTrue(File.Exists(path), "no settings file was deployed");
            byte[] bytes = File.ReadAllBytes(path);
            Assert.IsFalse(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "a byte order mark the board's JSON reader does not expect");
            JsonSerializerOptions options = new JsonSerializerOptions { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };
            SettingsDocument? document = JsonSerializer.Deserialize<SettingsDocument>(bytes, options);
            Assert.IsNotNull(document?.Network, File.ReadAllText(path));
            Assert.IsNull(document.Chat, "the chat's limits stay the board's defaults");
            return document.Network;
        }
    }
}
