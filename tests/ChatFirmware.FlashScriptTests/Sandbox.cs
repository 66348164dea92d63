using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// A PATH holding only stub "dotnet" and (optionally) "nanoff" commands that record their arguments
    /// instead of touching a board or installing anything, and an empty HOME (no ~/.dotnet/tools/nanoff):
    /// the script's behaviour no longer depends on the machine the tests run on. The stub nanoff also
    /// records the DOTNET_ROLL_FORWARD it was started with, and can act like nanoff does (print, fail).
    /// </summary>
    public sealed class Sandbox : IDisposable
    {
        private Sandbox(string folder)
        {
            Folder = folder;
            Bin = System.IO.Path.Combine(folder, "bin");
            Home = System.IO.Path.Combine(folder, "home");
            CallLog = System.IO.Path.Combine(folder, "calls.log");
            RollForwardLog = System.IO.Path.Combine(folder, "roll-forward.log");
            Directory.CreateDirectory(Bin);
            Directory.CreateDirectory(Home);
        }

        public string Folder { get; }

        public string Bin { get; }

        public string Home { get; }

        /// <summary>One line per stub call: the tool's name and its arguments.</summary>
        public string CallLog { get; }

        /// <summary>One line per nanoff call: the DOTNET_ROLL_FORWARD it saw, or "(unset)".</summary>
        public string RollForwardLog { get; }

        public static bool StubsSupported => !OperatingSystem.IsWindows();

        /// <summary>Ends a test that needs the stub commands as inconclusive where they cannot run.</summary>
        public static void RequireStubs()
        {
            if (!StubsSupported)
            {
                Assert.Inconclusive("stub commands are shell scripts (Linux and macOS)");
            }
        }

        /// <summary>A sandbox whose stub dotnet records calls; with <paramref name="nanoffExitCode"/>, a stub nanoff too.</summary>
        public static Sandbox Create(int? nanoffExitCode = null)
        {
            return WithNanoff(nanoffExitCode == null ? null : "exit " + nanoffExitCode.Value);
        }

        /// <summary>
        /// A sandbox whose stub nanoff, after recording the call, runs <paramref name="nanoffScript"/>
        /// (POSIX sh with only its builtins: the PATH holds nothing else; "$*" is the arguments).
        /// </summary>
        public static Sandbox WithNanoff(string? nanoffScript)
        {
            Func<Sandbox, string>? script = nanoffScript == null ? null : _ => nanoffScript;
            return WithNanoff(script);
        }

        /// <summary>As <see cref="WithNanoff(string?)"/>, with a script that may keep state in files of the sandbox's folder.</summary>
        public static Sandbox WithNanoff(Func<Sandbox, string>? nanoffScript)
        {
            Sandbox sandbox = new Sandbox(Repo.NewTempFolder());
            if (!OperatingSystem.IsWindows())
            {
                sandbox.AddStub("dotnet", "exit 0");
                if (nanoffScript != null)
                {
                    sandbox.AddStub("nanoff", "printf '%s\\n' \"${DOTNET_ROLL_FORWARD:-(unset)}\" >> '" + sandbox.RollForwardLog + "'\n" + nanoffScript(sandbox));
                }
            }

            return sandbox;
        }

        public string[] Calls() => File.Exists(CallLog) ? File.ReadAllLines(CallLog) : Array.Empty<string>();

        public string[] RollForwardSeen() => File.Exists(RollForwardLog) ? File.ReadAllLines(RollForwardLog) : Array.Empty<string>();

        /// <summary>Variables the script is started with besides the sandbox's own (null removes one).</summary>
        public IDictionary<string, string?> ExtraEnvironment { get; } = new Dictionary<string, string?>();

        public IDictionary<string, string?> Environment()
        {
            Dictionary<string, string?> variables = new Dictionary<string, string?>
            {
                ["PATH"] = Bin,
                ["HOME"] = Home,
                ["USERPROFILE"] = Home,
                ["DOTNET_ROOT"] = Pwsh.DotnetRoot,
                ["NO_COLOR"] = "1",
                ["POWERSHELL_TELEMETRY_OPTOUT"] = "1",
                ["POWERSHELL_UPDATECHECK"] = "Off",

                // Not inherited from whatever runs the tests: the script's own choice is under test.
                ["DOTNET_ROLL_FORWARD"] = null,
            };
            foreach (KeyValuePair<string, string?> extra in ExtraEnvironment)
            {
                variables[extra.Key] = extra.Value;
            }

            return variables;
        }

        public void Dispose()
        {
            Directory.Delete(Folder, true);
        }

        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        private void AddStub(string name, string script)
        {
            string path = System.IO.Path.Combine(Bin, name);
            File.WriteAllText(path, "#!/bin/sh\nprintf '%s\\n' \"" + name + " $*\" >> '" + CallLog + "'\n" + script + "\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
