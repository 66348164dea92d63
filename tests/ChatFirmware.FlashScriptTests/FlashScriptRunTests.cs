using System.IO;
using System.Text.Json;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// nf-flash.ps1 without -WhatIf, against a stub nanoff that records its arguments: the commands it
    /// runs are the ones -WhatIf prints, a failing step stops the script, and the file deployment's
    /// deploy.json is what nanoff expects. (Stubs are shell scripts: Linux and macOS.)
    /// </summary>
    [TestClass]
    public sealed class FlashScriptRunTests
    {
        [TestMethod]
        public void It_runs_the_commands_WhatIf_prints()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);
            string image = Path.Combine(sandbox.Folder, "ChatFirmware.bin");
            File.WriteAllBytes(image, new byte[] { 1, 2, 3 });
            string[] arguments = { "-SerialPort", "COM5", "-FirmwareVersion", "1.12.4.54", "-Image", image };

            string[] printed = Pwsh.RunScript(sandbox, Append(arguments, "-WhatIf")).Commands("nanoff");
            Pwsh.Result run = Pwsh.RunScript(sandbox, arguments);

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            CollectionAssert.AreEqual(printed, sandbox.Calls(), run.ToString());
        }

        [TestMethod]
        public void A_failing_nanoff_stops_the_script_with_its_exit_code_named()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 3);

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipApp");

            Assert.AreNotEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output + run.Error, "exit code 3");
            Assert.HasCount(1, sandbox.Calls());
        }

        [TestMethod]
        public void A_missing_app_image_stops_before_nanoff_runs()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipFirmware", "-Image", Path.Combine(sandbox.Folder, "missing.bin"));

            Assert.AreNotEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output + run.Error, "no app image");
            Assert.IsEmpty(sandbox.Calls());
        }

        // Alone: other classes' real runs write the same artifacts/nf-flash/deploy.json.
        [TestMethod]
        [DoNotParallelize]
        public void ResetChatData_writes_the_marker_and_a_deploy_json_nanoff_reads()
        {
            Sandbox.RequireStubs();
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result run = Pwsh.RunScript(sandbox, "-SerialPort", "COM9", "-ResetChatData");

            Assert.AreEqual(0, run.ExitCode, run.ToString());
            string deployPath = Repo.Path("artifacts", "nf-flash", "deploy.json");
            CollectionAssert.AreEqual(new[] { "nanoff --filedeployment " + deployPath + " --serialport COM9" }, sandbox.Calls());
            using JsonDocument deploy = JsonDocument.Parse(File.ReadAllText(deployPath));
            Assert.AreEqual("COM9", deploy.RootElement.GetProperty("serialport").GetString());
            JsonElement file = deploy.RootElement.GetProperty("files")[0];
            Assert.AreEqual("I:\\chat\\reset-chat-data", file.GetProperty("DestinationFilePath").GetString());
            Assert.IsTrue(File.Exists(file.GetProperty("SourceFilePath").GetString()), "the marker's source file exists");
        }

        private static string[] Append(string[] arguments, string extra)
        {
            string[] all = new string[arguments.Length + 1];
            arguments.CopyTo(all, 0);
            all[arguments.Length] = extra;
            return all;
        }
    }
}
