using System;
using System.Collections.Generic;
using System.IO;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// A PATH holding only stub "dotnet" and (optionally) "nanoff" commands that record their arguments
    /// instead of touching a board or installing anything, and an empty HOME (no ~/.dotnet/tools/nanoff):
    /// the script's behaviour no longer depends on the machine the tests run on.
    /// </summary>
    public sealed class Sandbox : IDisposable
    {
        private Sandbox(string folder)
        {
            Folder = folder;
            Bin = System.IO.Path.Combine(folder, "bin");
            Home = System.IO.Path.Combine(folder, "home");
            CallLog = System.IO.Path.Combine(folder, "calls.log");
            Directory.CreateDirectory(Bin);
            Directory.CreateDirectory(Home);
        }

        public string Folder { get; }

        public string Bin { get; }

        public string Home { get; }

        /// <summary>One line per stub call: the tool's name and its arguments.</summary>
        public string CallLog { get; }

        public static bool StubsSupported => !OperatingSystem.IsWindows();

        /// <summary>A sandbox whose stub dotnet records calls; with <paramref name="nanoffExitCode"/>, a stub nanoff too.</summary>
        public static Sandbox Create(int? nanoffExitCode = null)
        {
            Sandbox sandbox = new Sandbox(Repo.NewTempFolder());
            if (!OperatingSystem.IsWindows())
            {
                sandbox.AddStub("dotnet", 0);
                if (nanoffExitCode != null)
                {
                    sandbox.AddStub("nanoff", nanoffExitCode.Value);
                }
            }

            return sandbox;
        }

        public string[] Calls() => File.Exists(CallLog) ? File.ReadAllLines(CallLog) : Array.Empty<string>();

        public IDictionary<string, string> Environment()
        {
            return new Dictionary<string, string>
            {
                ["PATH"] = Bin,
                ["HOME"] = Home,
                ["USERPROFILE"] = Home,
                ["DOTNET_ROOT"] = Pwsh.DotnetRoot,
                ["NO_COLOR"] = "1",
                ["POWERSHELL_TELEMETRY_OPTOUT"] = "1",
                ["POWERSHELL_UPDATECHECK"] = "Off",
            };
        }

        public void Dispose()
        {
            Directory.Delete(Folder, true);
        }

        [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
        private void AddStub(string name, int exitCode)
        {
            string path = System.IO.Path.Combine(Bin, name);
            File.WriteAllText(path, "#!/bin/sh\nprintf '%s\\n' \"" + name + " $*\" >> '" + CallLog + "'\nexit " + exitCode + "\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
