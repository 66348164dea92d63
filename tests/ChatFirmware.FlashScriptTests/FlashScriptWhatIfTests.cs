using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// nf-flash.ps1 -WhatIf prints the exact nanoff commands, one a line, and runs, installs and writes
    /// nothing: checked under PowerShell 7 with stub commands that would record any call.
    /// </summary>
    [TestClass]
    public sealed class FlashScriptWhatIfTests
    {
        private static readonly string DefaultImage = Repo.Path("src", "ChatFirmware", "bin", "Release", "ChatFirmware.bin");

        [TestMethod]
        public void By_default_it_asks_for_the_chat_flashes_ESP32_REV0_waits_for_the_board_copies_the_passphrase_then_deploys_the_app()
        {
            using Sandbox sandbox = Sandbox.Create();

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            CollectionAssert.AreEqual(
                new[]
                {
                    "dotnet tool install --global nanoff",
                    "nanoff --nanodevice --devicedetails --serialport COM5",
                    "nanoff --update --target ESP32_REV0 --serialport COM5",
                    "nanoff --nanodevice --devicedetails --serialport COM5",
                    "nanoff --filedeployment " + Quoted(Repo.Path("artifacts", "nf-flash", "deploy.json")) + " --serialport COM5",
                    "nanoff --nanodevice --deploy --serialport COM5 --image " + Quoted(DefaultImage),
                },
                result.Commands("dotnet", "nanoff"),
                result.ToString());
        }

        // Alone: other classes' real runs write the same artifacts/nf-flash files.
        [TestMethod]
        [DoNotParallelize]
        public void WhatIf_runs_installs_and_writes_nothing()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);
            string stage = Repo.Path("artifacts", "nf-flash", "deploy.json");
            DateTime? before = File.Exists(stage) ? File.GetLastWriteTimeUtc(stage) : null;

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-UpdateNanoff", "-MassErase", "-WhatIf");
            Pwsh.Result passphrase = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-NewPassphrase", "-WhatIf");
            Pwsh.Result files = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-ResetChatData", "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            Assert.AreEqual(0, passphrase.ExitCode, passphrase.ToString());
            Assert.AreEqual(0, files.ExitCode, files.ToString());
            StringAssert.Contains(passphrase.Output, "Passphrase:");
            CollectionAssert.AreEqual(Array.Empty<string>(), sandbox.Calls(), "a stub was called: " + string.Join(" | ", sandbox.Calls()));
            Assert.AreEqual(before, File.Exists(stage) ? File.GetLastWriteTimeUtc(stage) : null, "deploy.json was written");
            Assert.IsFalse(File.Exists(StubBoard.StagedSettings), "a settings file with a passphrase was written");
            Assert.Contains("dotnet tool update --global nanoff", result.Commands("dotnet"));
        }

        [TestMethod]
        public void Target_firmware_version_and_mass_erase_reach_the_firmware_command_with_a_warning()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "/dev/ttyUSB0", "-Target", "ESP32_S3_QUAD", "-FirmwareVersion", "1.12.4.54", "-MassErase", "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            string[] commands = result.Commands("nanoff");
            Assert.AreEqual("nanoff --update --target ESP32_S3_QUAD --serialport /dev/ttyUSB0 --fwversion 1.12.4.54 --masserase", commands[0], result.ToString());
            Assert.Contains("wipes the whole flash", result.Output + result.Error);
            Assert.IsEmpty(result.Commands("dotnet"), "nanoff is on the PATH: nothing to install");
        }

        [TestMethod]
        public void SkipFirmware_and_SkipApp_leave_out_their_step()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            string[] appOnly = Pwsh.RunScript(sandbox, "-SerialPort", "COM7", "-SkipFirmware", "-WhatIf").Commands("nanoff");
            string[] firmwareOnly = Pwsh.RunScript(sandbox, "-SerialPort", "COM7", "-SkipApp", "-WhatIf").Commands("nanoff");

            Assert.IsFalse(appOnly.Any(c => c.Contains("--update", StringComparison.Ordinal)), string.Join(" | ", appOnly));
            StringAssert.StartsWith(appOnly[^1], "nanoff --nanodevice --deploy --serialport COM7 ");
            CollectionAssert.AreEqual(new[] { "nanoff --update --target ESP32_REV0 --serialport COM7" }, firmwareOnly);
        }

        [TestMethod]
        public void The_app_is_never_deployed_to_nanoffs_fixed_target_address()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            string deploy = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-Target", "ESP32_PSRAM_REV0", "-WhatIf").Commands("nanoff").Single(c => c.Contains("--deploy", StringComparison.Ordinal));

            StringAssert.Contains(deploy, "--nanodevice");
            Assert.DoesNotContain("--target", deploy);
            Assert.DoesNotContain("--address", deploy);
        }

        [TestMethod]
        public void An_image_path_with_spaces_is_quoted()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            string deploy = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipFirmware", "-Image", "/tmp/my builds/ChatFirmware.bin", "-WhatIf").Commands("nanoff").Single(c => c.Contains("--deploy", StringComparison.Ordinal));

            Assert.AreEqual("nanoff --nanodevice --deploy --serialport COM5 --image \"/tmp/my builds/ChatFirmware.bin\"", deploy);
        }

        [TestMethod]
        public void ResetChatData_only_copies_the_marker_file_to_the_chat_folder()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-ResetChatData", "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            CollectionAssert.AreEqual(new[] { "nanoff --filedeployment " + Quoted(Repo.Path("artifacts", "nf-flash", "deploy.json")) + " --serialport COM5" }, result.Commands("nanoff"), result.ToString());
            StringAssert.Contains(result.Output, "\"DestinationFilePath\": \"I:\\\\chat\\\\reset-chat-data\"");
            StringAssert.Contains(result.Output, "EN/RESET");
        }

        [TestMethod]
        public void A_settings_file_is_checked_then_copied_to_the_chat_folder()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);
            string shortPassphrase = Path.Combine(sandbox.Folder, "short.json");
            File.WriteAllText(shortPassphrase, "{\"Network\":{\"Passphrase\":\"1234567\"}}");

            Pwsh.Result good = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SettingsFile", Repo.Path("docs", "settings.sample.json"), "-WhatIf");
            Pwsh.Result bad = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SettingsFile", shortPassphrase, "-WhatIf");

            Assert.AreEqual(0, good.ExitCode, good.ToString());
            StringAssert.Contains(good.Output, "\"DestinationFilePath\": \"I:\\\\chat\\\\settings.json\"");
            Assert.AreNotEqual(0, bad.ExitCode, bad.ToString());
            StringAssert.Contains(bad.Output + bad.Error, "8 to 63 characters, printable ASCII");
        }

        [TestMethod]
        public void A_serial_port_is_required_and_options_are_validated()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Assert.AreNotEqual(0, Pwsh.RunScript(sandbox, "-WhatIf").ExitCode);
            Assert.AreNotEqual(0, Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-Target", "ESP32; rm -rf /", "-WhatIf").ExitCode);
            Assert.AreNotEqual(0, Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-FirmwareVersion", "latest", "-WhatIf").ExitCode);
            Assert.AreNotEqual(0, Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-ResetChatData", "-MassErase", "-WhatIf").ExitCode);
        }

        [TestMethod]
        public void Get_Help_documents_every_option_with_examples()
        {
            using Sandbox sandbox = Sandbox.Create();
            string script = Repo.Script.Replace("'", "''", StringComparison.Ordinal);

            Pwsh.Result help = Pwsh.RunCommand(sandbox, "$h = Get-Help -Full '" + script + "'; $h.parameters.parameter | ForEach-Object { $_.name + '=' + [bool]$_.description }; 'examples=' + @($h.examples.example).Count");

            Assert.AreEqual(0, help.ExitCode, help.ToString());
            foreach (string option in new[] { "SerialPort", "Target", "FirmwareVersion", "Image", "SkipFirmware", "SkipApp", "MassErase", "NewPassphrase", "Ssid", "ResetChatData", "SettingsFile", "UpdateNanoff" })
            {
                StringAssert.Contains(help.Output, option + "=True", help.ToString());
            }

            StringAssert.Contains(help.Output, "examples=4");
        }

        private static string Quoted(string path) => path.Contains(' ', StringComparison.Ordinal) ? "\"" + path + "\"" : path;
    }
}
