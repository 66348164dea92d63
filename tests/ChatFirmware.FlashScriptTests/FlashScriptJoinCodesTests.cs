using System;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using ZXing.Client.Result;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// What nf-flash.ps1 -WhatIf shows for a board new to the chat: the network name, the passphrase made
    /// by the board's rule, and two QR codes printed as text, read back here from the printed blocks
    /// with ZXing.Net as a phone would read them from the screen. Nothing runs: stub commands record any call.
    /// </summary>
    [TestClass]
    public sealed class FlashScriptJoinCodesTests
    {
        public const string WifiLabel = "Scan to join the Wi-Fi network";
        public const string ChatLabel = "Then scan to open the chat";

        /// <summary>The board's rule: 4 groups of 4 symbols of "abcdefghijkmnpqrstuvwxyz23456789" joined by '-'.</summary>
        public static readonly Regex BoardPassphrase = new Regex("^[a-km-np-z2-9]{4}(-[a-km-np-z2-9]{4}){3}$");

        [TestMethod]
        public void From_a_clean_clone_WhatIf_prints_the_passphrase_and_QR_codes_a_phone_reads()
        {
            // No nanoff installed, no app image built: what a fresh clone has.
            using Sandbox sandbox = Sandbox.Create();

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            string passphrase = TerminalQr.ValueAfter(result.Output, "Passphrase:");
            Assert.AreEqual("ChatFirmware", TerminalQr.ValueAfter(result.Output, "Wi-Fi network:"));
            string joinText = TerminalQr.Read(result.Output, WifiLabel);
            Assert.AreEqual("WIFI:T:WPA;S:ChatFirmware;P:" + passphrase + ";;", joinText);
            WifiParsedResult wifi = TerminalQr.Wifi(joinText);
            Assert.AreEqual("ChatFirmware", wifi.Ssid);
            Assert.AreEqual(passphrase, wifi.Password);
            Assert.AreEqual("WPA", wifi.NetworkEncryption);
            Assert.AreEqual("http://192.168.4.1", TerminalQr.Read(result.Output, ChatLabel));
            StringAssert.Contains(result.Output, "\"Passphrase\": \"" + passphrase + "\"", "the settings file it would copy holds the passphrase shown");
            CollectionAssert.AreEqual(Array.Empty<string>(), sandbox.Calls());
        }

        [TestMethod]
        public void The_passphrase_follows_the_boards_rule_and_is_new_each_run()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            string[] passphrases = Enumerable.Range(0, 3)
                .Select(_ => TerminalQr.ValueAfter(Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipFirmware", "-WhatIf").Output, "Passphrase:"))
                .ToArray();

            foreach (string passphrase in passphrases)
            {
                StringAssert.Matches(passphrase, BoardPassphrase);
            }

            Assert.HasCount(3, passphrases.Distinct(), string.Join(" ", passphrases));
        }

        [TestMethod]
        public void Each_code_is_two_module_rows_a_line_inside_a_quiet_zone_of_four_modules()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-WhatIf");

            foreach (string label in new[] { WifiLabel, ChatLabel })
            {
                string[] block = TerminalQr.BlockAfter(result.Output, label);
                bool[,] modules = TerminalQr.Modules(block);
                int size = block[0].Length - 8;
                Assert.AreEqual(0, (size - 17) % 4, label + ": " + size + " modules is no QR version's size");
                Assert.HasCount((size + 8 + 1) / 2, block, label + ": two module rows a line");
                int[] quiet = TerminalQr.QuietZone(modules);
                Assert.AreEqual(4, quiet[0], label + ": left");
                Assert.AreEqual(4, quiet[1], label + ": top");
                Assert.AreEqual(4, quiet[2], label + ": right");
                Assert.IsGreaterThanOrEqualTo(4, quiet[3], label + ": bottom");
            }
        }

        [TestMethod]
        public void In_colour_every_line_of_a_code_is_black_on_white_whatever_the_terminal_theme()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);
            string script = Repo.Script.Replace("'", "''", StringComparison.Ordinal);

            Pwsh.Result result = Pwsh.RunCommand(sandbox, "$PSStyle.OutputRendering = 'Ansi'; & '" + script + "' -SerialPort COM5 -WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            string passphrase = TerminalQr.ValueAfter(result.Output, "Passphrase:");
            Assert.AreEqual(passphrase, TerminalQr.Wifi(TerminalQr.Read(result.Output, WifiLabel, colour: true)).Password);
            Assert.AreEqual("http://192.168.4.1", TerminalQr.Read(result.Output, ChatLabel, colour: true));
            Assert.DoesNotContain("Printed without colours", result.Output);
        }

        [TestMethod]
        public void Without_colours_the_codes_are_plain_text_with_a_word_on_dark_themes()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);
            sandbox.ExtraEnvironment["NO_COLOR"] = "1";

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            Assert.DoesNotContain("\u001b", result.Output);
            StringAssert.Contains(result.Output, "on a dark terminal theme the codes show inverted");
        }

        [TestMethod]
        public void A_network_name_given_with_Ssid_is_the_one_in_the_code_with_its_escapes()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);
            string ssid = "Caf\u00e9; \"Workshop\":1";

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipFirmware", "-Ssid", ssid, "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            Assert.AreEqual(ssid, TerminalQr.ValueAfter(result.Output, "Wi-Fi network:"));
            string joinText = TerminalQr.Read(result.Output, WifiLabel);
            StringAssert.StartsWith(joinText, "WIFI:T:WPA;S:Caf\u00e9\\; \\\"Workshop\\\"\\:1;P:");
            Assert.AreEqual(ssid, TerminalQr.Wifi(joinText).Ssid);
        }

        [TestMethod]
        public void A_network_name_the_board_would_refuse_stops_the_script_before_anything_runs()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result tooLong = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-Ssid", new string('\u00e9', 16), "-WhatIf");
            Pwsh.Result control = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-Ssid", "tab\there", "-WhatIf");

            Assert.AreNotEqual(0, tooLong.ExitCode, tooLong.ToString());
            StringAssert.Contains(tooLong.Output + tooLong.Error, "1 to 31 bytes");
            Assert.AreNotEqual(0, control.ExitCode, control.ToString());
            Assert.IsEmpty(tooLong.Commands("nanoff"));
            Assert.IsEmpty(control.Commands("nanoff"));
        }

        [TestMethod]
        public void MassErase_gives_a_new_passphrase_without_asking_the_board_first()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-MassErase", "-Image", Repo.Script, "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            CollectionAssert.AreEqual(
                new[]
                {
                    "nanoff --update --target ESP32_REV0 --serialport COM5 --masserase",
                    "nanoff --nanodevice --devicedetails --serialport COM5",
                    "nanoff --filedeployment " + Quoted(Repo.Path("artifacts", "nf-flash", "deploy.json")) + " --serialport COM5",
                    "nanoff --nanodevice --deploy --serialport COM5 --image " + Quoted(Repo.Script),
                },
                result.Commands("nanoff"),
                result.ToString());
            StringAssert.Matches(TerminalQr.ValueAfter(result.Output, "Passphrase:"), BoardPassphrase);
        }

        [TestMethod]
        public void SkipApp_makes_no_passphrase_which_comes_with_the_app()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipApp", "-MassErase", "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            Assert.DoesNotContain("Passphrase:", result.Output);
            Assert.IsFalse(result.Commands("nanoff").Any(c => c.Contains("--filedeployment", StringComparison.Ordinal)), result.ToString());
        }

        [TestMethod]
        public void NewPassphrase_alone_copies_only_the_settings_file_then_asks_for_a_reset()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result result = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipFirmware", "-SkipApp", "-NewPassphrase", "-Ssid", "Workshop chat", "-WhatIf");

            Assert.AreEqual(0, result.ExitCode, result.ToString());
            CollectionAssert.AreEqual(new[] { "nanoff --filedeployment " + Quoted(Repo.Path("artifacts", "nf-flash", "deploy.json")) + " --serialport COM5" }, result.Commands("nanoff"), result.ToString());
            StringAssert.Contains(result.Output + result.Error, "replaces I:\\chat\\settings.json");
            StringAssert.Contains(result.Output, "EN/RESET");
            WifiParsedResult wifi = TerminalQr.Wifi(TerminalQr.Read(result.Output, WifiLabel));
            Assert.AreEqual("Workshop chat", wifi.Ssid);
            Assert.AreEqual(TerminalQr.ValueAfter(result.Output, "Passphrase:"), wifi.Password);
        }

        [TestMethod]
        public void NewPassphrase_and_Ssid_are_refused_where_no_passphrase_of_the_script_is_copied()
        {
            using Sandbox sandbox = Sandbox.Create(nanoffExitCode: 0);

            Pwsh.Result withReset = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-ResetChatData", "-NewPassphrase", "-WhatIf");
            Pwsh.Result withSettings = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SettingsFile", Repo.Path("docs", "settings.sample.json"), "-Ssid", "Workshop", "-WhatIf");
            Pwsh.Result firmwareOnly = Pwsh.RunScript(sandbox, "-SerialPort", "COM5", "-SkipApp", "-Ssid", "Workshop", "-WhatIf");

            foreach (Pwsh.Result result in new[] { withReset, withSettings, firmwareOnly })
            {
                Assert.AreNotEqual(0, result.ExitCode, result.ToString());
                Assert.IsEmpty(result.Commands("nanoff"), result.ToString());
            }
        }

        private static string Quoted(string path) => path.Contains(' ', StringComparison.Ordinal) ? "\"" + path + "\"" : path;
    }
}
