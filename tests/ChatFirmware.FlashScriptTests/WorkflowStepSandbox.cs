using System;
using System.Collections.Generic;
using System.IO;

namespace ChatFirmware.FlashScriptTests
{
    /// <summary>
    /// A fake checkout for one step of the Windows job: files laid out as the step expects them, and stub
    /// nuget, msbuild, vswhere and vstest.console commands that record their arguments (vstest also writes
    /// the results file vstest would, counting <see cref="ExecutedTests"/> executed tests).
    /// </summary>
    public sealed class WorkflowStepSandbox : IDisposable
    {
        private readonly string _folder;
        private readonly string _bin;
        private readonly string _programFilesX86;

        public WorkflowStepSandbox()
        {
            _folder = Repo.NewTempFolder();
            Tree = Path.Combine(_folder, "checkout");
            _bin = Path.Combine(_folder, "bin");
            _programFilesX86 = Path.Combine(_folder, "ProgramFilesX86");
            CallLog = Path.Combine(_folder, "calls.log");
            Directory.CreateDirectory(Tree);
            Directory.CreateDirectory(_bin);
            AddStub(_bin, "nuget", "exit 0");
            AddStub(_bin, "msbuild", "exit 0");
            string vstest = AddStub(_bin, "vstest.console.exe", VstestScript);
            AddStub(Path.Combine(_programFilesX86, "Microsoft Visual Studio", "Installer"), "vswhere.exe", "echo '" + vstest + "'");
        }

        /// <summary>The fake checkout, the step's working directory.</summary>
        public string Tree { get; }

        public string CallLog { get; }

        public int ExecutedTests { get; set; } = 3;

        /// <summary>Creates a file of the fake checkout (its folders too).</summary>
        public void AddFile(string relativePath, string content = "")
        {
            string path = Path.Combine(Tree, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, content);
        }

        /// <summary>The recorded calls, paths inside the checkout written relative to it.</summary>
        public string[] Calls()
        {
            return File.Exists(CallLog) ? File.ReadAllText(CallLog).Replace(Tree + "/", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
        }

        public Pwsh.Result Run(string stepScript)
        {
            // GitHub's pwsh shell starts each step's script with $ErrorActionPreference = 'stop' too.
            string script = Path.Combine(_folder, "step.ps1");
            File.WriteAllText(script, "$ErrorActionPreference = 'Stop'\n" + stepScript);
            return Pwsh.RunFileIn(Tree, script, new Dictionary<string, string?>
            {
                ["PATH"] = _bin + ":/usr/bin:/bin",
                ["ProgramFiles(x86)"] = _programFilesX86,
                ["EXECUTED"] = ExecutedTests.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["NO_COLOR"] = "1",
                ["POWERSHELL_TELEMETRY_OPTOUT"] = "1",
                ["POWERSHELL_UPDATECHECK"] = "Off",
            });
        }

        public void Dispose()
        {
            Directory.Delete(_folder, true);
        }

        private const string VstestScript = @"for a in ""$@""; do
  case ""$a"" in
    ""/Logger:trx;LogFileName=""*) name=""${a#*LogFileName=}"";;
    /ResultsDirectory:*) dir=""${a#/ResultsDirectory:}"";;
  esac
done
mkdir -p ""$dir""
printf '<?xml version=""1.0""?><TestRun xmlns=""http://microsoft.com/schemas/VisualStudio/TeamTest/2010""><ResultSummary outcome=""Completed""><Counters total=""%s"" executed=""%s"" passed=""%s"" failed=""0"" /></ResultSummary></TestRun>\n' ""$EXECUTED"" ""$EXECUTED"" ""$EXECUTED"" > ""$dir/$name""
exit 0";

        private string AddStub(string folder, string name, string script)
        {
            Directory.CreateDirectory(folder);
            string path = Path.Combine(folder, name);
            File.WriteAllText(path, "#!/bin/sh\nprintf '%s\\n' \"" + name + " $*\" >> '" + CallLog + "'\n" + script + "\n");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            return path;
        }
    }
}
