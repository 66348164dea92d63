using System;
using System.IO;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// nanoff's own traps, read in nanoframework/nanoFirmwareFlasher and worked around by nf-flash.ps1:
    /// it targets net8.0 without roll-forward (nanoFirmwareFlasher.Tool.csproj), so it does not start
    /// where only a newer .NET is installed; "--reset" is never read by a "--nanodevice" operation
    /// (NanoDeviceManager.cs); its file deployment prints "Error deploying content file" and still exits 0
    /// (FileDeployment/FileDeploymentManager.cs); and a board that has just been flashed is still booting.
    /// </summary>
    [TestClass]
    public sealed class FlashScriptNanoffTrapsTests
    {
        [TestMethod]
        public void No_nanoff_command_passes_reset_which_a_nanodevice_deployment_ignores()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);
            string[][] runs =
            {
                new[] { "-SerialPort", "COM5", "-WhatIf" },
                new[] { "-SerialPort", "COM5", "-SkipFirmware", "-WhatIf" },
                new[] { "-SerialPort", "COM5", "-MassErase", "-Target", "ESP32_PSRAM_REV0", "-WhatIf" },
            };

            foreach (string[] arguments in runs)
            {
                Pwsh.Result result = Pwsh.RunScript(sandbox, arguments);

                Assert.AreEqual(0, result.ExitCode, result.ToString());
                string[] nanodevice = result.Commands("nanoff").Where(c => c.Contains("--nanodevice", StringComparison.Ordinal)).ToArray();
                Assert.IsNotEmpty(nanodevice, result.ToString());
                foreach (string command in nanodevice)
                {
                    Assert.DoesNotContain("--reset", command);
                }
            }
        }

        [TestMethod]
        public void Every_nanoff_call_runs_with_major_roll_forward_so_a_newer_dotnet_can_start_it()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);
            string image = Path.Combine(sandbox.Folder, "ChatFirmware.bin");
            File.WriteAllBytes(image, new byte[] { 1 });

            Pwsh.Result flash = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-Image", image);
            Pwsh.Result files = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-ResetChatData");

            Assert.AreEqual(0, flash.ExitCode, flash.ToString());
            Assert.AreEqual(0, files.ExitCode, files.ToString());
            Assert.HasCount(6, sandbox.RollForwardSeen(), "chat probe, update, boot probe, passphrase file, deploy; reset marker file");
            CollectionAssert.AreEqual(Enumerable.Repeat("Major", 6).ToArray(), sandbox.RollForwardSeen());
        }

        [TestMethod]
        public void A_roll_forward_the_caller_chose_is_kept()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);
            sandbox.ExtraEnvironment["DOTNET_ROLL_FORWARD"] = "LatestMajor";

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipApp");

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            CollectionAssert.AreEqual(new[] { "LatestMajor" }, sandbox.RollForwardSeen());
        }

        [TestMethod]
        public void WhatIf_says_how_to_start_nanoff_without_the_dotnet_8_runtime()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipApp", "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            StringAssert.Contains(result.Output, "DOTNET_ROLL_FORWARD=Major");
        }

        [TestMethod]
        public void ResetChatData_fails_when_nanoff_reports_a_file_it_could_not_deploy_yet_exits_0()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.WithNanoff("echo 'Deploying file /tmp/reset-chat-data to I:/chat/reset-chat-data...'\necho 'Error deploying content file /tmp/reset-chat-data to I:/chat/reset-chat-data'\nexit 0");

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-ResetChatData");

            Assert.AreNotEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output + run.Error, "Error deploying content file");
            Assert.DoesNotContain("Now press the board", run.Output, "no instruction to reset the board after a failed copy");
        }

        [TestMethod]
        public void SettingsFile_fails_when_nanoff_reports_an_exception_while_deploying_a_file()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.WithNanoff("echo 'Exception deploying content file /tmp/settings.json to I:/chat/settings.json'\nexit 0");

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SettingsFile", Repo.Path("docs", "settings.sample.json"));

            Assert.AreNotEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output + run.Error, "Exception deploying content file");
        }

        [TestMethod]
        public void After_a_firmware_update_the_app_is_deployed_once_the_board_answers_its_wire_protocol()
        {
            Sandbox.RequireStubs();
            string counter = Path.Combine(Path.GetTempPath(), "chatfw-probe-" + Guid.NewGuid().ToString("N"));
            File.WriteAllText(counter, "0\n");
            try
            {
                using Sandbox sandbox = Sandbox.WithNanoff(FailingProbes(counter, failures: 2));
                string image = Path.Combine(sandbox.Folder, "ChatFirmware.bin");
                File.WriteAllBytes(image, new byte[] { 1 });

                // With -MassErase nothing asks the board before the update: every probe here is the wait.
                Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-MassErase", "-Image", image);

                Assert.AreEqual(0, run.ExitCode, run.ToString());
                CollectionAssert.AreEqual(
                    new[]
                    {
                        "nanoff --update --target ESP32_REV0 --serialport COM5 --masserase",
                        "nanoff --nanodevice --devicedetails --serialport COM5",
                        "nanoff --nanodevice --devicedetails --serialport COM5",
                        "nanoff --nanodevice --devicedetails --serialport COM5",
                        "nanoff --filedeployment " + Repo.Path("artifacts", "nf-flash", "deploy.json") + " --serialport COM5",
                        "nanoff --nanodevice --deploy --serialport COM5 --image " + image,
                    },
                    sandbox.Calls(),
                    run.ToString());
            }
            finally
            {
                File.Delete(counter);
            }
        }

        [TestMethod]
        public void A_board_that_never_answers_after_the_update_stops_the_script_before_the_deploy()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.WithNanoff("case \"$*\" in *--devicedetails*) echo \"Couldn't connect to specified nano device.\"; exit 1;; esac\nexit 0");
            string image = Path.Combine(sandbox.Folder, "ChatFirmware.bin");
            File.WriteAllBytes(image, new byte[] { 1 });

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-Image", image);

            Assert.AreNotEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output + run.Error, "Couldn't connect to specified nano device.");
            Assert.IsFalse(sandbox.Calls().Any(c => c.Contains("deploy", StringComparison.Ordinal)), "neither the passphrase nor the app: " + string.Join(" | ", sandbox.Calls()));
        }

        [TestMethod]
        public void Without_a_firmware_update_nothing_waits_for_a_restart()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            string[] commands = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipFirmware", "-WhatIf").Commands("nanoff");

            // Only the question whether the board runs the chat, first; then the passphrase and the app.
            Assert.HasCount(3, commands);
            Assert.AreEqual("nanoff --nanodevice --devicedetails --serialport COM5", commands[0]);
            StringAssert.StartsWith(commands[1], "nanoff --filedeployment ");
            StringAssert.StartsWith(commands[2], "nanoff --nanodevice --deploy ");
        }

        /// <summary>A nanoff whose first <paramref name="failures"/> "--devicedetails" calls find no board.</summary>
        private static string FailingProbes(string counter, int failures)
        {
            return "case \"$*\" in *--devicedetails*)\n"
                + "  read n < '" + counter + "'\n"
                + "  n=$((n + 1))\n"
                + "  printf '%s\\n' \"$n\" > '" + counter + "'\n"
                + "  if [ \"$n\" -le " + failures + " ]; then echo \"Couldn't connect to specified nano device.\"; exit 1; fi;;\n"
                + "esac\n"
                + "exit 0";
        }
    }
}
